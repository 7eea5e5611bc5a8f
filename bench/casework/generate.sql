-- 1,000,000 cases over the four channels and 24 months, for the inbox benchmark (bench/casework/README.md).
-- Run by bench/casework/run.sh on a fresh database that the packaged portal has migrated, after one real complaint and
-- one tip were filed through the API: their sealed content is reused, so the case page can decrypt every generated
-- case (gratification and conflict-of-interest cases reuse the complaint's; the case page only decrypts and returns
-- it). Registration numbers and tracking hashes are unique per case.
-- psql variables: :admin (the bootstrap administrator's id, whose password hash the officers share).
\set ON_ERROR_STOP on
set synchronous_commit = off;

-- Officers: 10 per team, a chair each, 5 per unit for complaints assigned to units, 2 Inspektorat reviewers.
insert into account (username, display_name, roles, password_hash, unit_code, created_at)
select 'bench.' || lower(t.kind) || '.' || g, 'Bench ' || t.kind || ' ' || g,
       case when g = 1 then 'KETUA_TIM' else 'PETUGAS' end, a.password_hash, null, now()
from (values ('ADU'), ('GRT'), ('WBS'), ('BKP')) t(kind), generate_series(1, 10) g, account a where a.id = :admin;
insert into account (username, display_name, roles, password_hash, unit_code, created_at)
select 'bench.unit.' || lower(u.code) || '.' || g, 'Bench unit ' || u.code || ' ' || g, 'PETUGAS', a.password_hash,
       u.code, now()
from org_unit u, generate_series(1, 5) g, account a where a.id = :admin;
insert into account (username, display_name, roles, password_hash, created_at)
select 'bench.inspektorat.' || g, 'Bench Inspektorat ' || g, 'INSPEKTORAT', a.password_hash, now()
from generate_series(1, 2) g, account a where a.id = :admin;
-- Employees who file gratification reports and declarations (200, each with a superior among the BKP team).
insert into account (username, display_name, roles, password_hash, superior_id, created_at)
select 'bench.pegawai.' || g, 'Bench Pegawai ' || g, 'PEGAWAI', a.password_hash,
       (select id from account where username = 'bench.bkp.' || (2 + g % 9)), now()
from generate_series(1, 200) g, account a where a.id = :admin;

-- One SK per team, in force: two years back to one year ahead; and one that expired.
insert into decree (team_kind, channel, number, decree_date, signatory, valid_from, valid_until)
values ('COMPLAINTS', 'ADU', '800/1/SK-BENCH', current_date - 730, 'Kepala Dinas', current_date - 730, current_date + 365),
       ('UPG', 'GRT', '800/2/SK-BENCH', current_date - 730, 'Kepala Dinas', current_date - 730, current_date + 365),
       ('WBS', 'WBS', '800/3/SK-BENCH', current_date - 730, 'Kepala Dinas', current_date - 730, current_date + 365),
       ('CONFLICT_OF_INTEREST', 'BKP', '800/4/SK-BENCH', current_date - 730, 'Kepala Dinas', current_date - 730, current_date + 365),
       ('COMPLAINTS', 'ADU', '800/0/SK-BENCH-LAMA', current_date - 1100, 'Kepala Dinas', current_date - 1100, current_date - 731);
insert into team_member (decree_id, account_id, team_role)
select d.id, a.id, case when a.roles = 'KETUA_TIM' then 'CHAIR' else 'MEMBER' end
from decree d join account a on a.username like 'bench.' || lower(d.channel) || '.%'
where d.number like '800/_/SK-BENCH';

-- The templates: the first real case of each channel (filed through the API by run.sh).
create temporary table template as
select distinct on (channel) channel, content, content_digest, identity_mode, digest_version, digest_salt
from report_case order by channel, id;

-- The cases. Channel mix 55 % ADU, 20 % WBS, 15 % GRT, 10 % BKP; submitted evenly over 730 days. A case older than
-- ~60 days is almost always closed; recent ones spread over the open states; running clocks give next_due_on.
create temporary table gen as
select g as n,
       case when r1 < 0.55 then 'ADU' when r1 < 0.75 then 'WBS' when r1 < 0.90 then 'GRT' else 'BKP' end as channel,
       now() - (random() * interval '730 days') as submitted_at,
       random() as r2, random() as r3, random() as r4
from (select g, random() as r1 from generate_series(1, 1000000) g) s;

insert into report_case (channel, registration_number, tracking_hash, status, identity_mode, intake_medium,
        submitted_at, updated_at, service_code, category_code, classification, content, content_digest, digest_version,
        digest_salt, route, escalation_route_id, assignee_account_id, assigned_unit_code, next_due_on, filed_by_account_id)
select g.channel,
       g.channel || '-B' || lpad(g.n::text, 9, '0'),
       sha256(('bench-' || g.n)::bytea),
       st.status, t.identity_mode, 'WEB', g.submitted_at, g.submitted_at,
       case when g.channel = 'ADU' then (array['KTP_EL','KK','KIA','AKTA_KELAHIRAN','AKTA_KEMATIAN','PINDAH_DATANG','LAINNYA'])[1 + (g.n % 7)] end,
       case when g.channel = 'WBS' then (array['PUNGUTAN_LIAR','KORUPSI_SUAP','KODE_ETIK','LAINNYA'])[1 + (g.n % 4)] end,
       case when g.channel = 'ADU' then 'PENGADUAN' end,
       t.content, t.content_digest, t.digest_version, t.digest_salt,
       case when g.r4 < 0.01 then 'ESCALATION' else 'TEAM' end,
       case when g.r4 < 0.01 then (select id from escalation_route limit 1) end,
       case when st.open and g.r3 < 0.6 then (select id from account where username = 'bench.' || lower(g.channel) || '.' || (2 + g.n % 9)) end,
       case when g.channel = 'ADU' and g.r3 < 0.3 then (array['SEKRETARIAT','DAFDUK','CAPIL','PIAK','PDIP'])[1 + (g.n % 5)] end,
       case when st.open then (g.submitted_at::date + (3 + (g.r2 * 40)::int)) end,
       case when g.channel in ('GRT', 'BKP') then (select id from account where username = 'bench.pegawai.' || (1 + g.n % 200)) end
from gen g
join template t on t.channel = case when g.channel in ('ADU', 'WBS') then g.channel else 'ADU' end
cross join lateral (
    select s.status, s.open from (values
        ('ADU', 'SELESAI', false, 0.0), ('ADU', 'MENUNGGU_VERIFIKASI', true, 0.0), ('ADU', 'TERVERIFIKASI', true, 0.15),
        ('ADU', 'DIDISPOSISI', true, 0.3), ('ADU', 'DIPROSES', true, 0.45), ('ADU', 'DITANGGAPI', true, 0.7), ('ADU', 'PERLU_DILENGKAPI', true, 0.85),
        ('WBS', 'SELESAI', false, 0.0), ('WBS', 'DITERIMA', true, 0.0), ('WBS', 'VERIFIKASI', true, 0.2), ('WBS', 'TELAAH', true, 0.4), ('WBS', 'MENUNGGU_INFO_PELAPOR', true, 0.7),
        ('GRT', 'SELESAI', false, 0.0), ('GRT', 'DITERIMA_UPG', true, 0.0), ('GRT', 'ANALISIS_UPG', true, 0.3), ('GRT', 'DITERUSKAN_KE_KPK', true, 0.6),
        ('BKP', 'SELESAI', false, 0.0), ('BKP', 'DIAJUKAN', true, 0.0), ('BKP', 'ANALISIS_ATASAN', true, 0.3)
    ) s(channel, status, open, threshold)
    where s.channel = g.channel
      -- open only when recent (60 days) or one old case in 200 (a straggler)
      and (s.open = (g.submitted_at > now() - interval '60 days' or g.r3 < 0.005))
      and (not s.open or g.r2 >= s.threshold)
    order by s.threshold desc limit 1
) st;
-- the closed ones: some archived / closed instead of finished
update report_case set status = 'DITUTUP' where status = 'SELESAI' and channel in ('ADU', 'WBS') and id % 10 = 0;

-- Clocks of the open cases (one running clock each, the one next_due_on names).
insert into case_deadline (case_id, clock, started_on, due_on)
select id, case channel when 'ADU' then 'P1' when 'WBS' then 'W1' when 'GRT' then 'G3' else 'K2' end,
       submitted_at::date, next_due_on
from report_case where next_due_on is not null
on conflict (case_id, clock) do nothing; -- the two template reports filed through the API have their real clocks

-- Recusals (one officer per 500th case) and named persons (every 50th case names someone).
insert into case_recusal (case_id, account_id, decision, basis, reason, decided_at)
select c.id, a.id, 'RECUSED', 'DECLARATION', 'bench', now()
from report_case c join account a on a.username = 'bench.' || lower(c.channel) || '.3' where c.id % 500 = 0;
insert into case_named_person (case_id, kind, token_hash)
select id, 'NAME', sha256(('person-' || (id % 1000))::bytea) from report_case where id % 50 = 0;
update account set name_hash = sha256(('person-' || 7)::bytea) where username = 'bench.adu.4';

-- registration numbers continue after the generated ones
vacuum analyze report_case;
vacuum analyze case_deadline;
analyze case_recusal;
analyze case_named_person;
analyze account;
