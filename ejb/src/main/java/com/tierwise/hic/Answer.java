package com.tierwise.hic;

/** One qualifying question, scored 0..5 and explained in the nominator's words. */
public record Answer(Question question, int score, String explanation) {}
