package org.alliancegraph.access;

import org.alliancegraph.graph.StartupStepFailed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Gives a fresh install its first administrator: with {@code ALLIANCE_GRAPH_ADMIN_EMAIL} and
 * {@code ALLIANCE_GRAPH_ADMIN_PASSWORD} set, an ADMIN account is made at start unless one has that
 * address (it is never changed afterwards: the password can leave the environment).
 */
@Component
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final Accounts accounts;
    private final AccountProperties properties;

    FirstAdmin(Accounts accounts, AccountProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        String email = properties.firstAdminEmail();
        if (email == null || email.isBlank() || accounts.find(email).isPresent()) {
            return;
        }
        try {
            accounts.create(new Accounts.NewAccount(email, null, Role.ADMIN, properties.firstAdminPassword(), null, null),
                    "environment (ALLIANCE_GRAPH_ADMIN_EMAIL)");
        } catch (RuntimeException e) {
            throw new StartupStepFailed("making the first administrator's account",
                    "set ALLIANCE_GRAPH_ADMIN_EMAIL to an e-mail address and ALLIANCE_GRAPH_ADMIN_PASSWORD to at least "
                            + Accounts.MIN_PASSWORD + " characters, or unset both", e);
        }
        log.info("Made the administrator account {} (from alliance-graph.accounts.first-admin-email)", Accounts.normalise(email));
    }
}
