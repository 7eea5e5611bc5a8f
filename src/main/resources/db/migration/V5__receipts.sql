-- Receipts (issue items 11, 12) and the forwarding destination shown to reporters.

-- Content digests: version 1 is the old unkeyed SHA-256 (kept so old receipts still verify); version 2 is
-- HMAC-SHA256 under a random per-report salt that is stored encrypted (AES-GCM, data keys), so identical reports
-- get different digests and a dump alone cannot confirm guessed content.
alter table report_case add column digest_version integer not null default 1;
alter table report_case alter column digest_version drop default;
alter table report_case add column digest_salt bytea;
alter table report_case add constraint report_case_digest_salt_ck check (digest_version = 1 or digest_salt is not null);

-- One row per receipt not shown yet: the SHA-256 of the one-time id inside the receipt cookie. Showing the receipt
-- deletes the row (atomically, so only one request on any instance shows it); expired rows are swept on insert.
create table receipt_display (
    id_hash    varchar(64) primary key,
    expires_at timestamp with time zone not null
);
create index receipt_display_expiry_idx on receipt_display (expires_at);

-- Where a case was forwarded to (e.g. DITERUSKAN_KELUAR); shown to the reporter with the public status.
alter table case_event add column destination varchar(200);

-- History recorded before DITERUSKAN existed showed a forwarded complaint as SELESAI.
update case_event e set public_status = 'DITERUSKAN' from report_case c
 where e.case_id = c.id and c.channel = 'ADU' and e.status = 'DITERUSKAN_KELUAR';
