package org.alliancegraph.alliance;

import java.time.LocalDate;
import java.util.List;

import org.alliancegraph.graph.Label;
import org.alliancegraph.graph.Rows;
import org.alliancegraph.vocabulary.AllianceMode;
import org.alliancegraph.vocabulary.AllianceStatus;
import org.alliancegraph.vocabulary.InnovationPhase;
import org.neo4j.driver.Value;

/** An alliance: a partnership of several organisations with its own purpose, dates and phase. */
public record Alliance(String id, String name, AllianceMode mode, AllianceStatus status, InnovationPhase currentPhase,
        String objectives, LocalDate startDate, LocalDate endDate, List<String> inferred, long version) {

    public Label modeLabel() {
        return Label.of(mode);
    }

    public Label statusLabel() {
        return Label.of(status);
    }

    public Label currentPhaseLabel() {
        return Label.of(currentPhase);
    }

    public static Alliance from(Value v) {
        return new Alliance(Rows.str(v, "id"), Rows.str(v, "name"), Rows.enumValue(v, "mode", AllianceMode.class),
                Rows.enumValue(v, "status", AllianceStatus.class), Rows.enumValue(v, "currentPhase", InnovationPhase.class),
                Rows.str(v, "objectives"), Rows.date(v, "startDate"), Rows.date(v, "endDate"), Rows.strings(v, "inferred"),
                Rows.version(v));
    }
}
