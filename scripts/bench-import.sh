#!/usr/bin/env bash
# Measures an import of a synthetic graph into a fresh embedded database: generates the files when
# absent (seed 42), imports them, then imports them again (must create nothing). Prints the
# importer's progress lines, the wall time and the process's maximum resident memory.
# Usage: scripts/bench-import.sh <XS|S|M|L> [heap, default 1g] [page cache, default 2g]
set -euo pipefail
cd "$(dirname "$0")/.."
size=${1:?size: XS, S, M or L}; heap=${2:-1g}; pagecache=${3:-2g}
jar=$(ls target/alliance-graph-*.jar 2>/dev/null | head -1 || true)
[ -n "$jar" ] || { mvn -q -B package -DskipTests; jar=$(ls target/alliance-graph-*.jar | head -1); }
java=$(ls -d /usr/lib/jvm/temurin-2[1-9]*/bin/java /usr/lib/jvm/*-2[1-9]-*/bin/java 2>/dev/null | sed -n 1p)
files=${SYN_DIR:-/tmp/syn-$size}
[ -f "$files/memberships.csv" ] || "$java" -jar "$jar" generate "$size" "$files"
db=$(mktemp -d)
trap 'rm -rf "$db"' EXIT
for run in first again; do
  /usr/bin/time -f "$run: wall %e s, max RSS %M KB" "$java" --add-opens=java.base/java.nio=ALL-UNNAMED \
      --enable-native-access=ALL-UNNAMED -Xmx"$heap" -jar "$jar" import "$files" \
      --alliance-graph.embedded.data-directory="$db" --alliance-graph.embedded.page-cache="$pagecache" \
      2>&1 | grep -E "rows/s|Imported|created|wall|ERROR|Exception" | sed "s/^/$run: /"
done
