package org.alliancegraph.editing;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.alliancegraph.api.InvalidInputException;
import org.alliancegraph.graph.TextRules;
import org.alliancegraph.vocabulary.AllianceMode;
import org.alliancegraph.vocabulary.AllianceStatus;
import org.alliancegraph.vocabulary.EvidenceBasis;
import org.alliancegraph.vocabulary.InnovationPhase;
import org.alliancegraph.vocabulary.OrganisationKind;
import org.alliancegraph.vocabulary.PartnerRole;

/** The GraphQL input types of the mutations. */
final class Inputs {

    private Inputs() {
    }

    /**
     * Applies the stored strings' rules ({@link TextRules}, the importer's too) to every string of an
     * input, nested inputs and lists included, naming the field by its path ({@code input.provenance.quote}).
     */
    static void checkText(String path, Object value) {
        switch (value) {
            case null -> {
            }
            case String text -> TextRules.problem(TextRules.kindOf(path), text).ifPresent(problem -> {
                throw new InvalidInputException(path, "'" + path + "' " + problem);
            });
            case List<?> list -> {
                for (Object element : list) {
                    checkText(path, element);
                }
            }
            case Record record -> {
                for (RecordComponent component : record.getClass().getRecordComponents()) {
                    try {
                        checkText(path + "." + component.getName(), component.getAccessor().invoke(record));
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
            default -> {
            }
        }
    }

    /** The names of a record input's fields that were given (not null, not an empty list), except {@code key}s. */
    static List<String> given(Record input, String... keys) {
        List<String> given = new ArrayList<>();
        for (RecordComponent component : input.getClass().getRecordComponents()) {
            try {
                Object value = component.getAccessor().invoke(input);
                boolean empty = value == null || value instanceof List<?> l && l.isEmpty();
                if (!empty && !List.of(keys).contains(component.getName())) {
                    given.add(component.getName());
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return given;
    }

    record ProvenanceInput(String source, String quote, String page) {
    }

    record SourceInput(String id, String title, String publisher, String date, String url, String kind, String file) {
    }

    record OrganisationInput(String id, String name, OrganisationKind kind, String acronym, String territory,
            String siren, String rna, String size, String sector, String website, List<String> inferred,
            ProvenanceInput provenance, Integer expectedVersion) {
    }

    record AllianceInput(String id, String name, AllianceMode mode, AllianceStatus status, LocalDate startDate,
            LocalDate endDate, String objectives, List<String> territories, List<String> sdgTargets,
            EvidenceBasis sdgBasis, String sdgNote, List<String> fragilityDomains, List<String> impacts,
            List<String> programmes, List<String> inferred, ProvenanceInput provenance, Integer expectedVersion) {
    }

    record AllianceLinksInput(String alliance, List<String> territories, List<String> sdgTargets, EvidenceBasis sdgBasis,
            String sdgNote, List<String> fragilityDomains, List<String> impacts, List<String> programmes,
            Integer expectedVersion) {
    }

    record MembershipInput(String alliance, String organisation, PartnerRole role, LocalDate since, LocalDate until,
            List<String> inferred, ProvenanceInput provenance) {
    }

    record AllianceFieldsInput(String alliance, String name, AllianceMode mode, AllianceStatus status, LocalDate startDate,
            LocalDate endDate, String objectives, ProvenanceInput provenance, Integer expectedVersion) {
    }

    record PhaseInput(String alliance, InnovationPhase phase, LocalDate since, ProvenanceInput provenance) {
    }
}
