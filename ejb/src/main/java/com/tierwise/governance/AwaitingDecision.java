package com.tierwise.governance;

/**
 * Fired when a request starts waiting for the governance board (a new or resubmitted override
 * or nomination); observed after commit to mail the deciders.
 *
 * @param kind what waits, e.g. "Override 12" or "HIC nomination 7"
 * @param summary one line about it
 * @param requestedBy who asked, who is not mailed (they cannot decide their own request)
 */
public record AwaitingDecision(String kind, String summary, String requestedBy) {}
