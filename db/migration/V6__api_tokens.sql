-- Personal API tokens of staff users for /api/v1. Only a SHA-256 hash of a token is stored; the token itself
-- is shown once, when it is created. A token acts with its owner's current roles and stops working when the
-- owner is disabled, when it expires or when it is revoked.
create table api_token (
    id            uuid primary key,
    staff_user_id uuid         not null references staff_user (id) on delete cascade,
    name          varchar(100) not null check (length(trim(name)) > 0),
    token_hash    varchar(64)  not null unique,
    prefix        varchar(16)  not null,
    created_at    timestamptz  not null,
    expires_at    timestamptz,
    last_used_at  timestamptz,
    revoked_at    timestamptz
);
create index api_token_user_idx on api_token (staff_user_id);
