import type { SubscriptionReport } from "../../engine/report/subscriptionReport";
import type { ChartedTable, OutputSheet } from "../../excel/writeSheets";
import type { SubscriptionStrings } from "../i18n/subscriptionStrings";
import { columnTable, NUMBER_FORMATS, proseTable, type ResultColumn } from "./resultColumns";

const { money: MONEY, count: COUNT, decimal: DECIMAL, share: SHARE, text: TEXT } = NUMBER_FORMATS;
const PARAMETER = "0.000";

/**
 * The outcome of a subscription run in one sentence, and the rows left out when there are any.
 * @example
 * subscriptionOutcome(report, subscriptionStrings.en, "en-US");
 * // ["2,000 subscriptions in 2 cohorts; 691 active at the observation end."]
 */
export function subscriptionOutcome(
  report: SubscriptionReport,
  strings: SubscriptionStrings,
  locale: string
): string[] {
  const format = new Intl.NumberFormat(locale).format;
  const { analysis, skipped } = report;
  const left = skipped.unreadableStart + skipped.unreadableEnd + skipped.endBeforeStart;
  return [
    strings.outcome(
      analysis.groups[0].size,
      analysis.cohorts.length,
      analysis.groups[0].active,
      format
    ),
    ...(left > 0 ? [strings.skipped(left, format)] : []),
  ];
}

/**
 * The CX Subscriptions sheet, top down: the outcome; each group's pooled sBG fit (all
 * subscriptions, then each plan or attribute value) with α, β, the expected lifetime and DERL
 * of a new subscriber, or why it has none; the survivors and the retention of each cohort by
 * period; the observed (Kaplan–Meier) and fitted-and-projected survival of each group, charted
 * as lines; and each active subscriber's renewals, fee, DERL and CLV.
 *
 * @example
 * const sheet = subscriptionSheet(report, subscriptionStrings.en, "en-US");
 * [sheet.table, ...(sheet.below ?? []).map((placed) => placed.table)].map((table) => table.tableName);
 * // ["CX_subscriptionNotes", "CX_subscriptionFits", "CX_survivors", "CX_retention", "CX_survival", "CX_subscribers"]
 */
export function subscriptionSheet(
  report: SubscriptionReport,
  strings: SubscriptionStrings,
  locale: string
): OutputSheet {
  const lines = subscriptionOutcome(report, strings, locale);
  return {
    table: {
      sheetName: strings.sheetName,
      ...proseTable("CX_subscriptionNotes", strings.headers.account, lines),
    },
    below: [
      fitsTable(report, strings),
      cohortTable(report, strings, "CX_survivors", COUNT, (cohort) => cohort.survivors),
      cohortTable(report, strings, "CX_retention", SHARE, (cohort) => cohort.retention),
      survivalTable(report, strings),
      subscribersTable(report, strings),
    ],
  };
}

/** A group's name: All subscriptions, or its attribute value. */
function groupName(attribute: string | undefined, strings: SubscriptionStrings): string {
  return attribute ?? strings.all;
}

/** One row per group: its size, active subscribers and pooled fit. */
function fitsTable(report: SubscriptionReport, strings: SubscriptionStrings): ChartedTable {
  const { groups } = report.analysis;
  const { headers } = strings;
  const fits = report.fits;
  const fitted = (
    row: number,
    value: (fit: Extract<(typeof fits)[number], { fitted: true }>) => number
  ) => {
    const fit = fits[row];
    return fit.fitted ? value(fit) : NaN;
  };
  const columns: ResultColumn[] = [
    {
      header: headers.group,
      format: TEXT,
      cell: (row) => groupName(groups[row].attribute, strings),
    },
    { header: headers.subscribers, format: COUNT, cell: (row) => groups[row].size },
    { header: headers.active, format: COUNT, cell: (row) => groups[row].active },
    { header: headers.alpha, format: PARAMETER, cell: (row) => fitted(row, (fit) => fit.alpha) },
    { header: headers.beta, format: PARAMETER, cell: (row) => fitted(row, (fit) => fit.beta) },
    {
      header: headers.expectedLifetime,
      format: DECIMAL,
      cell: (row) => fitted(row, (fit) => fit.expectedLifetime),
    },
    {
      header: headers.newSubscriberDerl,
      format: DECIMAL,
      cell: (row) => fitted(row, (fit) => fit.newSubscriberDerl),
    },
    {
      header: headers.note,
      format: TEXT,
      cell: (row) => {
        const fit = fits[row];
        if (!fit.fitted) return fit.message;
        return Number.isFinite(fit.expectedLifetime) ? "" : strings.unboundedLifetime;
      },
    },
  ];
  return { table: columnTable("CX_subscriptionFits", columns, groups.length) };
}

/** Cohort × period: group, cohort and size, then one column per period since the start. */
function cohortTable(
  report: SubscriptionReport,
  strings: SubscriptionStrings,
  tableName: string,
  format: string,
  values: (cohort: SubscriptionReport["analysis"]["cohorts"][number]) => Float64Array
): ChartedTable {
  const { cohorts } = report.analysis;
  const { headers } = strings;
  const periods = cohorts.reduce(
    (longest, cohort) => Math.max(longest, cohort.survivors.length),
    0
  );
  const columns: ResultColumn[] = [
    {
      header: headers.group,
      format: TEXT,
      cell: (row) => groupName(cohorts[row].attribute, strings),
    },
    { header: headers.cohort, format: TEXT, cell: (row) => cohorts[row].label },
    ...Array.from({ length: periods }, (_, k): ResultColumn => ({
      header: String(k),
      format,
      cell: (row) => values(cohorts[row])[k] ?? NaN,
    })),
  ];
  return { table: columnTable(tableName, columns, cohorts.length) };
}

/** Period by period, each group's observed survival and its sBG curve, fitted then projected; one line chart. */
function survivalTable(report: SubscriptionReport, strings: SubscriptionStrings): ChartedTable {
  const { groups } = report.analysis;
  const { headers } = strings;
  const periods = groups.reduce(
    (longest, group) =>
      Math.max(
        longest,
        group.survival.length,
        group.curve.fitted ? group.curve.survival.length : 0
      ),
    0
  );
  const columns: ResultColumn[] = [
    { header: headers.period, format: TEXT, cell: (row) => String(row) },
    ...groups.flatMap((group): ResultColumn[] => {
      const name = groupName(group.attribute, strings);
      const { curve } = group;
      return [
        {
          header: headers.observed(name),
          format: SHARE,
          cell: (row) => group.survival[row] ?? NaN,
        },
        ...(curve.fitted
          ? [
              {
                header: headers.fitted(name),
                format: SHARE,
                cell: (row: number) => curve.survival[row] ?? NaN,
              },
            ]
          : []),
      ];
    }),
  ];
  return {
    table: columnTable("CX_survival", columns, periods),
    charts: [
      {
        chartType: "Line",
        firstColumn: 0,
        columnCount: columns.length,
        title: strings.chartTitle,
        categoryAxisTitle: strings.periodAxis,
        valueAxisTitle: strings.survivalAxis,
      },
    ],
  };
}

/** One row per subscriber active at the observation end: who, which cohort, renewals, fee, DERL and CLV. */
function subscribersTable(report: SubscriptionReport, strings: SubscriptionStrings): ChartedTable {
  const { subscriptions, analysis } = report;
  const { values, cohorts, cohortOf, renewals } = analysis;
  const { headers } = strings;
  const active: number[] = [];
  for (let index = 0; index < values.active.length; index++) {
    if (values.active[index] === 1) active.push(index);
  }
  const customer = (index: number) => {
    const position = subscriptions.customer[index];
    return position >= 0 ? subscriptions.customerIds[position] : "";
  };
  const cohort = (row: number) => cohorts[cohortOf[active[row]]];
  const columns: ResultColumn[] = [
    { header: headers.customer, format: TEXT, cell: (row) => customer(active[row]) },
    {
      header: headers.group,
      format: TEXT,
      cell: (row) => groupName(cohort(row).attribute, strings),
    },
    { header: headers.cohort, format: TEXT, cell: (row) => cohort(row).label },
    { header: headers.renewals, format: COUNT, cell: (row) => renewals[active[row]] },
    { header: headers.fee, format: MONEY, cell: (row) => subscriptions.fee[active[row]] },
    {
      header: headers.expectedRemaining,
      format: DECIMAL,
      cell: (row) => values.expectedRemainingLifetime[active[row]],
    },
    { header: headers.derl, format: DECIMAL, cell: (row) => values.derl[active[row]] },
    { header: headers.clv, format: MONEY, cell: (row) => values.clv[active[row]] },
  ];
  return { table: columnTable("CX_subscribers", columns, active.length) };
}
