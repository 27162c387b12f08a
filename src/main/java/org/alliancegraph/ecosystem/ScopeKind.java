package org.alliancegraph.ecosystem;

public enum ScopeKind {
    TERRITORY, PROGRAMME, SDG_TARGET, SDG_GOAL, ORGANISATION
}
