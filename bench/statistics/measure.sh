#!/usr/bin/env bash
# The measuring half of bench/statistics/run.sh, on the database it loaded (portal_statistics): starts the packaged
# portal on it with fresh throw-away secrets (the report reads no sealed content), gives bench.stat (a member of all
# four SK teams) a known password, and times through the HTTP API:
#  - a finished month computed and stored (last month; its stored rows deleted before each of 5 runs),
#  - the same month read back stored (5), the current month computed live (provisional, 10),
#  - a year: the 12 finished months before this one, each computed and stored (stored rows deleted first), 3 runs.
set -euo pipefail
cd "$(dirname "$0")/../.."
PGHOST=${PGHOST:-127.0.0.1}; PGPORT=${PGPORT:-5432}; PGUSER=${PGUSER:-postgres}
export PGHOST PGPORT PGUSER
DB=portal_statistics
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
  QUARKUS_HTTP_ACCESS_LOG_ENABLED=false PORTAL_STATISTICS_PREPARE_CRON=off
PASS=$(openssl rand -hex 12)
psql -qAtc "create extension if not exists pgcrypto; update account set password_hash = crypt('$PASS', gen_salt('bf', 10)), failed_logins = 0, throttled_until = null where username = 'bench.stat'" $DB
psql -Atc "select 'cases ' || count(*) from report_case; select 'events ' || count(*) from case_event; select 'clocks ' || count(*) from case_deadline; select 'ratings ' || count(*) from case_rating" $DB | tee "$OUT/data.txt"
(cd $APP && exec java $JAVA_OPTS $CDS -jar quarkus-run.jar) > "$OUT/portal.log" 2>&1 & PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
until curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null; do sleep 0.3; done
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

