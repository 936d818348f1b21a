-- Inventory documents: transfers between locations and cycle count sheets; and alerts to staff (notifications).
--
-- Stock itself never changes here: dispatching, receiving and approving write stock_movement rows through the
-- ledger (V7). These tables are the documents that say why.

-- Yearly document numbers ("TR-2026-0001", "CC-2026-0001"): one row per kind and year, bumped with
-- insert ... on conflict do update ... returning, so two creators never get the same number.
create table stock_document_number (
    kind  varchar(4) not null,
    year  integer    not null,
    last  integer    not null,
    primary key (kind, year)
);

create table stock_transfer (
    id               uuid primary key,
    number           varchar(20)  not null unique,
    from_location_id uuid         not null references stock_location (id),
    to_location_id   uuid         not null references stock_location (id),
    status           varchar(20)  not null check (status in ('REQUESTED', 'DISPATCHED', 'PARTIALLY_RECEIVED',
                                                             'RECEIVED', 'CLOSED', 'CANCELLED')),
    expected_on      date,
    note             varchar(500),
    created_by       varchar(100) not null,
    created_at       timestamptz  not null,
    dispatched_by    varchar(100),
    dispatched_at    timestamptz,
    finished_by      varchar(100),
    finished_at      timestamptz,
    version          bigint       not null default 0,
    check (from_location_id <> to_location_id),
    check ((status in ('REQUESTED', 'CANCELLED')) = (dispatched_at is null))
);
create index stock_transfer_status_idx on stock_transfer (status, created_at desc);

-- What is asked for: so many of a SKU, optionally from one bin and/or lot of the source.
create table stock_transfer_line (
    id            uuid primary key,
    transfer_id   uuid        not null references stock_transfer (id),
    line_no       integer     not null,
    sku           varchar(64) not null references catalog_sku (sku),
    quantity      integer     not null check (quantity > 0),
    source_bin_id uuid references stock_bin_location (id),
    lot           varchar(40) not null default '',
    dispatched    integer     not null default 0 check (dispatched >= 0),
    received      integer     not null default 0 check (received >= 0),
    damaged       integer     not null default 0 check (damaged >= 0),
    short         integer     not null default 0 check (short >= 0),
    unique (transfer_id, line_no)
);
create index stock_transfer_line_sku_idx on stock_transfer_line (sku);

-- What left the source for a line, place by place (first expiry first out): the lots and expiry dates the
-- destination books in when the units arrive, in this order.
create table stock_transfer_piece (
    id          uuid primary key,
    line_id     uuid        not null references stock_transfer_line (id),
    piece_no    integer     not null,
    bin_id      uuid references stock_bin_location (id),
    lot         varchar(40) not null default '',
    expires_on  date,
    quantity    integer     not null check (quantity > 0),
    received    integer     not null default 0 check (received >= 0 and received <= quantity),
    unique (line_id, piece_no)
);

-- Differences between what was dispatched and what arrived, as found at the destination.
create table stock_transfer_discrepancy (
    id          uuid primary key,
    line_id     uuid         not null references stock_transfer_line (id),
    kind        varchar(10)  not null check (kind in ('SHORT', 'OVER', 'DAMAGED')),
    quantity    integer      not null check (quantity > 0),
    note        varchar(500) not null check (length(trim(note)) > 0),
    recorded_by varchar(100) not null,
    recorded_at timestamptz  not null
);
create index stock_transfer_discrepancy_line_idx on stock_transfer_discrepancy (line_id);

-- A count sheet: what to count (a location, some of its bins, or some SKUs at it), then counting, review and
-- approval by a second person.
create table stock_count (
    id           uuid primary key,
    number       varchar(20)  not null unique,
    location_id  uuid         not null references stock_location (id),
    scope        varchar(10)  not null check (scope in ('LOCATION', 'BINS', 'SKUS')),
    scope_text   varchar(500) not null,
    status       varchar(12)  not null check (status in ('COUNTING', 'SUBMITTED', 'APPROVED', 'CANCELLED')),
    created_by   varchar(100) not null,
    created_at   timestamptz  not null,
    submitted_by varchar(100),
    submitted_at timestamptz,
    approved_by  varchar(100),
    approved_at  timestamptz,
    version      bigint       not null default 0
);
create index stock_count_status_idx on stock_count (status, created_at desc);

-- The bins a BINS sheet covers.
create table stock_count_bin (
    count_id uuid not null references stock_count (id),
    bin_id   uuid not null references stock_bin_location (id),
    primary key (count_id, bin_id)
);

-- The SKUs a SKUS sheet covers.
create table stock_count_sku (
    count_id uuid        not null references stock_count (id),
    sku      varchar(64) not null references catalog_sku (sku),
    primary key (count_id, sku)
);

-- One line per bin (null = not put away) and SKU. expected is the snapshot taken when the sheet was created
-- (or the line was sent back for recount) and is never shown to the counter; counted is null until counted;
-- visited once the counter scanned the line's bin (a visited line never counted was found empty).
create table stock_count_line (
    id          uuid primary key,
    count_id    uuid        not null references stock_count (id),
    bin_id      uuid references stock_bin_location (id),
    sku         varchar(64) not null references catalog_sku (sku),
    expected    integer     not null check (expected >= 0),
    counted     integer check (counted >= 0),
    recount     boolean     not null default false,
    visited     boolean     not null default false,
    counted_by  varchar(100),
    counted_at  timestamptz,
    snapshot_at timestamptz not null
);
create unique index stock_count_line_place_idx on stock_count_line (count_id, coalesce(bin_id, '00000000-0000-0000-0000-000000000000'::uuid), sku);

-- Who counted a sheet (a sheet may be counted by several people); none of them may approve it.
create table stock_count_counter (
    count_id uuid         not null references stock_count (id),
    username varchar(100) not null,
    primary key (count_id, username)
);

-- Alerts to staff shown on the start page until someone with the role dismisses them (notifications).
create table staff_alert (
    id           uuid primary key,
    role         varchar(20)   not null,
    title        varchar(200)  not null,
    body         varchar(4000) not null,
    dedup_key    varchar(200)  not null unique,
    created_at   timestamptz   not null,
    dismissed_by varchar(100),
    dismissed_at timestamptz,
    check ((dismissed_by is null) = (dismissed_at is null))
);
create index staff_alert_open_idx on staff_alert (role, created_at desc) where dismissed_at is null;
