#!/usr/bin/env bash
# Start-up without a server error, on the embedded database, first start: start Sunshine on an empty
# data directory and, from the first moment, keep logging in, submitting petitions over the API and
# opening pages, each in its own loop. Every answer must be a success or a 503 with Retry-After (the
# node is not ready yet) — never a 500 or another 5xx. Reports, counted from the moment the JVM is
# started: when the port first answered, when /actuator/health and /actuator/health/readiness said UP,
# and the first successful login (the console after the login form) and submission (201).
#
# Needs: target/sunshine.jar (mvn -DskipTests package), curl. Builds nothing.
# Another jar: SUNSHINE_JAR=path. JVM options: JAVA_OPTS (default -Xmx512m).
# Usage: scripts/warm-up.sh [port, default 18291] [seconds to go on after the first login, default 10]
set -uo pipefail
cd "$(dirname "$0")/.."

PORT=${1:-18291}
AFTER=${2:-10}
BASE="http://127.0.0.1:$PORT"
WORK=$(mktemp -d /tmp/sunshine-warm-up.XXXX)
PASSWORD='Warm-Up-2017'
export SERVER_PORT=$PORT SUNSHINE_DATA_DIR="$WORK/data" SUNSHINE_DEMO_PASSWORD="$PASSWORD"
export SUNSHINE_ABUSE_SUBMISSIONS_PER_IP_BURST=1000000 SUNSHINE_ABUSE_SUBMISSIONS_PER_IP_HOUR=1000000
export SUNSHINE_ABUSE_SUBMISSIONS_PER_PHONE_DAY=1000000 SUNSHINE_ABUSE_LOOKUPS_PER_IP_MINUTE=1000000
export SUNSHINE_ABUSE_DUPLICATE_WINDOW=0s
JAR=${SUNSHINE_JAR:-target/sunshine.jar}
[ -f "$JAR" ] || { echo "$JAR is missing: run mvn -DskipTests package" >&2; exit 2; }

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
T0=$(now_ms)
java ${JAVA_OPTS:--Xmx512m} -jar "$JAR" >"$WORK/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; kill $(jobs -p) 2>/dev/null' EXIT

# One line per answer: milliseconds since start, loop, status, whether a Retry-After came with it.
record() { # loop status headers-file
  local retry=no
  grep -qi '^retry-after:' "$3" 2>/dev/null && retry=yes
  echo "$(( $(now_ms) - T0 )) $1 $2 $retry" >>"$WORK/answers"
}
running() { [ ! -f "$WORK/stop" ]; }

login_loop() {
  local n=0 jar token code location
  while running; do
    n=$((n + 1)); jar="$WORK/cookies-$n"
    code=$(curl -s -m 10 -o "$WORK/login.html" -D "$WORK/h-login" -c "$jar" -b "$jar" -w '%{http_code}' "$BASE/login")
    record login-page "$code" "$WORK/h-login"
    if [ "$code" = 200 ]; then
      token=$(sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' "$WORK/login.html" | head -1)
      code=$(curl -s -m 10 -o /dev/null -D "$WORK/h-login2" -c "$jar" -b "$jar" -w '%{http_code} %{redirect_url}' \
        --data-urlencode "username=handler" --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$token" "$BASE/login")
      location=${code#* }; code=${code%% *}
      record login "$code" "$WORK/h-login2"
      if [ "$code" = 302 ] && [[ "$location" != *error* ]]; then
        code=$(curl -s -m 10 -o /dev/null -D "$WORK/h-console" -b "$jar" -w '%{http_code}' "$BASE/console")
        record console "$code" "$WORK/h-console"
        [ "$code" = 200 ] && [ ! -f "$WORK/first-login" ] && echo "$(( $(now_ms) - T0 ))" >"$WORK/first-login"
      fi
    fi
    rm -f "$jar"; sleep 0.2
  done
}
submit_loop() {
  local n=0 code
  while running; do
    n=$((n + 1))
    code=$(curl -s -m 10 -o /dev/null -D "$WORK/h-submit" -w '%{http_code}' -H 'Content-Type: application/json' \
      --data "{\"agency\":\"640000-xfj\",\"channel\":\"网上投诉\",\"name\":\"启动测试\",\"idNumber\":\"11010519491231002X\",\"phone\":\"13800000000\",\"address\":\"银川市兴庆区解放西街369号\",\"title\":\"启动期间提交第${n}件\",\"content\":\"启动期间提交的第 ${n} 件网上投诉，不应得到服务器错误。\",\"category\":\"URBAN_HOUSING\"}" \
      "$BASE/api/v1/petitions")
    record submit "$code" "$WORK/h-submit"
    [ "$code" = 201 ] && [ ! -f "$WORK/first-submit" ] && echo "$(( $(now_ms) - T0 ))" >"$WORK/first-submit"
    sleep 0.2
  done
}
page_loop() {
  local code page
  while running; do
    for page in / /search?q=%E4%BF%A1%E8%AE%BF /petitions/submit; do
      code=$(curl -s -m 10 -o /dev/null -D "$WORK/h-page" -w '%{http_code}' "$BASE$page")
      record "page:$page" "$code" "$WORK/h-page"
    done
    sleep 0.2
  done
}
health_loop() {
  local code
  while running; do
    code=$(curl -s -m 10 -o /dev/null -D "$WORK/h-health" -w '%{http_code}' "$BASE/actuator/health")
    record health "$code" "$WORK/h-health"
    code=$(curl -s -m 10 -o /dev/null -D "$WORK/h-ready" -w '%{http_code}' "$BASE/actuator/health/readiness")
    record readiness "$code" "$WORK/h-ready"
    sleep 0.1
  done
}
login_loop & submit_loop & page_loop & health_loop &

for _ in $(seq 1 6000); do   # up to about ten minutes on a busy machine
  kill -0 $APP 2>/dev/null || { echo "Sunshine stopped; see $WORK/app.log" >&2; touch "$WORK/stop"; exit 1; }
  [ -f "$WORK/first-login" ] && [ -f "$WORK/first-submit" ] && break
  sleep 0.1
done
sleep "$AFTER"
touch "$WORK/stop"; wait $(jobs -p | grep -v "^$APP$") 2>/dev/null; sleep 1

first() { awk -v l="$1" -v c="$2" '$2 == l && $3 == c { print $1; exit }' "$WORK/answers"; }
seconds() { [ -n "$1" ] && awk -v ms="$1" 'BEGIN { printf "%.1f s", ms / 1000 }' || echo "never"; }
echo "Work directory: $WORK"
echo "port answered first:      $(seconds "$(awk '$3 != "000" { print $1; exit }' "$WORK/answers")")"
echo "health UP:                $(seconds "$(first health 200)")"
echo "readiness UP:             $(seconds "$(first readiness 200)")"
echo "first login (console):    $(seconds "$(cat "$WORK/first-login" 2>/dev/null)")"
echo "first submission (201):   $(seconds "$(cat "$WORK/first-submit" 2>/dev/null)")"
grep -o 'Demo data loaded in [0-9]* ms' "$WORK/app.log" | head -1
echo "answers by loop and status:"
awk '{ print "  " $2 " " $3 }' "$WORK/answers" | sort | uniq -c
failures=0
bad=$(awk '$3 >= 500 && $3 != 503' "$WORK/answers" | wc -l)
no_retry=$(awk '$3 == 503 && $2 != "health" && $2 != "readiness" && $4 != "yes"' "$WORK/answers" | wc -l)
[ "$bad" -eq 0 ] || { echo "FAILED: $bad answers were a 5xx other than 503"; awk '$3 >= 500 && $3 != 503' "$WORK/answers" | head; failures=1; }
[ "$no_retry" -eq 0 ] || { echo "FAILED: $no_retry answers were a 503 without Retry-After"; failures=1; }
[ -f "$WORK/first-login" ] || { echo "FAILED: no login succeeded"; failures=1; }
[ -f "$WORK/first-submit" ] || { echo "FAILED: no submission succeeded"; failures=1; }
if grep -q 'LockTimeout\|Exception' "$WORK/app.log"; then echo "note: exceptions in the log:"; grep -c 'Exception' "$WORK/app.log"; fi
[ "$failures" -eq 0 ] && echo "warm-up: PASSED (no 5xx but 503 with Retry-After)" || echo "warm-up: FAILED"
exit $failures
