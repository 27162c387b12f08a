package org.alliancegraph.access;

import java.io.Serializable;

/** The principal of a person signed in to the page: kept in their session, refreshed from the account at every request. */
public record SignedIn(String email, Role role, Scope scope) implements Serializable {

    static SignedIn of(Account account) {
        return new SignedIn(account.email(), account.role(), account.scope());
    }
}
