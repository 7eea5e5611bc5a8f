-- Monthly report benchmark (issue 9 §6): adds to the 1,000,000 cases of bench/casework/generate.sql the history the
-- internal monthly report reads: a first event per case, a closing event 1-40 days after submission for the closed
-- ones (with their clock stopped then, due 3-12 days after submission), an intermediate event for open cases past
-- their first state, ratings on a third of the closed complaints, gratification types/kinds/values and UPG steps,
-- conflict-of-interest kinds and decisions; and an officer (bench.stat) in all four SK teams.
\set ON_ERROR_STOP on
set synchronous_commit = off;

create temporary table bench_case as
select id, channel, status, submitted_at from report_case where registration_number like '___-B%';

insert into case_event (case_id, occurred_at, status, public_status)
select id, submitted_at, case channel when 'ADU' then 'MENUNGGU_VERIFIKASI' when 'WBS' then 'DITERIMA'
                                     when 'GRT' then 'DITERIMA_UPG' else 'DIAJUKAN' end, 'DITERIMA'
from bench_case;

create temporary table closing as
select id, channel, status, submitted_at,
       least(submitted_at + (1 + id % 40) * interval '1 day' + interval '3 hours', now() - interval '1 minute') as closed_at
from bench_case where status in ('SELESAI', 'DITUTUP');
update report_case c set updated_at = k.closed_at from closing k where k.id = c.id;
insert into case_event (case_id, occurred_at, status, public_status)
select id, closed_at, status, 'SELESAI' from closing;

insert into case_event (case_id, occurred_at, status, public_status)
select id, least(submitted_at + interval '1 day', now() - interval '1 minute'), status, 'DITINDAKLANJUTI' from bench_case
where status not in ('SELESAI', 'DITUTUP', 'MENUNGGU_VERIFIKASI', 'DITERIMA', 'DITERIMA_UPG', 'DIAJUKAN');

insert into case_deadline (case_id, clock, started_on, due_on, stopped_on)
select id, case channel when 'ADU' then 'P1' when 'WBS' then 'W1' when 'GRT' then 'G3' else 'K2' end,
       submitted_at::date, submitted_at::date + (3 + id % 10)::int, closed_at::date
from closing
on conflict (case_id, clock) do nothing;

insert into case_rating (case_id, score, satisfied, rated_at)
select id, 1 + id % 5, id % 5 >= 2, closed_at - interval '1 hour' from closing where channel = 'ADU' and id % 3 = 0;

update report_case set gratification_type = case when id % 10 = 0 then 'PENOLAKAN' else 'PENERIMAAN' end,
       gift_kind = (array['UANG','BARANG','VOUCHER','MAKANAN_MINUMAN','FASILITAS','LAINNYA'])[1 + id % 6],
       gift_value = 100000 + (id % 50) * 50000, gift_currency = 'IDR'
where channel = 'GRT' and registration_number like 'GRT-B%';
insert into gratification_handling (case_id, forwarded_on, kpk_decision_date, kpk_outcome, handed_over_on)
select id, submitted_at::date + 5, submitted_at::date + 20,
       (array['MILIK_PENERIMA','MILIK_NEGARA','MILIK_NEGARA_DAPAT_DIGANTI_UANG'])[1 + id % 3],
       case when id % 3 = 1 then submitted_at::date + 25 end
from closing where channel = 'GRT' and id % 10 <> 0;

update report_case set conflict_kind = case when id % 2 = 0 then 'DAFTAR_KEPENTINGAN' else 'DEKLARASI' end
where channel = 'BKP' and registration_number like 'BKP-B%';
insert into conflict_decision (case_id, analysis, control_measure, decided_by, decided_at)
select k.id, decode('00', 'hex'), (array['TIDAK_PERLU','PENGGANTIAN','PEMBATASAN_AKSES','PENGAWASAN_TAMBAHAN'])[1 + k.id % 4],
       (select id from account where username = 'bench.bkp.1'), k.closed_at - interval '1 day'
from closing k where k.channel = 'BKP' and k.id % 2 = 1;

insert into account (username, display_name, roles, password_hash, created_at)
select 'bench.stat', 'Bench Statistik', 'PETUGAS', password_hash, now() from account where id = :admin;
insert into team_member (decree_id, account_id, team_role)
select d.id, a.id, 'MEMBER' from decree d, account a where d.number like '800/_/SK-BENCH' and a.username = 'bench.stat';

vacuum analyze case_event;
vacuum analyze case_deadline;
vacuum analyze report_case;
vacuum analyze case_rating;
vacuum analyze gratification_handling;
vacuum analyze conflict_decision;
