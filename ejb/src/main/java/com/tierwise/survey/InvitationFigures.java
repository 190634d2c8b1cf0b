package com.tierwise.survey;

/**
 * The invitations of one customer owner's customers in a period: how many were sent, how many
 * answered, and the sums and counts of the optional CSAT and CES answers (for averages by team).
 */
public record InvitationFigures(
    String owner, long invited, long answered, long csatSum, long csatAnswers, long cesSum, long cesAnswers) {}
