import { outputSheetsSetting, OutputSheetRecord } from "../../../src/excel/outputSheets";
import { SheetsNotRemoved } from "../../../src/excel/sheetRollback";
import type { CellValue } from "../../../src/excel/sheetTable";
import { OutputSheet, writeOutputSheets, WriteOutcome } from "../../../src/excel/writeSheets";
import type { SyncFault } from "../double/executor";
import { Workbook } from "../double/workbook";
import { openInExcel } from "./inProcessExcel";

jest.setTimeout(300_000);

/** A run's output: a Summary, and Segments with the grid stacked below, `customers` in each. */
function output(customers: number): OutputSheet[] {
  const table = (name: string, header: string[], rows: CellValue[][]) => ({
    tableName: name,
    header,
    rowCount: rows.length,
    rows: (start: number, end: number) => rows.slice(start, end),
  });
  return [
    {
      table: {
        sheetName: "CX Summary",
        ...table("CX_summary", ["Measure", "Value"], [["Customers", customers]]),
      },
    },
    {
      table: {
        sheetName: "CX Segments",
        ...table("CX_segments", ["Segment", "Customers"], [["Champions", customers / 2]]),
      },
      below: [{ table: table("CX_grid", ["R \\ F", "F 1"], [["R 1", customers / 4]]) }],
      charts: [
        {
          chartType: "BarClustered",
          firstColumn: 0,
          columnCount: 2,
          title: "Customers by segment",
          categoryAxisTitle: "Segment",
          valueAxisTitle: "Customers",
        },
      ],
    },
  ];
}

const OLD = 100;
const NEW = 200;

/** What the recorded output holds: per record, the sheet's values, or a note that it is missing or renamed. */
function recordedOutput(workbook: Workbook): unknown[] {
  const records = (workbook.settings.get(outputSheetsSetting) ?? []) as OutputSheetRecord[];
  return records.map((record) => {
    const sheet = workbook.sheets().find((candidate) => candidate.id === record.id);
    if (!sheet) return `missing: ${record.name}`;
    if (sheet.name !== record.name && sheet.name !== record.writtenName)
      return `renamed: ${sheet.name}`;
    return sheet.readValues(sheet.usedRange(true)!);
  });
}

/** The user's workbook after a first, complete run of the OLD output. */
async function workbookWithOldOutput(): Promise<Workbook> {
  const workbook = new Workbook(["Orders"]);
  workbook.sheet("Orders").setValues("A1", [["Customer"], ["C-1"]]);
  await openInExcel(workbook);
  await writeOutputSheets(output(OLD));
  return workbook;
}

/** The recorded output of a clean run of `customers` after the OLD one, and how many syncs that re-run takes. */
async function cleanRerun(customers: number) {
  const workbook = await workbookWithOldOutput();
  const before = workbook.syncLog.length;
  await writeOutputSheets(output(customers));
  return { contents: recordedOutput(workbook), syncs: workbook.syncLog.length - before };
}

/** One way a sync can fail: alone or with every later one (the connection gone), before its first operation or midway. */
type FaultPlan = { sync: number; midway: boolean; rest: boolean };

function planName({ sync, midway, rest }: FaultPlan): string {
  return `sync ${sync}${midway ? " midway" : ""}${rest ? " and every later one" : ""}`;
}

describe("a re-run never loses output: whatever fails, the previous or the new output is complete and recorded", () => {
  let oldContents: unknown[];
  let newContents: unknown[];
  let plans: FaultPlan[];

  beforeAll(async () => {
    const workbook = await workbookWithOldOutput();
    oldContents = recordedOutput(workbook);
    const rerun = await cleanRerun(NEW);
    newContents = rerun.contents;
    expect(newContents).not.toEqual(oldContents);
    plans = Array.from({ length: rerun.syncs }, (_, sync) => [
      { sync, midway: false, rest: false },
      { sync, midway: true, rest: false },
      { sync, midway: false, rest: true },
    ]).flat();
    expect(plans.length).toBeGreaterThan(30);
  });

  test("with each sync of the re-run failing in turn, alone or with every later one, before its first operation or midway", async () => {
    const seen = new Set<string>();
    for (const plan of plans) {
      const workbook = await workbookWithOldOutput();
      const sheetsBefore = workbook.sheetNames();
      const oldIds = recordedIds(workbook);
      const start = workbook.syncLog.length;
      const message = `Injected failure at ${planName(plan)}`;
      workbook.injectSyncFaults((index): SyncFault | undefined => {
        const sync = index - start;
        if (sync === plan.sync) return { afterOperations: plan.midway ? 3 : 0, message };
        return plan.rest && sync > plan.sync ? { message } : undefined;
      });

      let outcome: WriteOutcome | undefined;
      let failure: unknown;
      try {
        outcome = await writeOutputSheets(output(NEW));
      } catch (error) {
        failure = error;
      }
      workbook.injectSyncFaults(undefined);
      const recorded = recordedOutput(workbook);
      const context = planName(plan);

      if (failure !== undefined) {
        // Nothing of the new output was recorded: the previous output is whole and still recorded.
        expect([context, recorded]).toEqual([context, oldContents]);
        const left = workbook.sheetNames().filter((name) => !sheetsBefore.includes(name));
        if (failure instanceof SheetsNotRemoved) {
          seen.add("rollback failed");
          // It names every sheet the run asked for: those left are among them.
          expect([context, failure.sheetNames]).toEqual([context, expect.arrayContaining(left)]);
          expect([context, failure.message]).toEqual([context, expect.stringContaining(message)]);
        } else {
          seen.add("rolled back");
          expect([context, left, (failure as Error).message]).toEqual([context, [], message]);
        }
      } else if (outcome && !outcome.stopped) {
        expect([context, recorded]).toEqual([context, newContents]);
        const previousLeft = workbook
          .sheets()
          .filter((sheet) => oldIds.includes(sheet.id))
          .map((sheet) => sheet.name);
        if (outcome.unfinished === null) {
          throw new Error(`${context}: a failed sync went unreported`);
        } else {
          seen.add("replaced, previous sheets left");
          expect([context, outcome.unfinished.reason]).toEqual([context, message]);
          expect([context, outcome.unfinished.previousSheetNames]).toEqual([context, previousLeft]);
          expect([context, outcome.sheetNames]).toEqual([
            context,
            outcome.sheetNames.filter((name) => workbook.sheetNames().includes(name)),
          ]);
        }
        // A clean run afterwards finds the new output, whatever its names, and replaces it.
        await writeOutputSheets(output(OLD));
        expect([context, recordedOutput(workbook)]).toEqual([context, oldContents]);
      } else {
        throw new Error(`${context}: the write says it was stopped`);
      }
    }
    // Every way out was taken: each sync fails here, so none ends in a clean replacement.
    expect([...seen].sort()).toEqual([
      "replaced, previous sheets left",
      "rollback failed",
      "rolled back",
    ]);
  });

  test("when saving the records fails, the new sheets are removed and the previous output stays recorded", async () => {
    const workbook = await workbookWithOldOutput();
    const sheetsBefore = workbook.sheetNames();
    workbook.failSettingsSaves(1);

    await expect(writeOutputSheets(output(NEW))).rejects.toThrow(
      "The settings could not be saved to the document."
    );

    expect(workbook.sheetNames()).toEqual(sheetsBefore);
    expect(recordedOutput(workbook)).toEqual(oldContents);
    // The in-memory settings went back too: the next save (here a clean run) starts from the old records.
    await writeOutputSheets(output(NEW));
    expect(recordedOutput(workbook)).toEqual(newContents);
    expect(workbook.sheetNames()).toEqual(["Orders", "CX Summary", "CX Segments"]);
  });
});

/** The worksheet ids the recorded output names. */
function recordedIds(workbook: Workbook): string[] {
  const records = (workbook.settings.get(outputSheetsSetting) ?? []) as OutputSheetRecord[];
  return records.map((record) => record.id);
}
