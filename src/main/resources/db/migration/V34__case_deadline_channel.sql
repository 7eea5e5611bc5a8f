-- Monthly report speed (issue 9 §6): each clock carries its case's channel, so that a month's deadline compliance
-- counts its clocks per channel without looking up every clock's case (44,000 lookups for a month of the 1,000,000-case
-- benchmark); only the few candidates of the overdue list are looked up, for their registration numbers.
-- A case never changes channel, so the copy cannot go stale; a trigger fills it on insert whoever inserts the clock
-- (deadline.CaseClocks, tests, bench scripts), and it is not mapped by the CaseDeadline entity.
alter table case_deadline add column channel varchar(3);
update case_deadline d set channel = c.channel from report_case c where c.id = d.case_id;
alter table case_deadline alter column channel set not null;

create function case_deadline_channel() returns trigger language plpgsql as $$
begin
    select c.channel into new.channel from report_case c where c.id = new.case_id;
    return new;
end $$;

create trigger case_deadline_channel before insert on case_deadline
    for each row execute function case_deadline_channel();

-- The month's clocks: stopped in the month, or running at its end (V28's indexes), now with the channel.
drop index if exists case_deadline_stopped_idx;
create index case_deadline_stopped_idx on case_deadline (stopped_on) include (clock, due_on, started_on, channel);
drop index if exists case_deadline_running_all_idx;
create index case_deadline_running_all_idx on case_deadline (started_on) include (clock, due_on, stopped_on, channel)
    where stopped_on is null;
