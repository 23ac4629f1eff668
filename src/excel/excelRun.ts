/**
 * `Excel.run` as every batch of the add-in runs: while the user is typing in a cell, Excel holds
 * the batch until they leave the cell instead of failing it with InvalidOperationInCellEditMode.
 * `delayForCellEdit` is in the ExcelApi 1.1 reference of Excel.RunOptions
 * (learn.microsoft.com/javascript/api/excel/excel.runoptions?view=excel-js-1.1), so it adds no
 * requirement set to the manifest's ExcelApi 1.7; office.js sets the request flag only where the
 * host supports it and ignores it elsewhere (onBeforeExcelRun in @microsoft/office-js's
 * excel-web-16.00.debug.js). `previousObjects` continues an earlier run's context, such as an
 * event registration's; Office.js applies the run's options again, so they are passed each time.
 * @example
 * const name = await excelRun(async (context) => {
 *   const sheet = context.workbook.worksheets.getActiveWorksheet().load("name");
 *   await context.sync();
 *   return sheet.name;
 * }); // waits while a cell is being edited, then -> "Orders"
 * await excelRun(async (context) => { registration.remove(); await context.sync(); }, registration.context);
 */
export function excelRun<T>(
  batch: (context: Excel.RequestContext) => Promise<T>,
  previousObjects?: OfficeExtension.ClientRequestContext
): Promise<T> {
  return Excel.run({ delayForCellEdit: true, previousObjects }, batch);
}
