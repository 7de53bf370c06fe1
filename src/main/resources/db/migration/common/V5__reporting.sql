-- 年度报告导入与核查: published annual reports read by Sunshine, and what the linter found in them.
create sequence report_import_seq start with 1 increment by 50;
create sequence report_finding_seq start with 1 increment by 50;

-- One published report as imported: its text, the table read from it, the cells left unread.
create table report_import (
    id             bigint                      not null primary key,
    agency_id      bigint                      not null references agency (id),
    imported_by    varchar(64)                 not null,
    imported_at    timestamp(6) with time zone not null,
    source_name    varchar(255)                not null,
    report_agency  varchar(255),
    report_agency_code varchar(32),
    reporting_year integer,
    format_code    varchar(8)                  not null,
    mixed_format   boolean                     not null,
    source_text    text                        not null,
    table_json     text                        not null,
    unread_json    text                        not null,
    cell_count     integer                     not null,
    unread_count   integer                     not null,
    version        bigint                      not null
);
create index report_import_agency_idx on report_import (agency_id, imported_at);

-- 核查发现: one finding of the linter, and what a reviewer decided about it.
create table report_finding (
    id            bigint                      not null primary key,
    import_id     bigint                      not null references report_import (id),
    sort_order    integer                     not null,
    rule_id       varchar(64)                 not null,
    severity      varchar(16)                 not null,
    message       varchar(4000)               not null,
    row_ids       varchar(500)                not null,
    column_label  varchar(64),
    table_value   numeric(20, 4),
    other_value   numeric(20, 4),
    sentence      varchar(4000),
    status        varchar(16)                 not null,
    status_reason varchar(1000),
    decided_by    varchar(64),
    decided_at    timestamp(6) with time zone
);
create index report_finding_import_idx on report_finding (import_id);
