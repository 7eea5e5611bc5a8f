#!/usr/bin/env bash
# Public monthly summary throughput (issue 9 §6, docs/performance.md): a published month's page, PDF, PNG and open
# data are stored files served as they are; this measures requests per second on the packaged portal (prod profile,
# the README's JVM options) with wrk on loopback, side by side with the portal's cheapest endpoint
# (/q/health/live) in the same run, so that the figure can be read as a ratio on a noisy machine.
#   ./mvnw package -DskipTests && bench/publication/run.sh      # PostgreSQL on 127.0.0.1:5432, database portal_pub
# BENCH_DURATION (default 15s), BENCH_CONNECTIONS (default 32). Not part of ./mvnw verify. Needs wrk, psql, curl, openssl.
set -euo pipefail
cd "$(dirname "$0")/../.."
for tool in wrk psql curl openssl; do command -v $tool >/dev/null || { echo "missing $tool (apt-get install wrk postgresql-client)"; exit 1; }; done
PGHOST=${PGHOST:-127.0.0.1}; PGPORT=${PGPORT:-5432}; PGUSER=${PGUSER:-postgres}
export PGHOST PGPORT PGUSER
DB=portal_pub
PORT=${BENCH_PORT:-18092}
DURATION=${BENCH_DURATION:-15s}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
JAVA_OPTS=${BENCH_JAVA_OPTS:--Xms32m -Xmx128m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k -XX:+ExitOnOutOfMemoryError}
OUT=bench/out/publication; rm -rf "$OUT"; mkdir -p "$OUT"
RESULTS=bench/publication/results; mkdir -p "$RESULTS"
APP=target/quarkus-app
[ -f "$APP/quarkus-run.jar" ] || { echo "build first: ./mvnw package -DskipTests"; exit 1; }

. bench/prod-env.sh
# The bench sets up its PPID officer and head of office through the admin API with a password only (the second
# factor is tested elsewhere); the office's address for the published files' links.
export QUARKUS_HTTP_ACCESS_LOG_ENABLED=false PORTAL_BOOTSTRAP_ADMIN_USERNAME=bench.admin PORTAL_SECOND_FACTOR_REQUIRED_ROLES=none \
  PORTAL_MAIL_BASE_URL=https://portal.bench.local
export PORTAL_BOOTSTRAP_ADMIN_PASSWORD="$(openssl rand -hex 16)"
PASS=$PORTAL_BOOTSTRAP_ADMIN_PASSWORD
BASE=http://127.0.0.1:$PORT
(cd $APP && exec java $JAVA_OPTS -jar quarkus-run.jar) > "$OUT/portal.log" 2>&1 & PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
until curl -sf "$BASE/q/health/ready" >/dev/null; do kill -0 $PID || { tail -40 "$OUT/portal.log"; exit 1; }; sleep 0.3; done

login() { curl -sf -H 'Content-Type: application/json' -d "{\"username\":\"$1\",\"password\":\"$PASS\"}" "$BASE/api/v1/auth/login" \
  | sed -E 's/.*"accessToken":"([^"]+)".*/\1/'; }
ADMIN=$(login bench.admin)
for who in "bench.ppid PPID 1" "bench.head PIMPINAN 2"; do
  set -- $who
  curl -sf -o /dev/null -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"displayName\":\"Bench $2\",\"nip\":\"19900101200000010$3\",\"email\":\"$1@bench.local\",\"roles\":[\"$2\"],\"password\":\"$PASS\"}" \
    "$BASE/api/v1/admin/accounts"
done
OFFICER=$(login bench.ppid); HEAD=$(login bench.head)
# Last month (it has ended): PPID drafts, the head of office approves, PPID publishes.
MONTH=$(TZ=Asia/Jakarta date -d "$(TZ=Asia/Jakarta date +%Y-%m-01) -1 month" +%Y-%m)
YYYY=${MONTH%-*}; MM=${MONTH#*-}
ID=$(curl -sf -H "Authorization: Bearer $OFFICER" -H 'Content-Type: application/json' -d '{}' \
  "$BASE/api/v1/publications/monthly/$MONTH" | sed -E 's/.*"id":([0-9]+).*/\1/')
curl -sf -o /dev/null -X POST -H "Authorization: Bearer $HEAD" "$BASE/api/v1/publications/$ID/approval"
curl -sf -o /dev/null -X POST -H "Authorization: Bearer $OFFICER" "$BASE/api/v1/publications/$ID/publication"
for path in "/laporan-bulanan/$YYYY/$MM" "/laporan-bulanan/$YYYY/$MM.pdf" "/laporan-bulanan/$YYYY/$MM.png" \
    "/api/v1/public/monthly-summaries/$MONTH"; do
  curl -sf -o /dev/null -w "%{http_code} %{size_download} bytes $path\n" "$BASE$path" | tee -a "$OUT/files.txt"
done

run() { # name path
  wrk -t2 -c"$CONNECTIONS" -d5s "$BASE$2" >/dev/null   # warm-up
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" "$BASE$2" > "$OUT/$1.txt"
  rps=$(awk '/Requests\/sec/ {print $2}' "$OUT/$1.txt"); non2xx=$(awk '/Non-2xx/ {print $5}' "$OUT/$1.txt")
  p99=$(awk '/Latency/ {print $2}' "$OUT/$1.txt")
  echo "$1 $rps ${non2xx:-0}"
  printf '%-22s %10s req/s  (non-2xx: %s; mean latency %s)\n' "$1" "$rps" "${non2xx:-0}" "$p99" >> "$OUT/summary.txt"
}
: > "$OUT/summary.txt"
page=$(run page "/laporan-bulanan/$YYYY/$MM" | awk '{print $2}')
run pdf "/laporan-bulanan/$YYYY/$MM.pdf" >/dev/null
run png "/laporan-bulanan/$YYYY/$MM.png" >/dev/null
run open-data-json "/api/v1/public/monthly-summaries/$MONTH" >/dev/null
health=$(run health-live "/q/health/live" | awk '{print $2}')
{
  echo "public monthly summary $MONTH, packaged portal (prod, $JAVA_OPTS), wrk -t2 -c$CONNECTIONS -d$DURATION, $(nproc) cores, load before: $(cut -d' ' -f1-3 /proc/loadavg)"
  cat "$OUT/files.txt"
  cat "$OUT/summary.txt"
  echo "page / health-live ratio: $(awk -v a="$page" -v b="$health" 'BEGIN { printf "%.2f", a / b }')"
  echo "target: page >= 2000 req/s: $(awk -v a="$page" 'BEGIN { print (a >= 2000 ? "MET" : "NOT MET") }')"
} | tee "$RESULTS/throughput.txt"
grep -q "non-2xx" "$OUT"/page.txt && { echo "the page answered non-2xx under load"; exit 1; } || true
