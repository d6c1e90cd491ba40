package nl.nsp.planner.scenario;

import java.util.Locale;
import java.util.Optional;

/**
 * What a site is in a plan, as one word for files: {@code nsp}, {@code cp}, {@code nsp+cp}, {@code excluded} (must
 * not be used) or {@code none} (an own location without a role yet).
 */
public enum SiteRole {
    NSP("nsp"), CP("cp"), NSP_CP("nsp+cp"), EXCLUDED("excluded"), NONE("none");

    private final String code;

    SiteRole(String code) {
        this.code = code;
    }

    /** The word written to files. */
    public String code() {
        return code;
    }

    /** True for {@link #NSP} and {@link #NSP_CP}. */
    public boolean isNsp() {
        return this == NSP || this == NSP_CP;
    }

    /** True for {@link #CP} and {@link #NSP_CP}. */
    public boolean isCp() {
        return this == CP || this == NSP_CP;
    }

    /** The role of a scenario site. */
    public static SiteRole of(ScenarioSite s) {
        if (s.nsp()) {
            return s.cp() ? NSP_CP : NSP;
        }
        if (s.cp()) {
            return CP;
        }
        return s.excluded() ? EXCLUDED : NONE;
    }

    /**
     * Reads a role word, ignoring case and spaces; {@code cp+nsp} is read as {@code nsp+cp}.
     *
     * @return the role, or empty when the word is none of the five
     */
    public static Optional<SiteRole> parse(String word) {
        String w = word.strip().toLowerCase(Locale.ROOT).replace(" ", "");
        if (w.equals("cp+nsp")) {
            return Optional.of(NSP_CP);
        }
        for (SiteRole r : values()) {
            if (r.code.equals(w)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
