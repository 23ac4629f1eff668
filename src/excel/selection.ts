import { excelRun } from "./excelRun";

/** What the task pane shows about the current selection. */
export interface SelectionInfo {
  address: string;
  rowCount: number;
  columnCount: number;
}

/**
 * Reads the address and size of the user's current selection.
 * @example
 * await readSelection() // -> { address: "Sheet1!A1:C6920", rowCount: 6920, columnCount: 3 }
 */
export async function readSelection(): Promise<SelectionInfo> {
  return excelRun(async (context) => {
    const range = context.workbook.getSelectedRange();
    range.load(["address", "rowCount", "columnCount"]);
    await context.sync();
    return { address: range.address, rowCount: range.rowCount, columnCount: range.columnCount };
  });
}

/**
 * Calls `onChange` with the new selection whenever the user selects other cells, and once
 * at the start. Resolves to a function that stops watching.
 * @example
 * const stop = await watchSelection((info) => console.log(info.address));
 * await stop();
 */
export async function watchSelection(
  onChange: (info: SelectionInfo) => void
): Promise<() => Promise<void>> {
  const report = async () => onChange(await readSelection());
  const registration = await excelRun(async (context) => {
    const handler = context.workbook.onSelectionChanged.add(report);
    await context.sync();
    return handler;
  });
  await report();
  return () =>
    excelRun(async (context) => {
      registration.remove();
      await context.sync();
    }, registration.context);
}
