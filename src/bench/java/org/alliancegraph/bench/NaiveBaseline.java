package org.alliancegraph.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.alliancegraph.bench.BaselineEntities.BAlliance;
import org.alliancegraph.bench.BaselineEntities.BMember;
import org.alliancegraph.bench.BaselineEntities.BOrganisation;

/**
 * The naive baseline for the partner questions: entities loaded through repositories, one call per
 * organisation whose partners are asked for (as a per-field resolver does), filters and ordering in
 * Java. It builds the same answer as the service: same partners, distances, shared-alliance counts,
 * order and page.
 */
final class NaiveBaseline {

    record Partner(String id, String name, String kind, int distance, int shared) {
    }

    private final BaselineRepositories.Organisations organisations;
    private final BaselineRepositories.Alliances alliances;

    NaiveBaseline(BaselineRepositories.Organisations organisations, BaselineRepositories.Alliances alliances) {
        this.organisations = organisations;
        this.alliances = alliances;
    }

    /** organisation(id) { name kind partners(first) { organisation { id name kind } sharedAllianceCount sharedAlliances { id name mode } } } */
    List<Partner> directPartners(String id, int first) {
        BOrganisation origin = organisations.findById(id).orElseThrow();
        Map<String, Integer> shared = new HashMap<>();
        Map<String, BOrganisation> byId = new HashMap<>();
        for (BAlliance a : alliances.withPartner(origin.id())) {
            Set<String> seen = new HashSet<>();
            for (BMember m : a.members()) {
                BOrganisation o = m.organisation();
                if (!o.id().equals(id) && seen.add(o.id())) {
                    shared.merge(o.id(), 1, Integer::sum);
                    byId.put(o.id(), o);
                }
            }
        }
        return shared.entrySet().stream()
                .map(e -> new Partner(e.getKey(), byId.get(e.getKey()).name(), byId.get(e.getKey()).kind(), 1, e.getValue()))
                .sorted(Comparator.comparingInt(Partner::shared).reversed().thenComparing(Partner::name)
                        .thenComparing(Partner::id))
                .limit(first).toList();
    }

    /** partners(organisation, depth, filter: {modes, activeAt}, first): breadth-first, one repository call per organisation. */
    List<Partner> partners(String id, int depth, Set<String> modes, LocalDate activeAt, int first) {
        Map<String, Integer> distance = new LinkedHashMap<>();
        Map<String, Integer> shared = new HashMap<>();
        Map<String, BOrganisation> byId = new HashMap<>();
        distance.put(id, 0);
        List<String> frontier = List.of(id);
        for (int d = 1; d <= depth && !frontier.isEmpty(); d++) {
            List<String> next = new ArrayList<>();
            for (String from : frontier) {
                for (BAlliance a : alliances.withPartner(from)) {
                    if (!matches(a, modes, activeAt) || !inForce(member(a, from), activeAt)) {
                        continue;
                    }
                    Set<String> seen = new HashSet<>();
                    for (BMember m : a.members()) {
                        String o = m.organisation().id();
                        if (!inForce(m, activeAt) || o.equals(from) || !seen.add(o)) {
                            continue;
                        }
                        if (!distance.containsKey(o)) {
                            distance.put(o, d);
                            byId.put(o, m.organisation());
                            next.add(o);
                        }
                        if (d == 1 && from.equals(id)) {
                            shared.merge(o, 1, Integer::sum);
                        }
                    }
                }
            }
            frontier = next;
        }
        distance.remove(id);
        return distance.entrySet().stream()
                .map(e -> new Partner(e.getKey(), byId.get(e.getKey()).name(), byId.get(e.getKey()).kind(), e.getValue(),
                        shared.getOrDefault(e.getKey(), 0)))
                .sorted(Comparator.comparingInt(Partner::distance).thenComparing(Comparator.comparingInt(Partner::shared).reversed())
                        .thenComparing(Partner::name).thenComparing(Partner::id))
                .limit(first).toList();
    }

    private static BMember member(BAlliance a, String organisation) {
        return a.members().stream().filter(m -> m.organisation().id().equals(organisation)).findFirst().orElse(null);
    }

    private static boolean matches(BAlliance a, Set<String> modes, LocalDate day) {
        if (modes != null && !modes.contains(a.mode())) {
            return false;
        }
        return day == null || ((a.startDate() == null || !a.startDate().isAfter(day))
                && (a.endDate() == null || !a.endDate().isBefore(day))
                && !("TERMINEE".equals(a.status()) && a.endDate() == null));
    }

    private static boolean inForce(BMember m, LocalDate day) {
        return m != null && (day == null || ((m.since() == null || !m.since().isAfter(day))
                && (m.until() == null || !m.until().isBefore(day))));
    }
}
