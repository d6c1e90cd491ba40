package nl.nsp.planner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The algorithmic core must not depend on Spring, JDBC, servlets, Jackson 2 or the adapters. */
class ArchitectureTest {
    private static final List<String> CORE = List.of("geo", "domain", "ingest", "reach", "analysis", "optimise", "scenario",
            "national", "account");
    private static final Pattern FORBIDDEN = Pattern.compile(
            "^import\\s+(static\\s+)?(org\\.springframework|java\\.sql|javax\\.sql|jakarta|com\\.fasterxml"
                    + "|nl\\.nsp\\.planner\\.(store|api|cli|security))\\b");

    @Test
    void corePackagesImportNoFrameworkOrAdapter() throws IOException {
        Path root = Path.of("src/main/java/nl/nsp/planner");
        List<String> violations = new ArrayList<>();
        for (String pkg : CORE) {
            Path dir = root.resolve(pkg);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    List<String> lines = Files.readAllLines(f);
                    for (int i = 0; i < lines.size(); i++) {
                        if (FORBIDDEN.matcher(lines.get(i).trim()).find()) {
                            violations.add(root.relativize(f) + ":" + (i + 1) + " " + lines.get(i).trim());
                        }
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
    }
}
