/** What one `context.sync()` cost, as Excel on the web would meter it. */
export interface SyncStats {
  /** UTF-8 bytes of the request batch as sent (limit 5 MB). */
  readonly requestBytes: number;
  /** UTF-8 bytes of the response (limit 5 MB). */
  readonly responseBytes: number;
  /** Queued operations in the batch (loads, property writes, method calls). */
  readonly operationCount: number;
  /** Cells read, counted once per loaded property of values, numberFormat, text or formulas. */
  readonly cellsRead: number;
  /** Cells written, counted once per written property of values, numberFormat or formulas. */
  readonly cellsWritten: number;
  /** Milliseconds the host spent on the batch. */
  readonly milliseconds: number;
  /** The error code that stopped the batch, if any. */
  readonly errorCode?: string;
}
