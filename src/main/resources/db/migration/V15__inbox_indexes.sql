-- Officer inbox (issue 7 §3, §6): every access path of casework.InboxQuery reads an index that already holds its
-- rows in page order (sort key, then id), so a page costs about the same with 1,000 or 1,000,000 cases.
-- Keys: age = submitted_at desc; deadline = coalesce(next_due_on, 'infinity') (cases with no running clock last).

-- (channel, status, submitted_at desc) without the id tie-breaker is superseded by report_case_channel_state_age_idx.
drop index if exists report_case_inbox_idx;

-- One SK channel, newest first (the default first page) / by deadline.
create index report_case_channel_age_idx on report_case (channel, submitted_at desc, id desc);
create index report_case_channel_due_idx on report_case (channel, (coalesce(next_due_on, 'infinity'::date)), id);
-- A state filter, newest first.
create index report_case_channel_state_age_idx on report_case (channel, status, submitted_at desc, id desc);
-- Open cases (the work in hand: counts, overdue and due-soon filters). The predicate is InboxQuery.OPEN_SQL word for
-- word (a test pins it): the planner uses a partial index only when the query repeats its predicate (or, for a
-- state filter, when the states are written in). The included columns are those CaseAccess.VISIBLE_SQL and the counts
-- read, so counting is an index-only scan (next_due_on too: an expression key does not serve an index-only scan).
create index report_case_open_idx on report_case (channel, status, (coalesce(next_due_on, 'infinity'::date)), id)
    include (next_due_on, assignee_account_id, route, filed_by_account_id, assigned_unit_code, escalation_route_id)
    where not (status in ('DIARSIPKAN', 'DITERUSKAN_KELUAR', 'DITUTUP', 'SELESAI', 'TIDAK_DITINDAKLANJUTI', 'TIDAK_WAJIB_LAPOR') or (channel = 'BKP' and status = 'TERVERIFIKASI'));
-- Complaints assigned to a unit (officers of that unit), cases assigned to a person ("assigned to me"), and the
-- escalation route (Inspektorat), each newest first.
create index report_case_unit_age_idx on report_case (assigned_unit_code, submitted_at desc, id desc)
    where assigned_unit_code is not null;
create index report_case_assignee_age_idx on report_case (assignee_account_id, submitted_at desc, id desc)
    where assignee_account_id is not null;
create index report_case_escalated_idx on report_case (submitted_at desc, id desc) where route = 'ESCALATION';
