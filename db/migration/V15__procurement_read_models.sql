-- Procurement stops reading other contexts' tables (issue 11; docs/procurement.md, "What procurement keeps of
-- other contexts").

-- The catalog's description of each SKU, as procurement shows it on supplier items and reorder proposals. Kept
-- current from catalog.product.updated (ProcurementSkuDescriptions); filled here once from the catalog.
create table procurement_sku (
    sku         varchar(64)  primary key,
    description varchar(500) not null
);
insert into procurement_sku (sku, description)
select cs.sku, left(p.brand || ' ' || p.name || coalesce(', ' || fc.name, '')
                    || coalesce(', ' || fs.a_mm || '□' || fs.dbl_mm || '-' || fs.temple_mm, '')
                    || coalesce(', +' || cs.reader_power, ''), 500)
from catalog_sku cs
join product p on p.id = cs.product_id
left join frame_colour fc on fc.id = cs.colour_id
left join frame_size fs on fs.id = cs.size_id;

-- Procurement documents name their stock location by its code, which inventory never changes once a location
-- exists; the code is taken from inventory's Locations API when the document is written.
alter table purchase_order add column location_code varchar(20);
update purchase_order p set location_code = l.code from stock_location l where l.id = p.location_id;
alter table purchase_order alter column location_code set not null;
create index purchase_order_location_code_idx on purchase_order (location_code);

alter table goods_receipt add column location_code varchar(20);
update goods_receipt r set location_code = l.code from stock_location l where l.id = r.location_id;
alter table goods_receipt alter column location_code set not null;

alter table reorder_proposal_line add column location_code varchar(20);
update reorder_proposal_line r set location_code = l.code from stock_location l where l.id = r.location_id;
alter table reorder_proposal_line alter column location_code set not null;

-- One numbering of business documents for the whole application (module dev.focal.numbering): one counter
-- per kind ("PO", "GR", "TR", ...) and year. Procurement's counters carry over, so its numbers continue.
create table document_number (
    kind varchar(8) not null check (kind ~ '^[A-Z]{2,8}$'),
    year integer    not null check (year between 2000 and 9999),
    last integer    not null check (last >= 1),
    primary key (kind, year)
);
insert into document_number (kind, year, last) select kind, year, last from procurement_number;
drop table procurement_number;
