import { loadOfficeInProcess } from "../double/inProcessOffice";
import { Workbook } from "../double/workbook";

/**
 * Points src/excel's `Office` and `Excel` globals at the workbook through the Office.js double, in
 * this process, and waits for Office.onReady.
 * @example
 * await openInExcel(workbook);
 * await writeOutputSheets([{ table }]);
 */
export async function openInExcel(workbook: Workbook): Promise<void> {
  const office = loadOfficeInProcess(workbook);
  Object.assign(globalThis, { Office: office.Office, Excel: office.Excel });
  await office.Office.onReady();
}
