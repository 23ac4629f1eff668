/** A chart of some adjacent columns of an output table. */
export interface TableChart {
  // Excel.ChartType values: https://learn.microsoft.com/javascript/api/excel/excel.charttype
  chartType: "BarClustered" | "ColumnClustered" | "Line" | "LineMarkers";
  /**
   * Zero-based table column holding the categories; each further column is one series. The
   * categories must be text (give the column the "@" format for labels such as "0", "1", "7+"):
   * Excel plots a column of numbers as one more series.
   */
  firstColumn: number;
  /** Columns plotted, the category column included. */
  columnCount: number;
  /**
   * "rows" makes each table row one series, named by its first column, over the header's
   * column names as categories (a cohort matrix's rows); default "columns".
   */
  seriesBy?: "columns" | "rows";
  title: string;
  categoryAxisTitle: string;
  valueAxisTitle: string;
}

/** Where a chart sits, in zero-based cell indexes. */
export interface ChartPlacement {
  row: number;
  column: number;
  rowCount: number;
  columnCount: number;
}

const chartRows = 18;
const chartColumns = 8;
/** Series a chart can hold: Office limits a chart's series to 255 ([MS-OI29500] 2.1.1437). */
const MAX_SERIES = 255;

/**
 * The cells the `chartIndex`-th chart of a sheet covers: right of the sheet's widest table (all
 * its tables start in column A) after one empty column, so that no chart hides a table cell,
 * stacked downwards one chart-height apart from the second row on.
 * @example
 * chartPlacement(3, 1) // -> { row: 20, column: 4, rowCount: 18, columnCount: 8 }
 */
export function chartPlacement(widestTableColumnCount: number, chartIndex: number): ChartPlacement {
  return {
    row: 1 + chartIndex * (chartRows + 1),
    column: widestTableColumnCount + 1,
    rowCount: chartRows,
    columnCount: chartColumns,
  };
}

/**
 * Adds `chart` on `sheet` from the header and `dataRowCount` rows of its columns of the table
 * whose header is on `headerRow` (zero-based), with its series by column, titles on the chart
 * and both axes, placed by `chartPlacement` right of the sheet's widest table; returns the chart.
 * It plots the first 255 series, as many as Office lets a chart hold.
 * @example
 * addTableChart(sheet, { chartType: "BarClustered", firstColumn: 0, columnCount: 3,
 *   title: "Customers and revenue by segment", categoryAxisTitle: "Segment",
 *   valueAxisTitle: "Share" }, 0, 11, 10, 0); // segments A1:J12, the chart from L2
 */
export function addTableChart(
  sheet: Excel.Worksheet,
  chart: TableChart,
  headerRow: number,
  dataRowCount: number,
  widestTableColumnCount: number,
  chartIndex: number
): Excel.Chart {
  // The first 255 series only: a cohort matrix split by a channel can have more rows than that.
  const byRows = chart.seriesBy === "rows";
  const source = sheet.getRangeByIndexes(
    headerRow,
    chart.firstColumn,
    1 + (byRows ? Math.min(dataRowCount, MAX_SERIES) : dataRowCount),
    byRows ? chart.columnCount : Math.min(chart.columnCount, 1 + MAX_SERIES)
  );
  const added = sheet.charts.add(
    chart.chartType,
    source,
    byRows ? Excel.ChartSeriesBy.rows : Excel.ChartSeriesBy.columns
  );
  added.title.text = chart.title;
  added.axes.categoryAxis.title.text = chart.categoryAxisTitle;
  added.axes.valueAxis.title.text = chart.valueAxisTitle;
  const place = chartPlacement(widestTableColumnCount, chartIndex);
  added.setPosition(
    sheet.getCell(place.row, place.column),
    sheet.getCell(place.row + place.rowCount - 1, place.column + place.columnCount - 1)
  );
  return added;
}
