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

-- Provable redaction: the released file of a request (text really removed), the digests of both versions,
-- and the redaction log (what kind of content, which article, by whom, when).
create table request_release (
    id              varchar(36)  not null primary key,
    request_id      bigint       not null references disclosure_request (id),
    agency_id       bigint       not null,
    title           varchar(200) not null,
    original_sha256 varchar(64)  not null,
    original_sm3    varchar(64)  not null,
    released_sha256 varchar(64)  not null,
    released_sm3    varchar(64)  not null,
    released_pdf    bytea        not null,
    created_by      varchar(64)  not null,
    created_at      timestamp(6) with time zone not null
);
create index request_release_request_idx on request_release (request_id);

create table request_redaction (
    release_id  varchar(36)  not null references request_release (id),
    line_no     integer      not null,
    kind        varchar(32)  not null,
    article     varchar(64)  not null,
    char_count  integer      not null,
    redacted_by varchar(64)  not null,
    redacted_at timestamp(6) with time zone not null,
    primary key (release_id, line_no)
);
