import { readDocumentSetting, saveDocumentSetting } from "./documentSettings";
import { sheetOfAddress } from "./sheetRegion";

/** The document setting that lists the sheets the last analysis wrote. */
export const outputSheetsSetting = "cxCustomerValue.outputSheets";

/** A sheet the add-in wrote, as it left it: worksheet id, name and used range. */
export interface OutputSheetRecord {
  id: string;
  name: string;
  /** `getUsedRange(true).address` when the run finished, e.g. "CX Customers!A1:E2358". */
  usedAddress: string;
}

/**
 * The records the previous run saved in the workbook; anything malformed is ignored.
 * @example
 * readOutputSheetRecords() // -> [{ id: "{…}", name: "CX Summary", usedAddress: "'CX Summary'!A1:C12" }]
 */
export function readOutputSheetRecords(): OutputSheetRecord[] {
  const saved = readDocumentSetting<unknown>(outputSheetsSetting);
  return Array.isArray(saved) ? saved.filter(isOutputSheetRecord) : [];
}

/**
 * Replaces the saved records with this run's sheets.
 * @example
 * await saveOutputSheetRecords([{ id: "{…}", name: "CX Summary", usedAddress: "'CX Summary'!A1:C12" }]);
 */
export function saveOutputSheetRecords(records: readonly OutputSheetRecord[]): Promise<void> {
  return saveDocumentSetting(outputSheetsSetting, records);
}

/**
 * The recorded sheets that are still exactly as the add-in left them: the id still exists
 * (`current` maps ids to what the sheet has now) under the same name and with the same used
 * range. Only these may be deleted; a sheet the user renamed or typed into has become theirs.
 * @example
 * sheetsAsLeft([{ id: "7", name: "CX Summary", usedAddress: "'CX Summary'!A1:C12" }],
 *   new Map([["7", { name: "CX Summary", usedAddress: "'CX Summary'!A1:C13" }]])) // -> []
 */
export function sheetsAsLeft(
  records: readonly OutputSheetRecord[],
  current: ReadonlyMap<string, Omit<OutputSheetRecord, "id">>
): OutputSheetRecord[] {
  return records.filter((record) => {
    const now = current.get(record.id);
    return now !== undefined && now.name === record.name && now.usedAddress === record.usedAddress;
  });
}

/**
 * What the recorded sheets that still exist have now, by id (sheets deleted since are absent).
 * @example
 * await currentSheets(context, ["{…}"]) // -> Map { "{…}" => { name: "CX Summary", usedAddress: "'CX Summary'!A1:C12" } }
 */
export async function currentSheets(
  context: Excel.RequestContext,
  ids: readonly string[]
): Promise<Map<string, Omit<OutputSheetRecord, "id">>> {
  const sheets = ids.map((id) => context.workbook.worksheets.getItemOrNullObject(id));
  sheets.forEach((sheet) => sheet.load("name"));
  await context.sync();
  const existing = sheets.filter((sheet) => !sheet.isNullObject);
  const usedRanges = existing.map((sheet) => sheet.getUsedRange(true).load("address"));
  await context.sync();
  return new Map(
    existing.map((sheet, index) => [
      ids[sheets.indexOf(sheet)],
      { name: sheet.name, usedAddress: usedRanges[index].address },
    ])
  );
}

function isOutputSheetRecord(value: unknown): value is OutputSheetRecord {
  const record = value as Partial<OutputSheetRecord> | null;
  return (
    typeof record?.id === "string" &&
    typeof record.name === "string" &&
    typeof record.usedAddress === "string"
  );
}

/**
 * Whether an address lies on a sheet the last analysis wrote, by the recorded names.
 * @example
 * isOutputSheetAddress("'CX Customers'!A1:C9") // -> true after a run that wrote "CX Customers"
 */
export function isOutputSheetAddress(address: string): boolean {
  const sheet = sheetOfAddress(address);
  return readOutputSheetRecords().some((record) => record.name === sheet);
}
