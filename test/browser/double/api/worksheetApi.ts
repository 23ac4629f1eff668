import { parseAddress } from "../address";
import { HostError, requireArgument } from "../hostError";
import { Rectangle, SHEET_COLUMNS, SHEET_ROWS } from "../rectangle";
import { Sheet } from "../sheet";
import { sameName } from "../sheetName";
import {
  ApiObject,
  BatchContext,
  NullObject,
  requireInteger,
  requireRectangle,
  requireText,
} from "./apiObject";
import { ChartCollectionApi } from "./chartApi";
import { RangeApi } from "./rangeApi";
import { TableCollectionApi } from "./tableApi";

/** `Excel.Worksheet`. */
export class WorksheetApi extends ApiObject {
  readonly typeName = "Worksheet";

  constructor(
    batch: BatchContext,
    readonly sheet: Sheet
  ) {
    super(batch);
    const workbook = batch.workbook;
    Object.assign(this.getters, {
      name: () => sheet.name,
      id: () => sheet.id,
      position: () => workbook.sheets().indexOf(sheet),
      visibility: () => "Visible",
    });
    Object.assign(this.setters, {
      name: (name: unknown) => workbook.renameSheet(sheet, name),
      position: (position: unknown) =>
        workbook.moveSheet(sheet, requireInteger(position, "position")),
    });
    Object.assign(this.navigation, {
      tables: () => new TableCollectionApi(batch, sheet),
      charts: () => new ChartCollectionApi(batch, sheet),
      freezePanes: () => new FreezePanesApi(batch, sheet),
    });
    Object.assign(this.methods, {
      getRange: (address?: unknown) =>
        this.range(
          address === undefined || address === "" ? wholeSheet() : this.rectangleOf(address)
        ),
      getRangeByIndexes: (row: unknown, column: unknown, rowCount: unknown, columnCount: unknown) =>
        this.range(
          requireRectangle({
            row: requireInteger(row, "startRow"),
            column: requireInteger(column, "startColumn"),
            rowCount: requireInteger(rowCount, "rowCount"),
            columnCount: requireInteger(columnCount, "columnCount"),
          })
        ),
      getCell: (row: unknown, column: unknown) =>
        this.range(
          requireRectangle({
            row: requireInteger(row, "row"),
            column: requireInteger(column, "column"),
            rowCount: 1,
            columnCount: 1,
          })
        ),
      getUsedRange: (valuesOnly: unknown = false) =>
        this.range(
          sheet.usedRange(valuesOnly === true) ?? { row: 0, column: 0, rowCount: 1, columnCount: 1 }
        ),
      getUsedRangeOrNullObject: (valuesOnly: unknown = false) => {
        const used = sheet.usedRange(valuesOnly === true);
        return used ? this.range(used) : new NullObject(batch, "Range");
      },
      activate: () => {
        workbook.activate(sheet);
        batch.selectionChanged = true;
      },
      delete: () => workbook.deleteSheet(sheet),
    });
  }

  override reference(): string {
    return `sheet:${this.sheet.id}`;
  }

  /** Parses an address for this sheet; a sheet prefix must name this sheet. */
  rectangleOf(address: unknown): Rectangle {
    const parsed = parseAddress(requireText(address, "address"));
    if (parsed.sheetName !== undefined && !sameName(parsed.sheetName, this.sheet.name)) {
      throw new HostError(
        "InvalidArgument",
        `'${String(address)}' refers to another sheet than '${this.sheet.name}'.`
      );
    }
    return parsed.rectangle;
  }

  private range(rectangle: Rectangle): RangeApi {
    return new RangeApi(this.batch, this.sheet, rectangle);
  }
}

/** `Excel.WorksheetFreezePanes`: records the frozen rows and columns. */
class FreezePanesApi extends ApiObject {
  readonly typeName = "WorksheetFreezePanes";

  constructor(batch: BatchContext, sheet: Sheet) {
    super(batch);
    Object.assign(this.methods, {
      freezeRows: (count: unknown = 1) => {
        sheet.frozenRows = requireCount(count, SHEET_ROWS);
        sheet.frozenColumns = 0;
      },
      freezeColumns: (count: unknown = 1) => {
        sheet.frozenColumns = requireCount(count, SHEET_COLUMNS);
        sheet.frozenRows = 0;
      },
      unfreeze: () => {
        sheet.frozenRows = 0;
        sheet.frozenColumns = 0;
      },
    });
  }
}

function requireCount(count: unknown, limit: number): number {
  const value = requireInteger(count, "count");
  requireArgument(value >= 0 && value < limit, `count must be between 0 and ${limit - 1}.`);
  return value;
}

function wholeSheet(): Rectangle {
  return { row: 0, column: 0, rowCount: SHEET_ROWS, columnCount: SHEET_COLUMNS };
}
