package org.alliancegraph.ecosystem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.alliancegraph.alliance.Alliance;
import org.alliancegraph.alliance.AllianceFilter;
import org.alliancegraph.alliance.PartnerRole;
import org.alliancegraph.api.InvalidInputException;
import org.alliancegraph.graph.Conditions;
import org.alliancegraph.graph.Rows;
import org.alliancegraph.organisation.Organisation;
import org.alliancegraph.partnership.PartnershipQueries;
import org.alliancegraph.sdg.SdgTarget;
import org.alliancegraph.territory.Territory;
import org.alliancegraph.territory.TerritoryIds;
import org.alliancegraph.territory.TerritoryLevel;
import org.alliancegraph.vocabulary.CodedTerm;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The two queries behind an ecosystem: which alliances and actors are in scope, then (only if an
 * analysis is asked for) the facts about them that coverage, gaps, mix, key actors and the subgraph
 * are computed from.
 */
@Component
@Transactional(readOnly = true)
class EcosystemQueries {

    /** Facts about one alliance in scope. */
    record AllianceFact(Alliance alliance, List<String> targets, List<String> domains, List<Member> members,
            List<String> subTerritories) {
    }

    record Member(Organisation organisation, PartnerRole role) {
    }

    /** An actor in scope and the sub-territories it is located in. */
    record ActorFact(Organisation organisation, List<String> subTerritories) {
    }

    /** {@code withCoverage}: false when only the memberships were read (the lists behind coverage are empty). */
    record Facts(List<AllianceFact> alliances, List<ActorFact> actors, List<Territory> subTerritories,
            List<SdgTarget> targets, List<CodedTerm> domains, boolean withCoverage) {
    }

    private final Neo4jClient client;
    private final PartnershipQueries partnerships;

    EcosystemQueries(Neo4jClient client, PartnershipQueries partnerships) {
        this.client = client;
        this.partnerships = partnerships;
    }

    /** Sub-territories are the next level down: régions of France, départements of a région, EPCIs of a département... */
    static List<String> childLevels(TerritoryLevel level) {
        return switch (level) {
            case PAYS -> List.of(TerritoryLevel.REGION.name(), TerritoryLevel.COLLECTIVITE_OUTRE_MER.name());
            case REGION -> List.of(TerritoryLevel.DEPARTEMENT.name());
            case DEPARTEMENT -> List.of(TerritoryLevel.EPCI.name());
            case COLLECTIVITE_OUTRE_MER, EPCI -> List.of(TerritoryLevel.COMMUNE.name());
            case COMMUNE -> List.of();
        };
    }

    Ecosystem resolve(EcosystemScope scope, AllianceFilter filter, boolean coverage) {
        int given = (scope.territory() != null ? 1 : 0) + (scope.programme() != null ? 1 : 0)
                + (scope.sdgTarget() != null ? 1 : 0) + (scope.sdgGoal() != null ? 1 : 0)
                + (scope.organisation() != null ? 1 : 0);
        if (given != 1) {
            throw new InvalidInputException("scope", "give exactly one of territory, programme, sdgTarget, sdgGoal, "
                    + "organisation (got " + given + ")");
        }
        if (scope.radius() != null && scope.organisation() == null) {
            throw new InvalidInputException("scope.radius", "'radius' goes with 'organisation'");
        }
        Conditions alliance = filter.apply(new Conditions(), "a", "f_");
        Map<String, Object> params = new HashMap<>(alliance.parameters());
        if (scope.organisation() != null) {
            return aroundOrganisation(scope, filter, alliance, params, coverage);
        }
        String match;
        String extraActors = "[]";
        ScopeKind kind;
        String id;
        if (scope.territory() != null) {
            kind = ScopeKind.TERRITORY;
            id = TerritoryIds.normalise(scope.territory()).orElseThrow(() -> new InvalidInputException("scope.territory",
                    "'" + scope.territory() + "' is not a territory id; write " + TerritoryIds.FORMS));
            match = "MATCH tp = (s)<-[:PART_OF*0..4]-(:Territory)<-[:ACTS_IN]-(a:Alliance) WHERE " + downTree("tp") + " AND ";
            extraActors = "[lp = (s)<-[:PART_OF*0..4]-(:Territory)<-[:LOCATED_IN]-(o:Organisation) WHERE "
                    + downTree("lp") + " | o.id]";
        } else if (scope.programme() != null) {
            kind = ScopeKind.PROGRAMME;
            id = scope.programme();
            match = "MATCH (s)<-[:IN_PROGRAMME]-(a:Alliance) WHERE ";
            extraActors = "[(s)-[:RUN_BY]->(o:Organisation) | o.id]";
        } else if (scope.sdgTarget() != null) {
            kind = ScopeKind.SDG_TARGET;
            id = scope.sdgTarget().strip();
            match = "MATCH (s)<-[:CONTRIBUTES_TO]-(a:Alliance) WHERE ";
        } else {
            kind = ScopeKind.SDG_GOAL;
            id = scope.sdgGoal().strip();
            match = "MATCH (s)<-[:PART_OF]-(:SdgTarget)<-[:CONTRIBUTES_TO]-(a:Alliance) WHERE ";
        }
        params.put("id", id);
        String label = switch (kind) {
            case TERRITORY -> "Territory {id: $id}";
            case PROGRAMME -> "Programme {id: $id}";
            case SDG_TARGET -> "SdgTarget {code: $id}";
            default -> "SdgGoal {code: $id}";
        };
        // The scope node is matched first so an unknown one is told apart from an empty one.
        String cypher = """
                MATCH (s:%s)
                CALL (s) {
                  OPTIONAL %s%s
                  RETURN collect(DISTINCT a.id) AS alliances
                }
                CALL (alliances) {
                  UNWIND alliances AS aid
                  MATCH (:Alliance {id: aid})<-[:PARTNER_IN]-(o:Organisation)
                  RETURN collect(DISTINCT o.id) AS partners
                }
                RETURN coalesce(s.name, s.titleEn) AS name, s.level AS level, alliances, partners, %s AS extra"""
                .formatted(label, match, alliance.cypher(), extraActors);
        var row = client.query(cypher).bindAll(params).fetch().one().orElseThrow(() -> new InvalidInputException(
                "scope", kind.name().toLowerCase().replace('_', ' ') + " '" + id + "' does not exist"));
        @SuppressWarnings("unchecked")
        List<String> alliances = (List<String>) row.get("alliances");
        Set<String> actors = new LinkedHashSet<>();
        @SuppressWarnings("unchecked")
        List<String> partners = (List<String>) row.get("partners");
        @SuppressWarnings("unchecked")
        List<String> extra = (List<String>) row.get("extra");
        actors.addAll(partners);
        actors.addAll(extra);
        String level = (String) row.get("level");
        List<String> children = kind == ScopeKind.TERRITORY ? childLevels(TerritoryLevel.valueOf(level)) : List.of();
        return new Ecosystem(new ScopeInfo(kind, id, (String) row.get("name"), null), filter, alliances,
                List.copyOf(actors), kind == ScopeKind.TERRITORY ? id : null, children, coverage, this);
    }

    /** An organisation with a radius: itself, the organisations within radius hops, and the alliances they reach through. */
    private Ecosystem aroundOrganisation(EcosystemScope scope, AllianceFilter filter, Conditions alliance,
            Map<String, Object> params, boolean coverage) {
        int radius = scope.radius() == null ? 1 : scope.radius();
        if (radius < 1 || radius > 3) {
            throw new InvalidInputException("scope.radius", "'radius' must be 1, 2 or 3, got " + radius);
        }
        String origin = scope.organisation();
        String name = client.query("MATCH (o:Organisation {id: $id}) RETURN o.name").bind(origin).to("id")
                .fetchAs(String.class).one().orElseThrow(() -> new InvalidInputException("scope.organisation",
                        "organisation '" + origin + "' does not exist"));
        // Ids and distances only: the partner edges (paths, shared alliances) are not needed here.
        Map<String, Integer> reached = partnerships.distances(origin, radius, filter);
        List<String> actors = new ArrayList<>();
        actors.add(origin);
        List<String> inner = new ArrayList<>(List.of(origin));
        reached.forEach((id, distance) -> {
            actors.add(id);
            if (distance < radius) {
                inner.add(id);
            }
        });
        // The alliances that the traversal goes through: those of organisations nearer than the radius.
        params.put("inner", inner);
        List<String> alliances = List.copyOf(client.query("""
                UNWIND $inner AS oid
                MATCH (:Organisation {id: oid})-[r:PARTNER_IN]->(a:Alliance)
                WHERE %s AND %s
                RETURN DISTINCT a.id""".formatted(alliance.cypher(), filter.membershipInForce("r", "f_")))
                .bindAll(params).fetchAs(String.class).all());
        return new Ecosystem(new ScopeInfo(ScopeKind.ORGANISATION, origin, name, radius), filter, alliances,
                List.copyOf(actors), null, List.of(), coverage, this);
    }

    /**
     * A path down from the scope territory to the territory an alliance acts in (or an actor is
     * located in) may end at an EPCI but not pass through one (see TerritoryIds.treePath).
     */
    private static String downTree(String p) {
        return "all(n IN nodes(" + p + ")[1..-2] WHERE n.level <> 'EPCI')";
    }

    /**
     * The facts the analyses are computed from. Without coverage, only who is in which alliance is
     * read: the territory, target and domain lists stay empty (and {@link Facts#withCoverage} says so).
     */
    Facts facts(Ecosystem e) {
        boolean coverage = e.coverageWanted();
        Map<String, Object> params = new HashMap<>();
        params.put("alliances", e.allianceIds());
        params.put("actors", e.actorIds());
        params.put("scopeTerritory", e.scopeTerritory());
        params.put("childLevels", e.childLevels());
        return client.query(coverage ? FACTS : MEMBERSHIP_FACTS).bindAll(params).fetchAs(Facts.class).mappedBy((t, r) -> {
            // Territory id -> the sub-territories of the scope it lies in, computed once from the
            // scope downwards (per alliance, the planner walked the whole tree under the scope:
            // 10-30 s for a large département of the L graph).
            Map<String, List<String>> childrenOf = new HashMap<>();
            if (coverage) {
                r.get("below").asList(v -> v).forEach(pair -> childrenOf
                        .computeIfAbsent(pair.get(0).asString(), k -> new ArrayList<>()).add(pair.get(1).asString()));
            }
            // Each organisation's properties come once, with the actors; alliances refer to them by id.
            // The actors hold every member of the scope's alliances, except for an organisation scope
            // whose filter leaves some memberships out of the traversal: those are read on their own.
            Map<String, Organisation> organisations = new HashMap<>();
            r.get("actors").asList(v -> v).forEach(v -> organisations.put(v.get("id").asString(), Organisation.from(v.get("o"))));
            Set<String> missing = new LinkedHashSet<>();
            r.get("alliances").asList(v -> v).forEach(v -> v.get("members").asList(m -> m.get("id").asString()).stream()
                    .filter(id -> !organisations.containsKey(id)).forEach(missing::add));
            if (!missing.isEmpty()) {
                client.query("UNWIND $ids AS id MATCH (o:Organisation {id: id}) RETURN o {.*} AS o")
                        .bind(List.copyOf(missing)).to("ids").fetchAs(Organisation.class)
                        .mappedBy((ts, row) -> Organisation.from(row.get("o"))).all()
                        .forEach(o -> organisations.put(o.id(), o));
            }
            return new Facts(
                    Rows.list(r.get("alliances"), v -> new AllianceFact(Alliance.from(v.get("a")),
                            Rows.strings(v, "targets"), Rows.strings(v, "domains"),
                            Rows.list(v.get("members"), m -> new Member(organisations.get(m.get("id").asString()),
                                    PartnerRole.valueOf(m.get("role").asString()))),
                            children(Rows.strings(v, "territories"), childrenOf))),
                    Rows.list(r.get("actors"), v -> new ActorFact(organisations.get(v.get("id").asString()),
                            children(Rows.strings(v, "territories"), childrenOf))),
                    Rows.list(r.get("children"), Territory::from),
                    Rows.list(r.get("targets"), SdgTarget::from),
                    Rows.list(r.get("domains"), CodedTerm::from),
                    coverage);
        }).one().orElseThrow();
    }

    private static final String FACTS = """
            CALL () {
              UNWIND $alliances AS aid
              MATCH (a:Alliance {id: aid})
              RETURN collect({
                a: a {.*},
                targets: [(a)-[:CONTRIBUTES_TO]->(t:SdgTarget) | t.code],
                domains: [(a)-[:ADDRESSES]->(d:FragilityDomain) | d.code],
                members: [(a)<-[r:PARTNER_IN]-(o:Organisation) | {id: o.id, role: r.role}],
                territories: [(a)-[:ACTS_IN]->(t:Territory) | t.id]
              }) AS alliances
            }
            CALL () {
              UNWIND $actors AS oid
              MATCH (o:Organisation {id: oid})
              RETURN collect({
                id: o.id,
                o: o {.*},
                territories: [(o)-[:LOCATED_IN]->(t:Territory) | t.id]
              }) AS actors
            }
            CALL () {
              OPTIONAL MATCH (c:Territory)-[:PART_OF]->(:Territory {id: $scopeTerritory})
              WHERE c.level IN $childLevels
              OPTIONAL MATCH q = (t:Territory)-[:PART_OF*0..4]->(c)
              WHERE all(n IN nodes(q)[1..-1] WHERE n.level <> 'EPCI')
              WITH t, c WHERE t IS NOT NULL
              RETURN collect([t.id, c.id]) AS below
            }
            CALL () {
              MATCH (c:Territory)-[:PART_OF]->(:Territory {id: $scopeTerritory})
              WHERE c.level IN $childLevels
              WITH c ORDER BY c.code
              RETURN collect(c {.*}) AS children
            }
            CALL () {
              MATCH (t:SdgTarget)
              WITH t ORDER BY toInteger(split(t.code, '.')[0]), t.rank
              RETURN collect(t {.*}) AS targets
            }
            CALL () {
              MATCH (d:FragilityDomain)
              WITH d ORDER BY d.code
              RETURN collect(d {.*}) AS domains
            }
            RETURN alliances, actors, below, children, targets, domains""";

    /** Who is in which alliance: what the subgraph, key actors and mix need. */
    private static final String MEMBERSHIP_FACTS = """
            CALL () {
              UNWIND $alliances AS aid
              MATCH (a:Alliance {id: aid})
              RETURN collect({
                a: a {.*},
                members: [(a)<-[r:PARTNER_IN]-(o:Organisation) | {id: o.id, role: r.role}]
              }) AS alliances
            }
            CALL () {
              UNWIND $actors AS oid
              MATCH (o:Organisation {id: oid})
              RETURN collect({id: o.id, o: o {.*}}) AS actors
            }
            RETURN alliances, actors, [] AS children, [] AS targets, [] AS domains""";

    /** The sub-territories of the scope that these territories lie in, each once. */
    private static List<String> children(List<String> territories, Map<String, List<String>> childrenOf) {
        return territories.stream().flatMap(t -> childrenOf.getOrDefault(t, List.of()).stream()).distinct().toList();
    }

}
