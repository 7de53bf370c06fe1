-- 附件: files attached to information items (MariaDB/MySQL edition of db/migration/common/V2_1).
create sequence disclosure_attachment_seq start with 1 increment by 50;
create table disclosure_attachment (
    id         bigint       not null primary key,
    item_id    bigint       not null references disclosure_item (id),
    file_name  varchar(255) not null,
    media_type varchar(100) not null,
    size_bytes bigint       not null,
    sha256     varchar(64)  not null,
    content    longblob     not null,
    created_at datetime(6)  not null
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;
create index disclosure_attachment_item_idx on disclosure_attachment (item_id);
