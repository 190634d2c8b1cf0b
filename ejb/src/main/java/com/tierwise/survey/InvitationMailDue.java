package com.tierwise.survey;

import com.tierwise.platform.mail.OutgoingMail;

/** An invitation was stored; its mail goes out once the transaction that stored it commits. */
public record InvitationMailDue(long invitationId, OutgoingMail mail) {}
