package org.alliancegraph.organisation;

import java.time.LocalDate;
import java.util.List;

import org.alliancegraph.alliance.Alliance;
import org.alliancegraph.graph.Label;
import org.alliancegraph.graph.Rows;
import org.alliancegraph.source.Provenance;
import org.alliancegraph.source.Source;
import org.alliancegraph.vocabulary.PartnerRole;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;

/** An organisation's part in an alliance (a PARTNER_IN relationship), with its provenance. */
public record Membership(Organisation organisation, Alliance alliance, PartnerRole role, LocalDate since,
        LocalDate until, List<String> inferred, Provenance provenance) {

    public Label roleLabel() {
        return Label.of(role);
    }

    /** From a row with {@code o {.*}, r {.*}, a {.*}, s {.*}} columns. */
    public static Membership from(Record row) {
        return from((MapAccessor) row);
    }

    /** From a map (or row) with {@code o}, {@code r}, {@code a} and {@code s} entries. */
    public static Membership from(MapAccessor row) {
        Value r = row.get("r");
        return new Membership(Organisation.from(row.get("o")), Alliance.from(row.get("a")),
                Rows.enumValue(r, "role", PartnerRole.class), Rows.date(r, "since"), Rows.date(r, "until"),
                Rows.strings(r, "inferred"),
                new Provenance(Source.from(row.get("s")), Rows.str(r, "quote"), Rows.str(r, "page"), Rows.str(r, "speaker")));
    }
}
