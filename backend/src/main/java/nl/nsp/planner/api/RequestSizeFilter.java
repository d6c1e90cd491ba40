package nl.nsp.planner.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses API request bodies larger than {@value #MAX_BODY_BYTES} bytes with 413 and the project's error body, before
 * anything parses them (a full plan with every candidate id and 500 own sites is well below 1 MB).
 */
@Component
class RequestSizeFilter extends OncePerRequestFilter {
    static final long MAX_BODY_BYTES = 2L * 1024 * 1024;

    /** Reads its body as a stream with its own, larger limit (10 MB of GeoJSON, see ImportController). */
    static final String GEOJSON_IMPORT = "/api/scenarios/import";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/") || request.getRequestURI().equals(GEOJSON_IMPORT);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        if (length > MAX_BODY_BYTES) {
            String message = "request body of " + length + " bytes is too large; at most " + MAX_BODY_BYTES + " bytes";
            response.setStatus(413);
            response.setContentType("application/json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("{\"status\":413,\"error\":\"Content Too Large\",\"message\":\"" + message
                    + "\",\"errors\":[{\"field\":\"body\",\"reason\":\"" + message + "\"}]}");
            return;
        }
        chain.doFilter(length >= 0 ? request : new Limited(request), response);
    }

    /** A body of unknown length (chunked) is cut off after the limit: reading on fails, the parser reports it (400). */
    private static final class Limited extends HttpServletRequestWrapper {
        Limited(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream in = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    if (b >= 0 && ++read > MAX_BODY_BYTES) {
                        throw new IOException("request body larger than " + MAX_BODY_BYTES + " bytes");
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = in.read(buffer, offset, length);
                    if (n > 0 && (read += n) > MAX_BODY_BYTES) {
                        throw new IOException("request body larger than " + MAX_BODY_BYTES + " bytes");
                    }
                    return n;
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
                    in.setReadListener(listener);
                }
            };
        }
    }
}
