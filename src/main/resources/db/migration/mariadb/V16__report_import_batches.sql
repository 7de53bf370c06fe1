-- 批量导入: many published reports imported at once, with the progress the console shows while the
-- batch runs and what could not be read.
create sequence report_import_batch_seq start with 1 increment by 50;

create table report_import_batch (
    id           bigint      not null primary key,
    agency_id    bigint      not null references agency (id),
    started_by   varchar(64) not null,
    started_at   datetime(6) not null,
    finished_at  datetime(6),
    moved_at     datetime(6) not null,
    total        integer     not null,
    done         integer     not null,
    failed       integer     not null,
    skipped_json text        not null
);
create index report_import_batch_agency_idx on report_import_batch (agency_id, started_at);

alter table report_import add column batch_id bigint references report_import_batch (id);
create index report_import_batch_idx on report_import (batch_id);
