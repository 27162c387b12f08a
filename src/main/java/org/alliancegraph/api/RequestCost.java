package org.alliancegraph.api;

import java.util.HashMap;
import java.util.Map;

import graphql.language.Argument;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.VariableReference;
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

/**
 * The most a request could return, in fields, and how deeply it nests, computed from the document
 * before anything runs. Each field costs 1 plus what it selects, times how many items it can return:
 * its {@code first} argument (given, or its default), else the {@code @listSize(max:)} the schema
 * declares on a list without {@code first}, else 1. Aliases count each time, fragments wherever they
 * are spread (each fragment is costed once, so a document that spreads fragments into fragments
 * costs its walk, not its expansion), and the arithmetic saturates instead of overflowing.
 * Introspection ({@code __schema}, {@code __type}) counts each field once.
 */
final class RequestCost {

    /** Far above any limit, and small enough that a sum of two never overflows a long. */
    static final long SATURATED = 1L << 60;
    static final String LIST_SIZE = "listSize";

    record Result(long cost, int depth) {
    }

    private final GraphQLSchema schema;
    private final Map<String, FragmentDefinition> fragments;
    private final Map<String, Object> variables;
    private final Map<String, Result> fragmentResults = new HashMap<>();

    private RequestCost(GraphQLSchema schema, Map<String, FragmentDefinition> fragments, Map<String, Object> variables) {
        this.schema = schema;
        this.fragments = fragments;
        this.variables = variables;
    }

    /** The cost and depth of an operation's selection set, whose root type is {@code root}. */
    static Result of(GraphQLSchema schema, GraphQLCompositeType root, SelectionSet selections,
            Map<String, FragmentDefinition> fragments, Map<String, Object> variables) {
        return new RequestCost(schema, fragments, variables).selections(selections, root);
    }

    private Result selections(SelectionSet set, GraphQLCompositeType parent) {
        long cost = 0;
        int depth = 0;
        if (set == null) {
            return new Result(0, 0);
        }
        for (Selection<?> selection : set.getSelections()) {
            Result r = switch (selection) {
                case Field field -> field(field, parent);
                case InlineFragment inline -> selections(inline.getSelectionSet(), inline.getTypeCondition() == null ? parent
                        : composite(schema.getType(inline.getTypeCondition().getName()), parent));
                case FragmentSpread spread -> fragment(spread.getName());
                default -> new Result(0, 0);
            };
            cost = add(cost, r.cost());
            depth = Math.max(depth, r.depth());
        }
        return new Result(cost, depth);
    }

    private Result fragment(String name) {
        Result known = fragmentResults.get(name);
        if (known != null) {
            return known;
        }
        FragmentDefinition definition = fragments.get(name);
        if (definition == null) {
            return new Result(0, 0);
        }
        // Validation has refused fragment cycles already; the placeholder keeps a bad document finite.
        fragmentResults.put(name, new Result(0, 0));
        Result r = selections(definition.getSelectionSet(), composite(schema.getType(definition.getTypeCondition().getName()), null));
        fragmentResults.put(name, r);
        return r;
    }

    private Result field(Field field, GraphQLCompositeType parent) {
        GraphQLFieldDefinition definition = parent instanceof GraphQLFieldsContainer container
                && !field.getName().startsWith("__") ? container.getFieldDefinition(field.getName()) : null;
        GraphQLCompositeType type = definition == null ? null : composite(GraphQLTypeUtil.unwrapAll(definition.getType()), null);
        Result children = selections(field.getSelectionSet(), type);
        long cost = multiply(add(1, children.cost()), definition == null ? 1 : items(field, definition));
        return new Result(cost, children.depth() + 1);
    }

    /** How many items the field can return: its page size, the schema's declared maximum, or 1. */
    private long items(Field field, GraphQLFieldDefinition definition) {
        GraphQLArgument first = definition.getArgument("first");
        if (first != null) {
            Argument given = field.getArguments().stream().filter(a -> a.getName().equals("first")).findFirst().orElse(null);
            Object value = given == null ? null
                    : given.getValue() instanceof IntValue literal ? literal.getValue()
                    : given.getValue() instanceof VariableReference ref ? variables.get(ref.getName()) : null;
            if (value == null) {
                // Not given, or given as null: the list uses its default page.
                value = first.getArgumentDefaultValue().getValue();
            }
            if (value instanceof IntValue literal) {
                value = literal.getValue();
            }
            if (value instanceof Number n) {
                return Math.max(1, n.longValue());
            }
        }
        GraphQLAppliedDirective listSize = definition.getAppliedDirective(LIST_SIZE);
        if (listSize != null && listSize.getArgument("assumedSize").getValue() instanceof Number max) {
            return Math.max(1, max.longValue());
        }
        return 1;
    }

    private static GraphQLCompositeType composite(GraphQLType type, GraphQLCompositeType otherwise) {
        return type instanceof GraphQLCompositeType composite ? composite : otherwise;
    }

    static long add(long a, long b) {
        return Math.min(SATURATED, a + b);
    }

    static long multiply(long a, long b) {
        return a != 0 && b > SATURATED / a ? SATURATED : Math.min(SATURATED, a * b);
    }
}
