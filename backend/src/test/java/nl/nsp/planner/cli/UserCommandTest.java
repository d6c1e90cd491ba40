package nl.nsp.planner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import nl.nsp.planner.store.AuditAction;
import nl.nsp.planner.store.AuditEvent;
import nl.nsp.planner.store.AuditQuery;
import nl.nsp.planner.store.H2gisStore;
import nl.nsp.planner.store.StoreFixtures;
import nl.nsp.planner.security.Passwords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code nsp user ...} and {@code nsp audit} on an embedded store holding the {@link StoreFixtures} data set. */
class UserCommandTest {
    static final String PASSWORD = "een lang wachtwoord";

    @TempDir
    Path dir;

    /** Runs {@code nsp user args...} with {@code stdin} as standard input (no terminal); {exit code, stdout, stderr}. */
    Object[] user(String stdin, String... args) {
        CommandLine cl = new CommandLine(new UserCommand(new PasswordInput(null,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)))));
        cl.setExecutionExceptionHandler(new CliErrorHandler());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--store";
        all[args.length + 1] = dir.toString();
        int code = cl.execute(all);
        return new Object[] {code, out.toString(), err.toString()};
    }

    private void withData() {
        try (H2gisStore s = H2gisStore.open(dir)) {
            s.replaceAll(StoreFixtures.smallImport(), "test", "fixture");
        }
    }

    @Test
    void addListChangeDisableAndEnableWithTheAuditLogNamingTheCommand() {
        withData();
        Object[] added = user(PASSWORD + "\n", "add", "--name", "Anna", "--role", "region", "--region", "vr17");
        assertThat(added[0]).as((String) added[2]).isEqualTo(0);
        assertThat((String) added[1]).contains("added account anna (region VR17)");
        assertThat(user(PASSWORD + "\n", "add", "--name", "gem1", "--role", "municipality", "--region", "VR17",
                "--municipality", "GM0001")[0]).isEqualTo(0);
        Object[] list = user("", "list");
        assertThat((String) list[1]).contains("anna").contains("gem1").contains("GM0001").contains("2 account(s)");
        assertThat(user("", "change", "--name", "anna", "--role", "national")[0]).isEqualTo(0);
        assertThat(user("nieuw wachtwoord 2\n", "change", "--name", "anna", "--password")[0]).isEqualTo(0);
        assertThat(user("", "disable", "--name", "gem1")[0]).isEqualTo(0);
        assertThat(user("", "enable", "--name", "gem1")[0]).isEqualTo(0);
        try (H2gisStore s = H2gisStore.open(dir)) {
            assertThat(s.accounts().find("anna").orElseThrow().role().code()).isEqualTo("national");
            assertThat(s.accounts().find("anna").orElseThrow().region()).isEmpty();
            String hash = s.accounts().credentials("anna").orElseThrow().passwordHash();
            assertThat(hash).startsWith("{bcrypt}");
            assertThat(Passwords.encoder().matches("nieuw wachtwoord 2", hash)).isTrue();
            assertThat(Passwords.encoder().matches(PASSWORD, hash)).isFalse();
            assertThat(s.audit().list(AuditQuery.latest(20)).stream().filter(e -> e.action() != AuditAction.IMPORT))
                    .extracting(AuditEvent::action).containsExactly(AuditAction.USER_ENABLE, AuditAction.USER_DISABLE,
                            AuditAction.USER_CHANGE, AuditAction.USER_CHANGE, AuditAction.USER_ADD, AuditAction.USER_ADD);
            assertThat(s.audit().list(AuditQuery.latest(1)).get(0).actor()).isEqualTo("cli:" + System.getProperty("user.name"));
        }
        Object[] audit = run("audit", "--store", dir.toString());
        assertThat(audit[0]).isEqualTo(0);
        assertThat((String) audit[1]).contains("user.enable").contains("user.add").contains("import").contains("7 event(s)")
                .doesNotContain(PASSWORD).doesNotContain("bcrypt");
        Object[] json = run("audit", "--store", dir.toString(), "--json", "--limit", "1");
        assertThat((String) json[1]).contains("\"action\" : \"user.enable\"").contains("\"enabled\" : true");
    }

    @Test
    void badAccountsAreRefusedWithAReasonAndExitCode2() {
        withData();
        assertThat(user("kort\n", "add", "--name", "anna", "--role", "region", "--region", "VR17"))
                .satisfies(r -> assertThat(r[0]).isEqualTo(2), r -> assertThat((String) r[2]).contains("at least 12"));
        assertThat((String) user(PASSWORD + "\n", "add", "--name", "anna", "--role", "region")[2]).contains("needs a region");
        assertThat((String) user(PASSWORD + "\n", "add", "--name", "anna", "--role", "boss")[2]).contains("unknown role");
        assertThat((String) user(PASSWORD + "\n", "add", "--name", "anna", "--role", "region", "--region", "VR99")[2])
                .contains("no such safety region");
        assertThat((String) user(PASSWORD + "\n", "add", "--name", "gem3", "--role", "municipality", "--region", "VR17",
                "--municipality", "GM0003")[2]).contains("GM0003 is not a municipality of VR17");
        assertThat((String) user("", "add", "--name", "anna", "--role", "national")[2]).contains("no password on standard input");
        assertThat(user(PASSWORD + "\n", "add", "--name", "anna", "--role", "national")[0]).isEqualTo(0);
        assertThat((String) user(PASSWORD + "\n", "add", "--name", "anna", "--role", "national")[2]).contains("already exists");
        assertThat((String) user("", "disable", "--name", "bert")[2]).contains("no account bert");
        assertThat((String) user("", "change", "--name", "anna")[2]).contains("nothing to change");
        Object[] list = user("", "list", "--json");
        assertThat((String) list[1]).contains("\"name\" : \"anna\"").doesNotContain("gem3");
    }

    static Object[] run(String... args) {
        return ImportCommandTest.run(args);
    }
}
