# PostgreSQL from the distribution's packages: the cluster Debian creates, a role and a database
# for the tests. HYPER_TEST_POSTGRES overrides where the tests connect.
PG_URL_DEFAULT="postgres://hyper:hyper@127.0.0.1:5432/hyper"

pg_ready() { PGPASSWORD=hyper psql -h 127.0.0.1 -U hyper -d hyper -tAc 'select 1'; }

start_postgres() {
  if pg_ready >/dev/null 2>&1; then log "postgres: up"; return; fi
  command -v pg_ctlcluster >/dev/null 2>&1 || apt_install postgresql
  local version
  version="$(pg_lsclusters -h | awk 'NR==1 {print $1}')"
  if [ -z "$version" ]; then
    version="$(ls /usr/lib/postgresql | sort -n | tail -1)"
    pg_createcluster "$version" main >/dev/null
  fi
  # The scale-out tests run up to a dozen hyper-local processes with two pools each.
  pg_conftool "$version" main set max_connections 300 >/dev/null 2>&1 || true
  pg_ctlcluster "$version" main start || true
  WAIT=60 await su postgres -c "psql -tAc 'select 1'" || { log "postgres did not start"; return 1; }
  su postgres -c "psql -tAc \"select 1 from pg_roles where rolname='hyper'\"" | grep -q 1 ||
    su postgres -c "psql -qc \"create role hyper login password 'hyper' createdb\""
  su postgres -c "psql -tAc \"select 1 from pg_database where datname='hyper'\"" | grep -q 1 ||
    su postgres -c "createdb -O hyper hyper"
  await pg_ready || { log "postgres: cannot log in as hyper"; return 1; }
  log "postgres: up ($PG_URL_DEFAULT)"
}

stop_postgres() {
  local version
  version="$(pg_lsclusters -h 2>/dev/null | awk 'NR==1 {print $1}')"
  [ -z "$version" ] || pg_ctlcluster "$version" main stop 2>/dev/null || true
}

env_postgres() { echo "HYPER_TEST_POSTGRES=${HYPER_TEST_POSTGRES:-$PG_URL_DEFAULT}"; }
