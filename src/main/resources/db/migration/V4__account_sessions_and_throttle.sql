-- Accounts: a session version every token must carry (logout, password reset and password change raise it, so
-- the tokens issued before stop working on every instance), a one-time-password flag and the last failed sign-in.
alter table account add column session_version integer not null default 0;
alter table account add column must_change_password boolean not null default false;
alter table account add column last_failed_login_at timestamp with time zone;

-- Failed sign-ins per account and source (keyed hash of the client address, never the address itself): the pause
-- applies only to the source that failed, so an outsider cannot lock an officer out.
create table sign_in_throttle (
    account_id      bigint      not null references account (id),
    source_hash     varchar(64) not null,
    failures        integer     not null default 0,
    paused_until    timestamp with time zone,
    last_failure_at timestamp with time zone not null,
    primary key (account_id, source_hash)
);
create index sign_in_throttle_recent_idx on sign_in_throttle (last_failure_at);
create index account_attacked_idx on account (last_failed_login_at) where failed_logins > 0;

-- Who filed an employee report (gratification, conflict of interest), for "my reports"; null on citizen channels.
alter table report_case add column filed_by_account_id bigint references account (id);
create index report_case_filed_by_idx on report_case (filed_by_account_id, submitted_at desc)
    where filed_by_account_id is not null;
