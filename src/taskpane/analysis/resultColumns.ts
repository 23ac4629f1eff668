import type { ColumnHighlight } from "../../excel/columnHighlight";
import type { CellValue, SheetTable, TableContent } from "../../excel/sheetTable";
import type { AnalysisSheetKey, PaneStrings } from "../i18n/paneStrings";

/** One column of a result table: its header, number format, highlight and a cell per row. */
export interface ResultColumn {
  header: string;
  format?: string;
  /** A colour scale or data bars over the column's cells; adjacent columns with the same one share it. */
  highlight?: ColumnHighlight;
  cell: (row: number) => CellValue | number;
}

/**
 * The Excel number formats of the result sheets.
 * @example
 * { header: "Revenue", format: NUMBER_FORMATS.money, cell: (row) => revenue[row] } // 1234.5 shows as 1,234.50
 */
export const NUMBER_FORMATS = {
  money: "#,##0.00",
  count: "#,##0",
  decimal: "0.00",
  share: "0.0%",
  text: "@",
} as const;

/**
 * The table that opens the sheet `key`, named after it (CX_customers on CX Customers), over
 * result columns.
 * @example
 * resultTable(stringsByLanguage.en, "atRisk", [{ header: "Customer", cell: (row) => ids[row] }], 3)
 * // -> { sheetName: "CX At Risk", tableName: "CX_atRisk", header: ["Customer"], rowCount: 3, … }
 */
export function resultTable(
  strings: PaneStrings,
  key: AnalysisSheetKey,
  columns: readonly ResultColumn[],
  rowCount: number
): SheetTable {
  return { sheetName: strings.sheetNames[key], ...columnTable(`CX_${key}`, columns, rowCount) };
}

/**
 * A table over result columns, its rows built block by block when the writer asks; numbers that
 * are not finite (a model missing, a customer table's dates) are written as blank cells.
 * @example
 * const table = columnTable("CX_grid", [{ header: "F 1", format: "0", highlight: "threeColorScale",
 *   cell: (row) => [4, NaN][row] }], 2);
 * table.rows(0, 2) // -> [[4], [""]]
 * table.columnHighlights // -> ["threeColorScale"]
 */
export function columnTable(
  tableName: string,
  columns: readonly ResultColumn[],
  rowCount: number
): TableContent {
  return {
    tableName,
    header: columns.map((column) => column.header),
    rowCount,
    columnFormats: columns.map((column) => column.format),
    columnHighlights: columns.map((column) => column.highlight),
    rows: (start, end) => {
      const rows: CellValue[][] = new Array(end - start);
      for (let row = start; row < end; row++) {
        const cells: CellValue[] = new Array(columns.length);
        for (let column = 0; column < columns.length; column++) {
          const value = columns[column].cell(row);
          cells[column] = typeof value === "number" && !Number.isFinite(value) ? "" : value;
        }
        rows[row - start] = cells;
      }
      return rows;
    },
  };
}

/**
 * A one-column table of lines of text, one a row (see TableContent.prose): the account at the
 * top of a sheet, or of a part of one.
 * @example
 * proseTable("CX_channelNotes", "Channels", ["Attribution: first touch.", "Spend: the whole log."])
 * // -> { tableName: "CX_channelNotes", header: ["Channels"], rowCount: 2, prose: true, … }
 */
export function proseTable(
  tableName: string,
  header: string,
  lines: readonly string[]
): TableContent {
  const column: ResultColumn = { header, format: NUMBER_FORMATS.text, cell: (row) => lines[row] };
  return { ...columnTable(tableName, [column], lines.length), prose: true };
}
