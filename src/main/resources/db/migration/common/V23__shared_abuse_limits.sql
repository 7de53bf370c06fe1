-- 防刷 state shared by every node: the limits of the public side count the same however many nodes
-- answer behind the load balancer. Keys are blind indexes (HMAC-SM3 of an address, a phone number,
-- a tracking code, a challenge or a body's digest): nothing personal can be read back. Times are
-- epoch milliseconds (bigint) so that the one conditional update per hit is the same SQL on H2,
-- PostgreSQL and MariaDB. Rows past their time are deleted by a scheduled job (ShedLock).

-- One row per limit and key (ip-burst, ip-hour, phone-day, lookup-ip, lookup-code): a token bucket
-- kept as the instant at which it is full again (the generic cell rate algorithm). A hit is admitted
-- by one update that moves that instant by period / capacity, provided it stays within one period
-- of now; refused hits change nothing.
create table abuse_limit (
    limit_name  varchar(16) not null,
    limit_key   varchar(64) not null,
    refilled_at bigint      not null,
    primary key (limit_name, limit_key)
);
create index abuse_limit_refilled_idx on abuse_limit (refilled_at);

-- What was seen and until when it counts: challenge (a challenge answered once, right or wrong, is
-- used up) and content (a person's filed content, a duplicate within the window).
create table abuse_mark (
    mark_kind  varchar(16) not null,
    mark_key   varchar(64) not null,
    kept_until bigint      not null,
    primary key (mark_kind, mark_key)
);
create index abuse_mark_kept_idx on abuse_mark (kept_until);

-- Idempotency-Key: the answer a client (address + key) got for a body (its digest), sealed with SM4
-- (it holds the query code), for a day.
create table abuse_idempotency (
    client_key  varchar(64)   not null primary key,
    body_digest varchar(64)   not null,
    response    varchar(2000) not null,
    kept_until  bigint        not null
);
create index abuse_idempotency_kept_idx on abuse_idempotency (kept_until);
