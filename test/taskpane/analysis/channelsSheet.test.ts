import type { ChannelRow, ChannelTable } from "../../../src/engine/channels/channelTable";
import { channelsSheet } from "../../../src/taskpane/analysis/channelsSheet";
import { stringsByLanguage } from "../../../src/taskpane/i18n/stringsByLanguage";

/** A row with every value, and what is asked for changed. */
function row(values: Partial<ChannelRow> & Pick<ChannelRow, "kind" | "channel">): ChannelRow {
  return {
    newCustomers: 10,
    spend: 1000,
    cac: 100,
    cpa: 100,
    firstOrderValue: 40,
    repeatRate: 0.5,
    revenuePerCustomer: 200,
    marginPerCustomer: 80,
    twelveMonthValue: NaN,
    predictedClv: 300,
    clvToCac: 3,
    paybackMonths: 3,
    roi: 2,
    ...values,
  };
}

/** Two channels (Meta without customers), No spend recorded and All channels, over two months. */
const TABLE: ChannelTable = {
  attribution: "last_touch",
  rows: [
    row({ kind: "channel", channel: "Google Ads" }),
    row({
      kind: "channel",
      channel: "Meta",
      newCustomers: 0,
      spend: 500,
      cac: NaN,
      cpa: NaN,
      predictedClv: NaN,
      clvToCac: NaN,
      paybackMonths: NaN,
      roi: NaN,
    }),
    row({
      kind: "noSpend",
      channel: "No spend recorded",
      spend: NaN,
      cac: NaN,
      cpa: NaN,
      clvToCac: NaN,
      paybackMonths: NaN,
      roi: NaN,
    }),
    row({ kind: "all", channel: "All channels", newCustomers: 20, spend: 1500, cac: 75 }),
  ],
  months: [
    {
      kind: "channel",
      channel: "Google Ads",
      month: "2024-01",
      newCustomers: 6,
      spend: 600,
      cac: 100,
    },
    {
      kind: "channel",
      channel: "Google Ads",
      month: "2024-02",
      newCustomers: 0,
      spend: 400,
      cac: NaN,
    },
    {
      kind: "all",
      channel: "All channels",
      month: "2024-01",
      newCustomers: 12,
      spend: 900,
      cac: 75,
    },
  ],
  payback: {
    values: [
      Float64Array.of(40, 90, 120),
      Float64Array.of(),
      Float64Array.of(30, 50),
      Float64Array.of(35, 70, 95, 110),
    ],
    observedMonths: Int32Array.of(2, 0, 2, 2),
  },
  spendPeriod: ["2024-01", "2024-02"],
  noSpendChannels: ["Organic"],
  customersOutsideSpendPeriod: 1234,
};

const en = stringsByLanguage.en;
const sheet = channelsSheet(TABLE, en, "en-US", 12);
const [channels, months, payback] = sheet.below!;
const allRows = (table: { rowCount: number; rows: (start: number, end: number) => unknown[][] }) =>
  table.rows(0, table.rowCount);

describe("channelsSheet", () => {
  test("opens with the attribution, the spend period, who was left out and the 3:1 benchmark", () => {
    expect(sheet.table.sheetName).toBe("CX Channels");
    expect(sheet.table.prose).toBe(true);
    expect(allRows(sheet.table)).toEqual([
      ["Acquisition channel: Last touch: the channel of the latest purchase."],
      ["Spend period 2024-01 to 2024-02: each channel's new customers are those it acquired then."],
      ["1,234 customers acquired outside the spend period are left out."],
      ["Channels with customers but no spend, counted under No spend recorded: Organic."],
      [en.channels.benchmark],
    ]);
    expect(en.channels.benchmark).toContain("3:1");
    for (const strings of Object.values(stringsByLanguage)) {
      expect(strings.channels.benchmark).toContain("3:1");
    }
  });

  test("writes one row per channel, No spend recorded with a blank CAC, and All channels", () => {
    expect(sheet.below!.map((placed) => placed.table.tableName)).toEqual([
      "CX_channels",
      "CX_channelMonths",
      "CX_payback",
    ]);
    expect(channels.table.header.slice(0, 6)).toEqual([
      "Channel",
      "Predicted CLV (to date + 12 months)",
      "CAC",
      "CLV:CAC",
      "Payback (months)",
      "ROI",
    ]);
    expect(allRows(channels.table)).toEqual([
      ["Google Ads", 300, 100, 3, 3, 2, 10, 1000, 100, 40, 0.5, 200, 80, ""],
      ["Meta", "", "", "", "", "", 0, 500, "", 40, 0.5, 200, 80, ""],
      ["No spend recorded", 300, "", "", "", "", 10, "", "", 40, 0.5, 200, 80, ""],
      ["All channels", 300, 75, 3, 3, 2, 20, 1500, 100, 40, 0.5, 200, 80, ""],
    ]);
    expect(channels.charts).toEqual([
      expect.objectContaining({ chartType: "BarClustered", firstColumn: 0, columnCount: 3 }),
    ]);
  });

  test("names the kinds' rows in the user's language", () => {
    const danish = channelsSheet(TABLE, stringsByLanguage.da, "da-DK", 12).below![0];
    expect(allRows(danish.table).map((cells) => cells[0])).toEqual([
      "Google Ads",
      "Meta",
      "Ingen omkostninger registreret",
      "Alle kanaler",
    ]);
  });

  test("gives new customers and CAC per channel per month", () => {
    expect(months.table.header).toEqual(["Channel", "Month", "New customers", "Spend", "CAC"]);
    expect(allRows(months.table)).toEqual([
      ["Google Ads", "2024-01", 6, 600, 100],
      ["Google Ads", "2024-02", 0, 400, ""],
      ["All channels", "2024-01", 12, 900, 75],
    ]);
  });

  test("draws each channel's payback curve against its CAC, channels with a CAC only", () => {
    expect(payback.table.header).toEqual([
      "Months since acquisition",
      "Google Ads: margin per customer",
      "Google Ads: CAC",
      "All channels: margin per customer",
      "All channels: CAC",
    ]);
    expect(allRows(payback.table)).toEqual([
      ["1", 40, 100, 35, 75],
      ["2", 90, 100, 70, 75],
      ["3", 120, 100, 95, 75],
      ["4", "", "", 110, 75],
    ]);
    expect(payback.charts).toEqual([
      expect.objectContaining({ chartType: "Line", firstColumn: 0, columnCount: 5 }),
    ]);
  });

  test("leaves the months table out for spend without months, and says every customer counts", () => {
    const plain = channelsSheet(
      { ...TABLE, months: [], spendPeriod: undefined, customersOutsideSpendPeriod: 0 },
      en,
      "en-US",
      12
    );
    expect(plain.below!.map((placed) => placed.table.tableName)).toEqual([
      "CX_channels",
      "CX_payback",
    ]);
    expect(allRows(plain.table)[1]).toEqual([en.channels.wholeLogLine]);
  });
});
