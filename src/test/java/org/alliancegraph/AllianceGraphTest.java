package org.alliancegraph;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.alliancegraph.support.RecorderConfiguration;
import org.alliancegraph.support.TesterConfiguration;
import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one test configuration: the whole application on a real embedded Neo4j holding the reference
 * and demonstration data, its driver wrapped by a statement recorder. Every test uses exactly this, so
 * Spring starts it once per test run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureGraphQlTester
@ActiveProfiles("test")
@Import({RecorderConfiguration.class, TesterConfiguration.class})
public @interface AllianceGraphTest {
}
