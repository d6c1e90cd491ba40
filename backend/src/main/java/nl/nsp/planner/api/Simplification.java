package nl.nsp.planner.api;

/** The {@code simplify} request parameter: tolerance in metres for drawing outlines, 0..{@value #MAX_METRES}. */
public final class Simplification {
    public static final double MAX_METRES = 5_000;

    private Simplification() {
    }

    public static double metres(Double requested, double defaultMetres) {
        if (requested == null) {
            return defaultMetres;
        }
        if (!(0 <= requested && requested <= MAX_METRES)) {
            throw new BadRequestException("simplify", "expected a tolerance of 0.." + (int) MAX_METRES + " metres, got "
                    + requested);
        }
        return requested;
    }
}
