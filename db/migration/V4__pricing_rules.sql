-- Pricing rules as data: coupons (with their redemptions, counted under a row lock so limits hold when two
-- orders redeem at once), promotions and Rx surcharge rules. Every editable row carries a version for
-- optimistic locking: an update names the version it read and changes nothing when it is stale.

create table coupon (
    code               varchar(40)  primary key check (code ~ '^[A-Z0-9][A-Z0-9-]{2,39}$'),
    description        varchar(200) not null default '',
    total_limit        integer check (total_limit > 0),
    per_customer_limit integer check (per_customer_limit > 0),
    expires_at         timestamptz,
    times_redeemed     integer      not null default 0 check (times_redeemed >= 0),
    version            bigint       not null default 0,
    check (total_limit is null or times_redeemed <= total_limit)
);

-- One row per order that used a coupon; the primary key makes redeeming idempotent per order.
create table coupon_redemption (
    code        varchar(40) not null references coupon (code),
    order_ref   varchar(64) not null,
    customer_id varchar(64),
    redeemed_at timestamptz not null,
    primary key (code, order_ref)
);
create index coupon_redemption_customer_idx on coupon_redemption (code, customer_id);

-- Conditions are arrays; an empty array means "any". Categories are catalog category names (EYEGLASSES),
-- products are catalog product codes.
create table promotion (
    id               uuid primary key,
    code             varchar(40)  not null unique check (code ~ '^[A-Z0-9][A-Z0-9-]{1,39}$'),
    name             varchar(200) not null check (length(trim(name)) > 0),
    effect           varchar(16)  not null check (effect in ('PERCENT_OFF', 'AMOUNT_OFF', 'FIXED_PRICE', 'BUY_X_GET_Y',
                                                            'FREE_COATING')),
    percent          numeric(5, 2) check (percent > 0 and percent <= 100),
    amount           numeric(12, 2) check (amount >= 0),
    currency         varchar(3) check (currency ~ '^[A-Z]{3}$'),
    buy_qty          integer check (buy_qty >= 1),
    get_qty          integer check (get_qty >= 1),
    coating          varchar(64),
    categories       varchar(20)[]  not null default '{}',
    brands           varchar(100)[] not null default '{}',
    products         varchar(64)[]  not null default '{}',
    min_subtotal     numeric(12, 2) check (min_subtotal > 0),
    customer_groups  varchar(40)[]  not null default '{}',
    channels         varchar(10)[]  not null default '{}',
    starts_at        timestamptz  not null,
    ends_at          timestamptz,
    priority         integer      not null default 0,
    stacking         varchar(10)  not null check (stacking in ('EXCLUSIVE', 'COMBINABLE')),
    coupon_code      varchar(40) references coupon (code),
    enabled          boolean      not null default true,
    version          bigint       not null default 0,
    check (ends_at is null or ends_at > starts_at),
    check (effect <> 'PERCENT_OFF' or percent is not null),
    check (effect <> 'AMOUNT_OFF' or (amount > 0 and currency is not null)),
    check (effect <> 'FIXED_PRICE' or (amount is not null and currency is not null)),
    check (effect <> 'BUY_X_GET_Y' or (buy_qty is not null and get_qty is not null and percent is not null)),
    check (effect <> 'FREE_COATING' or coating is not null),
    check (min_subtotal is null or currency is not null)
);
create index promotion_enabled_idx on promotion (enabled, ends_at);

create table rx_surcharge (
    id        uuid primary key,
    kind      varchar(16)    not null check (kind in ('HIGH_POWER', 'HIGH_CYLINDER', 'PRISM', 'OVERSIZE_BLANK')),
    threshold numeric(6, 2)  not null check (threshold >= 0),
    amount    numeric(12, 2) not null check (amount >= 0),
    currency  varchar(3)     not null check (currency ~ '^[A-Z]{3}$'),
    version   bigint         not null default 0,
    unique (kind, threshold, currency)
);
