import { CHART_TYPES } from "./chartTypes";
import { HostError } from "./hostError";
import { Rectangle } from "./rectangle";
import { Sheet } from "./sheet";

/** A text element of a chart: its title or an axis title. */
export interface ChartText {
  text: string;
  visible: boolean;
}

/** How a chart reads series from its source range (`Excel.ChartSeriesBy`). */
export type SeriesBy = "Auto" | "Columns" | "Rows";

const SERIES_BY: readonly string[] = ["Auto", "Columns", "Rows"];
const CHART_TYPE_VALUES = new Set(Object.values(CHART_TYPES));

/** A chart as recorded by the double: what it plots, how it is labelled and where it sits. */
export class Chart {
  readonly id: string;
  name: string;
  readonly sheet: Sheet;
  chartType: string;
  sourceAddress = "";
  seriesBy: SeriesBy = "Columns";
  /** Series Excel derives from the source: one per row or column of numbers, labels excluded. */
  seriesCount = 0;
  readonly title: ChartText = { text: "", visible: false };
  readonly categoryAxisTitle: ChartText = { text: "", visible: false };
  readonly valueAxisTitle: ChartText = { text: "", visible: false };
  readonly legend = { position: "Right", visible: true };
  /** Cells the chart covers after `setPosition`, e.g. `{ startCell: "E2", endCell: "L20" }`. */
  position: { startCell: string; endCell: string | undefined } | undefined;

  constructor(
    id: string,
    name: string,
    sheet: Sheet,
    chartType: unknown,
    source: Rectangle,
    sourceAddress: string,
    seriesBy: unknown
  ) {
    if (
      typeof chartType !== "string" ||
      !CHART_TYPE_VALUES.has(chartType) ||
      chartType === "Invalid"
    ) {
      throw new HostError("InvalidArgument", `'${String(chartType)}' is not an Excel.ChartType.`);
    }
    this.id = id;
    this.name = name;
    this.sheet = sheet;
    this.chartType = chartType;
    this.setSource(sheet, source, sourceAddress, seriesBy);
  }

  /**
   * What the chart plots: `charts.add`'s source, or `Chart.setData`'s, which resets it
   * (https://learn.microsoft.com/javascript/api/excel/excel.chart#excel-excel-chart-setdata-member(1)).
   */
  setSource(sheet: Sheet, source: Rectangle, sourceAddress: string, seriesBy: unknown): void {
    const by = seriesBy ?? "Auto";
    if (typeof by !== "string" || !SERIES_BY.includes(by))
      throw new HostError("InvalidArgument", `'${String(by)}' is not an Excel.ChartSeriesBy.`);
    this.sourceAddress = sourceAddress;
    this.seriesBy =
      by === "Auto"
        ? source.rowCount >= source.columnCount
          ? "Columns"
          : "Rows"
        : (by as SeriesBy);
    const seriesCount = countSeries(sheet, source, this.seriesBy);
    if (seriesCount > MAX_SERIES) {
      // Office limits a chart's series to 255 ([MS-OI29500] 2.1.1437).
      throw new HostError("InvalidArgument", `A chart holds at most ${MAX_SERIES} series.`);
    }
    this.seriesCount = seriesCount;
  }
}

const MAX_SERIES = 255;

/** Excel treats a first row/column holding text (or a blank corner) as labels rather than a series. */
function countSeries(sheet: Sheet, source: Rectangle, seriesBy: SeriesBy): number {
  const values = sheet.readValues(source);
  const firstColumnIsLabels =
    values[0][0] === "" ||
    values.slice(1).some((row) => typeof row[0] === "string" && row[0] !== "");
  const firstRowIsLabels =
    values[0][0] === "" ||
    values[0].slice(1).some((cell) => typeof cell === "string" && cell !== "");
  return seriesBy === "Columns"
    ? Math.max(1, source.columnCount - (firstColumnIsLabels && source.columnCount > 1 ? 1 : 0))
    : Math.max(1, source.rowCount - (firstRowIsLabels && source.rowCount > 1 ? 1 : 0));
}
