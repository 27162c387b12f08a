package org.alliancegraph.bench;

import org.alliancegraph.support.StatementRecorder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.neo4j.repository.config.EnableNeo4jRepositories;

/** Adds the baseline's repositories and the statement recorder to the application for a benchmark run. */
@Configuration(proxyBeanMethods = false)
@EnableNeo4jRepositories(basePackageClasses = BaselineRepositories.class, considerNestedRepositories = true)
class BenchConfiguration {

    @Bean
    static StatementRecorder statementRecorder() {
        return new StatementRecorder();
    }
}
