package nl.nsp.planner.national;

import java.util.List;

/**
 * How costs are spread over the years.
 *
 * @param rolloutYears years in which the points are set up: the one-off costs are split equally over them, and the
 *                     points of a rollout year run (and cost yearly amounts) from the next year on
 * @param lastYear     last year shown (budgets after the agreement's last year repeat its amount)
 */
public record CostOptions(List<Integer> rolloutYears, int lastYear) {
    public CostOptions {
        rolloutYears = List.copyOf(new java.util.TreeSet<>(rolloutYears));
        if (rolloutYears.isEmpty()) {
            throw new IllegalArgumentException("at least one rollout year is needed");
        }
        for (int y : rolloutYears) {
            if (!(2000 <= y && y <= lastYear)) {
                throw new IllegalArgumentException("rollout year " + y + " must be within 2000.." + lastYear);
            }
        }
    }

    /** Rollout in 2026 and 2027 (after the pilot that started in February 2026), shown up to 2030. */
    public static CostOptions defaults() {
        return new CostOptions(List.of(2026, 2027), 2030);
    }

    /** Share of the one-off costs spent in a year. */
    public double oneOffShare(int year) {
        return rolloutYears.contains(year) ? 1.0 / rolloutYears.size() : 0;
    }

    /** Share of the points in operation (paying yearly costs) during a year. */
    public double operatingShare(int year) {
        long before = rolloutYears.stream().filter(y -> y < year).count();
        return before / (double) rolloutYears.size();
    }
}
