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

./mvnw -B -q -Pbench -DskipTests package
psql -h 127.0.0.1 -U postgres -d test -q -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" -c "ALTER DATABASE $db SET session_preload_libraries = 'auto_explain'" -c "ALTER DATABASE $db SET auto_explain.log_min_duration = '20s'"

base=bench/target/wildfly-base
rm -rf "$base" && mkdir -p "$base/deployments"
cp -r ear/target/server/standalone/configuration "$base/"
cp ear/target/tierwise.ear "$base/deployments/"
password="bench-$(head -c 12 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"

export LAUNCH_JBOSS_IN_BACKGROUND=1 # so that stopping the script stops the server
# BENCH_SERVER_HEAP=256m proves the flat heap: a server holding rows per customer would fail.
export JAVA_OPTS="-Xms64m -Xmx${BENCH_SERVER_HEAP:-512m} -Djava.net.preferIPv4Stack=true -Djava.awt.headless=true"
TIERWISE_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" TIERWISE_DB_DRIVER=postgresql \
TIERWISE_DB_USER=postgres TIERWISE_ADMIN_PASSWORD="$password" TIERWISE_DEMO_DATA=false \
  ear/target/server/bin/standalone.sh -Djboss.server.base.dir="$(pwd)/$base" \
  -Djboss.socket.binding.port-offset=$offset > bench/target/server.out 2>&1 &
server=$!
stop() {
  kill "$server" 2>/dev/null || true
  for _ in $(seq 30); do kill -0 "$server" 2>/dev/null || return 0; sleep 1; done
  pkill -9 -f "jboss.server.base.dir=$(pwd)/$base" || true
}
trap stop EXIT

api="http://localhost:$((8080 + offset))/tierwise/api/"
for _ in $(seq 120); do curl -sf "${api}status" >/dev/null && break; sleep 1; done
curl -sf "${api}status" >/dev/null || { tail -50 bench/target/server.out; exit 1; }

java -Xmx256m -cp "bench/target/classes:$(cat bench/target/classpath.txt)" \
  com.tierwise.bench.ImportAndTieringBenchmark "$api" "$password" \
  "jdbc:postgresql://127.0.0.1:5432/$db?user=postgres" "$rows" \
  "http://localhost:$((9990 + offset))/metrics" bench/target
