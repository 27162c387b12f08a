package org.alliancegraph.access;

import org.alliancegraph.api.AccessDeniedException;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The role check of a GraphQL field that writes: what the caller's account, key or token gives against
 * what the field needs, with a refusal a person can act on; where the caller may write ({@link Scope});
 * and the caller's name as the history of changes records it. Used by every mutation.
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
            return new Refusal(true, what + " needs the " + needed + " role: sign in with an account of that role, or send an "
                    + "API key of that role in the " + ApiKeys.HEADER + " header, or a bearer token with it");
        }
        if (caller.getAuthorities().stream().noneMatch(a -> needed.authority().equals(a.getAuthority()))) {
            return new Refusal(false, what + " needs the " + needed + " role, and your credential gives "
                    + highest(caller) + "; ask an administrator for an account or a key of that role");
        }
        return null;
    }

    /** Refuses the current caller (UNAUTHORIZED or FORBIDDEN) unless they hold {@code needed}. */
    public static void require(Role needed, String what) {
        Refusal refusal = refusal(needed, what);
        if (refusal != null) {
            throw new AccessDeniedException(refusal.unauthenticated() ? ErrorType.UNAUTHORIZED : ErrorType.FORBIDDEN,
                    refusal.message());
        }
    }

    /** Where the current caller may write: a signed-in person's limits, everywhere for keys and tokens. */
    public static Scope scope() {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        return caller != null && caller.getPrincipal() instanceof SignedIn person ? person.scope() : Scope.EVERYWHERE;
    }

    /**
     * Who the current caller is, as a change records it: a person's e-mail address, an API key's role
     * and the start of its hash ({@code api-key EDITOR sha256:1a2b3c4d}), a token's subject.
     */
    public static String callerName() {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller == null || caller instanceof AnonymousAuthenticationToken) {
            return "anonymous";
        }
        return switch (caller.getPrincipal()) {
            case SignedIn person -> person.email();
            case String name when name.startsWith("api-key") -> name;
            default -> "token " + caller.getName();
        };
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
