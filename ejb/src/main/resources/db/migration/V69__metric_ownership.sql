-- Metric ownership and the scorecard (issue 5): every CX metric has one accountable executive, and
-- targets per team and quarter. Metrics are the codes of organisation.scorecard.CxMetric; quarters
-- are quarters such as 2026-Q4. Portable between PostgreSQL and H2 2.x.
CREATE TABLE cx_metric_owner (
    metric     VARCHAR(40) PRIMARY KEY,
    owner      VARCHAR(64) NOT NULL,
    updated_by VARCHAR(64) NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE cx_metric_target (
    metric     VARCHAR(40)    NOT NULL,
    team       VARCHAR(100)   NOT NULL,
    quarter    VARCHAR(7)     NOT NULL,
    target     NUMERIC(12, 4) NOT NULL,
    updated_by VARCHAR(64)    NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (metric, team, quarter)
);
