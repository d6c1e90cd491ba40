package nl.nsp.planner.security;

import com.fasterxml.jackson.annotation.JsonInclude;
import nl.nsp.planner.account.Account;
import nl.nsp.planner.account.Caller;

/**
 * Body of {@code GET /api/account} and of a successful {@code POST /api/login}: who is logged in.
 *
 * @param mode          {@code server} (accounts and login) or {@code local} (one user, no login)
 * @param authenticated false in the server mode before login
 * @param name          account name ({@code local} in the local mode)
 * @param role          {@code national}, {@code region}, {@code municipality} or {@code viewer}; absent in the local mode
 * @param region        the account's safety region, when it has one
 * @param municipality  the account's municipality, when it has one
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record AccountResponse(String mode, boolean authenticated, String name, String role, String region, String municipality) {

    static AccountResponse local() {
        return new AccountResponse("local", true, Caller.LOCAL_NAME, null, null, null);
    }

    static AccountResponse anonymous() {
        return new AccountResponse("server", false, null, null, null, null);
    }

    static AccountResponse of(Account a) {
        return new AccountResponse("server", true, a.name(), a.role().code(), a.regionCode().orElse(null),
                a.municipalityCode().orElse(null));
    }
}
