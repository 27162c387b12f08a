package org.alliancegraph.ecosystem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alliancegraph.alliance.Alliance;
import org.alliancegraph.bench.BaselineEntities.BAlliance;
import org.alliancegraph.bench.BaselineEntities.BMember;
import org.alliancegraph.bench.BaselineEntities.BOrganisation;
import org.alliancegraph.bench.BaselineEntities.BSdgTarget;
import org.alliancegraph.bench.BaselineRepositories;
import org.alliancegraph.ecosystem.EcosystemQueries.ActorFact;
import org.alliancegraph.ecosystem.EcosystemQueries.AllianceFact;
import org.alliancegraph.ecosystem.EcosystemQueries.Facts;
import org.alliancegraph.ecosystem.EcosystemQueries.Membership;
import org.alliancegraph.graph.CodedTerm;
import org.alliancegraph.graph.Label;
import org.alliancegraph.organisation.Organisation;
import org.alliancegraph.sdg.SdgTarget;
import org.alliancegraph.territory.Territory;
import org.alliancegraph.territory.TerritoryLevel;
import org.alliancegraph.vocabulary.AllianceMode;
import org.alliancegraph.vocabulary.AllianceStatus;
import org.alliancegraph.vocabulary.InnovationPhase;
import org.alliancegraph.vocabulary.OrganisationKind;
import org.alliancegraph.vocabulary.PartnerRole;

/**
 * The naive baseline of a territory's ecosystem: the alliances and actors loaded as entities, then
 * one repository call per alliance and per actor for each field the analyses need (SDG targets,
 * fragility domains, sub-territories), as per-field resolvers would do. The analyses themselves are
 * the service's, so the answer is the same and only the way the data is read differs.
 */
public final class NaiveEcosystem {

    /** The same fields the benchmark's GraphQL query selects. */
    public record Answer(int actors, int alliances, int subgraphNodes, String mostPartnered, Object analyses) {
    }

    private final BaselineRepositories.Organisations organisations;
    private final BaselineRepositories.Alliances alliances;
    private final BaselineRepositories.Territories territories;
    private final BaselineRepositories.SdgTargets targets;
    private final BaselineRepositories.FragilityDomains domains;

    public NaiveEcosystem(BaselineRepositories.Organisations organisations, BaselineRepositories.Alliances alliances,
            BaselineRepositories.Territories territories, BaselineRepositories.SdgTargets targets,
            BaselineRepositories.FragilityDomains domains) {
        this.organisations = organisations;
        this.alliances = alliances;
        this.territories = territories;
        this.targets = targets;
        this.domains = domains;
    }

    public Answer territory(String id, TerritoryLevel level) {
        List<String> levels = EcosystemQueries.childLevels(level);
        List<AllianceFact> allianceFacts = new ArrayList<>();
        Map<String, Organisation> actors = new LinkedHashMap<>();
        Map<String, List<Membership>> memberships = new HashMap<>();
        for (BAlliance a : alliances.actingIn(id)) {
            List<Organisation> members = new ArrayList<>();
            for (BMember m : a.members()) {
                Organisation o = organisation(m.organisation());
                members.add(o);
                memberships.computeIfAbsent(a.id(), k -> new ArrayList<>())
                        .add(new Membership(a.id(), o.id(), PartnerRole.valueOf(m.role())));
                actors.putIfAbsent(o.id(), o);
            }
            Alliance alliance = alliance(a);
            allianceFacts.add(new AllianceFact(alliance.id(), alliance.name(), alliance.mode(), alliance.currentPhase(),
                    alliances.targetsOf(a.id()), alliances.domainsOf(a.id()), members, null,
                    alliances.subTerritories(a.id(), id, levels)));
        }
        organisations.locatedIn(id).forEach(o -> actors.putIfAbsent(o.id(), organisation(o)));
        List<ActorFact> actorFacts = actors.values().stream()
                .map(o -> new ActorFact(o, organisations.subTerritories(o.id(), id, levels))).toList();
        List<Territory> children = territories.children(id, levels).stream()
                .map(t -> new Territory(t.id(), t.code(), t.name(), TerritoryLevel.valueOf(t.level()), t.population())).toList();
        List<SdgTarget> allTargets = targets.findAll().stream()
                .sorted(java.util.Comparator.comparing((BSdgTarget t) -> Integer.parseInt(t.code().substring(0, t.code().indexOf('.'))))
                        .thenComparing(t -> t.rank() == null ? 0 : t.rank()))
                .map(t -> new SdgTarget(t.code(), new Label(t.titleFr(), t.titleEn()), t.uri(),
                        t.code().substring(0, t.code().indexOf('.'))))
                .toList();
        List<CodedTerm> allDomains = domains.findAll().stream()
                .map(d -> new CodedTerm(d.code(), new Label(d.labelFr(), d.labelEn()), d.rank(), d.parent()))
                .sorted(java.util.Comparator.comparing(CodedTerm::code)).toList();
        Facts facts = new Facts(allianceFacts, actorFacts, children, allTargets, allDomains, true);
        EcosystemAnalysis.Coverage coverage = EcosystemAnalysis.coverage(facts);
        EcosystemAnalysis.KeyActors keyActors = EcosystemAnalysis.keyActors(facts, 10);
        EcosystemAnalysis.Subgraph subgraph = EcosystemAnalysis.subgraph(facts, 2000,
                ids -> ids.stream().flatMap(a -> memberships.getOrDefault(a, List.of()).stream()).toList());
        return new Answer(actorFacts.size(), allianceFacts.size(), subgraph.nodes().size(),
                keyActors.byPartners().isEmpty() ? null : keyActors.byPartners().getFirst().organisation().id(),
                List.of(coverage, EcosystemAnalysis.gaps(facts, coverage), keyActors, subgraph));
    }

    private static Organisation organisation(BOrganisation o) {
        return new Organisation(o.id(), o.name(), null, o.kind() == null ? null : OrganisationKind.valueOf(o.kind()),
                null, null, null, null, null, List.of(), 0);
    }

    private static Alliance alliance(BAlliance a) {
        return new Alliance(a.id(), a.name(), a.mode() == null ? null : AllianceMode.valueOf(a.mode()),
                a.status() == null ? null : AllianceStatus.valueOf(a.status()),
                a.currentPhase() == null ? null : InnovationPhase.valueOf(a.currentPhase()), a.objectives(),
                a.startDate(), a.endDate(), a.inferred() == null ? List.of() : a.inferred(), 0);
    }
}
