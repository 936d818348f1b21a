-- Inventory's own copy of what it needs to know about a SKU (ADR 0013): brand, product name, the description
-- listings show and the barcode SKU labels carry. The catalog owns the facts; inventory keeps this table up to
-- date from the catalog's ProductUpdated event, in the catalog's writing transaction (CatalogSkuListener), so
-- inventory's queries never join the catalog's tables. A SKU the catalog no longer has keeps its row (its stock
-- and ledger still name it) with in_catalog = false.
create table inventory_sku (
    sku          varchar(64)  primary key,
    product_id   uuid         not null,
    brand        varchar(100) not null,
    product_name varchar(200) not null,
    description  varchar(400) not null,
    barcode      varchar(14),
    in_catalog   boolean      not null default true,
    updated_at   timestamptz  not null
);
create index inventory_sku_product_idx on inventory_sku (product_id);
create index inventory_sku_brand_idx on inventory_sku (brand);

-- Back-fill from the catalog, once, with the description the listings used to build by joining its tables.
insert into inventory_sku (sku, product_id, brand, product_name, description, barcode, updated_at)
select cs.sku, p.id, p.brand, p.name,
       p.brand || ' ' || p.name || coalesce(', ' || fc.name, '')
           || coalesce(', ' || fs.a_mm || '□' || fs.dbl_mm || '-' || fs.temple_mm, '')
           || coalesce(', +' || cs.reader_power, ''),
       cs.barcode, now()
from catalog_sku cs
join product p on p.id = cs.product_id
left join frame_colour fc on fc.id = cs.colour_id
left join frame_size fs on fs.id = cs.size_id;

-- Inventory's tables name SKUs of inventory's own table, not the catalog's: the catalog may rewrite its SKU
-- rows (a product update replaces them) without touching stock.
alter table stock_level drop constraint stock_level_sku_fkey,
    add constraint stock_level_sku_fkey foreign key (sku) references inventory_sku (sku);
alter table stock_bin drop constraint stock_bin_sku_fkey,
    add constraint stock_bin_sku_fkey foreign key (sku) references inventory_sku (sku);
alter table stock_movement drop constraint stock_movement_sku_fkey,
    add constraint stock_movement_sku_fkey foreign key (sku) references inventory_sku (sku);
alter table stock_reservation drop constraint stock_reservation_sku_fkey,
    add constraint stock_reservation_sku_fkey foreign key (sku) references inventory_sku (sku);
alter table reorder_policy drop constraint reorder_policy_sku_fkey,
    add constraint reorder_policy_sku_fkey foreign key (sku) references inventory_sku (sku);
alter table stock_transfer_line drop constraint stock_transfer_line_sku_fkey,
    add constraint stock_transfer_line_sku_fkey foreign key (sku) references inventory_sku (sku);
alter table stock_count_sku drop constraint stock_count_sku_sku_fkey,
    add constraint stock_count_sku_sku_fkey foreign key (sku) references inventory_sku (sku);
alter table stock_count_line drop constraint stock_count_line_sku_fkey,
    add constraint stock_count_line_sku_fkey foreign key (sku) references inventory_sku (sku);
