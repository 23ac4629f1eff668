import {
  acquisitionChannels,
  readAttribution,
} from "../../../src/engine/channels/acquisitionChannel";
import { historyRows } from "../../../src/engine/channels/historyRows";
import { customerHistory } from "../../../src/engine/history/customerHistory";
import { createTransactionLogBuilder } from "../../../src/engine/read/transactionLog";

/** A log of customer, day, amount, channel and order id rows. */
function logOf(rows: unknown[][], withOrders = false) {
  const builder = createTransactionLogBuilder(
    { customer: 0, date: 1, amount: 2, order: withOrders ? 4 : -1 },
    { attributeColumn: 3 }
  );
  builder.addRows(rows);
  const log = builder.finish();
  const history = customerHistory(log);
  return { log, history, rows: historyRows(log, history) };
}

const channelsOf = (
  rows: unknown[][],
  attribution: Parameters<typeof acquisitionChannels>[2],
  withOrders = false
) => {
  const { history, rows: grouped } = logOf(rows, withOrders);
  return Array.from(acquisitionChannels(grouped, history, attribution), (value) =>
    value < 0 ? "" : history.attributeValues[value]
  );
};

describe("acquisitionChannels", () => {
  // K1: Shop on day 12, Web then Shop on day 10 (the first purchase day), Web on day 14.
  // K2: only returns through Mail on day 9, then a purchase with no channel on day 11.
  // K3: Web twice on day 20 (one order id), Shop on days 21 and 22.
  const rows = [
    ["K1", 45012, 30, "Shop", "a"],
    ["K1", 45010, 20, "Web", "b"],
    ["K2", 45009, -5, "Mail", "c"],
    ["K1", 45010, 25, "Shop", "d"],
    ["K2", 45011, 40, "", "e"],
    ["K1", 45014, 10, "Web", "f"],
    ["K3", 45020, 10, "Web", "g"],
    ["K3", 45020, 10, "Web", "g"],
    ["K3", 45021, 10, "Shop", "h"],
    ["K3", 45022, 10, "Shop", "i"],
  ];

  it("takes the first purchase day's channel, the first row of that day on a tie", () => {
    expect(channelsOf(rows, "first_touch")).toEqual(["Web", "", "Web"]);
  });

  it("takes the latest row's channel for the last touch", () => {
    expect(channelsOf(rows, "last_touch")).toEqual(["Web", "Mail", "Shop"]);
  });

  it("takes the channel of most orders, an order id once, the earlier first order on a tie", () => {
    // K1: Web 2 (days 10, 14), Shop 2 (days 10, 12): Web's first order is the earlier row.
    // K3 by rows: Web 2, Shop 2, Web first; by order ids: Web 1, Shop 2.
    expect(channelsOf(rows, "most_orders")).toEqual(["Web", "", "Web"]);
    expect(channelsOf(rows, "most_orders", true)).toEqual(["Web", "", "Shop"]);
  });

  it("counts the orders of two spellings of one channel together, as the spend table matches them", () => {
    // K: Meta on day 5, Google Ads on day 10 and "google ads " on day 20: Google Ads 2, Meta 1.
    const spellings = [
      ["K", 45005, 10, "Meta"],
      ["K", 45010, 10, "Google Ads"],
      ["K", 45020, 10, "google ads "],
    ];
    expect(channelsOf(spellings, "most_orders")).toEqual(["Google Ads"]);
    expect(channelsOf(spellings, "first_touch")).toEqual(["Meta"]);
  });

  it("gives no channel to every customer of a log without a channel column", () => {
    const builder = createTransactionLogBuilder({ customer: 0, date: 1, amount: 2 });
    builder.addRows([["K1", 45000, 10]]);
    const log = builder.finish();
    const history = customerHistory(log);
    expect(
      Array.from(acquisitionChannels(historyRows(log, history), history, "first_touch"))
    ).toEqual([-1]);
  });
});

describe("readAttribution", () => {
  it("reads the attributions in any case and short", () => {
    expect(readAttribution("Last touch", "attribution")).toBe("last_touch");
    expect(readAttribution("most", "attribution")).toBe("most_orders");
    expect(readAttribution("FIRST-TOUCH", "attribution")).toBe("first_touch");
    expect(() => readAttribution("linear", "attribution")).toThrow(
      "attribution: must be one of first_touch, last_touch, most_orders"
    );
  });
});
