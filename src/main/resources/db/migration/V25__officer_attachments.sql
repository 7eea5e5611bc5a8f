-- Who added a file: null for the reporter (the report, a reply, or files they handed in at the counter), the
-- officer's account for files officers upload while working the case (answer letters, KPK decision scans,
-- minutes, hand-over proofs). The reporter's tracking view lists only the rows where it is null.
alter table attachment add column added_by_account_id bigint references account (id);

-- Hand-over proofs stored before this version were uploaded by the UPG officer who recorded the hand-over.
update attachment a
   set added_by_account_id =
       (select e.actor_account_id from case_event e
         where e.case_id = a.case_id and e.status = 'DISERAHKAN' and e.actor_account_id is not null
         order by e.occurred_at desc, e.id desc limit 1)
  from gratification_handling g
 where g.proof_attachment_id = a.id;

-- The reporter's files of a case, in order (tracking view); officers' files are read through attachment_case_idx.
create index attachment_reporter_files_idx on attachment (case_id, id) where added_by_account_id is null;
