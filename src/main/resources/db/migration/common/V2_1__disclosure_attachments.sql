-- 附件: files attached to information items (allow-listed types, sniffed content, size-limited).
create sequence disclosure_attachment_seq start with 1 increment by 50;
create table disclosure_attachment (
    id         bigint       not null primary key,
    item_id    bigint       not null references disclosure_item (id),
    file_name  varchar(255) not null,
    media_type varchar(100) not null,
    size_bytes bigint       not null,
    sha256     varchar(64)  not null,
    content    bytea        not null,
    created_at timestamp(6) with time zone not null
);
create index disclosure_attachment_item_idx on disclosure_attachment (item_id);
