import type { Attribution } from "../../engine/channels/acquisitionChannel";
import type { ChannelRowKind } from "../../engine/channels/channelTable";
import type { SpendColumnRoles } from "../../engine/channels/spendColumnRoles";
import type { SpendSkipReason } from "../../engine/channels/spendTable";
import type { CountFormat } from "./counted";

/** A column role of a marketing spend table, or none. */
export type SpendRole = keyof SpendColumnRoles | "ignore";

/**
 * The text of the pane's marketing spend step and of the Channels sheet, in one language: a
 * part of PaneStrings (`strings.channels`), one block in each language's file.
 */
export interface ChannelStrings {
  spendHeading: string;
  spendIntro: string;
  /** The button that reads the selection as the spend table. */
  spendUseSelection: string;
  spendClear: string;
  /** The spend range in use, by its address, or an Excel table by its name. */
  spendRange: (address: string) => string;
  spendRoles: Record<SpendRole, string>;
  attribution: string;
  attributions: Record<Attribution, string>;
  /** A spend table without a channel or a spend column. */
  needSpendRoles: (roles: string) => string;
  /** The spend range kept in the workbook could not be read again (its sheet is gone). */
  spendUnreadable: (detail: string) => string;
  /** A spend table none of whose rows can be used. */
  errorNoSpendRows: string;
  /** Spend was given but the log has no channel column, so there is no Channels sheet. */
  /** The spend range chosen shares cells with the log the run reads: it is no spend table. */
  spendOverLog: string;
  needChannel: string;
  /** `reasons` is the spendSkipReasons that occurred, joined by ", ". */
  spendSkipped: (total: number, reasons: string, format: CountFormat) => string;
  spendSkipReasons: Record<SpendSkipReason, (count: string) => string>;
  selectFirstSkippedSpend: string;
  sheetName: string;
  /** The heading of the account at the top of the Channels sheet. */
  account: string;
  attributionLine: (attribution: string) => string;
  spendPeriodLine: (first: string, last: string) => string;
  /** Spend without months: every customer counts. */
  wholeLogLine: string;
  outsidePeriodLine: (customers: number, format: CountFormat) => string;
  noSpendChannelsLine: (channels: string) => string;
  /** The CLV:CAC rule of thumb of the Dutch seed article. */
  benchmark: string;
  rowNames: Record<Exclude<ChannelRowKind, "channel">, string>;
  headers: {
    channel: string;
    newCustomers: string;
    spend: string;
    cac: string;
    cpa: string;
    firstOrderValue: string;
    repeatRate: string;
    revenuePerCustomer: string;
    marginPerCustomer: string;
    twelveMonthValue: string;
    predictedClv: (months: string) => string;
    clvToCac: string;
    paybackMonths: string;
    roi: string;
    month: string;
    monthsSinceAcquisition: string;
    /** A channel's payback curve: its cumulative margin per customer. */
    marginOf: (channel: string) => string;
    cacOf: (channel: string) => string;
  };
  charts: {
    clvVsCac: string;
    perCustomerAxis: string;
    payback: string;
    monthsAxis: string;
  };
}
