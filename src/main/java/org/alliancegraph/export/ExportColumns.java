package org.alliancegraph.export;

import java.util.ArrayList;
import java.util.List;

/** The columns each shape declares, in file order: organisations' and alliances' facts, then metrics and sources. */
final class ExportColumns {

    static final List<Column> ORGANISATION = List.of(
            Column.text("nodeType", "Type de nœud", "Node type"),
            Column.text("kind", "Type d’acteur (code)", "Actor kind (code)"),
            Column.text("kindLabel", "Type d’acteur", "Actor kind"),
            Column.text("acronym", "Sigle", "Acronym"),
            Column.text("siren", "SIREN", "SIREN"),
            Column.text("territoryIds", "Territoire (identifiant)", "Territory (id)"),
            Column.text("territoryNames", "Territoire", "Territory"),
            Column.text("departements", "Département", "Département"),
            Column.text("regions", "Région", "Région"));

    static final List<Column> ALLIANCE = List.of(
            Column.text("mode", "Mode d’alliance (code)", "Alliance mode (code)"),
            Column.text("modeLabel", "Mode d’alliance", "Alliance mode"),
            Column.text("phase", "Phase d’innovation (code)", "Innovation phase (code)"),
            Column.text("phaseLabel", "Phase d’innovation", "Innovation phase"),
            Column.text("status", "Statut (code)", "Status (code)"),
            Column.text("statusLabel", "Statut", "Status"),
            new Column("startDate", Column.Type.DATE, "Date de début", "Start date"),
            new Column("endDate", Column.Type.DATE, "Date de fin", "End date"),
            Column.text("sdgTargets", "Cibles ODD", "SDG targets"),
            Column.text("programmes", "Programmes (dispositifs)", "Programmes"));

    static final Column DEGREE = new Column("degree", Column.Type.INTEGER, "Degré", "Degree");
    static final Column BETWEENNESS = new Column("betweenness", Column.Type.DOUBLE,
            "Intermédiarité (score de passerelle)", "Betweenness (bridge score)");
    static final List<Column> SOURCES = List.of(
            Column.text("sources", "Sources (identifiants)", "Sources (ids)"),
            Column.text("quotes", "Citations des sources", "Source quotes"),
            Column.text("pages", "Pages", "Pages"));

    static final List<Column> MEMBERSHIP = List.of(
            Column.text("linkType", "Type de lien", "Link type"),
            Column.text("role", "Rôle (code)", "Role (code)"),
            Column.text("roleLabel", "Rôle", "Role"),
            new Column("since", Column.Type.DATE, "Depuis", "Since"),
            new Column("until", Column.Type.DATE, "Jusqu’au", "Until"),
            Column.text("sources", "Source (identifiant)", "Source (id)"),
            Column.text("quotes", "Citation de la source", "Source quote"),
            Column.text("pages", "Page", "Page"));

    static final List<Column> COPARTNERSHIP = List.of(
            Column.text("linkType", "Type de lien", "Link type"),
            new Column("sharedAlliances", Column.Type.INTEGER, "Alliances partagées", "Shared alliances"),
            Column.text("alliances", "Alliances (identifiants)", "Alliances (ids)"),
            Column.text("modes", "Modes des alliances", "Alliance modes"),
            new Column("since", Column.Type.DATE, "Depuis (première alliance)", "Since (first alliance)"),
            new Column("until", Column.Type.DATE, "Jusqu’au (dernière alliance)", "Until (last alliance)"));

    private ExportColumns() {
    }

    /** Node columns: organisations' (and alliances' for the bipartite graph), degree, betweenness when computed, sources. */
    static List<Column> nodes(ExportShape shape, boolean betweenness) {
        List<Column> columns = new ArrayList<>(ORGANISATION);
        if (shape == ExportShape.BIPARTITE) {
            columns.addAll(ALLIANCE);
        }
        columns.add(DEGREE);
        if (betweenness) {
            columns.add(BETWEENNESS);
        }
        columns.addAll(SOURCES);
        return List.copyOf(columns);
    }

    static List<Column> edges(ExportShape shape) {
        return shape == ExportShape.BIPARTITE ? MEMBERSHIP : COPARTNERSHIP;
    }
}
