#!/usr/bin/env bash
# Start-up of the portal against bare Quarkus with the same core extensions (issue 10 §5; bench/startup/README.md).
#   bench/startup/run.sh            # 5 starts of each, alternately; BENCH_RUNS=N for another count
#   BENCH_CLASSES=1 bench/startup/run.sh   # also one start of each with -Xlog:class+load: classes loaded per package
# Builds the bare app (and the portal jar if missing), uses the PostgreSQL on 127.0.0.1:5432 (user postgres) with a
# database per app, and prints the median time from process start to the first successful GET / and the ratio.
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${BENCH_RUNS:-5}
PGHOST=${PGHOST:-127.0.0.1}; PGPORT=${PGPORT:-5432}; PGUSER=${PGUSER:-postgres}
export PGHOST PGPORT PGUSER
PORT=${BENCH_PORT:-18180}; BARE_PORT=${BENCH_BARE_PORT:-18181}; MGMT_PORT=${BENCH_MANAGEMENT_PORT:-18182}
JAVA_OPTS=${BENCH_JAVA_OPTS:--Xms32m -Xmx128m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k}
OUT=bench/startup/out; RESULTS=bench/startup/results; mkdir -p "$OUT" "$RESULTS"
BARE=bench/startup/bare
for tool in psql curl openssl; do command -v $tool >/dev/null || { echo "missing $tool"; exit 1; }; done

# Same Quarkus version on both sides, or the ratio means nothing.
V_PORTAL=$(sed -n 's:.*<quarkus.platform.version>\(.*\)</quarkus.platform.version>.*:\1:p' pom.xml)
V_BARE=$(sed -n 's:.*<quarkus.platform.version>\(.*\)</quarkus.platform.version>.*:\1:p' $BARE/pom.xml)
[ "$V_PORTAL" = "$V_BARE" ] || { echo "Quarkus versions differ: portal $V_PORTAL, bare $V_BARE"; exit 1; }

[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -q -B package -DskipTests
./mvnw -q -B -f $BARE/pom.xml package -DskipTests

# Portal: fresh database and throw-away production secrets (bench/prod-env.sh); bare: its own database.
DB=startup_portal; . bench/prod-env.sh
export QUARKUS_MANAGEMENT_PORT=$MGMT_PORT QUARKUS_MANAGEMENT_HOST=127.0.0.1 QUARKUS_HTTP_HOST=127.0.0.1
psql -qc "drop database if exists startup_bare" postgres && psql -qc "create database startup_bare" postgres
PORTAL_URL=$QUARKUS_DATASOURCE_JDBC_URL
BARE_URL="jdbc:postgresql://$PGHOST:$PGPORT/startup_bare"

# start <name> [extra JVM options]: launches one app from its quarkus-app folder (AppCDS archive there), sets PID
start() {
  local name=$1; shift
  local dir=target/quarkus-app port=$PORT url=$PORTAL_URL
  [ "$name" = bare ] && { dir=$BARE/target/quarkus-app; port=$BARE_PORT; url=$BARE_URL; }
  local cds=""; [ -f $dir/app-cds.jsa ] && cds="-XX:SharedArchiveFile=app-cds.jsa"
  (cd $dir && QUARKUS_HTTP_PORT=$port QUARKUS_DATASOURCE_JDBC_URL=$url exec java $JAVA_OPTS $cds "$@" -jar quarkus-run.jar) \
    > "$OUT/$name.log" 2>&1 &
  PID=$!; APP_PORT=$port
}
# first_response: milliseconds from the launch to the first 2xx of GET / (polled every 10 ms; gives up after 180 s)
measure() {
  local t0 t1; t0=$(date +%s%N); start "$@"
  until curl -sf -o /dev/null "http://127.0.0.1:$APP_PORT/"; do
    kill -0 $PID 2>/dev/null || { echo "$1 stopped:"; tail -20 "$OUT/$1.log"; exit 1; }
    [ $(( ($(date +%s%N) - t0) / 1000000000 )) -lt 180 ] || { echo "$1 not up in 180 s"; kill $PID; exit 1; }
    sleep 0.01
  done
  t1=$(date +%s%N); MS=$(( (t1 - t0) / 1000000 ))
  STARTED=$(grep -o 'started in [0-9.]*s' "$OUT/$1.log" | head -1 | grep -o '[0-9.]*' || echo "?")
  kill $PID; wait $PID 2>/dev/null || true
}
trap 'kill $PID 2>/dev/null || true' EXIT

# Warm-up start of each: migrations applied, page cache warm.
measure portal; measure bare

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
P=(); B=(); ROWS=""
for i in $(seq 1 "$RUNS"); do
  measure portal; P+=($MS); ROWS+="run $i  portal ${MS} ms (Quarkus: started in ${STARTED} s)"$'\n'
  measure bare;   B+=($MS); ROWS+="run $i  bare   ${MS} ms (Quarkus: started in ${STARTED} s)"$'\n'
done
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
MP=$(median "${P[@]}"); MB=$(median "${B[@]}")
RATIO=$(awk -v p="$MP" -v b="$MB" 'BEGIN {printf "%.2f", p/b}')

STAMP=$(date -u +%Y-%m-%dT%H%M%SZ)
{
  echo "bench/startup/run.sh $STAMP  (Quarkus $V_PORTAL, $(java -version 2>&1 | head -1))"
  echo "JVM options: $JAVA_OPTS -XX:SharedArchiveFile=app-cds.jsa (each from its quarkus-app folder), prod profile"
  echo "load average before / after: $LOAD_BEFORE / $LOAD_AFTER  ($(nproc) cores)"
  printf '%s' "$ROWS"
  echo "median portal: $MP ms"
  echo "median bare:   $MB ms"
  echo "ratio portal / bare: $RATIO   (target <= 1.5)"
} | tee "$RESULTS/startup-$STAMP.txt"

if [ "${BENCH_CLASSES:-0}" = 1 ]; then
  # Classes loaded up to the first response, by package (first three segments), portal vs bare.
  for app in portal bare; do
    measure $app -Xlog:class+load=info:file=/tmp/startup-classes-$app.txt
    awk '/source:/ {print $2}' /tmp/startup-classes-$app.txt | awk -F. '{print $1"."$2"."$3}' | sort | uniq -c | sort -rn \
      > "$OUT/classes-$app.txt"
  done
  {
    echo "classes loaded to the first response: portal $(awk '{s+=$1} END {print s}' "$OUT/classes-portal.txt"),"\
" bare $(awk '{s+=$1} END {print s}' "$OUT/classes-bare.txt")"
    echo "packages the portal loads more of (portal - bare, top 30):"
    join -1 2 -2 2 -a 1 -e 0 -o 0,1.1,2.1 <(awk '{print $1, $2}' "$OUT/classes-portal.txt" | sort -k2) \
      <(awk '{print $1, $2}' "$OUT/classes-bare.txt" | sort -k2) | awk '{print $2-$3, $1, "(portal " $2 ", bare " $3 ")"}' \
      | sort -rn | awk 'NR <= 30'
  } | tee "$RESULTS/classes-$STAMP.txt"
fi
trap - EXIT
