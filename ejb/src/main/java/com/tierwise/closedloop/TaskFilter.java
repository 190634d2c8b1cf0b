package com.tierwise.closedloop;

/** Optional filters of the task list; null means any. */
public record TaskFilter(TaskType type, TaskStatus status, String assignee) {}
