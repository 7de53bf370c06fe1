#!/usr/bin/env bash
# Two nodes on one PostgreSQL (or MariaDB) database, as behind a load balancer. Proves that:
#  1. a staff session opened on node A is valid on node B (Spring Session JDBC);
#  2. a scheduled job runs once per slot across both nodes (ShedLock): the due-soon reminder, set to
#     run every minute, never writes the same agency's reminder twice in one minute;
#  3. the search index stays consistent: an item published through node A is found through node B
#     (each node keeps its own Lucene index and follows the others' changes:
#     sunshine.search.follow-other-nodes=true). Three items are published, so that a node that saw
#     only some of the changes cannot pass by chance;
#  4. the audit chain, written by both nodes without a shared lock and sealed by whichever node's
#     sealer holds the head, verifies as intact on both nodes;
#  5. the anti-abuse limits are one limit across the nodes (kept in the shared database): 20 look-ups
#     of a tracking code an hour, some on node A and the rest on node B, and the 21st is refused with
#     429 on both; a submission retried on node B with the Idempotency-Key it was filed with on node A
#     gets node A's answer and files nothing new.
#
# Needs: PostgreSQL on 127.0.0.1:5432 (user postgres, trust) or, with SUNSHINE_SCRIPT_DATABASE=mariadb,
# MariaDB on 127.0.0.1:3306 (root, no password); target/sunshine.jar, curl.
set -euo pipefail
cd "$(dirname "$0")/.."

. scripts/database.sh
db_use sunshine_two
WORK=$(mktemp -d /tmp/sunshine-two.XXXX)
PASSWORD='Two-Nodes-2017'
A=$((18401 + PORT_SHIFT))
B=$((18402 + PORT_SHIFT))
export SUNSHINE_DEMO_ENABLED=true SUNSHINE_DEMO_PASSWORD="$PASSWORD"
export SUNSHINE_CRYPTO_KEY_V1=c3Vuc2hpbmUtdHdvbi1rMQ== SUNSHINE_CRYPTO_INDEX_KEY=c3Vuc2hpbmUtdHdvbi1peA==
export SUNSHINE_AUDIT_KEY=c3Vuc2hpbmUtdHdvLW5vZGVzLWF1ZGl0LWtleS0zMmI=
export SUNSHINE_SEARCH_FOLLOW_OTHER_NODES=true
export SUNSHINE_REQUESTS_REMINDER_CRON='0 * * * * *'
export SUNSHINE_ABUSE_LOOKUPS_PER_IP_MINUTE=100000 SUNSHINE_ABUSE_LOOKUPS_PER_CODE_HOUR=20

[ -f target/sunshine.jar ] || { echo "target/sunshine.jar is missing: run mvn -DskipTests package" >&2; exit 2; }
db_recreate
echo "Database: $(db_name) $DB"

start() { # port
  SERVER_PORT=$1 SUNSHINE_DATA_DIR="$WORK/node-$1" java -Xmx512m -jar target/sunshine.jar >"$WORK/node-$1.log" 2>&1 &
  echo $!
}
wait_up() { # port pid
  for _ in $(seq 1 "$START_SECONDS"); do
    curl -fs "http://127.0.0.1:$1/actuator/health" >/dev/null 2>&1 && return 0
    kill -0 "$2" 2>/dev/null || { echo "node on $1 did not start; see $WORK/node-$1.log" >&2; exit 1; }
    sleep 1
  done
  echo "node on $1 did not answer" >&2; kill "$2" 2>/dev/null; exit 1
}

PID_A=""; PID_B=""
trap 'kill $PID_A $PID_B 2>/dev/null || true' EXIT
PID_A=$(start $A); wait_up $A "$PID_A"        # A migrates the schema and loads the demo
for _ in $(seq 1 300); do
  grep -q "Demo data loaded" "$WORK/node-$A.log" && break
  sleep 1
done
PID_B=$(start $B); wait_up $B "$PID_B"
trap 'kill $PID_A $PID_B 2>/dev/null || true' EXIT
echo "Both nodes up: A=$A B=$B (work directory $WORK)"
failures=0

# 1. Sessions: log in on A, call B with the same cookie.
JAR="$WORK/cookies"
token=$(curl -s -c "$JAR" -b "$JAR" "http://127.0.0.1:$A/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -s -o /dev/null -c "$JAR" -b "$JAR" --data-urlencode "username=editor" --data-urlencode "password=$PASSWORD" \
  --data-urlencode "_csrf=$token" "http://127.0.0.1:$A/login"
me=$(curl -s -b "$JAR" "http://127.0.0.1:$B/api/v1/me")
if grep -q '"username":"editor"' <<<"$me"; then echo "sessions: node B knows the user logged in on node A"
else echo "sessions: FAILED ($me)"; failures=$((failures + 1)); fi

# 5. Anti-abuse limits: one budget of look-ups per tracking code, however the look-ups fall on the nodes.
lookup() { # port code → HTTP status
  curl -s -o /dev/null -w '%{http_code}' -G "http://127.0.0.1:$1/api/v1/petitions/track" \
    --data-urlencode "code=$2" --data-urlencode "queryCode=ABCDEF"
}
CODE="XF-2026-TWO$(date +%s | tail -c 6)"
ON_A=$((1 + RANDOM % 19))
limited=0
for n in $(seq 1 20); do
  if [ "$n" -le "$ON_A" ]; then port=$A; else port=$B; fi
  [ "$(lookup $port "$CODE")" = 429 ] && limited=$((limited + 1))
done
last_b=$(lookup $B "$CODE"); last_a=$(lookup $A "$CODE")
if [ "$limited" -eq 0 ] && [ "$last_b" = 429 ] && [ "$last_a" = 429 ]; then
  echo "limits: $ON_A look-ups on node A + $((20 - ON_A)) on node B, then the 21st is refused on both (429)"
else echo "limits: FAILED ($limited of the first 20 refused; then B answered $last_b, A $last_a)"; failures=$((failures + 1)); fi

# 5b. Idempotency-Key: filed on A, retried on B → the same answer, one petition.
KEY="two-nodes-$(date +%s)-$RANDOM"
PETITION='{"agency":"640000-xfj","channel":"网上投诉","name":"赵两点","idNumber":"11010519491231002X","phone":"13912340000",
 "address":"银川市金凤区","title":"两个节点的幂等键'"$KEY"'","content":"小区门口的路灯一个月没亮了，夜里出行不便。'"$KEY"'","category":"URBAN_HOUSING"}'
file() { # port → response body
  curl -s -H "Idempotency-Key: $KEY" -H 'Content-Type: application/json' --data-binary "$PETITION" "http://127.0.0.1:$1/api/v1/petitions"
}
first=$(file $A); again=$(file $B)
tracking=$(sed -n 's/.*"trackingCode":"\([^"]*\)".*/\1/p' <<<"$first")
filed=$(db_value "select count(*) from petition where title = '两个节点的幂等键$KEY'")
if [ -n "$tracking" ] && [ "$first" = "$again" ] && [ "$filed" -eq 1 ]; then
  echo "limits: a submission filed on node A ($tracking) and retried on node B with its Idempotency-Key is filed once"
else echo "limits: FAILED idempotency across nodes (A: ${first:0:200}; B: ${again:0:200}; filed $filed)"; failures=$((failures + 1)); fi

# 3. Search: publish three items on A (editor console), find each of them on B.
publish() { # title → item id
  local token location item action
  token=$(curl -s -b "$JAR" "http://127.0.0.1:$A/console/disclosure/items/new" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  location=$(curl -s -o /dev/null -w '%{redirect_url}' -b "$JAR" -c "$JAR" \
    --data-urlencode "_csrf=$token" --data-urlencode "title=$1" --data-urlencode "issuingBody=自治区信访局" \
    --data-urlencode "writtenOn=2026-11-20" --data-urlencode "topic=PETITION_WORK" --data-urlencode "genre=NOTICE" --data-urlencode "column=catalogue" \
    --data-urlencode "body=<p>两个节点共享同一数据库，检索索引须一致。</p>" \
    "http://127.0.0.1:$A/console/disclosure/items")
  item=$(sed -n 's#.*/console/disclosure/items/\([0-9]*\).*#\1#p' <<<"$location")
  for action in submit publish; do
    token=$(curl -s -b "$JAR" "http://127.0.0.1:$A/console/disclosure/items/$item" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
    # publishing is a confirmed step: the editor confirms the content and the secrecy check (confirm=yes)
    curl -s -o /dev/null -b "$JAR" -c "$JAR" --data-urlencode "_csrf=$token" --data-urlencode "channel=WEBSITE" \
      --data-urlencode "date=2026-11-21" --data-urlencode "confirm=yes" "http://127.0.0.1:$A/console/disclosure/items/$item/$action"
  done
  echo "$item"
}
STAMP=$(date +%s)
for n in 1 2 3; do
  TITLE="双节点检索一致性测试${n}号${STAMP}"
  item=$(publish "$TITLE")
  found=""
  for _ in $(seq 1 60); do
    found=$(curl -s -G "http://127.0.0.1:$B/api/v1/disclosure/search" --data-urlencode "q=$TITLE")
    grep -q '"total":[1-9]' <<<"$found" && break
    sleep 1
  done
  if grep -q '"total":[1-9]' <<<"$found"; then echo "search: item $item published on node A is found on node B"
  else echo "search: FAILED for item $item ($found)"; failures=$((failures + 1)); fi
done

# 2. Scheduled job once per slot: let the every-minute reminder run at least twice. Its lock is held
# for at least a minute (lockAtLeastFor, against clock skew between nodes), so with a cron of every
# minute a slot may be skipped: wait for two runs, up to five minutes.
runs_so_far() {
  db_value "select count(distinct $(db_minute occurred_at)) from audit_entry where action = 'request.reminded'"
}
echo "waiting (up to 300 s) for two runs of the every-minute reminder on both nodes"
for _ in $(seq 1 30); do
  [ "$(runs_so_far)" -ge 2 ] && break
  sleep 10
done
# one more minute slot, in which both nodes try again, before counting
sleep 60
runs=$(runs_so_far)
doubles=$(db_value "select count(*) from (select subject, $(db_minute occurred_at) m from audit_entry where action = 'request.reminded' group by subject, m having count(*) > 1) d")
if [ "$runs" -ge 2 ] && [ "$doubles" -eq 0 ]; then echo "scheduling: $runs runs, none doubled across the nodes"
else echo "scheduling: FAILED (runs $runs, doubled $doubles)"; failures=$((failures + 1)); fi

# 4. The audit chain: both nodes wrote entries (logins, publications, reminders); each verifies it.
for node in $A $B; do
  verification=$(curl -s -u "auditor:$PASSWORD" "http://127.0.0.1:$node/api/v1/audit/verification")
  if grep -q '"intact":true' <<<"$verification"; then
    echo "audit: the chain verifies on node $node ($(sed -E 's/.*"entries":([0-9]+).*/\1/' <<<"$verification") entries)"
  else echo "audit: FAILED on node $node (${verification:0:400})"; failures=$((failures + 1)); fi
done

if [ "$failures" -eq 0 ]; then echo "two nodes: PASSED"; exit 0; fi
echo "two nodes: FAILED ($failures)"; exit 1
