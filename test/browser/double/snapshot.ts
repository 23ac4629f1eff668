import { columnLetters } from "./address";
import { Sheet } from "./sheet";

/** A frozen copy of one sheet's cells, for asserting that an operation left the user's cells alone. */
export class SheetSnapshot {
  constructor(private readonly copy: Sheet) {}

  /** Name of the sheet when the snapshot was taken. */
  get sheetName(): string {
    return this.copy.name;
  }

  /**
   * Values of an A1 range at the time of the snapshot.
   * @example snapshot.getValues("A1:B1") // [["Customer", "Amount"]]
   */
  getValues(address: string): ReturnType<Sheet["getValues"]> {
    return this.copy.getValues(address);
  }

  /**
   * A1 addresses of cells whose value, formula or number format differs from `other`, row by row per
   * column, at most `limit` of them.
   * @example after.differencesFrom(before) // [] when nothing changed
   */
  differencesFrom(other: SheetSnapshot, limit = 100): string[] {
    const differences: string[] = [];
    const columnCount = Math.max(this.copy.allocatedColumns, other.copy.allocatedColumns);
    for (let column = 0; column < columnCount && differences.length < limit; column++) {
      const rowCount = Math.max(this.copy.allocatedRows(column), other.copy.allocatedRows(column));
      if (rowCount === 0) continue;
      const rectangle = { row: 0, column, rowCount, columnCount: 1 };
      const [mine, theirs] = [this.copy, other.copy].map((sheet) => ({
        formulas: sheet.readFormulas(rectangle),
        formats: sheet.readNumberFormats(rectangle),
      }));
      for (let row = 0; row < rowCount && differences.length < limit; row++) {
        const same =
          mine.formulas[row][0] === theirs.formulas[row][0] &&
          mine.formats[row][0] === theirs.formats[row][0];
        if (!same) differences.push(`${columnLetters(column)}${row + 1}`);
      }
    }
    return differences;
  }
}
