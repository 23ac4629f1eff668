import { HostError, requireArgument } from "../hostError";
import { Rectangle, cellCount, isInsideGrid } from "../rectangle";
import type { Workbook } from "../workbook";

/** Excel on the web refuses to read more than five million cells of one range property in a request. */
export const MAXIMUM_CELLS_READ = 5_000_000;

/** Counters and the workbook one batch runs against. */
export class BatchContext {
  cellsRead = 0;
  cellsWritten = 0;
  selectionChanged = false;

  constructor(readonly workbook: Workbook) {}

  /** Counts a read of one cell property over the rectangle, refusing more than Excel's limit. */
  countRead(rectangle: Rectangle): void {
    const cells = cellCount(rectangle);
    if (cells > MAXIMUM_CELLS_READ) {
      throw new HostError(
        "RangeExceedsLimit",
        `The range has ${cells.toLocaleString("en-US")} cells; Excel reads at most ${MAXIMUM_CELLS_READ.toLocaleString("en-US")} cells of values, numberFormat, text or formulas at once.`
      );
    }
    this.cellsRead += cells;
  }

  /** Counts a write of one cell property over the rectangle. */
  countWrite(rectangle: Rectangle): void {
    this.cellsWritten += cellCount(rectangle);
  }
}

/** Zero-argument reader of a loadable property. */
type Getter = () => unknown;
/** Writer of a settable property. */
type Setter = (value: unknown) => void;
/** A method; returns an `ApiObject`, a plain value or nothing. */
type Method = (...args: unknown[]) => unknown;

/**
 * The host side of one Office.js class: named property readers and writers, navigation properties and
 * methods. Subclasses fill the tables; the executor looks members up by the name the client sent.
 */
export abstract class ApiObject {
  /** Office.js class name used in error locations, e.g. "Range". */
  abstract readonly typeName: string;
  protected readonly getters: Record<string, Getter> = {};
  protected readonly setters: Record<string, Setter> = {};
  protected readonly navigation: Record<string, () => ApiObject> = {};
  protected readonly methods: Record<string, Method> = {};

  constructor(protected readonly batch: BatchContext) {}

  /** Whether this is the null object an *OrNullObject method returned. */
  get isNull(): boolean {
    return false;
  }

  /** A stable host reference (e.g. "sheet:3") for objects later batches must find again; undefined for paths. */
  reference(): string | undefined {
    return undefined;
  }

  /** The members of a collection, or undefined when this is not a collection. */
  items(): ApiObject[] | undefined {
    return undefined;
  }

  /** Names of the scalar properties a bare `load()` returns. */
  get scalarNames(): string[] {
    return Object.keys(this.getters);
  }

  /** Whether `name` is a loadable scalar property. */
  hasScalar(name: string): boolean {
    return hasOwn(this.getters, name);
  }

  /** Reads a scalar property. */
  getProperty(name: string): unknown {
    return this.member(this.getters, name, "property")();
  }

  /** Writes a property. */
  setProperty(name: string, value: unknown): void {
    this.member(this.setters, name, "settable property")(value);
  }

  /** Follows a navigation property, or undefined when there is none of that name. */
  navigate(name: string): ApiObject | undefined {
    return hasOwn(this.navigation, name) ? this.navigation[name]() : undefined;
  }

  /** Calls a method with already-resolved arguments. */
  callMethod(name: string, args: readonly unknown[]): unknown {
    return this.member(this.methods, name, "method")(...args);
  }

  private member<T>(table: Record<string, T>, name: string, what: string): T {
    if (!hasOwn(table, name))
      throw new HostError("InvalidArgument", `${this.typeName} has no ${what} '${name}'.`);
    return table[name];
  }
}

/** What an *OrNullObject method returns when the item does not exist. */
export class NullObject extends ApiObject {
  constructor(
    batch: BatchContext,
    readonly typeName: string
  ) {
    super(batch);
  }

  override get isNull(): boolean {
    return true;
  }
}

/**
 * Checks a rectangle computed from method arguments lies on the sheet.
 * @example requireRectangle({ row: 0, column: 0, rowCount: 1, columnCount: 1 })
 */
export function requireRectangle(rectangle: Rectangle): Rectangle {
  requireArgument(
    isInsideGrid(rectangle),
    "The range would lie outside the sheet's 1,048,576 rows and 16,384 columns."
  );
  return rectangle;
}

/**
 * Checks an argument is an integer, as Excel's index and count parameters must be.
 * @example requireInteger(3, "rowCount") // 3
 */
export function requireInteger(value: unknown, name: string): number {
  requireArgument(
    typeof value === "number" && Number.isInteger(value),
    `${name} must be an integer.`
  );
  return value;
}

/**
 * Checks an argument is text.
 * @example requireText("Sheet1", "name") // "Sheet1"
 */
export function requireText(value: unknown, name: string): string {
  requireArgument(typeof value === "string", `${name} must be text.`);
  return value;
}

/**
 * Checks an argument is a boolean.
 * @example requireBoolean(true, "hasHeaders") // true
 */
export function requireBoolean(value: unknown, name: string): boolean {
  requireArgument(typeof value === "boolean", `${name} must be true or false.`);
  return value;
}

function hasOwn(table: object, name: string): boolean {
  return Object.prototype.hasOwnProperty.call(table, name);
}

/**
 * An Office.js collection: `items`, `getItem` (ItemNotFound when missing), `getItemOrNullObject`,
 * `getItemAt` and `getCount`.
 */
export abstract class CollectionApi extends ApiObject {
  /** Class name of the members, for the null object. */
  protected abstract readonly itemTypeName: string;

  constructor(batch: BatchContext) {
    super(batch);
    Object.assign(this.methods, {
      getItem: (key: unknown) => {
        const item = this.find(key);
        if (!item)
          throw new HostError("ItemNotFound", `${this.typeName} has no item '${String(key)}'.`);
        return item;
      },
      getItemOrNullObject: (key: unknown) =>
        this.find(key) ?? new NullObject(batch, this.itemTypeName),
      getItemAt: (index: unknown) => {
        const item = this.items()[requireInteger(index, "index")];
        requireArgument(item !== undefined, `index ${String(index)} is outside the collection.`);
        return item;
      },
      getCount: () => this.items().length,
    });
  }

  abstract override items(): ApiObject[];

  /** The member with that key (name or id, as Excel's getItem accepts), if any. */
  protected abstract find(key: unknown): ApiObject | undefined;
}
