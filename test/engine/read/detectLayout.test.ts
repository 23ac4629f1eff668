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
