package org.alliancegraph.api;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import graphql.ErrorClassification;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldParameters;
import graphql.language.OperationDefinition;
import graphql.schema.GraphQLCompositeType;
import org.springframework.graphql.execution.ErrorType;

/**
 * {@link QueryLimits} applied to each GraphQL request: depth and cost refused before execution, then
 * a budget of fields produced (by this request, and by all requests running at once) and of time.
 * A request past its budget is cancelled at the next field (graphql-java's cancellation) and
 * answered with one error naming the limit and no partial data, which is dropped at once.
 */
final class RequestLimits extends SimplePerformantInstrumentation {

    /** Other requests hold the memory: the same request may succeed a few seconds later. */
    static final ErrorClassification BUSY = ErrorClassification.errorClassification("BUSY");

    private final QueryLimits limits;
    /** Fields produced by the requests running now. */
    private final AtomicLong inFlight = new AtomicLong();
    /** Turns for queries, first come first served, giving way to running mutations (which take none). */
    final ReadTurns reads;

    RequestLimits(QueryLimits limits) {
        this.limits = limits;
        this.reads = new ReadTurns(limits.readPermits(), limits.readsGiveWay());
    }

    /** One request's count, start and, once stopped, why. */
    static final class Budget implements InstrumentationState {
        final long started = System.nanoTime();
        final AtomicLong fields = new AtomicLong();
        final AtomicReference<GraphQLError> stopped = new AtomicReference<>();
        volatile ExecutionInput input;
        volatile boolean readTurn;
        volatile boolean writing;
    }

    long inFlight() {
        return inFlight.get();
    }

    @Override
    public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
        return CompletableFuture.completedFuture(new Budget());
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecution(InstrumentationExecutionParameters parameters,
            InstrumentationState state) {
        Budget budget = (Budget) state;
        budget.input = parameters.getExecutionInput();
        return SimpleInstrumentationContext.whenCompleted((result, failure) -> {
            inFlight.addAndGet(-budget.fields.get());
            if (budget.readTurn) {
                budget.readTurn = false;
                reads.give();
            }
            if (budget.writing) {
                budget.writing = false;
                reads.writeEnded();
            }
        });
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
            InstrumentationState state) {
        ExecutionContext context = parameters.getExecutionContext();
        var operation = context.getOperationDefinition();
        GraphQLCompositeType root = switch (operation.getOperation()) {
            case MUTATION -> context.getGraphQLSchema().getMutationType();
            case SUBSCRIPTION -> context.getGraphQLSchema().getSubscriptionType();
            default -> context.getGraphQLSchema().getQueryType();
        };
        RequestCost.Result cost = RequestCost.of(context.getGraphQLSchema(), root, operation.getSelectionSet(),
                context.getFragmentsByName(), context.getCoercedVariables().toMap());
        if (cost.depth() > limits.maxDepth()) {
            throw refusal("max-depth", cost.depth(), limits.maxDepth(), "the query nests " + cost.depth()
                    + " levels deep; at most " + limits.maxDepth() + " are allowed (alliance-graph.limits.max-depth): "
                    + "ask for fewer nested levels, or follow the links in a second request");
        }
        if (cost.cost() > limits.maxComplexity()) {
            throw refusal("max-complexity", cost.cost(), limits.maxComplexity(), "the query could return up to "
                    + (cost.cost() >= RequestCost.SATURATED ? "more than " + RequestCost.SATURATED : cost.cost())
                    + " fields (each page size multiplies what it nests, and each alias counts); at most "
                    + limits.maxComplexity() + " are allowed (alliance-graph.limits.max-complexity): ask for smaller "
                    + "pages (first) or fewer nested lists");
        }
        if (operation.getOperation() == OperationDefinition.Operation.QUERY) {
            waitForReadTurn((Budget) state);
        } else if (operation.getOperation() == OperationDefinition.Operation.MUTATION) {
            ((Budget) state).writing = true;
            reads.writeStarted();
        }
        return SimpleInstrumentationContext.noOp();
    }

    /** Queries take turns, so that a burst of them cannot hold every core while a write waits. */
    private void waitForReadTurn(Budget budget) {
        boolean granted;
        try {
            granted = reads.take(limits.readQueueWait());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            granted = false;
        }
        if (!granted) {
            throw new AbortExecutionException(List.of(stop(BUSY, "read-queue-wait", limits.readQueueWait().toSeconds(),
                    limits.readQueueWait().toSeconds(), "the service had more questions to answer than it could take in "
                    + limits.readQueueWait().toSeconds() + " s; try again in a few seconds")));
        }
        budget.readTurn = true;
    }

    @Override
    public InstrumentationContext<Object> beginFieldExecution(InstrumentationFieldParameters parameters, InstrumentationState state) {
        Budget budget = (Budget) state;
        long mine = budget.fields.incrementAndGet();
        long all = inFlight.incrementAndGet();
        if (budget.stopped.get() == null) {
            GraphQLError why = mine > limits.maxResultFields() ? stop(ErrorType.BAD_REQUEST, "max-result-fields", mine, limits.maxResultFields(),
                    "this request produced more than " + limits.maxResultFields() + " fields and was stopped "
                    + "(alliance-graph.limits.max-result-fields): ask for smaller pages (first) or fewer nested lists")
                    : all > limits.maxInFlightFields() ? stop(BUSY, "max-in-flight-fields", all, limits.maxInFlightFields(),
                    "the service is answering other large requests and this one was stopped to keep memory for them "
                    + "(alliance-graph.limits.max-in-flight-fields): try again in a few seconds, or ask for less")
                    : System.nanoTime() - budget.started > limits.maxRequestTime().toNanos() ? timeUp()
                    : null;
            if (why != null && budget.stopped.compareAndSet(null, why)) {
                budget.input.cancel();
            }
        }
        return SimpleInstrumentationContext.noOp();
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        GraphQLError why = ((Budget) state).stopped.get();
        if (why == null) {
            return CompletableFuture.completedFuture(result);
        }
        // The partial data is dropped: it is what the budget protects the heap from.
        return CompletableFuture.completedFuture(ExecutionResult.newExecutionResult().errors(List.of(why)).build());
    }

    private GraphQLError timeUp() {
        return GraphqlErrorBuilder.newError().errorType(GraphQlErrors.TIMEOUT).message("this request ran longer than "
                + limits.maxRequestTime().toSeconds() + " s and was stopped (alliance-graph.limits.max-request-time): "
                + "try again, or ask for less (a smaller page, a narrower scope)")
                .extensions(Map.of("limit", "max-request-time")).build();
    }

    private static GraphQLError stop(String limit, Number value, Number max, String message) {
        return stop(ErrorType.BAD_REQUEST, limit, value, max, message);
    }

    private static GraphQLError stop(ErrorClassification type, String limit, Number value, Number max, String message) {
        return GraphqlErrorBuilder.newError().errorType(type).message(message)
                .extensions(Map.of("limit", limit, "value", value, "max", max)).build();
    }

    static AbortExecutionException refusal(String limit, Number value, Number max, String message) {
        return new AbortExecutionException(List.of(stop(limit, value, max, message)));
    }
}
