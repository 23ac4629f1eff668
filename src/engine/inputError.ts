/**
 * Which Excel error a bad input maps to. Excel shows a message only with #VALUE! and #N/A, so
 * "value" (#VALUE!) is for input a function does not take: not a number, outside its argument's
 * range, not whole, or inconsistent with another argument; "na" (#N/A) for a result that does
 * not exist for valid input, such as a fit that fails. "num" (#NUM!) is left for a result that
 * cannot be computed and says nothing more, such as an overflow, and "div" (#DIV/0!) for a
 * division by zero, as Excel's own arithmetic gives it.
 */
export type InputErrorKind = "value" | "na" | "num" | "div";

/**
 * The one error the engine throws for bad input. It names the argument as the user knows it
 * (the Excel argument name) so an adapter or the task pane can show where the problem is.
 *
 * @example
 * const error = new InputError("average_order_value", "must not be negative", "value");
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
