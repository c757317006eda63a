-- Tables created without data had no date, so the search index could not hold them.
update statistics_table set updated_on = current_date where updated_on is null;
