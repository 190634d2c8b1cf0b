#!/usr/bin/env bash
# Starts two Tierwise nodes as a WildFly HA cluster on this machine (one PostgreSQL database, TCP
# discovery on loopback), runs the cluster checks against them, prints PASS/FAIL per check with
# its figures, stops both nodes by process id and exits non-zero when a check fails.
#
#   cluster/run-pair.sh              builds the EAR and the server when ear/target lacks them
#   CLUSTER_BUILD=true cluster/run-pair.sh   rebuilds first
#   CLUSTER_KEEP=true ...            leaves cluster/target (logs, mails, node folders) for reading
#
# The checks (README.md, "Cluster"): 1 tiering run visible on the other node, 2 approvals
# race-safe across nodes, 3 a scheduled report mailed exactly once, 4 a portal session surviving
# the stop of its node. Ports: offsets 2200 and 2300 (HTTP 10280/10380, management 12190/12290),
# JGroups TCP 9800/9900, the SMTP catcher on 12425; override with the CLUSTER_* variables below.
set -uo pipefail
cd "$(dirname "$0")/.."

db=${CLUSTER_DB:-tierwise_cluster}
offset1=${CLUSTER_OFFSET1:-2200}
offset2=${CLUSTER_OFFSET2:-2300}
smtp_port=${CLUSTER_SMTP_PORT:-12425}
pg_host=${CLUSTER_PG_HOST:-127.0.0.1}
pg_port=${CLUSTER_PG_PORT:-5432}
work=cluster/target
server=ear/target/server
http1=$((8080 + offset1)) http2=$((8080 + offset2))
url1="http://127.0.0.1:$http1/tierwise" url2="http://127.0.0.1:$http2/tierwise"

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*"; }
now_ms() { date +%s%3N; }

failures=0
results=()
pass() { results+=("PASS  $1"); log "PASS  $1"; }
fail() { results+=("FAIL  $1"); log "FAIL  $1"; failures=$((failures + 1)); }

# --- build and folders -------------------------------------------------------------------------
if [[ ${CLUSTER_BUILD:-false} == true || ! -f ear/target/tierwise.ear || ! -x $server/bin/standalone.sh ]]; then
  log "building the EAR and the server"
  ./mvnw -B -q -DskipTests -pl ear -am package || exit 1
fi
rm -rf "$work" && mkdir -p "$work/mail"

# The HA profile of the provisioned server, changed by cluster.cli in a copy of its folder.
cp -r $server/standalone/configuration "$work/ha-config"
rm -f "$work/ha-config/standalone_xml_history" 2>/dev/null
$server/bin/jboss-cli.sh -Djboss.server.config.dir="$(pwd)/$work/ha-config" --file=cluster/cluster.cli \
  > "$work/cluster-cli.log" 2>&1 || { cat "$work/cluster-cli.log"; exit 1; }
rm -rf "$work/ha-config/standalone_xml_history"

psql -h "$pg_host" -p "$pg_port" -U postgres -d test -q -v ON_ERROR_STOP=1 \
  -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" || exit 1

password="cluster-$(head -c 12 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
java cluster/SmtpCatcher.java "$smtp_port" "$work/mail" > "$work/smtp.out" 2>&1 &
smtp_pid=$!

declare -A node_pid node_out
start_node() { # name offset
  local name=$1 offset=$2 base="$work/$1"
  mkdir -p "$base/deployments"
  cp -r "$work/ha-config" "$base/configuration"
  cp ear/target/tierwise.ear "$base/deployments/"
  node_out[$name]="$work/$name.out"
  # JBOSS_PIDFILE: the JVM's own id, so the node can be stopped by id and nothing else.
  LAUNCH_JBOSS_IN_BACKGROUND=1 JBOSS_PIDFILE="$(pwd)/$work/$name.pid" \
  JAVA_OPTS="-Xms64m -Xmx512m -Djava.net.preferIPv4Stack=true -Djava.awt.headless=true -Djboss.as.management.blocking.timeout=${CLUSTER_BOOT_TIMEOUT:-900}" \
  TIERWISE_DB_URL="jdbc:postgresql://$pg_host:$pg_port/$db" TIERWISE_DB_DRIVER=postgresql \
  TIERWISE_DB_USER=postgres TIERWISE_ADMIN_PASSWORD="$password" TIERWISE_DEMO_DATA=false \
  TIERWISE_SMTP_HOST=127.0.0.1 TIERWISE_SMTP_PORT="$smtp_port" \
    $server/bin/standalone.sh -c standalone-ha.xml -Djboss.server.base.dir="$(pwd)/$base" \
    -Djboss.socket.binding.port-offset="$offset" -Djboss.node.name="$name" \
    -Dtierwise.cluster.peer1.port=$((7600 + offset1)) -Dtierwise.cluster.peer2.port=$((7600 + offset2)) \
    > "${node_out[$name]}" 2>&1 &
  node_pid[$name]=$!
}

jvm_pid() { cat "$work/$1.pid" 2>/dev/null; }

stop_node() { # name: SIGTERM to the JVM (graceful), SIGKILL after 60 s
  local name=$1 pid
  pid=$(jvm_pid "$name")
  [[ -n $pid ]] && kill "$pid" 2>/dev/null
  kill "${node_pid[$name]}" 2>/dev/null
  for _ in $(seq 60); do kill -0 "${node_pid[$name]}" 2>/dev/null || return 0; sleep 1; done
  [[ -n $pid ]] && kill -9 "$pid" 2>/dev/null
  kill -9 "${node_pid[$name]}" 2>/dev/null
  return 0
}

cleanup() {
  for name in "${!node_pid[@]}"; do stop_node "$name"; done
  kill "$smtp_pid" 2>/dev/null
  if [[ ${CLUSTER_KEEP:-false} != true ]]; then
    psql -h "$pg_host" -p "$pg_port" -U postgres -d test -q -c "DROP DATABASE IF EXISTS $db" 2>/dev/null
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

wait_ready() { # url name seconds
  for _ in $(seq "$3"); do
    curl -sf -o /dev/null "$1/api/status" && return 0
    kill -0 "${node_pid[$2]}" 2>/dev/null || break
    sleep 1
  done
  log "$2 did not start"; tail -40 "${node_out[$2]}"; return 1
}

# --- start: node1 first (it migrates the empty database and creates admin), then node2 ----------
started=$(now_ms)
start_node node1 "$offset1"
wait_ready "$url1" node1 600 || exit 1
log "node1 ready in $(( ($(now_ms) - started) / 1000 )) s"
started=$(now_ms)
start_node node2 "$offset2"
wait_ready "$url2" node2 600 || exit 1
log "node2 ready in $(( ($(now_ms) - started) / 1000 )) s"

# Both nodes in one cluster view (JGroups over TCP with the static member list).
members=""
for _ in $(seq 60); do
  members=$(grep -ho "'node2' joined cluster 'ejb' with view: .*" "${node_out[node2]}" | tail -1)
  [[ $members == *"(2)"* ]] && break
  sleep 1
done
if [[ $members == *"(2)"* ]]; then pass "cluster: $members"; else fail "cluster: two members expected, node2 saw '${members:-none}'"; fi

# --- helpers ------------------------------------------------------------------------------------
api() { # method url user:password [json body] -> prints body, then the status on the last line
  local method=$1 url=$2 credentials=$3 body=${4:-}
  if [[ -n $body ]]; then
    curl -s -u "$credentials" -X "$method" -H 'Content-Type: application/json' --data "$body" -w '\n%{http_code}' "$url"
  else
    curl -s -u "$credentials" -X "$method" -w '\n%{http_code}' "$url"
  fi
}
status_of() { tail -n1 <<< "$1"; }
body_of() { sed '$d' <<< "$1"; }
json_number() { grep -o "\"$1\":[0-9]*" | head -1 | cut -d: -f2; } # first "name":number in the JSON
json_counts() { grep -o '"counts":{[^}]*}' | head -1 | cut -d: -f2-; }

admin="admin:$password"
analyst="cluster-analyst:$password-a"
board="cluster-board:$password-b"
api POST "$url1/api/users" "$admin" "{\"username\":\"cluster-analyst\",\"password\":\"$password-a\",\"roles\":[\"CX_ANALYST\"]}" > /dev/null
api POST "$url1/api/users" "$admin" "{\"username\":\"cluster-board\",\"password\":\"$password-b\",\"roles\":[\"GOVERNANCE_BOARD\"]}" > /dev/null
csv="external_id,name,business_value,cx_score"$'\n'
# T-1..T-8 end up in tier C, so tier B is a valid override for each round of the race.
for i in $(seq 1 40); do csv+="T-$i,Customer $i,$i,$((41 - i % 7 * 5))"$'\n'; done
curl -s -o /dev/null -u "$analyst" -H 'Content-Type: text/csv' --data-binary "$csv" "$url1/api/customers/import"

# --- check 3 first: the report is due a minute from now, while the other checks run -------------
due_epoch=$(( $(date +%s) + 75 ))
due=$(date -u -d "@$due_epoch" '+%S %M %H %d %m')
schedule="$(cut -d' ' -f1-5 <<< "$due") *"
subscription=$(api POST "$url1/api/reports/subscriptions" "$admin" \
  "{\"report\":\"executive-tier\",\"format\":\"pdf\",\"locale\":\"en\",\"recipients\":[\"board@example.com\"],\"schedule\":\"$schedule\"}")
log "report subscription ($(status_of "$subscription")) scheduled '$schedule' UTC: $(body_of "$subscription")"

# --- check 1: a tiering run started on node1 is visible on node2 at once -----------------------
portal_login() { # base_url cookie_jar user password -> status of the page after sign-in
  local base=$1 jar=$2 user=$3 pass=$4 page state
  page=$(curl -s -c "$jar" -b "$jar" "$base/login.xhtml")
  state=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' <<< "$page" | head -1 | sed 's/.*value="//;s/"$//')
  curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" -L \
    --data-urlencode "loginForm=loginForm" --data-urlencode "loginForm:username=$user" \
    --data-urlencode "loginForm:password=$pass" --data-urlencode "loginForm:signIn=" \
    --data-urlencode "jakarta.faces.ViewState=$state" "$base/login.xhtml"
}

# A node2 portal session opened before the run, so the dashboard is seen by a warm node.
portal_login "$url2" "$work/node2-analyst.cookies" cluster-analyst "$password-a" > /dev/null
curl -s -o /dev/null -b "$work/node2-analyst.cookies" "$url2/app/dashboard.xhtml"
curl -s -o /dev/null -u "$analyst" "$url2/api/tiering/runs?limit=1"
run=$(api POST "$url1/api/tiering/runs" "$analyst")
run_id=$(body_of "$run" | json_number id)
run_counts=$(body_of "$run" | json_counts)
seen=$(api GET "$url2/api/tiering/runs?limit=1" "$analyst")
seen_id=$(body_of "$seen" | json_number id)
seen_counts=$(body_of "$seen" | json_counts)
page=$(curl -s -b "$work/node2-analyst.cookies" "$url2/app/dashboard.xhtml")
page_counts=$(grep -o 'tw-count-value">[0-9,]*' <<< "$page" | sed 's/.*">/ /' | tr -d '\n')
if [[ -n $run_id && $seen_id == "$run_id" && -n $seen_counts && $seen_counts == "$run_counts" ]]; then
  pass "tiering run $run_id started on node1 ($(status_of "$run")) is the latest run on node2 at once, counts $seen_counts"
else
  fail "tiering run on node1: ${run_id:-none} ($(status_of "$run")), latest on node2: ${seen_id:-none} $seen_counts"
fi
shown_id=$(grep -o '<dt>Run</dt><dd>[0-9]*' <<< "$page" | grep -o '[0-9]*$')
if [[ -n $run_id && $shown_id == "$run_id" ]]; then
  pass "node2's portal dashboard shows run $run_id at once (tier counts:$page_counts)"
else
  fail "node2's portal dashboard shows run ${shown_id:-none}, not $run_id (tier counts:$page_counts)"
fi

# --- check 2: the same decision sent to both nodes at once: one 200, one 409 -------------------
rounds=${CLUSTER_RACE_ROUNDS:-8}
race_ok=0 overlapped=0 race_log=""
for round in $(seq 1 "$rounds"); do
  created=$(api POST "$url1/api/overrides" "$analyst" \
    "{\"externalId\":\"T-$round\",\"tier\":\"B\",\"reason\":\"OTHER\",\"justification\":\"cluster race round $round\"}")
  id=$(body_of "$created" | json_number id)
  decision='{"decision":"APPROVE","comment":"race"}'
  api POST "$url1/api/overrides/$id/decision" "$board" "$decision" > "$work/race-$round-1" &
  p1=$!
  api POST "$url2/api/overrides/$id/decision" "$board" "$decision" > "$work/race-$round-2" &
  p2=$!
  wait "$p1" "$p2"
  statuses=$(printf '%s\n%s\n' "$(tail -n1 "$work/race-$round-1")" "$(tail -n1 "$work/race-$round-2")" | sort | tr '\n' ' ')
  race_log+="round $round override ${id:-?}: node1 $(tail -n1 "$work/race-$round-1"), node2 $(tail -n1 "$work/race-$round-2"); "
  [[ $statuses == "200 409 " ]] && race_ok=$((race_ok + 1))
  # The loser either lost at the database's optimistic update (the requests overlapped) or found
  # the override already decided (the winner had committed before it read).
  grep -q 'decided concurrently' "$work/race-$round-1" "$work/race-$round-2" && overlapped=$((overlapped + 1))
done
audits=$(psql -h "$pg_host" -p "$pg_port" -U postgres -d "$db" -tA \
  -c "SELECT count(*) FROM tier_override_audit WHERE to_status = 'APPROVED'")
if [[ $race_ok == "$rounds" && $audits == "$rounds" ]]; then
  pass "approval race: $rounds/$rounds rounds gave exactly one 200 and one 409 ($overlapped lost at the concurrent update itself), $audits approvals audited ($race_log)"
else
  fail "approval race: $race_ok/$rounds rounds gave one 200 and one 409, $audits approvals audited ($race_log)"
fi

# --- check 3 (continued): after the due time and a sweep, exactly one mail --------------------
while (( $(date +%s) < due_epoch + 45 )); do sleep 2; done
first_count=$(find "$work/mail" -name '*.eml' | wc -l)
sleep 35 # one more sweep on each node: a late duplicate would show now
mails=$(find "$work/mail" -name '*.eml' | wc -l)
deliveries=$(psql -h "$pg_host" -p "$pg_port" -U postgres -d "$db" -tA \
  -c "SELECT count(*) || ' row(s): ' || coalesce(string_agg(status || ' at ' || to_char(scheduled_for AT TIME ZONE 'UTC', 'HH24:MI:SS'), ', '), '') FROM report_delivery")
first_mail=$(find "$work/mail" -name '*.eml' | sort | head -1)
if [[ $mails == 1 && $first_count == 1 ]] && grep -qi 'board@example.com' "$first_mail" \
  && grep -qi 'application/pdf' "$first_mail"; then
  pass "scheduled report: exactly 1 mail (with the PDF) at the SMTP catcher 80 s after the due time, both nodes up; deliveries: $deliveries"
else
  fail "scheduled report: $first_count mail(s) 45 s after the due time, $mails 80 s after; deliveries: $deliveries"
fi

# --- check 4: a portal session survives the stop of the node it was on -------------------------
jar="$work/failover.cookies"
login_status=$(portal_login "$url1" "$jar" cluster-analyst "$password-a")
before=$(curl -s -o "$work/before.html" -w '%{http_code} %{redirect_url}' -b "$jar" -c "$jar" "$url1/app/dashboard.xhtml")
cookie_before=$(awk '$6 == "JSESSIONID" {print $7}' "$jar" | tail -1)
signed_in_before=$(grep -c 'cluster-analyst' "$work/before.html")
stop_started=$(now_ms)
stop_node node1
stopped=$(now_ms)
after=$(curl -s -o "$work/after.html" -w '%{http_code} %{redirect_url}' -b "$jar" -c "$jar" "$url2/app/dashboard.xhtml")
answered=$(now_ms)
cookie_after=$(awk '$6 == "JSESSIONID" {print $7}' "$jar" | tail -1)
signed_in_after=$(grep -c 'cluster-analyst' "$work/after.html")
figures="node1 stopped in $(( (stopped - stop_started) / 1000 )) s, node2 answered the same cookie in $((answered - stopped)) ms; cookie $cookie_before -> $cookie_after"
if [[ $login_status == 200 && $before == "200 " && $signed_in_before -gt 0 && $after == "200 " && $signed_in_after -gt 0 ]]; then
  pass "session failover: signed in on node1, node1 stopped (SIGTERM), node2 serves the dashboard to the same session; $figures"
else
  fail "session failover: sign-in $login_status, node1 '$before' (user shown: $signed_in_before), node2 '$after' (user shown: $signed_in_after); $figures"
fi
if [[ ${cookie_before%%.*} == "${cookie_after%%.*}" && $cookie_before == *.node1 && $cookie_after == *.node2 ]]; then
  pass "session route: the session id is kept and its route suffix moves from .node1 to .node2"
else
  fail "session route: expected the same id with .node1 then .node2, saw $cookie_before then $cookie_after"
fi

# The page's view state (JSF view and the view-scoped DashboardView) moved too: "Run tiering now"
# posted to node2 with the view node1 rendered runs tiering and re-renders the dashboard.
state=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' "$work/before.html" | head -1 | sed 's/.*value="//;s/"$//')
runs_before=$(psql -h "$pg_host" -p "$pg_port" -U postgres -d "$db" -tA -c "SELECT max(id) FROM tiering_run")
postback=$(curl -s -b "$jar" -c "$jar" -H 'Faces-Request: partial/ajax' -H 'X-Requested-With: XMLHttpRequest' \
  --data-urlencode "jakarta.faces.partial.ajax=true" --data-urlencode "jakarta.faces.source=dashboardForm:runNow" \
  --data-urlencode "jakarta.faces.partial.execute=dashboardForm:runNow" \
  --data-urlencode "jakarta.faces.partial.render=dashboardForm" --data-urlencode "dashboardForm:runNow=dashboardForm:runNow" \
  --data-urlencode "dashboardForm=dashboardForm" --data-urlencode "jakarta.faces.ViewState=$state" \
  "$url2/app/dashboard.xhtml")
runs_after=$(psql -h "$pg_host" -p "$pg_port" -U postgres -d "$db" -tA -c "SELECT max(id) FROM tiering_run")
shown_after=$(grep -o '<dt>Run</dt><dd>[0-9]*' <<< "$postback" | grep -o '[0-9]*$')
if [[ -n $runs_after && $runs_after != "$runs_before" && $shown_after == "$runs_after" ]]; then
  pass "view state failover: 'Run tiering now' posted to node2 with node1's view ran tiering (run $runs_after) and re-rendered the dashboard"
else
  fail "view state failover: runs before $runs_before, after $runs_after, the re-rendered dashboard shows ${shown_after:-nothing} ($(head -c 300 <<< "$postback"))"
fi

echo
echo "Cluster checks (nodes: $url1, $url2; database $db):"
printf '  %s\n' "${results[@]}"
if (( failures > 0 )); then
  echo "Logs: $work/node1.out, $work/node2.out; mails: $work/mail (kept with CLUSTER_KEEP=true)"
  exit 1
fi
