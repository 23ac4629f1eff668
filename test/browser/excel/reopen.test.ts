import { outputSheetsSetting, OutputSheetRecord } from "../../../src/excel/outputSheets";
import type { CellValue } from "../../../src/excel/sheetTable";
import { OutputSheet, writeOutputSheets } from "../../../src/excel/writeSheets";
import { Workbook } from "../double/workbook";
import { openInExcel } from "./inProcessExcel";

/** A run's two sheets, `customers` in each so that runs differ. */
function output(customers: number): OutputSheet[] {
  const sheet = (sheetName: string, tableName: string, rows: CellValue[][]) => ({
    table: {
      sheetName,
      tableName,
      header: ["Measure", "Value"],
      rowCount: rows.length,
      rows: (start: number, end: number) => rows.slice(start, end),
    },
  });
  return [
    sheet("CX Summary", "CX_summary", [["Customers", customers]]),
    sheet("CX Segments", "CX_segments", [["Champions", customers / 2]]),
  ];
}

/** The user's Orders and Notes, and a first run's output. */
async function workbookWithOutput(): Promise<Workbook> {
  const workbook = new Workbook(["Orders", "Notes"]);
  workbook.sheet("Orders").setValues("A1", [["Customer"], ["C-1"]]);
  workbook.sheet("Notes").setValues("A1", [["mine"]]);
  await openInExcel(workbook);
  await writeOutputSheets(output(100));
  return workbook;
}

const recordedIds = (workbook: Workbook) =>
  (workbook.settings.get(outputSheetsSetting) as OutputSheetRecord[]).map((record) => record.id);

describe("after the workbook is reopened, when worksheet ids are not kept (office-js-docs#297)", () => {
  test("a re-run finds the previous output by the names and tables it wrote and replaces it", async () => {
    const workbook = await workbookWithOutput();
    const before = recordedIds(workbook);
    workbook.reopen();
    await openInExcel(workbook);
    expect(before.some((id) => workbook.findSheet(id))).toBe(false);

    const outcome = await writeOutputSheets(output(200));

    expect(outcome).toEqual({
      stopped: false,
      sheetNames: ["CX Summary", "CX Segments"],
      unfinished: null,
    });
    expect(workbook.sheetNames()).toEqual(["Orders", "Notes", "CX Summary", "CX Segments"]);
    expect(workbook.sheet("CX Summary").getValues("B2")).toEqual([[200]]);
    expect(workbook.tables().map((table) => table.name)).toEqual(["CX_summary", "CX_segments"]);
  });

  test("an old id that now names another sheet is not trusted: the user's sheet stays, the output is found by name", async () => {
    const workbook = await workbookWithOutput();
    const [summaryId, segmentsId] = recordedIds(workbook);
    // Notes takes CX Summary's old id, CX Summary takes CX Segments', CX Segments a new one.
    const reassigned: Record<string, string> = {
      Notes: summaryId,
      "CX Summary": segmentsId,
      "CX Segments": "{00000000-0001-0000-0009-000000000000}",
    };
    workbook.reopen((sheet) => reassigned[sheet.name] ?? sheet.id);
    await openInExcel(workbook);

    await writeOutputSheets(output(200));

    expect(workbook.sheetNames()).toEqual(["Orders", "Notes", "CX Summary", "CX Segments"]);
    expect(workbook.sheet("Notes").getValues("A1")).toEqual([["mine"]]);
    expect(workbook.sheet("CX Segments").getValues("B2")).toEqual([[100]]);
  });

  test("a sheet of the user's under an output sheet's name, with the same cells but no table of the add-in's, is left alone", async () => {
    const workbook = await workbookWithOutput();
    const summary = workbook.sheet("CX Summary");
    const cells = summary.getValues("A1:B2");
    workbook.deleteSheet(summary);
    workbook.addSheet("CX Summary").setValues("A1", cells);
    workbook.reopen();
    await openInExcel(workbook);

    const outcome = await writeOutputSheets(output(200));

    expect(outcome).toMatchObject({ sheetNames: ["CX Summary (2)", "CX Segments"] });
    expect(workbook.sheet("CX Summary").getValues("A1:B2")).toEqual(cells);
    expect(workbook.sheet("CX Summary (2)").getValues("B2")).toEqual([[200]]);
  });
});
