package org.alliancegraph.ecosystem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.alliancegraph.alliance.AllianceFilter;
import org.alliancegraph.api.InvalidInputException;
import org.alliancegraph.graph.CodedTerm;
import org.alliancegraph.graph.Reads;
import org.alliancegraph.graph.Rows;
import org.alliancegraph.graph.TerritoryIds;
import org.alliancegraph.organisation.Organisation;
import org.alliancegraph.organisation.OrganisationFilter;
import org.alliancegraph.partnership.PartnershipQueries;
import org.alliancegraph.sdg.SdgTarget;
import org.alliancegraph.territory.Territory;
import org.alliancegraph.territory.TerritoryLevel;
import org.alliancegraph.vocabulary.AllianceMode;
import org.alliancegraph.vocabulary.InnovationPhase;
import org.alliancegraph.vocabulary.PartnerRole;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The queries behind an ecosystem: which alliances and actors are in scope and, when the request asks
 * for an analysis, the facts that coverage, gaps, mix, key actors and the subgraph are computed from.
 * For a territory, programme or SDG scope both come from one statement, which walks from the scope to
 * its alliances and members once; an organisation scope reads its facts in a second one.
 */
@Component
class EcosystemQueries {

    /** What the analyses asked for need read: nothing, who is in which alliance, or everything. */
    enum FactsWanted {
        NONE, MEMBERSHIPS, FULL
    }

    /**
     * Facts about one alliance in scope: the few fields the analyses use, not the whole alliance. A
     * member appears once per membership; {@code roles}, in the same order, is null when the roles
     * were not read with the facts (then {@link #memberships} reads them for the subgraph).
     */
    record AllianceFact(String id, String name, AllianceMode mode, InnovationPhase phase, List<String> targets,
            List<String> domains, List<Organisation> members, List<PartnerRole> roles, List<String> subTerritories) {
    }

    /** One membership: who is in which alliance, as what. */
    record Membership(String alliance, String organisation, PartnerRole role) {
    }

    /** An actor in scope and the sub-territories it is located in. */
    record ActorFact(Organisation organisation, List<String> subTerritories) {
    }

    /** {@code withCoverage}: false when only the memberships were read (the lists behind coverage are empty). */
    record Facts(List<AllianceFact> alliances, List<ActorFact> actors, List<Territory> subTerritories,
            List<SdgTarget> targets, List<CodedTerm> domains, boolean withCoverage) {
    }

    /** Each territory level's sub-territory levels, as a parameter: the scope's level is read in the statement. */
    private static final Map<String, List<String>> CHILD_LEVELS = Arrays.stream(TerritoryLevel.values())
            .collect(Collectors.toMap(TerritoryLevel::name, EcosystemQueries::childLevels));

    /**
     * Up to this many alliances in scope, the roles are read with the facts when the subgraph is asked
     * for: a small scope's subgraph keeps most of its alliances, and a second statement would read them
     * again. Past it, the subgraph reads the roles of the alliances it keeps (at most its node budget):
     * for the largest région of the L graph (46,266 alliances) that saved a third of the facts.
     */
    static final int ROLES_WITH_FACTS_UP_TO = 5_000;

    private final Neo4jClient client;
    private final PartnershipQueries partnerships;

    EcosystemQueries(@Reads Neo4jClient client, PartnershipQueries partnerships) {
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

    /** @param subgraph whether the request asks for the subgraph, which shows the memberships' roles */
    Ecosystem resolve(EcosystemScope scope, AllianceFilter filter, FactsWanted wanted, boolean subgraph) {
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
        Map<String, Object> params = new HashMap<>();
        if (scope.organisation() != null) {
            return aroundOrganisation(scope, filter, params, wanted);
        }
        // Each scope gives its alliances ("scoped") and the actors it has besides their members ("extra").
        String scopeParts;
        ScopeKind kind;
        String id;
        if (scope.territory() != null) {
            kind = ScopeKind.TERRITORY;
            id = TerritoryIds.normalise(scope.territory()).orElseThrow(() -> new InvalidInputException("scope.territory",
                    "'" + scope.territory() + "' is not a territory id; write " + TerritoryIds.FORMS));
            // The territories under the scope first (a few hundred), then what acts or is located in them:
            // one path per territory, where a path per alliance cost twice as much on a large département.
            scopeParts = """
                    CALL (s) {
                      MATCH tp = (s)<-[:PART_OF*0..4]-(t:Territory) WHERE %s
                      RETURN collect(DISTINCT t) AS below
                    }
                    CALL (below) {
                      UNWIND below AS t
                      MATCH (t)<-[:ACTS_IN]-(a:Alliance) WHERE true /*hop(a)*/
                      WITH DISTINCT a
                      RETURN collect(a) AS scoped
                    }
                    CALL (below) {
                      UNWIND CASE WHEN $unallied OR $placeKey IS NULL THEN below ELSE [] END AS t
                      MATCH (t)<-[:LOCATED_IN]-(o:Organisation)
                      WITH DISTINCT o
                      WITH o, o:Allied AS allied
                      WITH collect(CASE WHEN allied OR $unallied THEN o END) AS extra, count(CASE WHEN NOT allied THEN 1 END) AS unalliedExtra
                      WHERE $unallied OR $placeKey IS NULL
                      RETURN extra, unalliedExtra
                      UNION
                      // A département or région without its unallied organisations: the allied ones from
                      // their place key (or, lying in several, their location), the others counted.
                      WITH below WHERE NOT $unallied AND $placeKey IS NOT NULL
                      CALL (below) {
                        UNWIND below AS t
                        RETURN sum(COUNT { (t)<-[:LOCATED_IN]-() }) AS located
                      }
                      CALL (below) {
                        CALL (below) {
                          MATCH (o:Allied) WHERE $placeKey = 'region' AND o.region = $id
                          RETURN o
                          UNION
                          MATCH (o:Allied) WHERE $placeKey = 'departement' AND o.departement = $id
                          RETURN o
                          UNION
                          MATCH (o:Allied) WHERE o.manyPlaces = true
                            AND ($placeKey = 'region' AND o.region IS NULL OR $placeKey = 'departement' AND o.departement IS NULL)
                            AND EXISTS { (o)-[:LOCATED_IN]->(t) WHERE t IN below }
                          RETURN o
                        }
                        RETURN collect(o) AS allied
                      }
                      RETURN allied AS extra, located - size(allied) AS unalliedExtra
                    }
                    """.formatted(downTree("tp"));
        } else if (scope.programme() != null) {
            kind = ScopeKind.PROGRAMME;
            id = scope.programme();
            scopeParts = """
                    CALL (s) {
                      MATCH (s)<-[:IN_PROGRAMME]-(a:Alliance) WHERE true /*hop(a)*/
                      WITH DISTINCT a
                      RETURN collect(a) AS scoped
                    }
                    CALL (s) {
                      MATCH (s)-[:RUN_BY]->(o:Organisation)
                      WITH DISTINCT o
                      WITH o, EXISTS { (o)-[:PARTNER_IN]->(:Alliance) } AS allied
                      RETURN collect(CASE WHEN allied OR $unallied THEN o END) AS extra, count(CASE WHEN NOT allied THEN 1 END) AS unalliedExtra
                    }
                    """;
        } else {
            kind = scope.sdgTarget() != null ? ScopeKind.SDG_TARGET : ScopeKind.SDG_GOAL;
            id = (scope.sdgTarget() != null ? scope.sdgTarget() : scope.sdgGoal()).strip();
            scopeParts = """
                    CALL (s) {
                      MATCH (s)%s<-[:CONTRIBUTES_TO]-(a:Alliance) WHERE true /*hop(a)*/
                      WITH DISTINCT a
                      RETURN collect(a) AS scoped
                    }
                    CALL () {
                      RETURN [] AS extra, 0 AS unalliedExtra
                    }
                    """.formatted(kind == ScopeKind.SDG_GOAL ? "<-[:PART_OF]-(:SdgTarget)" : "");
        }
        params.put("id", id);
        // With a filter, the scope's actors are the partners of the alliances it keeps: an organisation
        // located in the territory (or running the programme) with no such alliance is not in that view.
        params.put("withExtra", filter.isEmpty());
        params.put("unallied", scope.withUnallied());
        params.put("scopeTerritory", kind == ScopeKind.TERRITORY ? id : null);
        // The place key organisations carry for a département or a région (schema V004), or none.
        params.put("placeKey", kind != ScopeKind.TERRITORY ? null
                : OrganisationFilter.Place.of(id).map(OrganisationFilter.Place::key).orElse(null));
        params.put("childLevels", CHILD_LEVELS);
        params.put("rolesUpTo", subgraph ? ROLES_WITH_FACTS_UP_TO : -1);
        String label = switch (kind) {
            case TERRITORY -> "Territory {id: $id}";
            case PROGRAMME -> "Programme {id: $id}";
            case SDG_TARGET -> "SdgTarget {code: $id}";
            default -> "SdgGoal {code: $id}";
        };
        // The scope node is matched first so an unknown one is told apart from an empty one. The
        // members come in scope order, then the extra actors, each once.
        String cypher = """
                MATCH (s:%s)
                %sCALL (scoped) {
                  UNWIND scoped AS a
                  MATCH (a)<-[:PARTNER_IN]-(o:Organisation)
                  WITH DISTINCT o
                  RETURN collect(o) AS partners
                }
                CALL (partners, extra) {
                  UNWIND partners + CASE WHEN $withExtra THEN extra ELSE [] END AS o
                  WITH DISTINCT o
                  RETURN collect(o) AS actorNodes
                }
                %sRETURN coalesce(s.name, s.titleEn) AS name, unalliedExtra%s"""
                .formatted(label, scopeParts, factsParts(wanted), wanted == FactsWanted.NONE
                        ? ", [a IN scoped | a.id] AS alliances, [o IN actorNodes | o.id] AS actors" : factsColumns(wanted));
        // With facts, the ids are theirs, in the same order: reading them again cost a property read
        // per alliance and actor in scope.
        // The filter goes into the scope's slot (cypher/filters/alliance.cypher).
        AllianceFilter.Filled filled = filter.fill(cypher);
        params.putAll(filled.parameters());
        Ecosystem ecosystem = client.query(filled.cypher()).bindAll(params).fetchAs(Ecosystem.class).mappedBy((t, r) -> {
            ScopeInfo info = new ScopeInfo(kind, id, r.get("name").isNull() ? null : r.get("name").asString(), null);
            String territory = kind == ScopeKind.TERRITORY ? id : null;
            int unallied = r.get("unalliedExtra").asInt();
            if (wanted == FactsWanted.NONE) {
                List<String> alliances = r.get("alliances").asList(Value::asString);
                List<String> actors = r.get("actors").asList(Value::asString);
                return new Ecosystem(info, alliances, actors, () -> facts(alliances, actors, territory, FactsWanted.MEMBERSHIPS), unallied);
            }
            Facts facts = facts(r, wanted);
            return new Ecosystem(info, facts.alliances().stream().map(AllianceFact::id).toList(),
                    facts.actors().stream().map(a -> a.organisation().id()).toList(), () -> facts, unallied);
        }).one().orElseThrow(() -> new InvalidInputException("scope",
                        kind.name().toLowerCase().replace('_', ' ') + " '" + id + "' does not exist"));
        return ecosystem;
    }

    /** An organisation with a radius: itself, the organisations within radius hops, and the alliances they reach through. */
    private Ecosystem aroundOrganisation(EcosystemScope scope, AllianceFilter filter, Map<String, Object> params,
            FactsWanted wanted) {
        int radius = InvalidInputException.partnerDepth("scope.radius", scope.radius());
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
        AllianceFilter.Filled inScope = filter.fill("""
                UNWIND $inner AS oid
                MATCH (:Organisation {id: oid})-[r:PARTNER_IN]->(a:Alliance)
                WHERE true /*hop(a, r)*/
                RETURN DISTINCT a.id""");
        params.putAll(inScope.parameters());
        List<String> alliances = List.copyOf(client.query(inScope.cypher()).bindAll(params).fetchAs(String.class).all());
        List<String> actorIds = List.copyOf(actors);
        FactsWanted later = wanted == FactsWanted.FULL ? FactsWanted.FULL : FactsWanted.MEMBERSHIPS;
        return new Ecosystem(new ScopeInfo(ScopeKind.ORGANISATION, origin, name, radius), alliances,
                actorIds, () -> facts(alliances, actorIds, null, later), 0);
    }

    /**
     * A path down from the scope territory to the territory an alliance acts in (or an actor is
     * located in) may end at an EPCI but not pass through one (see TerritoryIds.alongTree).
     */
    private static String downTree(String p) {
        return TerritoryIds.alongTree(p);
    }

    /**
     * The facts of an ecosystem whose resolution did not read them (an organisation scope): its
     * alliances and actors looked up by id, then the same reads as in {@link #resolve}.
     */
    private Facts facts(List<String> allianceIds, List<String> actorIds, String scopeTerritory, FactsWanted wanted) {
        Map<String, Object> params = new HashMap<>();
        params.put("alliances", allianceIds);
        params.put("actorIds", actorIds);
        params.put("scopeTerritory", scopeTerritory);
        params.put("childLevels", CHILD_LEVELS);
        params.put("rolesUpTo", -1);
        String cypher = """
                CALL () {
                  UNWIND $alliances AS aid
                  MATCH (a:Alliance {id: aid})
                  RETURN collect(a) AS scoped
                }
                CALL () {
                  UNWIND $actorIds AS oid
                  MATCH (o:Organisation {id: oid})
                  RETURN collect(o) AS actorNodes
                }
                %sRETURN true AS found%s""".formatted(factsParts(wanted), factsColumns(wanted));
        return client.query(cypher).bindAll(params).fetchAs(Facts.class).mappedBy((t, r) -> facts(r, wanted)).one()
                .orElseThrow();
    }

    /**
     * The reads behind the facts, from the alliance nodes {@code scoped} and the organisation nodes
     * {@code actorNodes}. Alliances come as positional lists of the few fields the analyses use: on
     * the largest département of the L graph, maps of every property cost twice as much to ship. The
     * memberships' roles only for a small scope whose subgraph is asked for ({@link #ROLES_WITH_FACTS_UP_TO}).
     */
    private static String factsParts(FactsWanted wanted) {
        if (wanted == FactsWanted.NONE) {
            return "";
        }
        boolean full = wanted == FactsWanted.FULL;
        String parts = """
                CALL (scoped) {
                  WITH scoped, size(scoped) <= $rolesUpTo AS withRoles
                  UNWIND scoped AS a
                  RETURN collect([a.id, a.name, a.mode, a.currentPhase, [(a)<-[:PARTNER_IN]-(o:Organisation) | o.id],
                                  CASE WHEN withRoles THEN [(a)<-[r:PARTNER_IN]-(o:Organisation) | r.role] END%s]) AS allianceFacts
                }
                CALL (actorNodes) {
                  UNWIND actorNodes AS o
                  RETURN collect([o {.*}%s]) AS actorFacts
                }
                """.formatted(full ? """
                , [(a)-[:CONTRIBUTES_TO]->(t:SdgTarget) | t.code], [(a)-[:ADDRESSES]->(d:FragilityDomain) | d.code],
                      [(a)-[:ACTS_IN]->(t:Territory) | t.id]""" : "",
                full ? ", [(o)-[:LOCATED_IN]->(t:Territory) | t.id]" : "");
        if (!full) {
            return parts;
        }
        // Territory id -> the sub-territory of the scope it lies in, computed once from the scope
        // downwards (per alliance, the planner walked the whole tree under the scope again).
        return parts + """
                CALL () {
                  OPTIONAL MATCH (st:Territory {id: $scopeTerritory})
                  OPTIONAL MATCH (c:Territory)-[:PART_OF]->(st) WHERE c.level IN $childLevels[st.level]
                  WITH c ORDER BY c.code
                  RETURN collect(c) AS childNodes
                }
                CALL (childNodes) {
                  UNWIND childNodes AS c
                  MATCH q = (t:Territory)-[:PART_OF*0..4]->(c)
                  WHERE %s
                  RETURN collect([t.id, c.id]) AS childOf
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
                """.formatted(TerritoryIds.alongTree("q"));
    }

    private static String factsColumns(FactsWanted wanted) {
        return switch (wanted) {
            case NONE -> "";
            case MEMBERSHIPS -> ", allianceFacts, actorFacts";
            case FULL -> ", allianceFacts, actorFacts, childOf, [c IN childNodes | c {.*}] AS children, targets, domains";
        };
    }

    /** Alliance fact columns: id, name, mode, phase, member ids, roles or null, then (full) targets, domains, territories. */
    private Facts facts(Record r, FactsWanted wanted) {
        boolean coverage = wanted == FactsWanted.FULL;
        Map<String, List<String>> childrenOf = new HashMap<>();
        if (coverage) {
            r.get("childOf").asList(v -> v).forEach(pair -> childrenOf
                    .computeIfAbsent(pair.get(0).asString(), k -> new ArrayList<>()).add(pair.get(1).asString()));
        }
        // Each organisation's properties come once, with the actors; alliances refer to them by id.
        // The actors hold every member of the scope's alliances, except for an organisation scope
        // whose filter leaves some memberships out of the traversal: those are read on their own.
        List<Value> actorRows = r.get("actorFacts").asList(v -> v);
        Map<String, Organisation> organisations = HashMap.newHashMap(actorRows.size());
        actorRows.forEach(v -> {
            Organisation o = Organisation.from(v.get(0));
            organisations.put(o.id(), o);
        });
        List<Value> allianceRows = r.get("allianceFacts").asList(v -> v);
        // Each alliance's member ids converted once, for the check and for the facts.
        List<List<String>> memberIds = new ArrayList<>(allianceRows.size());
        Set<String> missing = new LinkedHashSet<>();
        for (Value v : allianceRows) {
            List<String> ids = v.get(4).asList(Value::asString);
            memberIds.add(ids);
            for (String id : ids) {
                if (!organisations.containsKey(id)) {
                    missing.add(id);
                }
            }
        }
        if (!missing.isEmpty()) {
            client.query("UNWIND $ids AS id MATCH (o:Organisation {id: id}) RETURN o {.*} AS o")
                    .bind(List.copyOf(missing)).to("ids").fetchAs(Organisation.class)
                    .mappedBy((ts, row) -> Organisation.from(row.get("o"))).all()
                    .forEach(o -> organisations.put(o.id(), o));
        }
        List<AllianceFact> alliances = new ArrayList<>(allianceRows.size());
        for (int i = 0; i < allianceRows.size(); i++) {
            Value v = allianceRows.get(i);
            List<Organisation> members = memberIds.get(i).stream().map(organisations::get).toList();
            List<PartnerRole> roles = v.get(5).isNull() ? null : v.get(5).asList(role -> PartnerRole.valueOf(role.asString()));
            alliances.add(new AllianceFact(v.get(0).asString(), v.get(1).isNull() ? null : v.get(1).asString(),
                    v.get(2).isNull() ? null : AllianceMode.valueOf(v.get(2).asString()),
                    v.get(3).isNull() ? null : InnovationPhase.valueOf(v.get(3).asString()),
                    coverage ? v.get(6).asList(Value::asString) : List.of(),
                    coverage ? v.get(7).asList(Value::asString) : List.of(), members, roles,
                    coverage ? children(v.get(8).asList(Value::asString), childrenOf) : List.of()));
        }
        List<ActorFact> actors = actorRows.stream().map(v -> new ActorFact(organisations.get(v.get(0).get("id").asString()),
                coverage ? children(v.get(1).asList(Value::asString), childrenOf) : List.of())).toList();
        return coverage
                ? new Facts(alliances, actors, Rows.list(r.get("children"), Territory::from),
                        Rows.list(r.get("targets"), SdgTarget::from), Rows.list(r.get("domains"), CodedTerm::from), true)
                : new Facts(alliances, actors, List.of(), List.of(), List.of(), false);
    }

    /** The memberships of these alliances with their roles, alliance by alliance in the order given. */
    List<Membership> memberships(List<String> allianceIds) {
        return List.copyOf(client.query("""
                UNWIND $ids AS aid
                MATCH (:Alliance {id: aid})<-[r:PARTNER_IN]-(o:Organisation)
                RETURN aid, o.id AS oid, r.role AS role""").bind(allianceIds).to("ids").fetchAs(Membership.class)
                .mappedBy((t, r) -> new Membership(r.get("aid").asString(), r.get("oid").asString(),
                        PartnerRole.valueOf(r.get("role").asString())))
                .all());
    }

    /** The sub-territories of the scope that these territories lie in, each once. */
    private static List<String> children(List<String> territories, Map<String, List<String>> childrenOf) {
        return territories.stream().flatMap(t -> childrenOf.getOrDefault(t, List.of()).stream()).distinct().toList();
    }

}
