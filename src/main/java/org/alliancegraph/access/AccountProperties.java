package org.alliancegraph.access;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * People's accounts ({@code alliance-graph.accounts.*}).
 *
 * @param firstAdminEmail    an ADMIN account made at start when no account has this address
 *                           ({@code ALLIANCE_GRAPH_ADMIN_EMAIL}): the way to give a fresh install its first administrator
 * @param firstAdminPassword its password ({@code ALLIANCE_GRAPH_ADMIN_PASSWORD}), at least 12 characters; used only
 *                           when the account is made, so it can be removed from the environment afterwards
 * @param maxFailures        failed sign-ins for one address (five times as many from one client address) before
 *                           signing in there is refused for {@code lockout}
 * @param lockout            how long failed sign-ins are remembered, and refusals last
 */
@ConfigurationProperties("alliance-graph.accounts")
public record AccountProperties(String firstAdminEmail, String firstAdminPassword, @DefaultValue("5") int maxFailures,
        @DefaultValue("15m") Duration lockout) {
}
