package org.alliancegraph.support;

import java.time.Duration;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.test.tester.ExecutionGraphQlServiceTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.graphql.test.tester.WebGraphQlTester;
import org.springframework.http.client.reactive.JdkClientHttpConnector;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The GraphQL tester with a 30 s response timeout instead of 5 s: the first request of a new
 * statement shape includes Neo4j's planning, measured at 2.7 s for a depth-3 partners statement on
 * a warm JVM of this 2-core machine, more on a cold one. Timing is not what the tests assert.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TesterConfiguration {

    /** The response timeout every tester of the suite uses. */
    public static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(30);

    /** A tester through the web handler (so interceptors run), with the suite's timeout. */
    public static WebGraphQlTester.Builder<?> web(WebGraphQlHandler handler) {
        return WebGraphQlTester.builder(handler).responseTimeout(RESPONSE_TIMEOUT);
    }

    /**
     * A tester over HTTP to the running service, so the whole request path runs: Spring Security
     * (API keys, bearer tokens, roles) before GraphQL, as for a real client.
     */
    public static HttpGraphQlTester.Builder<?> http(int port) {
        return HttpGraphQlTester.builder(WebTestClient.bindToServer(new JdkClientHttpConnector())
                .baseUrl("http://localhost:" + port + "/graphql").responseTimeout(RESPONSE_TIMEOUT))
                .responseTimeout(RESPONSE_TIMEOUT);
    }

    @Bean
    ExecutionGraphQlServiceTester graphQlTester(ExecutionGraphQlService service) {
        return ExecutionGraphQlServiceTester.builder(service).responseTimeout(RESPONSE_TIMEOUT).build();
    }
}
