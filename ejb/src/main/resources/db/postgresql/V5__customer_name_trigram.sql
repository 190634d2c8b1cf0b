-- PostgreSQL only: "name contains" searches over a million customers use a trigram index on the
-- folded name. pg_trgm is a trusted extension (the database owner may create it); it lives in
-- schema public, named explicitly, so the index works whatever schema Tierwise uses and whatever
-- the search path is.
CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;
CREATE INDEX ix_customer_search_name_trgm ON customer USING gin (search_name public.gin_trgm_ops);
