import { rowsUnderTable } from "../../excel/rowsUnderTable";
import { readRegionInBlocks } from "../../excel/readRows";
import type { SheetRegion } from "../../excel/sheetRegion";
import type { PaneStrings } from "../i18n/paneStrings";
import { regionNow } from "./regionNow";

/** What reading a run's rows needs of it: the chosen data, its signal, its progress, its language. */
export interface RowReading {
  data: { region: SheetRegion; header: readonly string[] };
  signal: AbortSignal;
  onProgress: (progress: { stage: "reading"; done: number; total: number }) => void;
  strings: PaneStrings;
}

/** The region a run read, and the chosen table when filled rows under it (not its own) were not read. */
export interface RowsRead {
  region: SheetRegion;
  rowsUnderTable: string | null;
}

/**
 * Reads a run's data rows (below the header) in blocks, handing each block over and reporting
 * the rows read of how many; stops between blocks when the run's signal aborts. A chosen Excel
 * table is read as it is now, with the rows typed under it since (regionNow); filled rows under
 * it that are not its own are not read, and named (rowsUnderTable) for the pane to say so.
 * Resolves to the region read.
 * @throws PaneMessageError when a chosen table is gone or has other columns (regionNow).
 * @example
 * const rows: unknown[][] = [];
 * const { region, rowsUnderTable } = await readDataRows(run, (block) => rows.push(...block));
 * // run.onProgress got { stage: "reading", done: 0, total: 2000 } … { …, done: 2000, total: 2000 }
 */
export async function readDataRows(
  run: RowReading,
  addRows: (rows: readonly (readonly unknown[])[]) => void
): Promise<RowsRead> {
  const { signal, onProgress } = run;
  const region = await regionNow(run.data, run.strings);
  const dataRows = region.rowCount - 1;
  let rowsRead = 0;
  onProgress({ stage: "reading", done: 0, total: dataRows });
  await readRegionInBlocks(
    region,
    (rows, firstRowOffset) => {
      const block = firstRowOffset === 0 ? rows.slice(1) : rows;
      addRows(block);
      rowsRead += block.length;
      onProgress({ stage: "reading", done: rowsRead, total: dataRows });
    },
    () => signal.aborted
  );
  return { region, rowsUnderTable: signal.aborted ? null : await rowsUnderTable(region) };
}
