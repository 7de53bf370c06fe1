-- Petitions and the leader message board (网上信访 / 领导留言板): MariaDB/MySQL edition of
-- db/migration/common/V4__petitions.sql.

create sequence petition_seq start with 1 increment by 50;
create sequence supervision_order_seq start with 1 increment by 50;
create sequence petition_hearing_seq start with 1 increment by 50;

-- 信访内容分类: an editable tree, with defaults.
create table petition_category (
    code        varchar(32)  not null primary key,
    parent_code varchar(32)  references petition_category (code),
    name        varchar(100) not null,
    sort_order  integer      not null
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

-- 信访事项 / 领导留言. Personal data in their own varchar(512) columns (room for SM4 ciphertext).
create table petition (
    id                   bigint                      not null primary key,
    version              bigint                      not null,
    agency_id            bigint                      not null references agency (id),
    tracking_code        varchar(32)                 not null unique,
    query_code_hash      varchar(64)                 not null,
    channel              varchar(20)                 not null,
    status               varchar(24)                 not null,
    review_level         varchar(16)                 not null,
    previous_id          bigint                      references petition (id),
    category_code        varchar(32)                 not null references petition_category (code),
    title                varchar(200)                not null,
    content              mediumtext              not null,
    petitioner_name      varchar(512)                not null,
    id_number            varchar(512),
    phone                varchar(512),
    address              varchar(512),
    visitors             integer                     not null,
    received_on          date                        not null,
    received_at          datetime(6) not null,
    acceptance_due       date                        not null,
    accepted_on          date,
    unit_id              bigint                      references responsible_unit (id),
    unit_name            varchar(100),
    assigned_on          date,
    due_on               date,
    completion_due       date,
    extension_days       integer                     not null,
    refusal_reason       varchar(1000),
    transferred_to       varchar(100),
    draft_reply          mediumtext,
    reply                mediumtext,
    public_reply         mediumtext,
    published            boolean                     not null,
    answered_on          date,
    answered_on_time     boolean,
    rating               varchar(24),
    rated_on             date,
    next_level_requested boolean                     not null,
    archived_on          date
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;
create index petition_agency_received_idx on petition (agency_id, received_on);
create index petition_status_due_idx on petition (status, due_on);
create index petition_received_idx on petition (received_on);

-- The petition's file: one row per action.
create table petition_step (
    petition_id        bigint                      not null references petition (id),
    seq                integer                     not null,
    occurred_at        datetime(6) not null,
    step               varchar(24)                 not null,
    action             varchar(32)                 not null,
    actor              varchar(64)                 not null,
    note               varchar(1000),
    due_on             date,
    visible_to_citizen boolean                     not null,
    primary key (petition_id, seq)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

-- 督办: a supervision order with its own deadline and the answer.
create table supervision_order (
    id          bigint                      not null primary key,
    petition_id bigint                      not null references petition (id),
    agency_id   bigint                      not null references agency (id),
    issued_by   varchar(64)                 not null,
    issued_at   datetime(6) not null,
    instruction varchar(2000)               not null,
    due_on      date                        not null,
    answer      varchar(2000),
    answered_by varchar(64),
    answered_on date
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;
create index supervision_order_petition_idx on supervision_order (petition_id);

-- 听证: a hearing with its participants and result (hearing time is not counted in 复核, 第三十六条).
create table petition_hearing (
    id           bigint        not null primary key,
    petition_id  bigint        not null references petition (id),
    agency_id    bigint        not null references agency (id),
    held_on      date          not null,
    participants varchar(2000) not null,
    result       varchar(2000) not null,
    recorded_by  varchar(64)   not null
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

-- 附件: files the citizen or the registrar attached (at most 3 per petition, 1 MB each).
create sequence petition_attachment_seq start with 1 increment by 50;
create table petition_attachment (
    id           bigint                      not null primary key,
    petition_id  bigint                      not null references petition (id),
    file_name    varchar(200)                not null,
    content_type varchar(100)                not null,
    size_bytes   bigint                      not null,
    content      mediumblob                  not null,
    uploaded_at  datetime(6) not null
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;
create index petition_attachment_petition_idx on petition_attachment (petition_id);

insert into petition_category (code, parent_code, name, sort_order) values
    ('URBAN', null, '城乡建设', 1),
    ('LABOUR', null, '劳动和社会保障', 2),
    ('LAND', null, '国土资源', 3),
    ('RURAL', null, '农村农业', 4),
    ('LAW', null, '政法', 5),
    ('HEALTH', null, '卫生健康', 6),
    ('EDUCATION', null, '教育文体', 7),
    ('CIVIL', null, '民政', 8),
    ('ENVIRONMENT', null, '环境保护', 9),
    ('OTHER', null, '其他', 10);
insert into petition_category (code, parent_code, name, sort_order) values
    ('URBAN_DEMOLITION', 'URBAN', '征地拆迁', 11),
    ('URBAN_HOUSING', 'URBAN', '住房保障与物业', 12),
    ('URBAN_WAGES', 'URBAN', '拖欠农民工工资', 13),
    ('LABOUR_PENSION', 'LABOUR', '养老保险', 14),
    ('LABOUR_DISPUTE', 'LABOUR', '劳动争议', 15),
    ('LAND_CONTRACT', 'LAND', '土地承包', 16),
    ('RURAL_SUBSIDY', 'RURAL', '惠农补贴', 17),
    ('LAW_POLICE', 'LAW', '公安执法', 18),
    ('HEALTH_MEDICAL', 'HEALTH', '医疗纠纷', 19),
    ('EDUCATION_SCHOOL', 'EDUCATION', '入学与教师待遇', 20),
    ('CIVIL_ASSISTANCE', 'CIVIL', '低保与社会救助', 21),
    ('ENVIRONMENT_POLLUTION', 'ENVIRONMENT', '环境污染', 22),
    ('OTHER_CONSULT', 'OTHER', '政策咨询', 23),
    ('OTHER_SUGGESTION', 'OTHER', '意见建议', 24);

-- Views for analysis and reporting (the reporting module reads only these).

-- report_petitions_items: one row per petition, no personal data. answered_on is the day of the reply
-- or of the notice of refusal/forwarding; online is true for 网上投诉, 领导留言板 and 手机/微信.
create view report_petitions_items as
select p.id as petition_id, p.agency_id, a.code as agency_code, a.parent_id as parent_agency_id,
       p.channel, case when p.channel in ('ONLINE_COMPLAINT', 'MESSAGE_BOARD', 'MOBILE') then 1 else 0 end as online,
       p.category_code, p.review_level, p.status, p.received_on, p.accepted_on, p.unit_id, p.unit_name,
       p.answered_on, p.answered_on_time, p.rating, p.visitors,
       case when p.channel = 'VISIT' and p.visitors >= 5 then 1 else 0 end as group_visit
from petition p join agency a on a.id = p.agency_id;

-- report_petitions_monthly: received, answered (in the same month or later), on time, rated and
-- satisfied items per agency, month of receipt and channel.
create view report_petitions_monthly as
select p.agency_id, a.code as agency_code,
       extract(year from p.received_on) as received_year, extract(month from p.received_on) as received_month,
       p.channel,
       count(*) as received,
       sum(case when p.answered_on is not null then 1 else 0 end) as answered,
       sum(case when p.answered_on_time = true then 1 else 0 end) as answered_on_time,
       sum(case when p.rating is not null then 1 else 0 end) as rated,
       sum(case when p.rating in ('SATISFIED', 'BASICALLY_SATISFIED') then 1 else 0 end) as satisfied
from petition p join agency a on a.id = p.agency_id
group by p.agency_id, a.code, extract(year from p.received_on), extract(month from p.received_on), p.channel;

-- report_petitions_board: the published message-board replies, personal data removed.
create view report_petitions_board as
select p.id as petition_id, p.agency_id, a.code as agency_code, p.tracking_code, p.title, p.category_code,
       p.received_on, p.answered_on, p.public_reply
from petition p join agency a on a.id = p.agency_id
where p.channel = 'MESSAGE_BOARD' and p.published = true;
