-- 年度报告发布前的未决事项 (issue 16): a report is published only when complete. What keeps it back — a part
-- left unfilled (（请填写…）), a reference to no cell, a finding of the linter — is resolved in the text or
-- waived by the signing leader; each waiver is kept here (who, when, why) and written to the audit log.
create sequence report_document_waiver_seq start with 1 increment by 50;

create table report_document_waiver (
    id          bigint                      not null primary key,
    document_id bigint                      not null references report_document (id),
    item_key    varchar(200)                not null,
    item_text   varchar(2000)               not null,
    reason      varchar(1000)               not null,
    waived_by   varchar(64)                 not null,
    waived_at   timestamp(6) with time zone not null,
    constraint report_document_waiver_uq unique (document_id, item_key)
);

-- The figures outside the table (message board, petitions, registers, year-on-year) as they stood at
-- publication, frozen with the table.
alter table report_document add column published_figures_json text;
