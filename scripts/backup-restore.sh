#!/usr/bin/env bash
# Backup and restore, with the commands of docs/deployment.md ("备份与恢复 / Backup and restore"), on
# the embedded H2 database, on PostgreSQL and on MariaDB. For each: start Sunshine with the demo data, add known
# records through the public API and the console (three petitions, a disclosure application from an
# organisation, a published information item), take the backup while Sunshine runs, stop it, destroy
# the database and the data directory (search index included), restore, start again, and prove that:
#  - every known petition and application is found by its tracking code;
#  - personal data decrypts with the same keys (the organisation's name, in full, in the staff API);
#  - the audit chain verifies and holds at least the entries it held at the backup;
#  - the search index was rebuilt from the database: the published item is found by its title.
#
# Needs: target/sunshine.jar (mvn -DskipTests package), curl, unzip; for PostgreSQL also psql,
# pg_dump, pg_restore and a server on 127.0.0.1:5432 (user postgres, trust); for MariaDB mariadb,
# mariadb-dump and a server on 127.0.0.1:3306 (root, no password). Builds nothing.
# Usage: scripts/backup-restore.sh [h2|postgresql|mariadb|all]...   (default all: the three in turn)
set -euo pipefail
cd "$(dirname "$0")/.."

. scripts/database.sh
WHICH=("${@:-all}")
PORT=$((18191 + PORT_SHIFT))
BASE="http://127.0.0.1:$PORT"
DB=${SUNSHINE_SCRIPT_DB_NAME:-sunshine_backup}
WORK=$(mktemp -d /tmp/sunshine-backup.XXXX)
PASSWORD='Backup-Test-2017'
export SUNSHINE_DEMO_PASSWORD="$PASSWORD" SERVER_PORT=$PORT
export SUNSHINE_CRYPTO_KEY_V1=c3Vuc2hpbmUtYmFja3VwMQ== SUNSHINE_CRYPTO_INDEX_KEY=c3Vuc2hpbmUtYmFja3VwaQ==
export SUNSHINE_AUDIT_KEY=c3Vuc2hpbmUtYmFja3VwLXJlc3RvcmUtYXVkaXQta2V5
export SUNSHINE_ABUSE_SUBMISSIONS_PER_IP_BURST=1000000 SUNSHINE_ABUSE_SUBMISSIONS_PER_IP_HOUR=1000000
export SUNSHINE_ABUSE_SUBMISSIONS_PER_PHONE_DAY=1000000 SUNSHINE_ABUSE_LOOKUPS_PER_IP_MINUTE=1000000
export SUNSHINE_ABUSE_DUPLICATE_WINDOW=0s

[ -f target/sunshine.jar ] || { echo "target/sunshine.jar is missing: run mvn -DskipTests package" >&2; exit 2; }
APP=""
trap 'if [ -n "$APP" ]; then kill "$APP" 2>/dev/null || true; fi' EXIT
STARTED=$(date +%s)
RESULTS=()
failures=0

check() { # name, condition result (0 = pass), detail
  if [ "$2" -eq 0 ]; then RESULTS+=("PASS  $1"); else RESULTS+=("FAIL  $1 ($3)"); failures=$((failures + 1)); fi
  echo "  $([ "$2" -eq 0 ] && echo PASS || echo FAIL): $1"
}

start() { # log file
  java -Xmx512m -jar target/sunshine.jar >>"$1" 2>&1 &
  APP=$!
  for _ in $(seq 1 "$START_SECONDS"); do
    curl -fs "$BASE/actuator/health" >/dev/null 2>&1 && return 0
    kill -0 "$APP" 2>/dev/null || { echo "Sunshine did not start; see $1" >&2; exit 1; }
    sleep 1
  done
  echo "Sunshine did not answer in $START_SECONDS s; see $1" >&2; exit 1
}

stop() {
  kill "$APP"; wait "$APP" 2>/dev/null || true; APP=""
}

csrf() { # cookie jar, page
  curl -s -b "$1" -c "$1" "$BASE$2" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1
}

# Known records, written to $1/known.*: petitions (tracking and query codes), one application from
# an organisation whose name is personal data, and a published information item.
add_records() { # directory
  local dir=$1 stamp n body response
  stamp=$(date +%s%N | cut -c1-13)
  for n in 1 2 3; do
    body=$(printf '{"agency":"640000-xfj","channel":"网上投诉","name":"备份%s","idNumber":"11010519491231002X","phone":"13800000000","address":"银川市兴庆区解放西街369号","title":"备份恢复检验第%s件","content":"备份恢复检验：编号 %s-%s 的网上投诉。","category":"URBAN_HOUSING"}' "$n" "$n" "$stamp" "$n")
    response=$(curl -s -w '\n%{http_code}' -H 'Content-Type: application/json' --data "$body" "$BASE/api/v1/petitions")
    [ "$(tail -n1 <<<"$response")" = 201 ] || { echo "petition refused: $response" >&2; exit 1; }
    head -n1 <<<"$response" >>"$dir/known.petitions"
  done
  ORGANISATION="宁夏备份恢复检验协会$stamp"
  body=$(printf '{"agency":"640000-xfj","applicantType":"社会公益组织","name":"%s","creditCode":"91640100MA76A1B2CR","phone":"0951-5057143","address":"银川市金凤区","description":"备份恢复检验：%s 的信息公开申请","delivery":"纸质"}' "$ORGANISATION" "$stamp")
  response=$(curl -s -w '\n%{http_code}' -H 'Content-Type: application/json' --data "$body" "$BASE/api/v1/requests")
  [ "$(tail -n1 <<<"$response")" = 201 ] || { echo "application refused: $response" >&2; exit 1; }
  head -n1 <<<"$response" >"$dir/known.request"
  echo "$ORGANISATION" >"$dir/known.organisation"

  # The editor writes, submits and publishes an item in the console (form login, as a browser does).
  TITLE="备份恢复检验公告$stamp"
  local jar="$dir/cookies" token location item action
  token=$(csrf "$jar" /login)
  curl -s -o /dev/null -b "$jar" -c "$jar" --data-urlencode "username=editor" --data-urlencode "password=$PASSWORD" \
    --data-urlencode "_csrf=$token" "$BASE/login"
  token=$(csrf "$jar" /console/disclosure/items/new)
  location=$(curl -s -o /dev/null -w '%{redirect_url}' -b "$jar" -c "$jar" \
    --data-urlencode "_csrf=$token" --data-urlencode "title=$TITLE" --data-urlencode "issuingBody=自治区信访局" \
    --data-urlencode "writtenOn=2026-11-20" --data-urlencode "topic=PETITION_WORK" --data-urlencode "genre=NOTICE" \
    --data-urlencode "column=catalogue" --data-urlencode "body=<p>恢复备份后，检索索引须由数据库重建。</p>" \
    "$BASE/console/disclosure/items")
  item=$(sed -n 's#.*/console/disclosure/items/\([0-9]*\).*#\1#p' <<<"$location")
  [ -n "$item" ] || { echo "the item was not created ($location)" >&2; exit 1; }
  for action in submit publish; do
    token=$(csrf "$jar" "/console/disclosure/items/$item")
    # publishing is a confirmed step: the editor confirms the content and the secrecy check (confirm=yes)
    curl -s -o /dev/null -b "$jar" -c "$jar" --data-urlencode "_csrf=$token" --data-urlencode "channel=WEBSITE" \
      --data-urlencode "date=2026-11-21" --data-urlencode "confirm=yes" "$BASE/console/disclosure/items/$item/$action"
  done
  echo "$TITLE" >"$dir/known.title"
}

found_by_search() { # title, seconds to wait (the index is rebuilt in the background after a restore)
  local result=""
  for _ in $(seq 1 "$2"); do
    result=$(curl -s -G "$BASE/api/v1/disclosure/search" --data-urlencode "q=$1")
    grep -q "$1" <<<"$result" && return 0
    sleep 1
  done
  echo "$result" >&2
  return 1
}

audit_entries() {
  curl -s -u "auditor:$PASSWORD" "$BASE/api/v1/audit/verification"
}

# After the restore: every check, against the records in $1.
prove() { # directory, label
  local dir=$1 label=$2 line code query missing=0 status verification entries before
  while read -r line; do
    code=$(sed -E 's/.*"trackingCode":"([^"]+)".*/\1/' <<<"$line")
    query=$(sed -E 's/.*"queryCode":"([^"]+)".*/\1/' <<<"$line")
    status=$(curl -s -o /dev/null -w '%{http_code}' "$BASE/api/v1/petitions/track?code=$code&queryCode=$query")
    [ "$status" = 200 ] || { missing=$((missing + 1)); echo "  missing petition $code ($status)"; }
  done <"$dir/known.petitions"
  check "$label: the 3 petitions are found by tracking code" "$missing" "$missing missing"

  line=$(cat "$dir/known.request")
  code=$(sed -E 's/.*"trackingCode":"([^"]+)".*/\1/' <<<"$line")
  query=$(sed -E 's/.*"queryCode":"([^"]+)".*/\1/' <<<"$line")
  status=$(curl -s -o /dev/null -w '%{http_code}' "$BASE/api/v1/requests/track?code=$code&queryCode=$query")
  check "$label: the disclosure application is found by tracking code" "$([ "$status" = 200 ]; echo $?)" "HTTP $status"

  local queue organisation
  organisation=$(cat "$dir/known.organisation")
  queue=$(curl -s -u "registrar:$PASSWORD" "$BASE/api/v1/requests?view=all&q=$code")
  check "$label: personal data decrypts with the same keys ($organisation)" \
    "$(grep -q "\"applicant\":\"$organisation\"" <<<"$queue"; echo $?)" "$queue"

  verification=$(audit_entries)
  entries=$(sed -E 's/.*"entries":([0-9]+).*/\1/' <<<"$verification")
  before=$(cat "$dir/known.audit-entries")
  check "$label: the audit chain verifies ($entries entries, $before at the backup)" \
    "$(grep -q '"intact":true' <<<"$verification" && [ "$entries" -ge "$before" ]; echo $?)" "$verification"

  local title
  title=$(cat "$dir/known.title")
  check "$label: the search index was rebuilt and finds \"$title\"" "$(found_by_search "$title" 180 >/dev/null; echo $?)" \
    "not found in 180 s"
}

rebuilt_log() { # log file: the rebuild's own line, once it has finished
  for _ in $(seq 1 30); do
    grep -q "Search index rebuilt" "$1" && { echo "  log: $(grep "Search index rebuilt" "$1" | tail -1 | sed 's/.*: Search/Search/')"; return 0; }
    sleep 1
  done
}

before_backup() { # directory, label
  found_by_search "$(cat "$1/known.title")" 60 >/dev/null || { echo "the published item is not searchable before the backup" >&2; exit 1; }
  local verification
  verification=$(audit_entries)
  grep -q '"intact":true' <<<"$verification" || { echo "the audit chain is broken before the backup: $verification" >&2; exit 1; }
  sed -E 's/.*"entries":([0-9]+).*/\1/' <<<"$verification" >"$1/known.audit-entries"
  echo "  records added; audit chain intact with $(cat "$1/known.audit-entries") entries"
}

run_h2() {
  local dir="$WORK/h2" began
  began=$(date +%s)
  mkdir -p "$dir/offsite"
  echo "== H2 (embedded), data directory $dir/data"
  unset SPRING_DATASOURCE_URL SPRING_DATASOURCE_USERNAME SPRING_DATASOURCE_PASSWORD
  export SUNSHINE_DATA_DIR="$dir/data" SUNSHINE_DEMO_ENABLED=true
  start "$dir/app.log"
  for _ in $(seq 1 300); do grep -q "Demo data loaded" "$dir/app.log" && break; sleep 1; done
  add_records "$dir"
  before_backup "$dir" H2

  # Backup (docs/deployment.md): online, as the system administrator, then copied off the machine.
  local response file
  response=$(curl -s -w '\n%{http_code}' -u "sysadmin:$PASSWORD" -X POST "$BASE/api/v1/system/backups")
  [ "$(tail -n1 <<<"$response")" = 201 ] || { echo "backup refused: $response" >&2; exit 1; }
  file=$(head -n1 <<<"$response" | sed -E 's/.*"path":"([^"]+)".*/\1/')
  cp "$file" "$dir/offsite/"
  echo "  backup: $(head -n1 <<<"$response")"
  stop

  rm -rf "$dir/data"
  echo "  stopped; data directory deleted (database and search index)"

  # Restore (docs/deployment.md): put sunshine.mv.db back, no index directory, start.
  mkdir -p "$dir/data"
  unzip -q -o "$dir/offsite/$(basename "$file")" -d "$dir/data"
  rm -rf "$dir/data/index"
  export SUNSHINE_DEMO_ENABLED=false
  start "$dir/app.log"
  echo "  restored from $(basename "$file") and started again"
  prove "$dir" H2
  rebuilt_log "$dir/app.log"
  stop
  echo "  H2 took $(( $(date +%s) - began )) s"
}

run_postgresql() {
  local dir="$WORK/postgresql" began
  began=$(date +%s)
  mkdir -p "$dir/offsite"
  echo "== PostgreSQL, database $DB, data directory $dir/data"
  export SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$DB"
  export SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD=
  export SUNSHINE_DATA_DIR="$dir/data" SUNSHINE_DEMO_ENABLED=true
  psql -h 127.0.0.1 -U postgres -d postgres -qc "drop database if exists $DB" -c "create database $DB encoding 'UTF8'" >/dev/null
  start "$dir/app.log"
  for _ in $(seq 1 300); do grep -q "Demo data loaded" "$dir/app.log" && break; sleep 1; done
  add_records "$dir"
  before_backup "$dir" PostgreSQL

  # Backup (docs/deployment.md): pg_dump in the custom format while Sunshine runs.
  pg_dump -h 127.0.0.1 -U postgres -Fc -f "$dir/offsite/$DB.dump" "$DB"
  echo "  backup: $DB.dump, $(stat -c %s "$dir/offsite/$DB.dump") bytes"
  stop

  psql -h 127.0.0.1 -U postgres -d postgres -qc "drop database $DB" >/dev/null
  rm -rf "$dir/data"
  echo "  stopped; database dropped, data directory (search index) deleted"

  # Restore (docs/deployment.md): an empty database, pg_restore, no index directory, start.
  createdb -h 127.0.0.1 -U postgres -E UTF8 "$DB"
  pg_restore -h 127.0.0.1 -U postgres --exit-on-error -d "$DB" "$dir/offsite/$DB.dump"
  rm -rf "$dir/data/index"
  export SUNSHINE_DEMO_ENABLED=false
  start "$dir/app.log"
  echo "  restored from $DB.dump and started again"
  prove "$dir" PostgreSQL
  rebuilt_log "$dir/app.log"
  stop
  echo "  PostgreSQL took $(( $(date +%s) - began )) s"
}

run_mariadb() {
  local dir="$WORK/mariadb" began
  began=$(date +%s)
  mkdir -p "$dir/offsite"
  DATABASE_KIND=mariadb
  db_use sunshine_backup
  echo "== MariaDB, database $DB, data directory $dir/data"
  export SUNSHINE_DATA_DIR="$dir/data" SUNSHINE_DEMO_ENABLED=true
  db_recreate
  start "$dir/app.log"
  for _ in $(seq 1 300); do grep -q "Demo data loaded" "$dir/app.log" && break; sleep 1; done
  add_records "$dir"
  before_backup "$dir" MariaDB

  # Backup (docs/deployment.md): mariadb-dump --single-transaction while Sunshine runs.
  mariadb-dump --single-transaction --default-character-set=utf8mb4 -h 127.0.0.1 -u root "$DB" \
    | gzip >"$dir/offsite/$DB.sql.gz"
  echo "  backup: $DB.sql.gz, $(stat -c %s "$dir/offsite/$DB.sql.gz") bytes"
  stop

  db_drop
  rm -rf "$dir/data"
  echo "  stopped; database dropped, data directory (search index) deleted"

  # Restore (docs/deployment.md): an empty database, the dump read back, no index directory, start.
  db_recreate
  gunzip -c "$dir/offsite/$DB.sql.gz" | mariadb -h 127.0.0.1 -u root "$DB"
  rm -rf "$dir/data/index"
  export SUNSHINE_DEMO_ENABLED=false
  start "$dir/app.log"
  echo "  restored from $DB.sql.gz and started again"
  prove "$dir" MariaDB
  rebuilt_log "$dir/app.log"
  stop
  echo "  MariaDB took $(( $(date +%s) - began )) s"
}

echo "Work directory: $WORK"
for which in "${WHICH[@]}"; do
  case "$which" in
    h2) run_h2 ;;
    postgresql) run_postgresql ;;
    mariadb) run_mariadb ;;
    all) run_h2; run_postgresql; run_mariadb ;;
    *) echo "usage: $0 [h2|postgresql|mariadb|all]..." >&2; exit 2 ;;
  esac
done

echo
echo "Summary ($(( $(date +%s) - STARTED )) s):"
printf '  %s\n' "${RESULTS[@]}"
if [ "$failures" -eq 0 ]; then echo "backup and restore: PASSED"; exit 0; fi
echo "backup and restore: FAILED ($failures)"
exit 1
