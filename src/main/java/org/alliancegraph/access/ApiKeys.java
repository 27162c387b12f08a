package org.alliancegraph.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The API keys the operator configured, kept as SHA-256 hashes (a key is 32 random bytes, so a fast
 * hash is enough: there is nothing to guess), and the role a key presented in {@value #HEADER} gives.
 * Comparison is constant-time over every configured hash, so timing tells nothing about them.
 */
@Component
public class ApiKeys {

    public static final String HEADER = "X-API-Key";
    static final String PREFIX = "sha256:";

    private static final Logger log = LoggerFactory.getLogger(ApiKeys.class);

    private record Entry(byte[] hash, Role role) {
    }

    private final List<Entry> entries = new ArrayList<>();

    ApiKeys(SecurityProperties properties) {
        add(properties.readerKeys(), Role.READER, true);
        add(properties.editorKeys(), Role.EDITOR, true);
        add(properties.adminKeys(), Role.ADMIN, true);
        add(properties.editorApiKeys(), Role.EDITOR, false);
        if (properties.editorApiKeys().stream().anyMatch(k -> !k.isBlank())) {
            log.warn("alliance-graph.security.editor-api-keys holds keys in clear; configure their hashes in "
                    + "alliance-graph.security.editor-keys instead (./alliance-graph key EDITOR makes a key and its hash)");
        }
    }

    private void add(List<String> configured, Role role, boolean hashed) {
        for (String value : configured) {
            if (value.isBlank()) {
                continue;
            }
            String v = value.strip();
            if (hashed) {
                if (!v.toLowerCase(Locale.ROOT).startsWith(PREFIX) || v.length() != PREFIX.length() + 64) {
                    throw new IllegalStateException("alliance-graph.security." + role.name().toLowerCase(Locale.ROOT)
                            + "-keys: '" + (v.length() > 12 ? v.substring(0, 12) + "..." : v) + "' is not a key hash; "
                            + "write sha256:<64 hex digits>, as ./alliance-graph key " + role + " prints it");
                }
                entries.add(new Entry(HexFormat.of().parseHex(v.substring(PREFIX.length())), role));
            } else {
                entries.add(new Entry(sha256(v), role));
            }
        }
    }

    /** Whether any key is configured at all. */
    public boolean any() {
        return !entries.isEmpty();
    }

    /** The highest role the key gives, or null when it is no configured key. */
    public Role roleOf(String presented) {
        byte[] candidate = sha256(presented.strip());
        Role found = null;
        for (Entry e : entries) {
            // No early exit: every hash is compared.
            if (MessageDigest.isEqual(e.hash(), candidate) && (found == null || e.role().compareTo(found) > 0)) {
                found = e.role();
            }
        }
        return found;
    }

    /** A new random key for a role: 32 bytes, URL-safe, with a prefix saying which role it was made for. */
    public static String newKey(Role role) {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return "ag_" + role.name().toLowerCase(Locale.ROOT) + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /** What to configure for a key: {@code sha256:<hex>}. */
    public static String hash(String key) {
        return PREFIX + HexFormat.of().formatHex(sha256(key.strip()));
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
