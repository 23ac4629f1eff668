import { qualifiedAddress } from "../address";
import { HostError } from "../hostError";
import { sameName } from "../sheetName";
import type { DefinedName } from "../workbook";
import { ApiObject, BatchContext, CollectionApi, requireText } from "./apiObject";
import { RangeApi } from "./rangeApi";

/** `Excel.NamedItemCollection` of the workbook (`workbook.names`). */
export class NamedItemCollectionApi extends CollectionApi {
  readonly typeName = "NamedItemCollection";
  protected readonly itemTypeName = "NamedItem";

  constructor(batch: BatchContext) {
    super(batch);
    this.getters.count = () => batch.workbook.definedNames().length;
    this.methods.add = (name: unknown, reference: unknown, comment?: unknown) => {
      const formula =
        reference instanceof RangeApi
          ? `=${qualifiedAddress(reference.sheet.name, reference.rectangle)}`
          : requireText(reference, "reference");
      const text = comment === undefined ? "" : requireText(comment, "comment");
      return new NamedItemApi(batch, batch.workbook.addName(name, formula, text));
    };
  }

  items(): ApiObject[] {
    return this.batch.workbook.definedNames().map((name) => new NamedItemApi(this.batch, name));
  }

  protected find(key: unknown): ApiObject | undefined {
    const defined = typeof key === "string" ? this.batch.workbook.findName(key) : undefined;
    return defined && new NamedItemApi(this.batch, defined);
  }
}

/** `Excel.NamedItem`: its name, formula and comment; only names that refer to text or a range are modelled. */
export class NamedItemApi extends ApiObject {
  readonly typeName = "NamedItem";

  constructor(
    batch: BatchContext,
    readonly defined: DefinedName
  ) {
    super(batch);
    Object.assign(this.getters, {
      name: () => defined.name,
      formula: () => defined.formula,
      value: () => defined.formula.replace(/^=/, ""),
      type: () => (defined.formula.includes("!") ? "Range" : "String"),
      comment: () => defined.comment,
      visible: () => defined.visible,
    });
    Object.assign(this.setters, {
      comment: (comment: unknown) => (defined.comment = requireText(comment, "comment")),
      visible: (visible: unknown) => (defined.visible = visible === true),
    });
    this.methods.delete = () => batch.workbook.deleteName(defined);
  }

  override reference(): string {
    return `name:${this.defined.name}`;
  }
}

/** The defined name a `name:` reference names, or ItemNotFound once it is deleted. */
export function resolveNameReference(batch: BatchContext, name: string): NamedItemApi {
  const defined = batch.workbook.definedNames().find((item) => sameName(item.name, name));
  if (!defined) throw new HostError("ItemNotFound", `The name '${name}' no longer exists.`);
  return new NamedItemApi(batch, defined);
}
