package org.alliancegraph.workspace;

import java.util.List;
import java.util.Map;

/**
 * What an upload would do, shown before anything is written: how its sheets were read ({@code notes}),
 * the rows refused and why ({@code rejected}: nothing is written while there is one), the organisations
 * that may already be in the graph and what is chosen for each ({@code candidates}), and each
 * organisation, alliance, membership and source it names: new, changed (field by field) or unchanged.
 * {@code files} is the upload in the import format, what the importer checks and writes.
 */
record Plan(List<String> notes, List<Problem> rejected, List<Candidate> candidates, List<Item> items,
        Map<String, String> files) {

    /** A refused row: {@code where} is {@code sheet:row [header]}, as the person finds it in their file. */
    record Problem(String where, String sheet, int row, String column, String reason) {
    }

    /** A row that may be an organisation of the graph; {@code choice} is the id it will be written as, or "new". */
    record Candidate(String ref, String name, String where, String choice, List<Match> matches) {
    }

    record Match(String id, String name, String territory, String why) {
    }

    /** One node or membership of the upload; {@code status} NEW, CHANGED or UNCHANGED. */
    record Item(String kind, String id, String name, String status, List<FieldChange> changes, String where) {
    }

    record FieldChange(String field, String before, String after) {
    }

    boolean writable() {
        return rejected.isEmpty() && items.stream().anyMatch(i -> !i.status().equals("UNCHANGED"));
    }
}
