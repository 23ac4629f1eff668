import {
  isAsLeft,
  isOutputSheetAddress,
  localAddress,
  OutputSheetRecord,
} from "../../src/excel/outputSheets";
import { Workbook } from "../browser/double/workbook";
import { openInExcel } from "../browser/excel/inProcessExcel";

const summary: OutputSheetRecord = {
  id: "{1}",
  name: "CX Summary",
  usedAddress: "A1:C12",
  tables: [{ name: "CX_summary", header: ["Measure", "Value", "Definition"] }],
};
const asWritten = {
  name: "CX Summary",
  usedAddress: "'CX Summary'!A1:C12",
  tables: [{ name: "CX_summary", header: ["Measure", "Value", "Definition"] }],
};

describe("isAsLeft", () => {
  test("holds for the name, used range and tables the add-in wrote", () => {
    expect(isAsLeft(summary, asWritten)).toBe(true);
  });
  test("holds under the name the sheet and its table were written under, before a rename that never happened", () => {
    const record = {
      ...summary,
      writtenName: "CX Summary (2)",
      tables: [{ ...summary.tables![0], writtenName: "CX_summary2" }],
    };
    const unrenamed = {
      name: "CX Summary (2)",
      usedAddress: "'CX Summary (2)'!A1:C12",
      tables: [{ name: "CX_summary2", header: ["Measure", "Value", "Definition"] }],
    };
    expect(isAsLeft(record, unrenamed)).toBe(true);
    expect(isAsLeft(summary, unrenamed)).toBe(false);
  });
  test("fails for a sheet the user renamed, typed next to, or whose table they renamed, re-headed or added to", () => {
    expect(isAsLeft(summary, { ...asWritten, name: "My summary" })).toBe(false);
    expect(isAsLeft(summary, { ...asWritten, usedAddress: "'CX Summary'!A1:D12" })).toBe(false);
    const table = asWritten.tables[0];
    expect(isAsLeft(summary, { ...asWritten, tables: [{ ...table, name: "Mine" }] })).toBe(false);
    expect(
      isAsLeft(summary, {
        ...asWritten,
        tables: [{ ...table, header: ["Measure", "Value", "Note"] }],
      })
    ).toBe(false);
    expect(isAsLeft(summary, { ...asWritten, tables: [table, table] })).toBe(false);
  });
  test("compares a record of an older version, with the sheet in its address and no tables, by name and used range", () => {
    const old = { id: "{1}", name: "CX Summary", usedAddress: "'CX Summary'!A1:C12" };
    expect(isAsLeft(old, asWritten)).toBe(true);
    expect(isAsLeft(old, { ...asWritten, usedAddress: "'CX Summary'!A1:C13" })).toBe(false);
  });
});

describe("localAddress", () => {
  test("drops the sheet, quoted or not", () => {
    expect(localAddress("'CX Customers'!A1:E9")).toBe("A1:E9");
    expect(localAddress("Orders!C3")).toBe("C3");
    expect(localAddress("A1:E9")).toBe("A1:E9");
  });
});

describe("isOutputSheetAddress", () => {
  /** The user's Salg, a run's Oversigt and the History sheet with its table, as a Danish run leaves them. */
  async function workbookAfterARun(): Promise<Workbook> {
    const workbook = new Workbook(["Salg", "CX Oversigt", "CX Historik"]);
    const history = workbook.sheet("CX Historik");
    history.setValues("A1", [
      ["Observationsslut", "Gennemsnitlig forventet CLV"],
      ["1998-07-01", 12.5],
    ]);
    const table = workbook.addTable(
      history,
      { row: 0, column: 0, rowCount: 2, columnCount: 2 },
      true
    );
    workbook.renameTable(table, "CX_history");
    workbook.settings.set("cxCustomerValue.outputSheets", [
      { id: workbook.sheet("CX Oversigt").id, name: "CX Oversigt", usedAddress: "A1:C12" },
    ]);
    workbook.settings.set("cxCustomerValue.historyTable", {
      tableName: "CX_history",
      chartName: "CX_history",
    });
    await openInExcel(workbook);
    return workbook;
  }

  afterEach(() => {
    Reflect.deleteProperty(globalThis, "Office");
    Reflect.deleteProperty(globalThis, "Excel");
  });

  test("holds on the sheets the last run wrote and on the History sheet, recorded apart", async () => {
    await workbookAfterARun();
    expect(await isOutputSheetAddress("'CX Oversigt'!A1:C9")).toBe(true);
    expect(await isOutputSheetAddress("'CX Historik'!A1:B2")).toBe(true);
    expect(await isOutputSheetAddress("Salg!A1:C10")).toBe(false);
  });

  test("follows the history table to its sheet's new name, and lets the sheet go with the table", async () => {
    const workbook = await workbookAfterARun();
    workbook.renameSheet(workbook.sheet("CX Historik"), "Mine kørsler");
    expect(await isOutputSheetAddress("'Mine kørsler'!A1:B2")).toBe(true);
    workbook.deleteTable(workbook.table("CX_history"), true);
    expect(await isOutputSheetAddress("'Mine kørsler'!A1:B2")).toBe(false);
  });
});
