-- 政务舆情: the agency's public-opinion events — collected (entered by staff or read from a feed the agency
-- configured), assessed (研判), responded to on one or more channels, and evaluated (评估) — and the feeds.
-- A responded event answers a hotspot of the disclosure module (disclosure_hotspot, its hotspot_id): the
-- annual table counts it there, once however many channels answered it, and nowhere else.
-- Runs unchanged on H2 2.x and PostgreSQL; db/migration/mariadb holds the same schema for MariaDB/MySQL.

create sequence opinion_event_seq start with 1 increment by 50;
create sequence opinion_feed_seq start with 1 increment by 50;

-- 舆情来源: an RSS or Atom feed on the agency's network, read by the scheduled poller.
create table opinion_feed (
    id             bigint        not null primary key,
    agency_id      bigint        not null references agency (id),
    name           varchar(100)  not null,
    url            varchar(500)  not null,
    active         boolean       not null,
    created_at     timestamp(6) with time zone not null,
    created_by     varchar(64)   not null,
    last_polled_at timestamp(6) with time zone,
    last_error     varchar(300),
    version        bigint        not null
);
create index opinion_feed_agency_idx on opinion_feed (agency_id);

-- 舆情事件. entry_key is the feed entry's id (or link): an entry is collected once per agency.
create table opinion_event (
    id                 bigint        not null primary key,
    agency_id          bigint        not null references agency (id),
    title              varchar(300)  not null,
    summary            varchar(2000),
    origin             varchar(16)   not null,
    feed_id            bigint        references opinion_feed (id),
    entry_key          varchar(500),
    source_link        varchar(500),
    noticed_on         date          not null,
    status             varchar(16)   not null,
    severity           varchar(24),
    topic              varchar(100),
    agencies_concerned varchar(300),
    assessed_by        varchar(64),
    hotspot_id         bigint        references disclosure_hotspot (id),
    effect             varchar(16),
    closing_note       varchar(1000),
    created_at         timestamp(6) with time zone not null,
    created_by         varchar(64)   not null,
    version            bigint        not null
);
create index opinion_event_agency_idx on opinion_event (agency_id, status);
create unique index opinion_event_entry_idx on opinion_event (agency_id, entry_key);

-- Each response, on its channel and date (the same answer is written to the hotspot's responses).
create table opinion_event_response (
    event_id     bigint        not null references opinion_event (id),
    seq          integer       not null,
    channel      varchar(24)   not null,
    responded_on date          not null,
    link         varchar(500),
    summary      varchar(200)  not null,
    recorded_by  varchar(64)   not null,
    recorded_at  timestamp(6) with time zone not null,
    primary key (event_id, seq)
);

-- The event's file: every step, when, by whom, with its note.
create table opinion_event_step (
    event_id bigint        not null references opinion_event (id),
    seq      integer       not null,
    action   varchar(24)   not null,
    taken_at timestamp(6) with time zone not null,
    actor    varchar(64)   not null,
    note     varchar(1000),
    primary key (event_id, seq)
);
