package org.alliancegraph.access;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The role check of a GraphQL field that writes: what the caller's key or token gives against what
 * the field needs, with a refusal a person can act on. Used by every mutation.
 */
public final class Access {

    /** A refusal: {@code unauthenticated} when no credential came (UNAUTHORIZED), else the role is too low (FORBIDDEN). */
    public record Refusal(boolean unauthenticated, String message) {
    }

    private Access() {
    }

    /** Why the current caller may not do {@code what}, or null when they may. */
    public static Refusal refusal(Role needed, String what) {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        boolean anonymous = caller == null || caller instanceof AnonymousAuthenticationToken || !caller.isAuthenticated();
        if (anonymous) {
            return new Refusal(true, what + " needs the " + needed + " role: send an API key of that role in the "
                    + ApiKeys.HEADER + " header, or a bearer token with it");
        }
        if (caller.getAuthorities().stream().noneMatch(a -> needed.authority().equals(a.getAuthority()))) {
            return new Refusal(false, what + " needs the " + needed + " role, and your credential gives "
                    + highest(caller) + "; ask an administrator for a key of that role");
        }
        return null;
    }

    static String highest(Authentication caller) {
        Role best = null;
        for (var authority : caller.getAuthorities()) {
            String name = authority.getAuthority();
            Role role = name.startsWith("ROLE_") ? Role.parse(name.substring(5)) : null;
            if (role != null && (best == null || role.compareTo(best) > 0)) {
                best = role;
            }
        }
        return best == null ? "no role" : best.name();
    }
}
