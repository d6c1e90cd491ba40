package nl.nsp.planner.durability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real server in a child JVM: {@code java -cp <this JVM's class path> nl.nsp.planner.NspMain serve ...}, the same
 * entry point as {@code java -jar nsp-planner.jar serve}. Its log goes to a file; {@link #kill()} is SIGKILL
 * ({@code Process.destroyForcibly} on Linux): no shutdown hook, no flush, no close.
 */
final class ServerProcess {
    private final Process process;
    private final Path log;
    private final int port;

    private ServerProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /**
     * Starts the server and waits until it says it is ready (after its start-up import).
     *
     * @param properties extra {@code -D} system properties, e.g. {@code nsp.security.enabled}
     */
    static ServerProcess start(String store, Path dataDir, int port, Map<String, String> properties, Path log)
            throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-XX:TieredStopAtLevel=1"));
        properties.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "nl.nsp.planner.NspMain", "serve",
                "--port", Integer.toString(port), "--store", store, "--data-dir", dataDir.toString()));
        Files.createDirectories(log.getParent());
        long logStart = Files.exists(log) ? Files.size(log) : 0;
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        ServerProcess server = new ServerProcess(p, log, port);
        server.awaitReady(logStart);
        return server;
    }

    /** Waits for the ready line in what the log gained after {@code logStart} (the log is appended to). */
    private void awaitReady(long logStart) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server exited with " + process.exitValue() + ":\n" + tail());
            }
            String text = Files.readString(log, StandardCharsets.ISO_8859_1);
            if (text.substring((int) Math.min(logStart, text.length())).contains("NSP-planner is ready: http://localhost:" + port)) {
                return;
            }
            Thread.sleep(200);
        }
        process.destroyForcibly();
        throw new IllegalStateException("the server was not ready within 180 s:\n" + tail());
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    /** SIGKILL, and wait until it is gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the killed server did not exit");
        }
    }

    /** The end of the server's log, for failure messages. */
    String tail() {
        try {
            String s = Files.readString(log, StandardCharsets.UTF_8);
            return s.substring(Math.max(0, s.length() - 4000));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
