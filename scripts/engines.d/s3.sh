# S3Proxy (org.gaul:s3proxy from Maven Central) in a JVM of its own, on 127.0.0.1:9000, with
# signature checks on and a file-system backend under $RUN/s3proxy. Its class path comes from
# scripts/engines.d/s3proxy/pom.xml, which is not part of the reactor: S3Proxy's Jetty and jclouds
# never meet hyper-local's. The S3 bucket the tests use (hyper-test) is created empty at start.
# HYPER_TEST_S3 overrides where the tests connect.
S3_PORT="${HYPER_S3PROXY_PORT:-9000}"
S3_KEY="hyper"
S3_SECRET="hyper-s3proxy-secret"
S3_BUCKET="hyper-test"
S3_URL_DEFAULT="s3://$S3_KEY:$S3_SECRET@$S3_BUCKET?endpoint=http://127.0.0.1:$S3_PORT&region=us-east-1&pathStyle=true"

# S3Proxy accepts connections once it serves (bash's /dev/tcp: no curl needed).
s3_ready() { (exec 3<>"/dev/tcp/127.0.0.1/$S3_PORT") 2>/dev/null; }

s3_running() { [ -f "$RUN/s3proxy.pid" ] && kill -0 "$(cat "$RUN/s3proxy.pid")" 2>/dev/null; }

start_s3() {
  if s3_running && s3_ready; then log "s3: up"; return; fi
  command -v java >/dev/null 2>&1 || { log "s3: java is needed to run S3Proxy"; return 1; }
  local dir="$RUN/s3proxy"
  mkdir -p "$dir/data/$S3_BUCKET"
  if [ ! -s "$dir/classpath" ]; then
    log "s3: resolving org.gaul:s3proxy"
    "$ROOT/mvnw" -q -B -ntp -f "$ROOT/scripts/engines.d/s3proxy/pom.xml" \
      dependency:build-classpath -Dmdep.outputFile="$dir/classpath" >&2 ||
      { log "s3: cannot resolve S3Proxy from Maven Central"; return 1; }
  fi
  cat >"$dir/s3proxy.properties" <<PROPS
s3proxy.endpoint=http://127.0.0.1:$S3_PORT
s3proxy.authorization=aws-v2-or-v4
s3proxy.identity=$S3_KEY
jclouds.identity=$S3_KEY
s3proxy.credential=$S3_SECRET
jclouds.credential=$S3_SECRET
jclouds.provider=filesystem-nio2
jclouds.filesystem.basedir=$dir/data
PROPS
  # S3Proxy logs every request at DEBUG by default, which slows it down many times over.
  cat >"$dir/logback.xml" <<XML
<configuration>
  <appender name="out" class="ch.qos.logback.core.ConsoleAppender">
    <encoder><pattern>%d %-5level %logger{20} %msg%n</pattern></encoder>
  </appender>
  <root level="WARN"><appender-ref ref="out"/></root>
</configuration>
XML
  nohup java -Xmx512m -Dlogback.configurationFile="$dir/logback.xml" \
    -cp "$(cat "$dir/classpath")" org.gaul.s3proxy.Main \
    --properties "$dir/s3proxy.properties" >"$dir/s3proxy.log" 2>&1 &
  echo $! >"$RUN/s3proxy.pid"
  WAIT=60 await s3_ready || { log "s3: S3Proxy did not start (see $dir/s3proxy.log)"; return 1; }
  log "s3: up (http://127.0.0.1:$S3_PORT, bucket $S3_BUCKET)"
}

stop_s3() {
  if s3_running; then
    local pid
    pid="$(cat "$RUN/s3proxy.pid")"
    kill "$pid" 2>/dev/null || true
    WAIT=20 await sh -c "! kill -0 $pid" || kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$RUN/s3proxy.pid"
}

env_s3() { echo "HYPER_TEST_S3=${HYPER_TEST_S3:-$S3_URL_DEFAULT}"; }
