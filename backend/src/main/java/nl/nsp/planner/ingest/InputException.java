package nl.nsp.planner.ingest;

import java.util.List;

/** Input that cannot be used at all (unreadable, empty, wrong CRS, ...): nothing from it is kept. */
public class InputException extends RuntimeException {
    private final List<InputError> errors;

    public InputException(List<InputError> errors) {
        super(errors.isEmpty() ? "invalid input" : errors.get(0) + (errors.size() > 1 ? " (+" + (errors.size() - 1) + " more)" : ""));
        this.errors = List.copyOf(errors);
    }

    public InputException(InputError error) {
        this(List.of(error));
    }

    public List<InputError> errors() {
        return errors;
    }
}
