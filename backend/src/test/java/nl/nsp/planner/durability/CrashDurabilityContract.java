package nl.nsp.planner.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import nl.nsp.planner.cli.load.ServerClient;
import nl.nsp.planner.ingest.DataDirectoryImporterTestAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The crash test of issue 7: the real server process (a child JVM) on a store, {@value #WRITERS} planners saving
 * scenarios as fast as it answers, {@code kill -9} in the middle, a restart on the same store; then every save the
 * server acknowledged (a 2xx reached the client) must be there with exactly its content, the one save per planner
 * that was under way may be there or not (but whole), no scenario may be half-written (every stored scenario is
 * exactly the plan its name stands for), and the audit log must hold one event per stored version. Run on each store
 * by a subclass.
 */
abstract class CrashDurabilityContract {
    static final int WRITERS = 4;
    /** Acknowledged saves before the kill, at least. */
    static final int MIN_ACKNOWLEDGED = 40;

    @TempDir
    Path dir;

    /** The store location the server gets ({@code --store}); empty at the start. */
    abstract String store() throws Exception;

    /** {@code -D} properties of the server (the security mode). */
    abstract Map<String, String> serverProperties();

    /** Logs a writer in, when the mode needs it. */
    abstract void login(ServerClient client, boolean national) throws Exception;

    /** Called with the server killed, before it is started again (the PostGIS variant crashes the database too). */
    void afterKill() {
    }

    @Test
    void everyAcknowledgedSaveSurvivesKill9AndNoScenarioIsHalfWritten() throws Exception {
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        DataDirectoryImporterTestAccess.writeTinyDirectory(data);
        String store = store();
        Path log = Path.of("target/crash-test/" + getClass().getSimpleName() + ".log");
        Files.deleteIfExists(log);
        int port = ServerProcess.freePort();
        ServerProcess server = ServerProcess.start(store, data, port, serverProperties(), log);
        AtomicInteger acknowledged = new AtomicInteger();
        List<SaveWriter> writers = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        try {
            for (int w = 0; w < WRITERS; w++) {
                ServerClient client = new ServerClient(server.uri(), Duration.ofSeconds(60));
                login(client, false);
                SaveWriter writer = new SaveWriter(w, client, acknowledged);
                writers.add(writer);
                threads.add(new Thread(writer, "writer-" + w));
            }
            threads.forEach(Thread::start);
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (acknowledged.get() < MIN_ACKNOWLEDGED && System.nanoTime() < deadline
                    && threads.stream().anyMatch(Thread::isAlive)) {
                Thread.sleep(20);
            }
            // somewhere in the middle of the next saves
            Thread.sleep(ThreadLocalRandom.current().nextInt(50, 400));
        } finally {
            server.kill();
        }
        afterKill();
        for (Thread t : threads) {
            t.join(Duration.ofSeconds(60).toMillis());
        }
        for (SaveWriter w : writers) {
            assertThat(w.failure).as("a save refused before the kill").isNull();
        }
        int acks = acknowledged.get();
        assertThat(acks).as("acknowledged saves before the kill").isGreaterThanOrEqualTo(MIN_ACKNOWLEDGED);

        ServerProcess restarted = ServerProcess.start(store, data, port, serverProperties(), log);
        try {
            ServerClient check = new ServerClient(restarted.uri(), Duration.ofSeconds(60));
            login(check, true);
            verify(check, writers);
        } finally {
            restarted.kill();
        }
        System.out.printf("%s: %d acknowledged saves by %d writers before kill -9, all there after the restart%n",
                getClass().getSimpleName(), acks, WRITERS);
    }

    private static void verify(ServerClient check, List<SaveWriter> writers) throws Exception {
        Map<String, SaveWriter> ownerOf = new HashMap<>();
        for (SaveWriter w : writers) {
            for (Map.Entry<String, SaveWriter.Ack> e : w.acked.entrySet()) {
                ownerOf.put(e.getKey(), w);
                ServerClient.Response r = check.get("/api/scenarios/" + e.getKey());
                assertThat(r.status()).as("acknowledged scenario " + e.getKey() + " after the restart").isEqualTo(200);
                JsonNode s = r.json();
                long version = s.get("version").asLong();
                SaveWriter.Ack ack = e.getValue();
                boolean inFlightHere = e.getKey().equals(w.inFlightId) && w.inFlightSave > 0;
                if (version == ack.version()) {
                    assertThat(s.get("name").asString()).as("content of acknowledged version " + version)
                            .isEqualTo(SaveWriter.name(w.writer, ack.save()));
                } else {
                    assertThat(inFlightHere && version == ack.version() + 1)
                            .as("scenario %s is at version %d; acknowledged was %d (lost or phantom save)", e.getKey(),
                                    version, ack.version()).isTrue();
                    assertThat(s.get("name").asString()).isEqualTo(SaveWriter.name(w.writer, w.inFlightSave));
                }
                assertThat(SaveWriter.mismatch(s)).as("half-written scenario").isNull();
            }
        }
        JsonNode list = check.get("/api/scenarios").json();
        for (JsonNode summary : list) {
            String id = summary.get("id").asString();
            ServerClient.Response r = check.get("/api/scenarios/" + id);
            JsonNode s = r.json();
            assertThat(SaveWriter.mismatch(s)).as("half-written scenario " + id).isNull();
            if (!ownerOf.containsKey(id)) {
                // only a create that was under way at the kill may have landed unacknowledged
                String name = s.get("name").asString();
                assertThat(writers.stream().anyMatch(w -> w.inFlightId == null && w.inFlightSave > 0
                        && name.equals(SaveWriter.name(w.writer, w.inFlightSave)))).as("unacknowledged scenario " + name)
                        .isTrue();
                assertThat(s.get("version").asLong()).isEqualTo(1);
            }
            JsonNode events = check.get("/api/audit?limit=1000&scenario=" + id).json();
            assertThat(events.size()).as("audit events of " + id + " (one per version)").isEqualTo(s.get("version").asInt());
        }
    }
}
