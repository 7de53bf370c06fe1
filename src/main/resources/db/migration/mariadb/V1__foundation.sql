-- Sunshine foundation schema (MariaDB/MySQL edition of db/migration/common/V1): agencies and staff, the working-day calendar, the audit chain,
-- and the Spring Modulith event publication registry. Runs unchanged on H2 2.x and PostgreSQL;
-- db/migration/mariadb holds the same schema for MariaDB/MySQL.

create sequence agency_seq start with 1 increment by 50;
create sequence department_seq start with 1 increment by 50;
create sequence responsible_unit_seq start with 1 increment by 50;
create sequence staff_account_seq start with 1 increment by 50;

-- 机关: the region's bureau, the city bureaus and the county bureaus under them.
create table agency (
    id            bigint       not null primary key,
    code          varchar(32)  not null unique,
    name          varchar(100) not null,
    short_name    varchar(50)  not null,
    agency_level  varchar(16)  not null,
    division_code varchar(6)   not null,
    parent_id     bigint       references agency (id),
    sort_order    integer      not null
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;
create index agency_parent_idx on agency (parent_id);

-- 处室: internal departments of an agency.
create table department (
    id         bigint       not null primary key,
    agency_id  bigint       not null references agency (id),
    name       varchar(100) not null,
    sort_order integer      not null,
    constraint department_name_uk unique (agency_id, name)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

-- 承办单位: the bodies an agency assigns petitions and messages to.
create table responsible_unit (
    id         bigint       not null primary key,
    agency_id  bigint       not null references agency (id),
    name       varchar(100) not null,
    active     boolean      not null,
    sort_order integer      not null,
    constraint responsible_unit_name_uk unique (agency_id, name)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table staff_account (
    id                  bigint                   not null primary key,
    username            varchar(64)              not null unique,
    display_name        varchar(64)              not null,
    agency_id           bigint                   not null references agency (id),
    department_id       bigint                   references department (id),
    password_hash       varchar(200)             not null,
    enabled             boolean                  not null,
    failed_attempts     integer                  not null,
    locked_until        datetime(6),
    password_changed_at datetime(6) not null,
    created_at          datetime(6) not null,
    version             bigint                   not null
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;
create index staff_account_agency_idx on staff_account (agency_id);

create table staff_role (
    staff_id bigint      not null references staff_account (id),
    role     varchar(32) not null,
    primary key (staff_id, role)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

-- 工作日历: one row per year whose State Council holiday notice is loaded ...
create table calendar_year (
    year_number     integer                  not null primary key,
    notice     varchar(500),
    updated_at datetime(6) not null,
    updated_by varchar(64)              not null
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

-- ... and one row per day that departs from the Monday-to-Friday rule.
create table calendar_day (
    day_date   date        not null primary key,
    year_number  integer     not null references calendar_year (year_number),
    kind    varchar(8)  not null,
    holiday varchar(40) not null
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;
create index calendar_day_year_idx on calendar_day (year_number);

-- 审计日志: append-only; each entry carries the SM3 hash of its predecessor.
create table audit_entry (
    seq          bigint                   not null primary key,
    occurred_at  datetime(6) not null,
    actor        varchar(64)              not null,
    actor_agency varchar(32),
    action       varchar(64)              not null,
    subject      varchar(200)             not null,
    detail       varchar(2000)            not null,
    remote_addr  varchar(64),
    prev_hash    varchar(64)              not null,
    hash         varchar(64)              not null
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;
create index audit_entry_time_idx on audit_entry (occurred_at);

-- The chain's head: locked for every append, so entries are numbered without gaps.
create table audit_head (
    id        integer     not null primary key,
    last_seq  bigint      not null,
    last_hash varchar(64) not null
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;
insert into audit_head (id, last_seq, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

create table event_publication (
    id                     uuid not null primary key,
    listener_id            varchar(512)             not null,
    event_type             varchar(512)             not null,
    serialized_event       mediumtext          not null,
    publication_date       datetime(6) not null,
    completion_date        datetime(6),
    status                 varchar(20),
    completion_attempts    integer                  not null,
    last_resubmission_date datetime(6)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;
create index event_publication_completion_idx on event_publication (completion_date);
