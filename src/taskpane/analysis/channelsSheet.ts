import type { ChannelRow, ChannelTable } from "../../engine/channels/channelTable";
import type { ChartedTable, OutputSheet } from "../../excel/writeSheets";
import type { PaneStrings } from "../i18n/paneStrings";
import { columnTable, NUMBER_FORMATS, proseTable, type ResultColumn } from "./resultColumns";

const { money: MONEY, count: COUNT, share: SHARE, text: TEXT } = NUMBER_FORMATS;

/**
 * The Channels sheet (issue 14), top down: its account — the attribution, the spend period,
 * who was left out and the 3:1 CLV:CAC benchmark of the Dutch seed article; the table of
 * channels (each of the spend table, then No spend recorded and All channels), predicted CLV
 * and CAC first so the clustered bars compare them; with months of spend, new customers and
 * CAC per channel per month; and the payback curves, each channel's cumulative margin per
 * customer by months since acquisition beside its CAC, as lines. A value the engine gives as
 * NaN (the CAC of No spend recorded, a payback never reached) is a blank cell, never 0.
 *
 * @param horizonMonths The months the predicted CLV covers, for its header.
 * @example
 * const sheet = channelsSheet(result.channels, stringsByLanguage.en, "en-US", 12);
 * sheet.table.sheetName; // "CX Channels"
 * [sheet.table, ...sheet.below.map((placed) => placed.table)].map((table) => table.tableName);
 * // ["CX_channelNotes", "CX_channels", "CX_channelMonths", "CX_payback"]
 */
export function channelsSheet(
  table: ChannelTable,
  strings: PaneStrings,
  locale: string,
  horizonMonths: number
): OutputSheet {
  const texts = strings.channels;
  const lines = accountLines(table, strings, new Intl.NumberFormat(locale).format);
  return {
    table: {
      sheetName: texts.sheetName,
      ...proseTable("CX_channelNotes", texts.account, lines),
    },
    below: [
      channelRowsTable(table, strings, horizonMonths),
      ...(table.months.length > 0 ? [monthsTable(table, strings)] : []),
      paybackTable(table, strings),
    ],
  };
}

/** The sheet's account, one line a row. */
function accountLines(
  table: ChannelTable,
  strings: PaneStrings,
  format: (count: number) => string
): string[] {
  const texts = strings.channels;
  return [
    texts.attributionLine(texts.attributions[table.attribution]),
    table.spendPeriod
      ? texts.spendPeriodLine(table.spendPeriod[0], table.spendPeriod[1])
      : texts.wholeLogLine,
    ...(table.customersOutsideSpendPeriod > 0
      ? [texts.outsidePeriodLine(table.customersOutsideSpendPeriod, format)]
      : []),
    ...(table.noSpendChannels.length > 0
      ? [texts.noSpendChannelsLine(table.noSpendChannels.join(", "))]
      : []),
    texts.benchmark,
  ];
}

/** A row's channel as the sheet shows it: the pane's words for No spend recorded and All channels. */
function rowName(row: Pick<ChannelRow, "kind" | "channel">, strings: PaneStrings): string {
  return row.kind === "channel" ? row.channel : strings.channels.rowNames[row.kind];
}

/** One row per channel, then No spend recorded and All channels, with the CLV vs CAC bars. */
function channelRowsTable(
  table: ChannelTable,
  strings: PaneStrings,
  horizonMonths: number
): ChartedTable {
  const { rows } = table;
  const { headers, charts } = strings.channels;
  const number = (header: string, format: string, value: (row: ChannelRow) => number) => ({
    header,
    format,
    cell: (row: number) => value(rows[row]),
  });
  // Channel, predicted CLV and CAC first and adjacent: the chart plots those three columns.
  const columns: ResultColumn[] = [
    { header: headers.channel, format: TEXT, cell: (row) => rowName(rows[row], strings) },
    number(headers.predictedClv(String(horizonMonths)), MONEY, (row) => row.predictedClv),
    number(headers.cac, MONEY, (row) => row.cac),
    number(headers.clvToCac, "0.0", (row) => row.clvToCac),
    number(headers.paybackMonths, COUNT, (row) => row.paybackMonths),
    number(headers.roi, SHARE, (row) => row.roi),
    number(headers.newCustomers, COUNT, (row) => row.newCustomers),
    number(headers.spend, MONEY, (row) => row.spend),
    number(headers.cpa, MONEY, (row) => row.cpa),
    number(headers.firstOrderValue, MONEY, (row) => row.firstOrderValue),
    number(headers.repeatRate, SHARE, (row) => row.repeatRate),
    number(headers.revenuePerCustomer, MONEY, (row) => row.revenuePerCustomer),
    number(headers.marginPerCustomer, MONEY, (row) => row.marginPerCustomer),
    number(headers.twelveMonthValue, MONEY, (row) => row.twelveMonthValue),
  ];
  return {
    table: columnTable("CX_channels", columns, rows.length),
    charts: [
      {
        chartType: "BarClustered",
        firstColumn: 0,
        columnCount: 3,
        title: charts.clvVsCac,
        categoryAxisTitle: headers.channel,
        valueAxisTitle: charts.perCustomerAxis,
      },
    ],
  };
}

/** New customers, spend and CAC per channel (and for all) per month of spend. */
function monthsTable(table: ChannelTable, strings: PaneStrings): ChartedTable {
  const { months } = table;
  const { headers } = strings.channels;
  const columns: ResultColumn[] = [
    { header: headers.channel, format: TEXT, cell: (row) => rowName(months[row], strings) },
    { header: headers.month, format: TEXT, cell: (row) => months[row].month },
    { header: headers.newCustomers, format: COUNT, cell: (row) => months[row].newCustomers },
    { header: headers.spend, format: MONEY, cell: (row) => months[row].spend },
    { header: headers.cac, format: MONEY, cell: (row) => months[row].cac },
  ];
  return { table: columnTable("CX_channelMonths", columns, months.length) };
}

/**
 * Month by month since acquisition, each channel's cumulative margin per customer and, beside
 * it, its CAC as a level line, for the channels that acquired customers and have a CAC; then
 * All channels' curve against the blended CAC.
 */
function paybackTable(table: ChannelTable, strings: PaneStrings): ChartedTable {
  const { headers, charts } = strings.channels;
  const shown = table.rows
    .map((row, index) => ({ row, curve: table.payback.values[index] }))
    .filter(({ row }) => row.kind !== "noSpend" && Number.isFinite(row.cac));
  const months = Math.max(0, ...shown.map(({ curve }) => curve.length));
  const columns: ResultColumn[] = [
    { header: headers.monthsSinceAcquisition, format: TEXT, cell: (row) => String(row + 1) },
    ...shown.flatMap(({ row, curve }): ResultColumn[] => {
      const name = rowName(row, strings);
      return [
        { header: headers.marginOf(name), format: MONEY, cell: (month) => curve[month] ?? NaN },
        {
          header: headers.cacOf(name),
          format: MONEY,
          cell: (month) => (month < curve.length ? row.cac : NaN),
        },
      ];
    }),
  ];
  return {
    table: columnTable("CX_payback", columns, months),
    charts:
      shown.length > 0
        ? [
            {
              chartType: "Line",
              firstColumn: 0,
              columnCount: columns.length,
              title: charts.payback,
              categoryAxisTitle: charts.monthsAxis,
              valueAxisTitle: charts.perCustomerAxis,
            },
          ]
        : [],
  };
}
