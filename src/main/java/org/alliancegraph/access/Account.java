package org.alliancegraph.access;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * A person's account, as an administrator sees it (never its password hash). An editor with
 * programmes or territories is limited to them ({@link Scope}); without either, an editor writes anywhere.
 */
public record Account(String email, String name, Role role, List<String> programmes, List<String> territories,
        boolean disabled, ZonedDateTime createdAt, String createdBy, ZonedDateTime changedAt, String changedBy) {

    /** What this account may write. */
    public Scope scope() {
        return new Scope(programmes, territories);
    }
}
