import { InputError } from "../../../src/engine/inputError";
import { detectLayout } from "../../../src/engine/read/detectLayout";
import { queryColumnNames } from "../../../src/engine/sql/queryColumnNames";

describe("queryColumnNames", () => {
  it("names the columns of a German sample as detectLayout reads them, the channel before an attribute", () => {
    const header = ["Kundennummer", "Bestelldatum", "Umsatz", "Bestellnummer", "Region", "Kanal"];
    const sample = [
      ["1001", "2024-03-01", "12,50", "B-1", "Nord", "Web"],
      ["1001", "2024-03-09", "7,00", "B-2", "Nord", "Filiale"],
    ];
    expect(queryColumnNames(header, detectLayout(header, sample).roles)).toEqual({
      customerColumn: "Kundennummer",
      dateColumn: "Bestelldatum",
      amountColumn: "Umsatz",
      orderColumn: "Bestellnummer",
      channelColumn: "Kanal",
    });
  });

  it("takes the first attribute when there is no channel, and leaves out what is missing", () => {
    const names = queryColumnNames(
      [" customer_id ", "order_date", "amount", "region"],
      ["customer", "date", "amount", "attribute"]
    );
    expect(names).toEqual({
      customerColumn: "customer_id",
      dateColumn: "order_date",
      amountColumn: "amount",
      orderColumn: undefined,
      channelColumn: "region",
    });
  });

  it("names the role no column has", () => {
    const call = () => queryColumnNames(["id", "when"], ["customer", "date"]);
    expect(call).toThrow(InputError);
    expect(call).toThrow("amount: no amount column found");
  });
});
