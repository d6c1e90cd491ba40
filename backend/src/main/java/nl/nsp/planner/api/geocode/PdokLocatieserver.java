package nl.nsp.planner.api.geocode;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The PDOK Locatieserver "free" search (addresses, postcodes, places of the BAG), e.g.
 * {@code https://api.pdok.nl/bzk/locatieserver/search/v3_1/free}: one GET with a short timeout; any failure is an
 * {@link IOException} the caller turns into "unavailable".
 */
final class PdokLocatieserver {
    private static final Pattern POINT = Pattern.compile("POINT\\(\\s*(-?[\\d.]+)\\s+(-?[\\d.]+)\\s*\\)");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String url;
    private final Duration timeout;
    private final HttpClient client;

    /** One document found: its display name, type and centroid in RD metres. */
    record Hit(String label, String type, double x, double y) {
    }

    PdokLocatieserver(String url, Duration timeout) {
        this.url = url;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    List<Hit> search(String query, int rows) throws IOException {
        String q = URLEncoder.encode(query, StandardCharsets.UTF_8);
        URI uri = URI.create(url + (url.contains("?") ? "&" : "?") + "q=" + q + "&rows=" + rows
                + "&fl=weergavenaam,type,centroide_rd&fq=type:(adres%20OR%20postcode%20OR%20weg%20OR%20woonplaats)");
        HttpResponse<String> response;
        try {
            response = client.send(HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "application/json").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode());
        }
        JsonNode docs;
        try {
            docs = JSON.readTree(response.body()).path("response").path("docs");
        } catch (RuntimeException e) {
            throw new IOException("not a Locatieserver answer: " + e.getMessage(), e);
        }
        List<Hit> out = new ArrayList<>();
        for (JsonNode d : docs) {
            Matcher m = POINT.matcher(d.path("centroide_rd").asString(""));
            String label = d.path("weergavenaam").asString("");
            if (m.matches() && !label.isEmpty()) {
                out.add(new Hit(label, d.path("type").asString(""), Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))));
            }
        }
        return out;
    }
}
