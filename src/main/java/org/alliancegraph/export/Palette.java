package org.alliancegraph.export;

import java.util.Map;

/**
 * The colours of the exports and of the explorer page (which reads them from the files): actor
 * kinds in distinct hues after Okabe and Ito's colour-blind-safe set, alliances in darker tones by
 * mode, so the two kinds of node stay apart.
 */
final class Palette {

    private static final Map<String, String> KINDS = Map.ofEntries(
            Map.entry("ASSOCIATION", "#E69F00"), Map.entry("ENTREPRISE", "#0072B2"),
            Map.entry("ENTREPRISE_SOCIALE", "#56B4E9"), Map.entry("FONDATION", "#CC79A7"),
            Map.entry("COLLECTIVITE_TERRITORIALE", "#009E73"), Map.entry("SERVICE_ETAT", "#00604A"),
            Map.entry("ACTEUR_PUBLIC", "#7FBF7B"), Map.entry("INVESTISSEUR_SOCIETAL", "#8C564B"),
            Map.entry("ACCOMPAGNATEUR", "#D55E00"), Map.entry("ACADEMIQUE", "#6A3D9A"),
            Map.entry("RESEAU", "#C9A800"), Map.entry("INITIATIVE_CITOYENNE", "#E7298A"),
            Map.entry("NON_PRECISE", "#999999"));

    private static final Map<String, String> MODES = Map.of(
            "MECENAT", "#7A1F1F", "PRATIQUES_RESPONSABLES", "#2F4F4F",
            "COOPERATION_ECONOMIQUE", "#1F3A73", "INNOVATION_SOCIETALE", "#5A3A0A");

    private Palette() {
    }

    static String kind(String kind) {
        return kind == null ? "#999999" : KINDS.getOrDefault(kind, "#999999");
    }

    static String mode(String mode) {
        return mode == null ? "#444444" : MODES.getOrDefault(mode, "#444444");
    }
}
