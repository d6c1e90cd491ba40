package nl.nsp.planner.api.export;

import java.text.Normalizer;
import java.util.Locale;
import nl.nsp.planner.scenario.Scenario;
import org.springframework.http.ContentDisposition;

/**
 * Download names for the exports: {@code <prefix>-<region>-<scenario name>.<ext>} in lower case ASCII, e.g.
 * {@code noodsteunpunten-vr17-rijnmond-basis.geojson}, so every browser and file system keeps them as they are.
 */
final class FileNames {
    private static final int MAX_NAME_CHARACTERS = 60;

    private FileNames() {
    }

    /** The {@code Content-Disposition} header value of a download. */
    static String attachment(String fileName) {
        return ContentDisposition.attachment().filename(fileName).build().toString();
    }

    static String name(String prefix, Scenario s, String extension) {
        String slug = slug(s.content().name());
        return prefix + "-" + s.content().region().toLowerCase(Locale.ROOT) + (slug.isEmpty() ? "" : "-" + slug) + "."
                + extension;
    }

    /** "Rijnmond – basis (België)" → "rijnmond-basis-belgie". */
    static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > MAX_NAME_CHARACTERS) {
            slug = slug.substring(0, MAX_NAME_CHARACTERS).replaceAll("-+$", "");
        }
        return slug;
    }
}
