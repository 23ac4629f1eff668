import { HostError } from "../hostError";
import { ApiObject, BatchContext, CollectionApi, requireText } from "./apiObject";
import { ChartApi } from "./chartApi";
import { ConditionalFormatApi } from "./conditionalFormatApi";
import { NamedItemCollectionApi, resolveNameReference } from "./namedItemApi";
import { RangeApi } from "./rangeApi";
import { TableApi, TableCollectionApi, TableColumnApi, requireColumnIndex } from "./tableApi";
import { WorksheetApi } from "./worksheetApi";

/** `Excel.Workbook`, the root every batch starts from. */
export class WorkbookApi extends ApiObject {
  readonly typeName = "Workbook";

  constructor(batch: BatchContext) {
    super(batch);
    const workbook = batch.workbook;
    this.getters.name = () => "Book1";
    Object.assign(this.navigation, {
      worksheets: () => new WorksheetCollectionApi(batch),
      tables: () => new TableCollectionApi(batch, undefined),
      names: () => new NamedItemCollectionApi(batch),
    });
    const selected = () => workbook.activeSheet.selection;
    Object.assign(this.methods, {
      // onSelectionChanged.add and its remove(): the handlers themselves live in the client.
      _RegisterSelectionChangedEvent: () => undefined,
      _UnregisterSelectionChangedEvent: () => undefined,
      getSelectedRange: () => {
        // "If there are multiple ranges selected, this method will throw an error" (Workbook.getSelectedRange;
        // InvalidSelection, OfficeDev/office-js-docs-pr#2477).
        if (workbook.activeSheet.selectedAreas.length > 1) throw new HostError("InvalidSelection");
        return new RangeApi(batch, workbook.activeSheet, selected());
      },
      getActiveCell: () =>
        new RangeApi(batch, workbook.activeSheet, { ...selected(), rowCount: 1, columnCount: 1 }),
    });
  }
}

/** `Excel.WorksheetCollection`. */
class WorksheetCollectionApi extends CollectionApi {
  readonly typeName = "WorksheetCollection";
  protected readonly itemTypeName = "Worksheet";

  constructor(batch: BatchContext) {
    super(batch);
    const workbook = batch.workbook;
    Object.assign(this.methods, {
      add: (name?: unknown) =>
        new WorksheetApi(
          batch,
          workbook.addSheet(
            name === undefined || name === null ? undefined : requireText(name, "name")
          )
        ),
      getActiveWorksheet: () => new WorksheetApi(batch, workbook.activeSheet),
      getFirst: () => new WorksheetApi(batch, workbook.sheets()[0]),
      getLast: () => new WorksheetApi(batch, workbook.sheets()[workbook.sheets().length - 1]),
    });
  }

  items(): ApiObject[] {
    return this.batch.workbook.sheets().map((sheet) => new WorksheetApi(this.batch, sheet));
  }

  protected find(key: unknown): ApiObject | undefined {
    const sheet = typeof key === "string" ? this.batch.workbook.findSheet(key) : undefined;
    return sheet && new WorksheetApi(this.batch, sheet);
  }
}

/**
 * The object a host reference (from `ApiObject.reference()`) names, or `ItemNotFound` when it has
 * been deleted since.
 * @example resolveReference(batch, "sheet:{00000001-0001-0000-0000-000000000000}")
 */
export function resolveReference(batch: BatchContext, reference: string): ApiObject {
  const [kind, id, index] = reference.split(":");
  if (kind === "name") return resolveNameReference(batch, reference.slice("name:".length));
  const workbook = batch.workbook;
  const sheet = workbook.sheets().find((item) => item.id === id);
  const table = workbook.tables().find((item) => item.id === id);
  const chart = workbook.charts().find((item) => item.id === id);
  if (kind === "sheet" && sheet) return new WorksheetApi(batch, sheet);
  if (kind === "table" && table) return new TableApi(batch, table);
  if (kind === "tableColumn" && table)
    return new TableColumnApi(batch, table, requireColumnIndex(table, Number(index)));
  if (kind === "chart" && chart) return new ChartApi(batch, chart);
  const conditional = kind === "conditionalFormat" ? workbook.findConditionalFormat(id) : undefined;
  if (conditional) return new ConditionalFormatApi(batch, conditional.sheet, conditional.format);
  throw new HostError("ItemNotFound", `The object '${reference}' no longer exists.`);
}
