# Sourced by .ci/run: a throwaway PostgreSQL server for the SQL tests, the Debian package's,
# installed when missing, on a Unix socket in a temporary folder (no TCP port), trusting local
# connections, stopped and removed when CI ends. Exports PGHOST, PGPORT, PGUSER and PGDATABASE,
# which the tests' client reads.

if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
pg_bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
pg_dir="$(mktemp -d)"
pg_user="$(id -un)"
as_pg() { "$@"; }
if [ "$(id -u)" -eq 0 ]; then
  # initdb refuses to run as root: the server runs as the package's postgres user.
  pg_user="postgres"
  chown postgres "$pg_dir"
  as_pg() { runuser -u postgres -- "$@"; }
fi
as_pg "$pg_bin/initdb" -D "$pg_dir/data" -A trust -U "$pg_user" >/dev/null
as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w \
  -o "-k $pg_dir -c listen_addresses= -p 5433" start >/dev/null
stop_postgres() {
  as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast -w stop >/dev/null || true
  rm -rf "$pg_dir"
}
trap stop_postgres EXIT
export PGHOST="$pg_dir" PGPORT=5433 PGUSER="$pg_user" PGDATABASE=postgres
echo "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on $PGHOST"
