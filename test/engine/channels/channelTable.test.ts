import { channelTable } from "../../../src/engine/channels/channelTable";
import { channelKey } from "../../../src/engine/channels/channelNames";
import { readSpendTable } from "../../../src/engine/channels/spendTable";
import { customerHistory } from "../../../src/engine/history/customerHistory";
import { createTransactionLogBuilder } from "../../../src/engine/read/transactionLog";

/** 2023-01-01 as an Excel day serial: customers are acquired over 2023, the spend period. */
const FIRST_DAY = 44927;
const DAYS_PER_MONTH = 365.25 / 12;
const MARGIN = 0.4;
const HORIZON = 12;

interface Row {
  id: string;
  day: number;
  amount: number;
  channel: string;
}

/** A deterministic uniform draw in [0, 1) (mulberry32). */
function uniforms(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Acquisitions by channel as written on the first row; Google Ads spelled two ways. */
const ACQUISITIONS: readonly [string, number][] = [
  ["Google Ads", 22],
  ["google ads ", 18],
  ["Meta", 25],
  ["Newsletter", 15],
  ["Organic", 6],
  ["", 4],
];

/**
 * Customers acquired through each channel on a day of 2023 (four more Google customers in
 * December 2022, before the spend period), each then buying 0–6 times more within 700 days
 * through any channel, with the odd return on a day of its own. Rows come shuffled.
 */
function generatedRows(): Row[] {
  const next = uniforms(14);
  const rows: Row[] = [];
  const channels = ACQUISITIONS.map(([channel]) => channel);
  let customer = 0;
  const acquire = (channel: string, day: number) => {
    const id = `C${++customer}`;
    rows.push({ id, day, amount: 20 + Math.floor(next() * 8000) / 100, channel });
    const repeats = Math.floor(next() * 7);
    for (let repeat = 0; repeat < repeats; repeat++) {
      const later = day + 1 + Math.floor(next() * 700);
      const other = channels[Math.floor(next() * channels.length)];
      const amount = next() < 0.1 ? -10 : 15 + Math.floor(next() * 9000) / 100;
      rows.push({ id, day: later, amount, channel: other });
    }
  };
  for (const [channel, count] of ACQUISITIONS) {
    for (let index = 0; index < count; index++)
      acquire(channel, FIRST_DAY + Math.floor(next() * 365));
  }
  for (let index = 0; index < 4; index++) acquire("Google Ads", FIRST_DAY - 1 - index * 5);
  for (let index = rows.length - 1; index > 0; index--) {
    const other = Math.floor(next() * (index + 1));
    [rows[index], rows[other]] = [rows[other], rows[index]];
  }
  return rows;
}

/** The month (year × 12 + month − 1) of a day serial. */
function monthOf(serial: number): number {
  const date = new Date(Date.UTC(1899, 11, 30) + serial * 86400000);
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
}

/** The spend table: Google Ads monthly in two spellings, Meta with the platform's counts, bad rows. */
function spendColumns() {
  const channel: unknown[] = [];
  const spend: unknown[] = [];
  const month: unknown[] = [];
  const newCustomers: unknown[] = [];
  const add = (name: unknown, value: unknown, when: unknown, reported?: unknown) => {
    channel.push(name);
    spend.push(value);
    month.push(when);
    newCustomers.push(reported);
  };
  for (let index = 0; index < 12; index++) {
    const when = `2023-${String(index + 1).padStart(2, "0")}`;
    add(index % 2 ? "google ads" : "Google Ads ", 500, when);
    add("Meta", 150, when, 3);
    add("Newsletter", 10, when);
  }
  add("TikTok", 700, "2023-06");
  add("Meta", -50, "2023-03", 1); // skipped: negative
  add("Newsletter", "n/a", "2023-04"); // skipped: text
  add("", 90, "2023-05"); // skipped: blank channel
  return { channel, spend, month, newCustomers };
}

/** Per customer: what a plain reading of the rows gives, independent of the engine. */
function customersOf(rows: Row[]) {
  const byCustomer = new Map<string, Row[]>();
  rows.forEach((row) => byCustomer.set(row.id, [...(byCustomer.get(row.id) ?? []), row]));
  return [...byCustomer].map(([id, own]) => {
    const nets = new Map<number, number>();
    own.forEach((row) => nets.set(row.day, (nets.get(row.day) ?? 0) + row.amount));
    const purchaseDays = [...nets].filter(([, net]) => net >= 0).map(([day]) => day);
    const first = Math.min(...purchaseDays);
    const earliest = own.reduce((best, row) => (row.day < best.day ? row : best));
    return {
      id,
      rows: own,
      first,
      channel: channelKey(earliest.channel),
      firstDay: nets.get(first) ?? 0,
      orders: own.filter((row) => row.amount >= 0).length,
      revenue: own.reduce((sum, row) => sum + row.amount, 0),
    };
  });
}

describe("channelTable", () => {
  const rows = generatedRows();
  const builder = createTransactionLogBuilder(
    { customer: 0, date: 1, amount: 2 },
    { attributeColumn: 3 }
  );
  builder.addRows(rows.map((row) => [row.id, row.day, row.amount, row.channel]));
  const log = builder.finish();
  const history = customerHistory(log);
  const predicted = Float64Array.from(history.customerIds, (_, index) => 20 + (index % 5) * 10);
  const spend = readSpendTable(spendColumns());
  const table = channelTable(log, history, spend, {
    predictedClv: predicted,
    grossMargin: MARGIN,
    horizonMonths: HORIZON,
  });
  const end = Math.max(...rows.map((row) => row.day)) + 1;
  const customers = customersOf(rows);
  const predictedOf = new Map(history.customerIds.map((id, index) => [id, predicted[index]]));
  const inPeriod = customers.filter((customer) => monthOf(customer.first) >= 2023 * 12);
  const spendRows = spendColumns();

  /** Every column of a row computed from the rows and the spend table by plain loops. */
  function expectedRow(group: typeof customers, spendKeys: string[], reported?: number) {
    let spent = 0;
    spendRows.channel.forEach((name, index) => {
      const value = spendRows.spend[index];
      if (spendKeys.includes(channelKey(String(name))) && typeof value === "number" && value >= 0)
        spent += value;
    });
    const count = group.length;
    const mean = (value: (customer: (typeof customers)[number]) => number) =>
      group.reduce((sum, customer) => sum + value(customer), 0) / count;
    const cac = spent / count;
    const clv = mean((customer) => customer.revenue * MARGIN + predictedOf.get(customer.id)!);
    // The payback curve, month by month over the customers observed that long.
    const curve: number[] = [];
    for (let months = 1; ; months++) {
      const observed = group.filter((customer) => end - customer.first >= months * DAYS_PER_MONTH);
      if (observed.length === 0) break;
      let total = 0;
      for (const customer of observed) {
        for (const row of customer.rows) {
          if (row.day - customer.first < months * DAYS_PER_MONTH) total += row.amount * MARGIN;
        }
      }
      curve.push(total / observed.length);
    }
    const monthly = mean((customer) => predictedOf.get(customer.id)!) / HORIZON;
    for (let ahead = 1; ahead <= HORIZON; ahead++) {
      curve.push(curve[curve.length - ahead] + ahead * monthly);
    }
    let payback = NaN;
    for (let month = 0; month < curve.length; month++) {
      if (curve[month] >= cac) {
        payback = month + 1;
        break;
      }
    }
    return {
      newCustomers: count,
      spend: spent,
      cac,
      cpa: spent / (reported ?? count),
      firstOrderValue: mean((customer) => customer.firstDay),
      repeatRate: mean((customer) => (customer.orders >= 2 ? 1 : 0)),
      revenuePerCustomer: mean((customer) => customer.revenue),
      marginPerCustomer: mean((customer) => customer.revenue) * MARGIN,
      twelveMonthValue: curve.length > HORIZON + 11 ? curve[11] : NaN,
      predictedClv: clv,
      clvToCac: clv / cac,
      paybackMonths: payback,
      roi: (clv - cac) / cac,
      curve,
    };
  }

  function expectRow(channel: string, expected: ReturnType<typeof expectedRow>) {
    const index = table.rows.findIndex((row) => row.channel === channel);
    const row = table.rows[index];
    expect(row.newCustomers).toBe(expected.newCustomers);
    for (const key of [
      "spend",
      "cac",
      "cpa",
      "firstOrderValue",
      "repeatRate",
      "revenuePerCustomer",
      "marginPerCustomer",
      "twelveMonthValue",
      "predictedClv",
      "clvToCac",
      "roi",
    ] as const) {
      if (Number.isNaN(expected[key])) expect(row[key]).toBeNaN();
      else expect(row[key]).toBeCloseTo(expected[key], 9);
    }
    if (Number.isNaN(expected.paybackMonths)) expect(row.paybackMonths).toBeNaN();
    else expect(row.paybackMonths).toBe(expected.paybackMonths);
    const curve = Array.from(table.payback.values[index]);
    expect(curve).toHaveLength(expected.curve.length);
    curve.forEach((value, month) => expect(value).toBeCloseTo(expected.curve[month], 9));
  }

  const of = (key: string) => inPeriod.filter((customer) => customer.channel === key);

  it("finds the known acquisitions per channel, matching names case- and space-insensitively", () => {
    expect(table.rows.map((row) => [row.kind, row.channel, row.newCustomers])).toEqual([
      ["channel", "Google Ads", 40],
      ["channel", "Meta", 25],
      ["channel", "Newsletter", 15],
      ["channel", "TikTok", 0],
      ["noSpend", "No spend recorded", 10],
      ["all", "All channels", 90],
    ]);
    expect(table.customersOutsideSpendPeriod).toBe(4);
    expect(table.noSpendChannels).toEqual(["Organic"]);
    expect(table.spendPeriod).toEqual(["2023-01", "2023-12"]);
    expect(table.attribution).toBe("first_touch");
  });

  it("gives every column of each channel as a plain computation from the rows does", () => {
    expectRow("Google Ads", expectedRow(of("googleads"), ["googleads"]));
    expectRow("Meta", expectedRow(of("meta"), ["meta"], 36));
    expectRow("Newsletter", expectedRow(of("newsletter"), ["newsletter"]));
  });

  it("pays back in month 1, later in the months observed, or only in the projection", () => {
    const payback = Object.fromEntries(table.rows.map((row) => [row.channel, row.paybackMonths]));
    const observed = Object.fromEntries(
      table.rows.map((row, index) => [row.channel, table.payback.observedMonths[index]])
    );
    expect(payback["Newsletter"]).toBe(1);
    expect(payback["Meta"]).toBeGreaterThan(1);
    expect(payback["Meta"]).toBeLessThanOrEqual(observed["Meta"]);
    expect(payback["Google Ads"]).toBeGreaterThan(observed["Google Ads"]);
  });

  it("lists a channel without customers with its spend, and the customers without spend with no CAC", () => {
    const tiktok = table.rows[3];
    expect(tiktok.spend).toBe(700);
    expect(tiktok.cac).toBeNaN();
    expect(tiktok.predictedClv).toBeNaN();
    const noSpend = table.rows[4];
    const expected = expectedRow([...of("organic"), ...of("")], []);
    expect(noSpend.spend).toBeNaN();
    expect(noSpend.cac).toBeNaN();
    expect(noSpend.clvToCac).toBeNaN();
    expect(noSpend.paybackMonths).toBeNaN();
    expect(noSpend.predictedClv).toBeCloseTo(expected.predictedClv, 9);
    expect(noSpend.repeatRate).toBeCloseTo(expected.repeatRate, 9);
  });

  it("blends all the spend over all the period's customers", () => {
    const all = table.rows[5];
    const expected = expectedRow(inPeriod, ["googleads", "meta", "newsletter", "tiktok"]);
    expect(all.spend).toBe(6000 + 1800 + 120 + 700);
    expectRow("All channels", { ...expected, cpa: expected.spend / expected.newCustomers });
  });

  it("gives CAC and new customers per channel per month", () => {
    const march = table.months.filter((row) => row.month === "2023-03");
    expect(march.map((row) => row.channel)).toEqual([
      "Google Ads",
      "Meta",
      "Newsletter",
      "TikTok",
      "All channels",
    ]);
    for (const row of march.slice(0, 3)) {
      const acquired = inPeriod.filter(
        (customer) =>
          monthOf(customer.first) === 2023 * 12 + 2 && customer.channel === channelKey(row.channel)
      ).length;
      expect(row.newCustomers).toBe(acquired);
      if (acquired === 0) expect(row.cac).toBeNaN();
      else expect(row.cac).toBeCloseTo(row.spend / acquired, 12);
    }
    expect(march[0].spend).toBe(500);
    expect(march[3].spend).toBeNaN();
    expect(march[4].spend).toBe(660);
    expect(table.months).toHaveLength(5 * 12);
  });

  it("reads the seeds' CLV:CAC: a channel whose CLV is 3 times its CAC shows 3", () => {
    const seeds = createTransactionLogBuilder(
      { customer: 0, date: 1, amount: 2 },
      { attributeColumn: 3 }
    );
    seeds.addRows([
      ["A", 45000, 200, "Affiliate"],
      ["A", 45030, 100, "Affiliate"],
      ["B", 45010, 300, "Affiliate"],
    ]);
    const seedLog = seeds.finish();
    const seedHistory = customerHistory(seedLog);
    const result = channelTable(
      seedLog,
      seedHistory,
      readSpendTable({ channel: ["Affiliate"], spend: [200] }),
      { predictedClv: new Float64Array(2) }
    );
    expect(result.rows[0]).toMatchObject({ cac: 100, predictedClv: 300, clvToCac: 3, roi: 2 });
    expect(result.spendPeriod).toBeUndefined();
  });

  it("says which option is out of range", () => {
    expect(() => channelTable(log, history, spend, { grossMargin: 1.5 })).toThrow(
      "gross_margin: must be a share from 0 to 1, e.g. 0.4 for 40 %"
    );
    expect(() => channelTable(log, history, spend, { horizonMonths: 0 })).toThrow(
      expect.objectContaining({ argument: "horizon_months" })
    );
    expect(() => channelTable(log, history, spend, { predictedClv: new Float64Array(3) })).toThrow(
      `predicted_clv: must have one value per customer (${history.customerIds.length})`
    );
  });
});
