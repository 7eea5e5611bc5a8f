# Sourced by the bench scripts: a fresh database $DB and throw-away production-style secrets for one run, exported
# for the packaged portal (never written anywhere but $OUT). Needs DB, OUT, PORT, PG* set by the caller.
psql -qc "drop database if exists $DB" postgres && psql -qc "create database $DB" postgres
key() { openssl rand -base64 32; }
openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$OUT/jwt.pem" 2>/dev/null
export PORTAL_CRYPTO_RECEIPT_KEY="$(key)" QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" \
  QUARKUS_DATASOURCE_USERNAME=$PGUSER QUARKUS_DATASOURCE_PASSWORD=${PGPASSWORD:-} PORTAL_CRYPTO_DATA_KEYS="bench:$(key)" \
  PORTAL_CRYPTO_LOOKUP_KEY="$(key)" PORTAL_CRYPTO_FORM_KEY="$(key)" SMALLRYE_JWT_SIGN_KEY="$(cat "$OUT/jwt.pem")" \
  MP_JWT_VERIFY_PUBLICKEY="$(openssl pkey -in "$OUT/jwt.pem" -pubout)" QUARKUS_HTTP_PORT=$PORT
# The management interface (/q/metrics) binds to loopback on PORT + 1000 unless the caller chose a port: a bench never
# collides with another instance's default 9000 (a script starting several instances sets one per instance).
export QUARKUS_MANAGEMENT_HOST=${QUARKUS_MANAGEMENT_HOST:-127.0.0.1} QUARKUS_MANAGEMENT_PORT=${QUARKUS_MANAGEMENT_PORT:-$((PORT + 1000))}
