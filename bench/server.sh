# Sourced by the benchmark scripts: builds, creates a scratch database, starts the built EAR in its
# own WildFly against it (port offset $offset) and stops the server when the script exits.
# In: db, offset; BENCH_SKIP_BUILD=1 reuses the built EAR, BENCH_KEEP_DB=1 (or true) the data of
# the previous run, BENCH_SERVER_HEAP the server's -Xmx (default 512m).
# Out: password (of admin), base_url (http://localhost:<port>/tierwise/).

keep_db() { [[ "${BENCH_KEEP_DB:-}" == 1 || "${BENCH_KEEP_DB:-}" == true ]]; }

[[ "${BENCH_SKIP_BUILD:-}" == 1 ]] || ./mvnw -B -q -Pbench -DskipTests package
if ! keep_db; then
  psql -h 127.0.0.1 -U postgres -d test -q -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" -c "ALTER DATABASE $db SET session_preload_libraries = 'auto_explain'" -c "ALTER DATABASE $db SET auto_explain.log_min_duration = '20s'"
fi

base=bench/target/wildfly-base-$db
rm -rf "$base" && mkdir -p "$base/deployments"
cp -r ear/target/server/standalone/configuration "$base/"
cp ear/target/tierwise.ear "$base/deployments/"
# The admin password is set at the first start against an empty database; kept with the data.
password_file=bench/target/.admin-password-$db
if ! keep_db || [[ ! -f "$password_file" ]]; then
  echo "bench-$(head -c 12 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')" > "$password_file"
fi
password=$(cat "$password_file")

export LAUNCH_JBOSS_IN_BACKGROUND=1 # so that stopping the script stops the server
export JBOSS_PIDFILE="$(pwd)/bench/target/server-$db.pid" # the JVM's own id, to stop it by id
rm -f "$JBOSS_PIDFILE"
# BENCH_SERVER_HEAP=256m proves the flat heap: a server holding rows per customer would fail.
export JAVA_OPTS="-Xms64m -Xmx${BENCH_SERVER_HEAP:-512m} -Djava.net.preferIPv4Stack=true -Djava.awt.headless=true"
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
