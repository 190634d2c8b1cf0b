package com.tierwise.organisation.team;

import java.io.Serializable;
import java.util.List;

/** A team as the directory shows it: its members, and the managers they report to. */
public record Team(String name, List<Member> members, List<String> managers) implements Serializable {}
