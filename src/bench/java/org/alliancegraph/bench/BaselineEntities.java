package org.alliancegraph.bench;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;
import org.springframework.data.neo4j.core.schema.Relationship;
import org.springframework.data.neo4j.core.schema.RelationshipId;
import org.springframework.data.neo4j.core.schema.RelationshipProperties;
import org.springframework.data.neo4j.core.schema.TargetNode;

/**
 * The naive baseline's Spring Data Neo4j entities: what a first implementation would map. They live
 * only in the benchmark; the service reads through {@code Neo4jClient} into records.
 */
public final class BaselineEntities {

    private BaselineEntities() {
    }

    @Node("Organisation")
    public record BOrganisation(@Id String id, String name, String kind) {
    }

    @RelationshipProperties
    public record BMember(@RelationshipId String elementId, String role, LocalDate since, LocalDate until,
            @TargetNode BOrganisation organisation) {
    }

    @Node("Alliance")
    public record BAlliance(@Id String id, String name, String mode, String status, String currentPhase,
            String objectives, LocalDate startDate, LocalDate endDate, List<String> inferred,
            @Relationship(type = "PARTNER_IN", direction = Relationship.Direction.INCOMING) List<BMember> members) {
    }

    @Node("Territory")
    public record BTerritory(@Id String id, String code, String name, String level, Long population) {
    }

    @Node("SdgTarget")
    public record BSdgTarget(@Id String code, String titleFr, String titleEn, String uri, Integer rank) {
    }

    @Node("FragilityDomain")
    public record BFragilityDomain(@Id String code, String labelFr, String labelEn, Integer rank, String parent) {
    }
}
