-- A reference option can change from a date (new label, new order, withdrawn): each change is a new row of the
-- same (list, code) with its own effective_from, so the option in force on a day is the latest row not after it.
-- Codes are never renamed or deleted: cases keep the codes they were filed with.
alter table reference_item drop constraint reference_item_uk;
alter table reference_item add constraint reference_item_version_uk unique (list_code, code, effective_from);
