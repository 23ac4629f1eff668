import { readRegionInBlocks, readRegionTop, resolveDataRegion } from "../../../src/excel/readRows";
import { selectCell } from "../../../src/excel/selectCell";
import { readSelection, watchSelection } from "../../../src/excel/selection";
import { saveDocumentSetting } from "../../../src/excel/documentSettings";
import { deleteSheets } from "../../../src/excel/sheetRollback";
import { writeOutputSheets } from "../../../src/excel/writeSheets";
import { Workbook } from "../double/workbook";
import { openInExcel } from "./inProcessExcel";

/** Orders with a header, the add-in started on it. */
async function ordersWorkbook(): Promise<Workbook> {
  const workbook = new Workbook(["Orders", "Notes"]);
  workbook.sheet("Orders").setValues("A1", [
    ["Customer", "Date", "Amount"],
    ["C-1", 45292, 19.5],
    ["C-2", 45293, 7.25],
  ]);
  workbook.select("Orders", "A1:C3");
  await openInExcel(workbook);
  return workbook;
}

const region = { sheetName: "Orders", rowIndex: 0, columnIndex: 0, rowCount: 3, columnCount: 3 };

/** Every src/excel entry point that talks to Excel, each as one call. */
const entryPoints: [string, () => Promise<unknown>][] = [
  ["resolveDataRegion", () => resolveDataRegion()],
  ["readRegionTop", () => readRegionTop(region, 2)],
  ["readRegionInBlocks", () => readRegionInBlocks(region, () => undefined)],
  ["readSelection", () => readSelection()],
  ["watchSelection", () => watchSelection(() => undefined)],
  ["selectCell", () => selectCell({ sheetName: "Orders", rowIndex: 2, columnIndex: 1 })],
  [
    "writeOutputSheets",
    () =>
      writeOutputSheets([
        {
          table: {
            sheetName: "CX Summary",
            tableName: "CX_summary",
            header: ["Measure", "Value"],
            rowCount: 1,
            rows: () => [["Customers", 2]],
          },
        },
      ]),
  ],
  ["deleteSheets", () => deleteSheets(["{no such sheet}"])],
  // A common API, refused in cell-edit mode without delayForCellEdit (office-js#761).
  ["saveDocumentSetting", () => saveDocumentSetting("cxCustomerValue.test", [1, 2])],
];

describe("while the user types in a cell (Excel.RunOptions.delayForCellEdit, ExcelApi 1.1)", () => {
  /** Starts the user typing in Notes!A1, calls `call`, and checks it waits for them to finish. */
  async function waitsForTheUser(workbook: Workbook, call: () => Promise<unknown>) {
    workbook.startCellEdit("Notes", "A1");
    let settled = false;
    const running = call().finally(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(settled).toBe(false);

    workbook.finishCellEdit("typed by the user");
    await running;
    expect(workbook.syncLog.filter((sync) => sync.errorCode)).toEqual([]);
    expect(workbook.sheet("Notes").getValues("A1")).toEqual([["typed by the user"]]);
  }

  test.each(entryPoints)(
    "%s waits until the user leaves the cell instead of failing with InvalidOperationInCellEditMode",
    async (_, call) => waitsForTheUser(await ordersWorkbook(), call)
  );

  test("stopping watchSelection, which continues the registration's context, waits too", async () => {
    const workbook = await ordersWorkbook();
    const stop = await watchSelection(() => undefined);
    await waitsForTheUser(workbook, stop);
  });
});
