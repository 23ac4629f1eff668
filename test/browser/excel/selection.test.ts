import { readRegionTop, resolveDataRegion } from "../../../src/excel/readRows";
import { MultipleAreasSelected, readSelection } from "../../../src/excel/selection";
import { Workbook } from "../double/workbook";
import { openInExcel } from "./inProcessExcel";

async function ordersWorkbook(): Promise<Workbook> {
  const workbook = new Workbook(["Orders"]);
  workbook.sheet("Orders").setValues("A1", [
    ["Customer", "Amount"],
    ["C-1", 19.5],
  ]);
  await openInExcel(workbook);
  return workbook;
}

describe("a selection of several areas (Ctrl+click), on which getSelectedRange throws (Workbook.getSelectedRange; office-js-docs-pr#2477)", () => {
  test("readSelection says so instead of failing", async () => {
    const workbook = await ordersWorkbook();
    workbook.select("Orders", "A1:A2,B1:B2");
    expect(await readSelection()).toEqual({ kind: "areas" });
    workbook.select("Orders", "A1:B2");
    expect(await readSelection()).toEqual({
      kind: "range",
      address: "Orders!A1:B2",
      rowCount: 2,
      columnCount: 2,
    });
  });

  test("resolveDataRegion throws MultipleAreasSelected rather than Excel's InvalidSelection", async () => {
    const workbook = await ordersWorkbook();
    workbook.select("Orders", "A1:A2,B1:B2");
    await expect(resolveDataRegion()).rejects.toBeInstanceOf(MultipleAreasSelected);
  });
});

describe("whole rows or the whole sheet selected (16,384 columns)", () => {
  test("read as the used columns only, each response under the web's 5 MB (resource-limits-and-performance-optimization)", async () => {
    const workbook = new Workbook(["Orders"]);
    const rows: (string | number)[][] = [["Customer", "Date", "Amount"]];
    for (let row = 0; row < 300; row++) rows.push([`C${row}`, 45000 + row, 10 + row]);
    workbook.sheet("Orders").setValues("A1", rows);
    await openInExcel(workbook);
    for (const selection of ["1:301", "1:1048576"]) {
      workbook.select("Orders", selection);
      const region = await resolveDataRegion();
      expect(region).toEqual({
        sheetName: "Orders",
        rowIndex: 0,
        columnIndex: 0,
        rowCount: 301,
        columnCount: 3,
      });
      expect(await readRegionTop(region!, 201)).toHaveLength(201);
    }
  });
});
