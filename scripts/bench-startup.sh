#!/usr/bin/env bash
# Measures the embedded start: first start on an empty data directory (schema, reference and demo
# data loaded), then a restart on the same directory (nothing to load), then the resident memory.
# Usage: scripts/bench-startup.sh   (builds the jar first if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
jar=$(ls target/alliance-graph-*.jar 2>/dev/null | head -1 || true)
[ -n "$jar" ] || { mvn -q -B package -DskipTests; jar=$(ls target/alliance-graph-*.jar | head -1); }
java=$(ls -d /usr/lib/jvm/temurin-2[1-9]*/bin/java /usr/lib/jvm/*-2[1-9]-*/bin/java 2>/dev/null | head -1)
dir=$(mktemp -d)
port=18080
for run in first restart; do
  log="$dir/$run.log"
  "$java" --add-opens=java.base/java.nio=ALL-UNNAMED -Xmx512m -jar "$jar" --server.port=$port \
      --alliance-graph.embedded.data-directory="$dir/db" > "$log" 2>&1 &
  pid=$!
  until grep -q "Started AllianceGraphApplication" "$log"; do sleep 0.5; kill -0 $pid || { cat "$log"; exit 1; }; done
  echo "$run: $(grep -o 'Embedded Neo4j started in [0-9]* ms' "$log"); $(grep -o 'Database ready in [0-9]* ms' "$log"); $(grep -o 'Started AllianceGraphApplication in [0-9.]* seconds' "$log")"
  curl -s -XPOST localhost:$port/graphql -H 'content-type: application/json' -d '{"query":"{ graphStats { organisations } }"}' >/dev/null
  echo "$run: resident memory $(( $(ps -o rss= -p $pid) / 1024 )) MB"
  start=$(date +%s.%N); kill $pid; wait $pid || true
  echo "$run: stopped in $(echo "$(date +%s.%N) - $start" | bc) s"
done
rm -rf "$dir"
