-- Sessions end when an account's access changes (ADR 0016). Each signed-in session remembers the
-- session_version its account had at sign-in; a request whose session carries an older number is signed out.
-- Staff: bumped when the account is disabled, its roles change or its password is reset or changed.
-- Customers: bumped when the password is reset (remember-me tokens are deleted at the same time).
alter table staff_user add column session_version bigint not null default 0 check (session_version >= 0);
alter table customer add column session_version bigint not null default 0 check (session_version >= 0);

-- The longest an API token may live, set by an admin. One row. A token older than this stops working even if it
-- was created with a longer (or no) expiry, so lowering the limit applies to existing tokens at once.
create table api_token_policy (
    id                boolean primary key default true check (id),
    max_lifetime_days integer     not null check (max_lifetime_days between 1 and 3650),
    updated_at        timestamptz,
    updated_by        varchar(64)
);
insert into api_token_policy (id, max_lifetime_days) values (true, 90);
