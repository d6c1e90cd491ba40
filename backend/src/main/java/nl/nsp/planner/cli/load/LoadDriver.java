package nl.nsp.planner.cli.load;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Simulated planners against a running server in the server mode. Planner {@code i} logs in as
 * {@code <prefix>-NN}, creates its own scenario in its account's region ({@link Options#nspPerPlan} random NSPs among
 * the region's candidates) and a coverage session, then until the end of the run, with a random pause of up to
 * {@link Options#maxThink} after each request: asks its scenario's statistics (30%), toggles a site in its session
 * (25%), saves its scenario with one site more or less (15%), saves the region's shared scenario the same way (10%:
 * read, change, save with the version read; a 409 is re-read and retried), reads its scenario (12%) or lists the
 * region's scenarios (8%). Afterwards it checks that no acknowledged save was lost: every own scenario is at its last
 * acknowledged version with that content; every shared scenario's acknowledged versions are 2..N, each once, its
 * content the last one's, and the audit log holds one update event per version.
 */
public final class LoadDriver {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final List<String> ENDPOINTS = List.of("statistics", "toggle", "save", "save shared", "read", "list");

    /**
     * @param url        the server
     * @param users      simulated planners, {@code <prefix>-01 ..}
     * @param duration   how long they work
     * @param maxThink   longest pause after a request (uniform 0..maxThink)
     * @param password   the password of every bench account
     * @param prefix     account name prefix; {@code <prefix>-national} reads the audit log for the check
     * @param nspPerPlan NSPs in each new plan
     * @param seed       of the random choices
     * @param warmUp     how long they work before the measured {@code duration} (the server's JIT compiles, caches
     *                   fill); its requests count for the status and lost-update checks, not for the latencies
     */
    public record Options(URI url, int users, Duration duration, Duration maxThink, String password, String prefix,
            int nspPerPlan, long seed, Duration warmUp) {
    }

    private final Options options;
    private final Map<String, Latencies> latencies = new LinkedHashMap<>();
    private final Map<String, Map<Integer, AtomicLong>> statuses = new ConcurrentHashMap<>();
    private final AtomicLong transportErrors = new AtomicLong();
    private final Map<String, String> sharedByRegion = new ConcurrentHashMap<>();
    /** Acknowledged saves of each shared scenario: version -> the NSPs saved. */
    private final Map<String, Map<Long, Set<String>>> sharedAcks = new ConcurrentHashMap<>();
    private final List<Planner> planners = new ArrayList<>();

    public LoadDriver(Options options) {
        this.options = options;
        for (String e : ENDPOINTS) {
            latencies.put(e, new Latencies());
        }
    }

    /** What a run measured and found. */
    public record Result(long requests, double seconds, long serverErrors, long transportErrors, List<String> lostUpdates) {
        public boolean ok() {
            return serverErrors == 0 && transportErrors == 0 && lostUpdates.isEmpty();
        }
    }

    private final class Planner implements Runnable {
        final int index;
        final String name;
        final ServerClient client;
        final Random random;
        String region;
        List<String> candidates;
        String scenario;
        long version;
        Set<String> nsp;
        String session;
        String failure;
        final CountDownLatch ready;
        final CountDownLatch go;
        long measureFrom;
        long deadline;

        Planner(int index, CountDownLatch ready, CountDownLatch go) {
            this.index = index;
            this.name = options.prefix() + String.format(Locale.ROOT, "-%02d", index + 1);
            this.client = new ServerClient(options.url(), Duration.ofSeconds(60));
            this.random = new Random(options.seed() * 1000 + index);
            this.ready = ready;
            this.go = go;
        }

        void setUp() throws IOException, InterruptedException {
            client.login(name, options.password());
            region = client.get("/api/account").json().get("region").asString();
            candidates = new ArrayList<>();
            for (JsonNode f : client.get("/api/candidates?region=" + region).json().get("features")) {
                candidates.add(f.get("properties").get("id").asString());
            }
            if (candidates.size() < options.nspPerPlan()) {
                throw new IllegalStateException(region + " has only " + candidates.size() + " candidates");
            }
            nsp = new LinkedHashSet<>();
            while (nsp.size() < options.nspPerPlan()) {
                nsp.add(candidates.get(random.nextInt(candidates.size())));
            }
            JsonNode created = expect(client.send("POST", "/api/scenarios", plan("bench " + name, region, nsp, 0)), 201).json();
            scenario = created.get("id").asString();
            version = created.get("version").asLong();
            synchronized (sharedByRegion) {
                if (!sharedByRegion.containsKey(region)) {
                    JsonNode shared = expect(client.send("POST", "/api/scenarios", plan("bench gedeeld " + region, region,
                            Set.copyOf(nsp), 0)), 201).json();
                    sharedByRegion.put(region, shared.get("id").asString());
                }
            }
            ObjectNode s = JSON.createObjectNode().put("region", region);
            nsp.forEach(s.putArray("openSiteIds")::add);
            session = expect(client.send("POST", "/api/coverage/sessions", JSON.writeValueAsString(s)), 201).json()
                    .get("sessionId").asString();
        }

        @Override
        public void run() {
            try {
                setUp();
            } catch (IOException | RuntimeException e) {
                failure = name + " could not start: " + e.getMessage();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                ready.countDown();
            }
            try {
                go.await();
                while (failure == null && System.nanoTime() < deadline) {
                    step();
                    long think = options.maxThink().toMillis();
                    if (think > 0) {
                        Thread.sleep(random.nextInt((int) think + 1));
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private void step() throws InterruptedException {
            double r = random.nextDouble();
            try {
                if (r < 0.30) {
                    record("statistics", client.get("/api/scenarios/" + scenario + "/statistics"));
                } else if (r < 0.55) {
                    record("toggle", client.send("POST", "/api/coverage/sessions/" + session + "/toggle/"
                            + candidates.get(random.nextInt(candidates.size())), null));
                } else if (r < 0.70) {
                    Set<String> next = toggled(nsp);
                    ServerClient.Response saved = record("save", client.send("PUT", "/api/scenarios/" + scenario,
                            plan("bench " + name, region, next, version)));
                    if (saved.status() == 200) {
                        version = saved.json().get("version").asLong();
                        nsp = next;
                    }
                } else if (r < 0.80) {
                    saveShared();
                } else if (r < 0.92) {
                    record("read", client.get("/api/scenarios/" + scenario));
                } else {
                    record("list", client.get("/api/scenarios?region=" + region));
                }
            } catch (IOException e) {
                transportErrors.incrementAndGet();
            }
        }

        /** Read, change one site, save with the version read; on 409 read again (at most 5 tries). */
        private void saveShared() throws IOException, InterruptedException {
            String id = sharedByRegion.get(region);
            for (int attempt = 0; attempt < 5; attempt++) {
                JsonNode current = client.get("/api/scenarios/" + id).json();
                Set<String> next = toggled(ids(current.get("nspSiteIds")));
                ServerClient.Response r = record("save shared", client.send("PUT", "/api/scenarios/" + id,
                        plan(current.get("name").asString(), region, next, current.get("version").asLong())));
                if (r.status() == 200) {
                    long v = r.json().get("version").asLong();
                    Set<String> previous = sharedAcks.computeIfAbsent(id, k -> new ConcurrentHashMap<>()).putIfAbsent(v, next);
                    if (previous != null) {
                        failure = "version " + v + " of shared scenario " + id + " was acknowledged twice";
                    }
                    return;
                }
                if (r.status() != 409) {
                    return;
                }
            }
        }

        private Set<String> toggled(Set<String> from) {
            Set<String> next = new LinkedHashSet<>(from);
            String site = candidates.get(random.nextInt(candidates.size()));
            if (!next.remove(site)) {
                next.add(site);
            }
            return next;
        }

        private ServerClient.Response record(String endpoint, ServerClient.Response r) {
            if (System.nanoTime() >= measureFrom) {
                latencies.get(endpoint).add(r.nanos());
            }
            statuses.computeIfAbsent(endpoint, k -> new ConcurrentHashMap<>()).computeIfAbsent(r.status(),
                    k -> new AtomicLong()).incrementAndGet();
            return r;
        }
    }

    private static ServerClient.Response expect(ServerClient.Response r, int status) {
        if (r.status() != status) {
            throw new IllegalStateException("expected " + status + ", got " + r.status() + ": "
                    + r.body().substring(0, Math.min(300, r.body().length())));
        }
        return r;
    }

    static String plan(String name, String region, Set<String> nsp, long version) {
        ObjectNode o = JSON.createObjectNode().put("name", name).put("region", region);
        nsp.forEach(o.putArray("nspSiteIds")::add);
        if (version > 0) {
            o.put("version", version);
        }
        return JSON.writeValueAsString(o);
    }

    private static Set<String> ids(JsonNode array) {
        Set<String> out = new LinkedHashSet<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }

    /** Sets up every planner, lets them work for the duration, then checks the stored scenarios. */
    public Result run(PrintWriter log) throws InterruptedException, IOException {
        CountDownLatch ready = new CountDownLatch(options.users());
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < options.users(); i++) {
            Planner p = new Planner(i, ready, go);
            planners.add(p);
            Thread t = new Thread(p, p.name);
            threads.add(t);
            t.start();
        }
        ready.await();
        for (Planner p : planners) {
            if (p.failure != null) {
                go.countDown();
                throw new IllegalStateException(p.failure);
            }
        }
        log.printf(Locale.ROOT, "%d planners logged in, each with a scenario of %d NSPs and a coverage session; %d shared "
                + "scenarios; warming up for %d s, then measuring for %d s%n", planners.size(), options.nspPerPlan(),
                sharedByRegion.size(), options.warmUp().toSeconds(), options.duration().toSeconds());
        log.flush();
        long start = System.nanoTime() + options.warmUp().toNanos();
        long deadline = start + options.duration().toNanos();
        planners.forEach(p -> {
            p.measureFrom = start;
            p.deadline = deadline;
        });
        go.countDown();
        for (Thread t : threads) {
            t.join();
        }
        double seconds = (System.nanoTime() - start + options.warmUp().toNanos()) / 1e9;
        List<String> lost = verify();
        planners.stream().filter(p -> p.failure != null).forEach(p -> lost.add(p.failure));
        long requests = 0;
        long serverErrors = 0;
        for (Map<Integer, AtomicLong> m : statuses.values()) {
            for (Map.Entry<Integer, AtomicLong> e : m.entrySet()) {
                requests += e.getValue().get();
                if (e.getKey() >= 500) {
                    serverErrors += e.getValue().get();
                }
            }
        }
        return new Result(requests, seconds, serverErrors, transportErrors.get(), lost);
    }

    private List<String> verify() throws IOException, InterruptedException {
        List<String> problems = new ArrayList<>();
        ServerClient check = new ServerClient(options.url(), Duration.ofSeconds(60));
        check.login(options.prefix() + "-national", options.password());
        for (Planner p : planners) {
            JsonNode s = check.get("/api/scenarios/" + p.scenario).json();
            if (s.get("version").asLong() != p.version || !ids(s.get("nspSiteIds")).equals(p.nsp)) {
                problems.add("own scenario of " + p.name + ": stored version " + s.get("version").asLong()
                        + ", last acknowledged " + p.version + (ids(s.get("nspSiteIds")).equals(p.nsp) ? "" : ", other NSPs"));
            }
        }
        for (Map.Entry<String, String> e : sharedByRegion.entrySet()) {
            String id = e.getValue();
            Map<Long, Set<String>> acks = new TreeMap<>(sharedAcks.getOrDefault(id, Map.of()));
            JsonNode s = check.get("/api/scenarios/" + id).json();
            long stored = s.get("version").asLong();
            long expected = 2;
            for (long v : acks.keySet()) {
                if (v != expected++) {
                    problems.add("shared scenario of " + e.getKey() + ": acknowledged versions " + acks.keySet()
                            + " have a gap before " + v);
                    break;
                }
            }
            long last = acks.isEmpty() ? 1 : ((TreeMap<Long, Set<String>>) acks).lastKey();
            if (stored != last) {
                problems.add("shared scenario of " + e.getKey() + ": stored version " + stored + ", last acknowledged " + last);
            } else if (!acks.isEmpty() && !ids(s.get("nspSiteIds")).equals(acks.get(last))) {
                problems.add("shared scenario of " + e.getKey() + ": stored NSPs differ from the last acknowledged save");
            }
            long updates = 0;
            for (JsonNode event : check.get("/api/audit?limit=1000&scenario=" + id).json()) {
                updates += event.get("action").asString().equals("scenario.update") ? 1 : 0;
            }
            if (updates != stored - 1) {
                problems.add("shared scenario of " + e.getKey() + ": " + updates + " update events in the audit log for "
                        + "version " + stored);
            }
        }
        return problems;
    }

    /** The report: requests by status, latency per endpoint, the lost-update check. */
    public void print(Result r, PrintWriter out) {
        long measured = 0;
        for (Latencies l : latencies.values()) {
            measured += l.count();
        }
        out.printf(Locale.ROOT, "requests: %,d in the measured %d s (%.1f/s); %,d with the warm-up; transport errors: %d%n",
                measured, options.duration().toSeconds(), measured / (double) options.duration().toSeconds(), r.requests(),
                r.transportErrors());
        Map<Integer, Long> byStatus = new TreeMap<>();
        statuses.values().forEach(m -> m.forEach((k, v) -> byStatus.merge(k, v.get(), Long::sum)));
        StringBuilder sb = new StringBuilder();
        byStatus.forEach((k, v) -> sb.append(sb.isEmpty() ? "" : ", ").append(k).append(": ").append(String.format(Locale.ROOT, "%,d", v)));
        out.println("by status (warm-up included): " + sb);
        out.printf(Locale.ROOT, "%-12s %8s %8s %8s %8s %8s  %s%n", "endpoint", "count", "p50 ms", "p95 ms", "p99 ms", "max ms",
                "status counts");
        for (String e : ENDPOINTS) {
            Latencies l = latencies.get(e);
            out.printf(Locale.ROOT, "%-12s %8d %8.1f %8.1f %8.1f %8.1f  %s%n", e, l.count(), l.percentileMillis(50),
                    l.percentileMillis(95), l.percentileMillis(99), l.maxMillis(), new TreeMap<>(statuses.getOrDefault(e, Map.of())));
        }
        out.println("5xx responses: " + r.serverErrors());
        out.println("lost updates: " + (r.lostUpdates().isEmpty() ? "none (" + planners.size() + " own scenarios at their "
                + "last acknowledged version and content; " + sharedByRegion.size() + " shared scenarios with every version "
                + "acknowledged once, the last one's content stored, one audit event per version)" : r.lostUpdates()));
    }

    /** p99 of the statistics endpoints (scenario statistics and session toggle), for the target line. */
    public double statisticsP99Millis() {
        return Math.max(latencies.get("statistics").percentileMillis(99), latencies.get("toggle").percentileMillis(99));
    }

    public Latencies latencies(String endpoint) {
        return latencies.get(endpoint);
    }
}
