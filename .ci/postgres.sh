#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests: the store's conformance suite and `store copy` run
# against it (crates/store/tests/store.rs reads COLONNADE_TEST_PG_URL).
#
# Sourced (what .ci/run does):   source .ci/postgres.sh
#   installs Debian's postgresql if no server binaries are found, runs initdb in a new temporary
#   folder (as the `postgres` system user when run as root: the server refuses to run as root),
#   starts the server on a Unix socket in that folder only (no TCP port, so nothing to collide
#   with), creates the database `colonnade`, exports COLONNADE_TEST_PG_URL and stops the server
#   and removes the folder when the sourcing shell exits.
# Run (by hand):                 eval "$(bash .ci/postgres.sh)"
#   the same, but the server keeps running; it prints export lines for the URL, COLONNADE_PG_CTL
#   (pg_ctl for this server: "$COLONNADE_PG_CTL -m fast -w restart") and COLONNADE_PG_STOP (the
#   command that stops it and removes its folder). The PostgreSQL-restart test starts a server of
#   its own this way, so restarting it disturbs no other test.
#
# The server is for tests only: trust authentication on a private socket, fsync off.

colonnade_pg_main() {
  local as_root=() run_as=() bindir dir port=5432 user=colonnade db=colonnade

  bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [[ -z "$bindir" || ! -x "$bindir/initdb" ]]; then
    if [[ $EUID -ne 0 ]]; then
      command -v sudo >/dev/null 2>&1 || { echo "error: need root or sudo to install postgresql" >&2; return 1; }
      as_root=(sudo)
    fi
    echo "installing postgresql with apt-get" >&2
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2 || return 1
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >&2 \
      || return 1
    bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    [[ -n "$bindir" && -x "$bindir/initdb" ]] || { echo "error: no initdb after installing postgresql" >&2; return 1; }
  fi

  dir=$(mktemp -d "${TMPDIR:-/tmp}/colonnade-pg.XXXXXX") || return 1
  if [[ $EUID -eq 0 ]]; then
    id postgres >/dev/null 2>&1 || { echo "error: no 'postgres' system user to run the server as" >&2; return 1; }
    chown postgres:postgres "$dir" || return 1
    run_as=(runuser -u postgres --)
  fi

  "${run_as[@]}" "$bindir/initdb" -D "$dir/data" -U "$user" -A trust -E UTF8 --no-locale --no-sync \
    >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; echo "error: initdb failed" >&2; return 1; }
  "${run_as[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-k $dir -p $port -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
    start >/dev/null || { cat "$dir/server.log" >&2; echo "error: the PostgreSQL server did not start" >&2; return 1; }
  "${run_as[@]}" "$bindir/createdb" -h "$dir" -p "$port" -U "$user" "$db" \
    || { "${run_as[@]}" "$bindir/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null; return 1; }

  COLONNADE_PG_DIR=$dir
  # pg_ctl for this server, as the user it runs as, e.g. "$COLONNADE_PG_CTL -m fast -w restart"
  # (the server keeps its options; the log stays in $dir/server.log).
  COLONNADE_PG_CTL="${run_as[*]} $bindir/pg_ctl -D $dir/data -l $dir/server.log"
  COLONNADE_PG_STOP="${run_as[*]} $bindir/pg_ctl -D $dir/data -m fast stop >/dev/null; rm -rf $dir"
  COLONNADE_TEST_PG_URL="postgresql:///$db?host=$dir&port=$port&user=$user"
  echo "PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') for the tests at $COLONNADE_TEST_PG_URL" >&2
}

if [[ "${BASH_SOURCE[0]}" != "$0" ]]; then
  # Sourced: export for the tests that follow, stop when the sourcing shell exits.
  colonnade_pg_main || { echo "error: could not start PostgreSQL for the tests" >&2; return 1; }
  export COLONNADE_TEST_PG_URL
  trap 'eval "$COLONNADE_PG_STOP"' EXIT
else
  set -euo pipefail
  colonnade_pg_main
  printf 'export COLONNADE_TEST_PG_URL=%q\n' "$COLONNADE_TEST_PG_URL"
  printf 'export COLONNADE_PG_CTL=%q\n' "$COLONNADE_PG_CTL"
  printf 'export COLONNADE_PG_STOP=%q\n' "$COLONNADE_PG_STOP"
  printf '# to stop it: %s\n' "$COLONNADE_PG_STOP"
fi
