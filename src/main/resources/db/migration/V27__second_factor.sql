-- A second factor (TOTP, RFC 6238) per account. The secret is sealed with the data keys (AES-GCM, purpose
-- 'second-factor.secret'); confirmed_at is null while enrolment has been started but not finished.
-- last_used_step is the last accepted 30-second time step: a code of that step or an earlier one is refused.
create table second_factor (
    account_id     bigint      primary key references account (id) on delete cascade,
    secret         bytea       not null,
    confirmed_at   timestamptz,
    last_used_step bigint,
    created_at     timestamptz not null
);

-- Single-use recovery codes: only a keyed hash (HMAC-SHA256) is kept; used_at is set when one is spent.
create table recovery_code (
    account_id bigint      not null references account (id) on delete cascade,
    code_hash  bytea       not null,
    used_at    timestamptz,
    primary key (account_id, code_hash)
);
