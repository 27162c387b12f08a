# Build and run alliance-graph; used by docker-compose.yml (the prod profile against a Neo4j server).
FROM maven:3.9-eclipse-temurin-25 AS build
# The build bundles the explorer page with node and npm (explorer/, pinned by its lockfile).
RUN apt-get update -qq && apt-get install -y -qq --no-install-recommends nodejs npm && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY pom.xml schema.graphqls ./
COPY cypher cypher
COPY demo demo
COPY explorer explorer
COPY src src
RUN mvn -B -q -DskipTests package \
 && java -Djarmode=tools -jar target/alliance-graph-*-SNAPSHOT.jar extract --layers --launcher --destination /layers

FROM eclipse-temurin:25-jre
# Not root: the service needs no privilege, and a compromise of it should not own the container.
RUN groupadd --system --gid 10001 alliance && useradd --system --uid 10001 --gid alliance --home-dir /app alliance
WORKDIR /app
# Boot's layers, least changing first, so a code change rebuilds only the last layer.
COPY --from=build /layers/dependencies/ ./
COPY --from=build /layers/spring-boot-loader/ ./
COPY --from=build /layers/snapshot-dependencies/ ./
COPY --from=build /layers/application/ ./
RUN mkdir -p /app/data && chown alliance:alliance /app/data
USER alliance:alliance
ENV SPRING_PROFILES_ACTIVE=prod \
    ALLIANCE_GRAPH_BIND_ADDRESS=0.0.0.0 \
    ALLIANCE_GRAPH_MANAGEMENT_ADDRESS=0.0.0.0 \
    ALLIANCE_GRAPH_EMBEDDED_DATA_DIRECTORY=/app/data/neo4j
EXPOSE 8080 8081
# The JVM flags Neo4j's embedded engine and the driver's Netty need (also harmless against a server);
# a JVM whose heap ran out exits, and the container's restart policy starts it again.
ENV JAVA_TOOL_OPTIONS="--add-opens=java.base/java.nio=ALL-UNNAMED --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow -XX:MaxRAMPercentage=60 -XX:+ExitOnOutOfMemoryError"
# Health from the management port, with bash alone (the image has no curl).
HEALTHCHECK --interval=15s --timeout=5s --start-period=120s --retries=4 CMD bash -c \
  'exec 3<>/dev/tcp/127.0.0.1/8081 && printf "GET /actuator/health HTTP/1.0\r\nHost: localhost\r\n\r\n" >&3 && grep -q "\"status\":\"UP\"" <&3'
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
