-- Teams and managers (issue 5): a user belongs to at most one team (by name: a team exists while
-- someone is in it) and may have a manager, another user. Portable between PostgreSQL and H2 2.x.
ALTER TABLE app_user ADD COLUMN team VARCHAR(100);
ALTER TABLE app_user ADD COLUMN manager_id BIGINT REFERENCES app_user (id) ON DELETE SET NULL;
CREATE INDEX ix_app_user_team ON app_user (team);
CREATE INDEX ix_app_user_manager ON app_user (manager_id);

-- Whom an overdue task was escalated to: the customer owner's manager (their user name), or NULL
-- when it went to the CX lead (no owner, no such user, or no manager with a mail address).
ALTER TABLE cx_task ADD COLUMN escalated_to_user VARCHAR(64);
