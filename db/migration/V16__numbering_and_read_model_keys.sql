-- Issue 11, two loose ends of "one way to store a context" (ADR 0013).

-- 1. Inventory's transfers and cycle counts take their numbers from the application's numbering
-- (dev.focal.numbering, table document_number, V15) like purchase orders and receipts. Their counters carry
-- over; where a counter of the same kind and year exists already, the higher one wins, so the next number is
-- greater than every number given out before.
insert into document_number (kind, year, last)
select kind, year, last from stock_document_number where last >= 1
on conflict (kind, year) do update set last = greatest(document_number.last, excluded.last);
drop table stock_document_number;

-- 2. Procurement's tables name SKUs of procurement's own read model (procurement_sku, V15), not the catalog's:
-- the catalog rewrites a product's SKU rows on every update, which failed on these foreign keys as soon as a
-- supplier item, PO line, cost or proposal named one of them. Inventory did the same in V14.
-- Every SKU these tables name is in catalog_sku (the old keys ensured it); make sure it has its row here too.
insert into procurement_sku (sku, description)
select cs.sku, left(p.brand || ' ' || p.name || coalesce(', ' || fc.name, '')
                    || coalesce(', ' || fs.a_mm || '□' || fs.dbl_mm || '-' || fs.temple_mm, '')
                    || coalesce(', +' || cs.reader_power, ''), 500)
from catalog_sku cs
join product p on p.id = cs.product_id
left join frame_colour fc on fc.id = cs.colour_id
left join frame_size fs on fs.id = cs.size_id
on conflict (sku) do nothing;

alter table supplier_item drop constraint supplier_item_sku_fkey,
    add constraint supplier_item_sku_fkey foreign key (sku) references procurement_sku (sku);
alter table purchase_order_line drop constraint purchase_order_line_sku_fkey,
    add constraint purchase_order_line_sku_fkey foreign key (sku) references procurement_sku (sku);
alter table sku_cost drop constraint sku_cost_sku_fkey,
    add constraint sku_cost_sku_fkey foreign key (sku) references procurement_sku (sku);
alter table sku_cost_change drop constraint sku_cost_change_sku_fkey,
    add constraint sku_cost_change_sku_fkey foreign key (sku) references procurement_sku (sku);
alter table reorder_proposal_line drop constraint reorder_proposal_line_sku_fkey,
    add constraint reorder_proposal_line_sku_fkey foreign key (sku) references procurement_sku (sku);
