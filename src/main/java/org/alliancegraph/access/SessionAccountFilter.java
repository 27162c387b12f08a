package org.alliancegraph.access;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A signed-in person's request holds the account as it is now, not as it was at sign-in: an account
 * disabled or removed since has its session ended (the request is then anyone's), a changed role or
 * limits apply at once.
 */
final class SessionAccountFilter extends OncePerRequestFilter {

    private final Accounts accounts;

    SessionAccountFilter(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (current != null && current.getPrincipal() instanceof SignedIn person) {
            Optional<Account> account = accounts.find(person.email());
            if (account.isEmpty() || account.get().disabled()) {
                // The session ends here; the request goes on as anyone's (a page still loads, a write is refused).
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                SecurityContextHolder.clearContext();
                chain.doFilter(request, response);
                return;
            }
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(authentication(SignedIn.of(account.get())));
            SecurityContextHolder.setContext(context);
        }
        chain.doFilter(request, response);
    }

    static Authentication authentication(SignedIn person) {
        return UsernamePasswordAuthenticationToken.authenticated(person, null, person.role().authorities());
    }
}
