-- 依申请公开: the answer is drafted by the handler, approved by the reviewer and signed by the signing
-- leader; the draft (outcome and text) waits on the request until it is signed.
alter table disclosure_request add column draft_outcome varchar(8);
alter table disclosure_request add column draft_text text;
