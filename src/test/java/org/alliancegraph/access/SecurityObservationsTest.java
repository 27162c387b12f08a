package org.alliancegraph.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import org.alliancegraph.AllianceGraphTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A read through HTTP is observed as a request (and a GraphQL request), without an observation per
 * security filter or per authorisation decision (4 % of a read's request-thread time in a profile).
 */
@AllianceGraphTest
class SecurityObservationsTest {

    @Autowired
    ObservationRegistry observations;
    @LocalServerPort
    int port;

    /** Names of the observations started while it is on; the registry keeps it, so it stays off otherwise. */
    static final class Recorder implements ObservationHandler<Observation.Context> {
        volatile List<String> names;

        @Override
        public void onStart(Observation.Context context) {
            List<String> sink = names;
            if (sink != null) {
                sink.add(context.getName());
            }
        }

        @Override
        public boolean supportsContext(Observation.Context context) {
            return true;
        }
    }

    @Test
    void a_read_is_observed_as_a_request_without_the_security_filters() throws Exception {
        Recorder recorder = new Recorder();
        observations.observationConfig().observationHandler(recorder);
        recorder.names = new CopyOnWriteArrayList<>();
        HttpResponse<String> response;
        try {
            response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"{ organisation(id: \\\"le-rameau\\\") { id } }\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
        } finally {
            List<String> seen = recorder.names;
            recorder.names = null;
            assertThat(seen).contains("http.server.requests", "graphql.request")
                    .noneMatch(name -> name.startsWith("spring.security"));
        }
        assertThat(response.statusCode()).isEqualTo(200);
    }
}
