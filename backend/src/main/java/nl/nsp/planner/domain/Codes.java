package nl.nsp.planner.domain;

import java.util.regex.Pattern;

/** Validation of the CBS area codes used as keys throughout the tool. */
public final class Codes {
    private static final Pattern MUNICIPALITY = Pattern.compile("GM\\d{4}");
    private static final Pattern REGION = Pattern.compile("VR\\d{2}");

    private Codes() {
    }

    public static boolean isMunicipality(String code) {
        return code != null && MUNICIPALITY.matcher(code).matches();
    }

    public static boolean isRegion(String code) {
        return code != null && REGION.matcher(code).matches();
    }

    static void requireMunicipality(String code) {
        if (!isMunicipality(code)) {
            throw new IllegalArgumentException("not a gemeentecode (GM####): \"" + code + "\"");
        }
    }

    static void requireRegion(String code) {
        if (!isRegion(code)) {
            throw new IllegalArgumentException("not a veiligheidsregio code (VR##): \"" + code + "\"");
        }
    }

    /**
     * Normalises a municipality code written as {@code GM0014}, {@code 0014} or {@code 14} to {@code GM0014}.
     *
     * @throws IllegalArgumentException when it is none of these
     */
    public static String normaliseMunicipality(String raw) {
        String s = raw.trim();
        if (s.regionMatches(true, 0, "GM", 0, 2)) {
            s = s.substring(2);
        }
        if (!s.matches("\\d{1,4}")) {
            throw new IllegalArgumentException("not a gemeentecode: \"" + raw + "\"");
        }
        return String.format("GM%04d", Integer.parseInt(s));
    }
}
