package org.alliancegraph.importer;

import java.util.List;

import org.alliancegraph.graph.NodeLabel;

/**
 * The import format (docs/import-format.md): the files a folder may hold, each with its required and
 * optional columns, in the order they are read.
 */
final class ImportFiles {

    private ImportFiles() {
    }

    static final CsvFile SOURCES = new CsvFile("sources.csv", CsvFile.columns("id", "title"),
            CsvFile.columns("publisher", "date", "url", "kind", "file"));
    static final CsvFile PROGRAMMES = new CsvFile("programmes.csv", CsvFile.columns("id", "name", "source"),
            CsvFile.columns("acronym", "description", "start_date", "end_date", "run_by", "quote", "page"));
    static final CsvFile ORGANISATIONS = new CsvFile("organisations.csv", CsvFile.columns("id", "name", "kind", "source"),
            CsvFile.columns("acronym", "territory", "siren", "rna", "size", "sector", "website", "inferred", "quote", "page"));
    static final CsvFile ALLIANCES = new CsvFile("alliances.csv", CsvFile.columns("id", "name", "mode", "source"),
            CsvFile.columns("status", "phase", "phase_since", "start_date", "end_date", "objectives", "territories",
                    "sdg_targets", "sdg_basis", "sdg_note", "fragility_domains", "impacts", "programmes", "inferred",
                    "quote", "page"));
    static final CsvFile PHASES = new CsvFile("phases.csv", CsvFile.columns("alliance", "phase", "since"),
            CsvFile.columns("until", "source", "quote", "page"));
    static final CsvFile MEMBERSHIPS = new CsvFile("memberships.csv",
            CsvFile.columns("alliance", "organisation", "role", "source"),
            CsvFile.columns("since", "until", "inferred", "quote", "page", "speaker"));
    /** A further source of an organisation, alliance or programme (the row's own is its first). */
    static final CsvFile CITATIONS = new CsvFile("citations.csv", CsvFile.columns("kind", "id", "source"),
            CsvFile.columns("quote", "page"));
    /** An SDG contribution whose basis or note differs from its alliance row's. */
    static final CsvFile SDG_CONTRIBUTIONS = new CsvFile("sdg_contributions.csv",
            CsvFile.columns("alliance", "target", "basis"), CsvFile.columns("note"));

    /** The files an import folder may hold, in the order they are read. */
    static final List<CsvFile> FILES = List.of(SOURCES, PROGRAMMES, ORGANISATIONS, ALLIANCES, PHASES, MEMBERSHIPS,
            CITATIONS, SDG_CONTRIBUTIONS);

    /** What a row of citations.csv may cite, each with the label its id is looked up under. */
    enum CitedKind {
        ORGANISATION(NodeLabel.Organisation), ALLIANCE(NodeLabel.Alliance), PROGRAMME(NodeLabel.Programme);

        final NodeLabel label;

        CitedKind(NodeLabel label) {
            this.label = label;
        }
    }
}
