import { detectColumnRoles, headerRoles } from "../../../src/engine/read/columnRoles";

describe("detectColumnRoles", () => {
  it.each([
    ["English", ["Customer ID", "Order Date", "Amount"]],
    ["CDNOW", ["customer_id", "date", "dollar_value"]],
    ["Danish", ["Kunde-Nr.", "Købsdato", "Beløb"]],
    ["Norwegian", ["Kundenummer", "Kjøpsdato", "Beløp"]],
    ["German", ["Kundennummer", "Bestelldatum", "Betrag"]],
    ["Dutch", ["Klantnummer", "Aankoopdatum", "Bedrag"]],
    ["upper case with padding", ["  CUSTOMER  ", " DATE ", " REVENUE "]],
  ])("finds customer, date and amount in a %s header", (_language, header) => {
    expect(detectColumnRoles(header)).toEqual({ customer: 0, date: 1, amount: 2 });
  });

  it("finds the roles in any column order, skipping unrelated columns", () => {
    expect(detectColumnRoles(["Land", "Umsatz", "Datum", "Kunde"])).toEqual({
      customer: 3,
      date: 2,
      amount: 1,
    });
    expect(
      detectColumnRoles(["InvoiceNo", "StockCode", "InvoiceDate", "UnitPrice", "CustomerID"])
    ).toEqual({
      customer: 4,
      date: 2,
      amount: 3,
    });
  });

  it("matches longer headers that begin or end with a known word", () => {
    expect(detectColumnRoles(["Customer name", "Date of purchase", "Net sales"])).toEqual({
      customer: 0,
      date: 1,
      amount: 2,
    });
    expect(detectColumnRoles(["Klantcode", "Factuurdatum", "Totaalbedrag incl. BTW"])).toEqual({
      customer: 0,
      date: 1,
      amount: 2,
    });
  });

  it("prefers a whole-name match to a partial one and gives each column one role", () => {
    // "Customer value" ends with "value" and begins with "customer"; the exact "Customer ID" wins the customer role
    expect(detectColumnRoles(["Customer value", "Customer ID", "Date"])).toEqual({
      customer: 1,
      date: 2,
      amount: 0,
    });
    expect(detectColumnRoles(["id", "customer_id", "date", "total"])).toEqual({
      customer: 1,
      date: 2,
      amount: 3,
    });
  });

  it("does not read words that merely contain a keyword", () => {
    // "Bewertung" (rating) contains "wert", "Paid" and "Valid" contain "id"
    expect(detectColumnRoles(["Bewertung", "Paid", "Valid"])).toEqual({
      customer: -1,
      date: -1,
      amount: -1,
    });
  });

  it("gives −1 for missing roles and non-text headers", () => {
    expect(detectColumnRoles([])).toEqual({ customer: -1, date: -1, amount: -1 });
    expect(detectColumnRoles([null, 17, true, "date"])).toEqual({
      customer: -1,
      date: 3,
      amount: -1,
    });
  });
});

describe("headerRoles", () => {
  it("names channel, attribute and customer-table columns in five languages", () => {
    expect(
      headerRoles(["Kundennummer", "Datum", "Umsatz", "Kanal", "Altersgruppe", "Notiz"])
    ).toEqual(["customer", "date", "amount", "channel", "attribute", undefined]);
    expect(headerRoles(["Kunde", "Dato", "Omsætning", "Region", "Alder"])).toEqual([
      "customer",
      "date",
      "amount",
      "attribute",
      "attribute",
    ]);
    expect(headerRoles(["Klant", "Datum", "Bedrag", "Verkoopkanaal", "Leeftijd"])).toEqual([
      "customer",
      "date",
      "amount",
      "channel",
      "attribute",
    ]);
    expect(headerRoles(["ID", "frequency", "recency", "T", "monetary_value"])).toEqual([
      "customer",
      "frequency",
      "recency",
      "T",
      "monetary",
    ]);
  });

  it("lets an exact attribute name win over a customer prefix", () => {
    expect(headerRoles(["Kundentyp", "Kundennummer"])).toEqual(["attribute", "customer"]);
  });
});
