package nl.nsp.planner.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses request bodies larger than {@code nsp.max-request-body} (default 4 MB; the largest scenario the API accepts,
 * 20,000 sites and 2,000 own locations, is under 2 MB of JSON) before anything reads them: a declared
 * {@code Content-Length} above the limit gets 413 at once; a body without one (chunked) is counted while it is read
 * and fails as a 400 once it passes the limit. The GeoJSON import streams its body under its own, larger limit
 * ({@value #GEOJSON_IMPORT}, see ImportService).
 */
final class RequestSizeLimitFilter extends OncePerRequestFilter {
    static final String GEOJSON_IMPORT = "/api/scenarios/import";

    private final long maxBytes;
    private final JsonMapper json;

    RequestSizeLimitFilter(long maxBytes, JsonMapper json) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("nsp.max-request-body must be positive, got " + maxBytes + " bytes");
        }
        this.maxBytes = maxBytes;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().equals(GEOJSON_IMPORT);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared > maxBytes) {
            ApiErrorWriter.write(response, json, HttpStatus.CONTENT_TOO_LARGE, "the request body has " + declared
                    + " bytes; at most " + maxBytes + " are accepted", "body");
            return;
        }
        chain.doFilter(declared >= 0 ? request : new Limited(request, maxBytes), response);
    }

    /** A request whose body stream fails once more than the limit has been read. */
    private static final class Limited extends HttpServletRequestWrapper {
        private final long maxBytes;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Counting(super.getInputStream(), maxBytes);
            }
            return stream;
        }
    }

    private static final class Counting extends ServletInputStream {
        private final ServletInputStream in;
        private final long maxBytes;
        private long read;

        Counting(ServletInputStream in, long maxBytes) {
            this.in = in;
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > maxBytes) {
                throw new IOException("request body larger than " + maxBytes + " bytes");
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            throw new UncheckedIOException(new IOException("asynchronous reading is not supported"));
        }
    }
}
