import { fitTextToCells } from "./cellCharacterLimit";
import { readDocumentSetting, saveDocumentSetting } from "./documentSettings";
import { excelRun } from "./excelRun";
import { namesInUse } from "./namesInUse";
import { withSheetRollback } from "./sheetRollback";
import type { SheetTable } from "./sheetTable";
import { addTableChart, type TableChart } from "./tableChart";
import { uniqueSheetName } from "./uniqueSheetName";
import { uniqueTableName } from "./uniqueTableName";
import { writeSheetTable } from "./writeSheetTable";

/** The document setting that names the history table the add-in appends to. */
export const historyTableSetting = "cxCustomerValue.historyTable";

/** The history table and its chart, by the names the add-in gave them. */
interface HistoryRecord {
  tableName: string;
  chartName: string;
}

/**
 * Appends this run's row (`table`, one row) to the history table the add-in keeps: a sheet no
 * run replaces, as it is recorded apart from the output sheets (outputSheets.ts). While the
 * recorded table exists with the same header, its row goes under the table's last one through
 * `TableRowCollection.add`, which inserts cells rather than write over what is below (see
 * https://learn.microsoft.com/javascript/api/excel/excel.tablerowcollection#excel-excel-tablerowcollection-add-member(1)),
 * the chart is set to the grown table (`Chart.setData`) and the sheet moved last. Otherwise (first run, table
 * renamed or deleted, header in another language) a new sheet starts the history, named apart
 * from every sheet and table in use, with the chart right of the table; a failure removes it.
 * Resolves to the history sheet's name.
 * @example
 * await appendHistoryRow(historyTable, { chartType: "LineMarkers", firstColumn: 0, columnCount: 2,
 *   title: "Mean predicted CLV by run", categoryAxisTitle: "Observation end", valueAxisTitle: "Value" });
 * // -> "CX History": the first run's row at A2; a second run's at A3, the chart over both
 */
export async function appendHistoryRow(table: SheetTable, chart: TableChart): Promise<string> {
  const record = readDocumentSetting<HistoryRecord>(historyTableSetting);
  const appended = record ? await appendToTable(record, table, chart) : undefined;
  if (appended !== undefined) return appended;
  const created = await withSheetRollback((createdSheets) =>
    excelRun(async (context) => {
      const names = await namesInUse(context);
      const sheetName = uniqueSheetName(table.sheetName, names.sheetNames);
      const tableName = uniqueTableName(table.tableName, names.tableNames);
      createdSheets.push({ name: sheetName });
      const sheet = context.workbook.worksheets.add(sheetName);
      await writeSheetTable(context, sheet, table, tableName, () => false);
      const added = addTableChart(sheet, chart, 0, table.rowCount, table.header.length, 0);
      added.name = tableName;
      await context.sync();
      return { sheetName, record: { tableName, chartName: tableName } };
    })
  );
  await saveDocumentSetting(historyTableSetting, created.record);
  return created.sheetName;
}

/**
 * Adds the row to the recorded table when it exists with the same header, and points the chart
 * at the table's rows; resolves to the sheet's name, or undefined when the table cannot take it.
 */
async function appendToTable(
  record: HistoryRecord,
  table: SheetTable,
  chart: TableChart
): Promise<string | undefined> {
  return excelRun(async (context) => {
    const existing = context.workbook.tables.getItemOrNullObject(record.tableName).load("name");
    await context.sync();
    if (existing.isNullObject) return undefined;
    // The column names and the table's own range rather than its header row, which the user may
    // have hidden (the table then has no header row range; TableColumn.name, ExcelApi 1.1, stays).
    const columns = existing.columns.load("items/name");
    const whole = existing.getRange().load("rowIndex, columnIndex");
    const body = existing.getDataBodyRange().load("rowIndex, rowCount");
    const sheet = existing.worksheet.load("name");
    const sheetCount = context.workbook.worksheets.getCount();
    await context.sync();
    const names = columns.items.map((column) => column.name);
    if (names.length !== table.header.length || names.some((name, i) => name !== table.header[i]))
      return undefined;
    // A blank row first, then the formats, then the values: "1998-07-01" stays text under "@".
    existing.rows.add();
    // Last again, after the output sheets this run added: the sheets keep their order run to run.
    sheet.position = sheetCount.value - 1;
    const row = body.rowIndex + body.rowCount;
    const cells = sheet.getRangeByIndexes(row, whole.columnIndex, 1, table.header.length);
    const formats = table.columnFormats?.map((format) => format ?? "General");
    if (formats) cells.numberFormat = [formats];
    cells.values = fitTextToCells(table.rows(0, 1));
    const plotted = sheet.charts.getItemOrNullObject(record.chartName);
    await context.sync();
    if (!plotted.isNullObject) {
      // From the header row when shown (the series' names) to the new row.
      plotted.setData(
        sheet.getRangeByIndexes(
          whole.rowIndex,
          whole.columnIndex + chart.firstColumn,
          row - whole.rowIndex + 1,
          chart.columnCount
        ),
        Excel.ChartSeriesBy.columns
      );
      await context.sync();
    }
    return sheet.name;
  });
}
