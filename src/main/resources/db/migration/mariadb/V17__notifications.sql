-- 告知 (notifications): what a citizen asked to be told by (e-mail, SMS, WeChat), each agency's own
-- message wording, and the outbox — one row per message and channel, written in the transaction of the
-- step it tells about, delivered by a worker with retries; each try recorded.
create table notify_subscription (
    id          bigint auto_increment primary key,
    subject     varchar(80)                 not null unique,
    agency_id   bigint                      not null,
    email       varchar(1200),
    phone       varchar(512),
    wechat      varchar(1200),
    channels    varchar(64)                 not null,
    created_at  datetime(6) not null
);

create table notify_template (
    agency_id   bigint                      not null references agency (id),
    step        varchar(40)                 not null,
    title_text  varchar(200)                not null,
    body_text   varchar(2000)               not null,
    updated_at  datetime(6) not null,
    updated_by  varchar(64)                 not null,
    primary key (agency_id, step)
);

create table notification (
    id              bigint auto_increment primary key,
    subject         varchar(80)                 not null,
    agency_id       bigint                      not null,
    tracking_code   varchar(64)                 not null,
    step            varchar(40)                 not null,
    channel         varchar(16)                 not null,
    recipient       varchar(1200),
    title           varchar(200)                not null,
    body            varchar(4000)               not null,
    state           varchar(16)                 not null,
    attempts        integer                     not null,
    next_attempt_at datetime(6) not null,
    claimed_by      varchar(100),
    claimed_until   datetime(6),
    created_at      datetime(6) not null,
    sent_at         datetime(6),
    last_error      varchar(500)
);
create index notification_due_idx on notification (state, next_attempt_at);
create index notification_subject_idx on notification (subject);

create table notification_attempt (
    id              bigint auto_increment primary key,
    notification_id bigint                      not null references notification (id),
    attempted_at    datetime(6) not null,
    node            varchar(100)                not null,
    succeeded       boolean                     not null,
    error           varchar(500)
);
create index notification_attempt_idx on notification_attempt (notification_id);
