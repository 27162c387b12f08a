package org.alliancegraph.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.support.AnnotatedControllerConfigurer;
import org.springframework.stereotype.Controller;

/**
 * Boot gives Spring for GraphQL an executor for blocking controller methods when virtual threads are
 * on; with {@link ControllersOnRequestThread} the methods run on the caller's thread and the
 * executor is never asked (without it, it is: the control case).
 */
class ControllersOnRequestThreadTest {

    @Controller
    static class Probe {
        @QueryMapping
        String thread() {
            return String.valueOf(Thread.currentThread().threadId());
        }
    }

    @Test
    void a_blocking_controller_method_runs_on_the_request_thread() throws Exception {
        AtomicInteger handedOver = new AtomicInteger();
        ExecutionResult result = execute(handedOver, true);
        assertThat(handedOver).hasValue(0);
        assertThat(result.<Map<String, Object>>getData())
                .containsEntry("thread", String.valueOf(Thread.currentThread().threadId()));
    }

    @Test
    void without_it_the_executor_takes_the_method() throws Exception {
        AtomicInteger handedOver = new AtomicInteger();
        execute(handedOver, false);
        assertThat(handedOver).hasValue(1);
    }

    private static ExecutionResult execute(AtomicInteger handedOver, boolean onRequestThread) throws Exception {
        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext(Probe.class)) {
            Executor counting = task -> {
                handedOver.incrementAndGet();
                task.run();
            };
            AnnotatedControllerConfigurer configurer = new AnnotatedControllerConfigurer();
            configurer.setExecutor(counting);
            configurer.setApplicationContext(context);
            if (onRequestThread) {
                ControllersOnRequestThread.blockingControllersInline().postProcessBeforeInitialization(configurer, "c");
            }
            configurer.afterPropertiesSet();
            TypeDefinitionRegistry types = new SchemaParser().parse("type Query { thread: String }");
            RuntimeWiring.Builder wiring = RuntimeWiring.newRuntimeWiring();
            configurer.configure(wiring);
            GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(types, wiring.build());
            return GraphQL.newGraphQL(schema).build().execute("{ thread }");
        }
    }
}
