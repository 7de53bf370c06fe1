#!/usr/bin/env bash
# Crash safety on PostgreSQL or MariaDB: flood the public petition endpoint, kill the JVM with SIGKILL in the
# middle of the flood, start it again, and prove that every submission that was acknowledged (201)
# is there, that the audit chain verifies, and that no event publication is left incomplete.
#
# Needs: PostgreSQL on 127.0.0.1:5432 (user postgres, trust) or, with SUNSHINE_SCRIPT_DATABASE=mariadb,
# MariaDB on 127.0.0.1:3306 (root, no password); target/sunshine.jar (mvn package), curl.
# Usage: scripts/crash-safety.sh [seconds of flood before the kill, default 8]
# The database (dropped and created) and the ports: SUNSHINE_SCRIPT_DB_NAME, SUNSHINE_SCRIPT_PORT_SHIFT (scripts/database.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

FLOOD_SECONDS=${1:-8}
. scripts/database.sh
db_use sunshine_crash
PORT=$((18181 + PORT_SHIFT))
WORK=$(mktemp -d /tmp/sunshine-crash.XXXX)
PASSWORD='Crash-Test-2017'
export SUNSHINE_DEMO_ENABLED=true SUNSHINE_DEMO_PASSWORD="$PASSWORD" SUNSHINE_DATA_DIR="$WORK/data"
export SUNSHINE_CRYPTO_KEY_V1=c3Vuc2hpbmUtY3Jhc2gtMQ== SUNSHINE_CRYPTO_INDEX_KEY=c3Vuc2hpbmUtY3Jhc2gtaQ==
export SUNSHINE_AUDIT_KEY=c3Vuc2hpbmUtY3Jhc2gtc2FmZXR5LWF1ZGl0LWtleTMy
export SUNSHINE_ABUSE_SUBMISSIONS_PER_IP_BURST=1000000 SUNSHINE_ABUSE_SUBMISSIONS_PER_IP_HOUR=1000000
export SUNSHINE_ABUSE_SUBMISSIONS_PER_PHONE_DAY=1000000 SUNSHINE_ABUSE_LOOKUPS_PER_IP_MINUTE=1000000
export SERVER_PORT=$PORT

[ -f target/sunshine.jar ] || { echo "target/sunshine.jar is missing: run mvn -DskipTests package" >&2; exit 2; }
db_recreate
echo "Database: $(db_name) $DB"

APP=""
trap 'if [ -n "$APP" ]; then kill "$APP" 2>/dev/null || true; fi' EXIT

start() {
  java -Xmx512m -jar target/sunshine.jar >>"$WORK/app.log" 2>&1 &
  APP=$!
  for _ in $(seq 1 "$START_SECONDS"); do
    curl -fs "http://127.0.0.1:$PORT/actuator/health" >/dev/null 2>&1 && return 0
    kill -0 "$APP" 2>/dev/null || { echo "Sunshine did not start; see $WORK/app.log" >&2; exit 1; }
    sleep 1
  done
  echo "Sunshine did not answer in $START_SECONDS s" >&2; exit 1
}

flood() { # worker number
  local n=0
  while true; do
    n=$((n + 1))
    body=$(printf '{"agency":"640000-xfj","channel":"网上投诉","name":"测试%s","idNumber":"11010519491231002X","phone":"13800000000","address":"银川市兴庆区解放西街369号","title":"压力测试第%s-%s件","content":"崩溃恢复测试：第 %s 号工作线程的第 %s 件网上投诉，内容唯一。","category":"URBAN_HOUSING"}' "$1" "$1" "$n" "$1" "$n")
    response=$(curl -s -m 5 -o - -w '\n%{http_code}' -H 'Content-Type: application/json' \
      --data "$body" "http://127.0.0.1:$PORT/api/v1/petitions" || true)
    code=$(tail -n1 <<<"$response")
    if [ "$code" = "201" ]; then
      head -n1 <<<"$response" >>"$WORK/acked-$1.jsonl"
    elif [ -n "$code" ] && [ "$code" != "000" ] && [ ! -f "$WORK/refused-sample.txt" ]; then
      printf '%s\n' "$response" >"$WORK/refused-sample.txt"
    fi
  done
}

echo "Work directory: $WORK"
start
for _ in $(seq 1 "$START_SECONDS"); do   # the demo region and records load after the server is up
  grep -q "Demo data loaded" "$WORK/app.log" && break
  sleep 1
done
echo "Started (pid $APP); flooding for $FLOOD_SECONDS s with 4 workers"
for w in 1 2 3 4; do flood "$w" & done
sleep "$FLOOD_SECONDS"
kill -9 "$APP"
echo "Killed the JVM with SIGKILL in the middle of the flood"
sleep 2
for job in $(jobs -p); do kill "$job" 2>/dev/null || true; done
wait 2>/dev/null || true

cat "$WORK"/acked-*.jsonl >"$WORK/acked.jsonl" 2>/dev/null || true
ACKED=$(wc -l <"$WORK/acked.jsonl")
[ "$ACKED" -gt 0 ] || { echo "FAIL: no submission was acknowledged before the kill" >&2; cat "$WORK/refused-sample.txt" 2>/dev/null >&2; exit 1; }

start
echo "Restarted (pid $APP); checking $ACKED acknowledged submissions"
missing=0
while read -r line; do
  code=$(sed -E 's/.*"trackingCode":"([^"]+)".*/\1/' <<<"$line")
  query=$(sed -E 's/.*"queryCode":"([^"]+)".*/\1/' <<<"$line")
  status=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/api/v1/petitions/track?code=$code&queryCode=$query")
  if [ "$status" != "200" ]; then
    missing=$((missing + 1)); echo "missing: $code ($status)"
  fi
done <"$WORK/acked.jsonl"

verification=$(curl -s -u "auditor:$PASSWORD" "http://127.0.0.1:$PORT/api/v1/audit/verification")
sleep 5
pending=$(db_value "select count(*) from event_publication where completion_date is null")
kill "$APP"; wait "$APP" 2>/dev/null || true

echo "acknowledged: $ACKED, missing after restart: $missing"
echo "audit verification: $verification"
echo "incomplete event publications after restart: $pending"
if [ "$missing" -eq 0 ] && grep -q '"intact":true' <<<"$verification" && [ "$pending" -eq 0 ]; then
  echo "crash safety: PASSED"
  exit 0
fi
echo "crash safety: FAILED"
exit 1
