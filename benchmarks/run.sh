#!/usr/bin/env bash
# Runs every benchmark of hyper-connect for Java, then prints the ratio tables of one run.
#
#   benchmarks/run.sh            quick profile: about 25 minutes on a 2-core machine (15 of them the JS comparison at 1, 8, 64 and 256 in flight)
#   benchmarks/run.sh full       more warm-up, iterations and forks (about 4x longer)
#
# Results (JMH JSON and logs, the JS comparison, report.md) go to benchmarks/target/results/<time>/.
# Set MVN_ARGS=-o to build offline. Any further arguments are passed to every JMH invocation
# (e.g. benchmarks/run.sh quick -foe true).
set -euo pipefail
cd "$(dirname "$0")/.."

profile="${1:-quick}"
shift || true
case "$profile" in
  quick) jmh_profile=(); js_seconds=2 ;;
  full)  jmh_profile=(-f 2 -wi 3 -i 5 -r 2); js_seconds=10 ;;
  *) echo "usage: $0 [quick|full] [JMH options...]" >&2; exit 2 ;;
esac

./mvnw -q ${MVN_ARGS:-} -pl benchmarks -am package -DskipTests
jar=benchmarks/target/benchmarks.jar
out="benchmarks/target/results/$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$out"

{
  echo "date: $(date -u)"
  echo "cpus: $(nproc)  load: $(cut -d' ' -f1-3 /proc/loadavg)"
  java -version 2>&1 | head -1
  command -v node >/dev/null && echo "node: $(node --version)" || echo "node: not installed"
  # What an fsync costs here: 200 synchronous 4 KiB writes (--dir mode fsyncs every commit).
  echo "fsync: $(dd if=/dev/zero of="$out/fsync.test" bs=4k count=200 oflag=dsync 2>&1 | tail -1)"
  rm -f "$out/fsync.test"
} | tee "$out/machine.txt"

jmh() {
  local name="$1"
  shift
  echo "== $name: $*"
  java -jar "$jar" "$@" ${jmh_profile[@]+"${jmh_profile[@]}"} \
    -rf json -rff "$out/$name.json" > "$out/$name.log" 2>&1 \
    || { tail -40 "$out/$name.log"; exit 1; }
  grep -A200 '^Benchmark ' "$out/$name.log" | grep -v ':p0\.\(00\|90\|95\|999\|9999\)\|:p1\.00'
}

jmh sdk SdkOverheadBenchmark "$@"
for t in 1 8 32; do
  jmh "routes-t$t" ServerRouteBenchmark -t "$t" "$@"
done
jmh store ServerRouteBenchmark -p route=DATA_ADD,DATA_UPDATE -p store=MEMORY,DIR -t 1 "$@"
jmh store-t8 ServerRouteBenchmark -p route=DATA_ADD,DATA_UPDATE -p store=MEMORY,DIR -t 8 "$@"
jmh streaming StorageStreamingBenchmark "$@"
grep -h 'peak heap' "$out/streaming.log" || true

echo "== JS comparison"
java -cp "$jar" io.hyper.benchmarks.JsComparison --seconds "$js_seconds" --js-dir benchmarks/src/main/js \
  | tee "$out/js-comparison.md"

echo "load at the end: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out/machine.txt"
java -cp "$jar" io.hyper.benchmarks.Report "$out" | tee "$out/report.md"
echo "results in $out"
