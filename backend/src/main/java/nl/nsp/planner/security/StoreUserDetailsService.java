package nl.nsp.planner.security;

import java.util.Locale;
import nl.nsp.planner.store.AccountRepository;
import nl.nsp.planner.store.PlannerStore;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** Looks up a login name (case-insensitive) among the store's accounts. */
final class StoreUserDetailsService implements UserDetailsService {
    private final PlannerStore store;

    StoreUserDetailsService(PlannerStore store) {
        this.store = store;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        String name = normalise(username);
        AccountRepository.Credentials c = store.accounts().credentials(name)
                .orElseThrow(() -> new UsernameNotFoundException("no account " + name));
        return User.withUsername(c.account().name()).password(c.passwordHash()).disabled(!c.account().enabled())
                .roles(c.account().role().name()).build();
    }

    /** Login names are stored in lower case; what users type is trimmed and lowered. */
    static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
