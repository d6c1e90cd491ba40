package nl.nsp.planner.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import nl.nsp.planner.store.PlannerStore;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * The last answers of the map's area requests (demand, candidates, boundaries of a region or municipality), serialised
 * once and kept plain and gzip-compressed, per data version: a region is asked for again on every visit, and building,
 * serialising and compressing the Rijnmond 100 m grid (418 KB of JSON) cost the server more per request than sending it.
 * A new import is a new data version, so nothing stale is served.
 */
@Component
public class EncodedAnswers {
    private static final int KEPT = 24;

    private final PlannerStore store;
    private final ObjectMapper json;
    private final Map<Object, Encoded> cache = new LinkedHashMap<>(32, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Object, Encoded> eldest) {
            return size() > KEPT;
        }
    };

    EncodedAnswers(PlannerStore store, ObjectMapper json) {
        this.store = store;
        this.json = json;
    }

    private record Key(Object request, Object version) {
    }

    private record Encoded(byte[] plain, byte[] gzip) {
    }

    /**
     * The answer for {@code request} (a value with equals, e.g. a record of the endpoint and its parameters): from the
     * cache, or computed by {@code answer}, serialised and kept.
     *
     * @param acceptEncoding the request's Accept-Encoding header (gzip when it names gzip), or null
     */
    public ResponseEntity<byte[]> get(Object request, String acceptEncoding, Supplier<Object> answer) {
        Key key = new Key(request, store.dataVersion());
        Encoded e;
        synchronized (cache) {
            e = cache.get(key);
        }
        if (e == null) {
            byte[] plain = json.writeValueAsBytes(answer.get());
            e = new Encoded(plain, gzip(plain));
            synchronized (cache) {
                cache.put(key, e);
            }
        }
        ResponseEntity.BodyBuilder r = ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        if (acceptEncoding != null && acceptEncoding.toLowerCase(Locale.ROOT).contains("gzip")) {
            return r.header(HttpHeaders.CONTENT_ENCODING, "gzip").body(e.gzip());
        }
        return r.body(e.plain());
    }

    private static byte[] gzip(byte[] plain) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length / 3 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        }) {
            gz.write(plain);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toByteArray();
    }
}
