import { formatAddress, parseAddress, qualifiedAddress } from "./address";
import { Chart } from "./chart";
import { ConditionalFormat } from "./conditionalFormat";
import { executeBatch, SyncFault } from "./executor";
import { HostError } from "./hostError";
import { Rectangle, intersects, isInsideGrid } from "./rectangle";
import { Sheet } from "./sheet";
import { firstFreeName, sameName, validateSheetName } from "./sheetName";
import { SheetSnapshot } from "./snapshot";
import { SyncStats } from "./syncStats";
import { Table, uniqueHeaderNames, validateTableName } from "./table";
import type { CellValue } from "./column";
import type { BatchRequest } from "./protocol";

/** Chooses the failure to inject into a sync, by its index in `syncLog` and its request. */
export type SyncFaults = (syncIndex: number, request: BatchRequest) => SyncFault | undefined;

/** A workbook-scoped defined name (Formulas > Name Manager) and the formula it refers to, e.g. "=Orders!$A$1:$A$9". */
export interface DefinedName {
  name: string;
  formula: string;
  comment: string;
  visible: boolean;
}

/** The active sheet and its selected cells, e.g. `{ sheetName: "Sheet1", address: "A1:C3" }`. */
export interface Selection {
  readonly sheetName: string;
  readonly address: string;
}

/**
 * An in-memory Excel workbook with Excel's rules for sheets, tables, charts and selection. Tests seed
 * and inspect it directly; the page's Office.js double drives it through `execute`.
 * @example
 * const workbook = new Workbook(["Data"]);
 * workbook.sheet("Data").setValues("A1", [["Customer", "Amount"], ["C1", 12.5]]);
 * workbook.select("Data", "A1:B2");
 */
export class Workbook {
  /** `Office.context.document.settings` as last saved with `saveAsync`. */
  readonly settings = new Map<string, unknown>();
  /** One entry per `context.sync()`, oldest first. */
  readonly syncLog: SyncStats[] = [];
  private sheetList: Sheet[] = [];
  private tableList: Table[] = [];
  private chartList: Chart[] = [];
  private nameList: DefinedName[] = [];
  private active: Sheet | undefined;
  private lastId = 0;
  /** The cell the user is typing in (Excel's cell-edit mode), if any. */
  private editedCell: Selection | undefined;
  private editFinished: (() => void)[] = [];
  private syncFaults: SyncFaults | undefined;
  private settingsSaveFailures = 0;

  /** A workbook with the given sheets; like a new Excel workbook, "Sheet1" by default. */
  constructor(sheetNames: readonly string[] = ["Sheet1"]) {
    sheetNames.forEach((name) => this.addSheet(name));
  }

  /**
   * Appends a sheet (named like Excel's next "SheetN" when no name is given).
   * @example workbook.addSheet("Customers")
   */
  addSheet(name?: string): Sheet {
    const sheetName = name ?? firstFreeName("Sheet", this.sheetNames());
    validateSheetName(sheetName);
    requireNameFree(this.findSheet(sheetName), undefined, "sheet", sheetName);
    const sheet = new Sheet(
      sheetName,
      `{${String(this.nextId()).padStart(8, "0")}-0001-0000-0000-000000000000}`
    );
    this.sheetList.push(sheet);
    this.active ??= sheet;
    return sheet;
  }

  /**
   * The sheet with that name (case-insensitive); throws `ItemNotFound` when there is none.
   * @example workbook.sheet("data").getValues("A1")
   */
  sheet(name: string): Sheet {
    const sheet = this.findSheet(name);
    if (!sheet) throw new HostError("ItemNotFound", `There is no sheet named '${name}'.`);
    return sheet;
  }

  /** The sheet with that name or id, if any. */
  findSheet(nameOrId: string): Sheet | undefined {
    return this.sheetList.find((sheet) => sameName(sheet.name, nameOrId) || sheet.id === nameOrId);
  }

  /** Sheet names in tab order. */
  sheetNames(): string[] {
    return this.sheetList.map((sheet) => sheet.name);
  }

  /** Sheets in tab order. */
  sheets(): readonly Sheet[] {
    return this.sheetList;
  }

  /** The active sheet. */
  get activeSheet(): Sheet {
    if (!this.active) throw new HostError("ItemNotFound", "The workbook has no sheets.");
    return this.active;
  }

  /** Makes the sheet active; its own remembered selection becomes the workbook's. */
  activate(sheet: Sheet): void {
    this.active = sheet;
  }

  /** Renames a sheet under Excel's name rules. */
  renameSheet(sheet: Sheet, name: unknown): void {
    validateSheetName(name);
    requireNameFree(this.findSheet(name), sheet, "sheet", name);
    sheet.name = name;
  }

  /** Moves a sheet to a zero-based tab position. */
  moveSheet(sheet: Sheet, position: number): void {
    if (!Number.isInteger(position) || position < 0 || position >= this.sheetList.length) {
      throw new HostError(
        "InvalidArgument",
        `Position ${position} is outside 0..${this.sheetList.length - 1}.`
      );
    }
    this.sheetList.splice(this.sheetList.indexOf(sheet), 1);
    this.sheetList.splice(position, 0, sheet);
  }

  /** Deletes a sheet with its tables and charts; the last sheet cannot be deleted. */
  deleteSheet(sheet: Sheet): void {
    if (this.sheetList.length === 1)
      throw new HostError(
        "InvalidOperation",
        "A workbook must contain at least one visible worksheet."
      );
    const index = this.sheetList.indexOf(sheet);
    this.sheetList.splice(index, 1);
    this.tableList = this.tableList.filter((table) => table.sheet !== sheet);
    this.chartList = this.chartList.filter((chart) => chart.sheet !== sheet);
    if (this.active === sheet)
      this.active = this.sheetList[Math.min(index, this.sheetList.length - 1)];
  }

  /** Tables of the whole workbook in creation order. */
  tables(): readonly Table[] {
    return this.tableList;
  }

  /**
   * The table with that name (case-insensitive); throws `ItemNotFound` when there is none.
   * @example workbook.table("customers").sheet.name // "Data", for a table named "Customers" there
   */
  table(name: string): Table {
    const table = this.findTable(name);
    if (!table) throw new HostError("ItemNotFound", `There is no table named '${name}'.`);
    return table;
  }

  /** The table with that name or id, if any. */
  findTable(nameOrId: string): Table | undefined {
    return this.tableList.find((table) => sameName(table.name, nameOrId) || table.id === nameOrId);
  }

  /**
   * Creates a table as `TableCollection.add` does: it may not overlap another table; without headers
   * Excel inserts a header row above the data (shifting those columns down); blank and repeated header
   * names are made unique; a header-only table gets one empty data row.
   */
  addTable(sheet: Sheet, rectangle: Rectangle, hasHeaders: boolean): Table {
    const tableRectangle = hasHeaders
      ? { ...rectangle, rowCount: Math.max(2, rectangle.rowCount) }
      : { ...rectangle, rowCount: rectangle.rowCount + 1 };
    if (!isInsideGrid(tableRectangle))
      throw new HostError(
        "InvalidArgument",
        "The table would extend past the last row of the sheet."
      );
    if (
      this.tableList.some(
        (table) => table.sheet === sheet && intersects(table.rectangle, tableRectangle)
      )
    ) {
      throw new HostError("InvalidOperation", "A table can't overlap another table.");
    }
    if (!hasHeaders) sheet.insertCellsDown({ ...rectangle, rowCount: 1 });
    const header = { ...tableRectangle, rowCount: 1 };
    const headers = hasHeaders
      ? sheet.readValues(header)[0]
      : new Array<string>(rectangle.columnCount).fill("");
    sheet.setValues(formatAddress(header), [uniqueHeaderNames(headers)]);
    const table = new Table(
      String(this.nextId()),
      firstFreeName("Table", this.namesOfTablesAndDefinedNames()),
      sheet,
      tableRectangle
    );
    this.tableList.push(table);
    return table;
  }

  /**
   * Renames a table. Tables and defined names share one namespace: "All names within a workbook
   * shall be unique" (ECMA-376 SpreadsheetML, Formulas: Names), compared case-insensitively; Excel refuses a
   * taken name with InvalidArgument (OfficeDev/office-js#551).
   */
  renameTable(table: Table, name: unknown): void {
    validateTableName(name);
    const holder = this.findTable(name) ?? this.findName(name);
    if (holder !== undefined && holder !== table)
      throw new HostError(
        "InvalidArgument",
        `The name '${name}' is already taken in the workbook.`
      );
    table.name = name;
  }

  /** Defined names of workbook scope, oldest first. */
  definedNames(): readonly DefinedName[] {
    return this.nameList;
  }

  /** The defined name with that name (case-insensitive), if any. */
  findName(name: string): DefinedName | undefined {
    return this.nameList.find((item) => sameName(item.name, name));
  }

  /**
   * Defines a workbook-scoped name as `NamedItemCollection.add` does: under the table-name rules,
   * and not one a table or another defined name has (ItemAlreadyExists, OfficeDev/office-js#2875).
   * @example workbook.addName("CX_customers", "=Orders!$A$2:$A$9")
   */
  addName(name: unknown, formula: string, comment = ""): DefinedName {
    validateTableName(name);
    if (this.findName(name) ?? this.findTable(name))
      throw new HostError("ItemAlreadyExists", `The name '${name}' already exists.`);
    const defined: DefinedName = { name, formula, comment, visible: true };
    this.nameList.push(defined);
    return defined;
  }

  /** Removes a defined name. */
  deleteName(defined: DefinedName): void {
    this.nameList = this.nameList.filter((item) => item !== defined);
  }

  private namesOfTablesAndDefinedNames(): string[] {
    return [...this.tableList, ...this.nameList].map((item) => item.name);
  }

  /**
   * Removes a table; with `keepCells` (convertToRange) its cells stay, otherwise they are cleared as
   * `Table.delete` does.
   */
  deleteTable(table: Table, keepCells: boolean): void {
    if (!keepCells) table.sheet.clear(table.rectangle, "All");
    this.tableList = this.tableList.filter((item) => item !== table);
  }

  /** Charts of the whole workbook in creation order. */
  charts(): readonly Chart[] {
    return this.chartList;
  }

  /** Creates a chart named like Excel's "Chart 1", "Chart 2", …. */
  addChart(sheet: Sheet, chartType: unknown, source: Rectangle, seriesBy: unknown): Chart {
    const names = this.chartList
      .filter((chart) => chart.sheet === sheet)
      .map((chart) => chart.name);
    const name = firstFreeName("Chart ", names);
    const chart = new Chart(
      String(this.nextId()),
      name,
      sheet,
      chartType,
      source,
      qualifiedAddress(sheet.name, source),
      seriesBy
    );
    this.chartList.push(chart);
    return chart;
  }

  /** Removes a chart. */
  deleteChart(chart: Chart): void {
    this.chartList = this.chartList.filter((item) => item !== chart);
  }

  /** Adds a conditional format over the rectangle with the highest priority, as Excel does. */
  addConditionalFormat(sheet: Sheet, rectangle: Rectangle, type: unknown): ConditionalFormat {
    const format = new ConditionalFormat(String(this.nextId()), type, rectangle);
    sheet.conditionalFormats.unshift(format);
    return format;
  }

  /** The conditional format with that id and the sheet it is on, if any. */
  findConditionalFormat(id: string): { sheet: Sheet; format: ConditionalFormat } | undefined {
    for (const sheet of this.sheetList) {
      const format = sheet.conditionalFormats.find((item) => item.id === id);
      if (format) return { sheet, format };
    }
    return undefined;
  }

  /** The active sheet and its selected cells, areas separated by commas. */
  get selection(): Selection {
    const areas = this.activeSheet.selectedAreas.map(formatAddress);
    return { sheetName: this.activeSheet.name, address: areas.join(",") };
  }

  /**
   * Activates the sheet and selects the cells, as a user clicking would; several areas, separated
   * by commas, as a user Ctrl+clicking would, the last one active.
   * @example workbook.select("Data", "A1:B10")
   * @example workbook.select("Data", "A1:A10,C1:C10")
   */
  select(sheetName: string, address: string): void {
    const sheet = this.sheet(sheetName);
    const areas = address.split(",").map((area) => parseAddress(area).rectangle);
    this.selectRectangle(sheet, areas[areas.length - 1]);
    sheet.selectedAreas = areas;
  }

  /** Activates the sheet and selects the rectangle. */
  selectRectangle(sheet: Sheet, rectangle: Rectangle): void {
    this.active = sheet;
    sheet.selection = rectangle;
    sheet.selectedAreas = [rectangle];
  }

  /**
   * Closes and reopens the file as far as the add-in can tell: cells, names and settings stay,
   * but worksheet ids are only kept within a session (OfficeDev/office-js-docs#297: "The ID
   * remains constant within a single session but will change between sessions"), so every sheet
   * gets a new one, by default by tab position as Excel on the web gives them
   * ({00000000-0001-0000-0003-000000000000}, OfficeDev/office-js#1390). Start the add-in again
   * afterwards, as Excel does.
   * @example workbook.reopen() // Sheet1's id is now {00000000-0001-0000-0000-000000000000}
   */
  reopen(newId: (sheet: Sheet, position: number) => string = positionalSheetId): void {
    const ids = this.sheetList.map((sheet, position) => newId(sheet, position));
    if (new Set(ids).size !== ids.length) throw new Error("Reopened sheets need distinct ids.");
    this.sheetList.forEach((sheet, position) => (sheet.id = ids[position]));
    this.editedCell = undefined;
  }

  /**
   * Puts the user in cell-edit mode in one cell, as typing into it does: until `finishCellEdit`, a
   * batch without `delayForCellEdit` fails with InvalidOperationInCellEditMode and a batch with it
   * waits (learn.microsoft.com/javascript/api/excel/excel.runoptions; OfficeDev/office-js#3388).
   * @example workbook.startCellEdit("Data", "D2")
   */
  startCellEdit(sheetName: string, address: string): void {
    this.select(sheetName, address);
    this.editedCell = this.selection;
  }

  /**
   * Leaves cell-edit mode as Enter does, storing what the user typed (if anything) in the cell,
   * and lets the batches that waited run.
   * @example workbook.finishCellEdit("Checked")
   */
  finishCellEdit(typed?: CellValue): void {
    const cell = this.editedCell;
    if (!cell) throw new Error("No cell is being edited.");
    if (typed !== undefined) this.sheet(cell.sheetName).setValues(cell.address, [[typed]]);
    this.editedCell = undefined;
    const waiting = this.editFinished;
    this.editFinished = [];
    waiting.forEach((resume) => resume());
  }

  /** The cell the user is typing in, if any. */
  get cellBeingEdited(): Selection | undefined {
    return this.editedCell;
  }

  /** Resolves once the user leaves cell-edit mode (at once when they are not in it). */
  cellEditFinished(): Promise<void> {
    if (!this.editedCell) return Promise.resolve();
    return new Promise((resolve) => this.editFinished.push(resolve));
  }

  /**
   * A deep copy of a sheet's cells for "user cells unchanged" assertions.
   * @example expect(workbook.snapshot("Data").differencesFrom(before)).toEqual([])
   */
  snapshot(sheetName: string): SheetSnapshot {
    return new SheetSnapshot(this.sheet(sheetName).clone());
  }

  /**
   * Runs one serialised `context.sync()` batch and returns the serialised response; the sync's sizes
   * and cell counts are appended to `syncLog`.
   */
  execute(batchJson: string): string {
    const syncIndex = this.syncLog.length;
    const faults = this.syncFaults;
    const { responseJson, stats } = executeBatch(
      this,
      batchJson,
      faults && ((request) => faults(syncIndex, request))
    );
    this.syncLog.push(stats);
    return responseJson;
  }

  /**
   * Makes coming syncs fail: `fault` is asked with each sync's index in `syncLog` and its request,
   * and answers the failure to inject, or undefined to let the sync run. Replaces any earlier one.
   * @example workbook.injectSyncFaults((index) => (index === 3 ? { afterOperations: 2 } : undefined))
   */
  injectSyncFaults(fault: SyncFaults | undefined): void {
    this.syncFaults = fault;
  }

  /**
   * Makes the next `count` `Office.context.document.settings.saveAsync` calls fail, as a save that
   * cannot reach the document does.
   */
  failSettingsSaves(count = 1): void {
    this.settingsSaveFailures = count;
  }

  /** Whether this settings save is one to fail (counting it off). */
  takeSettingsSaveFailure(): boolean {
    if (this.settingsSaveFailures === 0) return false;
    this.settingsSaveFailures--;
    return true;
  }

  private nextId(): number {
    return ++this.lastId;
  }
}

/** The id Excel on the web gives the sheet at a tab position when it opens a file. */
function positionalSheetId(_sheet: Sheet, position: number): string {
  return `{00000000-0001-0000-${position.toString(16).toUpperCase().padStart(4, "0")}-000000000000}`;
}

/** Throws `ItemAlreadyExists` when another item than `renamed` already has the name. */
function requireNameFree<T>(
  holder: T | undefined,
  renamed: T | undefined,
  kind: string,
  name: string
): void {
  if (holder !== undefined && holder !== renamed)
    throw new HostError("ItemAlreadyExists", `A ${kind} named '${name}' already exists.`);
}
