package com.tierwise.hic;

import java.io.Serializable;

/** One qualifying question, scored 0..5 and explained in the nominator's words. */
public record Answer(Question question, int score, String explanation) implements Serializable {}
