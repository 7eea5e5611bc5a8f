-- Monthly report speed (issue 9 §6): each history event carries its case's channel and submission time, so that a
-- month's closings (the cases whose last move into a finished state fell in it, and the working days since their
-- submission) are one index-only range over the month's events instead of one case lookup per closing (21,700 for
-- a month of the 1,000,000-case benchmark). A case never changes channel or submission time, so the copies cannot go
-- stale; a trigger fills them on insert whoever inserts the event, and the CaseEvent entity does not map them.
alter table case_event add column channel varchar(3);
alter table case_event add column case_submitted_at timestamptz;
update case_event e set channel = c.channel, case_submitted_at = c.submitted_at from report_case c where c.id = e.case_id;
alter table case_event alter column channel set not null;
alter table case_event alter column case_submitted_at set not null;

create function case_event_case_columns() returns trigger language plpgsql as $$
begin
    select c.channel, c.submitted_at into new.channel, new.case_submitted_at from report_case c where c.id = new.case_id;
    return new;
end $$;

create trigger case_event_case_columns before insert on case_event
    for each row execute function case_event_case_columns();

-- V31's month range, now with the two columns (index-only for the states and the closings).
drop index if exists case_event_month_idx;
create index case_event_month_idx on case_event (occurred_at, case_id, id) include (status, channel, case_submitted_at);
