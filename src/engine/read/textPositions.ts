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

/**
 * The number a text id stands for, when it is a finite number as String writes it (so that
 * "17" is the id 17, as a number cell gives it); NaN for any other text, "017", "17.0", "NaN"
 * and "Infinity" among them.
 *
 * @example
 * numberOfId("17"); // 17
 * numberOfId("17.0"); // NaN: other text
 * numberOfId("Infinity"); // NaN
 */
export function numberOfId(id: string): number {
  const number = Number(id);
  return number - number === 0 && String(number) === id ? number : NaN;
}

/** Whole-number ids below this are looked up in an array rather than a Map (16 MB at most). */
const DENSE_ID_LIMIT = 1 << 22;
/** The array covers ids up to this many times the ids seen, plus DENSE_ID_SLACK, so a few large ids in a small log stay in the Map. */
const DENSE_IDS_PER_ID = 64;
const DENSE_ID_SLACK = 1 << 16;

/**
 * Ids (of customers, of orders) numbered in order of first appearance, a number and its text
 * being one id (17 and "17", as cellText reads a number): how customer and order ids become
 * small integers. Number cells, as Excel hands most ids over, never become text to be looked
 * up: a small whole number is an index into an array, any other number a Map key; a text id
 * that is a number as String writes it ("17", not "017" or "17.0") is looked up as that number.
 * A class, so that every builder's row loop calls the same methods and they stay inlined.
 *
 * @example
 * const customers = new IdPositions();
 * customers.positionOfNumber(17); // 0
 * customers.positionOfText("K-9"); // 1
 * customers.positionOf(" 17 "); // 0: the same id as 17
 * customers.positionOf("17.0"); // 2: other text
 * customers.positionOf(null); // −1
 * customers.values; // ["17", "K-9", "17.0"]
 */
export class IdPositions {
  /** Each id once as text, in order of first appearance. */
  readonly values: string[] = [];
  private readonly texts = new Map<string, number>();
  /** Numbers outside the dense table, keyed by value (a Map treats -0 as 0, as String does). */
  private readonly numbers = new Map<number, number>();
  /**
   * Position + 1 of each small whole-number id seen, 0 for one not seen: an array index is
   * about ten times quicker than a Map keyed by numbers, which hashes each double afresh.
   */
  private dense: Int32Array = new Int32Array(0);

  /** Position of a finite number's id, appending it when new. */
  positionOfNumber(id: number): number {
    const slot = id | 0; // -0 | 0 is 0, as String(-0) is "0"
    if (slot === id && slot >= 0 && slot < this.dense.length) {
      const known = this.dense[slot];
      if (known > 0) return known - 1;
    }
    return this.positionOfNewOrLargeNumber(id);
  }

  /** Position of a trimmed, non-blank text id, appending it when new. */
  positionOfText(id: string): number {
    let position = this.texts.get(id);
    if (position === undefined) {
      const number = numberOfId(id);
      position = Number.isNaN(number) ? this.append(id) : this.positionOfNumber(number);
      this.texts.set(id, position);
    }
    return position;
  }

  /** Position of the id in a cell, appending it when new; −1 for a blank cell. */
  positionOf(cell: unknown): number {
    if (typeof cell === "number" && cell - cell === 0) return this.positionOfNumber(cell);
    const text = cellText(cell);
    return text === "" ? -1 : this.positionOfText(text);
  }

  /** positionOfNumber for an id not in the dense table: new, or not a small whole number. */
  private positionOfNewOrLargeNumber(id: number): number {
    const slot = id | 0;
    if (slot === id && slot >= 0) {
      if (slot >= this.dense.length)
        this.dense = widenedTable(this.dense, slot, this.values.length);
      if (slot < this.dense.length) {
        // A number new to the table may have gone to the Map while the table was smaller.
        const position = this.numbers.get(slot) ?? this.append(String(slot));
        this.dense[slot] = position + 1;
        return position;
      }
    }
    let position = this.numbers.get(id);
    if (position === undefined) {
      position = this.append(String(id));
      this.numbers.set(id, position);
    }
    return position;
  }

  private append(text: string): number {
    this.values.push(text);
    return this.values.length - 1;
  }
}

/**
 * The dense id table grown to hold slot (a power of two long), or the table itself when slot
 * is past DENSE_ID_LIMIT or too large for the ids seen so far.
 */
function widenedTable(table: Int32Array, slot: number, idsSeen: number): Int32Array {
  if (slot >= DENSE_ID_LIMIT || slot >= DENSE_IDS_PER_ID * idsSeen + DENSE_ID_SLACK) return table;
  let length = Math.max(table.length, 1024);
  while (length <= slot) length *= 2;
  const wider = new Int32Array(length);
  wider.set(table);
  return wider;
}
