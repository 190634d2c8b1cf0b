package com.tierwise.organisation.glossary;

import java.util.List;

/** One page of a glossary search and the number of all matches. */
public record GlossaryPage(long total, List<GlossaryTerm> terms) {}
