package nl.nsp.planner.cli;

import java.time.Clock;
import nl.nsp.planner.store.PlannerStore;
import picocli.CommandLine.Option;

/** The {@code --store} option of the commands that work on a store directly (user, audit). */
final class StoreOption {
    @Option(names = "--store", defaultValue = "${env:NSP_STORE:-./var/store}", paramLabel = "DIR|postgis://...",
            description = "The server's store: a folder of the embedded store or postgis://user@host[:port]/db "
                    + "(default: $NSP_STORE, else ${DEFAULT-VALUE}). The embedded store cannot be opened while a server "
                    + "uses it.")
    String location;

    PlannerStore open() {
        return PlannerStore.open(location, Clock.systemUTC());
    }

    /** Who the audit log names for changes made with this command: {@code cli:<operating-system user>}. */
    static String actor() {
        return "cli:" + System.getProperty("user.name", "unknown");
    }
}
