-- Prescription versions are insert-only (V11), but V11's trigger only refused UPDATE: a DELETE or TRUNCATE could
-- still remove history. A version may only go together with its prescription (ON DELETE CASCADE when the
-- prescription or its customer is erased); by the time the cascade reaches the version, the prescription row is
-- gone, which is what tells the two apart.
create function prescription_version_delete_only_with_prescription() returns trigger language plpgsql as $$
begin
    if exists (select 1 from prescription where id = old.prescription_id) then
        raise exception 'prescription versions are insert-only: % is not allowed', tg_op
            using errcode = 'insufficient_privilege';
    end if;
    return old;
end
$$;
create trigger prescription_version_no_delete
    before delete on prescription_version
    for each row execute function prescription_version_delete_only_with_prescription();
create trigger prescription_version_no_truncate
    before truncate on prescription_version
    for each statement execute function prescription_version_is_insert_only();

-- Erasing a customer cascades to their wearers and their prescriptions. The wearer cascade ran first and its
-- (immediate) foreign key check from prescription_version failed before the prescription cascade had removed the
-- versions, so a customer with a prescription could not be deleted at all. Checked at commit instead, a wearer
-- that still has versions is refused all the same.
alter table prescription_version
    drop constraint prescription_version_wearer_id_fkey,
    add constraint prescription_version_wearer_id_fkey foreign key (wearer_id) references customer_wearer (id)
        deferrable initially deferred;
