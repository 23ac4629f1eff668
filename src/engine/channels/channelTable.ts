import { requireShare, requireWholeNumberBetween } from "../argumentChecks";
import { periodIndex, periodLabel } from "../read/calendarPeriod";
import {
  clvToCacRatio,
  costPerAcquisition,
  customerAcquisitionCost,
  returnOnInvestment,
} from "../formulas/acquisitionKpis";
import type { CustomerHistory } from "../history/customerHistory";
import { InputError } from "../inputError";
import type { TransactionLog } from "../read/transactionLog";
import { acquisitionChannels, type Attribution } from "./acquisitionChannel";
import { createChannelNames } from "./channelNames";
import { CHANNEL_ROW_NAMES } from "./channelRowNames";
import { historyRows, type HistoryRows } from "./historyRows";
import { paybackCurves, paybackMonth, type PaybackCurves } from "./paybackCurves";
import type { SpendTable } from "./spendTable";

export interface ChannelTableOptions {
  /**
   * Per customer of the history, their predicted future value × the gross margin, as
   * customerPredictions' predictedClv; without it (or where NaN) the predicted columns are NaN.
   */
  predictedClv?: Float64Array;
  /** Share of revenue kept as profit, 0..1. Default 1. */
  grossMargin?: number;
  /** The months predictedClv covers, 1..1200: the payback curve's projection. Default 12. */
  horizonMonths?: number;
  /** Default "first_touch". */
  attribution?: Attribution;
}

/** A row of the Channels table: a channel with spend, the customers without, or everyone. */
export type ChannelRowKind = "channel" | "noSpend" | "all";

/**
 * One row of the Channels table, about the customers it acquired in the spend period. Values
 * that cannot be had are NaN (never 0): CAC without spend or without customers, and so on.
 */
export interface ChannelRow {
  readonly kind: ChannelRowKind;
  /**
   * The channel as first written; for the other kinds their English names, "No spend recorded"
   * and "All channels" (CHANNEL_ROW_NAMES has them in every language).
   */
  readonly channel: string;
  /** Customers whose first purchase fell in the spend period and who came through the channel. */
  readonly newCustomers: number;
  /** NaN for the "noSpend" row. */
  readonly spend: number;
  /** spend ÷ new customers (CX.CAC). */
  readonly cac: number;
  /** spend ÷ the platform's new customers when every spend row reports them, else ÷ first orders (CX.CPA). */
  readonly cpa: number;
  /** Mean value of the first purchase day. */
  readonly firstOrderValue: number;
  /** Share of the customers with 2 orders or more (CX.REPEATRATE). */
  readonly repeatRate: number;
  readonly revenuePerCustomer: number;
  /** Revenue per customer × the gross margin. */
  readonly marginPerCustomer: number;
  /** Margin per customer in the first 12 months, over the customers observed that long. */
  readonly twelveMonthValue: number;
  /** Margin per customer to date plus their predicted future value. */
  readonly predictedClv: number;
  /** predictedClv ÷ CAC (CX.CLVCAC). */
  readonly clvToCac: number;
  /** Months until the payback curve reaches CAC (paybackMonth). */
  readonly paybackMonths: number;
  /** (predictedClv − CAC) ÷ CAC (CX.ROI with predictedClv as the return). */
  readonly roi: number;
}

/** One channel's new customers and CAC in one month of spend. */
export interface ChannelMonthRow {
  readonly kind: "channel" | "all";
  readonly channel: string;
  /** "2024-03". */
  readonly month: string;
  readonly newCustomers: number;
  /** NaN when the channel has no spend row for the month. */
  readonly spend: number;
  readonly cac: number;
}

export interface ChannelTable {
  readonly attribution: Attribution;
  /** Each channel of the spend table in its order, then "noSpend" (when it has customers), then "all". */
  readonly rows: readonly ChannelRow[];
  /** With months of spend: per channel of the spend table and then for all, each month of the spend period. */
  readonly months: readonly ChannelMonthRow[];
  /** Aligned with rows: the cumulative margin per customer by months since acquisition. */
  readonly payback: PaybackCurves;
  /** First and last month of spend ("2024-01", "2024-06"); undefined without months (the whole log). */
  readonly spendPeriod: readonly [string, string] | undefined;
  /** The log's channels that brought customers but have no spend row, counted under "noSpend". */
  readonly noSpendChannels: readonly string[];
  /** Customers whose first purchase falls outside the spend period, left out. */
  readonly customersOutsideSpendPeriod: number;
}

/**
 * What each acquisition channel's customers are worth against what they cost: the Channels
 * table. Each customer of the history is given the channel that acquired them (see
 * acquisitionChannels) and counts for it when their first purchase falls in the spend period
 * (the months from the spend table's first to its last; the whole log without months).
 * Channel names of the log and the spend table are matched by channelKey. A channel of the
 * spend table no customer came from keeps its row, with 0 new customers and NaN per-customer
 * values; customers of a channel without spend, or without a channel, count under "No spend
 * recorded", whose spend and CAC are NaN; "All channels" holds every customer of the period and
 * all the spend (the blended CAC).
 *
 * The KPIs are the CX functions': CAC = spend ÷ new customers, CPA = spend ÷ acquisitions,
 * CLV:CAC = CLV ÷ CAC, ROI = (CLV − CAC) ÷ CAC, each NaN where the function gives an error
 * (a zero or missing denominator). CLV is the margin per customer to date plus the predicted
 * future value, both × the gross margin, so ROI is (CLV × margin − CAC) ÷ CAC for a CLV counted
 * in revenue, and ROI = CLV:CAC − 1. Payback is the first month whose cumulative margin
 * per customer reaches CAC on the channel's payback curve (paybackCurves): observed month by
 * month, then projected by the channel's predicted value per customer per month (their
 * predicted CLV's mean ÷ horizonMonths) for horizonMonths months; NaN when not reached by then.
 *
 * @param history The customer history of `log` (customerHistory; the pane's CustomerAnalysis is one).
 * @param spend The marketing spend table (readSpendTable).
 * @throws InputError (kind "value") "gross_margin" outside 0..1, "horizon_months" outside
 * 1..1200, "predicted_clv" not aligned with the history.
 *
 * @example
 * const spend = readSpendTable({ channel: ["Google Ads", "Meta"], spend: [3000, 500] });
 * const table = channelTable(log, history, spend, { grossMargin: 0.4, predictedClv });
 * table.rows[0]; // { kind: "channel", channel: "Google Ads", newCustomers: 30, spend: 3000, cac: 100,
 * //   …, predictedClv: 300, clvToCac: 3, paybackMonths: 7, roi: 2 }
 * table.rows.map((row) => row.kind); // ["channel", "channel", "noSpend", "all"]
 */
export function channelTable(
  log: TransactionLog,
  history: CustomerHistory,
  spend: SpendTable,
  options: ChannelTableOptions = {}
): ChannelTable {
  const grossMargin = requireShare(options.grossMargin ?? 1, "gross_margin");
  const horizonMonths = options.horizonMonths ?? 12;
  requireWholeNumberBetween(horizonMonths, 1, 1200, "horizon_months");
  const customers = history.customerIds.length;
  const predicted = options.predictedClv ?? new Float64Array(customers).fill(NaN);
  if (predicted.length !== customers) {
    throw new InputError(
      "predicted_clv",
      `must have one value per customer (${customers})`,
      "value"
    );
  }
  const attribution = options.attribution ?? "first_touch";
  const rows = historyRows(log, history);
  const names = createChannelNames();
  spend.channelNames.forEach((name) => names.positionOf(name));
  const period = spendPeriodOf(spend);
  const acquired = acquiredGroups(
    history,
    acquisitionChannels(rows, history, attribution),
    history.attributeValues.map((value) => names.positionOf(value)),
    spend.channelNames.length,
    period
  );
  const sums = groupSums(rows, history, spend, acquired.group, predicted, period);
  const spendChannels = spend.channelNames.length;
  const [noSpend, all] = [spendChannels, spendChannels + 1];
  const monthlyValue = (at: number) =>
    sums.predictedFuture[at] / sums.customers[at] / horizonMonths;
  const curves = paybackCurves(
    rows,
    history,
    acquired.group,
    spendChannels + 1,
    grossMargin,
    Float64Array.from({ length: spendChannels + 2 }, (_, at) => monthlyValue(at)),
    horizonMonths
  );
  const groups = [
    ...spend.channelNames.map((name, at) => ({ kind: "channel" as const, name, at })),
    ...(sums.customers[noSpend] > 0
      ? [{ kind: "noSpend" as const, name: CHANNEL_ROW_NAMES.en.noSpend, at: noSpend }]
      : []),
    { kind: "all" as const, name: CHANNEL_ROW_NAMES.en.all, at: all },
  ];
  // The curves' slots are the groups': a channel's, "noSpend", and last "all".
  const shown = groups.map(({ at }) => ({
    values: curves.values[at],
    observed: curves.observedMonths[at],
  }));
  return {
    attribution,
    rows: groups.map(({ kind, name, at }, index) =>
      channelRow(kind, name, sums, at, grossMargin, shown[index])
    ),
    months: groups.flatMap(({ kind, name, at }) =>
      kind === "noSpend" ? [] : monthRows(kind, name, sums, at, period)
    ),
    payback: {
      values: shown.map(({ values }) => values),
      observedMonths: Int32Array.from(shown, ({ observed }) => observed),
    },
    spendPeriod:
      period.months > 0
        ? [periodLabel(period.first, "month"), periodLabel(period.last, "month")]
        : undefined,
    noSpendChannels: acquired.noSpendChannels.map((channel) => names.names[channel]),
    customersOutsideSpendPeriod: acquired.outside,
  };
}

/** The months of spend, first to last (months 0 and the whole log without any). */
interface SpendPeriod {
  first: number;
  last: number;
  months: number;
}

/** The spend period of a spend table: its first to its last month; the whole log without months or rows. */
function spendPeriodOf(spend: SpendTable): SpendPeriod {
  if (!spend.month || spend.rows === 0) return { first: -Infinity, last: Infinity, months: 0 };
  let first = Infinity;
  let last = -Infinity;
  for (let row = 0; row < spend.rows; row++) {
    first = Math.min(first, spend.month[row]);
    last = Math.max(last, spend.month[row]);
  }
  return { first, last, months: last - first + 1 };
}

/** Which group each customer counts in, and who was left out. */
interface AcquiredGroups {
  /** Per customer, their channel's position among the spend table's, spendChannels for no spend, −1 outside the period. */
  group: Int32Array;
  /** Channels (positions among all names) without spend that brought customers. */
  noSpendChannels: number[];
  outside: number;
}

/** Each customer's group: their acquisition channel's row, "noSpend", or −1 outside the spend period. */
function acquiredGroups(
  history: CustomerHistory,
  acquiredThrough: Int32Array,
  channelOfValue: readonly number[],
  spendChannels: number,
  period: SpendPeriod
): AcquiredGroups {
  const group = new Int32Array(history.customerIds.length);
  const noSpendChannels = new Set<number>();
  let outside = 0;
  for (let customer = 0; customer < group.length; customer++) {
    const month = periodIndex(history.firstPurchase[customer], "month");
    if (month < period.first || month > period.last) {
      group[customer] = -1;
      outside++;
      continue;
    }
    const value = acquiredThrough[customer];
    const channel = value < 0 ? -1 : channelOfValue[value];
    group[customer] = channel >= 0 && channel < spendChannels ? channel : spendChannels;
    if (channel >= spendChannels) noSpendChannels.add(channel);
  }
  return { group, noSpendChannels: [...noSpendChannels], outside };
}

/** Per-group sums of customers and spend, one slot per channel of the spend table, then "noSpend", then "all". */
interface GroupSums {
  customers: Float64Array;
  firstDayRevenue: Float64Array;
  repeatCustomers: Float64Array;
  revenue: Float64Array;
  predictedFuture: Float64Array;
  /** NaN for "noSpend". */
  spend: Float64Array;
  spendRows: Float64Array;
  reported: Float64Array;
  reportedRows: Float64Array;
  /** Per group, per month of the spend period (group × months + month): new customers, spend and spend rows. */
  monthCustomers: Float64Array;
  monthSpend: Float64Array;
  monthSpendRows: Float64Array;
}

/** The sums of each group's customers (and of everyone's, in "all") and of each channel's spend. */
function groupSums(
  rows: HistoryRows,
  history: CustomerHistory,
  spend: SpendTable,
  group: Int32Array,
  predicted: Float64Array,
  period: SpendPeriod
): GroupSums {
  const slots = spend.channelNames.length + 2;
  const all = slots - 1;
  const slot = (size = slots) => new Float64Array(size);
  const sums: GroupSums = {
    customers: slot(),
    firstDayRevenue: slot(),
    repeatCustomers: slot(),
    revenue: slot(),
    predictedFuture: slot(),
    spend: slot(),
    spendRows: slot(),
    reported: slot(),
    reportedRows: slot(),
    monthCustomers: slot(slots * period.months),
    monthSpend: slot(slots * period.months),
    monthSpendRows: slot(slots * period.months),
  };
  const { start, day, amount } = rows.groups;
  for (let customer = 0; customer < group.length; customer++) {
    if (group[customer] < 0) continue;
    const first = history.firstPurchase[customer];
    let firstDay = 0;
    const logCustomer = rows.logCustomer[customer];
    for (let row = start[logCustomer]; row < start[logCustomer + 1]; row++) {
      if (day[row] === first) firstDay += amount[row];
    }
    const month = periodIndex(first, "month") - period.first;
    for (let pass = 0; pass < 2; pass++) {
      const at = pass === 0 ? group[customer] : all;
      sums.customers[at]++;
      sums.firstDayRevenue[at] += firstDay;
      if (history.orders[customer] >= 2) sums.repeatCustomers[at]++;
      sums.revenue[at] += history.revenue[customer];
      sums.predictedFuture[at] += predicted[customer];
      if (period.months > 0) sums.monthCustomers[at * period.months + month]++;
    }
  }
  for (let row = 0; row < spend.rows; row++) {
    const reported = spend.reportedNewCustomers?.[row] ?? NaN;
    for (const at of [spend.channel[row], all]) {
      sums.spend[at] += spend.spend[row];
      sums.spendRows[at]++;
      if (!Number.isNaN(reported)) {
        sums.reported[at] += reported;
        sums.reportedRows[at]++;
      }
      if (spend.month && period.months > 0) {
        const month = at * period.months + spend.month[row] - period.first;
        sums.monthSpend[month] += spend.spend[row];
        sums.monthSpendRows[month]++;
      }
    }
  }
  sums.spend[all - 1] = NaN;
  return sums;
}

/** A group's new customers, spend and CAC in each month of the spend period (none without months). */
function monthRows(
  kind: "channel" | "all",
  channel: string,
  sums: GroupSums,
  at: number,
  period: SpendPeriod
): ChannelMonthRow[] {
  return Array.from({ length: period.months }, (_, offset) => {
    const slot = at * period.months + offset;
    const spend = sums.monthSpendRows[slot] > 0 ? sums.monthSpend[slot] : NaN;
    const newCustomers = sums.monthCustomers[slot];
    return {
      kind,
      channel,
      month: periodLabel(period.first + offset, "month"),
      newCustomers,
      spend,
      cac: blankOnError(() => customerAcquisitionCost(spend, newCustomers)),
    };
  });
}

/** One row of the table from its group's sums and payback curve. */
function channelRow(
  kind: ChannelRowKind,
  channel: string,
  sums: GroupSums,
  at: number,
  grossMargin: number,
  curve: { values: Float64Array; observed: number }
): ChannelRow {
  const customers = sums.customers[at];
  const spend = sums.spend[at];
  const perCustomer = (total: number) => (customers > 0 ? total / customers : NaN);
  const cac = blankOnError(() => customerAcquisitionCost(spend, customers));
  const everyRowReports = sums.reportedRows[at] > 0 && sums.reportedRows[at] === sums.spendRows[at];
  // One first order per new customer: their first purchase day.
  const acquisitions = everyRowReports ? sums.reported[at] : customers;
  const marginPerCustomer = perCustomer(sums.revenue[at]) * grossMargin;
  const predictedClv = marginPerCustomer + perCustomer(sums.predictedFuture[at]);
  return {
    kind,
    channel,
    newCustomers: customers,
    spend,
    cac,
    cpa: blankOnError(() => costPerAcquisition(spend, acquisitions)),
    firstOrderValue: perCustomer(sums.firstDayRevenue[at]),
    repeatRate: perCustomer(sums.repeatCustomers[at]),
    revenuePerCustomer: perCustomer(sums.revenue[at]),
    marginPerCustomer,
    twelveMonthValue: curve.observed >= 12 ? curve.values[11] : NaN,
    predictedClv,
    clvToCac: blankOnError(() => clvToCacRatio(predictedClv, cac)),
    paybackMonths: paybackMonth(curve.values, cac),
    roi: blankOnError(() => returnOnInvestment(predictedClv, cac)),
  };
}

/** A KPI formula's value, or NaN where it would give the CX function an error (a zero CAC, no customers). */
function blankOnError(formula: () => number): number {
  try {
    return formula();
  } catch (error) {
    if (error instanceof InputError) return NaN;
    throw error;
  }
}
