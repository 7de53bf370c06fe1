-- 年度报告文稿 (issue 6): the annual report Sunshine drafts from its computed table, edited by the report
-- editor (every saved edit a version), reviewed, signed off by the signing leader and published to the
-- portal's 信息公开年报 column. The figures in the text are references to table cells ({{S1_1}},
-- {{R7.总计}}), rendered from the table; at publication the table is frozen into published_table_json.
create sequence report_document_seq start with 1 increment by 50;
create sequence report_document_version_seq start with 1 increment by 50;

create table report_document (
    id                   bigint       not null primary key,
    agency_id            bigint       not null references agency (id),
    reporting_year       integer      not null,
    format_code          varchar(8)   not null,
    status               varchar(16)  not null,
    created_by           varchar(64)  not null,
    created_at           datetime(6)  not null,
    submitted_by         varchar(64),
    signed_by            varchar(64),
    signed_at            datetime(6),
    published_by         varchar(64),
    published_at         datetime(6),
    published_table_json mediumtext,
    version              bigint       not null,
    constraint report_document_agency_year_uq unique (agency_id, reporting_year)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

-- One saved text of a report: its sections as JSON [{"key","title","text"}], numbered from 1.
create table report_document_version (
    id            bigint       not null primary key,
    document_id   bigint       not null references report_document (id),
    version_no    integer      not null,
    sections_json mediumtext   not null,
    edited_by     varchar(64)  not null,
    edited_at     datetime(6)  not null,
    constraint report_document_version_uq unique (document_id, version_no)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;
