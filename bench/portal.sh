#!/usr/bin/env bash
# Issue 3's benchmark (not a test): N customers (default 1,000,000) imported and tiered, then
# USERS signed-in portal users (default 20) for SECONDS (default 60) on the customers page:
# open it, turn pages, filter by tier, turn a filtered page. Starts its own WildFly on port 8780
# (offset 700) against a scratch database tierwise_bench_portal; writes bench/target/portal-N.md.
# THINK_MS (default 0) pauses each user between requests, as a person reading the page would.
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-1000000}
users=${USERS:-20}
seconds=${SECONDS_MEASURED:-60}
db=tierwise_bench_portal
offset=700
source bench/server.sh

java -Xmx512m -Dthink.ms="${THINK_MS:-0}" -cp "bench/target/classes:$(cat bench/target/classpath.txt)" \
  com.tierwise.bench.PortalPageBenchmark "$base_url" "$password" "$rows" "$users" "$seconds" bench/target
