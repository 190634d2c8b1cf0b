-- Escalation of overdue closed-loop tasks (issue 5): recorded on the task so that it happens once,
-- whichever node's timer finds it first. The task keeps its status (OPEN or CLAIMED).
ALTER TABLE cx_task ADD COLUMN escalated_at TIMESTAMP WITH TIME ZONE;
-- The address the escalation mail went to; NULL when no CX lead address is configured.
ALTER TABLE cx_task ADD COLUMN escalated_to VARCHAR(320);
