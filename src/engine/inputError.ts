/** Which Excel error a bad input maps to: #VALUE!, #N/A, #NUM! or #DIV/0!. */
export type InputErrorKind = "value" | "na" | "num" | "div";

/**
 * The one error the engine throws for bad input. It names the argument as the user knows it
 * (the Excel argument name) so an adapter or the task pane can show where the problem is.
 *
 * @example
 * const error = new InputError("average_order_value", "must not be negative", "num");
 * error.message; // "average_order_value: must not be negative"
 */
export class InputError extends Error {
  readonly argument: string;
  readonly reason: string;
  readonly kind: InputErrorKind;

  constructor(argument: string, reason: string, kind: InputErrorKind) {
    super(`${argument}: ${reason}`);
    this.name = "InputError";
    this.argument = argument;
    this.reason = reason;
    this.kind = kind;
  }
}
