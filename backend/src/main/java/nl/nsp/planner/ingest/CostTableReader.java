package nl.nsp.planner.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.nsp.planner.domain.CostItem;

/**
 * Reads the NSP/CP cost table (see {@code data/DATA_DICTIONARY.md}): columns {@code item, level, kind, amount_eur,
 * status, source, description}; {@code level} is {@code nsp} or {@code cp}, {@code kind} {@code one_off} or
 * {@code yearly}, {@code status} {@code source} (the amount has a source) or {@code assumption}. A line with a status
 * {@code source} must name it. Any bad row refuses the file ({@link InputException} listing every problem), since a
 * silently skipped line would make the totals look cheaper than they are.
 */
public final class CostTableReader {
    private CostTableReader() {
    }

    /** The default table (a copy of {@code data/nsp_kosten.csv} packed into the jar). */
    public static List<CostItem> readDefault() {
        try (java.io.InputStream in = CostTableReader.class.getResourceAsStream("nsp_kosten.csv")) {
            if (in == null) {
                throw new InputException(new InputError("nsp_kosten.csv", 0, "", "the default cost table is not in the jar"));
            }
            Path dir = java.nio.file.Files.createTempDirectory("nsp-costs");
            Path tmp = dir.resolve("nsp_kosten.csv");
            try {
                java.nio.file.Files.copy(in, tmp);
                return read(tmp);
            } finally {
                java.nio.file.Files.deleteIfExists(tmp);
                java.nio.file.Files.deleteIfExists(dir);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read the default cost table: " + e.getMessage(), e);
        }
    }

    public static List<CostItem> read(Path file) {
        CsvSource csv = CsvSource.open(file);
        int itemCol = csv.require("item");
        int levelCol = csv.require("level");
        int kindCol = csv.require("kind");
        int amountCol = csv.require("amount_eur");
        int statusCol = csv.require("status");
        int sourceCol = csv.require("source");
        int descCol = csv.has("description") ? csv.require("description") : -1;
        List<CostItem> items = new ArrayList<>();
        List<InputError> errors = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        csv.forEachRow(row -> {
            String item = row.get(itemCol).trim();
            if (item.isEmpty()) {
                errors.add(row.error(itemCol, "empty item name"));
                return;
            }
            CostItem.Level level;
            try {
                level = CostItem.Level.parse(row.get(levelCol));
            } catch (IllegalArgumentException e) {
                errors.add(row.error(levelCol, "expected nsp or cp, got \"" + row.get(levelCol) + "\""));
                return;
            }
            CostItem.Kind kind;
            try {
                kind = CostItem.Kind.parse(row.get(kindCol));
            } catch (IllegalArgumentException e) {
                errors.add(row.error(kindCol, "expected one_off or yearly, got \"" + row.get(kindCol) + "\""));
                return;
            }
            double amount;
            try {
                amount = CsvSource.parseDecimal(row.get(amountCol));
            } catch (NumberFormatException e) {
                amount = Double.NaN;
            }
            if (!(amount >= 0 && amount < Double.POSITIVE_INFINITY)) {
                errors.add(row.error(amountCol, "expected an amount in euros >= 0, got \"" + row.get(amountCol) + "\""));
                return;
            }
            String status = row.get(statusCol).trim().toLowerCase(Locale.ROOT);
            boolean assumption;
            if (status.equals("assumption") || status.equals("aanname")) {
                assumption = true;
            } else if (status.equals("source") || status.equals("bron")) {
                assumption = false;
            } else {
                errors.add(row.error(statusCol, "expected source or assumption, got \"" + row.get(statusCol) + "\""));
                return;
            }
            String source = row.get(sourceCol).trim();
            if (!assumption && source.isEmpty()) {
                errors.add(row.error(sourceCol, "a line with status source must name its source"));
                return;
            }
            String key = item + "|" + level + "|" + kind;
            Long first = seen.putIfAbsent(key, row.line());
            if (first != null) {
                errors.add(row.error(itemCol, "item \"" + item + "\" (" + level.name().toLowerCase(Locale.ROOT) + ", "
                        + kind.name().toLowerCase(Locale.ROOT) + ") listed again (first on line " + first + ")"));
                return;
            }
            items.add(new CostItem(item, level, kind, amount, assumption, source, descCol < 0 ? "" : row.get(descCol).trim()));
        });
        if (!errors.isEmpty()) {
            throw new InputException(errors.subList(0, Math.min(100, errors.size())));
        }
        if (items.isEmpty()) {
            throw new InputException(new InputError(csv.fileName(), 0, "", "the cost table has no lines"));
        }
        return List.copyOf(items);
    }
}
