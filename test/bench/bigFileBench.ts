// A log bigger than a sheet (part of npm run bench): a generated log of 1 and 10 million rows as
// Parquet, its customer table built by embedded DuckDB with the generated query (as
// `npm run analyze -- orders.parquet` builds it), then the pane's customer-table analysis in
// the engine, with the process's peak memory. Prints figures; a miss is flagged, never failed.
import { DuckDBInstance } from "@duckdb/node-api";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { detectLayout } from "../../src/engine/read/detectLayout";
import {
  createCustomerTableBuilder,
  customerTableColumns,
} from "../../src/engine/read/customerTable";
import { customerTableResult } from "../../src/engine/report/analysisResult";
import { fileCustomerColumns, sheetRows } from "../browser/analyze/fileCustomerTable";
import type { BudgetLine } from "./scaleBudgets";

/** Issue 15's targets for the 10-million-row log end to end on this machine. */
const TEN_MILLION_TARGET_MS = 15_000;
const TEN_MILLION_TARGET_MB = 2048;
const ROWS = [1_000_000, 10_000_000];
/** One customer per ten rows, over two years of days, as the bench's million-row log has. */
const ROWS_PER_CUSTOMER = 10;

/**
 * Writes a log of `rows` rows to a Parquet file with DuckDB's own generator: customer, day and
 * amount from hashes of the row number, so every run writes the same file.
 */
async function writeParquetLog(path: string, rows: number): Promise<void> {
  const connection = await (await DuckDBInstance.create(":memory:")).connect();
  try {
    await connection.run(`
      COPY (
        SELECT hash(i) % ${rows / ROWS_PER_CUSTOMER} + 1 AS customer,
               DATE '2023-01-01' + CAST(hash(i + ${rows}) % 731 AS INTEGER) AS date,
               round(exp(3.5 + (hash(i + ${2 * rows}) % 1000) / 1000.0 - 0.5), 2) AS amount
        FROM range(${rows}) AS t(i)
      ) TO '${path}' (FORMAT parquet)`);
  } finally {
    connection.closeSync();
  }
}

/** Peak resident memory while `work` runs, sampled every 20 ms, in MB. */
async function withPeakMemory<T>(work: () => Promise<T>): Promise<{ result: T; peakMb: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, peakMb: peak / 2 ** 20 };
  } finally {
    clearInterval(timer);
  }
}

/**
 * The DuckDB step and the analysis step of each generated log, timed apart, and the peak memory
 * of both, against the 10-million-row targets.
 *
 * @example
 * (await benchBigFiles()).map((line) => line.step); // ["DuckDB customer table, 1M rows", …]
 */
export async function benchBigFiles(): Promise<BudgetLine[]> {
  const folder = mkdtempSync(join(tmpdir(), "cx-big-file-"));
  const lines: BudgetLine[] = [];
  try {
    for (const rows of ROWS) {
      const path = join(folder, `orders_${rows}.parquet`);
      await writeParquetLog(path, rows);
      const ten = rows === 10_000_000;
      const { result, peakMb } = await withPeakMemory(async () => {
        const started = performance.now();
        const table = await fileCustomerColumns(path);
        const built = performance.now();
        const proposal = detectLayout(table.header, sheetRows(table, 500));
        const builder = createCustomerTableBuilder(customerTableColumns(proposal.roles));
        builder.addColumns(table.columns);
        const analysis = customerTableResult(builder.finish());
        const analysed = performance.now();
        return {
          duckdb: built - started,
          analysis: analysed - built,
          customers: analysis.customers.customerIds.length,
        };
      });
      const label = `${rows / 1_000_000}M rows`;
      lines.push(
        {
          step: `DuckDB customer table, ${label}`,
          figure: result.duckdb,
          target: NaN,
          unit: "ms",
          detail: `${result.customers} customers`,
        },
        {
          step: `customer-table analysis, ${label}`,
          figure: result.analysis,
          target: NaN,
          unit: "ms",
          detail: "RFM, segments, BG/NBD + Gamma-Gamma (or the NBD), in the engine",
        },
        {
          step: `Parquet → analysis end to end, ${label}`,
          figure: result.duckdb + result.analysis,
          target: ten ? TEN_MILLION_TARGET_MS : NaN,
          unit: "ms",
          detail: "the two steps above",
        },
        {
          step: `peak memory, ${label}`,
          figure: peakMb,
          target: ten ? TEN_MILLION_TARGET_MB : NaN,
          unit: "MB",
          detail: "resident, DuckDB included (it runs in the process)",
        }
      );
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  return lines;
}
