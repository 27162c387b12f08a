package org.alliancegraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import org.alliancegraph.AllianceGraphTest;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

/**
 * The budget that watches a request while it runs, for when the cost check misjudged it: the service's
 * own schema and controllers, with small limits, so that an ordinary list (the 101 départements, with
 * three fields each) goes past them. The request is stopped with one error naming the limit and no
 * partial data, and the fields it held are given back.
 */
@AllianceGraphTest
class RequestLimitsTest {

    static final String DEPARTEMENTS = "{ territories(level: DEPARTEMENT) { id name level } }";

    @Autowired
    GraphQlSource source;

    ExecutionResult run(RequestLimits limits, String query) {
        GraphQL graphQl = source.graphQl().transform(b -> b.instrumentation(limits));
        return graphQl.execute(ExecutionInput.newExecutionInput(query).build());
    }

    static QueryLimits limits(long maxResultFields, long maxInFlightFields, Duration maxRequestTime) {
        return new QueryLimits(15, 2_000_000, maxResultFields, maxInFlightFields, maxRequestTime, 1_048_576, 4,
                Duration.ofSeconds(20), Duration.ZERO);
    }

    @Test
    void within_its_budget_a_request_answers_in_full() {
        RequestLimits limits = new RequestLimits(limits(1_000, 1_000, Duration.ofSeconds(30)));
        ExecutionResult result = run(limits, DEPARTEMENTS);
        assertThat(result.getErrors()).isEmpty();
        Map<String, Object> data = result.getData();
        assertThat(data).extractingByKey("territories").asInstanceOf(InstanceOfAssertFactories.LIST).hasSize(101);
        assertThat(limits.inFlight()).as("every field given back").isZero();
    }

    @Test
    void a_request_that_produces_more_fields_than_its_budget_is_stopped_without_partial_data() {
        RequestLimits limits = new RequestLimits(limits(100, 1_000_000, Duration.ofSeconds(30)));
        ExecutionResult result = run(limits, DEPARTEMENTS);
        assertThat((Object) result.getData()).isNull();
        assertThat(result.getErrors()).hasSize(1);
        GraphQLError error = result.getErrors().getFirst();
        assertThat(error.getExtensions()).containsEntry("limit", "max-result-fields").containsEntry("max", 100L);
        assertThat(error.getMessage()).contains("more than 100 fields", "smaller pages");
        assertThat(limits.inFlight()).isZero();
    }

    @Test
    void requests_together_past_the_in_flight_budget_are_stopped_and_the_next_one_answers() {
        RequestLimits limits = new RequestLimits(limits(1_000_000, 200, Duration.ofSeconds(30)));
        GraphQLError error = run(limits, DEPARTEMENTS).getErrors().getFirst();
        assertThat(error.getExtensions()).containsEntry("limit", "max-in-flight-fields");
        assertThat(error.getMessage()).contains("try again");
        assertThat(limits.inFlight()).isZero();
        assertThat(run(limits, "{ territories(level: REGION) { id } }").getErrors()).isEmpty();
    }

    @Test
    void a_request_past_its_time_is_stopped_with_a_timeout() {
        RequestLimits limits = new RequestLimits(limits(1_000_000, 1_000_000, Duration.ZERO));
        GraphQLError error = run(limits, DEPARTEMENTS).getErrors().getFirst();
        assertThat(error.getErrorType().toString()).isEqualTo("TIMEOUT");
        assertThat(error.getExtensions()).containsEntry("limit", "max-request-time");
    }

    @Test
    void queries_take_turns_and_a_mutation_does_not_wait_behind_them() throws Exception {
        RequestLimits limits = new RequestLimits(new QueryLimits(15, 2_000_000, 1_000_000, 1_000_000, Duration.ofSeconds(30),
                1_048_576, 1, Duration.ofMillis(200), Duration.ZERO));
        assertThat(limits.reads.take(Duration.ZERO)).isTrue(); // as a query that is still running
        try {
            GraphQLError busy = run(limits, "{ territories(level: REGION) { id } }").getErrors().getFirst();
            assertThat(busy.getErrorType().toString()).isEqualTo("BUSY");
            assertThat(busy.getMessage()).contains("try again");
            // A write goes ahead (here refused for its missing credential, not for the queue).
            ExecutionResult write = run(limits, "mutation { removeMembership(alliance: \"a\", organisation: \"o\", role: PARTENAIRE) }");
            assertThat(write.getErrors()).isNotEmpty().noneMatch(e -> "BUSY".equals(e.getErrorType().toString()));
        } finally {
            limits.reads.give();
        }
        assertThat(run(limits, "{ territories(level: REGION) { id } }").getErrors()).isEmpty();
        assertThat(limits.reads.available()).as("every turn given back").isEqualTo(1);
    }

    @Test
    void a_query_whose_turn_comes_during_a_write_starts_when_the_write_ends() throws Exception {
        RequestLimits limits = new RequestLimits(new QueryLimits(15, 2_000_000, 1_000_000, 1_000_000, Duration.ofSeconds(30),
                1_048_576, 4, Duration.ofSeconds(20), Duration.ofMinutes(5)));
        limits.reads.writeStarted(); // as a mutation that is running
        java.util.concurrent.CompletableFuture<ExecutionResult> query = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> run(limits, "{ territories(level: REGION) { id } }"));
        Thread.sleep(300);
        assertThat(query).as("the query gives way while the write runs").isNotDone();
        limits.reads.writeEnded();
        assertThat(query.get(60, java.util.concurrent.TimeUnit.SECONDS).getErrors()).isEmpty();
        assertThat(limits.reads.available()).as("every turn given back").isEqualTo(4);
    }
}
