/** Error codes the double raises, spelled as Excel reports them in `OfficeExtension.Error.code`. */
export type HostErrorCode =
  | "InvalidArgument"
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "InvalidOperation"
  | "InvalidOperationInCellEditMode"
  | "InvalidSelection"
  | "RangeExceedsLimit"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "GeneralException";

const LIMITS_DOCUMENTATION =
  "https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins";

/**
 * Excel's own wording for each code, used when the failing operation has nothing more specific to
 * say (learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
 */
const DEFAULT_MESSAGES: Record<HostErrorCode, string> = {
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  ItemNotFound: "The requested resource doesn't exist.",
  ItemAlreadyExists: "A resource with the same name or identifier already exists.",
  InvalidOperation: "The operation is invalid for the object.",
  InvalidOperationInCellEditMode:
    "The operation isn't available while Excel is in Edit cell mode. Exit Edit mode by using the Enter or Tab keys, or by selecting another cell, and then try again.",
  InvalidSelection: "The current selection is invalid for this operation.",
  RangeExceedsLimit: "The cell count in the range has exceeded the maximum supported number.",
  RequestPayloadSizeLimitExceeded: `The request payload size has exceeded the limit. Please refer to the documentation: "${LIMITS_DOCUMENTATION}".`,
  ResponsePayloadSizeLimitExceeded: `The response payload size has exceeded the limit. Please refer to the documentation: "${LIMITS_DOCUMENTATION}".`,
  GeneralException: "There was an internal error while processing the request.",
};

/** An error the Excel host reports for one operation of a batch; the client rethrows it as `OfficeExtension.Error`. */
export class HostError extends Error {
  readonly code: HostErrorCode;
  /** Where Excel says the error happened, e.g. `Worksheets.add`; filled in by the executor. */
  location = "";

  constructor(code: HostErrorCode, message?: string) {
    super(message ?? DEFAULT_MESSAGES[code]);
    this.name = "HostError";
    this.code = code;
  }
}

/**
 * Throws `InvalidArgument` with the given reason unless the condition holds.
 * @example requireArgument(rowCount > 0, "rowCount must be positive")
 */
export function requireArgument(condition: boolean, reason?: string): asserts condition {
  if (!condition) throw new HostError("InvalidArgument", reason);
}
