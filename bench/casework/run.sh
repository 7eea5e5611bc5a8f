#!/usr/bin/env bash
# Inbox benchmark (issue 7 §6, docs/performance.md): 1,000,000 cases, then latency through the HTTP API of the
# packaged portal and EXPLAIN (ANALYZE, BUFFERS) of the same statements. Run after `./mvnw package -DskipTests`.
#   bench/casework/run.sh            # PostgreSQL on 127.0.0.1:5432 (user postgres), database portal_casework
# BENCH_REQUESTS (default 300) requests per measure. Not part of ./mvnw verify. About 6-10 minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/../.."
PGHOST=${PGHOST:-127.0.0.1}; PGPORT=${PGPORT:-5432}; PGUSER=${PGUSER:-postgres}
export PGHOST PGPORT PGUSER
DB=portal_casework
PORT=${BENCH_PORT:-18090}
N=${BENCH_REQUESTS:-300}
JAVA_OPTS=${BENCH_JAVA_OPTS:--Xms32m -Xmx128m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k}
OUT=bench/out/casework; mkdir -p "$OUT"
APP=target/quarkus-app
[ -f "$APP/quarkus-run.jar" ] || { echo "build first: ./mvnw package -DskipTests"; exit 1; }
CDS=""; [ -f $APP/app-cds.jsa ] && CDS="-XX:SharedArchiveFile=app-cds.jsa"
CP="$(ls $APP/app/*.jar | tr '\n' ':')$(ls $APP/lib/main/*.jar | tr '\n' ':')"
JDBC="jdbc:postgresql://$PGHOST:$PGPORT/$DB"

. bench/prod-env.sh
export QUARKUS_HTTP_ACCESS_LOG_ENABLED=false PORTAL_BOOTSTRAP_ADMIN_USERNAME=bench.admin
# The bench measures casework, not sign-in: its generated officers have no phone to enrol a second factor with.
export PORTAL_SECOND_FACTOR_REQUIRED_ROLES=none
export PORTAL_BOOTSTRAP_ADMIN_PASSWORD="$(openssl rand -hex 16)"
PASS=$PORTAL_BOOTSTRAP_ADMIN_PASSWORD
start_portal() { (cd $APP && exec java $JAVA_OPTS $CDS -jar quarkus-run.jar) > "$OUT/portal.log" 2>&1 & PID=$!; }
ready() { until curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null; do sleep 0.3; done; }
trap 'kill $PID 2>/dev/null || true' EXIT
start_portal; ready
t0=$(date +%s)

# Templates: one complaint and one tip through the API (their sealed content is reused by the generator).
for f in complaints:'{"subject":"Antrean","description":"Nomor antrean saya dilewati di loket.","eventDate":"2026-11-02","eventPlace":"Loket 2","classification":"PENGADUAN","serviceCode":"KTP_EL","problemTypeCode":"PERILAKU_PETUGAS","identityMode":"RAHASIA","reporter":{"name":"Warga Uji"}}' \
         whistleblowing:'{"categoryCode":"PUNGUTAN_LIAR","what":"Diminta uang tambahan","where":"Loket 3","whenFrom":"2026-10-20","persons":[{"name":"Inisial XY","position":"Petugas loket"}],"how":"Diminta langsung","identityMode":"ANONIM"}'; do
  curl -sf -o /dev/null -H 'Content-Type: application/json' -d "${f#*:}" "http://127.0.0.1:$PORT/api/v1/reports/${f%%:*}"
done
ADMIN=$(psql -Atc "select id from account where username = 'bench.admin'" $DB)
echo "generating 1,000,000 cases ..."
psql -q -v admin=$ADMIN -f bench/casework/generate.sql $DB
t1=$(date +%s)
psql -Atc "select channel, count(*), count(*) filter (where next_due_on is not null) open_with_clock, count(*) filter (where next_due_on < current_date) overdue from report_case group by channel order by channel" $DB | tee "$OUT/data.txt"

# The measured officer: a member of the complaints SK team (no recusal, not named).
TOKEN=$(curl -sf -H 'Content-Type: application/json' -d "{\"username\":\"bench.adu.2\",\"password\":\"$PASS\"}" \
  "http://127.0.0.1:$PORT/api/v1/auth/login" | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')
psql -Atc "select registration_number from report_case where channel = 'ADU' and route = 'TEAM' and id % 50 <> 0 and id % 500 <> 0 order by random() limit $N" $DB > "$OUT/numbers.txt"
java bench/casework/Measure.java "http://127.0.0.1:$PORT" "$TOKEN" "$OUT/numbers.txt" "$N" | tee "$OUT/latency.txt"
java -cp "$CP" bench/casework/Transitions.java "$JDBC" "$PGUSER" "$(head -1 $OUT/numbers.txt)" 32 | tee "$OUT/transitions.txt"
# The same race through the API: one case still waiting for verification, many clients verifying it at once.
RACE=$(psql -Atc "select registration_number from report_case where channel = 'ADU' and route = 'TEAM' and status = 'MENUNGGU_VERIFIKASI' and id % 50 <> 0 and id % 500 <> 0 limit 1" $DB)
java bench/casework/HttpTransitions.java "http://127.0.0.1:$PORT" "$TOKEN" "$RACE" TERVERIFIKASI 32 | tee -a "$OUT/transitions.txt"
psql -Atc "select 'events TERVERIFIKASI on the raced case: ' || count(*) from case_event e join report_case c on c.id = e.case_id where c.registration_number = '$RACE' and e.status = 'TERVERIFIKASI'" $DB | tee -a "$OUT/transitions.txt"
java -cp "$CP" bench/casework/Explain.java "$JDBC" "$PGUSER" bench.adu.2 "$(sed -n 2p $OUT/numbers.txt)" > "$OUT/plans.txt"
grep -E "^====|Index|Limit|Execution Time" "$OUT/plans.txt" | grep -vE "Index Cond|Heap Fetches" | head -60
kill $PID; wait $PID 2>/dev/null || true; trap - EXIT
echo "load: $((t1 - t0)) s; total: $(( $(date +%s) - t0 )) s" | tee -a "$OUT/latency.txt"
