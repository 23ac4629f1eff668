import { resolveDataRegion } from "../../../src/excel/readRows";
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
