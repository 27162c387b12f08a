package org.alliancegraph.access;

import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;

/** The accounts through GraphQL: who is signed in, and the administrators' list and changes. */
@Controller
class AccountController {

    private final Accounts accounts;

    AccountController(Accounts accounts) {
        this.accounts = accounts;
    }

    @QueryMapping
    Account me() {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        return caller != null && caller.getPrincipal() instanceof SignedIn person ? accounts.find(person.email()).orElse(null) : null;
    }

    @QueryMapping
    List<Account> accounts() {
        Access.require(Role.ADMIN, "listing the accounts");
        return accounts.list();
    }

    @MutationMapping
    Account createAccount(@Argument Accounts.NewAccount input) {
        Access.require(Role.ADMIN, "making an account");
        return accounts.create(input, Access.callerName());
    }

    @MutationMapping
    Account updateAccount(@Argument Accounts.AccountChanges input) {
        Access.require(Role.ADMIN, "changing an account");
        return accounts.update(input, Access.callerName());
    }
}
