-- A one-line reservation made in a transaction of its own takes its stock when it commits: the reservation row
-- (and its ledger movement) are written first without touching the stock row, and this deferred trigger runs
-- the conditional update inside COMMIT. The stock row's lock is then held only for that update and the commit's
-- WAL flush, as long as a bare autocommit UPDATE holds it, instead of an extra client round trip. Too little
-- stock raises SQLSTATE FOC01, which fails the commit and rolls the reservation and its movement back; the
-- application turns it into "not enough stock". Reservations made inside a caller's transaction
-- (take_at_commit = false) take their stock at once, as before.

alter table stock_reservation add column take_at_commit boolean not null default false;

create function stock_reservation_take() returns trigger language plpgsql as $$
begin
    update stock_level set reserved = reserved + new.quantity, updated_at = now()
    where sku = new.sku and location_id = new.location_id and on_hand - reserved >= new.quantity;
    if not found then
        raise exception 'not enough stock of % for reservation %/%', new.sku, new.order_ref, new.line_ref
            using errcode = 'FOC01';
    end if;
    return null;
end
$$;

create constraint trigger stock_reservation_take_at_commit after insert on stock_reservation
    deferrable initially deferred
    for each row when (new.take_at_commit)
    execute function stock_reservation_take();
