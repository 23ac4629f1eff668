import { detectLayout, transactionColumns } from "../../../src/engine/read/detectLayout";

describe("detectLayout", () => {
  it("reads a Danish transaction log from its header", () => {
    const proposal = detectLayout(
      ["Kunde", "Dato", "Beløb", "Kanal", "Notat"],
      [
        ["1001", "03.01.2024", "1.234,50", "Web", "x"],
        ["1001", "17.02.2024", "99,00", "Butik", "y"],
      ]
    );
    expect(proposal).toEqual({
      layout: "transactions",
      roles: ["customer", "date", "amount", "channel", "ignore"],
      evidence: ["header", "header", "header", "header", "none"],
      decimalSeparator: ",",
    });
    expect(transactionColumns(proposal.roles)).toEqual({
      customer: 0,
      date: 1,
      amount: 2,
      order: -1,
    });
  });

  it("reads lifetimes' customer table as x, t_x and T", () => {
    const proposal = detectLayout(
      ["ID", "frequency", "recency", "T"],
      [
        [1, 2, 30.43, 38.86],
        [2, 0, 0, 38.86],
      ]
    );
    expect(proposal.layout).toBe("customers");
    expect(proposal.roles).toEqual(["customer", "x", "tx", "T"]);
  });

  it("reads the papers' customer table with zbar as its monetary value", () => {
    const proposal = detectLayout(
      ["ID", "x", "t_x", "T", "zbar"],
      [
        [1, 2, 30.43, 38.86, 22.35],
        [2, 1, 1.71, 38.86, 11.77],
      ]
    );
    expect(proposal.layout).toBe("customers");
    expect(proposal.roles).toEqual(["customer", "x", "tx", "T", "monetary"]);
  });

  it("reads an RFM customer table with an amount column as its monetary value", () => {
    const proposal = detectLayout(["Kunde", "Recency", "Frequency", "Umsatz"], [["a", 3, 2, 10]]);
    expect(proposal.roles).toEqual(["customer", "recency", "frequency", "monetary"]);
  });

  it("sniffs the roles of columns with unknown headers from their content", () => {
    const sample = Array.from({ length: 120 }, (_, row) => [
      `C${row % 40}`,
      `${(row % 28) + 1}.0${(row % 9) + 1}.2024`,
      ((row * 7.31) % 500) + 0.5,
      ["Nord", "Syd", "Øst"][row % 3],
      row,
    ]);
    const proposal = detectLayout(["a", "b", "c", "d", "e"], sample);
    expect(proposal.layout).toBe("transactions");
    expect(proposal.roles).toEqual(["customer", "date", "amount", "attribute", "ignore"]);
    expect(proposal.evidence).toEqual(["content", "content", "content", "content", "none"]);
  });
});

describe("detectLayout on CX.SUMMARY's own columns", () => {
  it("reads them as a customer table of x, t_x, T and monetary with its orders, revenue, recency and dates", () => {
    const header = [
      "customer",
      "orders",
      "revenue",
      "first_purchase",
      "last_purchase",
      "recency_days",
      "frequency",
      "t_x",
      "T",
      "monetary",
    ];
    const sample = [
      [1, 3, 60.5, 35431, 35644, 60, 2, 30.43, 38.86, 22.35],
      [2, 1, 11.77, 35431, 35431, 272, 0, 0, 38.86, 0],
      [3, 2, 40, 35432, 35500, 204, 1, 9.86, 38.71, 20],
    ];
    const proposal = detectLayout(header, sample);
    expect(proposal.layout).toBe("customers");
    expect(proposal.roles).toEqual([
      "customer",
      "orders",
      "revenue",
      "firstPurchase",
      "lastPurchase",
      "recency",
      "x",
      "tx",
      "T",
      "monetary",
    ]);
  });

  it("names first and last purchase columns in the five languages, in a customer table only", () => {
    const sample = [
      ["K1", "03.01.2023", "17.05.2024", 12, 3, 250.5],
      ["K2", "01.02.2023", "01.02.2023", 40, 1, 99],
    ];
    const headers = [
      ["Customer", "First purchase", "Last purchase", "Recency", "Orders", "Total revenue"],
      ["Kunde", "Første køb", "Seneste køb", "Recency", "Ordrer", "Samlet omsætning"],
      ["Kunde", "Første kjøp", "Siste kjøp", "Recency", "Ordrer", "Samlet omsetning"],
      ["Kunde", "Erster Kauf", "Letzter Kauf", "Aktualität", "Bestellungen", "Gesamtumsatz"],
      ["Klant", "Eerste aankoop", "Laatste aankoop", "Recentheid", "Bestellingen", "Totale omzet"],
    ];
    for (const header of headers) {
      const proposal = detectLayout(header, sample);
      expect([header[1], proposal.layout, proposal.roles]).toEqual([
        header[1],
        "customers",
        ["customer", "firstPurchase", "lastPurchase", "recency", "frequency", "monetary"],
      ]);
    }
    // Beside a log's own date they are no log column: a log has no first or last purchase.
    const log = detectLayout(
      ["Customer", "Date", "Amount", "Last purchase"],
      [["K1", "03.01.2023", 12, "03.01.2023"]]
    );
    expect([log.layout, log.roles]).toEqual([
      "transactions",
      ["customer", "date", "amount", "ignore"],
    ]);
  });

  it("reads orders and revenue as RFM's frequency and monetary value in a table without x, t_x and T", () => {
    const sample = [
      ["K1", 12, 3, 250.5],
      ["K2", 40, 1, 99],
    ];
    expect(detectLayout(["Kunde", "Recency", "Ordrer", "Samlet omsætning"], sample).roles).toEqual([
      "customer",
      "recency",
      "frequency",
      "monetary",
    ]);
    // A lifetimes summary whose only count is "orders" still reads it as x, as before.
    expect(detectLayout(["ID", "orders", "t_x", "T"], [[1, 2, 30.43, 38.86]]).roles).toEqual([
      "customer",
      "x",
      "tx",
      "T",
    ]);
  });

  it("reads a subscription table from a header naming a start and an end, in Norwegian too", () => {
    expect(
      detectLayout(
        ["Kundenr", "Startdato", "Sluttdato", "Månedspris", "Abonnement", "Fylke", "Notat"],
        [
          ["K1", "03.01.2024", "", "99,00", "Basis", "Oslo", "x"],
          ["K2", "17.02.2024", "01.05.2024", "149,00", "Pluss", "Viken", "y"],
        ]
      )
    ).toEqual({
      layout: "subscriptions",
      roles: ["customer", "start", "end", "fee", "plan", "attribute", "ignore"],
      evidence: ["header", "header", "header", "header", "header", "header", "none"],
      decimalSeparator: ",",
    });
    // A log's one date column is no subscription's start and end.
    expect(detectLayout(["Kunde", "Dato", "Beløb"], [["K1", "03.01.2024", "99,00"]]).layout).toBe(
      "transactions"
    );
  });
});
