package nl.nsp.planner.account;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What an account may do. The area an account works in (its safety region, its municipality) is part of the
 * {@link Account}; the rules themselves are in {@link AccessRules}.
 */
public enum Role {
    /** The national project organisation: reads every region's scenarios and the audit log, compares regions; changes none. */
    NATIONAL("national"),
    /** A regional planner: creates, changes, publishes and deletes the scenarios of one safety region; reads only those. */
    REGION("region"),
    /** A municipality: changes the sites inside its municipality in its region's scenarios; reads its region's scenarios. */
    MUNICIPALITY("municipality"),
    /** Reads the scenarios of one region, or of every region when the account has none; changes nothing. */
    VIEWER("viewer");

    private final String code;

    Role(String code) {
        this.code = code;
    }

    /** The lower-case name used on the command line, in the API and in the store. */
    public String code() {
        return code;
    }

    /**
     * The role named {@code code} (case-insensitive).
     *
     * @throws IllegalArgumentException naming the known roles when there is none of that name
     */
    public static Role of(String code) {
        String c = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        for (Role r : values()) {
            if (r.code.equals(c)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown role \"" + code + "\"; expected one of "
                + Arrays.stream(values()).map(Role::code).collect(Collectors.joining(", ")));
    }
}
