package org.alliancegraph.ecosystem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.alliancegraph.ecosystem.EcosystemQueries.AllianceFact;
import org.alliancegraph.ecosystem.EcosystemQueries.Facts;
import org.alliancegraph.ecosystem.EcosystemQueries.Membership;
import org.alliancegraph.graph.Label;
import org.alliancegraph.organisation.Organisation;
import org.alliancegraph.vocabulary.AllianceMode;
import org.alliancegraph.vocabulary.InnovationPhase;
import org.alliancegraph.vocabulary.OrganisationKind;
import org.alliancegraph.vocabulary.PartnerRole;

/** The analyses of an ecosystem, computed in memory from its facts (no further query). */
final class EcosystemAnalysis {

    record CoverageCount(String key, Label label, int alliances, int actors) {
    }

    record Coverage(List<CoverageCount> bySdgTarget, List<CoverageCount> byFragilityDomain, List<CoverageCount> byMode,
            List<CoverageCount> byPhase, List<CoverageCount> byActorKind, List<CoverageCount> bySubTerritory) {
    }

    record Gap(String key, Label label) {
    }

    record Gaps(List<Gap> sdgTargets, List<Gap> fragilityDomains, List<Gap> subTerritories,
            List<OrganisationKind> missingActorKinds) {
    }

    record SphereCombination(List<Sphere> spheres, int alliances) {
    }

    record CrossSectorMix(int alliances, int crossSector, double share, int tripartite,
            List<SphereCombination> byCombination) {
    }

    record KeyActor(Organisation organisation, int partners, double betweenness) {
    }

    enum CentralityMethod {
        EXACT, SAMPLED
    }

    record KeyActors(CentralityMethod method, int sources, List<KeyActor> byPartners, List<KeyActor> byBetweenness) {
    }

    record SubgraphNode(String id, String type, String label, OrganisationKind kind, AllianceMode mode,
            InnovationPhase phase, int degree) {
    }

    record SubgraphEdge(String id, String source, String target, String type, PartnerRole role) {
    }

    record Subgraph(List<SubgraphNode> nodes, List<SubgraphEdge> edges, boolean truncated) {
    }

    private EcosystemAnalysis() {
    }

    static Coverage coverage(Facts f) {
        Map<String, Label> targetLabels = new HashMap<>();
        f.targets().forEach(t -> targetLabels.put(t.code(), t.title()));
        Map<String, Label> domainLabels = new LinkedHashMap<>();
        f.domains().forEach(d -> domainLabels.put(d.code(), d.label()));

        List<CoverageCount> bySdg = facet(f, a -> a.targets(), targetLabels::get, null);
        bySdg = bySdg.stream().sorted(Comparator.comparing(c -> sdgSortKey(c.key()))).toList();
        List<CoverageCount> byDomain = facet(f, a -> a.domains(), domainLabels::get, domainLabels.keySet());
        List<CoverageCount> byMode = facet(f, a -> a.mode() == null ? List.of() : List.of(a.mode().name()),
                k -> Label.of(AllianceMode.valueOf(k)), names(AllianceMode.values()));
        List<CoverageCount> byPhase = facet(f, a -> a.phase() == null ? List.of()
                : List.of(a.phase().name()), k -> Label.of(InnovationPhase.valueOf(k)),
                names(InnovationPhase.values()));

        // Actor kinds: actors of that kind in scope, and alliances with at least one partner of that kind.
        Map<String, Set<String>> kindAlliances = new TreeMap<>();
        Map<String, Set<String>> kindActors = new TreeMap<>();
        for (OrganisationKind k : OrganisationKind.values()) {
            kindAlliances.put(k.name(), new HashSet<>());
            kindActors.put(k.name(), new HashSet<>());
        }
        f.actors().forEach(a -> kindActors.get(a.organisation().kind().name()).add(a.organisation().id()));
        for (AllianceFact a : f.alliances()) {
            for (Organisation m : a.members()) {
                kindAlliances.get(m.kind().name()).add(a.id());
            }
        }
        List<CoverageCount> byKind = Arrays.stream(OrganisationKind.values())
                .map(k -> new CoverageCount(k.name(), Label.of(k), kindAlliances.get(k.name()).size(), kindActors.get(k.name()).size()))
                .toList();

        // Sub-territories: alliances acting there (or below), actors located there (or below).
        Map<String, Set<String>> subAlliances = new LinkedHashMap<>();
        Map<String, Set<String>> subActors = new LinkedHashMap<>();
        f.subTerritories().forEach(t -> {
            subAlliances.put(t.id(), new HashSet<>());
            subActors.put(t.id(), new HashSet<>());
        });
        f.alliances().forEach(a -> a.subTerritories().forEach(c -> subAlliances.computeIfAbsent(c, k -> new HashSet<>()).add(a.id())));
        f.actors().forEach(a -> a.subTerritories().forEach(c -> subActors.computeIfAbsent(c, k -> new HashSet<>()).add(a.organisation().id())));
        List<CoverageCount> bySub = f.subTerritories().stream().map(t -> new CoverageCount(t.id(),
                new Label(t.name(), t.name()), subAlliances.get(t.id()).size(), subActors.get(t.id()).size())).toList();
        return new Coverage(bySdg, byDomain, byMode, byPhase, byKind, bySub);
    }

    /** Gaps are the zeros of the coverage, which the caller has usually computed already. */
    static Gaps gaps(Facts f, Coverage c) {
        Set<String> coveredTargets = new HashSet<>();
        c.bySdgTarget().forEach(x -> coveredTargets.add(x.key()));
        List<Gap> targets = f.targets().stream().filter(t -> !coveredTargets.contains(t.code()))
                .map(t -> new Gap(t.code(), t.title())).toList();
        List<Gap> domains = c.byFragilityDomain().stream().filter(x -> x.alliances() == 0).map(x -> new Gap(x.key(), x.label())).toList();
        List<Gap> subs = c.bySubTerritory().stream().filter(x -> x.alliances() == 0).map(x -> new Gap(x.key(), x.label())).toList();
        Set<OrganisationKind> present = EnumSet.noneOf(OrganisationKind.class);
        f.alliances().forEach(a -> a.members().forEach(m -> present.add(m.kind())));
        List<OrganisationKind> missing = Arrays.stream(OrganisationKind.values())
                .filter(k -> k != OrganisationKind.NON_PRECISE && !present.contains(k)).toList();
        return new Gaps(targets, domains, subs, missing);
    }

    static CrossSectorMix crossSectorMix(Facts f) {
        int cross = 0;
        int tripartite = 0;
        Map<List<Sphere>, Integer> combinations = new LinkedHashMap<>();
        for (AllianceFact a : f.alliances()) {
            EnumSet<Sphere> spheres = EnumSet.noneOf(Sphere.class);
            a.members().forEach(m -> Sphere.of(m.kind()).ifPresent(spheres::add));
            if (spheres.size() >= 2) {
                cross++;
            }
            if (spheres.containsAll(EnumSet.of(Sphere.ASSOCIATIF, Sphere.ECONOMIQUE, Sphere.PUBLIC))) {
                tripartite++;
            }
            combinations.merge(List.copyOf(spheres), 1, Integer::sum);
        }
        List<SphereCombination> byCombination = combinations.entrySet().stream()
                .map(e -> new SphereCombination(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingInt(SphereCombination::alliances).reversed()
                        .thenComparing(s -> s.spheres().toString()))
                .toList();
        int total = f.alliances().size();
        return new CrossSectorMix(total, cross, total == 0 ? 0 : (double) cross / total, tripartite, byCombination);
    }

    /**
     * Partners: distinct co-partners within the scope's alliances. Betweenness: on the bipartite graph
     * of organisations and alliances, so an organisation scores when it is the link between groups
     * that share no alliance.
     */
    static KeyActors keyActors(Facts f, int first) {
        Bipartite bipartite = Bipartite.of(f.alliances(), f.actors().size());
        List<Organisation> nodes = bipartite.nodes();
        int n = nodes.size();
        Centrality.Graph graph = bipartite.graph();
        int[] offsets = graph.offsets();
        int[] targets = graph.targets();
        Centrality.Result centrality = Centrality.betweenness(graph, Centrality.WORK_BUDGET);
        // Partners: the distinct members of an organisation's alliances but itself, counted with a
        // stamp per organisation rather than a set of ids.
        int[] seen = new int[n];
        Arrays.fill(seen, -1);
        List<KeyActor> actors = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            Organisation o = nodes.get(v);
            if (o == null) {
                continue;
            }
            int partners = 0;
            seen[v] = v;
            for (int e = offsets[v]; e < offsets[v + 1]; e++) {
                int alliance = targets[e];
                for (int x = offsets[alliance]; x < offsets[alliance + 1]; x++) {
                    int other = targets[x];
                    if (seen[other] != v) {
                        seen[other] = v;
                        partners++;
                    }
                }
            }
            actors.add(new KeyActor(o, partners, centrality.betweenness()[v]));
        }
        Comparator<KeyActor> byName = Comparator.comparing(k -> k.organisation().name());
        List<KeyActor> byPartners = actors.stream().filter(k -> k.partners() > 0)
                .sorted(Comparator.comparingInt(KeyActor::partners).reversed().thenComparing(byName)).limit(first).toList();
        List<KeyActor> byBetweenness = actors.stream().filter(k -> k.betweenness() > 0)
                .sorted(Comparator.comparingDouble(KeyActor::betweenness).reversed().thenComparing(byName)).limit(first).toList();
        return new KeyActors(centrality.exact() ? CentralityMethod.EXACT : CentralityMethod.SAMPLED, centrality.sources(),
                byPartners, byBetweenness);
    }

    /**
     * The organisation–alliance graph of some alliances in compressed rows: node {@code allianceNode[i]}
     * is alliance {@code i}, the other nodes are their distinct members ({@code nodes} holds null at an
     * alliance's place). Key actors and the exports' bridge scores are computed on it.
     */
    record Bipartite(List<Organisation> nodes, int[] allianceNode, Centrality.Graph graph) {

        static Bipartite of(List<AllianceFact> alliances, int actorsHint) {
            // Nodes: each alliance, then its members not seen before; organisations indexed by id once.
            Map<String, Integer> index = HashMap.newHashMap(alliances.size() + actorsHint);
            List<Organisation> nodes = new ArrayList<>();
            int[][] membersOf = new int[alliances.size()][];
            int[] allianceNode = new int[alliances.size()];
            for (int i = 0; i < alliances.size(); i++) {
                allianceNode[i] = nodes.size();
                nodes.add(null);
                List<Organisation> members = alliances.get(i).members();
                int[] distinct = new int[members.size()];
                int count = 0;
                for (Organisation m : members) {
                    int node = index.computeIfAbsent(m.id(), id -> {
                        nodes.add(m);
                        return nodes.size() - 1;
                    });
                    if (!contains(distinct, count, node)) {
                        distinct[count++] = node;
                    }
                }
                membersOf[i] = Arrays.copyOf(distinct, count);
            }
            return new Bipartite(nodes, allianceNode, Centrality.Graph.ofStars(nodes.size(), allianceNode, membersOf));
        }
    }

    /** Bridge scores of every node of some alliances' graph, keyed {@code organisation:<id>} or {@code alliance:<id>}. */
    record Bridges(Map<String, Double> byNode, CentralityMethod method, int sources) {
    }

    static Bridges bridges(List<AllianceFact> alliances) {
        Bipartite bipartite = Bipartite.of(alliances, alliances.size());
        Centrality.Result result = Centrality.betweenness(bipartite.graph(), Centrality.WORK_BUDGET);
        Map<String, Double> byNode = HashMap.newHashMap(bipartite.nodes().size());
        for (int i = 0; i < alliances.size(); i++) {
            byNode.put("alliance:" + alliances.get(i).id(), result.betweenness()[bipartite.allianceNode()[i]]);
        }
        for (int v = 0; v < bipartite.nodes().size(); v++) {
            Organisation o = bipartite.nodes().get(v);
            if (o != null) {
                byNode.put("organisation:" + o.id(), result.betweenness()[v]);
            }
        }
        return new Bridges(byNode, result.exact() ? CentralityMethod.EXACT : CentralityMethod.SAMPLED, result.sources());
    }

    /** What a node budget keeps of a scope: whole alliances, largest first, then the other actors. */
    record Kept(List<AllianceFact> alliances, List<Organisation> actors, boolean truncated) {
    }

    /**
     * Over {@code maxNodes}, the largest alliances are kept with all their partners until the budget
     * is spent, then the actors that are in no kept alliance (organisations located in a territory
     * scope), in scope order; {@code truncated} says whether anything was left out.
     */
    static Kept keep(Facts f, int maxNodes) {
        List<AllianceFact> alliances = f.alliances().stream()
                .sorted(Comparator.comparingInt((AllianceFact a) -> a.members().size()).reversed()
                        .thenComparing(a -> a.id()))
                .toList();
        Map<String, Organisation> actors = new LinkedHashMap<>();
        List<AllianceFact> kept = new ArrayList<>();
        boolean truncated = false;
        for (AllianceFact a : alliances) {
            long newNodes = 1 + a.members().stream().map(Organisation::id).filter(id -> !actors.containsKey(id))
                    .distinct().count();
            if (kept.size() + actors.size() + newNodes > maxNodes) {
                truncated = true;
                continue;
            }
            kept.add(a);
            for (Organisation m : a.members()) {
                actors.putIfAbsent(m.id(), m);
            }
        }
        for (var actor : f.actors()) {
            Organisation o = actor.organisation();
            if (!actors.containsKey(o.id())) {
                if (kept.size() + actors.size() >= maxNodes) {
                    truncated = true;
                    break;
                }
                actors.put(o.id(), o);
            }
        }
        return new Kept(kept, List.copyOf(actors.values()), truncated);
    }

    /**
     * Alliances and organisations as nodes, memberships as edges. Over {@code maxNodes}, the largest
     * alliances are kept with their partners until the budget is spent, and {@code truncated} says so.
     * The roles come with the facts or, when they were not read, from {@code memberships}.
     */
    static Subgraph subgraph(Facts f, int maxNodes, Function<List<String>, List<Membership>> memberships) {
        Kept kept = keep(f, maxNodes);
        Map<String, SubgraphNode> nodes = new LinkedHashMap<>();
        Map<String, Organisation> keptActors = HashMap.newHashMap(kept.actors().size());
        kept.actors().forEach(o -> keptActors.put(o.id(), o));
        for (AllianceFact a : kept.alliances()) {
            String aid = "alliance:" + a.id();
            nodes.put(aid, new SubgraphNode(aid, "ALLIANCE", a.name(), null, a.mode(), a.phase(), 0));
            for (Organisation m : a.members()) {
                nodes.putIfAbsent("organisation:" + m.id(), new SubgraphNode("organisation:" + m.id(), "ORGANISATION",
                        m.name(), m.kind(), null, null, 0));
            }
        }
        for (Organisation o : kept.actors()) {
            nodes.putIfAbsent("organisation:" + o.id(), new SubgraphNode("organisation:" + o.id(), "ORGANISATION",
                    o.name(), o.kind(), null, null, 0));
        }
        List<Membership> keptMemberships = new ArrayList<>();
        if (kept.alliances().stream().allMatch(a -> a.roles() != null)) {
            for (AllianceFact a : kept.alliances()) {
                for (int i = 0; i < a.members().size(); i++) {
                    keptMemberships.add(new Membership(a.id(), a.members().get(i).id(), a.roles().get(i)));
                }
            }
        } else {
            keptMemberships.addAll(memberships.apply(kept.alliances().stream().map(AllianceFact::id).toList()));
        }
        List<SubgraphEdge> edges = new ArrayList<>();
        Map<String, Integer> degree = new HashMap<>();
        for (Membership m : keptMemberships) {
            String aid = "alliance:" + m.alliance();
            String oid = "organisation:" + m.organisation();
            // A membership added since the facts were read is left out: its organisation is not a node.
            if (keptActors.containsKey(m.organisation())) {
                edges.add(new SubgraphEdge(oid + "|" + m.role() + "|" + aid, oid, aid, "PARTNER_IN", m.role()));
                degree.merge(oid, 1, Integer::sum);
                degree.merge(aid, 1, Integer::sum);
            }
        }
        List<SubgraphNode> withDegree = nodes.values().stream().map(n -> new SubgraphNode(n.id(), n.type(), n.label(),
                n.kind(), n.mode(), n.phase(), degree.getOrDefault(n.id(), 0))).toList();
        return new Subgraph(withDegree, edges, kept.truncated());
    }

    private static List<CoverageCount> facet(Facts f, Function<AllianceFact, List<String>> keys,
            Function<String, Label> label, Iterable<String> allKeys) {
        Map<String, Set<String>> alliances = new LinkedHashMap<>();
        Map<String, Set<String>> actors = new HashMap<>();
        if (allKeys != null) {
            allKeys.forEach(k -> alliances.put(k, new HashSet<>()));
        }
        for (AllianceFact a : f.alliances()) {
            for (String k : keys.apply(a)) {
                alliances.computeIfAbsent(k, x -> new HashSet<>()).add(a.id());
                Set<String> members = actors.computeIfAbsent(k, x -> new HashSet<>());
                a.members().forEach(m -> members.add(m.id()));
            }
        }
        return alliances.entrySet().stream().map(e -> new CoverageCount(e.getKey(), label.apply(e.getKey()),
                e.getValue().size(), actors.getOrDefault(e.getKey(), Set.of()).size())).toList();
    }

    private static boolean contains(int[] values, int count, int value) {
        for (int i = 0; i < count; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    /** 1.1 < 1.2 < 1.a < 2.1 < 10.1 */
    private static String sdgSortKey(String code) {
        String[] parts = code.split("\\.");
        String suffix = parts[1].chars().allMatch(Character::isDigit) ? "%03d".formatted(Integer.parseInt(parts[1])) : "z" + parts[1];
        return "%03d.%s".formatted(Integer.parseInt(parts[0]), suffix);
    }
}
