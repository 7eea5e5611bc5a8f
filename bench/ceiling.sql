-- The portal's durable work for one complaint, as plain SQL in one transaction: counter, case, identity, event.
\set n random(1, 1000000000)
BEGIN;
INSERT INTO registration_counter (channel, year, last_value) VALUES ('ADU', 2099, 1)
  ON CONFLICT (channel, year) DO UPDATE SET last_value = registration_counter.last_value + 1 RETURNING last_value;
INSERT INTO report_case (channel, registration_number, tracking_hash, status, identity_mode, intake_medium, submitted_at,
  updated_at, event_date, classification, service_code, problem_type_code, content, content_digest)
  VALUES ('ADU', 'B-' || :n || '-' || txid_current(), sha256(random()::text::bytea), 'MENUNGGU_VERIFIKASI', 'RAHASIA', 'API',
  now(), now(), date '2026-11-02', 'PENGADUAN', 'KTP_EL', 'PERILAKU_PETUGAS',
  decode(repeat(md5(random()::text), 28), 'hex'), md5(random()::text) || md5(random()::text))
  RETURNING id \gset
INSERT INTO reporter_identity (case_id, data) VALUES (:id, decode(repeat(md5(random()::text), 3), 'hex'));
INSERT INTO case_event (case_id, occurred_at, status, public_status) VALUES (:id, now(), 'MENUNGGU_VERIFIKASI', 'DITERIMA');
COMMIT;
