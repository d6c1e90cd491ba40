package nl.nsp.planner.security;

import jakarta.servlet.http.HttpServletRequest;
import nl.nsp.planner.account.Caller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/account}: who is logged in, or that nobody is (200 either way, so the login page can ask before
 * logging in; the answer also carries the {@code XSRF-TOKEN} cookie the next POST needs). Login and logout
 * themselves are {@code POST /api/login} and {@code POST /api/logout}, answered by the security filters.
 */
@RestController
class AccountController {
    private final SecurityMode mode;

    AccountController(SecurityMode mode) {
        this.mode = mode;
    }

    @GetMapping("/api/account")
    AccountResponse account(HttpServletRequest request) {
        if (!mode.enabled()) {
            return AccountResponse.local();
        }
        return CallerResolver.current(request).flatMap(Caller::account).map(AccountResponse::of)
                .orElse(AccountResponse.anonymous());
    }
}
