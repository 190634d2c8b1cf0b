package com.tierwise.closedloop;

/**
 * Filters of the response list; null means any.
 *
 * @param text words the comment contains, matched in any script (see customer.SearchText)
 * @param category promoters, passives or detractors only
 */
public record ResponseSearch(String text, Touchpoint touchpoint, Nps.Category category) {}
