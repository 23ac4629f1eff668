/** Distinct texts in order of first appearance, each with its position in that order. */
export interface TextPositions {
  /** Each text once, as first given. */
  readonly values: string[];
  /** Position of `text` among the values, appending it when new. */
  positionOf(text: string): number;
}

/**
 * An empty list of distinct texts that numbers each new text in turn: how customer ids and
 * attribute values become small integers in a column of a typed array.
 *
 * @example
 * const regions = createTextPositions();
 * regions.positionOf("Nord"); // 0
 * regions.positionOf("Syd"); // 1
 * regions.positionOf("Nord"); // 0
 * regions.values; // ["Nord", "Syd"]
 */
export function createTextPositions(): TextPositions {
  const positions = new Map<string, number>();
  const values: string[] = [];
  return {
    values,
    positionOf(text) {
      let position = positions.get(text);
      if (position === undefined) {
        position = values.length;
        positions.set(text, position);
        values.push(text);
      }
      return position;
    },
  };
}

/**
 * The trimmed text of a cell that names something (a customer, a region); "" for blanks,
 * booleans and numbers that are not finite.
 *
 * @example
 * cellText("  K-17 "); // "K-17"
 * cellText(1001); // "1001"
 * cellText(null); // ""
 */
export function cellText(cell: unknown): string {
  if (typeof cell === "string") return cell.trim();
  if (typeof cell === "number" && Number.isFinite(cell)) return String(cell);
  return "";
}
