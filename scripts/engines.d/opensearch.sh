# An OpenSearch node from Maven Central (org.opensearch:opensearch + the netty4 transport, see
# opensearch/pom.xml), run in its own JVM by opensearch/Launcher.java: single-node, 127.0.0.1,
# HTTP on 9200, data under $RUN/opensearch, a 512 MB heap. HYPER_TEST_OPENSEARCH overrides where
# the tests connect.
OS_URL_DEFAULT="opensearch://127.0.0.1:9200?prefix=hyper-test"
OS_DIR="$ROOT/scripts/engines.d/opensearch"

os_ready() {
  local health
  health="$(curl -fsS 'http://127.0.0.1:9200/_cluster/health?wait_for_status=yellow&timeout=1s' 2>/dev/null)" &&
    [[ "$health" == *'"status":"green"'* || "$health" == *'"status":"yellow"'* ]]
}

os_running() { [ -f "$RUN/opensearch.pid" ] && kill -0 "$(cat "$RUN/opensearch.pid")" 2>/dev/null; }

start_opensearch() {
  if os_ready; then log "opensearch: up"; return; fi
  if ! os_running; then
    command -v curl >/dev/null 2>&1 || apt_install curl
    mkdir -p "$RUN/opensearch"
    "$ROOT/mvnw" -B -ntp -q -f "$OS_DIR/pom.xml" dependency:build-classpath \
      -Dmdep.outputFile="$RUN/opensearch/classpath" >&2 || { log "opensearch: class path not resolved"; return 1; }
    (cd "$RUN/opensearch" || exit 1
      nohup java -Xms512m -Xmx512m -XX:+UseSerialGC -Djava.awt.headless=true \
        -cp "$(cat classpath)" "$OS_DIR/Launcher.java" "$RUN/opensearch" 9200 \
        >"$RUN/opensearch.log" 2>&1 &
      echo $! >"$RUN/opensearch.pid")
  fi
  WAIT=180 await os_ready || { log "opensearch did not start (see $RUN/opensearch.log)"; return 1; }
  log "opensearch: up (${OS_URL_DEFAULT})"
}

stop_opensearch() {
  if os_running; then
    local pid
    pid="$(cat "$RUN/opensearch.pid")"
    kill "$pid" 2>/dev/null || true
    WAIT=30 await sh -c "! kill -0 $pid" || kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$RUN/opensearch.pid"
}

env_opensearch() { echo "HYPER_TEST_OPENSEARCH=${HYPER_TEST_OPENSEARCH:-$OS_URL_DEFAULT}"; }
