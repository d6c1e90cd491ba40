package nl.nsp.planner.durability;

import java.util.Map;
import nl.nsp.planner.cli.load.ServerClient;

/** The crash test on the embedded H2GIS store, in the local mode (no login), as {@code scripts/run.sh} serves it. */
class EmbeddedCrashIT extends CrashDurabilityContract {
    @Override
    String store() {
        return dir.resolve("store").toString();
    }

    @Override
    Map<String, String> serverProperties() {
        return Map.of();
    }

    @Override
    void login(ServerClient client, boolean national) {
    }
}
