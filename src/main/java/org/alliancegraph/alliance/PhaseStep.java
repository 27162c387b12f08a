package org.alliancegraph.alliance;

import java.time.LocalDate;

import org.alliancegraph.graph.Label;
import org.alliancegraph.source.Provenance;
import org.alliancegraph.vocabulary.InnovationPhase;

/** One phase an alliance went through, from {@code since} to {@code until} (open while current). */
public record PhaseStep(InnovationPhase phase, LocalDate since, LocalDate until, Provenance provenance) {

    public Label label() {
        return Label.of(phase);
    }
}
