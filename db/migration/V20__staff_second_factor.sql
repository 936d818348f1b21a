-- Staff second factor (ADR 0018): one TOTP authenticator per staff user, its secret encrypted with AES-GCM
-- (FOCAL_MFA_KEY). A new one waits in pending_secret until confirmed with a first code, then replaces secret.
-- last_used_step keeps an accepted code from being accepted again. Recovery codes are stored as SHA-256 hashes only; each works once.
create table staff_second_factor (
    staff_user_id  uuid        primary key references staff_user (id) on delete cascade,
    secret         bytea,
    pending_secret bytea,
    confirmed_at   timestamptz,
    last_used_step bigint      not null default 0,
    created_at     timestamptz not null
);

create table staff_recovery_code (
    id            uuid        primary key,
    staff_user_id uuid        not null references staff_user (id) on delete cascade,
    code_hash     varchar(64) not null,
    used_at       timestamptz,
    unique (staff_user_id, code_hash)
);
