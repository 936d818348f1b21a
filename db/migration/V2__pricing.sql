-- Pricing: price lists (per channel and currency, with validity), their item, lens and coating prices,
-- tax rates per class and region, and Rx surcharge rules. Amounts are exact numerics, never floats.

create table price_list (
    id                 uuid primary key,
    code               varchar(40)  not null unique check (code ~ '^[a-z0-9][a-z0-9-]{1,39}$'),
    name               varchar(200) not null check (length(trim(name)) > 0),
    channel            varchar(10)  not null check (channel in ('WEB', 'STORE')),
    currency           varchar(3)   not null check (currency ~ '^[A-Z]{3}$'),
    prices_include_tax boolean      not null,
    valid_from         timestamptz  not null,
    valid_to           timestamptz,
    version            bigint       not null default 0,
    check (valid_to is null or valid_to > valid_from)
);
create index price_list_channel_idx on price_list (channel, currency, valid_from);

create table price_list_item (
    price_list_id uuid          not null references price_list (id) on delete cascade,
    sku           varchar(64)   not null,
    amount        numeric(12, 2) not null check (amount >= 0),
    primary key (price_list_id, sku)
);

create table price_list_lens (
    price_list_id   uuid           not null references price_list (id) on delete cascade,
    lens_product_id varchar(64)    not null,
    lens_index      varchar(64)    not null,
    amount          numeric(12, 2) not null check (amount >= 0),
    primary key (price_list_id, lens_product_id, lens_index)
);

create table price_list_coating (
    price_list_id   uuid           not null references price_list (id) on delete cascade,
    lens_product_id varchar(64)    not null,
    coating         varchar(64)    not null,
    amount          numeric(12, 2) not null check (amount >= 0),
    primary key (price_list_id, lens_product_id, coating)
);

create table tax_rate (
    tax_class varchar(64)   not null,
    region    varchar(64)   not null,
    percent   numeric(6, 3) not null check (percent >= 0 and percent <= 100),
    primary key (tax_class, region)
);
