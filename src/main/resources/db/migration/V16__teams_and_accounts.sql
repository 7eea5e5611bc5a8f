-- Teams and accounts (issue 7, §1 and §5): access follows SK teams only, so the account's channels go; an SK
-- carries its scanned decree, stored like a report attachment (sealed original + cleaned copy, encrypted in
-- attachment_chunk) but tied to the decree instead of a case.

alter table account drop column channels;

-- An attachment belongs to exactly one case or one decree.
alter table attachment alter column case_id drop not null;
alter table attachment add column decree_id bigint references decree (id);
alter table attachment add constraint attachment_owner_ck
    check ((case_id is not null and decree_id is null) or (case_id is null and decree_id is not null));
create index attachment_decree_idx on attachment (decree_id) where decree_id is not null;

-- The decree's current scan (earlier scans stay stored, linked by attachment.decree_id) and the SHA-256 of the
-- PDF as uploaded, so anyone holding a paper copy's scan can compare.
alter table decree
    add column scan_attachment_id bigint references attachment (id),
    add column scan_sha256        varchar(64);
