package com.tierwise.organisation.team;

import java.io.Serializable;

/**
 * A user's place in the organisation: their team, their manager (a user name) and where mail
 * reaches them; any of them may be null.
 */
public record Member(String username, String team, String manager, String email, boolean enabled) implements Serializable {}
