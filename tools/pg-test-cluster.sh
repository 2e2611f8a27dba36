#!/usr/bin/env bash
# Private PostgreSQL cluster for the store's contract tests.
#
#   bash tools/pg-test-cluster.sh start   # prints: export CONFLICTWATCH_TEST_PG=postgres://...
#   bash tools/pg-test-cluster.sh stop
#   bash tools/pg-test-cluster.sh status
#
# The cluster lives under $CONFLICTWATCH_PG_DIR (default: $TMPDIR/conflictwatch-pg-test),
# listens on 127.0.0.1 only, on $CONFLICTWATCH_PG_PORT (default 55432, or the next free
# port), trusts local connections (it is a throwaway test server) and gets PostGIS when
# the extension is installed. `start` is idempotent: a running cluster is reused.
# Only the `export ...` line goes to stdout, so CI can `eval "$(bash tools/pg-test-cluster.sh start)"`.
set -euo pipefail

PG_BIN="${CONFLICTWATCH_PG_BIN:-}"
if [[ -z "$PG_BIN" ]]; then
  for candidate in /usr/lib/postgresql/*/bin; do
    [[ -x "$candidate/initdb" ]] && PG_BIN="$candidate"
  done
fi
if [[ -z "$PG_BIN" || ! -x "$PG_BIN/initdb" ]]; then
  echo "pg-test-cluster: no initdb found (install postgresql, or set CONFLICTWATCH_PG_BIN)" >&2
  exit 1
fi

BASE="${CONFLICTWATCH_PG_DIR:-${TMPDIR:-/tmp}/conflictwatch-pg-test}"
DATA="$BASE/data"
PORT_FILE="$BASE/port"
LOG="$BASE/server.log"
DB_NAME="conflictwatch_test"

# initdb and postgres refuse to run as root: run them as the `postgres` system user then.
as_owner() {
  if [[ "$(id -u)" == "0" ]]; then
    if command -v runuser >/dev/null 2>&1; then
      runuser -u postgres -- "$@"
    else
      su postgres -s /bin/sh -c "$(printf '%q ' "$@")"
    fi
  else
    "$@"
  fi
}

port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && { exec 3>&- 3<&-; return 0; }
  return 1
}

is_running() {
  [[ -f "$DATA/postmaster.pid" ]] && as_owner "$PG_BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1
}

print_url() {
  echo "export CONFLICTWATCH_TEST_PG=postgres://postgres@127.0.0.1:$(cat "$PORT_FILE")/$DB_NAME"
}

start() {
  mkdir -p "$BASE"
  if [[ "$(id -u)" == "0" ]]; then chown postgres: "$BASE"; fi
  if is_running && [[ -f "$PORT_FILE" ]]; then
    print_url
    return 0
  fi
  if [[ ! -f "$DATA/PG_VERSION" ]]; then
    rm -rf "$DATA"
    as_owner "$PG_BIN/initdb" -D "$DATA" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$BASE/initdb.log" 2>&1 \
      || as_owner "$PG_BIN/initdb" -D "$DATA" -U postgres --auth=trust --encoding=UTF8 --no-locale >"$BASE/initdb.log" 2>&1 \
      || { echo "pg-test-cluster: initdb failed, see $BASE/initdb.log" >&2; exit 1; }
  fi
  local port="${CONFLICTWATCH_PG_PORT:-55432}"
  while port_in_use "$port"; do port=$((port + 1)); done
  echo "$port" >"$PORT_FILE"
  # A stale pid file from a killed server would stop pg_ctl; the server is not running here.
  rm -f "$DATA/postmaster.pid"
  as_owner "$PG_BIN/pg_ctl" -D "$DATA" -l "$LOG" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $BASE -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
    start >/dev/null || { echo "pg-test-cluster: server did not start, see $LOG" >&2; exit 1; }
  export PGOPTIONS="-c client_min_messages=warning"
  local psql=("$PG_BIN/psql" -h 127.0.0.1 -p "$port" -U postgres -v ON_ERROR_STOP=1 -qAt)
  if [[ "$("${psql[@]}" -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$DB_NAME'")" != "1" ]]; then
    "${psql[@]}" -d postgres -c "CREATE DATABASE $DB_NAME" >/dev/null
  fi
  if [[ "$("${psql[@]}" -d "$DB_NAME" -c "SELECT 1 FROM pg_available_extensions WHERE name = 'postgis'")" == "1" ]]; then
    "${psql[@]}" -d "$DB_NAME" -c "CREATE EXTENSION IF NOT EXISTS postgis" >/dev/null \
      || echo "pg-test-cluster: PostGIS is installed but could not be created; tests run without it" >&2
  else
    echo "pg-test-cluster: PostGIS not installed; the store falls back to plain indexes" >&2
  fi
  print_url
}

stop() {
  if is_running; then
    as_owner "$PG_BIN/pg_ctl" -D "$DATA" -m fast -w stop >/dev/null
    echo "pg-test-cluster: stopped" >&2
  else
    echo "pg-test-cluster: not running" >&2
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) if is_running; then print_url; else echo "pg-test-cluster: not running" >&2; exit 3; fi ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
