package org.alliancegraph.export;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import org.alliancegraph.api.InvalidInputException;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The {@code exports} fields: one link per format for the ecosystem or partners query they hang
 * from, built from that parent field's own arguments, so a link always describes the same scope
 * and filter as the answer it comes with. No query is sent.
 */
@Controller
class ExportLinksController {

    /** Where the GraphQL request came in, when it came over HTTP: links are absolute then. */
    static final String BASE_URL = "alliance-graph.exportBaseUrl";

    record ExportLink(ExportFormat format, ExportShape shape, String mediaType, String url) {
    }

    private final ExportProperties properties;

    ExportLinksController(ExportProperties properties) {
        this.properties = properties;
    }

    @SchemaMapping(typeName = "Ecosystem", field = "exports")
    List<ExportLink> ecosystemExports(@Argument ExportShape shape, @Argument Integer maxNodes, @Argument Boolean betweenness,
            @Argument String lang, @ContextValue(name = BASE_URL, required = false) String base, DataFetchingEnvironment env) {
        if (maxNodes != null && (maxNodes < 1 || maxNodes > properties.maxElements())) {
            throw new InvalidInputException("maxNodes", "'maxNodes' must be between 1 and " + properties.maxElements()
                    + ", got " + maxNodes);
        }
        Map<String, Object> parent = env.getExecutionStepInfo().getParent().getArguments();
        Map<String, Object> extra = extra(shape, lang);
        extra.put("maxNodes", maxNodes);
        extra.put("betweenness", Boolean.TRUE.equals(betweenness) ? "true" : null);
        return links(base, shape, ExportParameters.query("scope", map(parent.get("scope")), map(parent.get("filter")), extra));
    }

    @SchemaMapping(typeName = "PartnerConnection", field = "exports")
    List<ExportLink> partnerExports(@Argument ExportShape shape, @Argument String lang,
            @ContextValue(name = BASE_URL, required = false) String base, DataFetchingEnvironment env) {
        Map<String, Object> parent = env.getExecutionStepInfo().getParent().getArguments();
        Map<String, Object> origin = new LinkedHashMap<>();
        origin.put("organisation", parent.get("organisation"));
        origin.put("depth", parent.get("depth"));
        return links(base, shape, ExportParameters.query("", origin, map(parent.get("filter")), extra(shape, lang)));
    }

    private static Map<String, Object> extra(ExportShape shape, String lang) {
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("shape", shape == null || shape == ExportShape.BIPARTITE ? null : shape.name().toLowerCase(Locale.ROOT));
        extra.put("lang", lang == null || lang.equals("FR") ? null : lang.toLowerCase(Locale.ROOT));
        return extra;
    }

    private static List<ExportLink> links(String base, ExportShape shape, String query) {
        String prefix = (base == null ? "" : base) + "/export/";
        ExportShape s = shape == null ? ExportShape.BIPARTITE : shape;
        return Arrays.stream(ExportFormat.values())
                .map(f -> new ExportLink(f, s, f.mediaType(), prefix + f.path() + (query.isEmpty() ? "" : "?" + query)))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
    }
}
