package nl.nsp.planner.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import nl.nsp.planner.account.Account;
import nl.nsp.planner.account.Caller;
import nl.nsp.planner.api.ApiErrorWriter;
import nl.nsp.planner.store.PlannerStore;
import nl.nsp.planner.store.StoreException;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the account of a logged-in session from the store on every request, so a changed role or area applies at
 * once and a disabled (or vanished) account's session ends at its next request: the session is invalidated and the
 * request continues as anonymous (401 for the API). The fresh account becomes the request's {@link Caller}.
 */
final class AccountRefreshFilter extends OncePerRequestFilter {
    static final String CALLER_ATTRIBUTE = "nl.nsp.planner.caller";

    private final PlannerStore store;
    private final JsonMapper json;

    AccountRefreshFilter(PlannerStore store, JsonMapper json) {
        this.store = store;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)) {
            Optional<Account> account;
            try {
                account = store.accounts().find(auth.getName()).filter(Account::enabled);
            } catch (StoreException e) {
                ApiErrorWriter.write(response, json, HttpStatus.SERVICE_UNAVAILABLE, "the data store failed: "
                        + e.getMessage(), null);
                return;
            }
            if (account.isPresent()) {
                request.setAttribute(CALLER_ATTRIBUTE, Caller.of(account.get()));
            } else {
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                SecurityContextHolder.clearContext();
            }
        }
        chain.doFilter(request, response);
    }
}
