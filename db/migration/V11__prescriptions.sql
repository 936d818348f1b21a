-- Prescriptions (customers context): wearers on an account, prescriptions with insert-only versions, their
-- documents, and the expiry policy per jurisdiction. See docs/prescriptions.md and docs/adr/0012.
--
-- The prescription values (the Rx, prescriber, notes) live only in prescription_version.sealed: AES-256-GCM
-- ciphertext (12-byte nonce + ciphertext + tag) under the key named by key_id. Documents are encrypted files
-- under <data-dir>/rx-documents; prescription_document holds their metadata.

-- How long a prescription is valid when the expiry is not written on it. Jurisdictions are ISO 3166 codes,
-- optionally with a subdivision ('US-CA'); a subdivision without its own row falls back to its country.
create table rx_expiry_policy (
    jurisdiction varchar(10) not null check (jurisdiction ~ '^[A-Z]{2}(-[A-Z0-9]{1,3})?$'),
    kind         varchar(20) not null check (kind in ('SPECTACLES', 'CONTACT_LENSES')),
    months       integer     not null check (months between 1 and 120),
    basis        text        not null,
    primary key (jurisdiction, kind)
);

insert into rx_expiry_policy (jurisdiction, kind, months, basis) values
    ('US',    'SPECTACLES',     24, 'Typical state rule: 1 to 2 years; Focal default 2 years'),
    ('US',    'CONTACT_LENSES', 12, '15 USC 7604: at least 1 year unless the prescriber documents a medical reason'),
    ('US-CA', 'SPECTACLES',     24, 'California: at least 2 years unless the prescriber documents a reason'),
    ('US-CA', 'CONTACT_LENSES', 12, '15 USC 7604'),
    ('US-FL', 'SPECTACLES',     24, 'Florida: 2 years'),
    ('US-TX', 'SPECTACLES',     12, 'Texas: at least 1 year unless the prescriber documents a reason'),
    ('US-NY', 'SPECTACLES',     12, 'New York: 1 year is common practice'),
    ('DE',    'SPECTACLES',     24, 'No statutory expiry; opticians re-measure after about 2 years'),
    ('DE',    'CONTACT_LENSES', 12, 'Annual follow-up recommended'),
    ('GB',    'SPECTACLES',     24, 'Sight test recommended every 2 years (NHS)'),
    ('GB',    'CONTACT_LENSES', 12, 'Opticians Act 1989: specification valid for the period the prescriber states, usually 1 year'),
    ('CA',    'SPECTACLES',     24, 'Provincial practice: 2 years'),
    ('CA',    'CONTACT_LENSES', 12, 'Provincial practice: 1 year');

-- Who a prescription is for: the account holder (one per customer, created on first use) or a family member.
create table customer_wearer (
    id             uuid primary key,
    customer_id    uuid         not null references customer (id) on delete cascade,
    name           varchar(200) not null check (length(trim(name)) > 0),
    birth_date     date,
    account_holder boolean      not null,
    created_at     timestamptz  not null,
    created_by     varchar(200) not null
);
create index customer_wearer_customer_idx on customer_wearer (customer_id);
create unique index customer_wearer_one_holder on customer_wearer (customer_id) where account_holder;

-- The prescription: what stays the same across its versions, plus the current version's status (for the
-- verification queue and counts) and the optimistic lock every amendment, verification and rejection names.
create table prescription (
    id              uuid primary key,
    customer_id     uuid        not null references customer (id) on delete cascade,
    kind            varchar(20) not null check (kind in ('SPECTACLES', 'CONTACT_LENSES')),
    current_version integer     not null check (current_version >= 1),
    status          varchar(30) not null check (status in ('UNVERIFIED', 'AWAITING_VERIFICATION', 'VERIFIED',
                                                           'REJECTED')),
    status_since    timestamptz not null,
    created_at      timestamptz not null,
    lock_version    bigint      not null default 0 check (lock_version >= 0)
);
create index prescription_customer_idx on prescription (customer_id);
create index prescription_awaiting_idx on prescription (status_since) where status = 'AWAITING_VERIFICATION';

-- One row per version; a version never changes (trigger below). Version 1 is the first entry.
create table prescription_version (
    prescription_id    uuid         not null references prescription (id) on delete cascade,
    version            integer      not null check (version >= 1),
    wearer_id          uuid         not null references customer_wearer (id),
    issued_on          date         not null,
    expires_on         date         not null check (expires_on > issued_on),
    expiry_from_policy boolean      not null,
    policy_jurisdiction varchar(10),
    source             varchar(30)  not null check (source in ('CUSTOMER_ENTERED', 'UPLOADED_DOCUMENT',
                                                               'STAFF_ENTERED', 'VERIFIED_WITH_PRESCRIBER')),
    status             varchar(30)  not null check (status in ('UNVERIFIED', 'AWAITING_VERIFICATION', 'VERIFIED',
                                                               'REJECTED')),
    has_values         boolean      not null,
    verified_by        varchar(200),
    verified_at        timestamptz,
    rejection_reason   varchar(500),
    key_id             varchar(16)  not null,
    sealed             bytea        not null check (length(sealed) > 28),
    created_at         timestamptz  not null,
    created_by         varchar(200) not null,
    primary key (prescription_id, version),
    check (status <> 'VERIFIED' or (verified_by is not null and verified_at is not null and has_values)),
    check (status <> 'REJECTED' or length(trim(rejection_reason)) > 0),
    check (expiry_from_policy = (policy_jurisdiction is not null))
);

create function prescription_version_is_insert_only() returns trigger language plpgsql as $$
begin
    raise exception 'prescription versions are insert-only: % is not allowed', tg_op
        using errcode = 'insufficient_privilege';
end
$$;
create trigger prescription_version_no_update
    before update on prescription_version
    for each row execute function prescription_version_is_insert_only();

-- Uploaded documents: encrypted files under <data-dir>/rx-documents/<id>; the content type is what the bytes
-- are (sniffed), not what the upload claimed. sha256 is of the plain content, checked on every read.
create table prescription_document (
    id               uuid primary key,
    prescription_id  uuid         not null references prescription (id) on delete cascade,
    customer_id      uuid         not null references customer (id) on delete cascade,
    attached_version integer      not null check (attached_version >= 1),
    file_name        varchar(255) not null check (length(trim(file_name)) > 0),
    content_type     varchar(40)  not null check (content_type in ('application/pdf', 'image/jpeg', 'image/png')),
    size_bytes       bigint       not null check (size_bytes > 0 and size_bytes <= 10485760),
    sha256           char(64)     not null,
    key_id           varchar(16)  not null,
    uploaded_at      timestamptz  not null,
    uploaded_by      varchar(200) not null
);
create index prescription_document_prescription_idx on prescription_document (prescription_id);
