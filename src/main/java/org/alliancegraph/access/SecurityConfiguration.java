package org.alliancegraph.access;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.alliancegraph.api.ErrorBody;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Spring Security for the service. Machines send an API key ({@value ApiKeys#HEADER}) or a JWT bearer
 * token of the configured issuer ({@code spring.security.oauth2.resourceserver.jwt.*}, roles from a
 * claim) with each request, and get no session. People sign in to the page ({@link SessionController})
 * and get a session cookie; a request that carries one (or signs in) must also carry the CSRF token,
 * since a browser sends the cookie whoever asks. Imports and job status ({@code /admin/**}) need
 * ADMIN; reads are public unless {@code alliance-graph.security.reads=READER}; each mutation checks
 * its own role ({@link Access}). Refusals are GraphQL-shaped JSON.
 */
@Configuration(proxyBeanMethods = false)
// The offline commands (import, generate) start no web server: nothing to secure there.
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain security(HttpSecurity http, ApiKeys keys, SecurityProperties properties,
            ObjectProvider<JwtDecoder> jwt, StoredSessions contexts, CsrfTokenRepository csrfTokens) throws Exception {
        http.csrf(c -> c.csrfTokenRepository(csrfTokens)
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                        .requireCsrfProtectionMatcher(request -> needsCsrfToken(request, contexts.carriesCookie(request))))
                .httpBasic(b -> b.disable())
                .formLogin(f -> f.disable())
                .logout(l -> l.disable())
                .requestCache(r -> r.disable())
                .securityContext(c -> c.securityContextRepository(contexts))
                // No servlet session: signing in makes a stored session (StoredSessions), keys and tokens none.
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new ApiKeyFilter(keys), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(a -> {
                    a.requestMatchers("/admin/**").hasRole(Role.ADMIN.name());
                    if (properties.reads() == SecurityProperties.Reads.READER) {
                        a.requestMatchers("/graphql", "/graphql/**", "/export/**", "/reconcile", "/reconcile/**").hasRole(Role.READER.name());
                    }
                    a.anyRequest().permitAll();
                })
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, ex) -> refuse(response, 401, "UNAUTHORIZED",
                                "this needs a credential: send an API key in the " + ApiKeys.HEADER
                                        + " header, or a bearer token"))
                        .accessDeniedHandler((request, response, ex) -> refuse(response, 403, "FORBIDDEN",
                                ex instanceof CsrfException ? "this request carries a session cookie (or signs in) but not the "
                                        + "CSRF token: send the XSRF-TOKEN cookie's value (GET /session gives it) in the "
                                        + "X-XSRF-TOKEN header; in the page, reload it"
                                : request.getRequestURI().startsWith("/admin/")
                                        ? "this needs the ADMIN role, and your credential gives "
                                                + Access.highest(SecurityContextHolder.getContext().getAuthentication())
                                        : "this needs the READER role")));
        if (jwt.getIfAvailable() != null) {
            http.oauth2ResourceServer(o -> o
                    .jwt(j -> j.jwtAuthenticationConverter(token -> roles(token, properties.rolesClaim())))
                    .authenticationEntryPoint((request, response, ex) -> refuse(response, 401, "UNAUTHORIZED",
                            "the bearer token is not valid here (" + ex.getMessage() + ")")));
        }
        return http.build();
    }

    /** Where a signed-in person's security context lives between requests: their session, in the database. */
    @Bean
    StoredSessions securityContextRepository(SessionStore store, Environment environment) {
        return new StoredSessions(store, environment.getProperty("server.servlet.session.cookie.name", "AG_SESSION"),
                environment.getProperty("server.servlet.session.cookie.secure", Boolean.class, false));
    }

    /**
     * The CSRF token in a cookie the page's script reads and echoes in a header (a cross-site page can
     * make the browser send the cookie, not read it); {@code Secure} when the session cookie is.
     */
    @Bean
    CsrfTokenRepository csrfTokenRepository(Environment environment) {
        CookieCsrfTokenRepository repository = CookieCsrfTokenRepository.withHttpOnlyFalse();
        boolean secure = environment.getProperty("server.servlet.session.cookie.secure", Boolean.class, false);
        repository.setCookieCustomizer(c -> c.sameSite("Strict").secure(secure).path("/"));
        return repository;
    }

    /**
     * The CSRF token is asked of a request that changes something and either signs in or carries a
     * session cookie without a key or a bearer token (a browser adds cookies by itself, never those
     * headers). Tools with keys, tokens or nothing keep working without it.
     */
    static boolean needsCsrfToken(HttpServletRequest request, boolean carriesSessionCookie) {
        String method = request.getMethod();
        if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS") || method.equals("TRACE")) {
            return false;
        }
        if (request.getHeader(ApiKeys.HEADER) != null || request.getHeader("Authorization") != null) {
            return false;
        }
        return carriesSessionCookie || request.getRequestURI().equals("/session");
    }

    /**
     * No observation per security filter and per authorisation decision: with an observation registry
     * present, Spring Security wraps each of its filters in one, a visible share of a short request's
     * time in a profile of the peer benchmark (BENCHMARKS.md). The request itself is still
     * observed ({@code http.server.requests}, with its status: refusals are counted there), and so is
     * each authentication of a credential.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.withDefaults().shouldObserveRequests(false)
                .shouldObserveAuthorizations(false).shouldObserveAuthentications(true).build();
    }

    /** A token must also name the configured issuer (with its expiry checked), where the decoder was given a key. */
    @Bean
    static BeanPostProcessor jwtIssuerCheck(Environment environment) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                String issuer = environment.getProperty("alliance-graph.security.jwt-issuer");
                if (bean instanceof NimbusJwtDecoder decoder && issuer != null && !issuer.isBlank()) {
                    decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(issuer));
                }
                return bean;
            }
        };
    }

    /** The token's roles from its claim (a list, or a space-separated string), each with the roles below it. */
    static AbstractAuthenticationToken roles(Jwt token, String claim) {
        Object value = token.getClaims().get(claim);
        Collection<?> names = value instanceof Collection<?> c ? c : value instanceof String s ? List.of(s.split("\\s+")) : List.of();
        List<GrantedAuthority> authorities = new ArrayList<>();
        for (Object name : names) {
            Role role = Role.parse(String.valueOf(name));
            if (role != null) {
                role.authorities().stream().filter(a -> !authorities.contains(a)).forEach(authorities::add);
            }
        }
        return new JwtAuthenticationToken(token, authorities, token.getSubject());
    }

    static void refuse(HttpServletResponse response, int status, String classification, String message) throws IOException {
        ErrorBody.write(response, status, classification, message);
    }

    /** A presented API key becomes the caller's credential; an unknown one is refused at once. */
    static final class ApiKeyFilter extends OncePerRequestFilter {

        private final ApiKeys keys;

        ApiKeyFilter(ApiKeys keys) {
            this.keys = keys;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String presented = request.getHeader(ApiKeys.HEADER);
            if (presented != null) {
                Role role = keys.roleOf(presented);
                if (role == null) {
                    refuse(response, 401, "UNAUTHORIZED", "the " + ApiKeys.HEADER + " header does not hold a valid API key");
                    return;
                }
                var authentication = UsernamePasswordAuthenticationToken.authenticated(
                        "api-key " + role + " " + ApiKeys.hash(presented).substring(0, ApiKeys.PREFIX.length() + 8), null,
                        role.authorities());
                SecurityContextHolder.getContext().setAuthentication(authentication);
            }
            chain.doFilter(request, response);
        }
    }
}
