-- Procurement: suppliers and what they sell us, purchase orders with their lines and history, goods receipts
-- (one document per delivery), the moving-average cost per SKU and reorder proposals.
-- Also: an optional attachment on notification_message (the PO PDF sent to a supplier).
--
-- Invariants the database holds even if application code is wrong:
--   purchase_order_line: one line per SKU on a PO; ordered >= 1, received >= 0, damaged >= 0
--   purchase_order:      status is one of the workflow's; number unique; approver never the author
--   goods_receipt_line:  quantity >= 0, damaged >= 0, quantity + damaged >= 1
--   sku_cost:            average_cost >= 0

-- Document numbers per kind and year: PO-2026-0001, GR-2026-0001. The upsert on (kind, year) takes the row
-- lock, so two documents created at once get consecutive numbers, never the same one.
create table procurement_number (
    kind  varchar(4) not null,
    year  integer    not null,
    last  integer    not null check (last >= 1),
    primary key (kind, year)
);

create table supplier (
    id                             uuid primary key,
    code                           varchar(20)   not null unique check (code ~ '^[A-Z0-9][A-Z0-9-]{0,19}$'),
    name                           varchar(120)  not null check (length(trim(name)) > 0),
    email                          varchar(254)  not null,
    phone                          varchar(40),
    contact_name                   varchar(120),
    address                        varchar(1000) not null,
    currency                       char(3)       not null check (currency ~ '^[A-Z]{3}$'),
    payment_terms                  varchar(120)  not null,
    default_lead_time_days         integer       not null check (default_lead_time_days between 0 and 365),
    minimum_order_value            numeric(12, 2) not null default 0 check (minimum_order_value >= 0),
    over_receipt_tolerance_percent integer       not null default 0 check (over_receipt_tolerance_percent between 0 and 100),
    active                         boolean       not null default true,
    created_at                     timestamptz   not null,
    updated_at                     timestamptz   not null,
    version                        bigint        not null default 0
);
create index supplier_name_idx on supplier (lower(name));

-- What a supplier sells us: one row per supplier x SKU.
create table supplier_item (
    id                     uuid primary key,
    supplier_id            uuid          not null references supplier (id),
    sku                    varchar(64)   not null references catalog_sku (sku),
    supplier_sku           varchar(64)   not null check (length(trim(supplier_sku)) > 0),
    unit_cost              numeric(12, 4) not null check (unit_cost >= 0),
    pack_size              integer       not null default 1 check (pack_size >= 1),
    minimum_order_quantity integer       not null default 1 check (minimum_order_quantity >= 1),
    lead_time_days         integer check (lead_time_days between 0 and 365),
    version                bigint        not null default 0,
    unique (supplier_id, sku)
);
create index supplier_item_sku_idx on supplier_item (sku);

create table purchase_order (
    id               uuid primary key,
    number           varchar(20)   not null unique,
    supplier_id      uuid          not null references supplier (id),
    location_id      uuid          not null references stock_location (id),
    currency         char(3)       not null,
    status           varchar(20)   not null check (status in ('DRAFT', 'SUBMITTED', 'APPROVED', 'SENT',
                                                              'PARTIALLY_RECEIVED', 'RECEIVED', 'CLOSED', 'CANCELLED')),
    author           varchar(100)  not null,
    approver         varchar(100),
    created_at       timestamptz   not null,
    submitted_at     timestamptz,
    approved_at      timestamptz,
    sent_at          timestamptz,
    closed_at        timestamptz,
    expected_on      date,
    note             varchar(1000),
    rejection_reason varchar(500),
    cancel_reason    varchar(500),
    total            numeric(14, 2) not null default 0 check (total >= 0),
    version          bigint        not null default 0,
    check (approver is null or approver <> author)
);
create index purchase_order_status_idx on purchase_order (status, created_at desc);
create index purchase_order_supplier_idx on purchase_order (supplier_id, created_at desc);

create table purchase_order_line (
    id           uuid primary key,
    po_id        uuid          not null references purchase_order (id) on delete cascade,
    line_no      integer       not null check (line_no >= 1),
    sku          varchar(64)   not null references catalog_sku (sku),
    supplier_sku varchar(64),
    description  varchar(300)  not null,
    ordered      integer       not null check (ordered >= 1),
    received     integer       not null default 0 check (received >= 0),
    damaged      integer       not null default 0 check (damaged >= 0),
    unit_cost    numeric(12, 4) not null check (unit_cost >= 0),
    expected_on  date          not null,
    closed       boolean       not null default false,
    unique (po_id, line_no),
    unique (po_id, sku)
);
create index purchase_order_line_open_idx on purchase_order_line (sku) where not closed;

-- Who did what when to a PO: state changes, line edits, sends, receipts.
create table purchase_order_event (
    id          bigserial primary key,
    po_id       uuid         not null references purchase_order (id) on delete cascade,
    occurred_at timestamptz  not null,
    actor       varchar(100) not null,
    action      varchar(20)  not null,
    from_status varchar(20),
    to_status   varchar(20),
    detail      varchar(1000)
);
create index purchase_order_event_po_idx on purchase_order_event (po_id, id);

-- A delivery received against a PO.
create table goods_receipt (
    id          uuid primary key,
    number      varchar(20)  not null unique,
    po_id       uuid         not null references purchase_order (id),
    location_id uuid         not null references stock_location (id),
    received_by varchar(100) not null,
    received_at timestamptz  not null,
    note        varchar(500)
);
create index goods_receipt_po_idx on goods_receipt (po_id, received_at);

create table goods_receipt_line (
    id          bigserial primary key,
    receipt_id  uuid          not null references goods_receipt (id) on delete cascade,
    po_line_id  uuid          not null references purchase_order_line (id),
    sku         varchar(64)   not null,
    quantity    integer       not null check (quantity >= 0),
    damaged     integer       not null default 0 check (damaged >= 0),
    lot         varchar(40),
    expires_on  date,
    bin_code    varchar(30),
    unit_cost   numeric(12, 4) not null,
    check (quantity + damaged >= 1)
);
create index goods_receipt_line_receipt_idx on goods_receipt_line (receipt_id, id);
create index goods_receipt_line_po_line_idx on goods_receipt_line (po_line_id);

-- Moving-average cost per SKU (all locations), updated by every receipt of good units.
create table sku_cost (
    sku          varchar(64)    primary key references catalog_sku (sku),
    average_cost numeric(14, 4) not null check (average_cost >= 0),
    currency     char(3)        not null,
    updated_at   timestamptz    not null
);

-- Each change of a SKU's average cost with its inputs, so the figure can be explained.
create table sku_cost_change (
    id             bigserial primary key,
    sku            varchar(64)    not null references catalog_sku (sku),
    occurred_at    timestamptz    not null,
    receipt_number varchar(20)    not null,
    on_hand_before integer        not null,
    old_average    numeric(14, 4),
    received       integer        not null,
    unit_cost      numeric(12, 4) not null,
    new_average    numeric(14, 4) not null,
    currency       char(3)        not null
);
create index sku_cost_change_sku_idx on sku_cost_change (sku, id desc);

-- Reorder proposals: one per supplier and run, lines per SKU x location with the math that led to them.
create table reorder_proposal (
    id            uuid primary key,
    supplier_id   uuid         not null references supplier (id),
    status        varchar(10)  not null check (status in ('OPEN', 'ACCEPTED', 'SNOOZED')),
    created_at    timestamptz  not null,
    updated_at    timestamptz  not null,
    snoozed_until date,
    decided_by    varchar(100),
    po_numbers    varchar(200),
    version       bigint       not null default 0,
    check (status <> 'SNOOZED' or snoozed_until is not null)
);
create unique index reorder_proposal_open_idx on reorder_proposal (supplier_id) where status = 'OPEN';

create table reorder_proposal_line (
    id              uuid primary key,
    proposal_id     uuid          not null references reorder_proposal (id) on delete cascade,
    sku             varchar(64)   not null references catalog_sku (sku),
    location_id     uuid          not null references stock_location (id),
    available       integer       not null,
    on_order        integer       not null,
    reorder_point   integer       not null,
    suggested       integer       not null check (suggested >= 1),
    quantity        integer       not null check (quantity >= 0),
    edited          boolean       not null default false,
    unit_cost       numeric(12, 4) not null,
    lead_time_days  integer       not null,
    expected_on     date          not null,
    math            varchar(1000) not null,
    unique (proposal_id, sku, location_id)
);

-- An optional attachment on an e-mail (the PO PDF for a supplier).
alter table notification_message add column attachment_name varchar(200);
alter table notification_message add column attachment_type varchar(100);
alter table notification_message add column attachment_content bytea;
alter table notification_message add constraint notification_message_attachment_check
    check ((attachment_name is null) = (attachment_content is null));
