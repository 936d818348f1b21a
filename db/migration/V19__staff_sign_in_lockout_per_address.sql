-- Staff lockout counts failed sign-ins per user AND client address (docs/adr/0017-throttling-and-lockout.md):
-- five wrong passwords from one address pause that address for that user, not the user everywhere.
create table staff_sign_in_lockout (
    staff_user_id   uuid         not null references staff_user (id) on delete cascade,
    client_address  varchar(64)  not null,
    failed_attempts integer      not null check (failed_attempts > 0),
    locked_until    timestamptz,
    last_failure_at timestamptz  not null,
    primary key (staff_user_id, client_address)
);

create index staff_sign_in_lockout_locked on staff_sign_in_lockout (locked_until) where locked_until is not null;

alter table staff_user drop column failed_attempts;
alter table staff_user drop column locked_until;
