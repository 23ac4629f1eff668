import { loadOfficeInProcess } from "./inProcessOffice";
import { Workbook } from "./workbook";

/** Orders with customer ids in A2:A3 and a defined name "CX_customers" over them. */
function namedWorkbook() {
  const workbook = new Workbook(["Orders"]);
  workbook.sheet("Orders").setValues("A1", [["Customer"], ["C-1"], ["C-2"]]);
  workbook.addName("CX_customers", "=Orders!$A$2:$A$3");
  return { workbook, ...loadOfficeInProcess(workbook) };
}

describe("workbook.names", () => {
  test("lists, finds and adds defined names, a Range or a formula text as the reference", async () => {
    const { workbook, Excel } = namedWorkbook();
    await Excel.run(async (context) => {
      const names = context.workbook.names;
      names.add("Threshold", "=0.5", "P(alive) cut-off");
      names.add("Header", context.workbook.worksheets.getItem("Orders").getRange("A1"));
      names.load("items/name, items/formula, items/type");
      const found = names.getItemOrNullObject("cx_CUSTOMERS").load("name, value");
      const missing = names.getItemOrNullObject("Nope");
      await context.sync();
      expect(names.items.map((item) => [item.name, item.formula, item.type])).toEqual([
        ["CX_customers", "=Orders!$A$2:$A$3", "Range"],
        ["Threshold", "=0.5", "String"],
        ["Header", "=Orders!A1", "Range"],
      ]);
      expect([found.isNullObject, found.name, found.value, missing.isNullObject]).toEqual([
        false,
        "CX_customers",
        "Orders!$A$2:$A$3",
        true,
      ]);
    });
    expect(workbook.findName("threshold")?.comment).toBe("P(alive) cut-off");
  });

  test("share one namespace with tables, case-insensitively: adding a taken name is ItemAlreadyExists (office-js#2875), renaming a table to one is InvalidArgument (office-js#551)", async () => {
    const { workbook, Excel } = namedWorkbook();
    await Excel.run(async (context) => {
      const table = context.workbook.tables.add("Orders!A1:A3", true);
      table.name = "Customers";
      await context.sync();
      context.workbook.names.add("CUSTOMERS", "=1");
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
      context.workbook.names.add("cx_customers", "=1");
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
      table.name = "CX_Customers";
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
    expect([workbook.table("Customers").name, workbook.definedNames().length]).toEqual([
      "Customers",
      1,
    ]);
  });

  test("a new table's default name skips defined names", async () => {
    const { workbook, Excel } = namedWorkbook();
    workbook.addName("Table1", "=Orders!$A$1");
    await Excel.run(async (context) => void context.workbook.tables.add("Orders!A1:A3", true));
    expect(workbook.tables().map((table) => table.name)).toEqual(["Table2"]);
  });
});
