package nl.nsp.planner.national;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The national budget for the regions per year, and the years in which it is divided equally over the regions.
 *
 * @param nationalEur      euros per year for all regions together; a year after the last one gets the last amount
 * @param equalSplitYears  years whose budget is divided equally (agreed); other years follow a distribution key
 * @param source           where the amounts come from
 */
public record BudgetSchedule(SortedMap<Integer, Double> nationalEur, Set<Integer> equalSplitYears, String source) {
    public BudgetSchedule {
        if (nationalEur.isEmpty()) {
            throw new IllegalArgumentException("a budget schedule needs at least one year");
        }
        for (Map.Entry<Integer, Double> e : nationalEur.entrySet()) {
            if (!(e.getValue() >= 0 && e.getValue() < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException("budget " + e.getKey() + " must be >= 0 euros, got " + e.getValue());
            }
        }
        nationalEur = Collections.unmodifiableSortedMap(new TreeMap<>(nationalEur));
        equalSplitYears = Collections.unmodifiableSet(new TreeSet<>(equalSplitYears));
    }

    /**
     * The administrative agreement: to the regions EUR 4.5 M in 2025 (EUR 5 M minus 0.5 M for the national project
     * organisation) and EUR 10 M in 2026, both divided equally over the 25 regions; structurally EUR 35 M in 2027 and
     * 2028, EUR 36 M in 2029 and EUR 37 M from 2030, with the distribution key still to be agreed.
     */
    public static BudgetSchedule administrativeAgreement() {
        SortedMap<Integer, Double> m = new TreeMap<>();
        m.put(2025, 4.5e6);
        m.put(2026, 10e6);
        m.put(2027, 35e6);
        m.put(2028, 35e6);
        m.put(2029, 36e6);
        m.put(2030, 37e6);
        return new BudgetSchedule(m, Set.of(2025, 2026), "bestuurlijke afspraken over de noodsteunpunten");
    }

    /** The national amount of a year (0 before the first year, the last amount after the last). */
    public double national(int year) {
        if (year < nationalEur.firstKey()) {
            return 0;
        }
        return nationalEur.headMap(year + 1).get(nationalEur.headMap(year + 1).lastKey());
    }

    public int firstYear() {
        return nationalEur.firstKey();
    }

    public int lastYear() {
        return nationalEur.lastKey();
    }
}
