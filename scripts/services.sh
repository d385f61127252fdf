#!/usr/bin/env bash
# Makes PostgreSQL and Redis available at DATABASE_URL and REDIS_URL, and creates the database when missing.
#   1. servers that already answer at those URLs are reused;
#   2. otherwise, where a Docker engine answers, docker/compose.yml starts them;
#   3. otherwise local binaries are started (installed from Debian's packages when missing and running as
#      root), Postgres as a non-root user with its data in .data/ of the project.
# Safe to run twice. Prints what it did on stderr.
set -euo pipefail
cd "$(dirname "$0")/.."

DATABASE_URL=${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/jobcenter}
REDIS_URL=${REDIS_URL:-redis://127.0.0.1:6379}
DATA_DIR=${JOBCENTER_DATA_DIR:-$PWD/.data}

say() { echo "services: $*" >&2; }

# Split the URLs with Node, which the project needs anyway.
eval "$(node -e '
  const pg = new URL(process.argv[1]); const rd = new URL(process.argv[2]);
  const q = (s) => "\x27" + String(s).replace(/\x27/g, "\x27\\\x27\x27") + "\x27";
  console.log("PG_HOST=" + q(pg.hostname || "127.0.0.1"));
  console.log("PG_PORT=" + q(pg.port || "5432"));
  console.log("PG_USER=" + q(decodeURIComponent(pg.username || "postgres")));
  console.log("PG_PASSWORD=" + q(decodeURIComponent(pg.password || "")));
  console.log("PG_DB=" + q(decodeURIComponent(pg.pathname.slice(1) || "jobcenter")));
  console.log("REDIS_HOST=" + q(rd.hostname || "127.0.0.1"));
  console.log("REDIS_PORT=" + q(rd.port || "6379"));
' "$DATABASE_URL" "$REDIS_URL")"
export PGPASSWORD=$PG_PASSWORD

# A TCP check and a real query, without depending on client tools being installed.
pg_answers() {
  node -e '
    const { Client } = require("pg");
    const c = new Client({ host: process.argv[1], port: +process.argv[2], user: process.argv[3], password: process.argv[4], database: "postgres", connectionTimeoutMillis: 2000 });
    c.connect().then(() => c.query("SELECT 1")).then(() => c.end()).then(() => process.exit(0), () => process.exit(1));
  ' "$PG_HOST" "$PG_PORT" "$PG_USER" "$PG_PASSWORD" 2>/dev/null
}
redis_answers() {
  node -e '
    const s = require("net").connect(+process.argv[2], process.argv[1]);
    const t = setTimeout(() => process.exit(1), 2000);
    s.on("connect", () => s.write("PING\r\n"));
    s.on("data", (d) => { clearTimeout(t); s.destroy(); process.exit(String(d).startsWith("+PONG") ? 0 : 1); });
    s.on("error", () => process.exit(1));
  ' "$REDIS_HOST" "$REDIS_PORT" 2>/dev/null
}
wait_for() {
  local what=$1 check=$2
  for _ in $(seq 1 60); do
    if $check; then return 0; fi
    sleep 0.5
  done
  say "$what did not come up in 30 s"
  return 1
}
is_local() { [[ $1 == 127.0.0.1 || $1 == localhost || $1 == ::1 ]]; }
docker_answers() { command -v docker >/dev/null 2>&1 && docker info >/dev/null 2>&1; }
apt_install() {
  if [[ $(id -u) -ne 0 ]]; then
    say "$1 is not installed and this is not root: install it (apt-get install $1) or point the URL at a running server"
    exit 1
  fi
  say "installing $1 from Debian's packages"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$1" >/dev/null 2>&1 ||
    { apt-get update -q >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$1" >/dev/null; }
}

start_redis_locally() {
  command -v redis-server >/dev/null 2>&1 || apt_install redis-server
  mkdir -p "$DATA_DIR/redis"
  say "starting redis-server on port $REDIS_PORT"
  redis-server --daemonize yes --bind 127.0.0.1 --port "$REDIS_PORT" --save "" --appendonly no \
    --dir "$DATA_DIR/redis" --logfile "$DATA_DIR/redis/redis.log" --pidfile "$DATA_DIR/redis/redis.pid"
}

start_postgres_locally() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [[ -z $bin ]]; then
    apt_install postgresql
    bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  fi
  # Postgres refuses to run as root: run it as the `postgres` system user (made by the Debian package).
  local run_as=()
  if [[ $(id -u) -eq 0 ]]; then
    id postgres >/dev/null 2>&1 || useradd --system --home-dir "$DATA_DIR" --shell /bin/false postgres
    run_as=(runuser -u postgres --)
  fi
  local pgdata=$DATA_DIR/postgres sockets=$DATA_DIR/postgres-sockets
  mkdir -p "$pgdata" "$sockets"
  [[ $(id -u) -eq 0 ]] && chown postgres "$DATA_DIR" "$pgdata" "$sockets" && chmod 700 "$pgdata"
  if [[ ! -f $pgdata/PG_VERSION ]]; then
    say "initialising a Postgres cluster in $pgdata"
    "${run_as[@]}" "$bin/initdb" -D "$pgdata" -U "$PG_USER" --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  fi
  say "starting Postgres on port $PG_PORT"
  "${run_as[@]}" "$bin/pg_ctl" -D "$pgdata" -l "$DATA_DIR/postgres.log" -w \
    -o "-p $PG_PORT -k $sockets -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off" start >/dev/null
}

need_pg=false need_redis=false
pg_answers || need_pg=true
redis_answers || need_redis=true

if $need_pg || $need_redis; then
  if docker_answers; then
    services=()
    $need_pg && services+=(postgres)
    $need_redis && services+=(redis)
    say "starting ${services[*]} with docker compose"
    docker compose -f docker/compose.yml up -d --wait "${services[@]}"
  else
    if $need_redis; then
      is_local "$REDIS_HOST" || { say "Redis at $REDIS_URL does not answer"; exit 1; }
      start_redis_locally
    fi
    if $need_pg; then
      is_local "$PG_HOST" || { say "Postgres at $PG_HOST:$PG_PORT does not answer"; exit 1; }
      start_postgres_locally
    fi
  fi
  wait_for Postgres pg_answers
  wait_for Redis redis_answers
else
  say "reusing Postgres at $PG_HOST:$PG_PORT and Redis at $REDIS_HOST:$REDIS_PORT"
fi

# Create the database when missing (a race with a parallel run is harmless: the loser sees it exists).
node -e '
  const { Client } = require("pg");
  const [host, port, user, password, db] = process.argv.slice(1);
  const c = new Client({ host, port: +port, user, password, database: "postgres" });
  (async () => {
    await c.connect();
    const { rowCount } = await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [db]);
    if (rowCount === 0) {
      try { await c.query(`CREATE DATABASE "${db.replace(/"/g, "\"\"")}"`); console.error(`services: created database ${db}`); }
      catch (e) { if (e.code !== "42P04") throw e; }
    }
    await c.end();
  })().catch((e) => { console.error("services: " + e.message); process.exit(1); });
' "$PG_HOST" "$PG_PORT" "$PG_USER" "$PG_PASSWORD" "$PG_DB"
