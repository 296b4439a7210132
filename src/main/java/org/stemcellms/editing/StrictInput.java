package org.stemcellms.editing;

/**
 * A JSON request body read by {@link InputReader}: every unknown property and every value of the wrong type
 * is named at once, by its JSON path, in one 400 problem.
 */
public interface StrictInput {
}
