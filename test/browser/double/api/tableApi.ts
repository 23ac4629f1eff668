import { parseAddress } from "../address";
import { HostError } from "../hostError";
import { Rectangle } from "../rectangle";
import { Sheet } from "../sheet";
import { sameName } from "../sheetName";
import { Table } from "../table";
import {
  ApiObject,
  BatchContext,
  CollectionApi,
  requireBoolean,
  requireInteger,
} from "./apiObject";
import { RangeApi } from "./rangeApi";
import { WorksheetApi } from "./worksheetApi";

/** `Excel.TableCollection` of one sheet, or of the whole workbook when `scope` is undefined. */
export class TableCollectionApi extends CollectionApi {
  readonly typeName = "TableCollection";
  protected readonly itemTypeName = "Table";

  constructor(
    batch: BatchContext,
    private readonly scope: Sheet | undefined
  ) {
    super(batch);
    this.getters.count = () => this.tables().length;
    this.methods.add = (source: unknown, hasHeaders: unknown) => {
      const { sheet, rectangle } = this.tableSource(source);
      return new TableApi(
        batch,
        batch.workbook.addTable(sheet, rectangle, requireBoolean(hasHeaders, "hasHeaders"))
      );
    };
  }

  items(): ApiObject[] {
    return this.tables().map((table) => new TableApi(this.batch, table));
  }

  protected find(key: unknown): ApiObject | undefined {
    const table = typeof key === "string" ? this.batch.workbook.findTable(key) : undefined;
    return table && this.tables().includes(table) ? new TableApi(this.batch, table) : undefined;
  }

  private tables(): readonly Table[] {
    return this.batch.workbook
      .tables()
      .filter((table) => this.scope === undefined || table.sheet === this.scope);
  }

  /** The sheet and cells of `add`'s first argument: a Range, or an address (unqualified means this or the active sheet). */
  private tableSource(source: unknown): { sheet: Sheet; rectangle: Rectangle } {
    if (source instanceof RangeApi) {
      if (this.scope && source.sheet !== this.scope)
        throw new HostError("InvalidArgument", "The range is on another sheet.");
      return { sheet: source.sheet, rectangle: source.rectangle };
    }
    if (typeof source !== "string")
      throw new HostError("InvalidArgument", "add expects an address or a Range.");
    const parsed = parseAddress(source);
    const sheet =
      parsed.sheetName === undefined
        ? (this.scope ?? this.batch.workbook.activeSheet)
        : this.batch.workbook.sheet(parsed.sheetName);
    if (this.scope && sheet !== this.scope)
      throw new HostError("InvalidArgument", `'${source}' refers to another sheet.`);
    return { sheet, rectangle: parsed.rectangle };
  }
}

/** `Excel.Table`. */
export class TableApi extends ApiObject {
  readonly typeName = "Table";

  constructor(
    batch: BatchContext,
    readonly table: Table
  ) {
    super(batch);
    const workbook = batch.workbook;
    const range = (rectangle: () => Rectangle) => () =>
      new RangeApi(batch, table.sheet, rectangle());
    Object.assign(this.getters, {
      id: () => table.id,
      name: () => table.name,
      style: () => table.style,
      showTotals: () => table.showTotals,
      showHeaders: () => table.showHeaders,
    });
    Object.assign(this.setters, {
      name: (name: unknown) => workbook.renameTable(table, name),
      style: (style: unknown) => table.setStyle(style),
      showTotals: (show: unknown) => (table.showTotals = requireBoolean(show, "showTotals")),
      showHeaders: (show: unknown) => (table.showHeaders = requireBoolean(show, "showHeaders")),
    });
    Object.assign(this.navigation, {
      columns: () => new TableColumnCollectionApi(batch, table),
      rows: () => new TableRowCollectionApi(batch, table),
      worksheet: () => new WorksheetApi(batch, table.sheet),
    });
    Object.assign(this.methods, {
      getRange: range(() => table.rectangle),
      getHeaderRowRange: range(() => table.headerRectangle),
      getDataBodyRange: range(() => table.dataBodyRectangle),
      getTotalRowRange: range(() => {
        if (!table.showTotals)
          throw new HostError("InvalidOperation", "The table does not show its totals row.");
        return table.totalRowRectangle;
      }),
      delete: () => workbook.deleteTable(table, false),
      convertToRange: () => {
        workbook.deleteTable(table, true);
        return new RangeApi(batch, table.sheet, table.rectangle);
      },
    });
  }

  override reference(): string {
    return `table:${this.table.id}`;
  }
}

/**
 * `Excel.TableRowCollection`: the data body's rows. `add` puts rows under the last one (above
 * a totals row), inserting cells in the table's columns so that nothing below is written over,
 * as Excel does
 * (https://learn.microsoft.com/javascript/api/excel/excel.tablerowcollection#excel-excel-tablerowcollection-add-member(1));
 * adding at another index is not modelled and refused.
 */
class TableRowCollectionApi extends CollectionApi {
  readonly typeName = "TableRowCollection";
  protected readonly itemTypeName = "TableRow";

  constructor(
    batch: BatchContext,
    private readonly table: Table
  ) {
    super(batch);
    this.getters.count = () => table.dataBodyRectangle.rowCount;
    this.methods.add = (index: unknown, values: unknown) => {
      const body = table.dataBodyRectangle;
      if (index !== undefined && index !== null && index !== body.rowCount)
        throw new HostError("InvalidArgument", "The double adds table rows at the end only.");
      const rows = values === undefined || values === null ? [[]] : values;
      if (
        !Array.isArray(rows) ||
        rows.length === 0 ||
        rows.some((row) => !Array.isArray(row) || (values && row.length !== body.columnCount))
      )
        throw new HostError(
          "InvalidArgument",
          `values must be rows of ${body.columnCount} cells, one per table column.`
        );
      const added: Rectangle = { ...body, row: body.row + body.rowCount, rowCount: rows.length };
      table.sheet.insertCellsDown(added);
      table.rectangle = { ...table.rectangle, rowCount: table.rectangle.rowCount + rows.length };
      if (values !== undefined && values !== null) {
        table.sheet.writeValues(added, rows as unknown[][] as never);
        batch.countWrite(added);
      }
      return new TableRowApi(batch, table, body.rowCount);
    };
  }

  items(): ApiObject[] {
    return Array.from(
      { length: this.table.dataBodyRectangle.rowCount },
      (_, index) => new TableRowApi(this.batch, this.table, index)
    );
  }

  protected find(): ApiObject | undefined {
    return undefined;
  }
}

/** `Excel.TableRow`: one row of a table's data body, by its index. */
class TableRowApi extends ApiObject {
  readonly typeName = "TableRow";

  constructor(
    batch: BatchContext,
    readonly table: Table,
    readonly index: number
  ) {
    super(batch);
    const rectangle = (): Rectangle => ({
      ...table.dataBodyRectangle,
      row: table.dataBodyRectangle.row + index,
      rowCount: 1,
    });
    Object.assign(this.getters, {
      index: () => index,
      values: () => table.sheet.readValues(rectangle()),
    });
    this.methods.getRange = () => new RangeApi(batch, table.sheet, rectangle());
  }
}

/** `Excel.TableColumnCollection`. */
class TableColumnCollectionApi extends CollectionApi {
  readonly typeName = "TableColumnCollection";
  protected readonly itemTypeName = "TableColumn";

  constructor(
    batch: BatchContext,
    private readonly table: Table
  ) {
    super(batch);
    this.getters.count = () => table.rectangle.columnCount;
  }

  items(): ApiObject[] {
    return this.table
      .columnNames()
      .map((_name, index) => new TableColumnApi(this.batch, this.table, index));
  }

  protected find(key: unknown): ApiObject | undefined {
    const names = this.table.columnNames();
    const index =
      typeof key === "number"
        ? key - 1
        : names.findIndex((name) => typeof key === "string" && sameName(name, key));
    return index >= 0 && index < names.length
      ? new TableColumnApi(this.batch, this.table, index)
      : undefined;
  }
}

/** `Excel.TableColumn`; its name is its header cell. */
export class TableColumnApi extends ApiObject {
  readonly typeName = "TableColumn";

  constructor(
    batch: BatchContext,
    readonly table: Table,
    readonly index: number
  ) {
    super(batch);
    const column = (rectangle: Rectangle): Rectangle => ({
      ...rectangle,
      column: rectangle.column + index,
      columnCount: 1,
    });
    Object.assign(this.getters, {
      id: () => index + 1,
      index: () => index,
      name: () => table.columnNames()[index],
    });
    this.setters.name = (name: unknown) => table.renameColumn(index, String(name));
    Object.assign(this.methods, {
      getRange: () => new RangeApi(batch, table.sheet, column(table.rectangle)),
      getHeaderRowRange: () => new RangeApi(batch, table.sheet, column(table.headerRectangle)),
      getDataBodyRange: () => new RangeApi(batch, table.sheet, column(table.dataBodyRectangle)),
    });
  }

  override reference(): string {
    return `tableColumn:${this.table.id}:${this.index}`;
  }
}

/** Checks a table column index from a reference. */
export function requireColumnIndex(table: Table, index: unknown): number {
  const value = requireInteger(index, "index");
  if (value < 0 || value >= table.rectangle.columnCount)
    throw new HostError("ItemNotFound", "The table column no longer exists.");
  return value;
}
