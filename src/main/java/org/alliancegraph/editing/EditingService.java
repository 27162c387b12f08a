package org.alliancegraph.editing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.alliancegraph.access.Access;
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
import org.alliancegraph.graph.CypherText;
import org.alliancegraph.graph.NodeLabel;
import org.alliancegraph.history.ChangeLog.Subject;
import org.alliancegraph.history.ChangeLog;
import org.alliancegraph.organisation.Membership;
import org.alliancegraph.organisation.Organisation;
import org.alliancegraph.organisation.OrganisationQueries;
import org.alliancegraph.source.ProvenanceQueries;
import org.alliancegraph.source.Source;
import org.alliancegraph.territory.TerritoryPlaces;
import org.alliancegraph.vocabulary.EvidenceBasis;
import org.alliancegraph.writing.GraphWrites;
import org.alliancegraph.writing.WriteRows.AllianceRow;
import org.alliancegraph.writing.WriteRows.MembershipRow;
import org.alliancegraph.writing.WriteRows.OrganisationRow;
import org.alliancegraph.writing.WriteRows.PhaseRow;
import org.alliancegraph.writing.WriteRows.SourceRow;
import org.alliancegraph.writing.WriteRows;
import org.neo4j.driver.Record;
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

    private static final String MEMBERSHIP_CHECKS = CypherText.read("editing/membership-checks.cypher");
    private static final String MERGE_ORGANISATIONS = CypherText.read("editing/merge-organisations.cypher");
    private static final String DELETE_ORGANISATION = CypherText.read("editing/delete-organisation.cypher");
    private static final String ALLIANCE_FIELDS = CypherText.read("editing/alliance-fields.cypher");
    /** A membership's write and its change records, in one statement. */
    private static final String MEMBERSHIP_WRITE = GraphWrites.WRITE_MEMBERSHIPS + "\n"
            + CypherText.read("editing/membership-written.cypher");
    /** An organisation's checks, write, change record and read-back, in one statement. */
    private static final String ORGANISATION_WRITE = CypherText.read("editing/organisation-written.cypher")
            .replace("/*write*/", GraphWrites.WRITE_ORGANISATIONS);

    private final Neo4jClient client;
    private final OrganisationQueries organisations;
    private final AllianceQueries alliances;
    private final ProvenanceQueries sources;
    private final TerritoryPlaces places;
    private final WriteScope scope;
    private final ChangeLog changes;

    EditingService(Neo4jClient client, OrganisationQueries organisations, AllianceQueries alliances,
            ProvenanceQueries sources, TerritoryPlaces places, WriteScope scope, ChangeLog changes) {
        this.client = client;
        this.scope = scope;
        this.changes = changes;
        this.places = places;
        this.organisations = organisations;
        this.alliances = alliances;
        this.sources = sources;
    }

    Source upsertSource(SourceInput in) {
        Inputs.checkText("input", in);
        required("input.id", in.id());
        required("input.title", in.title());
        SourceRow row = new SourceRow(in.id(), in.title(), in.publisher(), in.date(), in.url(), in.kind(), in.file());
        refuse(row.problems(INPUT_FIELDS));
        Source before = sources.source(in.id()).orElse(null);
        scope.source(in.id(), before != null);
        write(GraphWrites.WRITE_SOURCES, row.parameters());
        Source after = sources.source(in.id()).orElseThrow();
        if (!after.equals(before)) {
            changes.record(Subject.Source, in.id(), "upsertSource", Inputs.given(in, "id"), null);
        }
        return after;
    }

    Organisation upsertOrganisation(OrganisationInput in) {
        Inputs.checkText("input", in);
        required("input.id", in.id());
        required("input.name", in.name());
        String territory = in.territory() == null ? null : TerritoryArgument.require("input.territory", in.territory());
        ProvenanceInput p = in.provenance() == null ? new ProvenanceInput(null, null, null) : in.provenance();
        OrganisationRow row = new OrganisationRow(in.id(), in.name(), in.kind(), in.acronym(), territory, in.siren(),
                in.rna(), in.size(), in.sector(), in.website(), list(in.inferred()), p.source(), p.quote(), p.page());
        refuse(row.problems(INPUT_FIELDS));
        sourceNamed("input.provenance", in.provenance());
        scope.organisation(in.id(), "input.id");
        TerritoryPlaces.PlaceIds at = places.placeIds(territory);
        Record written = client.query(ORGANISATION_WRITE)
                .bindAll(map("id", in.id(), "territory", territory, "source", p.source(),
                        "rows", List.of(GraphWrites.withPlaceKeys(GraphWrites.withContentHash(row.parameters()),
                                at.departements(), at.regions())), "by", Access.callerName(),
                        "operation", "upsertOrganisation", "fields", Inputs.given(in, "id", "expectedVersion")))
                .fetchAs(Record.class).mappedBy((t, r) -> r).one().orElseThrow();
        // A refusal here rolls back what the statement wrote.
        if (territory != null && !written.get("territoryFound").asBoolean()) {
            throw new InvalidInputException("input.territory", "Territory '" + territory + "' does not exist");
        }
        if (!written.get("sourceFound").asBoolean()) {
            throw new InvalidInputException("input.provenance.source", "Source '" + p.source() + "' does not exist");
        }
        long before = written.get("before").asLong();
        expectVersion(NodeLabel.Organisation, in.id(), before, in.expectedVersion());
        Organisation organisation = Organisation.from(written.get("o"));
        checkWritten(NodeLabel.Organisation, in.id(), in.expectedVersion(), before, organisation.version());
        return organisation;
    }

    Alliance upsertAlliance(AllianceInput in) {
        Inputs.checkText("input", in);
        required("input.id", in.id());
        required("input.name", in.name());
        List<String> territories = links(in.territories(), in.sdgTargets(), in.sdgBasis(), in.fragilityDomains(),
                in.impacts(), in.programmes(), true);
        ProvenanceInput p = in.provenance() == null ? new ProvenanceInput(null, null, null) : in.provenance();
        AllianceRow row = new AllianceRow(in.id(), in.name(), in.mode(), in.status(), null, null, in.startDate(),
                in.endDate(), in.objectives(), territories, list(in.sdgTargets()), in.sdgBasis(), in.sdgNote(),
                list(in.fragilityDomains()), list(in.impacts()), list(in.programmes()), list(in.inferred()), p.source(),
                p.quote(), p.page());
        refuse(row.problems(INPUT_FIELDS));
        provenance("input.provenance", in.provenance());
        scope.allianceBefore(in.id(), "input.id");
        long before = lockVersion(NodeLabel.Alliance, in.id(), in.expectedVersion());
        write(GraphWrites.WRITE_ALLIANCES, GraphWrites.withPlaces(GraphWrites.withContentHash(row.parameters()),
                places.placeIds(territories).all()));
        scope.allianceAfter(in.id(), "input.id");
        Alliance written = alliances.byId(in.id()).orElseThrow();
        checkWritten(NodeLabel.Alliance, in.id(), in.expectedVersion(), before, written.version());
        if (written.version() != before) {
            changes.record(Subject.Alliance, in.id(), "upsertAlliance", Inputs.given(in, "id", "expectedVersion"), written.version());
        }
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
        scope.allianceBefore(in.alliance(), "input.alliance");
        List<String> territories = links(in.territories(), in.sdgTargets(), in.sdgBasis(), in.fragilityDomains(),
                in.impacts(), in.programmes(), add);
        List<String> targets = list(in.sdgTargets());
        long before = lockVersion(NodeLabel.Alliance, in.alliance(), in.expectedVersion());
        client.query(add ? GraphWrites.LINK_ALLIANCE : GraphWrites.UNLINK_ALLIANCE).bindAll(map("id", in.alliance(),
                "territories", territories, "sdgTargets", targets, "sdgBasis", in.sdgBasis() == null ? null : in.sdgBasis().name(),
                "sdgNote", in.sdgNote(), "fragilityDomains", list(in.fragilityDomains()), "impacts", list(in.impacts()),
                "programmes", list(in.programmes()))).run();
        scope.allianceAfter(in.alliance(), "input.alliance");
        Alliance written = alliances.byId(in.alliance()).orElseThrow();
        checkWritten(NodeLabel.Alliance, in.alliance(), in.expectedVersion(), before, written.version());
        if (written.version() != before) {
            changes.record(Subject.Alliance, in.alliance(), add ? "linkAlliance" : "unlinkAlliance",
                    Inputs.given(in, "alliance", "expectedVersion"), written.version());
        }
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
            WriteRows.sdgBasisProblem(targets, sdgBasis).ifPresent(problem -> refuse(List.of(problem)));
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
        expectVersion(label, id, version, expected);
        return version;
    }

    /** Refuses the write when the client expected another version than {@code version} (-1: none), saying who changed it. */
    private void expectVersion(NodeLabel label, String id, long version, Integer expected) {
        if (expected != null && Math.max(version, 0) != expected) {
            String who = label == NodeLabel.Organisation || label == NodeLabel.Alliance
                    ? changes.lastChange(Subject.valueOf(label.name()), id).map(c -> " (" + c + ")").orElse("") : "";
            throw new ConflictException("input.expectedVersion", label.name() + " '" + id + "' is at version "
                    + Math.max(version, 0) + (version < 0 ? " (it does not exist)" : "") + ", not " + expected
                    + ": it changed since you read it" + who + "; reload it and apply your change to what it holds now");
        }
    }

    /**
     * A node created by two writers at once: the second one finds the first one's node, different from
     * its own row, and gives up. (An existing node was locked before its version was read: no race.)
     */
    private static void checkWritten(NodeLabel label, String id, Integer expected, long before, long after) {
        if (expected != null && before < 0 && after != 1) {
            throw new ConflictException("input.expectedVersion", label.name() + " '" + id + "' was written by someone else "
                    + "at the same time (now at version " + after + "); reload it and apply your change to what it holds now");
        }
    }

    Membership setMembership(MembershipInput in) {
        Inputs.checkText("input", in);
        ProvenanceInput p = sourceNamed("input.provenance", in.provenance());
        Map<String, Object> checked = client.query(MEMBERSHIP_CHECKS)
                .bindAll(map("alliance", in.alliance(), "organisation", in.organisation(), "source", p.source(),
                        "role", in.role() == null ? null : in.role().name()))
                .fetch().one().orElseThrow();
        found(checked, "allianceFound", NodeLabel.Alliance, in.alliance(), "input.alliance");
        found(checked, "organisationFound", NodeLabel.Organisation, in.organisation(), "input.organisation");
        found(checked, "sourceFound", NodeLabel.Source, p.source(), "input.provenance.source");
        scope.allianceBefore(in.alliance(), "input.alliance");
        MembershipRow row = new MembershipRow(in.alliance(), in.organisation(), in.role(), in.since(), in.until(),
                list(in.inferred()), p.source(), p.quote(), p.page(), null);
        refuse(row.problems(INPUT_FIELDS));
        client.query(MEMBERSHIP_WRITE).bindAll(map("rows", List.of(row.parameters()), "before", checked.get("state"),
                "by", Access.callerName(), "fields", Inputs.given(in, "alliance", "organisation"))).run();
        return membership(in).orElseThrow();
    }

    private Optional<Membership> membership(MembershipInput in) {
        return organisations.memberships(List.of(in.organisation())).getOrDefault(in.organisation(), List.of()).stream()
                .filter(m -> m.alliance().id().equals(in.alliance()) && m.role() == in.role()).findFirst();
    }

    private static final String REMOVE_MEMBERSHIP = CypherText.read("editing/remove-membership.cypher");

    boolean removeMembership(String alliance, String organisation, String role) {
        Inputs.checkText("alliance", alliance);
        Inputs.checkText("organisation", organisation);
        boolean removed = client.query(REMOVE_MEMBERSHIP).bindAll(Map.of("organisation", organisation, "alliance", alliance, "role", role))
                .fetchAs(Long.class).one().orElse(0L) > 0;
        if (removed) {
            changes.record(Subject.Alliance, alliance, "removeMembership " + organisation, List.of("role"), null);
            changes.record(Subject.Organisation, organisation, "removeMembership " + alliance, List.of("role"), null);
        }
        return removed;
    }

    /**
     * An alliance's own fields (name, mode, status, dates, objectives) changed, its links as they are:
     * the page's alliance form, where an upsert would have to restate every link. Repeating it changes nothing.
     */
    Alliance setAllianceFields(Inputs.AllianceFieldsInput in) {
        Inputs.checkText("input", in);
        exists(NodeLabel.Alliance, "id", in.alliance(), "input.alliance");
        required("input.name", in.name());
        if (in.mode() == null) {
            throw new InvalidInputException("input.mode", "an alliance has a mode");
        }
        if (in.startDate() != null && in.endDate() != null && in.endDate().isBefore(in.startDate())) {
            throw new InvalidInputException("input.endDate", "the end date " + in.endDate() + " is before the start date " + in.startDate());
        }
        provenance("input.provenance", in.provenance());
        scope.allianceBefore(in.alliance(), "input.alliance");
        lockVersion(NodeLabel.Alliance, in.alliance(), in.expectedVersion());
        Alliance current = alliances.byId(in.alliance()).orElseThrow();
        boolean same = current.name().equals(in.name().strip()) && current.mode() == in.mode()
                && Objects.equals(current.status(), in.status()) && Objects.equals(current.startDate(), in.startDate())
                && Objects.equals(current.endDate(), in.endDate()) && Objects.equals(current.objectives(), in.objectives());
        if (same) {
            return current;
        }
        Map<String, Object> p = map("id", in.alliance(), "name", in.name().strip(), "mode", in.mode().name(),
                "status", in.status() == null ? null : in.status().name(), "startDate", in.startDate(), "endDate", in.endDate(),
                "objectives", in.objectives(), "source", in.provenance().source(), "quote", in.provenance().quote(),
                "page", in.provenance().page());
        client.query(ALLIANCE_FIELDS).bindAll(p).run();
        client.query(GraphWrites.REFRESH_ALLIANCE_PLACES).bind(List.of(in.alliance())).to("ids").run();
        client.query(GraphWrites.REFRESH_ALLIANCE_TALLIES).bind(List.of(in.alliance())).to("ids").run();
        Alliance written = alliances.byId(in.alliance()).orElseThrow();
        changes.record(Subject.Alliance, in.alliance(), "setAllianceFields", Inputs.given(in, "alliance", "expectedVersion"),
                written.version());
        return written;
    }

    /**
     * Two organisations that are the same become {@code keep}: memberships, sources, identifiers and
     * location of {@code merge} kept, its id answering as an alias. Both must lie within an editor's limits.
     */
    Organisation mergeOrganisations(String keep, String merge) {
        Inputs.checkText("keep", keep);
        Inputs.checkText("merge", merge);
        if (keep.equals(merge)) {
            throw new InvalidInputException("merge", "an organisation is merged into another one, not into itself");
        }
        exists(NodeLabel.Organisation, "id", keep, "keep");
        exists(NodeLabel.Organisation, "id", merge, "merge");
        scope.organisation(keep, "keep");
        scope.organisation(merge, "merge");
        lockVersion(NodeLabel.Organisation, keep, null);
        client.query(MERGE_ORGANISATIONS).bindAll(Map.of("keep", keep, "merge", merge)).run();
        Organisation kept = organisations.byId(keep).orElseThrow();
        changes.record(Subject.Organisation, keep, "mergeOrganisations " + merge, List.of("merged " + merge), kept.version());
        changes.record(Subject.Organisation, merge, "mergeOrganisations into " + keep, List.of(), null);
        return kept;
    }

    /** Removes an organisation and its memberships (an administrator's correction of a mistake). */
    boolean deleteOrganisation(String id) {
        Inputs.checkText("id", id);
        boolean removed = client.query(DELETE_ORGANISATION).bind(id).to("id").fetchAs(Boolean.class).one().orElse(false);
        if (removed) {
            changes.record(Subject.Organisation, id, "deleteOrganisation", List.of(), null);
        }
        return removed;
    }

    private static final String CURRENT_PHASE = CypherText.read("editing/current-phase.cypher");

    /**
     * Moves an alliance to a phase from a date. History is append-only here: the previous phase is
     * closed at that date; a date before the current phase's start is refused (re-import phases.csv to
     * rewrite history). Repeating the same change does nothing.
     */
    Alliance setPhase(PhaseInput in) {
        Inputs.checkText("input", in);
        exists(NodeLabel.Alliance, "id", in.alliance(), "input.alliance");
        scope.allianceBefore(in.alliance(), "input.alliance");
        if (in.provenance() != null) {
            provenance("input.provenance", in.provenance());
        }
        Map<String, Object> current = client.query(CURRENT_PHASE)
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
            write(GraphWrites.WRITE_PHASES, new PhaseRow(in.alliance(), in.phase(), in.since(), null, p.source(), p.quote(),
                    p.page()).parameters());
            client.query(GraphWrites.CLOSE_PHASES).bind(List.of(in.alliance())).to("ids").run();
            changes.record(Subject.Alliance, in.alliance(), "setAlliancePhase", Inputs.given(in, "alliance"), null);
        }
        return alliances.byId(in.alliance()).orElseThrow();
    }

    // ------------------------------------------------------------------ checks

    private void write(String cypher, Map<String, Object> row) {
        client.query(cypher).bind(List.of(row)).to("rows").run();
    }

    private ProvenanceInput provenance(String path, ProvenanceInput p) {
        sourceNamed(path, p);
        exists(NodeLabel.Source, "id", p.source(), path + ".source");
        return p;
    }

    /** The input names a source (whether it exists is asked with the mutation's other checks). */
    private static ProvenanceInput sourceNamed(String path, ProvenanceInput p) {
        if (p == null || p.source() == null) {
            throw new InvalidInputException(path + ".source", "every fact needs the source it comes from");
        }
        return p;
    }

    /** Refuses the input when a check statement found no node for the value it names (null: none named). */
    private static void found(Map<String, Object> checked, String column, NodeLabel label, String value, String path) {
        if (value != null && !Boolean.TRUE.equals(checked.get(column))) {
            throw new InvalidInputException(path, label.name() + " '" + value + "' does not exist");
        }
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

    /** The inputs name fields as the rows do: {@code input.endDate}. */
    private static final UnaryOperator<String> INPUT_FIELDS = field -> field;

    /** The first problem a row's own rules find (WriteRows, the importer's rules too), at its input path. */
    private static void refuse(List<WriteRows.Problem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException("input." + problems.getFirst().field(), problems.getFirst().message());
        }
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
