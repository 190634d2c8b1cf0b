-- HIC nominations, memberships and profiles are written through JPA from here on, so Hibernate
-- Envers audits them like overrides and the treatment policy (V50). hbm2ddl is off: the audit
-- tables are created here, in the layout Envers expects. Portable between PostgreSQL and H2 2.x.

-- What the board said at a membership's last decision (approval, re-review, revocation): part of
-- the audited state, so the audit can show why.
ALTER TABLE hic_membership ADD COLUMN review_comment VARCHAR(4000);

CREATE TABLE hic_nomination_aud (
    id               BIGINT NOT NULL,
    rev              BIGINT NOT NULL REFERENCES audit_revision (id),
    revtype          SMALLINT,
    customer_id      BIGINT,
    uniqueness_risk  VARCHAR(4000),
    nominated_by     VARCHAR(64),
    nominated_at     TIMESTAMP WITH TIME ZONE,
    status           VARCHAR(16),
    decided_by       VARCHAR(64),
    decided_at       TIMESTAMP WITH TIME ZONE,
    decision_comment VARCHAR(4000),
    PRIMARY KEY (id, rev)
);
CREATE INDEX ix_hic_nomination_aud_rev ON hic_nomination_aud (rev);
CREATE INDEX ix_hic_nomination_aud_customer ON hic_nomination_aud (customer_id);

-- A set of answers: Envers numbers the changes within a revision (setordinal).
CREATE TABLE hic_nomination_answer_aud (
    nomination_id BIGINT   NOT NULL,
    rev           BIGINT   NOT NULL REFERENCES audit_revision (id),
    revtype       SMALLINT NOT NULL,
    setordinal    INT      NOT NULL,
    question      VARCHAR(32),
    score         INT,
    explanation   VARCHAR(4000),
    PRIMARY KEY (nomination_id, rev, revtype, setordinal)
);

CREATE TABLE hic_membership_aud (
    customer_id    BIGINT NOT NULL,
    rev            BIGINT NOT NULL REFERENCES audit_revision (id),
    revtype        SMALLINT,
    nomination_id  BIGINT,
    since          TIMESTAMP WITH TIME ZONE,
    review_due     DATE,
    reviewed_by    VARCHAR(64),
    reviewed_at    TIMESTAMP WITH TIME ZONE,
    review_comment VARCHAR(4000),
    PRIMARY KEY (customer_id, rev)
);
CREATE INDEX ix_hic_membership_aud_rev ON hic_membership_aud (rev);

CREATE TABLE hic_profile_aud (
    customer_id    BIGINT NOT NULL,
    rev            BIGINT NOT NULL REFERENCES audit_revision (id),
    revtype        SMALLINT,
    demanding      VARCHAR(4000),
    differentiated VARCHAR(4000),
    direct_line    VARCHAR(64),
    delivered      VARCHAR(4000),
    updated_by     VARCHAR(64),
    updated_at     TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (customer_id, rev)
);
CREATE INDEX ix_hic_profile_aud_rev ON hic_profile_aud (rev);

CREATE TABLE hic_team_member_aud (
    customer_id BIGINT   NOT NULL,
    rev         BIGINT   NOT NULL REFERENCES audit_revision (id),
    revtype     SMALLINT NOT NULL,
    position    INT      NOT NULL,
    name        VARCHAR(200),
    team_role   VARCHAR(100),
    contact     VARCHAR(254),
    PRIMARY KEY (customer_id, rev, revtype, position)
);

-- The baseline, as in V50: today's records, so the first change after this has a "before". The
-- audit views use it as a starting state and never show it; what happened before it stays
-- readable in governance_audit.
INSERT INTO audit_revision (revised_at, username, request_id) VALUES (CURRENT_TIMESTAMP, 'system', 'baseline');
INSERT INTO hic_nomination_aud (id, rev, revtype, customer_id, uniqueness_risk, nominated_by, nominated_at, status,
                                decided_by, decided_at, decision_comment)
SELECT id, (SELECT MAX(id) FROM audit_revision), 0, customer_id, uniqueness_risk, nominated_by, nominated_at, status,
       decided_by, decided_at, decision_comment
FROM hic_nomination;
INSERT INTO hic_nomination_answer_aud (nomination_id, rev, revtype, setordinal, question, score, explanation)
SELECT nomination_id, (SELECT MAX(id) FROM audit_revision), 0,
       ROW_NUMBER() OVER (PARTITION BY nomination_id ORDER BY question), question, score, explanation
FROM hic_nomination_answer;
INSERT INTO hic_membership_aud (customer_id, rev, revtype, nomination_id, since, review_due, reviewed_by, reviewed_at,
                                review_comment)
SELECT customer_id, (SELECT MAX(id) FROM audit_revision), 0, nomination_id, since, review_due, reviewed_by, reviewed_at,
       review_comment
FROM hic_membership;
INSERT INTO hic_profile_aud (customer_id, rev, revtype, demanding, differentiated, direct_line, delivered, updated_by,
                             updated_at)
SELECT customer_id, (SELECT MAX(id) FROM audit_revision), 0, demanding, differentiated, direct_line, delivered,
       updated_by, updated_at
FROM hic_profile;
INSERT INTO hic_team_member_aud (customer_id, rev, revtype, position, name, team_role, contact)
SELECT customer_id, (SELECT MAX(id) FROM audit_revision), 0, position, name, team_role, contact
FROM hic_team_member;
