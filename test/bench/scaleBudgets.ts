// Large-input budgets (part of npm run bench) that jest tests used to assert, moved here because a
// timing fails a test under load: the same work on the same inputs as those tests. Prints
// figures; flags a missed target.
import "../functions/customFunctionsStub";
import { ntileBins } from "../../src/engine/rfm/ntileBins";
import { rfmScores } from "../../src/engine/rfm/rfmScores";
import { rowsFromColumns, type SheetTable } from "../../src/excel/sheetTable";
import { writeOutputSheets } from "../../src/excel/writeSheets";
import { rfmScore } from "../../src/functions/rfmScore";
import { loadOfficeInProcess } from "../browser/double/inProcessOffice";
import { Workbook } from "../browser/double/workbook";
import { collectGarbage, medianTime } from "./medianTime";
import { PANE_ROWS } from "./paneEndToEnd";

const REPEATS = 5;
const MILLION = 1_000_000;

/** One figure against its budget; a NaN target means the figure is only reported. */
export interface BudgetLine {
  step: string;
  figure: number;
  target: number;
  unit: "ms" | "MB";
  detail: string;
}

/**
 * The tests' linear congruential generator, so the bench times the very inputs the tests check:
 * each call returns the next state, 0 ≤ state < 2^31.
 */
function lcg(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2147483648);
}

/** test/functions/rfmScore.test.ts's 100,000 rows of [recency], [frequency], [monetary] cells. */
function rfmScoreCells(): number[][][] {
  const next = lcg(99);
  const random = () => next() / 2147483648;
  const cells = (value: () => number) => Array.from({ length: 100_000 }, () => [value()]);
  return [
    cells(() => Math.floor(random() * 730)),
    cells(() => 1 + Math.floor(random() * 12)),
    cells(() => Math.round(random() * 1e5) / 100),
  ];
}

/** test/engine/rfm/rfmScores.test.ts's million customers: frequency geometric, mean about 3.5. */
function millionCustomers(): [Float64Array, Float64Array, Float64Array] {
  const next = lcg(12345);
  const random = () => next() / 2147483648;
  const recency = new Float64Array(MILLION);
  const frequency = new Float64Array(MILLION);
  const monetary = new Float64Array(MILLION);
  for (let row = 0; row < MILLION; row++) {
    recency[row] = Math.floor(random() * 730);
    frequency[row] = 1 + Math.floor(-Math.log(1 - random()) * 3);
    monetary[row] = Math.round(random() * 100000) / 100;
  }
  return [recency, frequency, monetary];
}

/** test/engine/rfm/ntileBins.test.ts's million values with 1,000 distinct, so ties abound. */
function millionTiedValues(): Float64Array {
  const next = lcg(7);
  return Float64Array.from({ length: MILLION }, () => next() % 1000);
}

/** test/browser/double/limits.test.ts's full sheet: 1,048,575 × 3 written 100,000 rows at a time. */
function storeFullSheet(): Workbook {
  const workbook = new Workbook(["Transactions"]);
  const sheet = workbook.sheet("Transactions");
  for (let chunk = 0; chunk < PANE_ROWS; chunk += 100_000) {
    const rows = Array.from({ length: Math.min(100_000, PANE_ROWS - chunk) }, (_, offset) => {
      const row = chunk + offset;
      return [`C${row % 5_000}`, 45_000 + (row % 365), row * 0.5];
    });
    sheet.setValues(`A${chunk + 1}`, rows);
  }
  // Read back as the test does, which checks what these return.
  sheet.getValues("A1048575:C1048576");
  sheet.usedRange(true);
  return workbook;
}

/** Heap plus typed-array buffers, as the double keeps a column's numbers in a Float64Array. */
function memoryMegabytes(): { heap: number; buffers: number } {
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return { heap: heapUsed / 2 ** 20, buffers: arrayBuffers / 2 ** 20 };
}

/** The double's full sheet: time to store and read it back, and what it keeps in memory. */
function fullSheetLines(): BudgetLine[] {
  const exact = collectGarbage();
  const before = memoryMegabytes();
  const stored = medianTime(storeFullSheet, 1);
  collectGarbage();
  const after = memoryMegabytes();
  const heap = after.heap - before.heap;
  const buffers = after.buffers - before.buffers;
  const step = `double: ${PANE_ROWS} × 3 sheet`;
  // Used after the second reading, so the sheet counts as retained rather than collected.
  const columns = stored.result.sheet("Transactions").usedRange(true)?.columnCount;
  return [
    {
      step: `${step}, store + read`,
      figure: stored.milliseconds,
      target: 20_000,
      unit: "ms",
      detail: "one run",
    },
    {
      step: `${step}, retained`,
      figure: heap + buffers,
      target: 400,
      unit: "MB",
      detail: `heap ${heap.toFixed(0)} MB + buffers ${buffers.toFixed(0)} MB, ${columns} columns${exact ? "" : " (no --expose-gc: garbage included)"}`,
    },
  ];
}

/** test/browser/excel/writeSheets.test.ts's write of 1,048,575 × 5 through the double in Node. */
async function writeFullSheetLine(): Promise<BudgetLine> {
  const workbook = new Workbook();
  const office = loadOfficeInProcess(workbook);
  Object.assign(globalThis, { Office: office.Office, Excel: office.Excel });
  await office.Office.onReady();
  const customers = Array.from({ length: PANE_ROWS }, (_, row) => `C-${row}`);
  const pAlive = new Float64Array(PANE_ROWS).map((_, row) => (row % 1000) / 1000);
  const clv = new Float64Array(PANE_ROWS).map((_, row) => (row % 7919) * 1.25);
  const frequency = new Int32Array(PANE_ROWS).map((_, row) => row % 13);
  const lastPurchase = new Int32Array(PANE_ROWS).map((_, row) => 45_000 + (row % 365));
  const table: SheetTable = {
    sheetName: "CX Customers",
    tableName: "CX_Customers",
    header: ["Customer", "P(alive)", "CLV", "Frequency", "Last purchase"],
    rowCount: PANE_ROWS,
    rows: rowsFromColumns([customers, pAlive, clv, frequency, lastPurchase]),
    columnFormats: [undefined, "0.0%", "#,##0.00", "#,##0", "yyyy-mm-dd"],
    columnHighlights: [undefined, "threeColorScale", "dataBars"],
  };
  collectGarbage();
  // One run timed by hand, as medianTime cannot await and the test wrote once.
  const started = performance.now();
  const outcome = await writeOutputSheets([{ table }]);
  const milliseconds = performance.now() - started;
  const largest = (bytes: (stats: (typeof workbook.syncLog)[number]) => number) =>
    Math.max(...workbook.syncLog.map(bytes)).toLocaleString("en-US");
  return {
    step: `writeOutputSheets ${PANE_ROWS} × 5, double`,
    figure: milliseconds,
    target: NaN,
    unit: "ms",
    detail:
      `${outcome.stopped ? "stopped" : "written"} in ${workbook.syncLog.length} syncs; largest ` +
      `request ${largest((stats) => stats.requestBytes)} B, response ${largest((stats) => stats.responseBytes)} B`,
  };
}

/**
 * Times what the tests once held to a budget: CX.RFMSCORE on 100,000 rows (100 ms), rfmScores on
 * a million customers and ntileBins on a million values (1 s each), the double's full
 * 1,048,575 × 3 sheet (20 s, 400 MB retained), and writeOutputSheets of 1,048,575 × 5 (no target).
 *
 * @example
 * for (const line of await benchScaleBudgets()) console.log(line.step, line.figure, line.target);
 * // "CX.RFMSCORE, 100000 rows" 38.2 100 …
 */
export async function benchScaleBudgets(): Promise<BudgetLine[]> {
  const [recencyCells, frequencyCells, monetaryCells] = rfmScoreCells();
  rfmScore(recencyCells, frequencyCells, monetaryCells); // warm-up, as the test had
  const customFunction = medianTime(
    () => rfmScore(recencyCells, frequencyCells, monetaryCells),
    REPEATS
  );
  const [recency, frequency, monetary] = millionCustomers();
  const scores = medianTime(() => rfmScores(recency, frequency, monetary), REPEATS);
  const tied = millionTiedValues();
  const ntile = medianTime(() => ntileBins(tied, 5), REPEATS);
  const median = `median of ${REPEATS}`;
  return [
    {
      step: `CX.RFMSCORE, ${recencyCells.length} rows`,
      figure: customFunction.milliseconds,
      target: 100,
      unit: "ms",
      detail: `${median} after a warm-up`,
    },
    {
      step: `rfmScores, ${MILLION} customers`,
      figure: scores.milliseconds,
      target: 1000,
      unit: "ms",
      detail: median,
    },
    {
      step: `ntileBins, ${MILLION} values, 5 bins`,
      figure: ntile.milliseconds,
      target: 1000,
      unit: "ms",
      detail: median,
    },
    ...fullSheetLines(),
    await writeFullSheetLine(),
  ];
}
