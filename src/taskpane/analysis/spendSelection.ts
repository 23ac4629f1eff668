import { ATTRIBUTIONS, type Attribution } from "../../engine/channels/acquisitionChannel";
import { spendColumnRoles } from "../../engine/channels/spendColumnRoles";
import {
  readSpendTable,
  type SpendSkipReason,
  type SpendTable,
} from "../../engine/channels/spendTable";
import type { ColumnRole } from "../../engine/read/columnRoles";
import type { ChannelSpend } from "../../engine/report/analysisChannels";
import { readDocumentSetting, saveDocumentSetting } from "../../excel/documentSettings";
import { rowsUnderTable } from "../../excel/rowsUnderTable";
import { readRegionInBlocks, readRegionTop } from "../../excel/readRows";
import { messageOf } from "../../excel/sheetRollback";
import type { SheetCell } from "../../excel/selectCell";
import type { SheetRegion } from "../../excel/sheetRegion";
import type { SpendRole } from "../i18n/channelStrings";
import type { PaneStrings } from "../i18n/paneStrings";
import { PaneMessageError } from "./paneMessageError";
import { regionNow } from "./regionNow";
import { selectedRegion } from "./selectedRegion";

/**
 * The marketing spend step's choices: the range of the spend table (header row first), each
 * column's role and the attribution. Kept in the workbook, so the next session finds them.
 */
export interface SpendSelection {
  region: SheetRegion;
  /** Each header cell as text, for the dropdowns' labels. */
  header: string[];
  roles: SpendRole[];
  attribution: Attribution;
}

/** The roles a spend column can take, in the order the dropdowns offer them. */
export const SPEND_ROLES: readonly SpendRole[] = [
  "channel",
  "spend",
  "month",
  "newCustomers",
  "ignore",
];

/** The roles a spend table must have a column for. */
const NEEDED_ROLES = ["channel", "spend"] as const;

/**
 * Each column's proposed role from the spend table's header (spendColumnRoles: "Kanal",
 * "Kosten", "Maand", …), "ignore" where none fits.
 * @example
 * proposedSpendRoles(["Kanal", "Monat", "Kosten", "Notiz"]); // ["channel", "month", "spend", "ignore"]
 */
export function proposedSpendRoles(header: readonly unknown[]): SpendRole[] {
  const columns = spendColumnRoles(header);
  const roles = header.map((): SpendRole => "ignore");
  for (const role of SPEND_ROLES) {
    if (role !== "ignore" && columns[role] >= 0) roles[columns[role]] = role;
  }
  return roles;
}

/**
 * Reads the header of the selection (or the current region around one cell) as a spend table
 * and proposes its columns' roles, first touch for the attribution.
 * @throws PaneMessageError as selectedRegion does.
 * @example
 * await selectedSpend(stringsByLanguage.en);
 * // -> { region: { sheetName: "Spend", rowIndex: 0, … }, header: ["Channel", "Spend"], roles: ["channel", "spend"], attribution: "first_touch" }
 */
export async function selectedSpend(strings: PaneStrings): Promise<SpendSelection> {
  const region = await selectedRegion(strings);
  const [header] = await readRegionTop(region, 1);
  return {
    region,
    header: header.map((cell) => String(cell)),
    roles: proposedSpendRoles(header),
    attribution: "first_touch",
  };
}

/** The spend table read, and the cell to blame for the first row skipped (null when none was). */
export interface SpendRead {
  spend: ChannelSpend;
  skipped: Readonly<Record<SpendSkipReason, number>>;
  firstSkippedCell: SheetCell | null;
  /** The chosen Excel table when filled rows under it, not its own, were not read; null otherwise. */
  rowsUnderTable: string | null;
}

/**
 * Reads the spend table's data rows with the chosen roles (readSpendTable: negative or text
 * spend skipped and counted by reason).
 * A chosen Excel table is read as it is now, with the months typed under it since (regionNow);
 * filled rows under it that are not its own are not read, and named (rowsUnderTable).
 * @throws PaneMessageError when the channel or the spend has no column, the range cannot be
 * read (its sheet renamed or deleted since it was chosen), a chosen table is gone or has other
 * columns, or no row can be used.
 * @example
 * const read = await readSpend(selection, stringsByLanguage.en);
 * read.spend.table.channelNames; // ["Google Ads", "Meta"]
 * read.firstSkippedCell; // { sheetName: "Spend", rowIndex: 4, columnIndex: 1 }: B5, a negative spend
 */
export async function readSpend(
  selection: SpendSelection,
  strings: PaneStrings
): Promise<SpendRead> {
  const { roles } = selection;
  const missing = NEEDED_ROLES.filter((role) => !roles.includes(role));
  if (missing.length > 0) {
    const names = missing.map((role) => strings.channels.spendRoles[role]).join(", ");
    throw new PaneMessageError(strings.channels.needSpendRoles(names));
  }
  // A chosen Excel table as it is now, with the months typed under it since.
  const region = await regionNow(selection, strings);
  const rows: unknown[][] = [];
  // Row by row: push(...block) passes every row of a block as an argument, and a block of a
  // two-column range can hold more rows than the stack takes arguments.
  // The range was chosen earlier: its sheet may since have been renamed or deleted.
  await readRegionInBlocks(region, (block, offset) => {
    for (let row = offset === 0 ? 1 : 0; row < block.length; row++) rows.push(block[row]);
  }).catch((error: unknown) => {
    throw new PaneMessageError(strings.channels.spendUnreadable(messageOf(error)));
  });
  const column = (role: SpendRole) => {
    const index = roles.indexOf(role);
    return index < 0 ? undefined : rows.map((row) => row[index]);
  };
  const table = readSpendTable({
    channel: column("channel") ?? [],
    spend: column("spend") ?? [],
    month: column("month"),
    newCustomers: column("newCustomers"),
  });
  if (table.rows === 0) throw new PaneMessageError(strings.channels.errorNoSpendRows);
  return {
    spend: { table, attribution: selection.attribution },
    skipped: table.skipped,
    firstSkippedCell: firstSkippedSpendCell(table, { ...selection, region }),
    rowsUnderTable: await rowsUnderTable(region),
  };
}

/** The column to blame for each reason a spend row is skipped. */
const BLAMED_ROLE: Record<SpendSkipReason, SpendRole> = {
  blankChannel: "channel",
  nonNumericSpend: "spend",
  negativeSpend: "spend",
  unreadableMonth: "month",
};

/** The earliest skipped spend row's unusable cell, on the sheet. */
function firstSkippedSpendCell(table: SpendTable, selection: SpendSelection): SheetCell | null {
  let first: SheetCell | null = null;
  for (const reason of Object.keys(BLAMED_ROLE) as SpendSkipReason[]) {
    const row = table.firstSkippedRow[reason];
    const rowIndex = selection.region.rowIndex + 1 + row;
    if (row < 0 || (first !== null && first.rowIndex <= rowIndex)) continue;
    first = {
      sheetName: selection.region.sheetName,
      rowIndex,
      columnIndex: selection.region.columnIndex + selection.roles.indexOf(BLAMED_ROLE[reason]),
    };
  }
  return first;
}

/** The workbook setting that keeps the spend step's choices: the range by reference, not its values. */
const spendSetting = "cxCustomerValue.marketingSpend";

/**
 * The spend step's choices this workbook keeps, or null when none are kept or they are not of
 * the expected shape.
 * @example
 * rememberedSpend(); // -> { region: { sheetName: "Spend", … }, header: […], roles: […], attribution: "first_touch" } or null
 */
export function rememberedSpend(): SpendSelection | null {
  const saved = readDocumentSetting<Partial<SpendSelection>>(spendSetting);
  const region = saved?.region;
  const valid =
    typeof region?.sheetName === "string" &&
    (region.tableName === undefined || typeof region.tableName === "string") &&
    [region.rowIndex, region.columnIndex, region.rowCount, region.columnCount].every(
      (index) => Number.isInteger(index) && index >= 0
    ) &&
    Array.isArray(saved?.header) &&
    Array.isArray(saved.roles) &&
    saved.roles.length === saved.header.length &&
    saved.roles.every((role) => SPEND_ROLES.includes(role)) &&
    ATTRIBUTIONS.includes(saved.attribution as Attribution);
  return valid ? (saved as SpendSelection) : null;
}

/**
 * Keeps the spend step's choices in the workbook, or forgets them (null).
 * @example
 * await rememberSpend(selection);
 * await rememberSpend(null); // Clear spend
 */
export function rememberSpend(selection: SpendSelection | null): Promise<void> {
  return saveDocumentSetting(spendSetting, selection);
}

/**
 * The log column the Channels sheet takes each row's channel from: the breakdown column when
 * one is chosen, else the first column with the channel role; −1 when there is neither.
 * @example
 * channelColumn(["customer", "date", "amount", "channel"], -1); // 3
 * channelColumn(["customer", "attribute", "channel"], 1); // 1, the breakdown chosen
 */
export function channelColumn(roles: readonly ColumnRole[], breakdownColumn: number): number {
  return breakdownColumn >= 0 ? breakdownColumn : roles.indexOf("channel");
}
