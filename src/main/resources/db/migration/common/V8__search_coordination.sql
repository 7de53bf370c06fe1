-- Hibernate Search's outbox-polling coordination: with several nodes, every change to an indexed
-- entity is written here in the same transaction, and each node's agent applies it to its own
-- index. Used when hibernate.search.coordination.strategy=outbox-polling (see docs/deployment.md);
-- the tables stay empty otherwise. ${blobType} is blob on H2 and bytea on PostgreSQL.
create table hsearch_agent (
    id                   uuid                        not null primary key,
    type                 varchar(255)                not null,
    name                 varchar(255)                not null,
    expiration           timestamp(6) with time zone not null,
    state                varchar(255)                not null,
    total_shard_count    integer,
    assigned_shard_index integer,
    tenant_id            varchar(255),
    payload              ${blobType}
);

create table hsearch_outbox_event (
    id             uuid                        not null primary key,
    entity_name    varchar(256)                not null,
    entity_id      varchar(256)                not null,
    entity_id_hash integer                     not null,
    payload        ${blobType}                 not null,
    retries        integer                     not null,
    process_after  timestamp(6) with time zone not null,
    status         varchar(255)                not null,
    tenant_id      varchar(255)
);
create index hsearch_outbox_event_process_idx on hsearch_outbox_event (process_after, entity_id_hash);
