-- One row per data key id (portal.crypto.data-keys): a known constant sealed with that key when the portal first
-- started with it (system.crypto.DataKeyCheck). Every start decrypts them, so a restored database started with
-- the wrong data key refuses to start instead of running half-working. No report content, no personal data.
create table data_key_check (
    key_id     text primary key,
    sealed     bytea not null,
    created_at timestamptz not null default now()
);
