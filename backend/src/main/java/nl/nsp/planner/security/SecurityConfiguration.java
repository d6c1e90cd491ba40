package nl.nsp.planner.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import nl.nsp.planner.NspProperties;
import nl.nsp.planner.account.Account;
import nl.nsp.planner.store.PlannerStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The two modes' security chains. Server mode: {@code /api/public/**}, {@code GET /api/account}, the login page and
 * the static files are open; the map page ({@code /}) and the rest of {@code /api} need a session (API: 401 JSON;
 * the page: a redirect to {@code /login.html}); every POST, PUT and DELETE needs the CSRF token. Local mode: everything
 * open, no CSRF (no session to ride on), only loopback host names, bound to 127.0.0.1.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger(SecurityConfiguration.class);

    @Bean
    SecurityMode securityMode(NspProperties properties) {
        return SecurityMode.decide(properties.security().enabled(), properties.store());
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return Passwords.encoder();
    }

    @Bean
    UserDetailsService userDetailsService(PlannerStore store) {
        return new StoreUserDetailsService(store);
    }

    @Bean
    LoginThrottle loginThrottle(Clock clock) {
        return new LoginThrottle(clock);
    }

    @Bean
    LocalBinding localBinding(SecurityMode mode, Environment env) {
        return new LocalBinding(mode, env.getProperty("server.address"));
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SecurityMode mode, PlannerStore store, JsonMapper json,
            LoginThrottle throttle) throws Exception {
        if (!mode.enabled()) {
            http.csrf(c -> c.disable())
                    .headers(h -> h.frameOptions(f -> f.sameOrigin()))
                    .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                    .requestCache(c -> c.disable())
                    .addFilterBefore(new LoopbackHostFilter(json), SecurityContextHolderFilter.class);
            return http.build();
        }
        JsonSecurityResponses responses = new JsonSecurityResponses(store, json, throttle);
        PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
        http.csrf(c -> c.spa().ignoringRequestMatchers(path.matcher("/api/public/**")))
                // rapport.html previews the report in a frame of the same origin; other sites may not frame pages
                .headers(h -> h.frameOptions(f -> f.sameOrigin()))
                .authorizeHttpRequests(a -> a
                        .requestMatchers(path.matcher("/api/public/**")).permitAll()
                        .requestMatchers(path.matcher(HttpMethod.GET, "/api/account")).permitAll()
                        .requestMatchers(path.matcher(JsonSecurityResponses.LOGIN_PATH)).permitAll()
                        .requestMatchers(path.matcher("/api/**")).authenticated()
                        .requestMatchers(path.matcher("/"), path.matcher("/index.html")).authenticated()
                        .anyRequest().permitAll())
                .formLogin(f -> f.loginPage("/login.html").loginProcessingUrl(JsonSecurityResponses.LOGIN_PATH)
                        .successHandler(responses).failureHandler(responses))
                .logout(l -> l.logoutRequestMatcher(path.matcher(HttpMethod.POST, "/api/logout"))
                        .logoutSuccessHandler(new HttpStatusReturningLogoutSuccessHandler(HttpStatus.NO_CONTENT))
                        .deleteCookies("JSESSIONID"))
                // a 401 must not open a session for the anonymous caller just to remember the request
                .requestCache(c -> c.disable())
                .exceptionHandling(e -> e
                        .defaultAuthenticationEntryPointFor(responses, path.matcher("/api/**"))
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login.html"),
                                a -> true)
                        .accessDeniedHandler(responses))
                .addFilterAfter(new CsrfCookieFilter(), CsrfFilter.class)
                .addFilterBefore(responses.throttleFilter(), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new AccountRefreshFilter(store, json), AnonymousAuthenticationFilter.class);
        return http.build();
    }

    /**
     * Makes every response carry the {@code XSRF-TOKEN} cookie when the browser has none yet (a first visit, or just
     * after the login replaced the token): the token is created lazily, and the page must have it before its first POST.
     */
    private static final class CsrfCookieFilter extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
            if (token != null) {
                token.getToken();
            }
            chain.doFilter(request, response);
        }
    }

    /** Says at start-up which mode runs, and how to make the first account when there is none. */
    @Bean
    ApplicationRunner securityModeReport(SecurityMode mode, PlannerStore store) {
        return args -> {
            if (!mode.enabled()) {
                LOG.info("local mode (nsp.security.enabled=false): no login, serving 127.0.0.1 only");
                return;
            }
            long enabled = store.accounts().list().stream().filter(Account::enabled).count();
            LOG.info("server mode (nsp.security.enabled=true): login required, {} enabled account(s)", enabled);
            if (enabled == 0) {
                LOG.warn("no accounts yet: nobody can log in; create one with "
                        + "scripts/nsp user add --store <the same store> --name NAME --role national");
            }
        };
    }
}
