# Build and run alliance-graph; used by docker-compose.yml.
FROM maven:3.9-eclipse-temurin-25 AS build
# The build bundles the explorer page with node and npm (explorer/, pinned by its lockfile).
RUN apt-get update -qq && apt-get install -y -qq --no-install-recommends nodejs npm && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY pom.xml schema.graphqls ./
COPY cypher cypher
COPY demo demo
COPY explorer explorer
COPY src src
RUN mvn -B -q -DskipTests package

FROM eclipse-temurin:25-jre
WORKDIR /app
COPY --from=build /src/target/alliance-graph-*.jar /app/alliance-graph.jar
EXPOSE 8080
ENTRYPOINT ["java", "--add-opens=java.base/java.nio=ALL-UNNAMED", "--enable-native-access=ALL-UNNAMED", "-jar", "/app/alliance-graph.jar"]
