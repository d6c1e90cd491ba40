package nl.nsp.planner.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.nsp.planner.account.Account;
import nl.nsp.planner.account.Role;
import nl.nsp.planner.domain.SafetyRegion;
import nl.nsp.planner.security.Passwords;
import nl.nsp.planner.store.PlannerStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * {@code nsp user add|list|change|disable|enable}: the accounts of the server mode, kept in the store itself. The
 * password is never an argument: it is asked for twice at the terminal, or read as the first line of standard input.
 * Every change is written to the audit log as {@code cli:<operating-system user>}.
 */
@Command(name = "user", mixinStandardHelpOptions = true,
        description = "Create, list, change, disable and enable the accounts of the server mode (nsp.security.enabled).",
        subcommands = CommandLine.HelpCommand.class)
final class UserCommand {
    private final PasswordInput passwords;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    UserCommand() {
        this(PasswordInput.system());
    }

    UserCommand(PasswordInput passwords) {
        this.passwords = passwords;
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add an account; the password is asked for (or read from standard input).")
    int add(@Mixin StoreOption store,
            @Option(names = "--name", required = true, description = "Login name: a-z, 0-9, '.', '_', '-' (lower case).") String name,
            @Option(names = "--role", required = true, description = "national, region, municipality or viewer.") String role,
            @Option(names = "--region", description = "Safety region (VR17): for region and municipality accounts, "
                    + "optional for viewers.") String region,
            @Option(names = "--municipality", description = "Municipality (GM0599) of a municipality account; it must "
                    + "belong to --region.") String municipality) {
        Account account = new Account(normalise(name), Role.of(role), code(region), code(municipality), true);
        try (PlannerStore s = store.open()) {
            checkArea(s, account);
            String hash = hash(account.name());
            s.accounts().add(account, hash, StoreOption.actor());
        }
        out().println("added account " + account.describe());
        return 0;
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the accounts.")
    int list(@Mixin StoreOption store, @Option(names = "--json", description = "Print JSON.") boolean json) {
        List<Account> accounts;
        try (PlannerStore s = store.open()) {
            accounts = s.accounts().list();
        }
        PrintWriter out = out();
        if (json) {
            JsonMapper mapper = JsonMapper.builder().build();
            ArrayNode array = mapper.createArrayNode();
            for (Account a : accounts) {
                array.addObject().put("name", a.name()).put("role", a.role().code()).put("region", a.region())
                        .put("municipality", a.municipality()).put("enabled", a.enabled());
            }
            out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(array));
        } else {
            out.printf(Locale.ROOT, "%-24s %-13s %-7s %-13s %s%n", "name", "role", "region", "municipality", "enabled");
            for (Account a : accounts) {
                out.printf(Locale.ROOT, "%-24s %-13s %-7s %-13s %s%n", a.name(), a.role().code(), dash(a.region()),
                        dash(a.municipality()), a.enabled() ? "yes" : "no");
            }
            out.println(accounts.size() + " account(s)");
        }
        out.flush();
        return 0;
    }

    @Command(name = "change", mixinStandardHelpOptions = true,
            description = "Change an account's role, area or password. With --role the area is what --region and "
                    + "--municipality say (unset = none); without it they replace only what they name.")
    int change(@Mixin StoreOption store, @Option(names = "--name", required = true) String name,
            @Option(names = "--role") String role, @Option(names = "--region") String region,
            @Option(names = "--municipality") String municipality,
            @Option(names = "--password", description = "Set a new password (asked for, or read from standard input).")
            boolean password) {
        if (role == null && region == null && municipality == null && !password) {
            throw new IllegalArgumentException("nothing to change: give --role, --region, --municipality or --password");
        }
        Account changed;
        try (PlannerStore s = store.open()) {
            Account current = s.accounts().find(normalise(name))
                    .orElseThrow(() -> new IllegalArgumentException("no account " + normalise(name)));
            changed = role != null
                    ? new Account(current.name(), Role.of(role), code(region), code(municipality), current.enabled())
                    : new Account(current.name(), current.role(), region != null ? code(region) : current.region(),
                            municipality != null ? code(municipality) : current.municipality(), current.enabled());
            checkArea(s, changed);
            Optional<String> hash = password ? Optional.of(hash(changed.name())) : Optional.empty();
            s.accounts().update(changed, hash, StoreOption.actor());
        }
        out().println("changed account " + changed.describe() + (password ? ", new password" : ""));
        return 0;
    }

    @Command(name = "disable", mixinStandardHelpOptions = true,
            description = "Disable an account: it cannot log in, and its sessions end at their next request.")
    int disable(@Mixin StoreOption store, @Option(names = "--name", required = true) String name) {
        return setEnabled(store, name, false);
    }

    @Command(name = "enable", mixinStandardHelpOptions = true, description = "Enable a disabled account again.")
    int enable(@Mixin StoreOption store, @Option(names = "--name", required = true) String name) {
        return setEnabled(store, name, true);
    }

    private int setEnabled(StoreOption store, String name, boolean enabled) {
        try (PlannerStore s = store.open()) {
            Account current = s.accounts().find(normalise(name))
                    .orElseThrow(() -> new IllegalArgumentException("no account " + normalise(name)));
            s.accounts().update(current.withEnabled(enabled), Optional.empty(), StoreOption.actor());
        }
        out().println((enabled ? "enabled" : "disabled") + " account " + normalise(name));
        return 0;
    }

    private String hash(String name) {
        char[] password = passwords.read(name);
        try {
            return Passwords.hashNew(password);
        } finally {
            Arrays.fill(password, ' ');
        }
    }

    /** The region must be in the store's data set and the municipality one of its members (when data is imported). */
    private void checkArea(PlannerStore store, Account account) {
        if (account.region().isEmpty()) {
            return;
        }
        if (store.isEmpty()) {
            spec.commandLine().getErr().println("warning: the store holds no data yet; " + account.region()
                    + (account.municipality().isEmpty() ? "" : "/" + account.municipality()) + " not checked");
            return;
        }
        SafetyRegion r = store.region(account.region()).orElseThrow(() -> new IllegalArgumentException(
                "--region " + account.region() + ": no such safety region in the store's data set"));
        if (!account.municipality().isEmpty() && !r.municipalityCodes().contains(account.municipality())) {
            throw new IllegalArgumentException("--municipality " + account.municipality() + " is not a municipality of "
                    + r.code() + " (" + r.name() + ")");
        }
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private static String normalise(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private static String code(String raw) {
        return raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
    }

    private static String dash(String s) {
        return s.isEmpty() ? "-" : s;
    }
}
