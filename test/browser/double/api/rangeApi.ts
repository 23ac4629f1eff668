import { qualifiedAddress } from "../address";
import { requireArgument } from "../hostError";
import { Rectangle, SHEET_COLUMNS, SHEET_ROWS } from "../rectangle";
import { ClearTarget, Sheet } from "../sheet";
import { ApiObject, BatchContext, requireInteger, requireRectangle } from "./apiObject";
import { ConditionalFormatCollectionApi } from "./conditionalFormatApi";
import { WorksheetApi } from "./worksheetApi";

const CLEAR_TARGETS: readonly string[] = ["All", "Contents", "Formats"];

/** `Excel.Range`: a rectangle of one sheet. */
export class RangeApi extends ApiObject {
  readonly typeName = "Range";

  constructor(
    batch: BatchContext,
    readonly sheet: Sheet,
    readonly rectangle: Rectangle
  ) {
    super(batch);
    Object.assign(this.getters, {
      address: () => qualifiedAddress(sheet.name, rectangle),
      addressLocal: () => qualifiedAddress(sheet.name, rectangle),
      rowCount: () => rectangle.rowCount,
      columnCount: () => rectangle.columnCount,
      rowIndex: () => rectangle.row,
      columnIndex: () => rectangle.column,
      cellCount: () => rectangle.rowCount * rectangle.columnCount,
      isEntireColumn: () => rectangle.rowCount === SHEET_ROWS,
      isEntireRow: () => rectangle.columnCount === SHEET_COLUMNS,
      values: () => this.read(() => sheet.readValues(rectangle)),
      formulas: () => this.read(() => sheet.readFormulas(rectangle)),
      numberFormat: () => this.read(() => sheet.readNumberFormats(rectangle)),
      text: () => this.read(() => sheet.readText(rectangle)),
    });
    Object.assign(this.setters, {
      values: (value: unknown) => this.write(() => sheet.writeValues(rectangle, value)),
      formulas: (value: unknown) => this.write(() => sheet.writeFormulas(rectangle, value)),
      numberFormat: (value: unknown) =>
        this.write(() => sheet.writeNumberFormats(rectangle, value)),
    });
    Object.assign(this.navigation, {
      worksheet: () => new WorksheetApi(batch, sheet),
      format: () => new RangeFormatApi(batch, sheet, rectangle),
      conditionalFormats: () => new ConditionalFormatCollectionApi(batch, sheet, rectangle),
    });
    Object.assign(this.methods, {
      getCell: (row: unknown, column: unknown) =>
        this.relative(requireInteger(row, "row"), requireInteger(column, "column"), 1, 1),
      getRow: (row: unknown) =>
        this.relative(requireInteger(row, "row"), 0, 1, rectangle.columnCount),
      getColumn: (column: unknown) =>
        this.relative(0, requireInteger(column, "column"), rectangle.rowCount, 1),
      getOffsetRange: (rows: unknown, columns: unknown) =>
        this.relative(
          requireInteger(rows, "rowOffset"),
          requireInteger(columns, "columnOffset"),
          rectangle.rowCount,
          rectangle.columnCount
        ),
      getResizedRange: (rows: unknown, columns: unknown) =>
        this.relative(
          0,
          0,
          rectangle.rowCount + requireInteger(rows, "deltaRows"),
          rectangle.columnCount + requireInteger(columns, "deltaColumns")
        ),
      getEntireColumn: () => this.at({ ...rectangle, row: 0, rowCount: SHEET_ROWS }),
      getEntireRow: () => this.at({ ...rectangle, column: 0, columnCount: SHEET_COLUMNS }),
      getSurroundingRegion: () => this.at(sheet.surroundingRegion(rectangle)),
      select: () => {
        batch.workbook.selectRectangle(sheet, rectangle);
        batch.selectionChanged = true;
      },
      clear: (applyTo: unknown = "All") => {
        requireArgument(
          typeof applyTo === "string" && CLEAR_TARGETS.includes(applyTo),
          `applyTo must be one of ${CLEAR_TARGETS.join(", ")}.`
        );
        sheet.clear(rectangle, applyTo as ClearTarget);
      },
    });
  }

  private read<T>(reader: () => T): T {
    this.batch.countRead(this.rectangle);
    return reader();
  }

  private write(writer: () => void): void {
    writer();
    this.batch.countWrite(this.rectangle);
  }

  private at(rectangle: Rectangle): RangeApi {
    return new RangeApi(this.batch, this.sheet, requireRectangle(rectangle));
  }

  private relative(
    rowOffset: number,
    columnOffset: number,
    rowCount: number,
    columnCount: number
  ): RangeApi {
    return this.at({
      row: this.rectangle.row + rowOffset,
      column: this.rectangle.column + columnOffset,
      rowCount,
      columnCount,
    });
  }
}

/** `Excel.RangeFormat`: widths, heights, alignment and autofit, recorded on the sheet. */
export class RangeFormatApi extends ApiObject {
  readonly typeName = "RangeFormat";

  constructor(batch: BatchContext, sheet: Sheet, rectangle: Rectangle) {
    super(batch);
    const columns = { ...rectangle, row: 0, rowCount: SHEET_ROWS };
    const rows = { ...rectangle, column: 0, columnCount: SHEET_COLUMNS };
    defineRecordedProperties(this.getters, this.setters, sheet, columns, {
      columnWidth: Sheet.defaultColumnWidth,
    });
    defineRecordedProperties(this.getters, this.setters, sheet, rows, {
      rowHeight: Sheet.defaultRowHeight,
    });
    defineRecordedProperties(this.getters, this.setters, sheet, rectangle, {
      horizontalAlignment: "General",
      verticalAlignment: "Bottom",
      wrapText: false,
    });
    Object.assign(this.navigation, {
      font: () =>
        new RecordedFormatApi(batch, "RangeFont", sheet, rectangle, "font.", {
          bold: false,
          italic: false,
          color: "#000000",
          size: 11,
          name: "Calibri",
        }),
      fill: () =>
        new RecordedFormatApi(batch, "RangeFill", sheet, rectangle, "fill.", { color: "#FFFFFF" }),
    });
    Object.assign(this.methods, {
      autofitColumns: () =>
        sheet.recordFormat(rectangle, "autofitColumns", sheet.longestTexts(rectangle)),
      autofitRows: () => sheet.recordFormat(rectangle, "autofitRows", true),
    });
  }
}

/** `Excel.RangeFont` and `Excel.RangeFill`: properties recorded per range with Excel's defaults. */
class RecordedFormatApi extends ApiObject {
  constructor(
    batch: BatchContext,
    readonly typeName: string,
    sheet: Sheet,
    rectangle: Rectangle,
    prefix: string,
    defaults: Record<string, unknown>
  ) {
    super(batch);
    defineRecordedProperties(this.getters, this.setters, sheet, rectangle, defaults, prefix);
    this.methods.clear = () => sheet.recordFormat(rectangle, `${prefix}clear`, true);
  }
}

/** Adds a getter and setter per property that read and record `prefix + name` on the sheet's format log. */
function defineRecordedProperties(
  getters: Record<string, () => unknown>,
  setters: Record<string, (value: unknown) => void>,
  sheet: Sheet,
  rectangle: Rectangle,
  defaults: Record<string, unknown>,
  prefix = ""
): void {
  for (const [name, defaultValue] of Object.entries(defaults)) {
    getters[name] = () => sheet.formatValue(rectangle, prefix + name, defaultValue);
    setters[name] = (value: unknown) => {
      requireArgument(
        typeof value === typeof defaultValue,
        `${name} must be a ${typeof defaultValue}.`
      );
      sheet.recordFormat(rectangle, prefix + name, value);
    };
  }
}
