import { readSpendTable, spendDecimalSeparator } from "../../../src/engine/channels/spendTable";

describe("readSpendTable", () => {
  it("reads channels, spend and months, matching two spellings of a channel", () => {
    const table = readSpendTable({
      channel: ["Google Ads", "google ads ", "Newsletter", "", "Meta"],
      spend: ["1.200,50", 800, 150, 99, "n/a"],
      month: ["2024-01", "15.02.2024", 45292, "2024-01", "2024-01"],
    });
    expect(table.rows).toBe(3);
    expect(table.channelNames).toEqual(["Google Ads", "Newsletter"]);
    expect(Array.from(table.channel)).toEqual([0, 0, 1]);
    expect(Array.from(table.spend)).toEqual([1200.5, 800, 150]);
    expect(Array.from(table.month!)).toEqual([2024 * 12, 2024 * 12 + 1, 2024 * 12]);
    expect(table.reportedNewCustomers).toBeUndefined();
    expect(table.skipped).toEqual({
      blankChannel: 1,
      nonNumericSpend: 1,
      negativeSpend: 0,
      unreadableMonth: 0,
    });
    expect(table.firstSkippedRow.blankChannel).toBe(3);
    expect(table.firstSkippedRow.nonNumericSpend).toBe(4);
  });

  it("reads a separator before three last digits as thousands when nothing in the column says it is decimal", () => {
    const spendOf = (spend: unknown[]) =>
      Array.from(readSpendTable({ channel: spend.map(() => "Web"), spend }).spend);
    expect(spendOf(["$1,200", "$800", "$2,500"])).toEqual([1200, 800, 2500]);
    expect(spendOf(["1.200 kr", "800 kr", "1.200.000 kr"])).toEqual([1200, 800, 1200000]);
    // A decimal shown elsewhere in the column decides, as for the log's amounts.
    expect(spendOf(["1.200", "99,50"])).toEqual([1200, 99.5]);
    expect(spendOf(["1.5", "1.200"])).toEqual([1.5, 1.2]);
    // Two different lone separators: neither is known, each is decimal.
    expect(spendOf(["1.200", "2,500"])).toEqual([1.2, 2.5]);
    expect(spendDecimalSeparator([1200, 800])).toBeUndefined();
  });

  it("skips bad rows by reason, keeping the first of each, and blank rows silently", () => {
    const table = readSpendTable({
      channel: ["Meta", "Meta", null, "Meta", "Meta", "Meta", "", "Meta"],
      spend: [-5, "soon", null, 40, 60, -1, 30, 20],
      month: ["2024-03", "2024-03", null, "March", "03/2024", "2024-04", "2024-05", "2024-13"],
      newCustomers: [1, 1, null, 2, "", 4, 5, 6],
    });
    expect(table.rows).toBe(1);
    expect(Array.from(table.spend)).toEqual([60]);
    expect(Array.from(table.month!)).toEqual([2024 * 12 + 2]);
    expect(Array.from(table.reportedNewCustomers!)).toEqual([NaN]);
    expect(table.skipped).toEqual({
      blankChannel: 1,
      nonNumericSpend: 1,
      negativeSpend: 2,
      unreadableMonth: 2,
    });
    expect(table.firstSkippedRow).toEqual({
      blankChannel: 6,
      nonNumericSpend: 1,
      negativeSpend: 0,
      unreadableMonth: 3,
    });
  });

  it("reads the platform's counts, a bad count as not reported", () => {
    const table = readSpendTable({
      channel: ["Meta", "Meta", "Meta"],
      spend: [100, 200, 300],
      newCustomers: [4, "-", -2],
    });
    expect(table.month).toBeUndefined();
    expect(Array.from(table.reportedNewCustomers!)).toEqual([4, NaN, NaN]);
  });
});
