-- Monthly report speed (issue 9 §6): a stored month keeps, next to its figures, what the next month and the yearly
-- view need so that they read only their own month's rows (statistics.MonthlyFigures, docs/performance.md):
--  - open_case_ids / open_statuses: the channel's cases open at the month's end (state at the next month's first
--    instant, from the case history) and that state; the next month's "carried over" cases are exactly these;
--  - close_days: how many of the month's closings took each number of working days ({"3": 12, ...}), so the yearly
--    view computes the year's median and mean over every closing of the year instead of averaging monthly medians.
-- Rows stored before this migration have nulls (the next month then recomputes its start from the history).
alter table monthly_report add column open_case_ids bigint[];
alter table monthly_report add column open_statuses varchar(40)[];
alter table monthly_report add column close_days jsonb;

-- The month's history in one index-only range scan, with the event id that orders same-instant events (replaces
-- V28's case_event_occurred_idx, whose columns it holds).
create index case_event_month_idx on case_event (occurred_at, case_id, id) include (status);
drop index if exists case_event_occurred_idx;

-- The month's received cases with every column a figure groups by (intake, deadline rule set, gratification type,
-- kind and value, conflict-of-interest kind) in one index-only range per channel (replaces V28's
-- report_case_channel_submitted_idx, whose columns it holds).
create index report_case_month_idx on report_case (channel, submitted_at)
    include (id, status, intake_medium, classification, service_code, problem_type_code, category_code, rule_set_id,
             gratification_type, gift_kind, gift_value, gift_currency, conflict_kind);
drop index if exists report_case_channel_submitted_idx;

-- A case's channel, submission time and number by its id without reading the (wide) case row: the month's closings,
-- clocks and history look these up for tens of thousands of cases (index-only probes instead of heap reads).
create index report_case_figures_idx on report_case (id) include (channel, submitted_at, registration_number);
