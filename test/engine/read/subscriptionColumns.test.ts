import {
  subscriptionColumns,
  subscriptionColumnsOfRoles,
} from "../../../src/engine/read/subscriptionColumns";

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

describe("subscriptionColumnsOfRoles", () => {
  it("gives each role's column and the channel and attribute columns to split by", () => {
    expect(
      subscriptionColumnsOfRoles(["fee", "customer", "end", "start", "channel", "attribute"])
    ).toEqual({ customer: 1, start: 3, end: 2, fee: 0, plan: -1, attributes: [4, 5] });
    expect(subscriptionColumnsOfRoles(["start", "ignore"])).toEqual({
      customer: -1,
      start: 0,
      end: -1,
      fee: -1,
      plan: -1,
      attributes: [],
    });
  });
});
