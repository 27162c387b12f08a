package org.alliancegraph.access;

import java.io.Serializable;
import java.util.List;

/**
 * Where an editor may write: the alliances of these programmes, or acting in these territories (or
 * in a territory inside one of them), and the organisations taking part in those alliances. Both
 * lists empty: anywhere (API keys, tokens, unlimited accounts).
 */
public record Scope(List<String> programmes, List<String> territories) implements Serializable {

    public static final Scope EVERYWHERE = new Scope(List.of(), List.of());

    public Scope {
        programmes = programmes == null ? List.of() : List.copyOf(programmes);
        territories = territories == null ? List.of() : List.copyOf(territories);
    }

    public boolean limited() {
        return !programmes.isEmpty() || !territories.isEmpty();
    }

    /** "programmes phare and territories 53" as a refusal names them. */
    public String describe() {
        String p = programmes.isEmpty() ? "" : "programme" + (programmes.size() > 1 ? "s " : " ") + String.join(", ", programmes);
        String t = territories.isEmpty() ? "" : "territor" + (territories.size() > 1 ? "ies " : "y ") + String.join(", ", territories);
        return p.isEmpty() ? t : t.isEmpty() ? p : p + " and " + t;
    }
}
