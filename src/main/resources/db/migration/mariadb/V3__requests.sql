-- (MariaDB/MySQL edition of db/migration/common/V3.) Disclosure on application (依申请公开): requests, their clock stops and timeline, remedies, and the
-- documented reporting views. Runs unchanged on H2 2.x and PostgreSQL; db/migration/mariadb/V3 holds
-- the same schema for MariaDB/MySQL.

create sequence disclosure_request_seq start with 1 increment by 50;
create sequence request_remedy_seq start with 1 increment by 50;

-- 政府信息公开申请. Personal data (applicant_name, id_number, credit_code, contact_person, phone,
-- address, email) sit in their own varchar(512) columns, ready for an SM4 attribute converter.
create table disclosure_request (
    id                      bigint        not null primary key,
    agency_id               bigint        not null references agency (id),
    tracking_code           varchar(32)   not null unique,
    query_code_hash         varchar(64)   not null,
    channel                 varchar(24)   not null,
    arrived_on              date          not null,
    received_on             date          not null,
    regime                  varchar(24)   not null,
    applicant_type          varchar(32)   not null,
    applicant_name          varchar(512)  not null,
    id_type                 varchar(32),
    id_number               varchar(512),
    credit_code             varchar(512),
    contact_person          varchar(512),
    phone                   varchar(512)  not null,
    address                 varchar(512),
    email                   varchar(512),
    applicant_key           varchar(64)   not null,
    description             text not null,
    purpose                 varchar(1000),
    delivery                varchar(16)   not null,
    status                  varchar(24)   not null,
    due_on                  date          not null,
    due_derivation          text,
    calendar_complete       boolean       not null,
    correction_requested_on date,
    correction_note         varchar(2000),
    supplement_by           date,
    supplement_received_on  date,
    extension_days          integer,
    extension_approved_by   varchar(64),
    extension_reason        varchar(1000),
    extended_on             date,
    agency_set_due_on       date,
    fee_method              varchar(16),
    fee_yuan                integer,
    fee_notified_on         date,
    fee_pay_by              date,
    fee_paid_on             date,
    outcome                 varchar(8),
    answer_text             text,
    concluded_on            date,
    closed_on               date,
    created_at              datetime(6) not null,
    version                 bigint        not null
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;
create index disclosure_request_agency_idx on disclosure_request (agency_id, status, due_on);
create index disclosure_request_received_idx on disclosure_request (agency_id, received_on);
create index disclosure_request_applicant_idx on disclosure_request (applicant_key, received_on);

-- Days the answer period does not count: consultations (第三十二条、第三十四条) and fee payment windows.
create table disclosure_request_stop (
    request_id bigint       not null references disclosure_request (id),
    stop_index integer      not null,
    kind       varchar(24)  not null,
    party      varchar(200),
    first_day  date         not null,
    last_day   date,
    primary key (request_id, stop_index)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

-- 办理过程: the request's timeline.
create table disclosure_request_step (
    request_id  bigint        not null references disclosure_request (id),
    step_index  integer       not null,
    occurred_at datetime(6) not null,
    on_day      date          not null,
    step        varchar(32)   not null,
    note        varchar(2000),
    actor       varchar(64),
    primary key (request_id, step_index)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

-- 行政复议 / 行政诉讼 (attached to a request) and 举报投诉 (request_id may be empty).
create table request_remedy (
    id         bigint        not null primary key,
    agency_id  bigint        not null references agency (id),
    request_id bigint        references disclosure_request (id),
    kind       varchar(40)   not null,
    filed_on   date          not null,
    result     varchar(16)   not null,
    decided_on date,
    note       varchar(2000),
    version    bigint        not null
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;
create index request_remedy_agency_idx on request_remedy (agency_id, filed_on);

-- ============================================================================================
-- Reporting views (the contract with the reporting module; extend, don't break).
--
-- report_requests_applications: one row per disclosure request.
--   request_id, agency_id
--   applicant_type        NATURAL_PERSON | COMMERCIAL_ENTERPRISE | RESEARCH_INSTITUTION |
--                         PUBLIC_INTEREST_ORGANISATION | LEGAL_SERVICE_INSTITUTION | OTHER
--   applicant_column      the 2019/2021 table column: 自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他
--   channel               ONLINE | IN_PERSON | REGISTERED_MAIL | ORDINARY_MAIL | FAX | EMAIL
--   channel_row_2008      S3_1_1 当面 | S3_1_2 传真 | S3_1_3 网络 | S3_1_4 信函
--   received_on           收到申请之日 (第三十一条)
--   concluded_on          the day it was answered / ended; null while open
--   outcome_code          2021 row: R1 R2 R3_1..R3_8 R4_1..R4_3 R5_1..R5_5 R6_1..R6_3; null while open
--   outcome_2019          2019 trial row: as outcome_code, but R6_1..R6_3 are R6
--   outcome_2008          2008 申请答复数 row: S3_3_2 … S3_3_8 (S3_3_4a..f for 不同意公开)
--   era                   '2008' (received before 2019-05-15) | '2019'
--   extended              1 if the answer period was extended (2008: S3_2_2 延期办结), else 0
--   late                  1 if concluded after its due date, else 0
--   due_on, fee_yuan, fee_notified_on, fee_paid_on, status
-- Year Y of an agency, computed from dates alone (never from counters):
--   NEW       = received_on in Y
--   CARRY_IN  = received_on < Y-01-01 and (concluded_on is null or concluded_on >= Y-01-01)
--   R…        = concluded_on in Y, by outcome_code
--   CARRY_OUT = received_on <= Y-12-31 and (concluded_on is null or concluded_on > Y-12-31)
-- so NEW + CARRY_IN = R7 + CARRY_OUT holds by construction, and CARRY_IN(Y) = CARRY_OUT(Y-1).
-- ============================================================================================
create view report_requests_applications as
select r.id as request_id,
       r.agency_id,
       r.applicant_type,
       case r.applicant_type
           when 'NATURAL_PERSON' then '自然人'
           when 'COMMERCIAL_ENTERPRISE' then '商业企业'
           when 'RESEARCH_INSTITUTION' then '科研机构'
           when 'PUBLIC_INTEREST_ORGANISATION' then '社会公益组织'
           when 'LEGAL_SERVICE_INSTITUTION' then '法律服务机构'
           else '其他' end as applicant_column,
       r.channel,
       case r.channel
           when 'IN_PERSON' then 'S3_1_1'
           when 'FAX' then 'S3_1_2'
           when 'ONLINE' then 'S3_1_3'
           when 'EMAIL' then 'S3_1_3'
           else 'S3_1_4' end as channel_row_2008,
       r.received_on,
       r.concluded_on,
       r.outcome as outcome_code,
       case when r.outcome in ('R6_1', 'R6_2', 'R6_3') then 'R6' else r.outcome end as outcome_2019,
       case r.outcome
           when 'R1' then 'S3_3_2'
           when 'R2' then 'S3_3_3'
           when 'R3_1' then 'S3_3_4a'
           when 'R3_2' then 'S3_3_4f'
           when 'R3_3' then 'S3_3_4d'
           when 'R3_4' then 'S3_3_4c'
           when 'R3_5' then 'S3_3_4e'
           when 'R3_6' then 'S3_3_4e'
           when 'R3_7' then 'S3_3_4f'
           when 'R3_8' then 'S3_3_4f'
           when 'R4_1' then 'S3_3_6'
           when 'R4_2' then 'S3_3_6'
           when 'R4_3' then 'S3_3_7'
           when 'R6_1' then 'S3_3_7'
           when 'R5_1' then 'S3_3_8'
           when 'R5_2' then 'S3_3_8'
           when 'R5_3' then 'S3_3_8'
           when 'R5_4' then 'S3_3_8'
           when 'R5_5' then 'S3_3_8'
           when 'R6_2' then 'S3_3_8'
           when 'R6_3' then 'S3_3_8'
           else null end as outcome_2008,
       case r.regime when 'REGULATIONS_2008' then '2008' else '2019' end as era,
       case when r.extension_days is not null then 1 else 0 end as extended,
       case when r.concluded_on is not null and r.concluded_on > r.due_on then 1 else 0 end as late,
       r.due_on,
       r.fee_yuan,
       r.fee_notified_on,
       r.fee_paid_on,
       r.status
from disclosure_request r;

-- report_requests_remedies: one row per reconsideration, lawsuit or complaint.
--   remedy_id, agency_id, request_id (null for a stand-alone complaint)
--   kind       RECONSIDERATION (行政复议, row REVIEW) | LITIGATION_DIRECT (未经复议直接起诉) |
--              LITIGATION_AFTER_RECONSIDERATION (复议后起诉) | COMPLAINT (举报投诉, 2008 row S6)
--   report_row REVIEW | LITIGATION_DIRECT | LITIGATION_AFTER_REVIEW | null for complaints
--   filed_on   counted in the year it was filed
--   result     UPHELD | CORRECTED | OTHER | PENDING;  result_column 结果维持 | 结果纠正 | 其他结果 | 尚未审结
--   decided_on the day of the decision; for year Y a remedy decided after Y-12-31 is still 尚未审结
create view report_requests_remedies as
select m.id as remedy_id,
       m.agency_id,
       m.request_id,
       m.kind,
       case m.kind
           when 'RECONSIDERATION' then 'REVIEW'
           when 'LITIGATION_DIRECT' then 'LITIGATION_DIRECT'
           when 'LITIGATION_AFTER_RECONSIDERATION' then 'LITIGATION_AFTER_REVIEW'
           else null end as report_row,
       m.filed_on,
       m.result,
       case m.result
           when 'UPHELD' then '结果维持'
           when 'CORRECTED' then '结果纠正'
           when 'OTHER' then '其他结果'
           else '尚未审结' end as result_column,
       m.decided_on
from request_remedy m;
