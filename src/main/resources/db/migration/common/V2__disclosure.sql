-- Sunshine disclosure schema (主动公开): information items and their channel publications, the
-- columns of the 政府信息公开 portal column, normative documents, policy interpretations, hotspot
-- responses and the yearly registers; and the documented views report_disclosure_* from which the
-- reporting module computes the annual-report rows 一、二 (2008 table) and section 二 (2019/2021),
-- and the 2008 rows 八、九. Runs unchanged on H2 2.x and PostgreSQL; db/migration/mariadb holds the
-- same schema for MariaDB/MySQL.

create sequence disclosure_item_seq start with 1 increment by 50;
create sequence disclosure_column_seq start with 101 increment by 50;
create sequence disclosure_document_seq start with 1 increment by 50;
create sequence disclosure_interpretation_seq start with 1 increment by 50;
create sequence disclosure_hotspot_seq start with 1 increment by 50;
create sequence disclosure_register_seq start with 1 increment by 50;

-- 政府信息公开 栏目: the sub-columns of the portal's disclosure column (editable by editors).
create table disclosure_column (
    id         bigint       not null primary key,
    code       varchar(32)  not null unique,
    name       varchar(100) not null,
    intro      varchar(2000) not null,
    sort_order integer      not null,
    version    bigint       not null
);
insert into disclosure_column (id, code, name, intro, sort_order, version) values
 (1, 'regulations', '信息公开规定', '政府信息公开的法律、法规、规章和本机关的工作制度。', 1, 0),
 (2, 'guide', '信息公开指南', '本机关政府信息公开的范围、方式、程序和联系方式。', 2, 0),
 (3, 'catalogue', '信息公开目录', '本机关主动公开的政府信息，按主题、体裁、年份分类。', 3, 0),
 (4, 'on-application', '依申请公开', '如何申请公开政府信息，申请表和办理流程。', 4, 0),
 (5, 'annual-reports', '信息公开年报', '本机关历年政府信息公开工作年度报告。', 5, 0),
 (6, 'interpretations', '政策解读', '对本机关出台的重要政策文件的解读。', 6, 0),
 (7, 'normative-documents', '规范性文件', '本机关制发的规章和行政规范性文件。', 7, 0);

-- 政府信息（公开目录条目）: one catalogue entry with its 索引号, unique within the agency.
create table disclosure_item (
    id                bigint        not null primary key,
    agency_id         bigint        not null references agency (id),
    index_number      varchar(64)   not null,
    index_year        integer       not null,
    index_seq         integer       not null,
    title             varchar(300)  not null,
    issuing_body      varchar(200)  not null,
    document_number   varchar(100),
    written_on        date,
    published_on      date,
    topic             varchar(32)   not null,
    genre             varchar(32)   not null,
    column_code       varchar(32)   not null,
    body              varchar(1000000) not null,
    status            varchar(16)   not null,
    withdrawn_on      date,
    withdrawal_reason varchar(500),
    created_at        timestamp(6) with time zone not null,
    updated_at        timestamp(6) with time zone not null,
    version           bigint        not null,
    constraint disclosure_item_index_uk unique (agency_id, index_number)
);
create index disclosure_item_agency_idx on disclosure_item (agency_id, status, published_on);

-- 发布渠道: each channel that carried an item, with its own date and link.
create table disclosure_channel_publication (
    item_id      bigint       not null references disclosure_item (id),
    channel      varchar(16)  not null,
    published_on date         not null,
    link         varchar(500),
    description  varchar(200)
);
create index disclosure_channel_item_idx on disclosure_channel_publication (item_id);
create index disclosure_channel_date_idx on disclosure_channel_publication (published_on);

-- 规章 / 行政规范性文件: issued, amended, abolished; disclosed through an information item.
create table disclosure_document (
    id              bigint       not null primary key,
    agency_id       bigint       not null references agency (id),
    kind            varchar(24)  not null,
    title           varchar(300) not null,
    document_number varchar(100) not null,
    issued_on       date         not null,
    item_id         bigint       references disclosure_item (id),
    amended_on      date,
    amendment_note  varchar(500),
    abolished_on    date,
    created_at      timestamp(6) with time zone not null,
    version         bigint       not null
);
create index disclosure_document_agency_idx on disclosure_document (agency_id, issued_on);

-- 政策解读: an interpretation article, linked to the document it explains.
create table disclosure_interpretation (
    id           bigint       not null primary key,
    agency_id    bigint       not null references agency (id),
    document_id  bigint       references disclosure_document (id),
    item_id      bigint       references disclosure_item (id),
    title        varchar(300) not null,
    form         varchar(16)  not null,
    published_on date         not null,
    created_at   timestamp(6) with time zone not null,
    version      bigint       not null
);
create index disclosure_interpretation_doc_idx on disclosure_interpretation (document_id);

-- 回应关注热点/舆情: a hotspot, however many channels answered it ...
create table disclosure_hotspot (
    id         bigint       not null primary key,
    agency_id  bigint       not null references agency (id),
    subject    varchar(300) not null,
    arose_on   date         not null,
    created_at timestamp(6) with time zone not null,
    version    bigint       not null
);

-- ... and each answer, on its channel and date.
create table disclosure_hotspot_response (
    hotspot_id   bigint       not null references disclosure_hotspot (id),
    channel      varchar(24)  not null,
    responded_on date         not null,
    link         varchar(500),
    description  varchar(200)
);
create index disclosure_hotspot_response_idx on disclosure_hotspot_response (hotspot_id);

-- 年度登记簿: one row per event or fact the annual report counts (a press conference, a batch of
-- licensing decisions, a reading point, a disclosure staff member, a meeting …). person_name is
-- personal data and sized for encryption at rest.
create table disclosure_register_entry (
    id               bigint       not null primary key,
    agency_id        bigint       not null references agency (id),
    kind             varchar(32)  not null,
    occurred_on      date         not null,
    ended_on         date,
    title            varchar(300) not null,
    quantity         integer      not null,
    amount_fen       bigint       not null,
    principal_leader boolean      not null,
    full_time        boolean      not null,
    person_name      varchar(512),
    voided           boolean      not null,
    void_reason      varchar(500),
    created_at       timestamp(6) with time zone not null,
    version          bigint       not null
);
create index disclosure_register_agency_idx on disclosure_register_entry (agency_id, kind, occurred_on);

-- ===================================================================================== views
-- Published for the reporting module. Each has one row per underlying record, its agency_id, and
-- the date that decides the reporting year (take extract(year from <date>)). Counting rules
-- belong to the reader as stated per view; nothing is pre-aggregated.

-- report_disclosure_item_publications: one row per channel publication of an information item that
-- was published (status PUBLISHED, or WITHDRAWN after publication: information already disclosed
-- that year stays counted for that year). Deciding date: published_on of that channel.
--   主动公开政府信息数 (2008 row 一（一）, "不同渠道和方式公开相同信息计1条") for year Y
--       = count(distinct item_id) over the rows with year(published_on) = Y;
--   per channel (2008 rows 一（二）1–5) = count(distinct item_id) over the rows of that channel:
--       GAZETTE 政府公报, WEBSITE 政府网站, WEIBO 政务微博, WECHAT 政务微信, OTHER 其他方式.
--   is_normative_document: the item discloses a 规章/规范性文件 (2008 row 其中：主动公开规范性文件数).
create view report_disclosure_item_publications as
select i.agency_id, i.id as item_id, p.channel, p.published_on,
       case when exists (select 1 from disclosure_document d where d.item_id = i.id) then true else false end
           as is_normative_document,
       i.status as item_status
from disclosure_item i
join disclosure_channel_publication p on p.item_id = i.id
where i.status in ('PUBLISHED', 'WITHDRAWN');

-- report_disclosure_normative_documents: one row per 规章 (kind RULE) or 行政规范性文件 (kind
-- NORMATIVE_DOCUMENT). Dates: issued_on (制发, 2008 row 制发规范性文件总数, 2021 本年制发件数,
-- 2019 本年新制作数量), disclosed_on = first channel publication of its item (2019 本年新公开数量;
-- null when not disclosed), abolished_on (2021 本年废止件数), amended_on (last amendment).
-- In force at date D (2021 现行有效件数 at 31 Dec, 2019 对外公开总数量 with disclosed_on <= D):
--   issued_on <= D and (abolished_on is null or abolished_on > D).
create view report_disclosure_normative_documents as
select d.agency_id, d.id as document_id, d.kind, d.issued_on, d.amended_on, d.abolished_on,
       (select min(p.published_on) from disclosure_channel_publication p join disclosure_item i on i.id = p.item_id
         where p.item_id = d.item_id and i.status in ('PUBLISHED', 'WITHDRAWN')) as disclosed_on
from disclosure_document d;

-- report_disclosure_interpretations: one row per 政策解读 article; deciding date published_on.
--   2008 row 二（二）3 政策解读稿件发布数 (篇) = count(*) in the year.
create view report_disclosure_interpretations as
select x.agency_id, x.id as interpretation_id, x.document_id, x.form, x.published_on
from disclosure_interpretation x;

-- report_disclosure_hotspot_responses: one row per answer to a hotspot; deciding date responded_on.
--   2008 row 二（一） 回应公众关注热点或重大舆情数 ("不同方式回应同一热点或舆情计1次")
--       = count(distinct hotspot_id) in the year;
--   row 二（二）4 微博微信回应事件数 = count(distinct hotspot_id) with channel in ('WEIBO','WECHAT');
--   row 二（二）5 其他方式回应事件数 = count(distinct hotspot_id) with channel = 'OTHER'.
--   (WEBSITE and MEDIA answers count in 二（一） only; press conferences and interviews are in the register.)
create view report_disclosure_hotspot_responses as
select h.agency_id, h.id as hotspot_id, r.channel, r.responded_on
from disclosure_hotspot h
join disclosure_hotspot_response r on r.hotspot_id = h.id;

-- report_disclosure_register: one row per register entry that was not voided; deciding date
-- occurred_on (ended_on closes a standing fact). By kind:
--   PRESS_CONFERENCE   2008 二（二）1 count(*); principal_leader: 其中 主要负责同志参加.
--   ONLINE_INTERVIEW   2008 二（二）2 count(*); principal_leader likewise.
--   LICENSING          2021 2-2 行政许可 本年处理决定数量 = sum(quantity).
--   PENALTY            2021 2-3 行政处罚 = sum(quantity).   COERCION  2021 2-3 行政强制 = sum(quantity).
--   FEES               2021 2-4 行政事业性收费 本年收费金额 = sum(amount_fen) / 1 000 000 万元.
--   PROCUREMENT        2019 政府集中采购: 采购项目数量 = sum(quantity), 采购总金额 = sum(amount_fen).
--   NPC_SUGGESTION / CPPCC_PROPOSAL  人大代表建议 / 政协提案 handled: count(*), quantity = items in the entry.
--   DISCLOSURE_OFFICE  2008 八（一） 专门机构数: standing on 31 Dec (occurred_on <= D and (ended_on is null or ended_on > D)).
--   READING_POINT      2008 八（二） 查阅点数: standing on 31 Dec, as above.
--   STAFF              2008 八（三） 工作人员数: standing on 31 Dec; full_time true → 专职, false → 兼职.
--   SPECIAL_BUDGET     2008 八（四） 专项经费 = sum(amount_fen) / 1 000 000 万元.
--   MEETING            2008 九（一） 会议数 = count(*).
--   TRAINING_HELD      2008 九（二） 举办培训班数 = count(*); quantity = its trainees from this agency.
--   TRAINING_ATTENDED  training held by others; quantity = this agency's trainees.
--                      2008 九（三） 接受培训人员数 = sum(quantity) over TRAINING_HELD and TRAINING_ATTENDED.
create view report_disclosure_register as
select e.agency_id, e.id as entry_id, e.kind, e.occurred_on, e.ended_on, e.quantity, e.amount_fen,
       e.principal_leader, e.full_time
from disclosure_register_entry e
where e.voided = false;
