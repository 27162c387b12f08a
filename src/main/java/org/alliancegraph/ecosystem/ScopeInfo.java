package org.alliancegraph.ecosystem;

/** The resolved scope: its kind, id, name and (for an organisation) radius. */
public record ScopeInfo(ScopeKind kind, String id, String name, Integer radius) {
}
