package nl.nsp.planner.api;

/** The request names a region, municipality or layer the store does not have; answered with 404. */
public class NotFoundException extends RuntimeException {
    private final String parameter;

    public NotFoundException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
