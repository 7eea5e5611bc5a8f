-- A complaint that came from a WBS tip (moved or copied, domain.md §3) keeps its WBS content, which a service unit
-- must never read (domain.md §6): such a complaint is never assigned to a unit.
alter table report_case add column from_whistleblowing boolean not null default false;
