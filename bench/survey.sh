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

./mvnw -B -q -Pbench -DskipTests package
psql -h 127.0.0.1 -U postgres -d test -q -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
base=bench/target/wildfly-base-$db
rm -rf "$base" && mkdir -p "$base/deployments"
cp -r ear/target/server/standalone/configuration "$base/"
cp ear/target/tierwise.ear "$base/deployments/"
password="bench-$(head -c 12 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"

export LAUNCH_JBOSS_IN_BACKGROUND=1
export JBOSS_PIDFILE="$(pwd)/bench/target/server-$db.pid" # the JVM's own id, to stop it by id
rm -f "$JBOSS_PIDFILE"
export JAVA_OPTS="-Xms64m -Xmx${BENCH_SERVER_HEAP:-768m} -Djava.net.preferIPv4Stack=true -Djava.awt.headless=true"
TIERWISE_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" TIERWISE_DB_DRIVER=postgresql \
TIERWISE_DB_USER=postgres TIERWISE_ADMIN_PASSWORD="$password" TIERWISE_DEMO_DATA=false \
  ear/target/server/bin/standalone.sh -Djboss.server.base.dir="$(pwd)/$base" \
  -Djboss.socket.binding.port-offset=$offset > "bench/target/server-$db.out" 2>&1 &
server=$!
stop() {
  kill "$server" 2>/dev/null || true
  for _ in $(seq 60); do kill -0 "$server" 2>/dev/null || return 0; sleep 1; done
  if [[ -f "$JBOSS_PIDFILE" ]]; then kill -9 "$(cat "$JBOSS_PIDFILE")" 2>/dev/null || true; fi
  kill -9 "$server" 2>/dev/null || true
}
trap stop EXIT

base_url="http://localhost:$((8080 + offset))/tierwise/"
for _ in $(seq 180); do curl -sf "${base_url}api/status" >/dev/null && break; sleep 1; done
curl -sf "${base_url}api/status" >/dev/null || { tail -50 "bench/target/server-$db.out"; exit 1; }

java -Xmx512m -cp "bench/target/classes:$(cat bench/target/classpath.txt)" \
  com.tierwise.bench.SurveyBenchmark "${base_url}api/" "$password" "$customers" "$responses" bench/target
