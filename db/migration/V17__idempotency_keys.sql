-- One table for every POST that takes an Idempotency-Key (docs/api.md, dev.focal.idempotency). A row is written
-- in the same transaction as the work it guards, so it only ever becomes visible completed: with the answer to
-- repeat. A concurrent request with the same key waits on the primary key until the first commits (then it
-- repeats the stored answer) or rolls back (then it does the work itself). Rows older than the retention
-- (focal.idempotency.retention, 24 h) are taken over by a new request and swept by a recurring job.
create table idempotency_key (
    scope            varchar(120) not null,
    request_key      varchar(100) not null,
    operation        varchar(300) not null,
    request_hash     char(64)     not null,
    response_status  smallint     check (response_status between 200 and 299),
    response_headers text,
    response_body    bytea,
    created_at       timestamptz  not null,
    completed_at     timestamptz,
    primary key (scope, request_key),
    check ((completed_at is null) = (response_status is null))
);
create index idempotency_key_created_idx on idempotency_key (created_at);

-- POST /api/v1/me/rx now keeps its keys in idempotency_key; V12's column is no longer read or written.
drop index prescription_request_key_idx;
alter table prescription drop column request_key;
