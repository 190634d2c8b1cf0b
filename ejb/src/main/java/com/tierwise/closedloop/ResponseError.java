package com.tierwise.closedloop;

/**
 * A problem with one element of a batch of survey responses.
 *
 * @param index the element's position in the array, counting from 0
 * @param field the JSON field at fault, or null when the whole element is
 * @param message what is wrong and what is expected, as an English sentence
 */
public record ResponseError(int index, String field, String message) {}
