-- Catalog: every product has one row in product (the header the storefront, search and API share); frames
-- add colours, sizes and their colour x size variants; lens products add an availability matrix per index and
-- the coatings they can carry; contact lenses keep their parameters on the header. Anything sold has a SKU in
-- catalog_sku (frame variants, a contact lens pack, an accessory, a service); lenses are priced per index.

create extension if not exists pg_trgm;

create table product (
    id               uuid primary key,
    kind             varchar(16)  not null check (kind in ('FRAME', 'LENS', 'CONTACT_LENS', 'ACCESSORY', 'SERVICE')),
    category         varchar(20)  not null check (category in ('EYEGLASSES', 'SUNGLASSES', 'READERS', 'LENSES',
                                                              'CONTACT_LENSES', 'ACCESSORIES', 'SERVICES')),
    code             varchar(40)  not null unique check (code ~ '^[A-Z0-9][A-Z0-9-]{1,39}$'),
    slug             varchar(120) not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name             varchar(200) not null check (length(trim(name)) > 0),
    brand            varchar(100) not null check (length(trim(brand)) > 0),
    description      text         not null default '',
    status           varchar(10)  not null check (status in ('DRAFT', 'ACTIVE', 'ARCHIVED')),
    tax_class        varchar(64)  not null,
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null,
    version          bigint       not null default 0,
    -- frames, sunglasses and readers
    frame_shape      varchar(20),
    frame_material   varchar(20),
    rim_type         varchar(10) check (rim_type in ('FULL', 'SEMI', 'RIMLESS')),
    gender           varchar(10) check (gender in ('WOMEN', 'MEN', 'UNISEX')),
    age_group        varchar(10) check (age_group in ('ADULT', 'TEEN', 'CHILD')),
    face_width       varchar(10) check (face_width in ('NARROW', 'MEDIUM', 'WIDE')),
    rx_able          boolean,
    -- lens products
    lens_type        varchar(20) check (lens_type in ('SINGLE_VISION', 'BIFOCAL', 'PROGRESSIVE', 'READING',
                                                     'NON_PRESCRIPTION')),
    lens_design      varchar(100),
    -- contact lenses
    cl_modality      varchar(12) check (cl_modality in ('DAILY', 'TWO_WEEKLY', 'MONTHLY', 'QUARTERLY', 'YEARLY')),
    cl_pack_size     integer check (cl_pack_size > 0),
    cl_base_curves   numeric(3, 1)[],
    cl_diameters     numeric(3, 1)[],
    cl_sph_min       numeric(5, 2),
    cl_sph_max       numeric(5, 2),
    cl_toric         boolean,
    cl_cylinders     numeric(4, 2)[],
    cl_multifocal    boolean,
    cl_additions     varchar(10)[],
    check (kind <> 'FRAME' or (frame_shape is not null and frame_material is not null and rim_type is not null
                               and gender is not null and age_group is not null and face_width is not null
                               and rx_able is not null)),
    check (kind <> 'LENS' or (lens_type is not null and lens_design is not null)),
    check (kind <> 'CONTACT_LENS' or (cl_modality is not null and cl_pack_size is not null
                                      and cl_sph_min is not null and cl_sph_max is not null
                                      and cl_sph_min <= cl_sph_max and cl_toric is not null
                                      and cl_multifocal is not null))
);
create index product_category_idx on product (category, status);
create index product_updated_idx on product (updated_at desc);

create table frame_colour (
    id         uuid primary key,
    product_id uuid         not null references product (id) on delete cascade,
    code       varchar(20)  not null check (code ~ '^[A-Z0-9]{1,20}$'),
    name       varchar(60)  not null check (length(trim(name)) > 0),
    swatch     varchar(7)   not null check (swatch ~ '^#[0-9a-f]{6}$'),
    surcharge  numeric(10, 2) not null default 0 check (surcharge >= 0),
    position   integer      not null,
    unique (product_id, code)
);

create table frame_size (
    id         uuid primary key,
    product_id uuid         not null references product (id) on delete cascade,
    a_mm       integer      not null check (a_mm between 30 and 80),
    b_mm       integer      not null check (b_mm between 15 and 70),
    dbl_mm     integer      not null check (dbl_mm between 10 and 30),
    ed_mm      integer      not null check (ed_mm between 30 and 90),
    temple_mm  integer      not null check (temple_mm between 100 and 170),
    position   integer      not null,
    check (ed_mm >= a_mm),
    unique (product_id, a_mm, dbl_mm, temple_mm)
);

create table catalog_sku (
    sku          varchar(64) primary key check (sku ~ '^[A-Z0-9][A-Z0-9-]{1,63}$'),
    product_id   uuid        not null references product (id) on delete cascade,
    colour_id    uuid references frame_colour (id) on delete cascade,
    size_id      uuid references frame_size (id) on delete cascade,
    reader_power numeric(4, 2) check (reader_power between 0.5 and 4.0),
    barcode      varchar(14) unique check (barcode ~ '^[0-9]{12,14}$'),
    status       varchar(12) not null check (status in ('ACTIVE', 'DISCONTINUED')),
    position     integer     not null
);
create unique index catalog_sku_variant_idx on catalog_sku (product_id, colour_id, size_id, coalesce(reader_power, 0));
create index catalog_sku_product_idx on catalog_sku (product_id);

create table lens_availability (
    id                 uuid primary key,
    product_id         uuid          not null references product (id) on delete cascade,
    lens_index         varchar(5)    not null check (lens_index in ('1.50', '1.53', '1.56', '1.59', '1.60', '1.67',
                                                                    '1.74')),
    material           varchar(20)   not null,
    sph_min            numeric(5, 2) not null,
    sph_max            numeric(5, 2) not null,
    cyl_max            numeric(4, 2) not null check (cyl_max >= 0),
    add_min            numeric(4, 2),
    add_max            numeric(4, 2),
    prism_max          numeric(4, 2) not null default 0 check (prism_max >= 0),
    blank_diameters    integer[]     not null check (cardinality(blank_diameters) > 0),
    min_fitting_height integer check (min_fitting_height between 10 and 30),
    stock_lens         boolean       not null,
    lead_time_days     integer       not null check (lead_time_days between 0 and 60),
    check (sph_min <= sph_max),
    check ((add_min is null) = (add_max is null) and (add_min is null or add_min <= add_max)),
    unique (product_id, lens_index)
);

create table lens_coating (
    product_id uuid        not null references product (id) on delete cascade,
    coating    varchar(20) not null check (coating in ('ANTI_REFLECTIVE', 'BLUE_FILTER', 'PHOTOCHROMIC', 'TINT',
                                                       'POLARISED', 'SCRATCH', 'UV')),
    included   boolean     not null,
    primary key (product_id, coating)
);

create table product_media (
    id           uuid primary key,
    product_id   uuid         not null references product (id) on delete cascade,
    colour_code  varchar(20),
    alt          varchar(200) not null,
    content_type varchar(40)  not null,
    width        integer      not null check (width > 0),
    height       integer      not null check (height > 0),
    position     integer      not null,
    created_at   timestamptz  not null
);
create index product_media_product_idx on product_media (product_id, position);

-- The search document: one row per product, rewritten by the catalog on every change, read by the
-- PostgreSQL search (and the source a full OpenSearch reindex reads). Facet values are plain columns and arrays; text is weighted (name and brand first).
create table catalog_search (
    product_id   uuid primary key,
    code         varchar(40)  not null,
    slug         varchar(120) not null,
    image_id     varchar(36),
    category     varchar(20)  not null,
    active       boolean      not null,
    name         varchar(200) not null,
    brand        varchar(100) not null,
    shape        varchar(20),
    material     varchar(20),
    rim_type     varchar(10),
    gender       varchar(10),
    colours      varchar(60)[] not null default '{}',
    size_classes varchar(10)[] not null default '{}',
    from_price   numeric(12, 2),
    created_at   timestamptz  not null,
    words        text         not null,
    document     tsvector     not null
);
create index catalog_search_document_idx on catalog_search using gin (document);
create index catalog_search_words_trgm_idx on catalog_search using gin (words gin_trgm_ops);
create index catalog_search_facets_idx on catalog_search (active, category);
