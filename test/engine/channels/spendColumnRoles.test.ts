import { spendColumnRoles } from "../../../src/engine/channels/spendColumnRoles";

describe("spendColumnRoles", () => {
  it.each([
    ["en", ["Channel", "Month", "Spend", "New customers"]],
    ["da", ["Kanal", "Måned", "Omkostninger", "Nye kunder"]],
    ["nb", ["Kanal", "Måned", "Kostnad", "Nye kunder"]],
    ["de", ["Kanal", "Monat", "Kosten", "Neukunden"]],
    ["nl", ["Kanaal", "Maand", "Kosten", "Nieuwe klanten"]],
  ])("finds the columns from %s headers", (_, header) => {
    expect(spendColumnRoles(header)).toEqual({ channel: 0, spend: 2, month: 1, newCustomers: 3 });
  });

  it("takes headers that begin or end with a known word, and leaves out what it does not know", () => {
    expect(spendColumnRoles(["Notes", "Budget (EUR)", "Marketing channel", "Date"])).toEqual({
      channel: 2,
      spend: 1,
      month: 3,
      newCustomers: -1,
    });
    expect(spendColumnRoles(["Kosten pro Monat", "Quelle"])).toEqual({
      channel: 1,
      spend: 0,
      month: -1,
      newCustomers: -1,
    });
    expect(spendColumnRoles(["Nye kunder pr. måned", "Kanal", "Udgift"])).toEqual({
      channel: 1,
      spend: 2,
      month: -1,
      newCustomers: 0,
    });
    expect(spendColumnRoles([null, 12])).toEqual({
      channel: -1,
      spend: -1,
      month: -1,
      newCustomers: -1,
    });
  });
});
