-- The audit log as a hash chain (issue 8 §3): every entry carries the SHA-256 of the previous one, appended in the
-- same transaction as the change it records. The single head row is locked by each append (select ... for update),
-- so appends are serialised across threads and instances and seq has no gaps. Rows written before this migration
-- are sealed into the chain at start-up (AuditChainSealer), in id order; only those (ids up to legacy_until), so a
-- row slipped in later without a place in the chain is never sealed into it but reported by the verifier.
alter table audit_log
    add column seq        bigint,
    add column prev_hash  bytea,
    add column entry_hash bytea;
create unique index audit_log_seq_uk on audit_log (seq);
create index audit_log_actor_idx on audit_log (actor_account_id, id);
create index audit_log_action_idx on audit_log (action, id);

create table audit_chain_head (
    id        integer primary key check (id = 1),
    last_seq  bigint not null,
    last_hash bytea  not null,
    legacy_until bigint not null
);
insert into audit_chain_head (id, last_seq, last_hash, legacy_until)
select 1, 0, decode(repeat('00', 32), 'hex'), coalesce(max(id), 0) from audit_log;
