#!/usr/bin/env bash
# Upload bench (docs/performance.md): PEOPLE people each send one complaint with five ~10-MB files (2 JPEG, 2 PNG,
# 1 PDF: the documented limits) through the HTML form, all at once, to the packaged jar at the recommended heap.
# Run after `./mvnw package -DskipTests`:
#   bench/uploads.sh       # PostgreSQL on 127.0.0.1:5432 (user postgres), database portal_attach, port 18201
# Prints: accepted count, wall time, peak RSS of the portal process, and any OutOfMemoryError in its log.
set -euo pipefail
cd "$(dirname "$0")/.."
PEOPLE=${BENCH_PEOPLE:-8}
PGHOST=${PGHOST:-127.0.0.1}; PGPORT=${PGPORT:-5432}; PGUSER=${PGUSER:-postgres}
export PGHOST PGPORT PGUSER
DB=${BENCH_DB:-portal_attach}
PORT=${BENCH_PORT:-18201}
JAVA_OPTS=${BENCH_JAVA_OPTS:--Xms32m -Xmx128m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k}
OUT=bench/out/uploads; mkdir -p "$OUT"
FILES=bench/out/upload-files
JAR=target/quarkus-app/quarkus-run.jar
CDS=""; [ -f target/quarkus-app/app-cds.jsa ] && CDS="-XX:SharedArchiveFile=app-cds.jsa"
[ -f "$JAR" ] || { echo "build first: ./mvnw package -DskipTests"; exit 1; }
for tool in psql curl openssl java; do command -v $tool >/dev/null || { echo "missing $tool"; exit 1; }; done
[ -f "$FILES/dokumen.pdf" ] || java bench/GenUploads.java "$FILES"

. bench/prod-env.sh
export PORTAL_UPLOADS_DIRECTORY="$PWD/$OUT/portal-uploads"

(cd target/quarkus-app && exec java $JAVA_OPTS $CDS -jar quarkus-run.jar) > "$OUT/portal.log" 2>&1 & PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
for i in $(seq 1 600); do curl -sf -o /dev/null "http://127.0.0.1:$PORT/q/health/ready" && break; sleep 0.5; done
TOKEN=$(curl -sf "http://127.0.0.1:$PORT/pengaduan" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
[ -n "$TOKEN" ] || { echo "no form token"; exit 1; }

# Peak resident memory, sampled every 200 ms while the uploads run.
( peak=0; while kill -0 $PID 2>/dev/null; do r=$(ps -o rss= -p $PID | tr -d ' '); [ -n "$r" ] && [ "$r" -gt "$peak" ] && peak=$r; echo $peak > "$OUT/peak-rss-kb"; sleep 0.2; done ) &
SAMPLER=$!

send() {
  curl -s -o /dev/null -w '%{http_code} %{time_total}\n' --max-time 600 \
    -F "_csrf=$TOKEN" -F classification=PENGADUAN -F "subject=Uji unggah $1" -F "description=Lima berkas bukti." \
    -F serviceCode=KK -F problemTypeCode=WAKTU_PENYELESAIAN -F eventDate=2026-11-03 -F "eventPlace=Kantor Dinas" \
    -F identityMode=RAHASIA -F "reporter.name=Penguji $1" -F reporter.phone=081234567890 \
    -F "attachments=@$FILES/foto1.jpg;type=image/jpeg" -F "attachments=@$FILES/foto2.jpg;type=image/jpeg" \
    -F "attachments=@$FILES/gambar1.png;type=image/png" -F "attachments=@$FILES/gambar2.png;type=image/png" \
    -F "attachments=@$FILES/dokumen.pdf;type=application/pdf" "http://127.0.0.1:$PORT/pengaduan"
}
t0=$(date +%s%N)
SENDERS=()
for i in $(seq 1 $PEOPLE); do send $i > "$OUT/result-$i.txt" & SENDERS+=($!); done
for s in "${SENDERS[@]}"; do wait $s || true; done
t1=$(date +%s%N)
sleep 0.5
STORED=$(psql -Atc "select count(*) from attachment" $DB)
kill $SAMPLER 2>/dev/null || true
ACCEPTED=$(cat "$OUT"/result-*.txt | awk '$1==303' | wc -l)
OOM=$(grep -c OutOfMemoryError "$OUT/portal.log" || true)
{
  echo "people: $PEOPLE, each 5 files ($(du -ch $FILES/* | tail -1 | cut -f1) per report)"
  echo "accepted (303 to the receipt): $ACCEPTED / $PEOPLE; attachments stored: $STORED"
  echo "responses: $(cat "$OUT"/result-*.txt | awk '{print $1}' | sort | uniq -c | tr '\n' ' ')"
  echo "wall time: $(( (t1 - t0) / 1000000 )) ms; slowest request: $(cat "$OUT"/result-*.txt | awk '{print $2}' | sort -n | tail -1) s"
  echo "peak RSS: $(( $(cat "$OUT/peak-rss-kb") / 1024 )) MB; OutOfMemoryError in log: $OOM"
  echo "JVM options: $JAVA_OPTS $CDS"
} | tee "$OUT/summary.txt"
