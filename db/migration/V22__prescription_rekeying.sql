-- Key rotation for prescriptions (ADR 0020). Versions stay insert-only, except that the key rotation job may
-- re-encrypt one: an update that changes nothing but key_id and sealed. Any other change is still refused.
create function prescription_version_only_rekeyed() returns trigger language plpgsql as $$
begin
    if (to_jsonb(new) - 'key_id' - 'sealed') is distinct from (to_jsonb(old) - 'key_id' - 'sealed') then
        raise exception 'prescription versions are insert-only: only a re-encryption (key_id, sealed) may change one'
            using errcode = 'insufficient_privilege';
    end if;
    return new;
end
$$;
drop trigger prescription_version_no_update on prescription_version;
create trigger prescription_version_no_update
    before update on prescription_version
    for each row execute function prescription_version_only_rekeyed();

-- One row per re-encryption run: what it moves to, how far it got and where to go on after a restart (the cursors:
-- the last version and the last document done). At most one run is open at a time.
create table rx_rekey_run (
    id                     uuid primary key,
    target_key_id          varchar(16)  not null,
    started_at             timestamptz  not null,
    started_by             varchar(200) not null,
    updated_at             timestamptz  not null,
    finished_at            timestamptz,
    versions_total         bigint       not null check (versions_total >= 0),
    versions_done          bigint       not null default 0 check (versions_done >= 0),
    documents_total        bigint       not null check (documents_total >= 0),
    documents_done         bigint       not null default 0 check (documents_done >= 0),
    failures               bigint       not null default 0 check (failures >= 0),
    last_error             varchar(500),
    cursor_prescription_id uuid         not null default '00000000-0000-0000-0000-000000000000',
    cursor_version         integer      not null default 0,
    cursor_document_id     uuid         not null default '00000000-0000-0000-0000-000000000000'
);
create unique index rx_rekey_run_one_open on rx_rekey_run ((true)) where finished_at is null;
