-- The price-range filter keeps costs whose range reaches minPrice (max_amount null or >= it): with this index the
-- count of a filtered list is an index-only scan instead of a read of the whole table (bench/run.sh, DATASET=large).
create index cost_therapy_max_idx on cost (therapy_code, max_amount);
