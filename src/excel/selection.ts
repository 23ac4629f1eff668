import { excelRun } from "./excelRun";

/**
 * What the task pane shows about the current selection: one range's address and size, or that
 * several areas are selected (Ctrl+click), which the add-in cannot read as one table.
 */
export type SelectionInfo =
  { kind: "range"; address: string; rowCount: number; columnCount: number } | { kind: "areas" };

/**
 * Thrown for a selection of several areas: Workbook.getSelectedRange "will throw an error" then
 * (learn.microsoft.com/javascript/api/excel/excel.workbook#excel-excel-workbook-getselectedrange-member(1)),
 * InvalidSelection (OfficeDev/office-js-docs-pr#2477). Reading them needs getSelectedRanges,
 * ExcelApi 1.9, beyond the manifest's 1.7.
 */
export class MultipleAreasSelected extends Error {
  constructor() {
    super("Several areas are selected.");
    this.name = "MultipleAreasSelected";
  }
}

/**
 * Runs `read`, turning Excel's InvalidSelection into MultipleAreasSelected.
 * @example
 * await readingOneArea(() => context.sync()) // throws MultipleAreasSelected after a Ctrl+click
 */
export async function readingOneArea<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if ((error as { code?: unknown } | null)?.code === "InvalidSelection")
      throw new MultipleAreasSelected();
    throw error;
  }
}

/**
 * Reads the address and size of the user's current selection.
 * @example
 * await readSelection() // -> { kind: "range", address: "Sheet1!A1:C6920", rowCount: 6920, columnCount: 3 }
 * await readSelection() // -> { kind: "areas" } after a Ctrl+click
 */
export async function readSelection(): Promise<SelectionInfo> {
  try {
    return await readingOneArea(() =>
      excelRun(async (context) => {
        const range = context.workbook.getSelectedRange();
        range.load(["address", "rowCount", "columnCount"]);
        await context.sync();
        return {
          kind: "range" as const,
          address: range.address,
          rowCount: range.rowCount,
          columnCount: range.columnCount,
        };
      })
    );
  } catch (error) {
    if (error instanceof MultipleAreasSelected) return { kind: "areas" };
    throw error;
  }
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
