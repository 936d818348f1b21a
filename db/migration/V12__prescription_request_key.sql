-- POST /api/v1/me/rx takes an Idempotency-Key: a retried request finds the prescription its first attempt created
-- instead of adding a second one. Unique per customer; staff-entered and storefront prescriptions carry none.
alter table prescription add column request_key varchar(100);
create unique index prescription_request_key_idx on prescription (customer_id, request_key)
    where request_key is not null;
