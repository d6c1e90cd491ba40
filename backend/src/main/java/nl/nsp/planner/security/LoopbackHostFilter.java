package nl.nsp.planner.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import nl.nsp.planner.api.ApiErrorWriter;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The local mode answers only requests addressed to this machine by a loopback name ({@code Host: localhost:8080},
 * {@code 127.0.0.1}, {@code [::1]}). The server is bound to 127.0.0.1 anyway; this also stops a web page in the
 * planner's browser from reaching it through a DNS name that points at 127.0.0.1 (DNS rebinding).
 */
final class LoopbackHostFilter extends OncePerRequestFilter {
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "::1", "[::1]", "0:0:0:0:0:0:0:1");

    private final JsonMapper json;

    LoopbackHostFilter(JsonMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String host = request.getServerName() == null ? "" : request.getServerName().toLowerCase(Locale.ROOT);
        if (!LOOPBACK.contains(host)) {
            ApiErrorWriter.write(response, json, HttpStatus.FORBIDDEN, "the local mode answers only requests for "
                    + "localhost; to serve other machines start with nsp.security.enabled=true (accounts and login)", null);
            return;
        }
        chain.doFilter(request, response);
    }
}
