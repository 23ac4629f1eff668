import "../../functions/customFunctionsStub";
import { customerHistory } from "../../../src/engine/history/customerHistory";
import { createTransactionLogBuilder } from "../../../src/engine/read/transactionLog";
import { analysisResult } from "../../../src/engine/report/analysisResult";
import { summary } from "../../../src/functions/summary";

// One log with what real logs hold: line items of one order, two orders on one day, a return,
// a zero amount, a customer with only returns and a row with a bad date. Header, then rows of
// customer, date, amount, order id.
const ROWS: unknown[][] = [
  ["K1", "2024-03-01", 100, "A-1"], // order A-1: two line items
  ["K1", "2024-03-01", 50, "A-1"],
  ["K1", "2024-03-01", 20, "A-2"], // a second order on the same day
  ["K1", "2024-03-15", -30, "A-3"], // a return
  ["K1", "2024-04-02", 80, "A-4"],
  ["K2", "2024-03-05", 0, "B-1"], // a free order
  ["K2", "2024-03-20", 40, "B-2"],
  ["K3", "2024-03-10", -25, "C-1"], // only returns
  ["K2", "31.02.2024", 15, "B-3"], // no such date
];

/** The expected history of the two customers kept, worked out by hand from the definitions. */
const WITH_ORDER_IDS = { orders: [3, 2], revenue: [220, 40] };
const WITHOUT_ORDER_IDS = { orders: [4, 2], revenue: [220, 40] }; // each row is an order

function log(withOrderIds: boolean) {
  const builder = createTransactionLogBuilder({
    customer: 0,
    date: 1,
    amount: 2,
    order: withOrderIds ? 3 : -1,
  });
  builder.addRows(ROWS);
  return builder.finish();
}

describe.each([
  ["with an order-id column", true, WITH_ORDER_IDS],
  ["without one", false, WITHOUT_ORDER_IDS],
])("every surface counts the same orders and revenue %s", (_, withOrderIds, expected) => {
  const column = (index: number) => ROWS.map((row) => [row[index]]);
  const cells = summary(
    column(0),
    column(1),
    column(2),
    undefined,
    "D",
    withOrderIds ? column(3) : undefined
  );
  const result = analysisResult(log(withOrderIds), { model: "none" });

  it("CX.SUMMARY", () => {
    expect(cells.slice(1).map((row) => row.slice(0, 3))).toEqual([
      ["K1", expected.orders[0], expected.revenue[0]],
      ["K2", expected.orders[1], expected.revenue[1]],
    ]);
  });

  it("the Customers sheet's columns", () => {
    expect(result.customers.customerIds).toEqual(["K1", "K2"]);
    expect(Array.from(result.customers.orders)).toEqual(expected.orders);
    expect(Array.from(result.customers.revenue)).toEqual(expected.revenue);
  });

  it("the KPI table, their sums", () => {
    expect(result.kpis.customers).toBe(2);
    expect(result.kpis.orders).toBe(expected.orders[0] + expected.orders[1]);
    expect(result.kpis.revenue).toBe(260);
  });

  it("the purchase days the models see: days netting 0 or more", () => {
    // K1: 1 March (170) and 2 April (80), not 15 March (−30); K2: 5 and 20 March.
    expect(cells.slice(1).map((row) => row[6])).toEqual([1, 1]);
    expect(Array.from(result.customers.x)).toEqual([1, 1]);
  });

  it("the reasons rows and customers were left out", () => {
    const built = log(withOrderIds);
    expect(built.skipped).toEqual({ blankCustomer: 0, unreadableDate: 1, nonNumericAmount: 0 });
    const history = customerHistory(built);
    expect(history.customersWithoutPurchase).toBe(1); // K3
    expect(history.returns).toBe(1); // A-3, or its row
    expect(history.zeroAmounts).toBe(1); // B-1
    expect(result.customers.customersWithoutPurchase).toBe(1);
  });
});
