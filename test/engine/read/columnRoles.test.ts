import { headerRoles } from "../../../src/engine/read/columnRoles";
import { transactionColumns } from "../../../src/engine/read/detectLayout";

/** The transaction-log columns a header names on its own, as the pane proposes them before sniffing. */
const logColumns = (header: readonly unknown[]) =>
  transactionColumns(headerRoles(header).map((role) => role ?? "ignore"));

describe("the transaction-log columns a header names", () => {
  it.each([
    ["English", ["Customer ID", "Order Date", "Amount"]],
    ["CDNOW", ["customer_id", "date", "dollar_value"]],
    ["Danish", ["Kunde-Nr.", "Købsdato", "Beløb"]],
    ["Norwegian", ["Kundenummer", "Kjøpsdato", "Beløp"]],
    ["German", ["Kundennummer", "Bestelldatum", "Betrag"]],
    ["Dutch", ["Klantnummer", "Aankoopdatum", "Bedrag"]],
    ["upper case with padding", ["  CUSTOMER  ", " DATE ", " REVENUE "]],
  ])("finds customer, date and amount in a %s header", (_language, header) => {
    expect(logColumns(header)).toEqual({ customer: 0, date: 1, amount: 2, order: -1 });
  });

  it("finds the roles in any column order, skipping unrelated columns", () => {
    expect(logColumns(["Land", "Umsatz", "Datum", "Kunde"])).toEqual({
      customer: 3,
      date: 2,
      amount: 1,
      order: -1,
    });
    expect(
      logColumns(["InvoiceNo", "StockCode", "InvoiceDate", "UnitPrice", "CustomerID"])
    ).toEqual({
      customer: 4,
      date: 2,
      amount: 3,
      order: 0, // InvoiceNo is the order id
    });
  });

  it("matches longer headers that begin or end with a known word", () => {
    expect(logColumns(["Customer name", "Date of purchase", "Net sales"])).toEqual({
      customer: 0,
      date: 1,
      amount: 2,
      order: -1,
    });
    expect(logColumns(["Klantcode", "Factuurdatum", "Totaalbedrag incl. BTW"])).toEqual({
      customer: 0,
      date: 1,
      amount: 2,
      order: -1,
    });
  });

  it("prefers a whole-name match to a partial one and gives each column one role", () => {
    // "Customer value" ends with "value" and begins with "customer"; the exact "Customer ID" wins the customer role
    expect(logColumns(["Customer value", "Customer ID", "Date"])).toEqual({
      customer: 1,
      date: 2,
      amount: 0,
      order: -1,
    });
    expect(logColumns(["id", "customer_id", "date", "total"])).toEqual({
      customer: 1,
      date: 2,
      amount: 3,
      order: -1,
    });
  });

  it("does not read words that merely contain a keyword", () => {
    // "Bewertung" (rating) contains "wert", "Paid" and "Valid" contain "id"
    expect(logColumns(["Bewertung", "Paid", "Valid"])).toEqual({
      customer: -1,
      date: -1,
      amount: -1,
      order: -1,
    });
  });

  it("gives −1 for missing roles and non-text headers", () => {
    expect(logColumns([])).toEqual({ customer: -1, date: -1, amount: -1, order: -1 });
    expect(logColumns([null, 17, true, "date"])).toEqual({
      customer: -1,
      date: 3,
      amount: -1,
      order: -1,
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

  it.each([
    ["English", ["Order ID", "Customer", "Order date", "Order total"]],
    ["English invoices", ["Invoice", "Customer ID", "Invoice date", "Amount"]],
    ["Danish", ["Ordrenummer", "Kunde", "Dato", "Beløb"]],
    ["Norwegian", ["Ordre", "Kundenr", "Kjøpsdato", "Beløp"]],
    ["German", ["Bestellnummer", "Kundennummer", "Bestelldatum", "Betrag"]],
    ["Dutch", ["Bestelnummer", "Klantnummer", "Besteldatum", "Bedrag"]],
  ])(
    "names the order-id column of a %s log, apart from order date and order total",
    (_, header) => {
      expect(headerRoles(header)).toEqual(["order", "customer", "date", "amount"]);
    }
  );

  it("keeps a count of orders a customer-table column (orders), not an order id", () => {
    expect(headerRoles(["Kunde", "Orders", "Ordrenummer"])).toEqual([
      "customer",
      "orders",
      "order",
    ]);
    expect(headerRoles(["Kundennummer", "Anzahl Bestellungen", "Gesamtumsatz"])).toEqual([
      "customer",
      "orders",
      "revenue",
    ]);
  });

  it("lets an exact attribute name win over a customer prefix", () => {
    expect(headerRoles(["Kundentyp", "Kundennummer"])).toEqual(["attribute", "customer"]);
  });
});
