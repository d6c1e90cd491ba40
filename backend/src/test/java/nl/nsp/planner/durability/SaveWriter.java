package nl.nsp.planner.durability;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nl.nsp.planner.cli.load.ServerClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One simulated planner saving as fast as the server answers: creates a few scenarios of its own in VR01 and keeps
 * replacing them, each save with a content that follows from its name ({@link #plan}), so a stored scenario can be
 * checked against itself. Remembers what the server acknowledged (a 2xx) and the one save that was under way when
 * the connection broke.
 */
final class SaveWriter implements Runnable {
    static final JsonMapper JSON = JsonMapper.builder().build();

    /** What the server acknowledged for one scenario: its version and which save produced it. */
    record Ack(long version, int save) {
    }

    final int writer;
    private final ServerClient client;
    private final AtomicInteger acknowledgedTotal;
    final Map<String, Ack> acked = new LinkedHashMap<>();
    /** The save under way when the server died: a scenario id (or null for a create) and the save number; -1 = none. */
    volatile String inFlightId;
    volatile int inFlightSave = -1;
    volatile String failure;
    private final List<String> owned = new ArrayList<>();

    SaveWriter(int writer, ServerClient client, AtomicInteger acknowledgedTotal) {
        this.writer = writer;
        this.client = client;
        this.acknowledgedTotal = acknowledgedTotal;
    }

    @Override
    public void run() {
        for (int save = 1; ; save++) {
            boolean create = owned.size() < 2 || save % 10 == 0;
            String id = create ? null : owned.get(save % owned.size());
            inFlightId = id;
            inFlightSave = save;
            ServerClient.Response r;
            try {
                r = create ? client.send("POST", "/api/scenarios", plan(writer, save, 0))
                        : client.send("PUT", "/api/scenarios/" + id, plan(writer, save, acked.get(id).version()));
            } catch (IOException e) {
                return; // the server is gone; this save may or may not have been committed
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (r.status() / 100 != 2) {
                failure = "writer " + writer + " save " + save + ": " + r.status() + " " + r.body();
                return;
            }
            JsonNode body = r.json();
            String savedId = body.get("id").asString();
            acked.put(savedId, new Ack(body.get("version").asLong(), save));
            if (create) {
                owned.add(savedId);
            }
            inFlightSave = -1;
            acknowledgedTotal.incrementAndGet();
        }
    }

    /** The name of save {@code save} of {@code writer}: the key from which {@link #plan} follows. */
    static String name(int writer, int save) {
        return "w" + writer + " save " + save;
    }

    /**
     * The plan of one save in VR01 of the tiny data set (candidates 1 in GM0001 and E1 in GM0002): 1 to 6 own
     * locations inside GM0001, NSPs and CPs and the radius varying with the save number.
     */
    static String plan(int writer, int save, long version) {
        ObjectNode o = JSON.createObjectNode();
        o.put("name", name(writer, save));
        o.put("description", "writer " + writer + ", save " + save + ", " + "x".repeat(save % 50));
        o.put("region", "VR01");
        o.put("demandLayer", "pc4");
        o.putObject("norms").put("radiusMetres", 800 + (save % 5) * 100);
        ArrayNode nsp = o.putArray("nspSiteIds");
        nsp.add("stemlokaal-1");
        if (save % 2 == 0) {
            nsp.add("E1");
        }
        ArrayNode own = o.putArray("ownSites");
        for (int k = 0; k < save % 6 + 1; k++) {
            String id = "eigen-" + writer + "-" + save + "-" + k;
            nsp.add(id);
            own.addObject().put("id", id).put("name", "Plek " + k + " van " + name(writer, save)).put("address", "")
                    .put("x", 100_500 + 100 * k).put("y", 450_500 + (save % 90) * 100);
        }
        ArrayNode cp = o.putArray("cpSiteIds");
        if (save % 3 == 0) {
            cp.add("E1");
        }
        if (version > 0) {
            o.put("version", version);
        }
        return JSON.writeValueAsString(o);
    }

    /** Null when the stored scenario {@code s} is exactly the plan its name says; else what differs. */
    static String mismatch(JsonNode s) {
        String name = s.get("name").asString();
        String[] parts = name.split(" ");
        if (parts.length != 3 || !parts[0].startsWith("w")) {
            return "unexpected name " + name;
        }
        JsonNode expected = JSON.readTree(plan(Integer.parseInt(parts[0].substring(1)), Integer.parseInt(parts[2]), 0));
        for (String field : List.of("description", "region", "demandLayer", "nspSiteIds", "cpSiteIds")) {
            if (!expected.get(field).equals(s.get(field))) {
                return name + ": " + field + " is " + s.get(field) + ", expected " + expected.get(field);
            }
        }
        if (expected.get("norms").get("radiusMetres").asDouble() != s.get("norms").get("radiusMetres").asDouble()) {
            return name + ": radius " + s.get("norms").get("radiusMetres");
        }
        JsonNode own = s.get("ownSites");
        if (own.size() != expected.get("ownSites").size()) {
            return name + ": " + own.size() + " own sites, expected " + expected.get("ownSites").size();
        }
        for (int k = 0; k < own.size(); k++) {
            JsonNode a = own.get(k);
            JsonNode b = expected.get("ownSites").get(k);
            if (!a.get("id").equals(b.get("id")) || !a.get("name").equals(b.get("name"))
                    || a.get("x").asDouble() != b.get("x").asDouble() || a.get("y").asDouble() != b.get("y").asDouble()) {
                return name + ": own site " + k + " is " + a + ", expected " + b;
            }
        }
        int sites = s.get("sites").size();
        int expectedSites = own.size() + 1 + (expected.get("nspSiteIds").toString().contains("\"E1\"")
                || expected.get("cpSiteIds").size() > 0 ? 1 : 0);
        return sites == expectedSites ? null : name + ": " + sites + " site rows, expected " + expectedSites;
    }
}
