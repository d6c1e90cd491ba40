package nl.nsp.planner.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import nl.nsp.planner.api.ApiErrorWriter;
import nl.nsp.planner.store.PlannerStore;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The security chain's answers in the API's JSON: 401 for a missing login, 403 for a refused request (a missing
 * CSRF token named as such), the account after a login, 429 while a name is throttled.
 */
final class JsonSecurityResponses implements AuthenticationEntryPoint, AccessDeniedHandler, AuthenticationSuccessHandler,
        AuthenticationFailureHandler {
    static final String LOGIN_PATH = "/api/login";

    private final PlannerStore store;
    private final JsonMapper json;
    private final LoginThrottle throttle;

    JsonSecurityResponses(PlannerStore store, JsonMapper json, LoginThrottle throttle) {
        this.store = store;
        this.json = json;
        this.throttle = throttle;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        ApiErrorWriter.write(response, json, HttpStatus.UNAUTHORIZED, "login required: POST " + LOGIN_PATH
                + " with username and password (the map's login page is /login.html)", null);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        if (e instanceof CsrfException) {
            ApiErrorWriter.write(response, json, HttpStatus.FORBIDDEN, "missing or wrong CSRF token: send the value of "
                    + "the XSRF-TOKEN cookie in the X-XSRF-TOKEN header", "X-XSRF-TOKEN");
        } else {
            ApiErrorWriter.write(response, json, HttpStatus.FORBIDDEN, "not permitted", null);
        }
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication auth)
            throws IOException {
        throttle.succeeded(auth.getName());
        response.setStatus(HttpStatus.OK.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getWriter().write(json.writeValueAsString(store.accounts().find(auth.getName())
                .map(AccountResponse::of).orElse(AccountResponse.anonymous())));
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        throttle.failed(StoreUserDetailsService.normalise(request.getParameter("username")));
        // one message for an unknown name, a wrong password and a disabled account: nothing to learn from it
        ApiErrorWriter.write(response, json, HttpStatus.UNAUTHORIZED, "wrong name or password, or the account is disabled",
                "password");
    }

    /** Refuses {@code POST /api/login} for a name that is throttled, before its password is checked. */
    OncePerRequestFilter throttleFilter() {
        return new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                String path = request.getRequestURI().substring(request.getContextPath().length());
                return !("POST".equals(request.getMethod()) && LOGIN_PATH.equals(path));
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                Optional<Duration> wait = throttle.wait(StoreUserDetailsService.normalise(request.getParameter("username")));
                if (wait.isPresent()) {
                    long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
                    response.setHeader("Retry-After", Long.toString(seconds));
                    ApiErrorWriter.write(response, json, HttpStatus.TOO_MANY_REQUESTS, "too many failed logins for this "
                            + "name; try again in " + seconds + " s", "username");
                    return;
                }
                chain.doFilter(request, response);
            }
        };
    }
}
