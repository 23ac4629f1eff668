/**
 * The pane showed an error (or could not run, or was not given the file); the message is the
 * pane's own, or says what to do.
 * @example
 * throw new PaneError("No row has a customer, a readable date and a numeric amount.");
 */
export class PaneError extends Error {}
