import {
  subscriptionCellsOf,
  subscriptionColumns,
} from "../../../src/engine/subscriptions/subscriptionColumns";

describe("subscriptionColumns", () => {
  it.each([
    ["en", ["Customer ID", "Start", "End", "Monthly fee", "Plan", "Region"]],
    ["da", ["Kundenummer", "Startdato", "Opsagt", "Pris", "Abonnement", "Region"]],
    ["nb", ["Kundenr", "Startdato", "Sluttdato", "Månedspris", "Abonnement", "Fylke"]],
    ["de", ["Kundennummer", "Startdatum", "Kündigung", "Preis", "Tarif", "Bundesland"]],
    ["nl", ["Klantnummer", "Startdatum", "Einddatum", "Prijs", "Abonnement", "Provincie"]],
  ])("finds customer, start, end, fee, plan and an attribute in %s headers", (_, header) => {
    expect(subscriptionColumns(header)).toEqual({
      customer: 0,
      start: 1,
      end: 2,
      fee: 3,
      plan: 4,
      attributes: [5],
    });
  });

  it("reads longer headers by their first or last word, in any column order", () => {
    expect(
      subscriptionColumns(["Vertragsende", "Kunde", "Vertragsbeginn", "Monatsbeitrag (EUR)"])
    ).toEqual({ customer: 1, start: 2, end: 0, fee: 3, plan: -1, attributes: [] });
    expect(subscriptionColumns(["Slut", "Start_date", "Total spend"])).toEqual({
      customer: -1,
      start: 1,
      end: 0,
      fee: -1,
      plan: -1,
      attributes: [],
    });
    expect(subscriptionColumns(["Ende", "Startdatum", "Einddatum"])?.end).toBe(0);
  });

  it("is undefined for a transaction log or a customer table", () => {
    expect(subscriptionColumns(["Kunde", "Dato", "Beløb"])).toBeUndefined();
    expect(subscriptionColumns(["customer_id", "frequency", "recency", "T"])).toBeUndefined();
    expect(subscriptionColumns(["Customer", "Start", "Fee"])).toBeUndefined();
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
