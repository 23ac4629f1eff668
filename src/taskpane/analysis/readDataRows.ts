import { readRegionInBlocks } from "../../excel/readRows";
import type { SheetRegion } from "../../excel/sheetRegion";

/** What reading a run's rows needs of it: the selection's region, its signal, its progress. */
export interface RowReading {
  data: { region: SheetRegion };
  signal: AbortSignal;
  onProgress: (progress: { stage: "reading"; done: number; total: number }) => void;
}

/**
 * Reads a run's data rows (below the header) in blocks, handing each block over and reporting
 * the rows read of how many; stops between blocks when the run's signal aborts.
 * @example
 * const rows: unknown[][] = [];
 * await readDataRows(run, (block) => rows.push(...block));
 * // run.onProgress got { stage: "reading", done: 0, total: 2000 } … { …, done: 2000, total: 2000 }
 */
export async function readDataRows(
  run: RowReading,
  addRows: (rows: readonly (readonly unknown[])[]) => void
): Promise<void> {
  const { data, signal, onProgress } = run;
  const dataRows = data.region.rowCount - 1;
  let rowsRead = 0;
  onProgress({ stage: "reading", done: 0, total: dataRows });
  await readRegionInBlocks(
    data.region,
    (rows, firstRowOffset) => {
      const block = firstRowOffset === 0 ? rows.slice(1) : rows;
      addRows(block);
      rowsRead += block.length;
      onProgress({ stage: "reading", done: rowsRead, total: dataRows });
    },
    () => signal.aborted
  );
}
