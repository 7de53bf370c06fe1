-- Hibernate Search's outbox-polling coordination: with several nodes, every change to an indexed
-- entity is written here in the same transaction, and each node's agent applies it to its own
-- index. Used when hibernate.search.coordination.strategy=outbox-polling (see docs/deployment.md);
-- the tables stay empty otherwise. MariaDB/MySQL edition.
create table hsearch_agent (
    id                   uuid                        not null primary key,
    type                 varchar(255)                not null,
    name                 varchar(255)                not null,
    expiration           datetime(6) not null,
    state                varchar(255)                not null,
    total_shard_count    integer,
    assigned_shard_index integer,
    tenant_id            varchar(255),
    payload              longblob
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;

create table hsearch_outbox_event (
    id             uuid                        not null primary key,
    entity_name    varchar(256)                not null,
    entity_id      varchar(256)                not null,
    entity_id_hash integer                     not null,
    payload        longblob     not null,
    retries        integer                     not null,
    process_after  datetime(6) not null,
    status         varchar(255)                not null,
    tenant_id      varchar(255)
) engine=InnoDB default charset=utf8mb4 collate=utf8mb4_unicode_ci;
create index hsearch_outbox_event_process_idx on hsearch_outbox_event (process_after, entity_id_hash);
