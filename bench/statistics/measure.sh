#!/usr/bin/env bash
# The measuring half of bench/statistics/run.sh, on the database it loaded (portal_statistics): starts the packaged
# portal on it with fresh throw-away secrets (the report reads no sealed content), gives bench.stat (a member of all
# four SK teams) a known password, and times through the HTTP API (BENCH_RUNS runs each, default 5):
#  - last month computed and stored, with nothing stored before it (its start from the history) and with the month
#    before stored (its start from that month's open cases: the normal case, the scheduler stores every month),
#  - the same month read back stored, the current month live (provisional) with and without last month stored,
#  - the yearly view of this year cold (no month stored: each finished month computed and stored in the request) and
#    warm, and with the month before the year stored; a year through the monthly endpoint (the 12 months before this
#    one in order, BENCH_YEAR_RUNS runs, default 3).
#   BENCH_DB=wt_x BENCH_PORT=18131 bench/statistics/measure.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
PGHOST=${PGHOST:-127.0.0.1}; PGPORT=${PGPORT:-5432}; PGUSER=${PGUSER:-postgres}
export PGHOST PGPORT PGUSER
DB=${BENCH_DB:-portal_statistics}
PORT=${BENCH_PORT:-18095}
JAVA_OPTS=${BENCH_JAVA_OPTS:--Xms32m -Xmx128m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k}
OUT=bench/out/statistics; mkdir -p "$OUT"
APP=${BENCH_APP:-target/quarkus-app}
CDS=""; [ -f $APP/app-cds.jsa ] && CDS="-XX:SharedArchiveFile=app-cds.jsa"
key() { openssl rand -base64 32; }
openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$OUT/jwt.pem" 2>/dev/null
export PORTAL_CRYPTO_RECEIPT_KEY="$(key)" QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" \
  QUARKUS_DATASOURCE_USERNAME=$PGUSER QUARKUS_DATASOURCE_PASSWORD=${PGPASSWORD:-} PORTAL_CRYPTO_DATA_KEYS="bench:$(key)" \
  PORTAL_CRYPTO_LOOKUP_KEY="$(key)" PORTAL_CRYPTO_FORM_KEY="$(key)" SMALLRYE_JWT_SIGN_KEY="$(cat "$OUT/jwt.pem")" \
  MP_JWT_VERIFY_PUBLICKEY="$(openssl pkey -in "$OUT/jwt.pem" -pubout)" QUARKUS_HTTP_PORT=$PORT \
  QUARKUS_HTTP_ACCESS_LOG_ENABLED=false PORTAL_STATISTICS_PREPARE_CRON=off PORTAL_SECOND_FACTOR_REQUIRED_ROLES=none
# The other background jobs stay off too: on 1,000,000 cases the deadline check alone runs ~1 s, and their first runs
# (20-60 s after the start) would fall inside the timed requests. What is timed is the report, nothing else.
export PORTAL_DEADLINES_CHECK_EVERY=off PORTAL_TEAMS_RETURN_TO_CHAIR_EVERY=off PORTAL_RETENTION_RUN_EVERY=off \
  PORTAL_CAMPAIGNS_REMINDER_CHECK_EVERY=off PORTAL_METRICS_REFRESH_EVERY=off PORTAL_MAIL_SEND_EVERY=off
# Throw-away keys each run: forget the previous run's data key check (system.crypto.DataKeyCheck), which would
# otherwise stop the start with "wrong key for this database" (the figures read no sealed content).
psql -qAtc "do \$\$ begin if to_regclass('data_key_check') is not null then delete from data_key_check; end if; end \$\$" $DB
PASS=$(openssl rand -hex 12)
psql -qAtc "create extension if not exists pgcrypto; update account set password_hash = crypt('$PASS', gen_salt('bf', 10)), failed_logins = 0, throttled_until = null where username = 'bench.stat'" $DB
psql -Atc "select 'cases ' || count(*) from report_case; select 'events ' || count(*) from case_event; select 'clocks ' || count(*) from case_deadline; select 'ratings ' || count(*) from case_rating" $DB | tee "$OUT/data.txt"
(cd $APP && exec java $JAVA_OPTS $CDS -jar quarkus-run.jar) > "$OUT/portal.log" 2>&1 & PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
until curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null; do
  kill -0 $PID 2>/dev/null || { echo "the portal did not start:"; tail -n 20 "$OUT/portal.log"; exit 1; }; sleep 0.3; done
TOKEN=$(curl -sf -H 'Content-Type: application/json' -d "{\"username\":\"bench.stat\",\"password\":\"$PASS\"}" \
  "http://127.0.0.1:$PORT/api/v1/auth/login" | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')
get() { curl -sf -o "$OUT/last.json" -w '%{time_total}\n' -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT/api/v1/statistics/monthly/$1"; }
year() { curl -sf -o "$OUT/year.json" -w '%{time_total}\n' -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT/api/v1/statistics/yearly/$1"; }
THIS=$(date +%Y-%m); LAST=$(date -d "$(date +%Y-%m-01) -1 month" +%Y-%m); BEFORE=$(date -d "$(date +%Y-%m-01) -2 month" +%Y-%m)
YEAR=$(date +%Y)
RUNS=${BENCH_RUNS:-5}
for i in 1 2 3; do get "$THIS" >/dev/null; done   # warm-up
{
  echo "== load: $(uptime)"
  echo "== finished month $LAST, all 4 channels, computed and stored; nothing stored before it (start from the history), seconds"
  for i in $(seq 1 $RUNS); do psql -qAtc "delete from monthly_report" $DB; get "$LAST"; done
  cp "$OUT/last.json" "$OUT/from-history.json"
  echo "== finished month $LAST, computed and stored; $BEFORE stored (start from its open cases), seconds"
  psql -qAtc "delete from monthly_report" $DB; get "$BEFORE" >/dev/null
  for i in $(seq 1 $RUNS); do psql -qAtc "delete from monthly_report where month <> date '$BEFORE-01'" $DB; get "$LAST"; done
  python3 -c "import json;f=lambda p:[r['figures'] for r in json.load(open(p))['reports']];print('== figures of $LAST from the history and from $BEFORE stored identical:', f('$OUT/from-history.json')==f('$OUT/last.json'))"
  echo "== the same month read back stored, seconds"
  for i in $(seq 1 $RUNS); do get "$LAST"; done
  echo "== current month $THIS, live (provisional), $LAST stored, seconds"
  for i in $(seq 1 $RUNS); do get "$THIS"; done
  echo "== current month $THIS, live, nothing stored, seconds"
  for i in $(seq 1 3); do psql -qAtc "delete from monthly_report" $DB; get "$THIS"; done
  echo "== load: $(uptime)"
  echo "== yearly view $YEAR cold: no month stored, every finished month computed and stored in the request, seconds"
  for i in $(seq 1 ${BENCH_COLD_YEAR_RUNS:-$RUNS}); do psql -qAtc "delete from monthly_report" $DB; year "$YEAR"; done
  echo "== yearly view $YEAR, no month of the year stored but December $((YEAR - 1)) stored (each month starts from the one before), seconds"
  get "$((YEAR - 1))-12" >/dev/null
  for i in $(seq 1 $RUNS); do psql -qAtc "delete from monthly_report where month > date '$((YEAR - 1))-12-01'" $DB; year "$YEAR"; done
  echo "== yearly view $YEAR warm: every finished month stored, seconds"
  for i in $(seq 1 $RUNS); do year "$YEAR"; done
  echo "== a year through the monthly endpoint: the 12 months before $THIS in order, each computed and stored, seconds per run"
  for run in $(seq 1 ${BENCH_YEAR_RUNS:-3}); do
    psql -qAtc "delete from monthly_report" $DB
    s=$(date +%s.%N)
    for k in $(seq 12 -1 1); do get "$(date -d "$(date +%Y-%m-01) -$k month" +%Y-%m)" >/dev/null; done
    echo "$(echo "$(date +%s.%N) - $s" | bc)"
  done
  echo "== load: $(uptime)"
} | tee "$OUT/timings.txt"
get "$LAST" >/dev/null
python3 -c "import json;d=json.load(open('$OUT/last.json'));[print(r['channel'],'received',r['figures']['received'],'carriedOver',r['figures']['carriedOver'],'closed',r['figures']['closed'],'overdueTotal',r['figures']['overdueTotal']) for r in d['reports']]" | tee -a "$OUT/timings.txt"
kill $PID; wait $PID 2>/dev/null || true; trap - EXIT

