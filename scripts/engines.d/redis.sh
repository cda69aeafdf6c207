# Redis from the distribution's packages, on its own port, with nothing saved to disk.
# HYPER_TEST_REDIS overrides where the tests connect.
REDIS_URL_DEFAULT="redis://127.0.0.1:6379"

start_redis() {
  if redis-cli -h 127.0.0.1 -p 6379 ping 2>/dev/null | grep -q PONG; then log "redis: up"; return; fi
  command -v redis-server >/dev/null 2>&1 || apt_install redis-server
  redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save '' --appendonly no \
    --pidfile "$RUN/redis.pid" --logfile "$RUN/redis.log"
  await sh -c 'redis-cli -h 127.0.0.1 -p 6379 ping | grep -q PONG' || { log "redis did not start"; return 1; }
  log "redis: up ($REDIS_URL_DEFAULT)"
}

stop_redis() { redis-cli -h 127.0.0.1 -p 6379 shutdown nosave 2>/dev/null || true; }

env_redis() { echo "HYPER_TEST_REDIS=${HYPER_TEST_REDIS:-$REDIS_URL_DEFAULT}"; }
