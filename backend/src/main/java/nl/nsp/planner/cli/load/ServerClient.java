package nl.nsp.planner.cli.load;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client of one user of the map server, as the browser is one: its own cookies (session, {@code XSRF-TOKEN}), the
 * CSRF header on every POST, PUT and DELETE, JSON in and out. For the load driver and the crash tests; not
 * thread-safe (one per simulated user).
 */
public final class ServerClient {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI base;
    private final Duration timeout;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    /** One answer, with the time from sending to the whole body being read. */
    public record Response(int status, String body, long nanos) {
        public JsonNode json() {
            return JSON.readTree(body);
        }
    }

    public ServerClient(URI base, Duration timeout) {
        this.base = base;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(timeout)
                .version(HttpClient.Version.HTTP_1_1).build();
    }

    /**
     * Logs in the way the login page does: {@code GET /api/account} for the CSRF cookie, then the form post.
     *
     * @throws IllegalStateException when the server refuses
     */
    public void login(String name, String password) throws IOException, InterruptedException {
        get("/api/account");
        String form = "username=" + URLEncoder.encode(name, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        Response r = send(request("/api/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (r.status() != 200) {
            throw new IllegalStateException("login of " + name + " refused: " + r.status() + " " + r.body());
        }
        get("/api/account"); // the login replaced the CSRF token; this sets the new cookie
    }

    public Response get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    /** A POST, PUT or DELETE with a JSON body (or none when {@code json} is null). */
    public Response send(String method, String path, String json) throws IOException, InterruptedException {
        HttpRequest.Builder b = request(path);
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        return send(b.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(timeout).header("Accept", "application/json");
        csrfToken().ifPresent(t -> b.header("X-XSRF-TOKEN", t));
        return b;
    }

    private Optional<String> csrfToken() {
        return cookies.getCookieStore().get(base).stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst();
    }

    private Response send(HttpRequest.Builder b) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Response(r.statusCode(), r.body(), System.nanoTime() - start);
    }
}
