import { requireSameLength } from "../engine/argumentChecks";
import { readAttribution } from "../engine/channels/acquisitionChannel";
import { CHANNEL_ROW_NAMES } from "../engine/channels/channelRowNames";
import { channelTable, type ChannelRow } from "../engine/channels/channelTable";
import { readSpendTable, type SpendTable } from "../engine/channels/spendTable";
import { customerHistory } from "../engine/history/customerHistory";
import { InputError } from "../engine/inputError";
import { languageFor, type Language } from "../engine/language";
import { rowReason } from "../engine/rowReason";
import { customerPredictions, fitCustomerModels } from "../engine/report/customerModels";
import { displayLanguage } from "../excel/displayLanguage";
import { toMatrix } from "./broadcast";
import { plainCells, readCellNumber } from "./cellValues";
import { toExcelError } from "./excelError";
import { isOmitted } from "./isOmitted";
import { readSingleCell } from "./singleCell";
import { readTransactionLogColumns } from "./transactionLogColumns";
import { previewPlaceholder, PreviewSkipped } from "./valuePreview";

/** The pane's analysis defaults: its discount rate, and 12 months of prediction. */
const MONTHLY_DISCOUNT_RATE = 0.01;
const DEFAULT_HORIZON_MONTHS = 12;

const HEADER = [
  "channel",
  "new_customers",
  "spend",
  "cac",
  "cpa",
  "first_order_value",
  "repeat_rate",
  "revenue_per_customer",
  "margin_per_customer",
  "value_12_months",
  "predicted_clv",
  "clv_to_cac",
  "payback_months",
  "roi",
];

/** The CAC cell of a channel nobody came through, in each language. */
const NO_CUSTOMERS: Readonly<Record<Language, string>> = {
  en: "no customers",
  da: "ingen kunder",
  nb: "ingen kunder",
  de: "keine Kunden",
  nl: "geen klanten",
};

/**
 * What each acquisition channel's customers are worth against what they cost, with a header row: one row per channel of the spend table, then "No spend recorded" (customers of channels without spend) and "All channels"; these names, and "no customers" as the CAC of a channel nobody came through, are in Excel's display language. Per channel, of the customers whose first purchase fell in the spend period: new customers, spend, CAC, CPA, first-order value, repeat rate, revenue and margin per customer, margin in the first 12 months, predicted CLV (margin to date + BG/NBD and Gamma-Gamma's predicted value), CLV:CAC, payback months and ROI. Channels match case- and space-insensitively. While the formula is typed, Excel's preview skips logs of more than 2 000 rows.
 * @customfunction CHANNELS
 * @param customerIds Customer id of each transaction, text or number: a table column such as Table1[Customer] or a range. Excel on the web takes about 180 000 rows (Windows and Mac: 1 048 576); larger logs: the task pane.
 * @param dates Date of each transaction: an Excel date or YYYY-MM-DD text, as tall as customer_ids.
 * @param amounts Value of each transaction, as tall as customer_ids.
 * @param channels Channel of each transaction (e.g. "Google Ads"), as tall as customer_ids; a customer's acquisition channel follows attribution.
 * @param spendChannels Channel of each row of the marketing spend table.
 * @param spend Marketing spend of each row, as tall as spend_channels: a number 0 or more, or #VALUE! naming the row. Rows without a channel are skipped.
 * @param [spendMonths] Month of each spend row (any date in it, or "2024-03"); one that is no date is #VALUE! naming the row. Then only customers acquired from the first to the last month count. Default: the whole log.
 * @param [grossMargin] Share of revenue kept as profit, 0–1. Default 1.
 * @param [horizonMonths] Months of predicted value in the CLV, 1–1200. Default 12.
 * @param [attribution] "first_touch" (default: the channel of the first purchase), "last_touch" or "most_orders".
 * @returns channel, new_customers, spend, cac, cpa, first_order_value, repeat_rate, revenue_per_customer, margin_per_customer, value_12_months, predicted_clv, clv_to_cac, payback_months, roi; blank where a value cannot be had.
 * @example
 * =CX.CHANNELS(A2:A9000, B2:B9000, C2:C9000, D2:D9000, F2:F4, G2:G4) → Google Ads | 412 | 20600 | 50 | …
 */
export function channels(
  customerIds: unknown[][],
  dates: unknown[][],
  amounts: unknown[][],
  channels: unknown[][],
  spendChannels: unknown[][],
  spend: unknown[][],
  spendMonths?: unknown[][],
  grossMargin?: unknown,
  horizonMonths?: unknown,
  attribution?: unknown,
  invocation?: CustomFunctions.Invocation
): unknown[][] {
  try {
    const language = languageFor(displayLanguage());
    const log = readTransactionLogColumns(
      customerIds,
      dates,
      amounts,
      undefined,
      invocation,
      channels
    );
    const spendCells = readColumn(spendChannels, "spend_channels", "text");
    const spendTable = readSpendTable({
      channel: spendCells,
      spend: readColumn(spend, "spend", "a number", spendCells.length),
      month: isOmitted(spendMonths)
        ? undefined
        : readColumn(spendMonths, "spend_months", "a date", spendCells.length),
    });
    requireReadableSpendRows(spendTable);
    if (spendTable.rows === 0) {
      throw new InputError(
        "spend",
        "no valid rows: each has a blank channel, a spend that is not a number or is negative, or an unreadable month",
        "na"
      );
    }
    const margin = readCellNumber(readSingleCell(grossMargin, "gross_margin"), "gross_margin") ?? 1;
    const horizon =
      readCellNumber(readSingleCell(horizonMonths, "horizon_months"), "horizon_months") ??
      DEFAULT_HORIZON_MONTHS;
    const attributionCell = readSingleCell(attribution, "attribution");
    const history = customerHistory(log, { timeUnit: "W" });
    const histories = {
      x: history.x,
      tx: history.tx,
      T: history.T,
      meanRepeatSpend: history.meanRepeatSpend,
    };
    const table = channelTable(log, history, spendTable, {
      grossMargin: margin,
      horizonMonths: horizon,
      attribution:
        attributionCell === undefined
          ? undefined
          : readAttribution(String(attributionCell), "attribution"),
      // Where no model fits, predictedClv is NaN and the predicted columns stay blank.
      predictedClv: customerPredictions(fitCustomerModels(histories, "bgnbd+gg"), histories, {
        horizonMonths: horizon,
        monthlyDiscountRate: MONTHLY_DISCOUNT_RATE,
        grossMargin: margin,
      }).predictedClv,
    });
    return [HEADER, ...table.rows.map((row) => channelCells(row, language))];
  } catch (error) {
    if (error instanceof PreviewSkipped) return previewPlaceholder(error);
    throw toExcelError(error);
  }
}

/**
 * The cells of a one-column argument, its data types read as their plain values, as tall as
 * `height` when given.
 *
 * @throws InputError naming the argument: "the range is empty" (#N/A), "must be a single
 * column" or another height (#VALUE!), an error cell's message.
 */
function readColumn(argument: unknown, name: string, wanted: string, height?: number): unknown[] {
  const matrix = toMatrix(argument);
  if (matrix.length === 0) throw new InputError(name, "the range is empty", "na");
  if (matrix.some((row) => row.length > 1)) {
    throw new InputError(name, "must be a single column", "value");
  }
  if (height !== undefined) {
    const other = name === "channels" ? "customer_ids" : "spend_channels";
    requireSameLength(matrix.length, height, name, other);
  }
  return plainCells(matrix, name, wanted).map((row) => row[0]);
}

/**
 * One row of cells in `language`: NaN blank, the "noSpend" and "all" rows by their names, and
 * "no customers" for the CAC of a channel nobody came through.
 */
function channelCells(row: ChannelRow, language: Language): unknown[] {
  const cell = (value: number) => (Number.isNaN(value) ? "" : value);
  const noCustomers = row.kind === "channel" && row.newCustomers === 0;
  return [
    row.kind === "channel" ? row.channel : CHANNEL_ROW_NAMES[language][row.kind],
    row.newCustomers,
    cell(row.spend),
    noCustomers ? NO_CUSTOMERS[language] : cell(row.cac),
    cell(row.cpa),
    cell(row.firstOrderValue),
    cell(row.repeatRate),
    cell(row.revenuePerCustomer),
    cell(row.marginPerCustomer),
    cell(row.twelveMonthValue),
    cell(row.predictedClv),
    cell(row.clvToCac),
    cell(row.paybackMonths),
    cell(row.roi),
  ];
}

/**
 * Refuses a spend table with a row whose channel is given but whose spend or month cannot be
 * read: a formula's spend table is typed by hand, so such a row is a slip to point at, not a
 * row to leave out unseen (which would change the channel's spend and CAC). Entirely blank rows
 * and rows without a channel stay skipped.
 *
 * @throws InputError (kind "value") on "spend" or "spend_months", naming the first such row.
 * @example
 * requireReadableSpendRows(readSpendTable({ channel: ["Web", "Web"], spend: [50, 70], month: ["2024-01", "jan"] }));
 * // throws "spend_months: row 2: is no date or month (such as 2024-03 or 15.03.2024)"
 */
function requireReadableSpendRows(table: SpendTable): void {
  const { firstSkippedRow: first } = table;
  const problems: [number, string, string][] = [
    [first.nonNumericSpend, "spend", "is not a number"],
    [first.negativeSpend, "spend", "is negative; spend is 0 or more"],
    [first.unreadableMonth, "spend_months", "is no date or month (such as 2024-03 or 15.03.2024)"],
  ];
  const found = problems.filter(([row]) => row >= 0).sort(([a], [b]) => a - b)[0];
  if (found) throw new InputError(found[1], rowReason(found[2], found[0]), "value");
}
