-- Foundation: audit trail, staff identity, customers, message log, remember-me tokens and the
-- Spring Modulith event publication registry (our transactional outbox, see docs/adr/0004).
-- JobRunr creates and migrates its own jobrunr_* tables.

-- audit --------------------------------------------------------------------------------------------
create table audit_entry (
    id             uuid primary key,
    occurred_at    timestamptz  not null,
    actor          varchar(200) not null,
    action         varchar(60)  not null,
    target_type    varchar(60),
    target_id      varchar(100),
    details        text,
    remote_address varchar(64),
    correlation_id varchar(64)
);
create index audit_entry_occurred_at_idx on audit_entry (occurred_at desc);
create index audit_entry_actor_idx on audit_entry (lower(actor), occurred_at desc);
create index audit_entry_action_idx on audit_entry (action, occurred_at desc);

create function audit_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit entries are append-only: % is not allowed', tg_op
        using errcode = 'insufficient_privilege';
end
$$;
create trigger audit_entry_no_update_or_delete
    before update or delete on audit_entry
    for each row execute function audit_entry_is_append_only();
create trigger audit_entry_no_truncate
    before truncate on audit_entry
    for each statement execute function audit_entry_is_append_only();

-- identity -----------------------------------------------------------------------------------------
create table staff_user (
    id              uuid primary key,
    username        varchar(64)  not null unique check (username = lower(username) and length(username) >= 3),
    display_name    varchar(200) not null check (length(trim(display_name)) > 0),
    password_hash   varchar(200) not null,
    enabled         boolean      not null,
    failed_attempts integer      not null default 0 check (failed_attempts >= 0),
    locked_until    timestamptz,
    last_sign_in_at timestamptz,
    created_at      timestamptz  not null,
    version         bigint       not null default 0
);

create table staff_user_role (
    staff_user_id uuid        not null references staff_user (id) on delete cascade,
    role          varchar(20) not null check (role in ('ADMIN', 'ASSOCIATE', 'OPTICIAN', 'WAREHOUSE', 'BUYER')),
    primary key (staff_user_id, role)
);

-- customers ----------------------------------------------------------------------------------------
create table customer (
    id            uuid primary key,
    email         varchar(254) not null unique check (email = lower(email)),
    full_name     varchar(200) not null check (length(trim(full_name)) > 0),
    password_hash varchar(200) not null,
    enabled       boolean      not null,
    created_at    timestamptz  not null,
    version       bigint       not null default 0
);

create table customer_password_reset (
    token_hash  varchar(64) primary key,
    customer_id uuid        not null references customer (id) on delete cascade,
    created_at  timestamptz not null,
    expires_at  timestamptz not null check (expires_at > created_at),
    used_at     timestamptz
);
create index customer_password_reset_customer_idx on customer_password_reset (customer_id);

-- Spring Security remember-me for storefront customers (PersistentTokenBasedRememberMeServices).
create table persistent_logins (
    username  varchar(254) not null,
    series    varchar(64) primary key,
    token     varchar(64)  not null,
    last_used timestamp    not null
);

-- notifications ------------------------------------------------------------------------------------
create table notification_message (
    id           uuid primary key,
    dedup_key    varchar(300) not null unique,
    kind         varchar(60)  not null,
    recipient    varchar(254) not null,
    subject      varchar(300) not null,
    body_text    text         not null,
    body_html    text,
    status       varchar(20)  not null check (status in ('PENDING', 'SENT', 'LOGGED', 'FAILED')),
    created_at   timestamptz  not null,
    processed_at timestamptz,
    attempts     integer      not null default 0 check (attempts >= 0),
    last_error   text
);
create index notification_message_created_idx on notification_message (created_at desc);
create index notification_message_pending_idx on notification_message (created_at) where status = 'PENDING';

-- Spring Modulith event publication registry (schema of spring-modulith-events-jdbc 2.0, PostgreSQL) ----
create table event_publication (
    id                     uuid                     not null primary key,
    listener_id            text                     not null,
    event_type             text                     not null,
    serialized_event       text                     not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    integer,
    last_resubmission_date timestamp with time zone
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);

create table event_publication_archive (
    id                     uuid                     not null primary key,
    listener_id            text                     not null,
    event_type             text                     not null,
    serialized_event       text                     not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    integer,
    last_resubmission_date timestamp with time zone
);
create index event_publication_archive_serialized_event_hash_idx on event_publication_archive using hash (serialized_event);
create index event_publication_archive_by_completion_date_idx on event_publication_archive (completion_date);
