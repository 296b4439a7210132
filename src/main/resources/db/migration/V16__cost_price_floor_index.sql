-- The minPrice filter keeps costs whose range reaches it: an open-ended range (max_amount null) always does. Written as
-- coalesce(max_amount, 'Infinity') >= minPrice (CostRepository), it is a range condition on this index, so counting and
-- paging a broad price filter read only the matching entries (2.7 ms instead of 9.5 ms to count 10,000 of 76,000 on the
-- large benchmark set), index-only thanks to the included column.
create index cost_therapy_upper_idx on cost (therapy_code, coalesce(max_amount, 'Infinity'::numeric)) include (max_amount);
