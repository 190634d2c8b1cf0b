-- How each department (sales, marketing, service, ...) segments customers, as imported, to
-- measure how far the silos agree with each other and with the computed hierarchy.
CREATE TABLE silo_segmentation (
    department  VARCHAR(32) NOT NULL,
    customer_id BIGINT      NOT NULL REFERENCES customer (id),
    label       VARCHAR(64) NOT NULL,
    imported_by VARCHAR(64) NOT NULL,
    imported_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (department, customer_id)
);
CREATE INDEX ix_silo_segmentation_customer ON silo_segmentation (customer_id);
