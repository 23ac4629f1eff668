import { readSpendTable } from "../../../src/engine/channels/spendTable";

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
