import { channelTable } from "../../../src/engine/channels/channelTable";
import { readSpendTable } from "../../../src/engine/channels/spendTable";
import { customerHistory } from "../../../src/engine/history/customerHistory";
import {
  createTransactionLogBuilder,
  type TransactionLog,
} from "../../../src/engine/read/transactionLog";
import { analysisOfInput } from "../../../src/engine/report/analysisOfInput";
import { cdnowSampleRows } from "../../browser/fixtures/cdnowSample";

const CHANNELS = ["Google Ads", "Meta", "Newsletter", "Organic"];

/** The CDNOW sample, every row of customer n through channel n mod 4 (`withChannel`), or without a channel. */
function cdnowLog(withChannel = true): TransactionLog {
  const builder = createTransactionLogBuilder(
    { customer: 0, date: 1, amount: 2 },
    withChannel ? { attributeColumn: 3 } : {}
  );
  builder.addRows(
    cdnowSampleRows().map((row) => [...row, CHANNELS[Number(row[0]) % CHANNELS.length]])
  );
  return builder.finish();
}
const channelLog = () => cdnowLog();

/** Google Ads, Meta and Newsletter with spend over the cohort's three months; Organic none. */
const spendColumns = () => ({
  channel: ["Google Ads", "Meta", "Newsletter", "google ads", "Meta"],
  spend: [6000, 2500, 300, 4000, 1500],
  month: ["1997-01", "1997-01", "1997-02", "1997-03", "1997-03"],
});

describe("analysisOfInput with marketing spend", () => {
  const options = { grossMargin: 0.4, horizonMonths: 24 };
  const result = analysisOfInput(
    { layout: "transactions", log: channelLog(), spend: { table: readSpendTable(spendColumns()) } },
    options
  );
  const channels = result.channels!;

  test("gives the Channels table channelTable gives the same log, spend, CLV, margin and horizon", () => {
    const log = channelLog();
    const expected = channelTable(log, customerHistory(log), readSpendTable(spendColumns()), {
      predictedClv: result.customers.predictedClv,
      grossMargin: 0.4,
      horizonMonths: 24,
    });
    expect(channels).toEqual(expected);
    expect(channels.rows.map((row) => [row.kind, row.channel])).toEqual([
      ["channel", "Google Ads"],
      ["channel", "Meta"],
      ["channel", "Newsletter"],
      ["noSpend", "No spend recorded"],
      ["all", "All channels"],
    ]);
    expect(channels.noSpendChannels).toEqual(["Organic"]);
  });

  test("counts each channel's customers and spend, with the CLV × margin the models predicted", () => {
    const { customers } = result;
    const [googleAds] = channels.rows;
    const acquired = customers.customerIds
      .map((id, index) => ({ id, index }))
      .filter(({ id }) => Number(id) % CHANNELS.length === 0);
    expect(googleAds.newCustomers).toBe(acquired.length);
    expect(googleAds.spend).toBe(10000);
    expect(googleAds.cac).toBeCloseTo(10000 / acquired.length, 10);
    const mean = (value: (index: number) => number) =>
      acquired.reduce((sum, { index }) => sum + value(index), 0) / acquired.length;
    // Predicted CLV is margin to date plus the predicted future, which customerAnalysis gives already × margin.
    const clv = mean((index) => customers.revenue[index] * 0.4 + customers.predictedClv[index]);
    expect(Number.isFinite(clv)).toBe(true);
    expect(googleAds.predictedClv).toBeCloseTo(clv, 8);
    expect(googleAds.clvToCac).toBeCloseTo(clv / googleAds.cac, 8);
    expect(channels.rows[3].cac).toBeNaN();
    expect(channels.spendPeriod).toEqual(["1997-01", "1997-03"]);
  });

  test("leaves the Channels table out without spend, and undefined without a channel in the log", () => {
    const options = { model: "none" } as const;
    const log = channelLog();
    expect("channels" in analysisOfInput({ layout: "transactions", log }, options)).toBe(false);
    const withoutChannel = cdnowLog(false);
    const spend = { table: readSpendTable(spendColumns()) };
    const plain = analysisOfInput({ layout: "transactions", log: withoutChannel, spend }, options);
    expect(plain.channels).toBeUndefined();
  });
});
