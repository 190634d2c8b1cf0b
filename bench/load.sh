#!/usr/bin/env bash
# Issue 7's sustained load test (not a test of the build): for BENCH_DURATION (default 10m; 600,
# 600s or 10m) after a 60 s warm-up, signed-in portal users (dashboard, customers page, next
# page), treatment look-ups with a bearer token and survey batch posts, all at once, each at a
# bounded rate, on loopback. N customers (default 100,000; 1000000 works, it takes longer to
# load). Every 30 s the server is asked for a full GC (jcmd) and its used heap is read from
# /api/metrics. Starts its own WildFly (port offset 950, scratch database tierwise_bench_load)
# and stops it by its process id when the script ends. Writes bench/target/load.md.
# Rates: LOAD_PORTAL_USERS (4) × one request per LOAD_PORTAL_INTERVAL_MS (250),
# LOAD_TREATMENT_WORKERS (4) × one per LOAD_TREATMENT_INTERVAL_MS (20), one survey batch of
# LOAD_SURVEY_BATCH (20) per LOAD_SURVEY_INTERVAL_MS (1000).
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-100000}
duration=${BENCH_DURATION:-10m}
case $duration in
  *m) seconds=$(( ${duration%m} * 60 )) ;;
  *s) seconds=${duration%s} ;;
  *) seconds=$duration ;;
esac
db=tierwise_bench_load
offset=${BENCH_PORT_OFFSET:-950}
command -v jcmd >/dev/null || { echo "jcmd (JDK) is needed to sample the server's heap" >&2; exit 1; }

source bench/server.sh

java -Xmx512m -Dload.portal.users="${LOAD_PORTAL_USERS:-4}" -Dload.portal.interval.ms="${LOAD_PORTAL_INTERVAL_MS:-250}" \
  -Dload.treatment.workers="${LOAD_TREATMENT_WORKERS:-4}" -Dload.treatment.interval.ms="${LOAD_TREATMENT_INTERVAL_MS:-20}" \
  -Dload.survey.batch="${LOAD_SURVEY_BATCH:-20}" -Dload.survey.interval.ms="${LOAD_SURVEY_INTERVAL_MS:-1000}" \
  -Dload.warmup.s="${LOAD_WARMUP_S:-60}" \
  -cp "bench/target/classes:$(cat bench/target/classpath.txt)" \
  com.tierwise.bench.LoadTest "$base_url" "$password" "$rows" "$seconds" bench/target "$(cat "$JBOSS_PIDFILE")"
