-- 机构调整 (region administration): agencies, departments and responsible units are never deleted.
-- An agency has the day it was set up (established_on, null: before any record) and the day it ceased
-- (retired_on, null: still working); an agency merged into another names it (merged_into_id). What an
-- agency was called and where it stood before each change is kept in agency_history: a row holds the
-- name, short name and parent the agency had until valid_until (exclusive), so the tree of any day —
-- and of any report year — can be answered. Records keep the agency_id they were made in.
alter table agency add column established_on date;
alter table agency add column retired_on date;
alter table agency add column merged_into_id bigint;
alter table agency add constraint agency_merged_into_fk foreign key (merged_into_id) references agency (id);

create sequence agency_history_seq start with 1 increment by 50;
create table agency_history (
    id          bigint       not null primary key,
    agency_id   bigint       not null references agency (id),
    name        varchar(100) not null,
    short_name  varchar(50)  not null,
    parent_id   bigint       references agency (id),
    valid_until date         not null
);
create index agency_history_agency_idx on agency_history (agency_id, valid_until);

-- 处室 retire like responsible units: kept for the accounts and records that name them.
alter table department add column active boolean default true not null;

-- 栏目 belong to an agency: null is the region-wide column set, edited only by the top agency's editors.
alter table disclosure_column add column agency_id bigint;
alter table disclosure_column add constraint disclosure_column_agency_fk foreign key (agency_id) references agency (id);
