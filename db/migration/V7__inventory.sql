-- Inventory: locations and their bins, stock per SKU and location (the row reservations lock), stock per bin
-- and lot, the insert-only movement ledger, reservations, transfers, cycle counts and reorder policies.
--
-- Invariants the database holds even if application code is wrong:
--   stock_level: on_hand >= 0, reserved >= 0, reserved <= on_hand (so available = on_hand - reserved >= 0)
--   stock_bin:   on_hand >= 0
--   stock_movement: rows can be inserted, never changed or deleted (trigger below)
-- The ledger invariant (on_hand = sum of movements, reserved = sum of reservation deltas) is checked by the
-- recurring job inventory-ledger-check.

create table stock_location (
    id       uuid primary key,
    code     varchar(20)  not null unique check (code ~ '^[A-Z0-9][A-Z0-9-]{0,19}$'),
    name     varchar(100) not null check (length(trim(name)) > 0),
    kind     varchar(10)  not null check (kind in ('WAREHOUSE', 'STORE', 'LAB')),
    active   boolean      not null default true,
    position integer      not null default 0,
    version  bigint       not null default 0
);

-- A bin is aisle-shelf-bin inside a location; its code ("A-01-03") is what its label's barcode carries,
-- prefixed with the location code ("WH1/A-01-03") so a bin code is unique across Focal.
create table stock_bin_location (
    id          uuid primary key,
    location_id uuid        not null references stock_location (id),
    aisle       varchar(8)  not null check (aisle ~ '^[A-Z0-9]{1,8}$'),
    shelf       varchar(8)  not null check (shelf ~ '^[A-Z0-9]{1,8}$'),
    bin         varchar(8)  not null check (bin ~ '^[A-Z0-9]{1,8}$'),
    code        varchar(30) not null unique,
    active      boolean     not null default true,
    unique (location_id, aisle, shelf, bin)
);

-- One row per SKU x location: the hot row. Reservations update it with a conditional UPDATE, so two
-- requests racing for the last unit serialise on its row lock and the check constraint is the last word.
create table stock_level (
    sku         varchar(64) not null references catalog_sku (sku),
    location_id uuid        not null references stock_location (id),
    on_hand     integer     not null default 0 check (on_hand >= 0),
    reserved    integer     not null default 0 check (reserved >= 0),
    updated_at  timestamptz not null,
    primary key (sku, location_id),
    check (reserved <= on_hand)
);
create index stock_level_location_idx on stock_level (location_id);

-- Where the on-hand stock of a location physically is: per bin (null = not put away yet, the receiving
-- dock) and lot (empty string = no lot). Sums to stock_level.on_hand per SKU and location.
create table stock_bin (
    id          uuid primary key,
    sku         varchar(64) not null references catalog_sku (sku),
    location_id uuid        not null references stock_location (id),
    bin_id      uuid references stock_bin_location (id),
    lot         varchar(40) not null default '',
    expires_on  date,
    on_hand     integer     not null check (on_hand >= 0),
    foreign key (sku, location_id) references stock_level (sku, location_id)
);
create unique index stock_bin_place_idx on stock_bin (sku, location_id, coalesce(bin_id, '00000000-0000-0000-0000-000000000000'::uuid), lot);
create index stock_bin_bin_idx on stock_bin (bin_id);
create index stock_bin_expiry_idx on stock_bin (expires_on) where expires_on is not null and on_hand > 0;

-- The ledger. quantity is the change of on hand (signed), reserved_delta the change of reserved.
create table stock_movement (
    id              bigserial primary key,
    occurred_at     timestamptz not null,
    sku             varchar(64) not null references catalog_sku (sku),
    location_id     uuid        not null references stock_location (id),
    bin_id          uuid references stock_bin_location (id),
    lot             varchar(40) not null default '',
    kind            varchar(16) not null check (kind in ('RECEIPT', 'PUTAWAY', 'ADJUSTMENT', 'TRANSFER_OUT',
                                                         'TRANSFER_IN', 'RESERVATION', 'RELEASE', 'PICK', 'RETURN')),
    quantity        integer     not null,
    reserved_delta  integer     not null default 0,
    reason          varchar(16) check (reason in ('BREAKAGE', 'DAMAGE', 'LOST', 'FOUND', 'CORRECTION', 'COUNT',
                                                  'EXPIRED', 'SAMPLE')),
    source_type     varchar(20) not null,
    source_ref      varchar(80) not null,
    actor           varchar(100) not null,
    note            varchar(500),
    idempotency_key varchar(100),
    check (kind <> 'ADJUSTMENT' or reason is not null),
    check (quantity <> 0 or reserved_delta <> 0)
);
create index stock_movement_sku_idx on stock_movement (sku, occurred_at desc);
create index stock_movement_source_idx on stock_movement (source_type, source_ref);
create index stock_movement_request_idx on stock_movement (idempotency_key) where idempotency_key is not null;

-- Requests that carried an idempotency key (the API's Idempotency-Key header): the first one inserts its key
-- and writes its movements; a repeat finds the key and writes nothing. A concurrent repeat waits on the key's
-- unique index until the first commits (then it is a repeat) or rolls back (then it goes ahead).
create table stock_request (
    idempotency_key varchar(100) primary key,
    created_at      timestamptz not null
);

create function stock_movement_is_insert_only() returns trigger language plpgsql as $$
begin
    raise exception 'stock_movement is insert-only: % refused', tg_op;
end
$$;
create trigger stock_movement_insert_only before update or delete on stock_movement
    for each statement execute function stock_movement_is_insert_only();

-- A reservation per order line; the primary key makes reserving idempotent per line.
create table stock_reservation (
    order_ref   varchar(64) not null,
    line_ref    varchar(64) not null,
    sku         varchar(64) not null references catalog_sku (sku),
    location_id uuid        not null references stock_location (id),
    quantity    integer     not null check (quantity > 0),
    status      varchar(10) not null check (status in ('ACTIVE', 'RELEASED', 'PICKED', 'EXPIRED')),
    expires_at  timestamptz,
    created_at  timestamptz not null,
    closed_at   timestamptz,
    primary key (order_ref, line_ref)
);
create index stock_reservation_expiry_idx on stock_reservation (expires_at) where status = 'ACTIVE' and expires_at is not null;
create index stock_reservation_sku_idx on stock_reservation (sku, location_id) where status = 'ACTIVE';

create table reorder_policy (
    sku             varchar(64) not null references catalog_sku (sku),
    location_id     uuid        not null references stock_location (id),
    safety_stock    integer     not null default 0 check (safety_stock >= 0),
    reorder_point   integer     not null check (reorder_point >= 0),
    reorder_qty     integer check (reorder_qty > 0),
    max_qty         integer check (max_qty > 0),
    low_alerted     boolean     not null default false,
    version         bigint      not null default 0,
    primary key (sku, location_id),
    check ((reorder_qty is null) <> (max_qty is null)),
    check (max_qty is null or max_qty > reorder_point),
    check (safety_stock <= reorder_point)
);
