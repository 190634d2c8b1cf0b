package com.tierwise.closedloop;

import com.tierwise.tiering.Tier;

/** What the closed loop needs to know of a customer: its owner and how it is treated now. */
public record CustomerContext(long id, String externalId, String owner, Tier tier, boolean hic) {}
