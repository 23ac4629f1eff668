import { formatAddress, qualifiedAddress } from "../address";
import { Chart, ChartText } from "../chart";
import { requireArgument } from "../hostError";
import { Sheet } from "../sheet";
import { sameName } from "../sheetName";
import { ApiObject, BatchContext, CollectionApi, requireText } from "./apiObject";
import { RangeApi } from "./rangeApi";
import { WorksheetApi } from "./worksheetApi";

const LEGEND_POSITIONS: readonly string[] = ["Top", "Bottom", "Left", "Right", "Corner", "Custom"];

/** `Excel.ChartCollection` of one sheet. */
export class ChartCollectionApi extends CollectionApi {
  readonly typeName = "ChartCollection";
  protected readonly itemTypeName = "Chart";

  constructor(
    batch: BatchContext,
    private readonly sheet: Sheet
  ) {
    super(batch);
    this.getters.count = () => this.charts().length;
    this.methods.add = (chartType: unknown, source: unknown, seriesBy: unknown) => {
      requireArgument(source instanceof RangeApi, "sourceData must be a Range.");
      return new ChartApi(
        batch,
        batch.workbook.addChart(sheet, chartType, source.rectangle, seriesBy)
      );
    };
  }

  items(): ApiObject[] {
    return this.charts().map((chart) => new ChartApi(this.batch, chart));
  }

  protected find(key: unknown): ApiObject | undefined {
    const chart = this.charts().find(
      (item) => typeof key === "string" && (sameName(item.name, key) || item.id === key)
    );
    return chart && new ChartApi(this.batch, chart);
  }

  private charts(): readonly Chart[] {
    return this.batch.workbook.charts().filter((chart) => chart.sheet === this.sheet);
  }
}

/** `Excel.Chart`. */
export class ChartApi extends ApiObject {
  readonly typeName = "Chart";

  constructor(
    batch: BatchContext,
    readonly chart: Chart
  ) {
    super(batch);
    Object.assign(this.getters, {
      id: () => chart.id,
      name: () => chart.name,
      chartType: () => chart.chartType,
    });
    Object.assign(this.setters, {
      name: (name: unknown) => (chart.name = requireText(name, "name")),
    });
    Object.assign(this.navigation, {
      title: () => new ChartTextApi(batch, "ChartTitle", chart.title),
      axes: () => new ChartAxesApi(batch, chart),
      legend: () => new ChartLegendApi(batch, chart),
      series: () => new ChartSeriesCollectionApi(batch, chart),
      worksheet: () => new WorksheetApi(batch, chart.sheet),
    });
    Object.assign(this.methods, {
      setPosition: (startCell: unknown, endCell?: unknown) => {
        const sheet = new WorksheetApi(batch, chart.sheet);
        const cellAddress = (cell: unknown): string =>
          formatAddress(cell instanceof RangeApi ? cell.rectangle : sheet.rectangleOf(cell));
        chart.position = {
          startCell: cellAddress(startCell),
          endCell: endCell === undefined ? undefined : cellAddress(endCell),
        };
      },
      delete: () => batch.workbook.deleteChart(chart),
      setData: (source: unknown, seriesBy?: unknown) => {
        requireArgument(source instanceof RangeApi, "sourceData must be a Range.");
        chart.setSource(
          source.sheet,
          source.rectangle,
          qualifiedAddress(source.sheet.name, source.rectangle),
          seriesBy
        );
      },
    });
  }

  override reference(): string {
    return `chart:${this.chart.id}`;
  }
}

/** `Excel.ChartTitle` and `Excel.ChartAxisTitle`: setting text makes the title visible, as in Excel. */
class ChartTextApi extends ApiObject {
  constructor(
    batch: BatchContext,
    readonly typeName: string,
    text: ChartText
  ) {
    super(batch);
    Object.assign(this.getters, { text: () => text.text, visible: () => text.visible });
    Object.assign(this.setters, {
      text: (value: unknown) => {
        text.text = requireText(value, "text");
        text.visible = true;
      },
      visible: (value: unknown) => (text.visible = value === true),
    });
  }
}

/** `Excel.ChartAxes`. */
class ChartAxesApi extends ApiObject {
  readonly typeName = "ChartAxes";

  constructor(batch: BatchContext, chart: Chart) {
    super(batch);
    const axis = (title: ChartText) => () => new ChartAxisApi(batch, title);
    Object.assign(this.navigation, {
      categoryAxis: axis(chart.categoryAxisTitle),
      valueAxis: axis(chart.valueAxisTitle),
    });
    this.methods.getItem = (type: unknown) => {
      requireArgument(type === "Category" || type === "Value", "type must be Category or Value.");
      return new ChartAxisApi(
        batch,
        type === "Category" ? chart.categoryAxisTitle : chart.valueAxisTitle
      );
    };
  }
}

/** `Excel.ChartAxis`: only its title is modelled. */
class ChartAxisApi extends ApiObject {
  readonly typeName = "ChartAxis";

  constructor(batch: BatchContext, title: ChartText) {
    super(batch);
    this.navigation.title = () => new ChartTextApi(batch, "ChartAxisTitle", title);
  }
}

/** `Excel.ChartLegend`. */
class ChartLegendApi extends ApiObject {
  readonly typeName = "ChartLegend";

  constructor(batch: BatchContext, chart: Chart) {
    super(batch);
    Object.assign(this.getters, {
      position: () => chart.legend.position,
      visible: () => chart.legend.visible,
    });
    Object.assign(this.setters, {
      position: (position: unknown) => {
        requireArgument(
          typeof position === "string" && LEGEND_POSITIONS.includes(position),
          `position must be one of ${LEGEND_POSITIONS.join(", ")}.`
        );
        chart.legend.position = position;
      },
      visible: (visible: unknown) => (chart.legend.visible = visible === true),
    });
  }
}

/** `Excel.ChartSeriesCollection`: only its size is modelled. */
class ChartSeriesCollectionApi extends ApiObject {
  readonly typeName = "ChartSeriesCollection";

  constructor(batch: BatchContext, chart: Chart) {
    super(batch);
    this.getters.count = () => chart.seriesCount;
    this.methods.getCount = () => chart.seriesCount;
  }
}
