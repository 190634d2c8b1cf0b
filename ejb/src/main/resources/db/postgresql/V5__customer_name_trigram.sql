-- PostgreSQL only: "name contains" searches over a million customers use a trigram index on the
-- folded name (pg_trgm is a trusted extension: the database owner may create it).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX ix_customer_search_name_trgm ON customer USING gin (search_name gin_trgm_ops);
