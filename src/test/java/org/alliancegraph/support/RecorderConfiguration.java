package org.alliancegraph.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Puts the statement recorder around the driver of the one test context. */
@TestConfiguration(proxyBeanMethods = false)
public class RecorderConfiguration {

    @Bean
    static StatementRecorder statementRecorder() {
        return new StatementRecorder();
    }
}
