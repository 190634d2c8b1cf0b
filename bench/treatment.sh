#!/usr/bin/env bash
# Issue 4's benchmark (not a test): GET /customers/{id}/treatment, the contact centre's hot path,
# with a service bearer token over N customers (default 1,000,000), loaded by wrk from a second
# process on loopback. Needs the local PostgreSQL and wrk (apt-get install wrk); starts its own
# WildFly with port offset 450 against a scratch database tierwise_bench_treatment and writes
# bench/target/treatment-N.md. Target: at least 2,000 requests/s with p99 under 25 ms.
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-1000000}
duration=${BENCH_DURATION:-30s}
connections=${BENCH_CONNECTIONS:-32}
db=tierwise_bench_treatment
offset=450

command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 1; }
[ "${BENCH_SKIP_BUILD:-}" = 1 ] || ./mvnw -B -q -Pbench -DskipTests package
if [ "${BENCH_KEEP_DB:-}" != 1 ]; then
  psql -h 127.0.0.1 -U postgres -d test -q -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
fi

base=bench/target/wildfly-treatment
rm -rf "$base" && mkdir -p "$base/deployments"
cp -r ear/target/server/standalone/configuration "$base/"
cp ear/target/tierwise.ear "$base/deployments/"
password="bench-$(head -c 12 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
psql -h 127.0.0.1 -U postgres -d "$db" -q -c "DELETE FROM app_user_role; DELETE FROM app_user" 2>/dev/null || true

export LAUNCH_JBOSS_IN_BACKGROUND=1
export JAVA_OPTS="-Xms256m -Xmx${BENCH_SERVER_HEAP:-512m} -Djava.net.preferIPv4Stack=true -Djava.awt.headless=true"
TIERWISE_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" TIERWISE_DB_DRIVER=postgresql \
TIERWISE_DB_USER=postgres TIERWISE_ADMIN_PASSWORD="$password" TIERWISE_DEMO_DATA=false \
  ear/target/server/bin/standalone.sh -Djboss.server.base.dir="$(pwd)/$base" \
  -Djboss.socket.binding.port-offset=$offset > bench/target/treatment-server.out 2>&1 &
server=$!
stop() {
  kill "$server" 2>/dev/null || true
  for _ in $(seq 30); do kill -0 "$server" 2>/dev/null || return 0; sleep 1; done
  kill -9 "$server" 2>/dev/null || true
}
trap stop EXIT

host="http://localhost:$((8080 + offset))"
api="$host/tierwise/api/"
for _ in $(seq 180); do curl -sf "${api}status" >/dev/null && break; sleep 1; done
curl -sf "${api}status" >/dev/null || { tail -50 bench/target/treatment-server.out; exit 1; }

token=$(java -Xmx256m -cp "bench/target/classes:$(cat bench/target/classpath.txt)" \
  com.tierwise.bench.TreatmentBenchmarkSetup "$api" "$password" \
  "jdbc:postgresql://127.0.0.1:5432/$db?user=postgres" "$rows" bench/target | tail -1)

export TREATMENT_TOKEN="$token" TREATMENT_ROWS="$rows"
# Warm-up: JIT, connection pool, PostgreSQL buffers.
wrk -t2 -c"$connections" -d15s -s bench/treatment.lua "$host" > /dev/null
result=$(wrk -t2 -c"$connections" -d"$duration" --latency -s bench/treatment.lua "$host" | tee bench/target/treatment-wrk.txt | grep '^RESULT')
echo "$result"
{
  echo "## Treatment endpoint, $rows customers, bearer token, wrk -t2 -c$connections -d$duration"
  echo
  echo "$result"
  echo
  echo "Target: rps >= 2000, p99_ms < 25."
} > "bench/target/treatment-$rows.md"
