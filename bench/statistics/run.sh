#!/usr/bin/env bash
# Monthly report benchmark (issue 9 §6, docs/performance.md): the 1,000,000 cases of bench/casework/generate.sql plus
# their history (history.sql), then through the HTTP API of the packaged portal, as an officer of all four teams:
#  - a finished month computed and stored (last month; its stored rows deleted before each of 5 runs),
#  - the current month, computed live (provisional), 10 requests,
#  - a year: the 12 finished months before this one, each computed and stored (stored rows deleted first), 3 runs.
# Run after `./mvnw package -DskipTests`. Not part of ./mvnw verify.
#   bench/statistics/run.sh            # PostgreSQL on 127.0.0.1:5432 (user postgres), database portal_statistics
set -euo pipefail
cd "$(dirname "$0")/../.."
PGHOST=${PGHOST:-127.0.0.1}; PGPORT=${PGPORT:-5432}; PGUSER=${PGUSER:-postgres}
export PGHOST PGPORT PGUSER
DB=portal_statistics
PORT=${BENCH_PORT:-18095}
JAVA_OPTS=${BENCH_JAVA_OPTS:--Xms32m -Xmx128m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k}
OUT=bench/out/statistics; mkdir -p "$OUT"
APP=target/quarkus-app
[ -f "$APP/quarkus-run.jar" ] || { echo "build first: ./mvnw package -DskipTests"; exit 1; }
CDS=""; [ -f $APP/app-cds.jsa ] && CDS="-XX:SharedArchiveFile=app-cds.jsa"

. bench/prod-env.sh
export QUARKUS_HTTP_ACCESS_LOG_ENABLED=false PORTAL_BOOTSTRAP_ADMIN_USERNAME=bench.admin PORTAL_STATISTICS_PREPARE_CRON=off
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
psql -Atc "select 'cases ' || count(*) from report_case; select 'events ' || count(*) from case_event; select 'clocks ' || count(*) from case_deadline; select 'ratings ' || count(*) from case_rating" $DB | tee "$OUT/data.txt"

TOKEN=$(curl -sf -H 'Content-Type: application/json' -d "{\"username\":\"bench.stat\",\"password\":\"$PASS\"}" \
  "http://127.0.0.1:$PORT/api/v1/auth/login" | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')
get() { curl -sf -o "$OUT/last.json" -w '%{time_total}\n' -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT/api/v1/statistics/monthly/$1"; }
THIS=$(date +%Y-%m); LAST=$(date -d "$(date +%Y-%m-01) -1 month" +%Y-%m)
for i in 1 2 3; do get "$THIS" >/dev/null; done   # warm-up
{
  echo "== finished month $LAST, computed and stored (all 4 channels), seconds per request"
  for i in 1 2 3 4 5; do psql -qAtc "delete from monthly_report" $DB; get "$LAST"; done
  echo "== the same month read back stored, seconds per request"
  for i in 1 2 3 4 5; do get "$LAST"; done
  echo "== current month $THIS, live (provisional), seconds per request"
  for i in $(seq 1 10); do get "$THIS"; done
  echo "== a year: the 12 months before $THIS, each computed and stored, seconds per run"
  for run in 1 2 3; do
    psql -qAtc "delete from monthly_report" $DB
    s=$(date +%s.%N)
    for k in $(seq 12 -1 1); do get "$(date -d "$(date +%Y-%m-01) -$k month" +%Y-%m)" >/dev/null; done
    echo "$(echo "$(date +%s.%N) - $s" | bc)"
  done
} | tee "$OUT/timings.txt"
python3 -c "import json;d=json.load(open('$OUT/last.json'));[print(r['channel'],'received',r['figures']['received'],'carriedOver',r['figures']['carriedOver'],'closed',r['figures']['closed'],'overdueTotal',r['figures']['overdueTotal']) for r in d['reports']]" | tee -a "$OUT/timings.txt"
kill $PID; wait $PID 2>/dev/null || true; trap - EXIT
echo "load: $((t1 - t0)) s; total: $(( $(date +%s) - t0 )) s" | tee -a "$OUT/timings.txt"
