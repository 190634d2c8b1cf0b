#!/usr/bin/env bash
# Issue 5's benchmark (not a test): ingest N survey responses (default 1,000,000) through the API in
# batches of 10,000 and time NPS by tier and touchpoint for a year. Needs the local PostgreSQL;
# starts its own WildFly (port offset 870, scratch database tierwise_bench_cx) and stops it, by its
# process id, when the script ends. Writes bench/target/survey-results-N.md.
set -euo pipefail
cd "$(dirname "$0")/.."
responses=${1:-1000000}
customers=${2:-100000}
db=tierwise_bench_cx
offset=870

export BENCH_SERVER_HEAP=${BENCH_SERVER_HEAP:-768m}
source bench/server.sh

java -Xmx512m -cp "bench/target/classes:$(cat bench/target/classpath.txt)" \
  com.tierwise.bench.SurveyBenchmark "${base_url}api/" "$password" "$customers" "$responses" bench/target
