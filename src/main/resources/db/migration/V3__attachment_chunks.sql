-- Attachments are stored in encrypted segments (1 MiB of plaintext each), so that neither storing nor reading
-- a file needs it whole in memory. Rows live in the database: several instances share them and pg_dump backs
-- them up with the cases. The old whole-file columns stay readable for rows stored before this version.
create table attachment_chunk (
    attachment_id bigint   not null references attachment (id) on delete cascade,
    part          smallint not null, -- 0 original (sealed evidence), 1 handler copy
    seq           integer  not null,
    data          bytea    not null,
    primary key (attachment_id, part, seq)
);

alter table attachment alter column original drop not null;
alter table attachment alter column handler_copy drop not null;
-- false when the original was not kept (anonymous tips, unless the tipster asked to keep it).
alter table attachment add column original_kept boolean not null default true;
alter table attachment add column chunked boolean not null default false;
