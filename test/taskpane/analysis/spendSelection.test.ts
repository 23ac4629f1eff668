import { channelColumn, proposedSpendRoles } from "../../../src/taskpane/analysis/spendSelection";

describe("proposedSpendRoles", () => {
  it("proposes each column's role from the spend table's header, in the five languages", () => {
    expect(proposedSpendRoles(["Kanal", "Monat", "Kosten", "Notiz"])).toEqual([
      "channel",
      "month",
      "spend",
      "ignore",
    ]);
    expect(proposedSpendRoles(["Kanaal", "Maand", "Kosten", "Nieuwe klanten"])).toEqual([
      "channel",
      "month",
      "spend",
      "newCustomers",
    ]);
    expect(proposedSpendRoles(["Channel", "Spend (EUR)"])).toEqual(["channel", "spend"]);
  });
});

describe("channelColumn", () => {
  it("takes the breakdown column when one is chosen, else the first channel column", () => {
    expect(channelColumn(["customer", "date", "amount", "channel"], -1)).toBe(3);
    expect(channelColumn(["customer", "attribute", "channel"], 1)).toBe(1);
    expect(channelColumn(["customer", "date", "amount"], -1)).toBe(-1);
  });
});
