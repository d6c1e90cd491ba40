package nl.nsp.planner.api;

/** A request parameter is missing, malformed or out of range; answered with 400. */
public class BadRequestException extends RuntimeException {
    private final String parameter;

    public BadRequestException(String parameter, String reason) {
        super(parameter + ": " + reason);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    public String reason() {
        return getMessage().substring(parameter.length() + 2);
    }
}
