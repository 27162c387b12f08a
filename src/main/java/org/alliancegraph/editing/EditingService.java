package org.alliancegraph.editing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.alliancegraph.alliance.Alliance;
import org.alliancegraph.alliance.AllianceQueries;
import org.alliancegraph.api.ConflictException;
import org.alliancegraph.api.InvalidInputException;
import org.alliancegraph.api.TerritoryArgument;
import org.alliancegraph.editing.Inputs.AllianceInput;
import org.alliancegraph.editing.Inputs.AllianceLinksInput;
import org.alliancegraph.editing.Inputs.MembershipInput;
import org.alliancegraph.editing.Inputs.OrganisationInput;
import org.alliancegraph.editing.Inputs.PhaseInput;
import org.alliancegraph.editing.Inputs.ProvenanceInput;
import org.alliancegraph.editing.Inputs.SourceInput;
import org.alliancegraph.graph.NodeLabel;
import org.alliancegraph.organisation.Identifiers;
import org.alliancegraph.organisation.Membership;
import org.alliancegraph.organisation.Organisation;
import org.alliancegraph.organisation.OrganisationQueries;
import org.alliancegraph.source.ProvenanceQueries;
import org.alliancegraph.source.Source;
import org.alliancegraph.vocabulary.AllianceStatus;
import org.alliancegraph.vocabulary.EvidenceBasis;
import org.alliancegraph.writing.GraphWrites;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mutations' work: validate every field (naming it by its input path), then write with the same
 * statements as the importer, in one transaction, so a failed mutation leaves nothing half-written
 * and repeating one changes nothing. An upsert replaces the whole node: fields left out are cleared.
 */
@Service
@Transactional
class EditingService {

    private final Neo4jClient client;
    private final OrganisationQueries organisations;
    private final AllianceQueries alliances;
    private final ProvenanceQueries sources;

    EditingService(Neo4jClient client, OrganisationQueries organisations, AllianceQueries alliances,
            ProvenanceQueries sources) {
        this.client = client;
        this.organisations = organisations;
        this.alliances = alliances;
        this.sources = sources;
    }

    Source upsertSource(SourceInput in) {
        Inputs.checkText("input", in);
        required("input.id", in.id());
        required("input.title", in.title());
        url("input.url", in.url());
        if (in.date() != null && !in.date().matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            throw new InvalidInputException("input.date", "'" + in.date() + "' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD");
        }
        write(GraphWrites.WRITE_SOURCES, map("id", in.id(), "title", in.title(), "publisher", in.publisher(),
                "date", in.date(), "url", in.url(), "kind", in.kind(), "file", in.file()));
        return sources.source(in.id()).orElseThrow();
    }

    Organisation upsertOrganisation(OrganisationInput in) {
        Inputs.checkText("input", in);
        required("input.id", in.id());
        required("input.name", in.name());
        String siren = Identifiers.normaliseSiren(in.siren());
        if (siren != null) {
            Identifiers.sirenProblem(siren).ifPresent(p -> {
                throw new InvalidInputException("input.siren", p);
            });
        }
        if (in.rna() != null) {
            Identifiers.rnaProblem(in.rna()).ifPresent(p -> {
                throw new InvalidInputException("input.rna", p);
            });
        }
        url("input.website", in.website());
        String territory = in.territory() == null ? null : TerritoryArgument.require("input.territory", in.territory());
        if (territory != null) {
            exists(NodeLabel.Territory, "id", territory, "input.territory");
        }
        ProvenanceInput p = provenance("input.provenance", in.provenance());
        long before = lockVersion(NodeLabel.Organisation, in.id(), in.expectedVersion());
        write(GraphWrites.WRITE_ORGANISATIONS, GraphWrites.withContentHash(map("id", in.id(), "name", in.name(), "kind", in.kind().name(),
                "acronym", in.acronym(), "territory", territory, "siren", siren, "rna", in.rna(), "size", in.size(),
                "sector", in.sector(), "website", in.website(), "inferred", list(in.inferred()),
                "source", p.source(), "quote", p.quote(), "page", p.page())));
        Organisation written = organisations.byId(in.id()).orElseThrow();
        checkWritten(NodeLabel.Organisation, in.id(), in.expectedVersion(), before, written.version());
        return written;
    }

    Alliance upsertAlliance(AllianceInput in) {
        Inputs.checkText("input", in);
        required("input.id", in.id());
        required("input.name", in.name());
        order(in.startDate(), in.endDate(), "input.endDate", "endDate is before startDate");
        List<String> territories = links(in.territories(), in.sdgTargets(), in.sdgBasis(), in.fragilityDomains(),
                in.impacts(), in.programmes(), true);
        List<String> targets = list(in.sdgTargets());
        ProvenanceInput p = provenance("input.provenance", in.provenance());
        long before = lockVersion(NodeLabel.Alliance, in.id(), in.expectedVersion());
        write(GraphWrites.WRITE_ALLIANCES, GraphWrites.withContentHash(map("id", in.id(), "name", in.name(), "mode", in.mode().name(),
                "status", (in.status() == null ? AllianceStatus.INCONNU : in.status()).name(), "phase", null,
                "phaseSince", null, "startDate", in.startDate(), "endDate", in.endDate(), "objectives", in.objectives(),
                "territories", territories, "sdgTargets", targets,
                "sdgBasis", in.sdgBasis() == null ? null : in.sdgBasis().name(), "sdgNote", in.sdgNote(),
                "fragilityDomains", list(in.fragilityDomains()), "impacts", list(in.impacts()),
                "programmes", list(in.programmes()), "inferred", list(in.inferred()),
                "source", p.source(), "quote", p.quote(), "page", p.page())));
        Alliance written = alliances.byId(in.id()).orElseThrow();
        checkWritten(NodeLabel.Alliance, in.id(), in.expectedVersion(), before, written.version());
        return written;
    }

    /**
     * Adds ({@code add}) or removes links of one alliance, leaving its other links as they are: the
     * way to change one territory or target without a full upsert, so concurrent editors of different
     * links never undo each other.
     */
    Alliance changeLinks(AllianceLinksInput in, boolean add) {
        Inputs.checkText("input", in);
        exists(NodeLabel.Alliance, "id", in.alliance(), "input.alliance");
        List<String> territories = links(in.territories(), in.sdgTargets(), in.sdgBasis(), in.fragilityDomains(),
                in.impacts(), in.programmes(), add);
        List<String> targets = list(in.sdgTargets());
        long before = lockVersion(NodeLabel.Alliance, in.alliance(), in.expectedVersion());
        client.query(add ? GraphWrites.LINK_ALLIANCE : GraphWrites.UNLINK_ALLIANCE).bindAll(map("id", in.alliance(),
                "territories", territories, "sdgTargets", targets, "sdgBasis", in.sdgBasis() == null ? null : in.sdgBasis().name(),
                "sdgNote", in.sdgNote(), "fragilityDomains", list(in.fragilityDomains()), "impacts", list(in.impacts()),
                "programmes", list(in.programmes()))).run();
        Alliance written = alliances.byId(in.alliance()).orElseThrow();
        checkWritten(NodeLabel.Alliance, in.alliance(), in.expectedVersion(), before, written.version());
        return written;
    }

    /**
     * Checks an alliance's links as an input names them and returns its territories' ids. Links to
     * add must exist (and SDG targets come with their basis); links to remove need only be well formed.
     */
    private List<String> links(List<String> territoryIds, List<String> sdgTargets, EvidenceBasis sdgBasis,
            List<String> fragilityDomains, List<String> impacts, List<String> programmes, boolean mustExist) {
        List<String> territories = new ArrayList<>();
        for (String t : list(territoryIds)) {
            String id = TerritoryArgument.require("input.territories", t);
            if (mustExist) {
                exists(NodeLabel.Territory, "id", id, "input.territories");
            }
            territories.add(id);
        }
        if (mustExist) {
            List<String> targets = list(sdgTargets);
            targets.forEach(code -> exists(NodeLabel.SdgTarget, "code", code, "input.sdgTargets"));
            if (!targets.isEmpty() && sdgBasis == null) {
                throw new InvalidInputException("input.sdgBasis", "say why the alliance contributes to " + targets
                        + ": SOURCE (a source states it) or PURPOSE (inferred from its purpose)");
            }
            list(fragilityDomains).forEach(code -> exists(NodeLabel.FragilityDomain, "code", code, "input.fragilityDomains"));
            list(impacts).forEach(code -> exists(NodeLabel.ImpactType, "code", code, "input.impacts"));
            list(programmes).forEach(id -> exists(NodeLabel.Programme, "id", id, "input.programmes"));
        }
        return territories;
    }

    // ------------------------------------------------------------------ versions

    /**
     * Takes the node's write lock before reading its version (a read before the lock could be stale
     * by the time the write lands, and two writers would both count version n + 1), and checks it
     * against what the client expects. Returns the version, -1 when there is no such node yet.
     */
    private long lockVersion(NodeLabel label, String id, Integer expected) {
        // Label from code (an enum), never from the input.
        Long current = client.query("MATCH (n:" + label.cypher() + " {id: $id}) SET n.lockedForWrite = true "
                + "REMOVE n.lockedForWrite RETURN coalesce(n.version, 0) AS version")
                .bind(id).to("id").fetchAs(Long.class).one().orElse(null);
        long version = current == null ? -1 : current;
        if (expected != null && Math.max(version, 0) != expected) {
            throw new ConflictException("input.expectedVersion", label.name() + " '" + id + "' is at version "
                    + Math.max(version, 0) + (version < 0 ? " (it does not exist)" : "") + ", not " + expected
                    + ": it changed since you read it; read it again and apply your change to what it holds now");
        }
        return version;
    }

    /**
     * A node created by two writers at once: the second one finds the first one's node, different from
     * its own row, and gives up. (An existing node was locked before its version was read: no race.)
     */
    private static void checkWritten(NodeLabel label, String id, Integer expected, long before, long after) {
        if (expected != null && before < 0 && after != 1) {
            throw new ConflictException("input.expectedVersion", label.name() + " '" + id + "' was written by someone else "
                    + "at the same time (now at version " + after + "); read it again and apply your change to what it holds now");
        }
    }

    Membership setMembership(MembershipInput in) {
        Inputs.checkText("input", in);
        exists(NodeLabel.Alliance, "id", in.alliance(), "input.alliance");
        exists(NodeLabel.Organisation, "id", in.organisation(), "input.organisation");
        order(in.since(), in.until(), "input.until", "until is before since");
        ProvenanceInput p = provenance("input.provenance", in.provenance());
        write(GraphWrites.WRITE_MEMBERSHIPS, map("alliance", in.alliance(), "organisation", in.organisation(),
                "role", in.role().name(), "since", in.since(), "until", in.until(), "inferred", list(in.inferred()),
                "source", p.source(), "quote", p.quote(), "page", p.page()));
        return organisations.memberships(List.of(in.organisation())).get(in.organisation()).stream()
                .filter(m -> m.alliance().id().equals(in.alliance()) && m.role() == in.role()).findFirst().orElseThrow();
    }

    boolean removeMembership(String alliance, String organisation, String role) {
        Inputs.checkText("alliance", alliance);
        Inputs.checkText("organisation", organisation);
        return client.query("""
                MATCH (:Organisation {id: $organisation})-[r:PARTNER_IN {role: $role}]->(:Alliance {id: $alliance})
                DELETE r
                RETURN count(*) AS removed""").bindAll(Map.of("organisation", organisation, "alliance", alliance, "role", role))
                .fetchAs(Long.class).one().orElse(0L) > 0;
    }

    /**
     * Moves an alliance to a phase from a date. History is append-only here: the previous phase is
     * closed at that date; a date before the current phase's start is refused (re-import phases.csv to
     * rewrite history). Repeating the same change does nothing.
     */
    Alliance setPhase(PhaseInput in) {
        Inputs.checkText("input", in);
        exists(NodeLabel.Alliance, "id", in.alliance(), "input.alliance");
        if (in.provenance() != null) {
            provenance("input.provenance", in.provenance());
        }
        Map<String, Object> current = client.query("""
                MATCH (:Alliance {id: $id})-[r:AT_PHASE]->(p:InnovationPhase)
                RETURN p.code AS phase, r.since AS since ORDER BY r.since DESC, p.rank DESC LIMIT 1""")
                .bind(in.alliance()).to("id").fetch().one().orElse(Map.of());
        boolean same = in.phase().name().equals(current.get("phase")) && in.since().equals(current.get("since"));
        if (!same) {
            LocalDate since = (LocalDate) current.get("since");
            if (since != null && in.since().isBefore(since)) {
                throw new InvalidInputException("input.since", "the current phase " + current.get("phase") + " started on "
                        + since + "; a new phase cannot start before it (re-import phases.csv to rewrite the history)");
            }
            boolean visited = client.query("MATCH (:Alliance {id: $id})-[:AT_PHASE]->(:InnovationPhase {code: $phase}) RETURN count(*) > 0")
                    .bindAll(Map.of("id", in.alliance(), "phase", in.phase().name())).fetchAs(Boolean.class).one().orElse(false);
            if (visited) {
                throw new InvalidInputException("input.phase", "the alliance already went through " + in.phase()
                        + "; its history keeps one step per phase");
            }
            ProvenanceInput p = in.provenance() == null ? new ProvenanceInput(null, null, null) : in.provenance();
            write(GraphWrites.WRITE_PHASES, map("alliance", in.alliance(), "phase", in.phase().name(), "since", in.since(),
                    "until", null, "source", p.source(), "quote", p.quote(), "page", p.page()));
            client.query(GraphWrites.CLOSE_PHASES).bind(List.of(in.alliance())).to("ids").run();
        }
        return alliances.byId(in.alliance()).orElseThrow();
    }

    // ------------------------------------------------------------------ checks

    private void write(String cypher, Map<String, Object> row) {
        client.query(cypher).bind(List.of(row)).to("rows").run();
    }

    private ProvenanceInput provenance(String path, ProvenanceInput p) {
        if (p == null || p.source() == null) {
            throw new InvalidInputException(path + ".source", "every fact needs the source it comes from");
        }
        exists(NodeLabel.Source, "id", p.source(), path + ".source");
        return p;
    }

    private void exists(NodeLabel label, String key, String value, String path) {
        boolean found = client.query("MATCH (n:" + label.cypher() + " {" + key + ": $value}) RETURN count(n) > 0")
                .bind(value).to("value").fetchAs(Boolean.class).one().orElse(false);
        if (!found) {
            throw new InvalidInputException(path, label.name() + " '" + value + "' does not exist");
        }
    }

    private static void required(String path, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(path, "'" + path + "' must not be blank");
        }
    }

    private static void order(LocalDate from, LocalDate to, String path, String message) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInputException(path, message + " (" + to + " < " + from + ")");
        }
    }

    private static void url(String path, String url) {
        Identifiers.urlProblem(url).ifPresent(problem -> {
            throw new InvalidInputException(path, problem);
        });
    }

    private static List<String> list(List<String> values) {
        if (values == null) {
            return List.of();
        }
        Set<String> seen = new HashSet<>();
        return values.stream().map(String::strip).filter(seen::add).toList();
    }

    private static Map<String, Object> map(Object... keyValues) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }
}
