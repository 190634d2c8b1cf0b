#!/usr/bin/env bash
# Issue 4's benchmark (not a test): GET /customers/{id}/treatment, the contact centre's hot path,
# with a service bearer token over N customers (default 1,000,000), loaded by wrk from a second
# process on loopback. Needs the local PostgreSQL and wrk (apt-get install wrk); starts its own
# WildFly with port offset 450 against a scratch database tierwise_bench_treatment and writes
# bench/target/treatment-N.md (one line per connection count). Target: at least 2,000 requests/s
# with p99 under 25 ms.
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-1000000}
duration=${BENCH_DURATION:-30s}
# One run per connection count: latency at a load the machine carries, and where it saturates.
connections=${BENCH_CONNECTIONS:-8 16 32}
db=tierwise_bench_treatment
offset=450

command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 1; }
source bench/server.sh

host="http://localhost:$((8080 + offset))"
api="${base_url}api/"

token=$(java -Xmx256m -cp "bench/target/classes:$(cat bench/target/classpath.txt)" \
  com.tierwise.bench.TreatmentBenchmarkSetup "$api" "$password" \
  "jdbc:postgresql://127.0.0.1:5432/$db?user=postgres" "$rows" bench/target | tail -1)

export TREATMENT_TOKEN="$token" TREATMENT_ROWS="$rows"
# Warm-up: JIT (the first 15 s still compile the hot path), connection pool, PostgreSQL buffers.
wrk -t2 -c16 -d${BENCH_WARMUP:-60s} -s bench/treatment.lua "$host" > /dev/null
{
  echo "## Treatment endpoint, $rows customers, bearer token, wrk -t2 -d$duration after a ${BENCH_WARMUP:-60s} warm-up"
  echo
  echo "Target: rps >= 2000, p99_ms < 25. Load average after the warm-up (wrk itself included): $(cut -d' ' -f1-3 /proc/loadavg)."
  echo
} > "bench/target/treatment-$rows.md"
for c in $connections; do
  result=$(wrk -t2 -c"$c" -d"$duration" --latency -s bench/treatment.lua "$host" | tee "bench/target/treatment-wrk-c$c.txt" | grep '^RESULT')
  echo "connections=$c $result" | tee -a "bench/target/treatment-$rows.md"
done
