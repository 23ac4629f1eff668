import { ConditionalFormat, DataBarSettings } from "../conditionalFormat";
import { Rectangle, intersects } from "../rectangle";
import { Sheet } from "../sheet";
import { ApiObject, BatchContext, CollectionApi } from "./apiObject";
import { RangeApi } from "./rangeApi";

/** `Excel.ConditionalFormatCollection` of a range: the formats that apply to any of its cells. */
export class ConditionalFormatCollectionApi extends CollectionApi {
  readonly typeName = "ConditionalFormatCollection";
  protected readonly itemTypeName = "ConditionalFormat";

  constructor(
    batch: BatchContext,
    private readonly sheet: Sheet,
    private readonly rectangle: Rectangle
  ) {
    super(batch);
    this.getters.count = () => this.formats().length;
    this.methods.add = (type: unknown) =>
      new ConditionalFormatApi(
        batch,
        sheet,
        batch.workbook.addConditionalFormat(sheet, rectangle, type)
      );
  }

  items(): ApiObject[] {
    return this.formats().map((format) => new ConditionalFormatApi(this.batch, this.sheet, format));
  }

  protected find(key: unknown): ApiObject | undefined {
    const format = this.formats().find((item) => item.id === key);
    return format && new ConditionalFormatApi(this.batch, this.sheet, format);
  }

  private formats(): ConditionalFormat[] {
    return this.sheet.conditionalFormats.filter((format) =>
      intersects(format.rectangle, this.rectangle)
    );
  }
}

/** `Excel.ConditionalFormat`: its type, priority and range, and the settings of its type. */
export class ConditionalFormatApi extends ApiObject {
  readonly typeName = "ConditionalFormat";

  constructor(
    batch: BatchContext,
    sheet: Sheet,
    readonly format: ConditionalFormat
  ) {
    super(batch);
    Object.assign(this.getters, {
      id: () => format.id,
      type: () => format.type,
      priority: () => sheet.conditionalFormats.indexOf(format),
      stopIfTrue: () => false,
    });
    Object.assign(this.navigation, {
      colorScale: () => {
        format.requireType("ColorScale");
        return new ColorScaleApi(batch, format);
      },
      dataBar: () => {
        format.requireType("DataBar");
        return new DataBarApi(batch, format);
      },
    });
    Object.assign(this.methods, {
      getRange: () => new RangeApi(batch, sheet, format.rectangle),
      delete: () => sheet.conditionalFormats.splice(sheet.conditionalFormats.indexOf(format), 1),
    });
  }

  override reference(): string {
    return `conditionalFormat:${this.format.id}`;
  }
}

/** `Excel.ColorScaleConditionalFormat`. */
class ColorScaleApi extends ApiObject {
  readonly typeName = "ColorScaleConditionalFormat";

  constructor(batch: BatchContext, format: ConditionalFormat) {
    super(batch);
    Object.assign(this.getters, {
      criteria: () => format.colorScaleCriteria,
      threeColorScale: () => format.colorScaleCriteria.midpoint !== undefined,
    });
    this.setters.criteria = (criteria: unknown) => format.setColorScaleCriteria(criteria);
  }
}

/** `Excel.DataBarConditionalFormat`: direction, bar-only display and the bounds of the bars. */
class DataBarApi extends ApiObject {
  readonly typeName = "DataBarConditionalFormat";

  constructor(batch: BatchContext, format: ConditionalFormat) {
    super(batch);
    for (const name of Object.keys(format.dataBar) as (keyof DataBarSettings)[]) {
      this.getters[name] = () => format.dataBar[name];
      this.setters[name] = (value: unknown) => format.setDataBar(name, value);
    }
  }
}
