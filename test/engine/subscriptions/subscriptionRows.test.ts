import { InputError } from "../../../src/engine/inputError";
import {
  readSubscriptions,
  subscriptionCellsOf,
} from "../../../src/engine/subscriptions/subscriptionRows";

describe("readSubscriptions", () => {
  const cells = {
    starts: ["2024-01-15", 45306, "15.01.2024", "soon", "2024-03-01", null, "2024-02-01"],
    ends: [null, "01.03.2024", "  ", null, "2024-02-01", null, "never"],
    customers: ["K1", 17, "K1", "K4", "K5", null, "K7"],
    fees: ["99,50", 99.5, "kr 1.234,50", null, 10, null, 10],
    attributes: ["Basic", "Plus", " Basic ", "Plus", "Plus", null, ""],
  };

  it("reads dates, fees, customers and attributes, skipping and counting bad rows", () => {
    const { subscriptions, skipped, firstSkipped } = readSubscriptions(cells);
    expect(subscriptions.count).toBe(3);
    expect(Array.from(subscriptions.start)).toEqual([45306, 45306, 45306]);
    expect(Array.from(subscriptions.end)).toEqual([NaN, 45352, NaN]);
    expect(Array.from(subscriptions.fee)).toEqual([99.5, 99.5, 1234.5]);
    expect(Array.from(subscriptions.sourceRow)).toEqual([0, 1, 2]);
    expect(Array.from(subscriptions.customer)).toEqual([0, 1, 0]);
    expect(subscriptions.customerIds).toEqual(["K1", "17"]);
    expect(subscriptions.attribute?.values).toEqual(["Basic", "Plus"]);
    expect(Array.from(subscriptions.attribute?.index ?? [])).toEqual([0, 1, 0]);
    // The blank row 6 is passed over, not counted
    expect(skipped).toEqual({ unreadableStart: 1, unreadableEnd: 1, endBeforeStart: 1 });
    // Row 3's start "soon" is the first to blame; an end before its start blames the end.
    expect(firstSkipped).toEqual({ row: 3, cell: "start" });
    expect(readSubscriptions({ starts: ["2024-03-01"], ends: [null] }).firstSkipped).toBe(null);
    const endFirst = readSubscriptions({
      starts: ["2024-01-01", "2024-03-01"],
      ends: [null, "2024-02-01"],
    });
    expect(endFirst.firstSkipped).toEqual({ row: 1, cell: "end" });
  });

  it("refuses bad rows with the row and the cell", () => {
    const refused = (starts: unknown[], ends: unknown[]) => {
      try {
        readSubscriptions({ starts, ends }, "refuse");
      } catch (error) {
        return error instanceof InputError ? [error.kind, error.message] : error;
      }
      return "read";
    };
    expect(refused(["2024-01-01", "2024-03-01"], [null, "2024-02-01"])).toEqual([
      "value",
      "end_dates: row 2: the subscription ends (2024-02-01) before it starts (2024-03-01)",
    ]);
    expect(refused(["31/02/2024"], [null])).toEqual([
      "value",
      'start_dates: row 1: "31/02/2024" is not a date; give an Excel date, YYYY-MM-DD or DD.MM.YYYY text',
    ]);
    expect(refused(["2024-01-01", null], [null, "2024-02-01"])).toEqual([
      "value",
      "start_dates: row 2: the cell is blank; give an Excel date, YYYY-MM-DD or DD.MM.YYYY text",
    ]);
    expect(refused(["2024-01-01"], ["ongoing"])).toEqual([
      "value",
      'end_dates: row 1: "ongoing" is not a date; give an Excel date, YYYY-MM-DD or DD.MM.YYYY text, or leave it blank while active',
    ]);
    expect(refused([null, ""], [null, null])).toEqual([
      "na",
      "start_dates: no subscription: every row is blank or unreadable",
    ]);
  });
});

describe("subscriptionCellsOf", () => {
  it("takes the role columns of the rows, splitting by the plan unless told otherwise", () => {
    const rows = [
      ["K1", 45306, null, 99, "Basic", "Nord"],
      ["K2", 45310, 45400, 149, "Plus", "Syd"],
    ];
    const roles = { customer: 0, start: 1, end: 2, fee: 3, plan: 4, attributes: [5] };
    expect(subscriptionCellsOf(rows, roles)).toEqual({
      starts: [45306, 45310],
      ends: [null, 45400],
      customers: ["K1", "K2"],
      fees: [99, 149],
      attributes: ["Basic", "Plus"],
    });
    expect(subscriptionCellsOf(rows, { ...roles, customer: -1, fee: -1 }, 5)).toEqual({
      starts: [45306, 45310],
      ends: [null, 45400],
      attributes: ["Nord", "Syd"],
    });
  });
});
