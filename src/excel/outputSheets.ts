import { readDocumentSetting, saveDocumentSetting } from "./documentSettings";
import { excelRun } from "./excelRun";
import { historyTableSetting } from "./historySheet";
import { sheetOfAddress } from "./sheetRegion";

/** The document setting that lists the sheets the last analysis wrote. */
export const outputSheetsSetting = "cxCustomerValue.outputSheets";

/** A table the add-in wrote on an output sheet: its name and header row as Excel holds them. */
export interface OutputTableRecord {
  name: string;
  /** The name it was written under, when the run then gave it another. */
  writtenName?: string;
  header: readonly (string | number | boolean)[];
}

/** A sheet the add-in wrote, as it left it: worksheet id, names, used range and tables. */
export interface OutputSheetRecord {
  /** Only a first guess: Excel keeps a worksheet's id while it is renamed or moved, not across reopening the file. */
  id: string;
  name: string;
  /** The name it was written under, before the previous output made way for `name`. */
  writtenName?: string;
  /**
   * `getUsedRange(true).address` when the run finished; only the part after the sheet counts,
   * e.g. "A1:E2358" of "'CX Customers'!A1:E2358".
   */
  usedAddress: string;
  /** The tables on it, top down (absent in records of versions that did not keep them). */
  tables?: readonly OutputTableRecord[];
}

/** What a sheet holds now, to compare with its record. */
export interface SheetContent {
  name: string;
  usedAddress: string;
  tables: readonly { name: string; header: readonly unknown[] }[];
}

/** A recorded sheet still as the add-in left it: the record and the sheet's current id and name. */
export interface FoundOutputSheet {
  record: OutputSheetRecord;
  id: string;
  name: string;
  /** The names of every table on it, which deleting the sheet frees. */
  tableNames: string[];
}

/**
 * The records the previous run saved in the workbook; anything malformed is ignored.
 * @example
 * readOutputSheetRecords() // -> [{ id: "{…}", name: "CX Summary", usedAddress: "A1:C12", tables: [...] }]
 */
export function readOutputSheetRecords(): OutputSheetRecord[] {
  const saved = readDocumentSetting<unknown>(outputSheetsSetting);
  return Array.isArray(saved) ? saved.filter(isOutputSheetRecord) : [];
}

/**
 * Replaces the saved records with this run's sheets.
 * @example
 * await saveOutputSheetRecords([{ id: "{…}", name: "CX Summary", usedAddress: "A1:C12" }]);
 */
export function saveOutputSheetRecords(records: readonly OutputSheetRecord[]): Promise<void> {
  return saveDocumentSetting(outputSheetsSetting, records);
}

/**
 * Whether a sheet is still as the add-in left it: under a name the add-in gave it, with the
 * same used range and the tables it wrote, by name and header. A sheet the user renamed, or
 * typed into beyond that range, has become theirs and is never deleted; an edit inside the
 * cells the add-in wrote is not seen, as reading them all back would cost a whole write.
 * @example
 * isAsLeft({ id: "7", name: "CX Summary", usedAddress: "'CX Summary'!A1:C12" },
 *   { name: "CX Summary", usedAddress: "'CX Summary'!A1:C13", tables: [] }) // -> false: typed into
 */
export function isAsLeft(record: OutputSheetRecord, now: SheetContent): boolean {
  const givenName = (name: string, given: { name: string; writtenName?: string }) =>
    name === given.name || name === given.writtenName;
  const tablesAsLeft =
    record.tables === undefined ||
    (record.tables.length === now.tables.length &&
      record.tables.every((table, index) => {
        const current = now.tables[index];
        return (
          givenName(current.name, table) &&
          current.header.length === table.header.length &&
          current.header.every((cell, column) => String(cell) === String(table.header[column]))
        );
      }));
  return (
    givenName(now.name, record) &&
    localAddress(now.usedAddress) === localAddress(record.usedAddress) &&
    tablesAsLeft
  );
}

/**
 * The recorded sheets that are still as the add-in left them (see isAsLeft), wherever they are
 * now: by the recorded id first, and where that no longer names one of them (worksheet ids are
 * kept while a sheet is renamed or moved, not when the file is reopened:
 * learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-id-member,
 * OfficeDev/office-js-docs#297), by the names the add-in gave it, the content deciding.
 * @example
 * await findOutputSheets(context, readOutputSheetRecords())
 * // -> [{ record, id: "{00000000-0001-0000-0002-000000000000}", name: "CX Summary", tableNames: ["CX_summary"] }]
 */
export async function findOutputSheets(
  context: Excel.RequestContext,
  records: readonly OutputSheetRecord[]
): Promise<FoundOutputSheet[]> {
  if (records.length === 0) return [];
  const sheets = context.workbook.worksheets;
  const candidates = records.map((record) =>
    [record.id, record.name, record.writtenName]
      .filter((key): key is string => key !== undefined)
      .map((key) => sheets.getItemOrNullObject(key).load("id, name"))
  );
  await context.sync();
  const picked = records.map((record, index) =>
    candidates[index].find(
      (sheet) =>
        !sheet.isNullObject && (sheet.name === record.name || sheet.name === record.writtenName)
    )
  );
  const contents = picked.map((sheet) =>
    sheet
      ? {
          used: sheet.getUsedRangeOrNullObject(true).load("address"),
          tables: sheet.tables.load("items/name"),
        }
      : undefined
  );
  await context.sync();
  // The column names rather than the header row's cells: a table whose header row the user has
  // hidden has no header row range, and its columns keep their names (TableColumn.name, ExcelApi 1.1).
  const headers = contents.map((content) =>
    content?.tables.items.map((table) => table.columns.load("items/name"))
  );
  await context.sync();

  const found: FoundOutputSheet[] = [];
  records.forEach((record, index) => {
    const sheet = picked[index];
    const content = contents[index];
    if (!sheet || !content) return;
    const tables = content.tables.items.map((table, tableIndex) => ({
      name: table.name,
      header: (headers[index] ?? [])[tableIndex].items.map((column) => column.name),
    }));
    const usedAddress = content.used.isNullObject ? "" : content.used.address;
    if (found.some((other) => other.id === sheet.id)) return;
    if (isAsLeft(record, { name: sheet.name, usedAddress, tables }))
      found.push({ record, id: sheet.id, name: sheet.name, tableNames: tables.map((t) => t.name) });
  });
  return found;
}

/**
 * The part of an address after its sheet name.
 * @example
 * localAddress("'CX Customers'!A1:E9") // -> "A1:E9"
 * localAddress("A1:E9") // -> "A1:E9"
 */
export function localAddress(address: string): string {
  return address.slice(address.lastIndexOf("!") + 1);
}

function isOutputSheetRecord(value: unknown): value is OutputSheetRecord {
  const record = value as Partial<OutputSheetRecord> | null;
  return (
    typeof record?.id === "string" &&
    typeof record.name === "string" &&
    typeof record.usedAddress === "string" &&
    (record.writtenName === undefined || typeof record.writtenName === "string") &&
    (record.tables === undefined ||
      (Array.isArray(record.tables) &&
        record.tables.every(
          (table: Partial<OutputTableRecord> | null) =>
            typeof table?.name === "string" && Array.isArray(table.header)
        )))
  );
}

/**
 * Whether an address lies on a sheet the add-in wrote: one the last analysis wrote, by the
 * recorded names, or the History sheet, which is recorded apart (historySheet.ts) by its table,
 * wherever the table is now (the user may have renamed its sheet).
 * @example
 * await isOutputSheetAddress("'CX Customers'!A1:C9") // -> true after a run that wrote "CX Customers"
 * await isOutputSheetAddress("'CX Historik'!A1:B3") // -> true while the history table is on it
 */
export async function isOutputSheetAddress(address: string): Promise<boolean> {
  const sheet = sheetOfAddress(address);
  const written = readOutputSheetRecords().some(
    (record) => record.name === sheet || record.writtenName === sheet
  );
  if (written) return true;
  const history = readDocumentSetting<{ tableName?: unknown }>(historyTableSetting);
  const tableName = history?.tableName;
  if (typeof tableName !== "string") return false;
  return excelRun(async (context) => {
    const table = context.workbook.tables.getItemOrNullObject(tableName);
    await context.sync();
    if (table.isNullObject) return false;
    const tableSheet = table.worksheet.load("name");
    await context.sync();
    return tableSheet.name === sheet;
  });
}
