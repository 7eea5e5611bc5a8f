#!/usr/bin/env bash
# Monthly report benchmark (issue 9 §6, docs/performance.md): the 1,000,000 cases of bench/casework/generate.sql plus
# their history (history.sql), then through the HTTP API of the packaged portal, as an officer of all four teams:
#  - a finished month computed and stored (last month; its stored rows deleted before each of 5 runs),
#  - the current month, computed live (provisional), 10 requests,
#  - a year: the 12 finished months before this one, each computed and stored (stored rows deleted first), 3 runs.
# Loads, then runs measure.sh. Run after `./mvnw package -DskipTests`. Not part of ./mvnw verify.
#   bench/statistics/run.sh            # PostgreSQL on 127.0.0.1:5432 (user postgres), database portal_statistics
#   BENCH_DB=mydb BENCH_PORT=18131 BENCH_LOAD_ONLY=1 bench/statistics/run.sh   # load into mydb only; then
#   BENCH_DB=mydb BENCH_PORT=18131 bench/statistics/measure.sh                 # measure (repeatable, reuses the load)
set -euo pipefail
cd "$(dirname "$0")/../.."
PGHOST=${PGHOST:-127.0.0.1}; PGPORT=${PGPORT:-5432}; PGUSER=${PGUSER:-postgres}
export PGHOST PGPORT PGUSER
DB=${BENCH_DB:-portal_statistics}
PORT=${BENCH_PORT:-18095}
JAVA_OPTS=${BENCH_JAVA_OPTS:--Xms32m -Xmx128m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k}
OUT=bench/out/statistics; mkdir -p "$OUT"
APP=target/quarkus-app
[ -f "$APP/quarkus-run.jar" ] || { echo "build first: ./mvnw package -DskipTests"; exit 1; }
CDS=""; [ -f $APP/app-cds.jsa ] && CDS="-XX:SharedArchiveFile=app-cds.jsa"

. bench/prod-env.sh
export QUARKUS_HTTP_ACCESS_LOG_ENABLED=false PORTAL_BOOTSTRAP_ADMIN_USERNAME=bench.admin PORTAL_STATISTICS_PREPARE_CRON=off PORTAL_SECOND_FACTOR_REQUIRED_ROLES=none
export PORTAL_BOOTSTRAP_ADMIN_PASSWORD="$(openssl rand -hex 16)"
PASS=$PORTAL_BOOTSTRAP_ADMIN_PASSWORD
(cd $APP && exec java $JAVA_OPTS $CDS -jar quarkus-run.jar) > "$OUT/portal.log" 2>&1 & PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
until curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null; do sleep 0.3; done
t0=$(date +%s)
for f in complaints:'{"subject":"Antrean","description":"Nomor antrean saya dilewati di loket.","eventDate":"2026-11-02","eventPlace":"Loket 2","classification":"PENGADUAN","serviceCode":"KTP_EL","problemTypeCode":"PERILAKU_PETUGAS","identityMode":"RAHASIA","reporter":{"name":"Warga Uji"}}' \
         whistleblowing:'{"categoryCode":"PUNGUTAN_LIAR","what":"Diminta uang tambahan","where":"Loket 3","whenFrom":"2026-10-20","persons":[{"name":"Inisial XY","position":"Petugas loket"}],"how":"Diminta langsung","identityMode":"ANONIM"}'; do
  curl -sf -o /dev/null -H 'Content-Type: application/json' -d "${f#*:}" "http://127.0.0.1:$PORT/api/v1/reports/${f%%:*}"
done
ADMIN=$(psql -Atc "select id from account where username = 'bench.admin'" $DB)
echo "generating 1,000,000 cases and their history ..."
psql -q -v admin=$ADMIN -f bench/casework/generate.sql $DB
psql -q -v admin=$ADMIN -f bench/statistics/history.sql $DB
t1=$(date +%s)
kill $PID; wait $PID 2>/dev/null || true; trap - EXIT
echo "load: $((t1 - t0)) s" | tee "$OUT/load.txt"
[ -n "${BENCH_LOAD_ONLY:-}" ] && exit 0   # load once, measure as often as needed with measure.sh
exec bench/statistics/measure.sh

