package org.alliancegraph.access;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.alliancegraph.api.ErrorBody;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Signing in to the page: {@code GET /session} says who is signed in and hands the CSRF token (also
 * in the {@code XSRF-TOKEN} cookie) that every other method must echo in {@code X-XSRF-TOKEN};
 * {@code POST /session} signs in with an e-mail address and a password (throttled), {@code DELETE}
 * signs out. The session cookie is {@code HttpOnly} and {@code SameSite=Strict}.
 */
@RestController
@RequestMapping("/session")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SessionController {

    record SignInRequest(String email, String password) {
    }

    /** Who is signed in (all null when nobody), and the token to send with writes. */
    record SessionView(boolean signedIn, String email, String name, Role role, List<String> programmes,
            List<String> territories, String csrfHeader, String csrfToken) {
    }

    private final Accounts accounts;
    private final SignInThrottle throttle;
    private final StoredSessions contexts;
    private final CsrfTokenRepository csrf;

    SessionController(Accounts accounts, SignInThrottle throttle, StoredSessions contexts, CsrfTokenRepository csrf) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.contexts = contexts;
        this.csrf = csrf;
    }

    @GetMapping
    SessionView current(HttpServletRequest request) {
        CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller != null && caller.getPrincipal() instanceof SignedIn person) {
            return view(accounts.find(person.email()).orElseThrow(), token);
        }
        return new SessionView(false, null, null, null, List.of(), List.of(), token.getHeaderName(), token.getToken());
    }

    @PostMapping
    ResponseEntity<?> signIn(@RequestBody(required = false) SignInRequest body, HttpServletRequest request,
            HttpServletResponse response) {
        if (body == null || body.email() == null || body.email().isBlank() || body.password() == null) {
            return refuse(HttpStatus.BAD_REQUEST, "BAD_REQUEST", "send {\"email\": ..., \"password\": ...}");
        }
        String email = Accounts.normalise(body.email());
        String client = request.getRemoteAddr();
        Duration wait = throttle.refusedFor(email, client, Instant.now());
        if (!wait.isZero()) {
            long seconds = Math.max(1, wait.toSeconds() + 1);
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds))
                    .body(ErrorBody.of("BUSY", "too many failed sign-ins for this address: try again in " + minutes(seconds)
                            + ", or ask an administrator to set a new password", null));
        }
        Accounts.SignIn outcome = accounts.signIn(email, body.password());
        switch (outcome.outcome()) {
            case WRONG -> {
                throttle.failed(email, client);
                return refuse(HttpStatus.UNAUTHORIZED, "UNAUTHORIZED", "this e-mail address and password do not match an account");
            }
            case DISABLED -> {
                return refuse(HttpStatus.FORBIDDEN, "FORBIDDEN", "the account " + email + " is disabled; ask an administrator");
            }
            default -> {
                throttle.succeeded(email);
            }
        }
        // A new session at sign-in (the one the request came with ends: no fixation), and a new CSRF token with it.
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(StoredSessions.authentication(SignedIn.of(outcome.account())));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        CsrfToken token = csrf.generateToken(request);
        csrf.saveToken(token, request, response);
        return ResponseEntity.ok(view(outcome.account(), token));
    }

    @DeleteMapping
    ResponseEntity<Void> signOut(HttpServletRequest request, HttpServletResponse response) {
        // The session ends for every instance, and the browser forgets its cookie (its requests are then a stranger's again).
        contexts.end(request, response);
        SecurityContextHolder.clearContext();
        csrf.saveToken(null, request, response);
        return ResponseEntity.noContent().build();
    }

    private static SessionView view(Account account, CsrfToken token) {
        return new SessionView(true, account.email(), account.name(), account.role(), account.programmes(),
                account.territories(), token.getHeaderName(), token.getToken());
    }

    private static ResponseEntity<?> refuse(HttpStatus status, String classification, String message) {
        return ResponseEntity.status(status).body(ErrorBody.of(classification, message, null));
    }

    private static String minutes(long seconds) {
        return seconds < 90 ? seconds + " s" : (seconds + 59) / 60 + " min";
    }
}
