package org.alliancegraph.access;

import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Where a signed-in person's security context comes from between requests: the session cookie's
 * token, looked up in {@link SessionStore} with the account as it is now, so a disabled account's
 * session ends at its next request and a narrowed one applies at once, on whichever instance of the
 * service the request lands. Looked up only when the request asks who it is (a static file does not).
 * The cookie is {@code HttpOnly}, {@code SameSite=Strict}, {@code Secure} when configured so, and
 * lives as long as the browser session.
 */
final class StoredSessions implements SecurityContextRepository {

    private final SessionStore store;
    private final String cookieName;
    private final boolean secure;

    StoredSessions(SessionStore store, String cookieName, boolean secure) {
        this.store = store;
        this.cookieName = cookieName;
        this.secure = secure;
    }

    static Authentication authentication(SignedIn person) {
        return UsernamePasswordAuthenticationToken.authenticated(person, null, person.role().authorities());
    }

    @Override
    @SuppressWarnings("deprecation")
    public SecurityContext loadContext(HttpRequestResponseHolder holder) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        token(holder.getRequest()).flatMap(store::find).ifPresent(person -> context.setAuthentication(authentication(person)));
        return context;
    }

    /** Called at sign-in only (contexts are saved explicitly): a new session, and its cookie. */
    @Override
    public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
        if (context.getAuthentication() != null && context.getAuthentication().getPrincipal() instanceof SignedIn person) {
            String token = store.create(person.email(), token(request).orElse(null));
            response.addHeader(HttpHeaders.SET_COOKIE, cookie(token, -1).toString());
        }
    }

    @Override
    public boolean containsContext(HttpServletRequest request) {
        return token(request).flatMap(store::find).isPresent();
    }

    /** Signing out: the session ends for every instance, and the browser forgets the cookie. */
    void end(HttpServletRequest request, HttpServletResponse response) {
        token(request).ifPresent(store::delete);
        response.addHeader(HttpHeaders.SET_COOKIE, cookie("", 0).toString());
    }

    /** True when the request carries a session cookie (what makes the CSRF token necessary). */
    boolean carriesCookie(HttpServletRequest request) {
        return token(request).isPresent();
    }

    private ResponseCookie cookie(String value, long maxAge) {
        return ResponseCookie.from(cookieName, value).path("/").httpOnly(true).sameSite("Strict").secure(secure)
                .maxAge(maxAge).build();
    }

    private Optional<String> token(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie c : cookies) {
            if (c.getName().equals(cookieName) && !c.getValue().isBlank()) {
                return Optional.of(c.getValue());
            }
        }
        return Optional.empty();
    }
}
