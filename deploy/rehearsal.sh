#!/usr/bin/env bash
# Rehearsal of several instances behind a proxy (issue 10 §1, deploy/README.md): two packaged portal instances
# (prod profile) on one fresh PostgreSQL database, HAProxy in front with the shipped deploy/haproxy/haproxy.cfg
# (ports rewritten), a bounded stream of complaints and tracking lookups through HAProxy, kill -9 of one instance
# in the middle, then checks:
#   1. every report that got a 201 is stored and its tracking code opens it through HAProxy;
#   2. registration numbers have no gap and no duplicate;
#   3. clients saw no more failures than the requests in flight when the instance was killed (at most C);
#   4. scheduled work ran once per item: every overdue clock got exactly one OVERDUE and one ESCALATED_TO_CHAIR
#      alert; every outbox mail reached the SMTP server, once, except a mail the killed instance had handed over but
#      not yet marked SENT: the outbox is at-least-once, so that one comes again after its lease, with the same
#      Message-ID (bounded by the killed instance's claim batch; counted and printed);
#   5. the tracking rate limit is one allowance for both instances (through HAProxy, and directly on both);
#   6. the killed instance, started again, is marked UP by HAProxy and serves requests;
#   7. no client address or user agent in the HAProxy log or the portal logs.
# Prints its figures and exits non-zero if any check fails. CI runs it after ./mvnw verify (.ci/run).
#   deploy/rehearsal.sh          # PostgreSQL on 127.0.0.1:5432 (user postgres; PGPASSWORD if trust is off)
# REHEARSAL_REPORTS (300), REHEARSAL_CONCURRENCY (8), REHEARSAL_BASE_PORT (18140: proxy, +1/+2 instances,
# +3 SMTP, +4 HAProxy stats). Runs as root or as an ordinary user (ports > 1024, files in a temp folder).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
N=${REHEARSAL_REPORTS:-300}
C=${REHEARSAL_CONCURRENCY:-8}
BASE=${REHEARSAL_BASE_PORT:-18140}
PROXY_PORT=$BASE; P1=$((BASE + 1)); P2=$((BASE + 2)); SMTP_PORT=$((BASE + 3)); STATS_PORT=$((BASE + 4))
PROXY=127.0.0.1:$PROXY_PORT
PGHOST=${PGHOST:-127.0.0.1}; PGPORT=${PGPORT:-5432}; PGUSER=${PGUSER:-postgres}
export PGHOST PGPORT PGUSER
DB=portal_rehearsal
APP=$ROOT/target/quarkus-app
JAVA_OPTS=${REHEARSAL_JAVA_OPTS:--Xms32m -Xmx128m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k -XX:+ExitOnOutOfMemoryError}
OUT=$(mktemp -d "${TMPDIR:-/tmp}/portal-rehearsal.XXXXXX")
CLIENT="java $ROOT/deploy/rehearsal/Client.java"
T_START=$(date +%s)

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
note() { echo "$(date +%T) $*"; }
FAILED=0
check() { # check NAME OK(0/1) FIGURES
  if [ "$2" = 1 ]; then echo "  PASS  $1: $3"; else echo "  FAIL  $1: $3"; FAILED=1; fi
}

PIDS=()
cleanup() {
  local rc=$?
  if [ "$rc" != 0 ]; then
    KEEP_OUT=1
    for f in "$OUT"/portal-*.log "$OUT"/haproxy.log; do [ -f "$f" ] && { echo "--- last lines of $f"; tail -n 15 "$f"; }; done
  fi
  for p in "${PIDS[@]:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null || true; done
  # An instance that does not stop within 30 s is killed (a hung start once ignored SIGTERM; CI must not hang).
  for _ in $(seq 1 60); do
    alive=""; for p in "${PIDS[@]:-}"; do [ -n "$p" ] && kill -0 "$p" 2>/dev/null && alive=1; done
    [ -z "$alive" ] && break; sleep 0.5
  done
  for p in "${PIDS[@]:-}"; do [ -n "$p" ] && kill -0 "$p" 2>/dev/null && { echo "instance $p did not stop on SIGTERM: killed"; kill -9 "$p"; STOP_FAILED=1; }; done
  for p in "${PIDS[@]:-}"; do [ -n "$p" ] && wait "$p" 2>/dev/null || true; done
  if [ -n "${KEEP_OUT:-}" ]; then echo "logs and database $DB kept: $OUT"; else
    rm -rf "$OUT"; psql -d postgres -qc "drop database if exists $DB" 2>/dev/null || true; fi
  if [ -n "${STOP_FAILED:-}" ]; then echo "REHEARSAL FAILED: an instance did not stop on SIGTERM"; exit 1; fi
}
trap cleanup EXIT

# ---- prerequisites -------------------------------------------------------------------------------
if [ ! -f "$APP/quarkus-run.jar" ]; then note "building the jar (./mvnw package -DskipTests)"; ./mvnw -q -B package -DskipTests; fi
if ! command -v haproxy >/dev/null 2>&1; then
  note "installing Debian's haproxy"
  as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq haproxy >/dev/null
fi
HAPROXY=$(command -v haproxy || echo /usr/sbin/haproxy)
for tool in psql curl openssl java; do command -v $tool >/dev/null || { echo "missing $tool"; exit 1; }; done
if ! psql -d postgres -tAc 'select 1' >/dev/null 2>&1; then
  if [ -z "${PGPASSWORD:-}" ] && [ "$(id -u)" = 0 ]; then
    # As .ci/run does: a freshly installed cluster wants a password over TCP; give the postgres role one.
    PGPASSWORD="rehearsal-$(date +%s)"; export PGPASSWORD
    runuser -u postgres -- psql -q -c "alter user postgres password '${PGPASSWORD}'"
  fi
fi
CDS=""; [ -f "$APP/app-cds.jsa" ] && CDS="-XX:SharedArchiveFile=app-cds.jsa"
GM=greenmail-standalone-2.1.13.jar
./mvnw -q dependency:copy -Dartifact=com.icegreen:greenmail-standalone:2.1.13 -DoutputDirectory="$OUT" >/dev/null

# ---- the environment both instances share (as bench/prod-env.sh and ProdStartupIT) --------------
PORT=$P1; . bench/prod-env.sh
export QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING=true QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED=true \
  QUARKUS_HTTP_PROXY_TRUSTED_PROXIES=127.0.0.1
export QUARKUS_MAILER_HOST=127.0.0.1 QUARKUS_MAILER_PORT=$SMTP_PORT QUARKUS_MAILER_START_TLS=DISABLED \
  QUARKUS_MAILER_FROM=portal@rehearsal.local PORTAL_MAIL_BASE_URL=https://portal.rehearsal.local PORTAL_MAIL_SEND_EVERY=1s \
  PORTAL_MAIL_RETRY_BASE=PT2S PORTAL_MAIL_RETRY_MAX=PT5S PORTAL_MAIL_LEASE=PT15S PORTAL_MAIL_SEND_TIMEOUT=PT5S \
  PORTAL_MAIL_BATCH_SIZE=5 PORTAL_DEADLINES_CHECK_EVERY=2s
LIMIT=${PORTAL_TRACKING_LOOKUPS_PER_MINUTE:-10}

start_instance() { # start_instance 1|2
  local port=$P1; [ "$1" = 2 ] && port=$P2
  mkdir -p "$OUT/uploads-$1"
  (cd "$APP" && QUARKUS_HTTP_PORT=$port QUARKUS_MANAGEMENT_PORT=$((port + 1000)) PORTAL_UPLOADS_DIRECTORY="$OUT/uploads-$1" exec java $JAVA_OPTS $CDS -jar quarkus-run.jar) \
    >> "$OUT/portal-$1.log" 2>&1 &
  eval "PID$1=$!"; PIDS+=("$!")
}
ready() { # ready PORT PID
  for _ in $(seq 1 300); do
    curl -sf -o /dev/null "http://127.0.0.1:$1/q/health/ready" && return 0
    kill -0 "$2" 2>/dev/null || { echo "instance on $1 died"; tail -n 30 "$OUT"/portal-*.log; exit 1; }
    sleep 0.3
  done
  echo "instance on $1 not ready"; exit 1
}
server_status() { # server_status portal1|portal2 -> UP / DOWN / ...
  curl -s "http://127.0.0.1:$STATS_PORT/stats;csv" | awk -F, -v s="$1" '$1=="portal_instances" && $2==s {print $18}'
}
stat_field() { # stat_field COLUMN: backend total of a stats column
  curl -s "http://127.0.0.1:$STATS_PORT/stats;csv" | awk -F, -v c="$1" '$1=="portal_instances" && $2=="BACKEND" {print $c}'
}
wait_status() { # wait_status SERVER STATUS SECONDS
  for _ in $(seq 1 $(($3 * 5))); do [ "$(server_status "$1")" = "$2" ] && return 0; sleep 0.2; done; return 1
}
psql1() { psql -d "$DB" -Atc "$1"; }

java -cp "$OUT/$GM" bench/mail/SmtpCatcher.java "$SMTP_PORT" "$OUT/delivered.txt" > "$OUT/smtp.log" 2>&1 &
SMTP=$!; PIDS+=("$SMTP")
until grep -q "listening on" "$OUT/smtp.log" 2>/dev/null; do kill -0 $SMTP || { cat "$OUT/smtp.log"; exit 1; }; sleep 0.2; done
t0=$(date +%s)
start_instance 1; start_instance 2   # together: Flyway's lock lets one migrate, the other waits
ready $P1 $PID1; ready $P2 $PID2
note "two instances ready in $(( $(date +%s) - t0 )) s (ports $P1, $P2; database $DB)"

# ---- HAProxy with the shipped configuration ------------------------------------------------------
sed -e "s|^\( *bind\) :80 .*# rehearsal: bind|\1 127.0.0.1:$PROXY_PORT|" -e '/# rehearsal: tls/d' -e '/# rehearsal: redirect/d' \
    -e "s|127.0.0.1:8080 check .*# rehearsal: server1|127.0.0.1:$P1 check|" \
    -e "s|127.0.0.1:8081 check .*# rehearsal: server2|127.0.0.1:$P2 check|" deploy/haproxy/haproxy.cfg > "$OUT/haproxy.cfg"
printf '\nlisten rehearsal_stats\n    bind 127.0.0.1:%s\n    stats enable\n    stats uri /stats\n' "$STATS_PORT" >> "$OUT/haproxy.cfg"
grep -q "127.0.0.1:$P2 check" "$OUT/haproxy.cfg" || { echo "could not template deploy/haproxy/haproxy.cfg"; exit 1; }
"$HAPROXY" -c -q -f "$OUT/haproxy.cfg"
"$HAPROXY" -db -f "$OUT/haproxy.cfg" > "$OUT/haproxy.log" 2>&1 &
HAP=$!; PIDS+=("$HAP")
wait_status portal1 UP 20 && wait_status portal2 UP 20 || { echo "HAProxy does not see both instances UP"; cat "$OUT/haproxy.log"; exit 1; }
note "HAProxy on $PROXY_PORT: portal1 $(server_status portal1), portal2 $(server_status portal2)"

# ---- the stream, with kill -9 of instance 2 in the middle ---------------------------------------
# Meanwhile running clocks are made overdue (due two days ago) every second, so both instances' deadline checks
# raise alerts while one of them dies.
WAITING="'P3','P5','G4','W2'"
overdue() { psql1 "update case_deadline set due_on = current_date - 2 where overdue_at is null and stopped_on is null
  and paused_since is null and clock not in ($WAITING) and due_on >= current_date - 1" >/dev/null; }
( while true; do overdue || true; sleep 1; done ) & MOVER=$!; PIDS+=("$MOVER")
note "stream: $N complaints (+ a lookup after each) through HAProxy, $C clients; instance 2 (pid $PID2) is killed half-way"
$CLIENT stream "$PROXY" "$N" "$C" "$OUT" "$PID2" | tee "$OUT/stream.txt"
kill $MOVER 2>/dev/null; wait $MOVER 2>/dev/null || true
wait "$PID2" 2>/dev/null || true
for i in "${!PIDS[@]}"; do [ "${PIDS[$i]}" = "$PID2" ] && unset "PIDS[$i]"; done   # gone: never signal its pid again
DOWN_SEEN=$(server_status portal2)
note "after the stream HAProxy sees portal2 $DOWN_SEEN; retries $(stat_field 16), redispatches $(stat_field 17)"

# ---- the killed instance rejoins --------------------------------------------------------------------
t0=$(date +%s)
start_instance 2; ready $P2 $PID2
wait_status portal2 UP 30 || true
REJOIN_S=$(( $(date +%s) - t0 ))
before=$(wc -l < "$OUT/haproxy.log")
$CLIENT get "$PROXY" / 20 > "$OUT/rejoin.txt"
SERVED2=$(tail -n +$((before + 1)) "$OUT/haproxy.log" | grep -c "portal_instances/portal2 .* GET /$" || true)
check "rejoin" "$([ "$(server_status portal2)" = UP ] && [ "$SERVED2" -gt 0 ] && echo 1 || echo 0)" \
  "portal2 $DOWN_SEEN after the kill, $(server_status portal2) ${REJOIN_S} s after its restart; served $SERVED2 of 20 GETs ($(cat "$OUT/rejoin.txt"))"

overdue
# ---- 1. acknowledged = stored and trackable --------------------------------------------------------
ACK=$(wc -l < "$OUT/acknowledged.tsv")
cut -f1 "$OUT/acknowledged.tsv" | sort > "$OUT/ack.sorted"
psql1 "select registration_number from report_case where channel = 'ADU'" | sort > "$OUT/stored.txt"
MISSING=$(comm -23 "$OUT/ack.sorted" "$OUT/stored.txt" | wc -l)
STORED=$(wc -l < "$OUT/stored.txt")
$CLIENT verify "$PROXY" "$OUT" | tee "$OUT/verify.txt"
TRACKABLE=$(sed -E 's/trackable=([0-9]+) of.*/\1/' "$OUT/verify.txt")
check "acknowledged reports stored" "$([ "$MISSING" = 0 ] && [ "$ACK" -gt 0 ] && echo 1 || echo 0)" \
  "$ACK acknowledged (201), $MISSING missing; $STORED stored ($((STORED - ACK)) stored without a 201: their answer was cut off)"
check "acknowledged reports trackable through HAProxy" "$([ "$TRACKABLE" = "$ACK" ] && echo 1 || echo 0)" "$(cat "$OUT/verify.txt")"

# ---- 2. numbering ---------------------------------------------------------------------------------
DUPS=$(uniq -d "$OUT/stored.txt" | wc -l)
read -r NMIN NMAX NCOUNT < <(psql1 "select min(split_part(registration_number, '-', 3)::int), max(split_part(registration_number, '-', 3)::int),
  count(*) from report_case where channel = 'ADU'" | tr '|' ' ')
COUNTER=$(psql1 "select coalesce(sum(last_value), 0) from registration_counter where channel = 'ADU'")
check "numbering" "$([ "$DUPS" = 0 ] && [ "$NMIN" = 1 ] && [ "$NMAX" = "$NCOUNT" ] && [ "$COUNTER" = "$NCOUNT" ] && echo 1 || echo 0)" \
  "ADU 1..$NMAX, $NCOUNT stored, $DUPS duplicates, counter at $COUNTER (gapless: max = count = counter)"

# ---- 3. failures seen by clients -----------------------------------------------------------------
FAILS=$(sed -nE 's/.* failures=([0-9]+) .*/\1/p' "$OUT/stream.txt")
INFLIGHT=$(sed -nE 's/.* in_flight_at_kill=(-?[0-9]+) .*/\1/p' "$OUT/stream.txt")
check "client failures bounded by the requests in flight" "$([ "$INFLIGHT" -ge 0 ] && [ "$FAILS" -le "$C" ] && echo 1 || echo 0)" \
  "$FAILS failed requests; $INFLIGHT in flight (on both instances) at the kill; bound C = $C"

# ---- 4. scheduled work once per item -----------------------------------------------------------------
for _ in $(seq 1 60); do
  pending=$(psql1 "select count(*) from mail_outbox where state = 'PENDING'")
  todo=$(psql1 "select count(*) from case_deadline where overdue_at is null and stopped_on is null and paused_since is null
    and clock not in ($WAITING) and due_on < current_date")
  [ "$pending" = 0 ] && [ "$todo" = 0 ] && break; sleep 1
done
kill -TERM $SMTP; wait $SMTP 2>/dev/null || true
psql1 "select '<outbox-' || id || '.' || floor(extract(epoch from created_at) * 1000)::bigint || '@portal.rehearsal.local>' from mail_outbox" \
  | sort > "$OUT/outbox.txt"
touch "$OUT/delivered.txt"
OUTBOX=$(wc -l < "$OUT/outbox.txt"); RECEIVED=$(wc -l < "$OUT/delivered.txt")
LOST=$(comm -23 "$OUT/outbox.txt" <(sort -u "$OUT/delivered.txt") | wc -l)
sort "$OUT/delivered.txt" | uniq -d > "$OUT/twice.txt"
TWICE=$(wc -l < "$OUT/twice.txt")
# A mail delivered twice must be a resend after a lease ran out (attempts >= 2): the killed instance's, in flight.
RESENT=0
while read -r mid; do
  id=$(sed -E 's/<outbox-([0-9]+)\..*/\1/' <<< "$mid")
  [ "$(psql1 "select attempts >= 2 from mail_outbox where id = $id")" = t ] && RESENT=$((RESENT + 1))
done < "$OUT/twice.txt"
NOMAIL=$(psql1 "select count(*) from report_case c where c.channel = 'ADU' and not exists (select 1 from mail_outbox o where o.case_id = c.id)")
check "mail outbox: every mail sent, again only if in flight at the kill" "$([ "$OUTBOX" -gt 0 ] && [ "$LOST" = 0 ] && [ "$pending" = 0 ] && [ "$NOMAIL" = 0 ] && [ "$TWICE" -le 5 ] && [ "$RESENT" = "$TWICE" ] && echo 1 || echo 0)" \
  "$OUTBOX outbox rows ($(psql1 "select string_agg(state || ' ' || n, ', ') from (select state, count(*) n from mail_outbox group by state order by state) s")), $RECEIVED received, $LOST lost, $TWICE twice (same Message-ID; resent after the lease: $RESENT; bound: claim batch 5); reports without a mail: $NOMAIL"
CLOCKS=$(psql1 "select count(*) from case_deadline where clock not in ($WAITING) and due_on < current_date")
read -r DONE ALERTS OVERDUE ESC MAXPER < <(psql1 "select (select count(*) from case_deadline where clock not in ($WAITING) and due_on < current_date and overdue_at is not null),
  (select count(*) from case_alert), (select count(*) from case_alert where kind = 'OVERDUE'),
  (select count(*) from case_alert where kind = 'ESCALATED_TO_CHAIR'),
  (select coalesce(max(n), 0) from (select count(*) n from case_alert group by case_id, clock, kind) k)" | tr '|' ' ')
MISSED=$(psql1 "select count(*) from case_deadline d where d.clock not in ($WAITING) and d.due_on < current_date and
  (select count(*) from case_alert a where a.case_id = d.case_id and a.clock = d.clock and a.kind in ('OVERDUE', 'ESCALATED_TO_CHAIR')) <> 2")
LOGGED=$(grep -hoE "deadline check: [0-9]+ closed, [0-9]+ alerts raised" "$OUT"/portal-*.log | awk '{s += $5} END {print s + 0}')
check "deadline alerts: once per clock" "$([ "$CLOCKS" -gt 0 ] && [ "$DONE" = "$CLOCKS" ] && [ "$MISSED" = 0 ] && [ "$MAXPER" -le 1 ] && [ "$OVERDUE" = "$CLOCKS" ] && echo 1 || echo 0)" \
  "$CLOCKS clocks made overdue, $DONE marked; $OVERDUE OVERDUE + $ESC ESCALATED_TO_CHAIR alerts ($ALERTS in all), most per case/clock/kind $MAXPER, clocks without exactly their 2: $MISSED; alerts the instances logged: $LOGGED (a run cut off by the kill logs nothing)"

# ---- 5. one rate-limit allowance for both instances --------------------------------------------------
K=$((3 * LIMIT))
before=$(wc -l < "$OUT/haproxy.log")
$CLIENT limit 127.78.0.1 "$PROXY" $K > "$OUT/limit-proxy.txt"
lines=$(tail -n +$((before + 1)) "$OUT/haproxy.log" | grep "POST /api/v1/tracking$" || true)
ON1=$(grep -c "portal_instances/portal1 " <<< "$lines" || true); ON2=$(grep -c "portal_instances/portal2 " <<< "$lines" || true)
$CLIENT limit 127.0.0.1 "127.0.0.1:$P1,127.0.0.1:$P2" $K 198.51.100.77 > "$OUT/limit-direct.txt"
rl_ok() { # rl_ok FILE: allowed between L and L + what refills during the run (+1)
  local a s; a=$(sed -E 's/allowed=([0-9]+).*/\1/' "$1"); s=$(sed -E 's/.*seconds=([0-9.]+).*/\1/' "$1")
  awk -v a="$a" -v s="$s" -v l="$LIMIT" 'BEGIN {print (a >= l && a <= l + int(s * l / 60) + 1) ? 1 : 0}'
}
check "rate limit through HAProxy (one client, both instances)" "$([ "$(rl_ok "$OUT/limit-proxy.txt")" = 1 ] && [ "$ON1" -gt 0 ] && [ "$ON2" -gt 0 ] && echo 1 || echo 0)" \
  "$K lookups: $(cat "$OUT/limit-proxy.txt"); served by portal1 $ON1, portal2 $ON2; allowance $LIMIT/min (2 instances must not give $((2 * LIMIT)))"
check "rate limit directly on both instances (X-Forwarded-For from the trusted proxy address)" "$(rl_ok "$OUT/limit-direct.txt")" \
  "$K lookups alternating $P1/$P2: $(cat "$OUT/limit-direct.txt")"
ROWS=$(psql1 "select count(*) from tracking_rate_bucket")

# ---- 7. privacy of the logs ---------------------------------------------------------------------------
LEAKS=$(cat "$OUT/haproxy.log" "$OUT"/portal-*.log | grep -cE "127\.77\.|127\.78\.|198\.51\.100\.77|ua-marker-7d3f|rehearsal-agent" || true)
check "no client address or user agent in the HAProxy and portal logs" "$([ "$LEAKS" = 0 ] && echo 1 || echo 0)" \
  "$LEAKS lines with a client address or the user agent ($(wc -l < "$OUT/haproxy.log") HAProxy log lines, $(cat "$OUT"/portal-*.log | wc -l) portal log lines); rate-limit rows (hashed keys): $ROWS"

echo "rehearsal figures: $N complaints, $C clients, $(sed -nE 's/.*seconds=([0-9.]+)$/\1/p' "$OUT/stream.txt") s stream;" \
  "HAProxy retries $(stat_field 16), redispatches $(stat_field 17); total $(( $(date +%s) - T_START )) s"
if [ "$FAILED" != 0 ]; then
  echo "REHEARSAL FAILED"; KEEP_OUT=1; exit 1
fi
echo "REHEARSAL PASSED"
