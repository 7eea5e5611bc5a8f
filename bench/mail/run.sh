#!/usr/bin/env bash
# Mail reliability bench (issue 8 §5, docs/performance.md): files reports with an e-mail in a loop through the HTTP
# API of the packaged portal (prod profile) while the SMTP server is stopped for a while and the portal is killed
# with kill -9 once and started again; then counts acknowledged reports missing from the database, mails lost and
# mails delivered twice (by Message-ID). Run after `./mvnw package -DskipTests`.
#   bench/mail/run.sh            # PostgreSQL on 127.0.0.1:5432 (user postgres), database portal_mail
# BENCH_REPORTS (default 500). Not part of ./mvnw verify. The SMTP server is GreenMail (greenmail-standalone from
# Maven Central, fetched by the Maven wrapper) run by bench/mail/SmtpCatcher.java.
set -euo pipefail
cd "$(dirname "$0")/../.."
PGHOST=${PGHOST:-127.0.0.1}; PGPORT=${PGPORT:-5432}; PGUSER=${PGUSER:-postgres}
export PGHOST PGPORT PGUSER
DB=portal_mail
PORT=${BENCH_PORT:-18091}
SMTP_PORT=${BENCH_SMTP_PORT:-12525}
N=${BENCH_REPORTS:-500}
JAVA_OPTS=${BENCH_JAVA_OPTS:--Xms32m -Xmx160m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k}
OUT=bench/out/mail; rm -rf "$OUT"; mkdir -p "$OUT"
RESULTS=bench/mail/results; mkdir -p "$RESULTS"
APP=target/quarkus-app
[ -f "$APP/quarkus-run.jar" ] || { echo "build first: ./mvnw package -DskipTests"; exit 1; }
CDS=""; [ -f $APP/app-cds.jsa ] && CDS="-XX:SharedArchiveFile=app-cds.jsa"
GM=$OUT/greenmail-standalone-2.1.13.jar
./mvnw -q dependency:copy -Dartifact=com.icegreen:greenmail-standalone:2.1.13 -DoutputDirectory="$OUT" -Dmdep.overWriteIfNewer=true

. bench/prod-env.sh
# The bench sets up its team through the admin API with a password only (the second factor is tested elsewhere).
export QUARKUS_HTTP_ACCESS_LOG_ENABLED=false PORTAL_BOOTSTRAP_ADMIN_USERNAME=bench.admin PORTAL_SECOND_FACTOR_REQUIRED_ROLES=none
export PORTAL_BOOTSTRAP_ADMIN_PASSWORD="$(openssl rand -hex 16)"
# The mailer: the local SMTP server, no TLS (loopback); short retries so the outage is over within the run.
export QUARKUS_MAILER_HOST=127.0.0.1 QUARKUS_MAILER_PORT=$SMTP_PORT QUARKUS_MAILER_START_TLS=DISABLED \
  QUARKUS_MAILER_FROM=portal@bench.local PORTAL_MAIL_BASE_URL=https://portal.bench.local PORTAL_MAIL_SEND_EVERY=1s \
  PORTAL_MAIL_RETRY_BASE=PT2S PORTAL_MAIL_RETRY_MAX=PT10S PORTAL_MAIL_MAX_ATTEMPTS=100 PORTAL_MAIL_LEASE=PT20S \
  PORTAL_MAIL_SEND_TIMEOUT=PT5S
PASS=$PORTAL_BOOTSTRAP_ADMIN_PASSWORD
PID=""; SMTP=""; SMTP_RUN=0
start_portal() { (cd $APP && exec java $JAVA_OPTS $CDS -jar quarkus-run.jar) >> "$OUT/portal.log" 2>&1 & PID=$!; }
ready() { until curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null; do sleep 0.3; done; }
smtp_start() { SMTP_RUN=$((SMTP_RUN + 1)); java -cp "$GM" bench/mail/SmtpCatcher.java $SMTP_PORT "$OUT/smtp-$SMTP_RUN.txt" >> "$OUT/smtp.log" 2>&1 & SMTP=$!
  until grep -q "listening on" "$OUT/smtp.log" 2>/dev/null && [ "$(grep -c 'listening on' "$OUT/smtp.log")" -ge $SMTP_RUN ]; do sleep 0.2; done; }
smtp_stop() { kill -TERM $SMTP; wait $SMTP 2>/dev/null || true; SMTP=""; }
note() { echo "$(date +%T) $*" | tee -a "$OUT/timeline.txt"; }
trap '[ -n "$PID" ] && kill $PID 2>/dev/null; [ -n "$SMTP" ] && kill $SMTP 2>/dev/null; true' EXIT

smtp_start; note "smtp up"
start_portal; ready; note "portal up"
# The complaints team in force: two officers with an address, so each report causes three mails.
TOKEN=$(curl -sf -H 'Content-Type: application/json' -d "{\"username\":\"bench.admin\",\"password\":\"$PASS\"}" \
  "http://127.0.0.1:$PORT/api/v1/auth/login" | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')
for u in 1 2; do
  curl -sf -o /dev/null -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -d "{\"username\":\"bench.adu.$u\",\"displayName\":\"Petugas $u\",\"nip\":\"19900101200000000$u\",\"email\":\"petugas$u@bench.local\",\"roles\":[\"PETUGAS\"],\"password\":\"$PASS\"}" \
    "http://127.0.0.1:$PORT/api/v1/admin/accounts"
done
TODAY=$(date +%F); UNTIL=$(date -d '+1 year' +%F)
curl -sf -o /dev/null -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  -d "{\"teamKind\":\"COMPLAINTS\",\"number\":\"800/BENCH/$TODAY\",\"date\":\"$TODAY\",\"signatory\":\"Kepala Dinas\",\"validFrom\":\"$TODAY\",\"validUntil\":\"$UNTIL\",\"members\":[{\"username\":\"bench.adu.1\",\"teamRole\":\"CHAIR\"},{\"username\":\"bench.adu.2\",\"teamRole\":\"MEMBER\"}]}" \
  "http://127.0.0.1:$PORT/api/v1/admin/decrees"

: > "$OUT/acknowledged.txt"; refused=0
t0=$(date +%s)
for i in $(seq 1 $N); do
  case $i in
    $((N / 5))) smtp_stop; note "smtp stopped after $((i - 1)) reports" ;;
    $((2 * N / 5))) smtp_start; note "smtp started again after $((i - 1)) reports" ;;
    $((3 * N / 5))) kill -9 $PID; wait $PID 2>/dev/null || true; note "portal killed (kill -9) after $((i - 1)) reports"
                start_portal; note "portal restarting" ;;
  esac
  body="{\"subject\":\"Antrean $i\",\"description\":\"Nomor antrean saya dilewati di loket ($i).\",\"eventDate\":\"2026-11-02\",\"eventPlace\":\"Loket 2\",\"classification\":\"PENGADUAN\",\"serviceCode\":\"KTP_EL\",\"problemTypeCode\":\"PERILAKU_PETUGAS\",\"identityMode\":\"RAHASIA\",\"reporter\":{\"name\":\"Warga $i\",\"email\":\"warga$i@bench.local\"}}"
  while true; do
    r=$(curl -s -o "$OUT/last.json" -w '%{http_code}' -H 'Content-Type: application/json' -d "$body" \
      "http://127.0.0.1:$PORT/api/v1/reports/complaints" || true)
    if [ "$r" = 201 ]; then grep -oE '"registrationNumber":"[^"]+"' "$OUT/last.json" | cut -d'"' -f4 >> "$OUT/acknowledged.txt"; break; fi
    refused=$((refused + 1)); sleep 0.2   # portal down or restarting: not acknowledged, try again
  done
done
t1=$(date +%s); note "$N reports acknowledged in $((t1 - t0)) s ($refused refused attempts while the portal was down)"

# Wait until the outbox is empty (every mail SENT), at most 5 minutes.
for _ in $(seq 1 300); do
  pending=$(psql -Atc "select count(*) from mail_outbox where state = 'PENDING'" $DB)
  [ "$pending" = 0 ] && break; sleep 1
done
note "outbox drained (pending: $pending)"
smtp_stop; note "smtp stopped"
kill $PID; wait $PID 2>/dev/null || true; PID=""; trap - EXIT

cat "$OUT"/smtp-*.txt > "$OUT/delivered.txt"
psql -Atc "select registration_number from report_case where channel = 'ADU'" $DB | sort > "$OUT/stored.txt"
psql -Atc "select '<outbox-' || id || '.' || floor(extract(epoch from created_at) * 1000)::bigint || '@portal.bench.local>' from mail_outbox" $DB | sort > "$OUT/outbox.txt"
sort "$OUT/acknowledged.txt" > "$OUT/ack.sorted"
missing_reports=$(comm -23 "$OUT/ack.sorted" "$OUT/stored.txt" | wc -l)
reports_without_mail=$(psql -Atc "select count(*) from report_case c where c.channel = 'ADU' and not exists (select 1 from mail_outbox o where o.case_id = c.id and o.kind = 'ACKNOWLEDGEMENT')" $DB)
lost=$(comm -23 "$OUT/outbox.txt" <(sort -u "$OUT/delivered.txt") | wc -l)
twice=$(sort "$OUT/delivered.txt" | uniq -d | wc -l)
extra=$(( $(wc -l < "$OUT/delivered.txt") - $(sort -u "$OUT/delivered.txt" | wc -l) ))
{
  echo "reports filed and acknowledged (201): $(wc -l < "$OUT/acknowledged.txt")"
  echo "acknowledged reports missing in the database: $missing_reports"
  echo "stored reports without an acknowledgement mail in the outbox: $reports_without_mail"
  echo "outbox rows (mails to send): $(wc -l < "$OUT/outbox.txt") ($(psql -Atc "select string_agg(kind || ' ' || n, ', ') from (select kind, count(*) n from mail_outbox group by kind order by kind) k" $DB))"
  echo "outbox states: $(psql -Atc "select string_agg(state || ' ' || n, ', ') from (select state, count(*) n from mail_outbox group by state order by state) s" $DB)"
  echo "mails received by the SMTP server: $(wc -l < "$OUT/delivered.txt") (distinct Message-IDs: $(sort -u "$OUT/delivered.txt" | wc -l))"
  echo "mails lost (in the outbox, never received): $lost"
  echo "mails delivered more than once: $twice (extra copies: $extra)"
  echo "most attempts one mail needed: $(psql -Atc "select max(attempts) from mail_outbox" $DB)"
  echo "timeline:"; sed 's/^/  /' "$OUT/timeline.txt"
} | tee "$RESULTS/reliability.txt"
