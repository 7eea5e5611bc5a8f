#!/usr/bin/env bash
# Restore drill (issue 10 §3, docs/operations.md "Backup and restore"). CI runs it after ./mvnw verify.
#
#  1. database A, the packaged portal (prod profile, throw-away production keys as bench/prod-env.sh makes them);
#     reports filed through the API on the four channels, with attachments; tracking codes, receipts and the
#     SHA-256 of every uploaded file kept;
#  2. pg_dump -Fc of A, a new database B, pg_restore into B; the portal stopped;
#  3. the portal started on B with the SAME keys: every tracking code opens its case, every receipt verifies, every
#     attachment decrypts (the sealed original downloaded by the team's chair has the SHA-256 of the upload);
#  4. the portal started on B with a WRONG data key (same key id, other bytes; then another key id): it must stop
#     by itself with a message naming the problem, never become ready.
# Prints each check; exits non-zero on any failure. Cleans up its processes and databases (trap).
#   deploy/restore-drill.sh        # PostgreSQL on 127.0.0.1:5432, user postgres (PG* variables override)
# Needs: java 17+, psql/pg_dump/pg_restore, curl, jq, openssl, sha256sum. Runs as root or as an ordinary user.
set -euo pipefail
cd "$(dirname "$0")/.."
PGHOST=${PGHOST:-127.0.0.1}; PGPORT=${PGPORT:-5432}; PGUSER=${PGUSER:-postgres}
export PGHOST PGPORT PGUSER PGOPTIONS="-c client_min_messages=warning"
DB_A=${DRILL_DB:-portal_restore_drill}_a
DB_B=${DRILL_DB:-portal_restore_drill}_b
PORT=${DRILL_PORT:-18160}
JAVA_OPTS=${DRILL_JAVA_OPTS:--Xms32m -Xmx128m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k -XX:+ExitOnOutOfMemoryError}
APP=target/quarkus-app
BASE="http://127.0.0.1:$PORT"
for tool in java psql pg_dump pg_restore curl jq openssl sha256sum base64; do
  command -v $tool >/dev/null || { echo "restore drill: missing $tool"; exit 2; }
done
[ -f "$APP/quarkus-run.jar" ] || { echo "no packaged jar: building it"; ./mvnw -q -B package -DskipTests; }
CDS=""; [ -f "$APP/app-cds.jsa" ] && CDS="-XX:SharedArchiveFile=app-cds.jsa"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/restore-drill.XXXXXX")
PID=""
LOG=""
cleanup() {
  local rc=$?
  if [ -n "$PID" ]; then kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; fi
  if [ $rc -ne 0 ] && [ -n "$LOG" ] && [ -f "$LOG" ]; then echo "--- last lines of $LOG:"; tail -n 40 "$LOG"; fi
  psql -qc "drop database if exists $DB_A" postgres 2>/dev/null || true
  psql -qc "drop database if exists $DB_B" postgres 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

FAILED=0
ok()   { echo "  ok    $*"; }
fail() { echo "  FAIL  $*"; FAILED=$((FAILED + 1)); }

# The environment of the benches and ITs: fresh database A and production-style secrets for this run only.
DB=$DB_A OUT=$WORK . bench/prod-env.sh
psql -qc "drop database if exists $DB_B" postgres
KEYS_OF_A=$PORTAL_CRYPTO_DATA_KEYS
ADMIN_PASSWORD=$(openssl rand -hex 16)
export QUARKUS_HTTP_HOST=127.0.0.1 PORTAL_UPLOADS_DIRECTORY="$WORK/uploads" PORTAL_MAIL_SEND_EVERY=off \
  PORTAL_BOOTSTRAP_ADMIN_USERNAME=drill.admin PORTAL_BOOTSTRAP_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
  PORTAL_SECOND_FACTOR_REQUIRED_ROLES=none
# (the drill's officers have no phone to enrol a second factor with; the keys, not sign-in, are what it checks)

start_portal() { LOG="$WORK/$1.log"; (cd "$APP" && exec java $JAVA_OPTS $CDS -jar quarkus-run.jar) > "$LOG" 2>&1 & PID=$!; }
stop_portal() { # SIGTERM; an instance still running after 30 s is a failure (a hung start once ignored SIGTERM)
  kill "$PID" 2>/dev/null || true
  for _ in $(seq 1 60); do kill -0 "$PID" 2>/dev/null || break; sleep 0.5; done
  if kill -0 "$PID" 2>/dev/null; then kill -9 "$PID"; wait "$PID" 2>/dev/null || true; PID=""; echo "FAIL: the portal did not stop on SIGTERM"; exit 1; fi
  wait "$PID" 2>/dev/null || true; PID=""
}
# 0 when ready; 1 when the process stopped by itself (its exit code in EXITED); 2 on time-out.
await() {
  EXITED=""
  for _ in $(seq 1 900); do
    if ! kill -0 "$PID" 2>/dev/null; then EXITED=0; wait "$PID" || EXITED=$?; PID=""; return 1; fi
    curl -sf -o /dev/null "$BASE/q/health/ready" && return 0
    sleep 0.2
  done
  return 2
}
post() { curl -s -o "$3" -w '%{http_code}' -H 'Content-Type: application/json' ${4:+-H "Authorization: Bearer $4"} -d "$2" "$BASE$1"; }
login() {
  post /api/v1/auth/login "$(jq -n --arg u "$1" --arg p "$ADMIN_PASSWORD" '{username: $u, password: $p}')" "$WORK/login.json" >/dev/null
  jq -r '.accessToken // empty' "$WORK/login.json"
}
# Every attachment of the filed reports as its team's chair sees it: "number id name originalKept sha(cleaned) sha(original)".
files() {
  : > "$1"
  for channel in ADU WBS GRT BKP; do
    local chair; chair=$(login "drill.$(tr 'A-Z' 'a-z' <<<"$channel")")
    [ -n "$chair" ] || { fail "the $channel chair cannot sign in"; continue; }
    while read -r ch number code; do
      [ "$ch" = "$channel" ] || continue
      local status; status=$(curl -s -o "$WORK/list.json" -w '%{http_code}' -H "Authorization: Bearer $chair" "$BASE/api/v1/cases/$number/attachments")
      [ "$status" = 200 ] || { fail "attachment list of $number: HTTP $status $(head -c 300 "$WORK/list.json")"; continue; }
      while read -r id kept name; do
        status=$(curl -s -o "$WORK/got" -w '%{http_code}' -H "Authorization: Bearer $chair" "$BASE/api/v1/cases/$number/attachments/$id")
        local clean; clean=$(sha256sum "$WORK/got" | cut -d' ' -f1); [ "$status" = 200 ] || clean="HTTP-$status"
        local original=-
        if [ "$kept" = true ]; then
          status=$(curl -s -o "$WORK/got" -w '%{http_code}' -H "Authorization: Bearer $chair" \
            "$BASE/api/v1/cases/$number/attachments/$id/original?reason=Uji%20pemulihan%20cadangan")
          original=$(sha256sum "$WORK/got" | cut -d' ' -f1); [ "$status" = 200 ] || original="HTTP-$status"
        fi
        echo "$number $id $name $kept $clean $original" >> "$1"
      done < <(jq -r '.[] | "\(.id) \(.originalKept) \(.fileName)"' "$WORK/list.json")
    done < "$WORK/filed.txt"
  done
}
attachment() { jq -n --arg n "$1" --arg b "$(base64 -w0 "$WORK/files/$1")" '{fileName: $n, contentBase64: $b}'; }

echo "==> restore drill: database $DB_A, portal on port $PORT"
java deploy/drill/DrillFiles.java "$WORK/files"
start_portal a
await || { echo "the portal did not start on $DB_A"; exit 1; }

# Teams in force (one SK per channel, its chair) and an employee, as an administrator's SK register would hold them.
psql -q -v ON_ERROR_STOP=1 $DB_A <<'SQL'
insert into account (username, display_name, roles, password_hash, created_at)
select 'drill.' || lower(t.channel), 'Ketua ' || t.channel, 'PETUGAS,KETUA_TIM', a.password_hash, now()
from (values ('ADU'), ('WBS'), ('GRT'), ('BKP')) t(channel), account a where a.username = 'drill.admin';
insert into account (username, display_name, roles, password_hash, superior_id, created_at)
select 'drill.pegawai', 'Pegawai Uji', 'PEGAWAI', a.password_hash, (select id from account where username = 'drill.bkp'), now()
from account a where a.username = 'drill.admin';
insert into decree (team_kind, channel, number, decree_date, signatory, valid_from, valid_until)
values ('COMPLAINTS', 'ADU', '800/1/SK-DRILL', current_date - 30, 'Kepala Dinas', current_date - 30, current_date + 365),
       ('WBS', 'WBS', '800/2/SK-DRILL', current_date - 30, 'Kepala Dinas', current_date - 30, current_date + 365),
       ('UPG', 'GRT', '800/3/SK-DRILL', current_date - 30, 'Kepala Dinas', current_date - 30, current_date + 365),
       ('CONFLICT_OF_INTEREST', 'BKP', '800/4/SK-DRILL', current_date - 30, 'Kepala Dinas', current_date - 30, current_date + 365);
insert into team_member (decree_id, account_id, team_role)
select d.id, a.id, 'CHAIR' from decree d join account a on a.username = 'drill.' || lower(d.channel)
where d.number like '800/_/SK-DRILL';
SQL

DAY=$(date -d '-7 days' +%F 2>/dev/null || date +%F)
EMPLOYEE=$(login drill.pegawai)
[ -n "$EMPLOYEE" ] || { echo "the drill's employee cannot sign in"; exit 1; }
# channel|path|token|files|body
REPORTS=(
  "ADU|complaints||bukti.png surat.pdf|{\"subject\":\"Antrean tidak tertib\",\"description\":\"Nomor antrean saya dilewati di loket 2.\",\"eventDate\":\"$DAY\",\"eventPlace\":\"Loket 2\",\"classification\":\"PENGADUAN\",\"serviceCode\":\"KTP_EL\",\"problemTypeCode\":\"PERILAKU_PETUGAS\",\"identityMode\":\"RAHASIA\",\"reporter\":{\"name\":\"Rina Warga\",\"phone\":\"081234567890\"}}"
  "ADU|complaints|||{\"subject\":\"Jam layanan\",\"description\":\"Loket tutup sebelum jam layanan berakhir.\",\"eventDate\":\"$DAY\",\"eventPlace\":\"Loket 1\",\"classification\":\"PENGADUAN\",\"serviceCode\":\"KTP_EL\",\"problemTypeCode\":\"PERILAKU_PETUGAS\",\"identityMode\":\"TERBUKA\",\"reporter\":{\"name\":\"Budi Warga\",\"email\":\"budi@example.org\"}}"
  "WBS|whistleblowing||foto.jpg|{\"categoryCode\":\"PUNGUTAN_LIAR\",\"what\":\"Petugas meminta uang agar berkas cepat selesai.\",\"where\":\"Loket 4\",\"whenFrom\":\"$DAY\",\"persons\":[{\"name\":\"Inisial XY\",\"position\":\"Petugas loket\"}],\"how\":\"Meminta di luar loket.\",\"identityMode\":\"ANONIM\"}"
  "GRT|gratifications|$EMPLOYEE|surat.pdf|{\"type\":\"PENERIMAAN\",\"reporter\":{\"employmentType\":\"PNS\",\"nip\":\"199001012015011001\",\"position\":\"Staf\",\"workUnit\":\"Bidang Pendaftaran Penduduk\",\"nik\":\"1271010101900001\",\"phone\":\"081200000000\"},\"gift\":{\"kind\":\"BARANG\",\"description\":\"Parsel\",\"value\":750000,\"currency\":\"IDR\"},\"occasionCode\":\"HARI_RAYA\",\"place\":\"Rumah\",\"receivedOn\":\"$DAY\",\"giver\":{\"name\":\"PT Contoh\",\"relationship\":\"REKANAN_VENDOR\"},\"chronology\":\"Diantar kurir ke rumah.\",\"custody\":\"DITITIPKAN_UPG\"}"
  "BKP|conflicts-of-interest|$EMPLOYEE|bukti.png|{\"kind\":\"DEKLARASI\",\"declarant\":{\"employmentType\":\"PNS\",\"nip\":\"199001012015011001\",\"position\":\"Staf\",\"workUnit\":\"Bidang Pendaftaran Penduduk\"},\"declaration\":{\"type\":\"AKTUAL\",\"source\":\"KELUARGA\",\"situation\":\"Berkas adik saya ditugaskan ke saya.\",\"relatedParty\":\"Adik kandung\",\"affectedDecision\":\"Berkas 12/2026\",\"dateKnown\":\"$DAY\"}}"
)
: > "$WORK/filed.txt"; : > "$WORK/uploaded.txt"
n=0
for r in "${REPORTS[@]}"; do
  IFS='|' read -r channel path token files body <<<"$r"
  n=$((n + 1))
  list='[]'
  for f in $files; do list=$(jq -c --argjson a "$(attachment "$f")" '. + [$a]' <<<"$list"); done
  code=$(post "/api/v1/reports/$path" "$(jq -c --argjson a "$list" '. + {attachments: $a}' <<<"$body")" "$WORK/report-$n.json" "$token")
  [ "$code" = 201 ] || { echo "filing report $n ($channel) answered $code: $(head -c 400 "$WORK/report-$n.json")"; exit 1; }
  number=$(jq -r .registrationNumber "$WORK/report-$n.json")
  echo "$channel $number $(jq -r .trackingCode "$WORK/report-$n.json")" >> "$WORK/filed.txt"
  jq -r .receipt "$WORK/report-$n.json" > "$WORK/receipt-$n.txt"
  for f in $files; do echo "$number $f $(sha256sum "$WORK/files/$f" | cut -d' ' -f1)" >> "$WORK/uploaded.txt"; done
done
echo "filed $(wc -l < "$WORK/filed.txt") reports ($(cut -d' ' -f1 "$WORK/filed.txt" | sort | uniq -c | awk '{printf "%s %s, ", $2, $1}')$(wc -l < "$WORK/uploaded.txt") attachments) on $DB_A"

files "$WORK/files-a.txt"
echo "read back $(wc -l < "$WORK/files-a.txt") attachments on $DB_A (the cleaned copies' SHA-256 kept for the comparison)"
echo "==> pg_dump $DB_A, pg_restore into $DB_B"
pg_dump -Fc -f "$WORK/portal.dump" $DB_A
psql -qc "create database $DB_B" postgres
pg_restore --no-owner --exit-on-error -d $DB_B "$WORK/portal.dump"
echo "dump: $(du -h "$WORK/portal.dump" | cut -f1)"
stop_portal
counts() { psql -Atc "select (select count(*) from report_case) || ' cases, ' || (select count(*) from attachment) || ' attachments, ' || (select count(*) from attachment_chunk) || ' chunks, ' || (select count(*) from data_key_check) || ' key checks'" "$1"; }
if [ "$(counts $DB_A)" = "$(counts $DB_B)" ]; then ok "restored rows equal the dumped ones: $(counts $DB_B)"; else fail "rows differ: A $(counts $DB_A), B $(counts $DB_B)"; fi

echo "==> the portal on $DB_B with the same keys"
export QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB_B"
start_portal b-same-keys
await || { echo "the portal did not start on the restored database with the same keys"; exit 1; }
ok "started on $DB_B and ready"
n=0
while read -r channel number code; do
  n=$((n + 1))
  status=$(post /api/v1/tracking "$(jq -n --arg c "$code" '{trackingCode: $c}')" "$WORK/track.json")
  if [ "$status" = 200 ] && [ "$(jq -r .registrationNumber "$WORK/track.json")" = "$number" ]; then
    ok "tracking code of $number ($channel) opens its case ($(jq -r .status "$WORK/track.json"), $(jq '.attachments | length' "$WORK/track.json") attachments listed)"
  else fail "tracking code of $number ($channel): HTTP $status"; fi
  status=$(post /api/v1/receipts/verify "$(jq -n --rawfile r "$WORK/receipt-$n.txt" '{receipt: ($r | rtrimstr("\n"))}')" "$WORK/verify.json")
  if [ "$status" = 200 ] && [ "$(jq -r .valid "$WORK/verify.json")" = true ] && [ "$(jq -r .registrationNumber "$WORK/verify.json")" = "$number" ]; then
    ok "receipt of $number verifies"
  else fail "receipt of $number: HTTP $status $(head -c 200 "$WORK/verify.json")"; fi
done < "$WORK/filed.txt"
checked=0
files "$WORK/files-b.txt"
while read -r number id name kept clean original; do
  expected=$(awk -v n="$number" -v f="$name" '$1 == n && $2 == f {print $3}' "$WORK/uploaded.txt" | head -1)
  before=$(awk -v n="$number" -v f="$name" '$1 == n && $3 == f {print $5}' "$WORK/files-a.txt" | head -1)
  what="attachment $name of $number"
  if [ "$clean" != "$before" ]; then fail "$what: cleaned copy ${clean:0:40} differs from the one served before the dump (${before:0:16}…)"; continue; fi
  if [ "$kept" = true ]; then
    if [ "$original" = "$expected" ]; then ok "$what decrypts: sealed original = the upload (SHA-256 ${original:0:16}…), cleaned copy as before the dump"
    else fail "$what: original ${original:0:300} (uploaded ${expected:0:16}…)"; continue; fi
  else
    ok "$what decrypts: cleaned copy as before the dump (SHA-256 ${clean:0:16}…; this channel keeps no original)"
  fi
  checked=$((checked + 1))
done < "$WORK/files-b.txt"
uploads=$(wc -l < "$WORK/uploaded.txt")
if [ "$checked" = "$uploads" ]; then ok "all $uploads uploaded attachments decrypt"; else fail "$checked of $uploads uploaded attachments decrypt"; fi
stop_portal

# The wrong key: the portal must refuse to start on the restored database, naming the problem.
wrong_key() {
  local label=$1 keys=$2 expect=$3
  echo "==> the portal on $DB_B with a wrong data key ($label)"
  export PORTAL_CRYPTO_DATA_KEYS="$keys"
  start_portal "b-$label"
  set +e; await; local r=$?; set -e
  if [ $r = 0 ]; then fail "it became ready with a wrong data key ($label)"; stop_portal; return; fi
  if [ $r = 2 ]; then fail "it neither started nor stopped within the time-out ($label)"; stop_portal; return; fi
  local line; line=$(grep -m1 -o "Portal Integritas cannot start: .*" "$LOG" || true)
  if [ "$EXITED" != 0 ] && grep -q "$expect" <<<"$line"; then
    ok "refused to start (exit $EXITED), never ready: ${line:0:220}"
  else fail "exit $EXITED without the expected message ($expect)"; fi
}
ID=${KEYS_OF_A%%:*}
wrong_key same-id-other-bytes "$ID:$(openssl rand -base64 32)" "data key '$ID' does not match the key check value stored in the database"
wrong_key other-id "other:$(openssl rand -base64 32)" "key check value for data key '$ID', which is not in portal.crypto.data-keys"
export PORTAL_CRYPTO_DATA_KEYS="$KEYS_OF_A"
left=$(psql -Atc "select string_agg(key_id, ',' order by key_id) from data_key_check" $DB_B)
if [ "$left" = "$ID" ]; then ok "the refused starts wrote nothing (key checks: $left)"; else fail "key checks after the refused starts: $left"; fi

echo
if [ $FAILED -ne 0 ]; then echo "restore drill: $FAILED check(s) FAILED"; exit 1; fi
echo "restore drill: every check passed"
