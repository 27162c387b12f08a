package org.alliancegraph.organisation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import org.alliancegraph.alliance.Alliance;
import org.alliancegraph.api.Connection;
import org.alliancegraph.api.Cursor;
import org.alliancegraph.api.InvalidInputException;
import org.alliancegraph.api.ListQuery;
import org.alliancegraph.graph.Batch;
import org.alliancegraph.graph.Conditions;
import org.alliancegraph.graph.HubCache;
import org.alliancegraph.graph.NodeLabel;
import org.alliancegraph.organisation.OrganisationQueries.Partners;
import org.alliancegraph.organisation.OrganisationQueries.WithPartners;
import org.alliancegraph.source.Provenance;
import org.alliancegraph.source.ProvenanceQueries;
import org.alliancegraph.territory.Territory;
import org.alliancegraph.territory.TerritoryPlaces;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** GraphQL fields of organisations. Nested fields are batch-loaded: one query per field and level. */
@Controller
class OrganisationController {

    static final int DEFAULT_PARTNERS = 50;
    static final int MAX_PARTNERS = 500;

    /**
     * DataLoader key: the partners of one organisation, capped at {@code first}, with their shared
     * alliances' properties only when the selection asks for them (the benchmark's question does not).
     */
    record PartnersKey(String id, int first, boolean withShared) {
    }

    /** What one partners statement serves: the keys sharing a page size and the choice of shared alliances. */
    private record PageShape(int first, boolean withShared) {
    }

    /** DataLoader value: a dedicated type, so the loader is found by its value type. */
    record PartnerPage(List<Partner> partners) {
    }

    /** Hub cache key of an organisation with its first partners (the partners alone are kept under their PartnersKey). */
    private record WithPartnersKey(String id, int first, boolean withShared) {
    }

    private final OrganisationQueries queries;
    private final ProvenanceQueries provenance;
    private final HubCache hubs;

    private final TerritoryPlaces places;

    OrganisationController(OrganisationQueries queries, ProvenanceQueries provenance, HubCache hubs,
            BatchLoaderRegistry registry, TerritoryPlaces places) {
        this.places = places;
        this.queries = queries;
        this.provenance = provenance;
        this.hubs = hubs;
        registry.forTypePair(PartnersKey.class, PartnerPage.class)
                .registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> loadPartners(keys)));
    }

    /**
     * When the selection asks for its memberships' alliances' partners, the three levels come from one
     * statement (see {@link OrganisationQueries#byIdWithMemberships}).
     * When the selection asks for {@code partners} (once, with a valid size), the organisation and
     * its partners come from one statement and the partners' DataLoader is primed with them, so the
     * {@code partners} field below finds its answer without a second round trip. A hub's answer is
     * kept until the graph changes.
     */
    @QueryMapping
    Organisation organisation(@Argument String id, DataFetchingFieldSelectionSet selection,
            DataLoader<PartnersKey, PartnerPage> partnersLoader, DataFetchingEnvironment env) {
        Organisation found = organisationById(id, selection, partnersLoader, env);
        if (found != null) {
            return found;
        }
        // An id merged into another organisation answers for it (a statement only for unknown ids).
        String kept = queries.aliasOf(id).orElse(null);
        return kept == null ? null : organisationById(kept, selection, partnersLoader, env);
    }

    private Organisation organisationById(String id, DataFetchingFieldSelectionSet selection,
            DataLoader<PartnersKey, PartnerPage> partnersLoader, DataFetchingEnvironment env) {
        Integer first = partnersAskedFor(selection);
        if (first == null && selection.contains("memberships/alliance/partners")) {
            // The nested selection in one statement: the two batch loaders below it are primed with its
            // answer (their names are the fields' coordinates), so they send nothing.
            OrganisationQueries.WithMemberships found = queries.byIdWithMemberships(id).orElse(null);
            if (found == null) {
                return null;
            }
            DataLoader<Organisation, List<Membership>> memberships = env.getDataLoader("Organisation.memberships");
            DataLoader<Alliance, List<Membership>> partners = env.getDataLoader("Alliance.partners");
            if (memberships != null && partners != null) {
                memberships.prime(found.organisation(), found.memberships());
                found.partners().forEach(partners::prime);
            }
            return found.organisation();
        }
        if (first == null) {
            return queries.byId(id).orElse(null);
        }
        boolean withShared = selection.contains("partners/sharedAlliances");
        WithPartners found = hubs.getOrCompute(new WithPartnersKey(id, first, withShared), WithPartners.class,
                () -> queries.byIdWithPartners(id, first, withShared).orElse(null), WithPartners::memberships,
                w -> w.partners().size());
        if (found == null) {
            return null;
        }
        partnersLoader.prime(new PartnersKey(id, first, withShared), new PartnerPage(found.partners()));
        return found.organisation();
    }

    /**
     * The page size of the selection's {@code partners} field, or null when it is absent, asked twice
     * with different sizes, or invalid (its own resolver then reports the error at its own path).
     */
    private static Integer partnersAskedFor(DataFetchingFieldSelectionSet selection) {
        Set<Object> sizes = selection.getImmediateFields().stream().filter(f -> f.getName().equals("partners"))
                .map(f -> f.getArguments().get("first")).collect(Collectors.toCollection(HashSet::new));
        if (sizes.size() == 1 && sizes.iterator().next() instanceof Integer first && first >= 1 && first <= MAX_PARTNERS) {
            return first;
        }
        return null;
    }

    enum OrganisationOrder {
        NAME("o.name"), ID("o.id");

        final String key;

        OrganisationOrder(String key) {
            this.key = key;
        }
    }

    static final int DEFAULT_PAGE = 50;
    static final int MAX_PAGE = 500;

    @QueryMapping
    Connection<Organisation> organisations(@Argument OrganisationFilter filter, @Argument OrganisationOrder orderBy,
            @Argument Integer first, @Argument String after, DataFetchingFieldSelectionSet selection) {
        int size = InvalidInputException.pageSize("first", first, DEFAULT_PAGE, MAX_PAGE);
        OrganisationOrder order = orderBy == null ? OrganisationOrder.NAME : orderBy;
        Function<Organisation, Cursor> cursorOf = o -> new Cursor(order == OrganisationOrder.NAME ? o.name() : o.id(), o.id());
        OrganisationFilter.Place place = filter == null || order != OrganisationOrder.NAME ? null : filter.place().orElse(null);
        if (place != null) {
            return queries.inPlace(place, filter.besidesTerritory(new Conditions()), size, Cursor.decode("after", after),
                    selection.contains("totalCount"), cursorOf);
        }
        ListQuery.Anchor anchor = filter == null ? null : filter.anchor(places::within).orElse(null);
        Conditions conditions = filter == null ? new Conditions() : filter.apply(new Conditions(), anchor);
        return queries.page(anchor, conditions, order.key, filter == null ? null : filter.text(), size,
                Cursor.decode("after", after), selection.contains("totalCount"), cursorOf);
    }

    @BatchMapping(typeName = "Organisation")
    Map<Organisation, Territory> territory(List<Organisation> organisations) {
        return Batch.perParent(organisations, Organisation::id, queries.territories(ids(organisations)), null);
    }

    @BatchMapping(typeName = "Organisation")
    Map<Organisation, List<Membership>> memberships(List<Organisation> organisations) {
        return Batch.perParent(organisations, Organisation::id, queries.memberships(ids(organisations)), List.of());
    }

    @SchemaMapping(typeName = "Organisation")
    CompletableFuture<List<Partner>> partners(Organisation organisation, @Argument Integer first,
            DataFetchingFieldSelectionSet selection, DataLoader<PartnersKey, PartnerPage> loader) {
        int size = InvalidInputException.pageSize("first", first, DEFAULT_PARTNERS, MAX_PARTNERS);
        return loader.load(new PartnersKey(organisation.id(), size, selection.contains("sharedAlliances")))
                .thenApply(PartnerPage::partners);
    }

    @BatchMapping(typeName = "Organisation")
    Map<Organisation, List<Provenance>> provenance(List<Organisation> organisations) {
        return Batch.perParent(organisations, Organisation::id,
                provenance.byKey(NodeLabel.Organisation, "id", ids(organisations)), List.of());
    }

    private Map<PartnersKey, PartnerPage> loadPartners(Set<PartnersKey> keys) {
        // Usually one page size per request; group so each size (and choice of shared alliances) is still a single query.
        Map<PartnersKey, PartnerPage> result = new HashMap<>();
        List<PartnersKey> toRead = new ArrayList<>();
        for (PartnersKey key : keys) {
            PartnerPage kept = hubs.get(key, PartnerPage.class);
            if (kept != null) {
                result.put(key, kept);
            } else {
                toRead.add(key);
            }
        }
        long version = hubs.version();
        Map<PageShape, List<PartnersKey>> byShape = toRead.stream()
                .collect(Collectors.groupingBy(k -> new PageShape(k.first(), k.withShared())));
        byShape.forEach((shape, group) -> {
            Map<String, Partners> byId = queries.partners(group.stream().map(PartnersKey::id).toList(), shape.first(),
                    shape.withShared());
            group.forEach(k -> {
                Partners found = byId.get(k.id());
                PartnerPage page = new PartnerPage(found == null ? List.of() : found.list());
                result.put(k, page);
                if (found != null) {
                    hubs.offer(k, page, version, found.memberships(), page.partners().size());
                }
            });
        });
        return result;
    }

    private static List<String> ids(List<Organisation> organisations) {
        return Batch.keys(organisations, Organisation::id);
    }
}
