package nl.nsp.planner.analysis;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.nsp.planner.domain.CandidateSite;
import nl.nsp.planner.domain.Dataset;
import nl.nsp.planner.domain.Municipality;

/**
 * An offline place finder over one data set: candidate sites by name and address, and four-digit postcodes (PC4)
 * at the inhabitant-weighted centre of their points in the demand layer whose points carry {@code PC4:nnnn} as
 * source unit (the {@code pc4} layer). Matching ignores case, accents and punctuation; every word of the query must
 * occur in the site's name, address or municipality name. Built once per data set; searches are linear in the sites.
 */
public final class Gazetteer {
    private static final Pattern POSTCODE = Pattern.compile("^(\\d{4})\\s*([A-Za-z]{2})?$");
    private static final Pattern POSTCODE_IN_ADDRESS = Pattern.compile("\\b(\\d{4})\\s?([A-Za-z]{2})\\b");

    private final List<Entry> sites;
    private final Map<String, Place> postcodes;
    private final Map<String, String> regionOfMunicipality;

    /**
     * A place found.
     *
     * @param kind             {@code candidate} or {@code postcode}
     * @param label            what to show, e.g. {@code "Gemeentehuis — Binnenhof 1, 2991AA Barendrecht"} or {@code "3011 Rotterdam"}
     * @param x                RD x in metres
     * @param y                RD y in metres
     * @param siteId           the candidate's id ({@code candidate} only, else null)
     * @param postcode         the PC4 ({@code postcode} only, else null)
     * @param municipalityCode the site's municipality, or the one holding most of the postcode's inhabitants ("" unknown)
     * @param inhabitants      the postcode's inhabitants in the layer ({@code postcode} only, else 0)
     */
    public record Place(String kind, String label, double x, double y, String siteId, String postcode,
            String municipalityCode, double inhabitants) {
    }

    private record Entry(CandidateSite site, String text, String name, String label) {
    }

    private Gazetteer(List<Entry> sites, Map<String, Place> postcodes, Map<String, String> regionOfMunicipality) {
        this.sites = sites;
        this.postcodes = postcodes;
        this.regionOfMunicipality = regionOfMunicipality;
    }

    /** The gazetteer of a data set (its candidates and its PC4 layer, if it has one). */
    public static Gazetteer of(Dataset dataset) {
        Map<String, String> names = new HashMap<>();
        Map<String, String> regionOf = new HashMap<>();
        for (Municipality m : dataset.municipalities()) {
            names.put(m.code(), m.name());
            regionOf.put(m.code(), m.regionCode());
        }
        List<Entry> entries = new ArrayList<>();
        for (CandidateSite c : dataset.candidates()) {
            String label = c.address().isEmpty() ? c.name() : c.name() + " — " + c.address();
            entries.add(new Entry(c, normalise(c.name() + " " + c.address() + " " + names.getOrDefault(c.municipalityCode(), "")
                    + " " + compactPostcodes(c.address())), normalise(c.name()), label));
        }
        return new Gazetteer(entries, postcodeCentres(dataset, names), regionOf);
    }

    /** Number of postcodes known (0 when the data set has no PC4 layer). */
    public int postcodeCount() {
        return postcodes.size();
    }

    /** The centre of a four-digit postcode. */
    public Optional<Place> postcode(String pc4) {
        return Optional.ofNullable(postcodes.get(pc4));
    }

    /**
     * Places matching the query, best first: a postcode query ({@code 3011} or {@code 3011 AB}) gives that PC4 first;
     * then sites, those in {@code preferRegion} (may be empty) first, names starting with the query before others,
     * then by label.
     */
    public List<Place> search(String query, int limit, String preferRegion) {
        List<Place> out = new ArrayList<>();
        String q = query.strip();
        Matcher pc = POSTCODE.matcher(q);
        String compact = null;
        if (pc.matches()) {
            postcode(pc.group(1)).ifPresent(out::add);
            if (pc.group(2) != null) {
                compact = (pc.group(1) + pc.group(2)).toLowerCase(Locale.ROOT);
            }
        }
        String[] words = compact != null ? new String[] {compact} : normalise(q).split(" ");
        if (normalise(q).isEmpty()) {
            return out;
        }
        String start = normalise(q);
        List<Entry> hits = new ArrayList<>();
        for (Entry e : sites) {
            boolean all = true;
            for (String w : words) {
                if (!w.isEmpty() && !e.text().contains(w)) {
                    all = false;
                    break;
                }
            }
            if (all) {
                hits.add(e);
            }
        }
        hits.sort(Comparator.comparing((Entry e) -> !preferRegion.equals(regionOfMunicipality.get(e.site().municipalityCode())))
                .thenComparing(e -> !e.name().startsWith(start)).thenComparing(Entry::label));
        for (Entry e : hits) {
            if (out.size() >= limit) {
                break;
            }
            CandidateSite c = e.site();
            out.add(new Place("candidate", e.label(), c.x(), c.y(), c.id(), null, c.municipalityCode(), 0));
        }
        return out.size() > limit ? out.subList(0, limit) : out;
    }

    private static Map<String, Place> postcodeCentres(Dataset dataset, Map<String, String> names) {
        Map<String, Place> out = new HashMap<>();
        for (PostcodeCentres.Centre c : PostcodeCentres.of(dataset).all().values()) {
            String name = names.getOrDefault(c.municipalityCode(), "");
            out.put(c.pc4(), new Place("postcode", name.isEmpty() ? c.pc4() : c.pc4() + " " + name, c.x(), c.y(), null,
                    c.pc4(), c.municipalityCode(), c.inhabitants()));
        }
        return Map.copyOf(out);
    }

    /** "2991AA" and "2991 AA" both as "2991aa", so a PC6 query finds the sites at that postcode. */
    private static String compactPostcodes(String address) {
        Matcher m = POSTCODE_IN_ADDRESS.matcher(address);
        Set<String> out = new HashSet<>();
        while (m.find()) {
            out.add(m.group(1) + m.group(2));
        }
        return String.join(" ", out);
    }

    /** Lower case, accents removed, anything but letters and digits as single spaces. */
    static String normalise(String s) {
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{Nd}]+", " ").strip();
    }
}
