/**
 * Values of an attribute (channel, region, age group) per row, as positions in a list.
 * @example
 * const channel: AttributeColumn = { values: ["Web", "Shop"], index: Int32Array.of(0, 1, -1, 0) };
 */
export interface AttributeColumn {
  /** Each value once, as the user wrote it. */
  readonly values: readonly string[];
  /** Per row, the position of its value in values; −1 for a blank cell. */
  readonly index: Int32Array;
}
