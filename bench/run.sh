#!/usr/bin/env bash
# Issue 2's benchmark (not a test): import N customers (default 1,000,000) through the API and run
# tiering over them, each against PostgreSQL doing the same work alone (COPY; one INSERT ...
# SELECT). Needs the local PostgreSQL; starts its own WildFly on port 8380 (offset 300) against a
# scratch database tierwise_bench, and writes bench/target/results-N.md.
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-1000000}
db=tierwise_bench
offset=300
source bench/server.sh

java -Xmx256m -cp "bench/target/classes:$(cat bench/target/classpath.txt)" \
  com.tierwise.bench.ImportAndTieringBenchmark "${base_url}api/" "$password" \
  "jdbc:postgresql://127.0.0.1:5432/$db?user=postgres" "$rows" \
  "http://localhost:$((9990 + offset))/metrics" bench/target
