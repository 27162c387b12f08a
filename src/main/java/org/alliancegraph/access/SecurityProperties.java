package org.alliancegraph.access;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may do what ({@code alliance-graph.security.*}).
 *
 * @param readerKeys    hashes of the API keys that give READER ({@code sha256:<hex>}, as {@code ./alliance-graph key} prints them)
 * @param editorKeys    hashes of the keys that give EDITOR (writes)
 * @param adminKeys     hashes of the keys that give ADMIN (imports through the service, deletions)
 * @param editorApiKeys editor keys written in clear (older configurations; prefer {@code editor-keys} with hashes)
 * @param reads         PUBLIC (anyone reads, the default) or READER (reads need a key or token too)
 * @param rolesClaim    the claim of a JWT bearer token that lists its roles (a list or a space-separated string)
 * @param jwtIssuer     the issuer a token must name, where the decoder is given a key
 *                      ({@code spring.security.oauth2.resourceserver.jwt.public-key-location}) rather than an
 *                      {@code issuer-uri} (which checks the issuer itself)
 */
@ConfigurationProperties("alliance-graph.security")
public record SecurityProperties(@DefaultValue List<String> readerKeys, @DefaultValue List<String> editorKeys,
        @DefaultValue List<String> adminKeys, @DefaultValue List<String> editorApiKeys,
        @DefaultValue("PUBLIC") Reads reads, @DefaultValue("roles") String rolesClaim, String jwtIssuer) {

    public enum Reads {
        PUBLIC, READER
    }
}
