package com.tierwise.organisation.glossary;

import java.io.Serializable;

/** A "see also" link of a term: a portal page ("/app/nps.xhtml") or an http(s) address. */
public record SeeAlso(String label, String url) implements Serializable {}
