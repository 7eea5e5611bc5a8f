#!/usr/bin/env bash
# Benchmark of complaint intake (docs/performance.md). Run after `./mvnw package -DskipTests`.
#   bench/run.sh                 # uses the PostgreSQL on 127.0.0.1:5432 (user postgres), database portal_bench
# Needs wrk and pgbench (Debian: apt-get install wrk postgresql-client). Loopback only; every run is bounded.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${BENCH_DURATION:-20}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
PGHOST=${PGHOST:-127.0.0.1}; PGPORT=${PGPORT:-5432}; PGUSER=${PGUSER:-postgres}
export PGHOST PGPORT PGUSER
DB=portal_bench
PORT=${BENCH_PORT:-18080}
JAVA_OPTS=${BENCH_JAVA_OPTS:--Xms32m -Xmx128m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k}
OUT=bench/out; mkdir -p "$OUT"
JAR=target/quarkus-app/quarkus-run.jar
# The AppCDS archive made by `./mvnw package` (quarkus.package.jar.appcds.enabled) shortens start-up.
CDS=""; [ -f target/quarkus-app/app-cds.jsa ] && CDS="-XX:SharedArchiveFile=app-cds.jsa"
[ -f "$JAR" ] || { echo "build first: ./mvnw package -DskipTests"; exit 1; }
for tool in wrk pgbench psql curl openssl; do command -v $tool >/dev/null || { echo "missing $tool"; exit 1; }; done

. bench/prod-env.sh
export QUARKUS_HTTP_ACCESS_LOG_ENABLED=false

# 1. Start-up: first successful response, measured from process start (migrations already applied by a warm-up start).
start_portal() { (cd target/quarkus-app && exec java $JAVA_OPTS $CDS -jar quarkus-run.jar) > "$OUT/portal.log" 2>&1 & PID=$!; }
start_portal; until curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null; do sleep 0.2; done; kill $PID; wait $PID || true
t0=$(date +%s%N); start_portal
until curl -sf -o /dev/null "http://127.0.0.1:$PORT/"; do sleep 0.01; done
t1=$(date +%s%N); STARTUP_MS=$(( (t1 - t0) / 1000000 ))
trap 'kill $PID 2>/dev/null || true' EXIT

# 2. Sustained submissions per second (warm-up, then the measured run).
wrk -t2 -c$CONNECTIONS -d5s -s bench/complaint.lua "http://127.0.0.1:$PORT/api/v1/reports/complaints" > /dev/null
wrk -t2 -c$CONNECTIONS -d${DURATION}s -s bench/complaint.lua "http://127.0.0.1:$PORT/api/v1/reports/complaints" | tee "$OUT/wrk-max.txt"
RPS=$(awk '/Requests\/sec/ {print $2}' "$OUT/wrk-max.txt")

# 3. Latency at half that rate: paced connections (delay per request = connections / (rate/2)).
HALF=$(awk -v r="$RPS" 'BEGIN {printf "%d", r/2}')
PACED=16
DELAY=$(awk -v c=$PACED -v h="$HALF" 'BEGIN {d = c*1000/h; printf "%d", (d < 1 ? 1 : d)}')
BENCH_DELAY_MS=$DELAY wrk -t2 -c$PACED -d${DURATION}s --latency -s bench/complaint.lua \
  "http://127.0.0.1:$PORT/api/v1/reports/complaints" | tee "$OUT/wrk-half.txt"
HALF_RPS=$(awk '/Requests\/sec/ {print $2}' "$OUT/wrk-half.txt")
P50=$(awk '$1=="50%" {print $2}' "$OUT/wrk-half.txt"); P99=$(awk '$1=="99%" {print $2}' "$OUT/wrk-half.txt")

RSS_KB=$(ps -o rss= -p $PID | tr -d ' ')
kill $PID; wait $PID 2>/dev/null || true; trap - EXIT

# 4. The machine's ceiling for the same durable inserts, same database, same connections.
pgbench -n -c $CONNECTIONS -j 2 -T $DURATION -f bench/ceiling.sql $DB | tee "$OUT/pgbench.txt"
CEIL=$(awk '/^tps/ {print $3; exit}' "$OUT/pgbench.txt")

RATIO=$(awk -v a="$RPS" -v b="$CEIL" 'BEGIN {printf "%.2f", a/b}')
{
  echo "portal complaints/s (sustained, $CONNECTIONS connections): $RPS"
  echo "pgbench ceiling tps (same inserts, one transaction):        $CEIL"
  echo "ratio portal / ceiling:                                      $RATIO   (target >= 0.4)"
  echo "latency at half rate (~$HALF/s asked, $HALF_RPS/s done): p50 $P50, p99 $P99   (target p99 <= 100 ms)"
  echo "process start -> first successful response:                  ${STARTUP_MS} ms   (target <= 2000 ms)"
  echo "resident memory after the load:                              $((RSS_KB / 1024)) MB   (target <= 300 MB)"
  echo "JVM options: $JAVA_OPTS $CDS"
} | tee "$OUT/summary.txt"
