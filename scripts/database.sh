# Sourced by the trust scripts: which server database they run on, and the few commands that differ.
#   SUNSHINE_SCRIPT_DATABASE=postgresql (default) | mariadb
#   SUNSHINE_SCRIPT_DB_NAME   the database to create (default: the script's own name)
# PostgreSQL: 127.0.0.1:5432, user postgres, trust. MariaDB: 127.0.0.1:3306, user root, no password.

DATABASE_KIND=${SUNSHINE_SCRIPT_DATABASE:-postgresql}

# db_use NAME: point Sunshine at database NAME on the chosen server (exports SPRING_DATASOURCE_*).
db_use() {
  DB=${SUNSHINE_SCRIPT_DB_NAME:-$1}
  case "$DATABASE_KIND" in
    postgresql)
      export SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$DB"
      export SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD= ;;
    mariadb)
      export SPRING_DATASOURCE_URL="jdbc:mariadb://127.0.0.1:3306/$DB"
      export SPRING_DATASOURCE_USERNAME=root SPRING_DATASOURCE_PASSWORD= ;;
    *) echo "SUNSHINE_SCRIPT_DATABASE must be postgresql or mariadb, not $DATABASE_KIND" >&2; exit 2 ;;
  esac
}

# db_recreate: drop the database if it exists and create it empty, in UTF-8.
db_recreate() {
  case "$DATABASE_KIND" in
    postgresql) psql -h 127.0.0.1 -U postgres -d postgres -qc "drop database if exists $DB" \
      -c "create database $DB encoding 'UTF8'" >/dev/null ;;
    mariadb) mariadb -h 127.0.0.1 -u root -e "drop database if exists $DB; create database $DB character set utf8mb4 collate utf8mb4_unicode_ci" ;;
  esac
}

# db_drop: drop the database.
db_drop() {
  case "$DATABASE_KIND" in
    postgresql) psql -h 127.0.0.1 -U postgres -d postgres -qc "drop database $DB" >/dev/null ;;
    mariadb) mariadb -h 127.0.0.1 -u root -e "drop database $DB" ;;
  esac
}

# db_value SQL: the single value a query returns.
db_value() {
  case "$DATABASE_KIND" in
    postgresql) psql -h 127.0.0.1 -U postgres -d "$DB" -tAc "$1" ;;
    mariadb) mariadb -h 127.0.0.1 -u root -N -B -D "$DB" -e "$1" ;;
  esac
}

# db_minute COLUMN: an SQL expression for the minute a timestamp falls in.
db_minute() {
  case "$DATABASE_KIND" in
    postgresql) echo "date_trunc('minute', $1)" ;;
    mariadb) echo "date_format($1, '%Y-%m-%d %H:%i')" ;;
  esac
}

# db_name: the server's name, for messages.
db_name() {
  case "$DATABASE_KIND" in
    postgresql) echo PostgreSQL ;;
    mariadb) echo MariaDB ;;
  esac
}

# Ports: the MariaDB runs take ports 1000 higher, so that both can run side by side (.ci/run does).
PORT_SHIFT=${SUNSHINE_SCRIPT_PORT_SHIFT:-$([ "$DATABASE_KIND" = mariadb ] && echo 1000 || echo 0)}

# How long to wait for Sunshine to answer after a start (a loaded machine needs longer).
START_SECONDS=${SUNSHINE_SCRIPT_START_SECONDS:-300}
