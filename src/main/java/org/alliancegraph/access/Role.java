package org.alliancegraph.access;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * What a caller may do, each role including the ones below it: READER reads (when reads are not
 * public), EDITOR also writes (the mutations), ADMIN also imports through the service and deletes.
 */
public enum Role {
    READER, EDITOR, ADMIN;

    /** The authorities a caller with this role holds: its own and every role below it. */
    public List<GrantedAuthority> authorities() {
        return Arrays.stream(values()).filter(r -> r.ordinal() <= ordinal())
                .map(r -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
    }

    public String authority() {
        return "ROLE_" + name();
    }

    /** A role from a token's claim value (any case), or null when it names none. */
    static Role parse(String value) {
        try {
            return value == null ? null : valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
