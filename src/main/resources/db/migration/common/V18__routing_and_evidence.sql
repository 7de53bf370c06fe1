-- Legal routing (条例 第三十九条): an application that is really a petition is closed as 不予处理/信访举报投诉类申请
-- and registered as a petition; a petition that only asks for government information is pointed to 依申请公开.
-- Each side keeps the other's tracking code (or the pre-filled application link).
alter table disclosure_request add column routed_to varchar(32);
alter table petition add column routed_from varchar(32);
alter table petition add column routed_to varchar(1000);

-- Disclose once: the catalogue item an answer was published as, and the item a later answer points to.
alter table disclosure_request add column disclosed_item bigint;
alter table disclosure_request add column pointed_item bigint;

-- Evidence package: the audit entries of one case, by subject.
create index audit_entry_subject_idx on audit_entry (subject);
