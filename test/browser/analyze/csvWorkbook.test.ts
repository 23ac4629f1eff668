import { csvWorkbook } from "./inputWorkbook";

describe("csvWorkbook", () => {
  it("takes a sheet-sized CSV: 300,000 rows, where spreading the rows into Math.max overflowed the stack", () => {
    const lines = ["customer_id,date,amount"];
    for (let row = 1; row < 300_000; row++)
      lines.push(`${row % 997},2023-01-0${1 + (row % 9)},${row % 50}.25`);
    const workbook = csvWorkbook("orders.csv", lines.join("\n"));
    const [name] = workbook.sheetNames();
    expect(name).toBe("orders");
    expect(workbook.selection).toEqual({ sheetName: "orders", address: "A1:C300000" });
  });
});
