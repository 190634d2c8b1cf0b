package com.tierwise.closedloop;

/** Follow-up calls one assignee completed, and the hours from the task opening to done, summed. */
public record CallbackTime(String assignee, long calls, double hours) {}
