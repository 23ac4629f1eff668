/**
 * The browser half of the Excel test double: the globals Office, Excel, OfficeExtension and
 * CustomFunctions with Office.js's proxy semantics. Operations queue on a request context;
 * `context.sync()` sends them as one JSON batch through the page binding to the Node workbook model
 * and fills loaded properties from its answer. Compiled on its own to a script (see officeScript.ts):
 * only types are imported, and what it shares with Node at run time arrives in `officeDoublePreamble`.
 */
import type {
  BatchRequest,
  BatchResponse,
  CellResult,
  CustomFunctionInvocation,
  InitializeResponse,
  LoadedData,
  ObjectDefinition,
  Operation,
  TransportKind,
} from "./protocol";

/** Defined by the script's preamble before this code runs. */
declare const officeDoublePreamble: {
  readonly transportBinding: string;
  readonly chartTypes: Readonly<Record<string, string>>;
};

const globalScope = globalThis as unknown as Record<string, unknown>;

/** Sends one message to Node through the page binding. */
function transport(kind: TransportKind, payload: string): Promise<string> {
  const send = globalScope[officeDoublePreamble.transportBinding] as
    ((kind: TransportKind, payload: string) => Promise<string>) | undefined;
  if (!send)
    return Promise.reject(
      new OfficeExtensionError(
        "GeneralException",
        "The Office.js double has no connection to its host."
      )
    );
  return send(kind, payload);
}

// ---------------------------------------------------------------------------------------------
// Errors

/** `OfficeExtension.Error`, what Office.js rejects `sync()` with and throws for unloaded properties. */
class OfficeExtensionError extends Error {
  readonly code: string;
  readonly debugInfo: {
    code: string;
    message: string;
    errorLocation?: string;
    statement?: string;
    surroundingStatements: string[];
    fullStatements: string[];
  };
  readonly traceMessages: string[] = [];
  readonly innerError = null;

  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = {
      code,
      message,
      errorLocation,
      surroundingStatements: [],
      fullStatements: [],
    };
  }
}

function propertyNotLoaded(className: string, property: string): OfficeExtensionError {
  return new OfficeExtensionError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${className}.${property}`
  );
}

// ---------------------------------------------------------------------------------------------
// Class shapes: which members each Office.js class has and how each behaves

interface ClassShape {
  /** Loadable properties; read-only unless also in `writable`. */
  readonly scalars?: readonly string[];
  readonly writable?: readonly string[];
  /** Properties that are objects (range.format, table.columns) → their class. */
  readonly navigation?: Readonly<Record<string, string>>;
  /** Methods that name another object without changing anything (getRange, getItem) → its class. */
  readonly getters?: Readonly<Record<string, string>>;
  /** Methods that create an object (add) → its class; they run once, at their place in the batch. */
  readonly actions?: Readonly<Record<string, string>>;
  /** Methods without a result. */
  readonly voids?: readonly string[];
  /** Methods returning a ClientResult. */
  readonly results?: readonly string[];
  /** For collections: the class of the items. */
  readonly items?: string;
}

const RANGE_GETTERS = [
  "getCell",
  "getRow",
  "getColumn",
  "getOffsetRange",
  "getResizedRange",
  "getEntireColumn",
  "getEntireRow",
  "getSurroundingRegion",
];
const TITLE: ClassShape = { scalars: ["text", "visible"], writable: ["text", "visible"] };

/** One collection's shape: items, getItem/getItemOrNullObject/getItemAt, getCount, and optionally add. */
function collectionShape(itemClass: string, canAdd: boolean, extra: ClassShape = {}): ClassShape {
  const getters = {
    getItem: itemClass,
    getItemOrNullObject: itemClass,
    getItemAt: itemClass,
    ...extra.getters,
  };
  return {
    scalars: ["count"],
    ...extra,
    items: itemClass,
    getters,
    actions: canAdd ? { add: itemClass } : {},
    results: ["getCount"],
  };
}

const SHAPES: Readonly<Record<string, ClassShape>> = {
  Workbook: {
    scalars: ["name"],
    navigation: {
      worksheets: "WorksheetCollection",
      tables: "TableCollection",
      names: "NamedItemCollection",
    },
    getters: { getSelectedRange: "Range", getActiveCell: "Range" },
  },
  WorksheetCollection: collectionShape("Worksheet", true, {
    scalars: [],
    getters: { getActiveWorksheet: "Worksheet", getFirst: "Worksheet", getLast: "Worksheet" },
  }),
  Worksheet: {
    scalars: ["name", "id", "position", "visibility"],
    writable: ["name", "position"],
    navigation: {
      tables: "TableCollection",
      charts: "ChartCollection",
      freezePanes: "WorksheetFreezePanes",
    },
    getters: {
      getRange: "Range",
      getRangeByIndexes: "Range",
      getCell: "Range",
      getUsedRange: "Range",
      getUsedRangeOrNullObject: "Range",
    },
    voids: ["activate", "delete"],
  },
  WorksheetFreezePanes: { voids: ["freezeRows", "freezeColumns", "unfreeze"] },
  Range: {
    scalars: [
      "address",
      "addressLocal",
      "rowCount",
      "columnCount",
      "rowIndex",
      "columnIndex",
      "cellCount",
      "isEntireColumn",
      "isEntireRow",
      "values",
      "formulas",
      "numberFormat",
      "text",
    ],
    writable: ["values", "formulas", "numberFormat"],
    navigation: {
      worksheet: "Worksheet",
      format: "RangeFormat",
      conditionalFormats: "ConditionalFormatCollection",
    },
    getters: Object.fromEntries(RANGE_GETTERS.map((name) => [name, "Range"])),
    voids: ["select", "clear"],
  },
  RangeFormat: {
    scalars: ["columnWidth", "rowHeight", "horizontalAlignment", "verticalAlignment", "wrapText"],
    writable: ["columnWidth", "rowHeight", "horizontalAlignment", "verticalAlignment", "wrapText"],
    navigation: { font: "RangeFont", fill: "RangeFill" },
    voids: ["autofitColumns", "autofitRows"],
  },
  RangeFont: {
    scalars: ["bold", "italic", "color", "size", "name"],
    writable: ["bold", "italic", "color", "size", "name"],
  },
  RangeFill: { scalars: ["color"], writable: ["color"], voids: ["clear"] },
  TableCollection: collectionShape("Table", true),
  NamedItemCollection: collectionShape("NamedItem", true),
  NamedItem: {
    scalars: ["name", "formula", "value", "type", "comment", "visible"],
    writable: ["comment", "visible"],
    voids: ["delete"],
  },
  Table: {
    scalars: ["id", "name", "style", "showTotals", "showHeaders"],
    writable: ["name", "style", "showTotals", "showHeaders"],
    navigation: {
      columns: "TableColumnCollection",
      rows: "TableRowCollection",
      worksheet: "Worksheet",
    },
    getters: {
      getRange: "Range",
      getHeaderRowRange: "Range",
      getDataBodyRange: "Range",
      getTotalRowRange: "Range",
    },
    actions: { convertToRange: "Range" },
    voids: ["delete"],
  },
  TableColumnCollection: collectionShape("TableColumn", false),
  TableRowCollection: {
    scalars: ["count"],
    items: "TableRow",
    getters: { getItemAt: "TableRow" },
    actions: { add: "TableRow" },
    results: ["getCount"],
  },
  TableRow: { scalars: ["index", "values"], getters: { getRange: "Range" } },
  TableColumn: {
    scalars: ["id", "index", "name"],
    writable: ["name"],
    getters: { getRange: "Range", getHeaderRowRange: "Range", getDataBodyRange: "Range" },
  },
  ConditionalFormatCollection: collectionShape("ConditionalFormat", true),
  ConditionalFormat: {
    scalars: ["id", "type", "priority", "stopIfTrue"],
    navigation: {
      colorScale: "ColorScaleConditionalFormat",
      dataBar: "DataBarConditionalFormat",
    },
    getters: { getRange: "Range" },
    voids: ["delete"],
  },
  ColorScaleConditionalFormat: { scalars: ["criteria", "threeColorScale"], writable: ["criteria"] },
  DataBarConditionalFormat: {
    scalars: ["barDirection", "showDataBarOnly", "lowerBoundRule", "upperBoundRule"],
    writable: ["barDirection", "showDataBarOnly", "lowerBoundRule", "upperBoundRule"],
  },
  ChartCollection: collectionShape("Chart", true),
  Chart: {
    scalars: ["id", "name", "chartType"],
    writable: ["name"],
    navigation: {
      title: "ChartTitle",
      axes: "ChartAxes",
      legend: "ChartLegend",
      series: "ChartSeriesCollection",
      worksheet: "Worksheet",
    },
    voids: ["setPosition", "delete", "setData"],
  },
  ChartTitle: TITLE,
  ChartAxisTitle: TITLE,
  ChartAxes: {
    navigation: { categoryAxis: "ChartAxis", valueAxis: "ChartAxis" },
    getters: { getItem: "ChartAxis" },
  },
  ChartAxis: { navigation: { title: "ChartAxisTitle" } },
  ChartLegend: { scalars: ["position", "visible"], writable: ["position", "visible"] },
  ChartSeriesCollection: { scalars: ["count"], results: ["getCount"] },
};

// ---------------------------------------------------------------------------------------------
// Proxy objects

/** `OfficeExtension.ClientResult`: a value that becomes readable after `sync()`. */
class ClientResult<T> {
  private loaded = false;
  private result: T | undefined;

  get value(): T {
    if (!this.loaded) {
      throw new OfficeExtensionError(
        "ValueNotLoaded",
        'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.'
      );
    }
    return this.result as T;
  }

  fill(value: T): void {
    this.result = value;
    this.loaded = true;
  }
}

/** Base of every Excel proxy object. */
class ClientObject {
  _definition: ObjectDefinition;
  _nullState: boolean | undefined;
  readonly _values = new Map<string, unknown>();
  readonly _children = new Map<string, ClientObject>();
  _loadedItems: ClientObject[] | undefined;

  constructor(
    readonly context: RequestContext,
    readonly _className: string,
    definition: ObjectDefinition,
    readonly _parent: ClientObject | undefined
  ) {
    this._definition = definition;
  }

  get _objectId(): number {
    return this._definition.id;
  }

  get _shape(): ClassShape {
    return SHAPES[this._className];
  }

  get isNullObject(): boolean {
    if (this._nullState === undefined) throw propertyNotLoaded(this._className, "isNullObject");
    return this._nullState;
  }

  get items(): ClientObject[] {
    if (this._nullState) return [];
    if (!this._loadedItems) throw propertyNotLoaded(this._className, "items");
    return this._loadedItems;
  }

  /** Queues loading of properties: "a,b", ["a", "b"], { select: "a", expand: "b" } or { a: true, b: { c: true } }. */
  load(properties?: unknown): this {
    this.context.queueLoad(this, loadPaths(properties));
    return this;
  }

  /** Sets several writable properties (and those of navigation properties) at once. */
  set(properties: Record<string, unknown>): void {
    for (const [name, value] of Object.entries(properties)) {
      if (this._shape.writable?.includes(name))
        (this as unknown as Record<string, unknown>)[name] = value;
      else if (this._shape.navigation?.[name])
        this._child(name).set(value as Record<string, unknown>);
      else
        throw new OfficeExtensionError(
          "InvalidArgument",
          `The property '${name}' of ${this._className} cannot be set.`,
          `${this._className}.set`
        );
    }
  }

  /** Loaded properties as a plain object, as Office.js's toJSON returns them. */
  toJSON(): Record<string, unknown> {
    const json: Record<string, unknown> = Object.fromEntries(this._values);
    for (const [name, child] of this._children) {
      const childJson = child.toJSON();
      if (Object.keys(childJson).length > 0) json[name] = childJson;
    }
    if (this._loadedItems) json.items = this._loadedItems.map((item) => item.toJSON());
    return json;
  }

  /** The object behind a navigation property, created once per proxy. */
  _child(name: string): ClientObject {
    let child = this._children.get(name);
    if (!child) {
      const className = this._shape.navigation?.[name] as string;
      child = this.context.createObject(
        className,
        { id: this.context.nextId(), kind: "property", parent: this._objectId, name },
        this
      );
      if (this._nullState !== undefined) child._nullState = this._nullState;
      this._children.set(name, child);
    }
    return child;
  }

  /** Fills loaded properties from the host's answer. */
  _fill(data: LoadedData): void {
    if (data.$isNull !== undefined) this._nullState = data.$isNull;
    for (const [name, value] of Object.entries(data)) {
      if (name.startsWith("$")) continue;
      if (name === "items" && this._shape.items) {
        this._loadedItems = (value as LoadedData[]).map((itemData, index) =>
          this._itemFrom(itemData, index)
        );
      } else if (this._shape.navigation?.[name]) {
        const child = this._child(name);
        child._nullState = this._nullState;
        child._fill(value as LoadedData);
      } else {
        this._values.set(name, value);
      }
    }
  }

  private _itemFrom(data: LoadedData, index: number): ClientObject {
    const definition: ObjectDefinition = data.$reference
      ? { id: this.context.nextId(), kind: "reference", reference: data.$reference }
      : {
          id: this.context.nextId(),
          kind: "method",
          parent: this._objectId,
          name: "getItemAt",
          args: [index],
        };
    const item = this.context.createObject(
      this._shape.items as string,
      definition,
      data.$reference ? undefined : this
    );
    item._nullState = false;
    item._fill(data);
    return item;
  }
}

/** Property paths for `load`, in Office.js's accepted forms. */
function loadPaths(properties: unknown): string[] {
  if (properties === undefined || properties === null) return [];
  if (typeof properties === "string")
    return properties
      .split(",")
      .map((path) => path.trim())
      .filter((path) => path.length > 0);
  if (Array.isArray(properties)) return properties.flatMap(loadPaths);
  const options = properties as Record<string, unknown>;
  if ("select" in options || "expand" in options)
    return [...loadPaths(options.select), ...loadPaths(options.expand)];
  return Object.entries(options).flatMap(([name, value]) => {
    if (value === true) return [name];
    if (typeof value === "object" && value !== null)
      return loadPaths(value).map((path) => `${name}/${path}`);
    return [];
  });
}

/** Serialises a method argument; proxies travel as references to their object id. */
function argumentOf(value: unknown): unknown {
  return value instanceof ClientObject ? { $object: value._objectId } : value;
}

const classCache = new Map<
  string,
  new (
    context: RequestContext,
    className: string,
    definition: ObjectDefinition,
    parent: ClientObject | undefined
  ) => ClientObject
>();

/** A ClientObject subclass with the members of one Office.js class, built once from its shape. */
function proxyClass(
  className: string
): new (
  context: RequestContext,
  className: string,
  definition: ObjectDefinition,
  parent: ClientObject | undefined
) => ClientObject {
  const cached = classCache.get(className);
  if (cached) return cached;
  const shape = SHAPES[className];
  const proxy = class extends ClientObject {};
  const prototype = proxy.prototype as unknown as Record<string, unknown>;
  for (const name of shape.scalars ?? []) {
    const writable = shape.writable?.includes(name);
    Object.defineProperty(prototype, name, {
      get(this: ClientObject) {
        if (this._nullState) return undefined;
        if (!this._values.has(name)) throw propertyNotLoaded(className, name);
        return this._values.get(name);
      },
      set: writable
        ? function (this: ClientObject, value: unknown) {
            this._values.set(name, value);
            this.context.queue({ type: "set", target: this._objectId, property: name, value }, [
              this,
            ]);
          }
        : undefined,
    });
  }
  for (const name of Object.keys(shape.navigation ?? {})) {
    Object.defineProperty(prototype, name, {
      get(this: ClientObject) {
        return this._child(name);
      },
    });
  }
  for (const [name, resultClass] of Object.entries(shape.getters ?? {})) {
    prototype[name] = function (this: ClientObject, ...args: unknown[]) {
      const definition: ObjectDefinition = {
        id: this.context.nextId(),
        kind: "method",
        parent: this._objectId,
        name,
        args: args.map(argumentOf),
      };
      const result = this.context.createObject(resultClass, definition, this);
      if (name.endsWith("OrNullObject")) this.context.queueInstantiate(result);
      return result;
    };
  }
  for (const [name, resultClass] of Object.entries(shape.actions ?? {})) {
    prototype[name] = function (this: ClientObject, ...args: unknown[]) {
      const result = this.context.createObject(
        resultClass,
        { id: this.context.nextId(), kind: "action" },
        undefined
      );
      this.context.queueAction(this, name, args, result);
      return result;
    };
  }
  for (const name of shape.voids ?? []) {
    prototype[name] = function (this: ClientObject, ...args: unknown[]) {
      this.context.queue(
        { type: "call", target: this._objectId, method: name, args: args.map(argumentOf) },
        [this, ...args]
      );
    };
  }
  for (const name of shape.results ?? []) {
    prototype[name] = function (this: ClientObject, ...args: unknown[]) {
      return this.context.queueResult(this, name, args);
    };
  }
  if (className === "Workbook") {
    Object.defineProperty(prototype, "onSelectionChanged", {
      get(this: ClientObject) {
        return selectionChangedSource(this.context);
      },
    });
  }
  classCache.set(className, proxy);
  return proxy;
}

// ---------------------------------------------------------------------------------------------
// Request context and sync

/** `Excel.RequestContext`: the queue of one Excel.run. */
class RequestContext {
  readonly workbook: ClientObject;
  readonly trackedObjects = { add(): void {}, remove(): void {} };
  private lastId = 0;
  private operations: Operation[] = [];
  private referenced: ClientObject[] = [];
  private pendingLoads = new Map<number, ClientObject>();
  private pendingActions = new Map<number, ClientObject>();
  private pendingResults = new Map<number, ClientResult<unknown>>();
  private pendingInstantiations = new Map<number, ClientObject>();
  pendingHandlers: SelectionHandler[] = [];
  /** Whether this context's batches wait out the user's cell edit; each Excel.run sets it from its options. */
  delayForCellEdit = false;

  constructor() {
    this.workbook = this.createObject("Workbook", { id: this.nextId(), kind: "root" }, undefined);
  }

  nextId(): number {
    return ++this.lastId;
  }

  createObject(
    className: string,
    definition: ObjectDefinition,
    parent: ClientObject | undefined
  ): ClientObject {
    const ProxyClass = proxyClass(className);
    return new ProxyClass(this, className, definition, parent);
  }

  /** Queues an operation; `objects` are the proxies (and proxy arguments) it refers to. */
  queue(operation: Operation, objects: readonly unknown[]): void {
    this.operations.push(operation);
    for (const object of objects) if (object instanceof ClientObject) this.referenced.push(object);
  }

  queueLoad(target: ClientObject, paths: string[]): void {
    this.pendingLoads.set(this.operations.length, target);
    this.queue({ type: "load", target: target._objectId, paths }, [target]);
  }

  queueInstantiate(target: ClientObject): void {
    this.pendingInstantiations.set(target._objectId, target);
    this.queue({ type: "instantiate", target: target._objectId }, [target]);
  }

  queueAction(target: ClientObject, method: string, args: unknown[], result: ClientObject): void {
    this.pendingActions.set(result._objectId, result);
    this.queue(
      {
        type: "call",
        target: target._objectId,
        method,
        args: args.map(argumentOf),
        returns: result._objectId,
      },
      [target, ...args]
    );
  }

  queueResult(target: ClientObject, method: string, args: unknown[]): ClientResult<unknown> {
    const result = new ClientResult<unknown>();
    const resultId = this.nextId();
    this.pendingResults.set(resultId, result);
    this.queue(
      {
        type: "call",
        target: target._objectId,
        method,
        args: args.map(argumentOf),
        result: resultId,
      },
      [target, ...args]
    );
    return result;
  }

  /** Sends the queued operations as one batch and applies the answer; rejects with the host's error. */
  async sync<T>(passThroughValue?: T): Promise<T> {
    const handlers = this.pendingHandlers;
    this.pendingHandlers = [];
    if (this.operations.length === 0) return passThroughValue as T;
    const request: BatchRequest = {
      objects: definitionsOf(this.referenced),
      operations: this.operations,
      ...(this.delayForCellEdit ? { delayForCellEdit: true } : {}),
    };
    const { pendingLoads, pendingActions, pendingResults, pendingInstantiations } = this;
    this.operations = [];
    this.referenced = [];
    this.pendingLoads = new Map();
    this.pendingActions = new Map();
    this.pendingResults = new Map();
    this.pendingInstantiations = new Map();
    const response = JSON.parse(await transport("sync", JSON.stringify(request))) as BatchResponse;
    if (response.selectionChanged) setTimeout(() => void fireSelectionChanged(), 0);
    if (response.error) {
      const { code, message, location } = response.error;
      handlers.forEach((handler) => selectionHandlers.delete(handler));
      throw new OfficeExtensionError(code, message, location || undefined);
    }
    handlers.forEach((handler) => (handler.active = true));
    for (const [id, reference] of Object.entries(response.references)) {
      const object = pendingActions.get(Number(id));
      if (object) object._definition = { id: object._objectId, kind: "reference", reference };
    }
    for (const [id, isNull] of Object.entries(response.nullObjects)) {
      const object = pendingInstantiations.get(Number(id));
      if (object) object._nullState = isNull;
    }
    for (const [index, data] of Object.entries(response.loads))
      pendingLoads.get(Number(index))?._fill(data);
    for (const [id, value] of Object.entries(response.results))
      pendingResults.get(Number(id))?.fill(value);
    return passThroughValue as T;
  }
}

/** Definitions of the referenced objects and of every object their paths go through, each once. */
function definitionsOf(objects: readonly ClientObject[]): ObjectDefinition[] {
  const definitions = new Map<number, ObjectDefinition>();
  for (const referenced of objects) {
    let object: ClientObject | undefined = referenced;
    while (object && !definitions.has(object._objectId)) {
      definitions.set(object._objectId, object._definition);
      object = object._definition.kind === "reference" ? undefined : object._parent;
    }
  }
  return [...definitions.values()];
}

// ---------------------------------------------------------------------------------------------
// Selection events

interface SelectionHandler {
  readonly context: RequestContext;
  readonly handler: (args: { workbook: ClientObject; type: string }) => unknown;
  /** Registration takes effect at the next sync of its context, as in Office.js. */
  active: boolean;
}

const selectionHandlers = new Set<SelectionHandler>();

/** `workbook.onSelectionChanged`: add(handler) returns an EventHandlerResult whose remove() unregisters. */
function selectionChangedSource(context: RequestContext): {
  add(handler: SelectionHandler["handler"]): { context: RequestContext; remove(): void };
} {
  return {
    add(handler) {
      const registration: SelectionHandler = { context, handler, active: false };
      selectionHandlers.add(registration);
      context.pendingHandlers.push(registration);
      // Registering and removing a handler are requests to Excel, sent with the next sync.
      const request = (method: string) =>
        context.queue({ type: "call", target: context.workbook._objectId, method, args: [] }, [
          context.workbook,
        ]);
      request("_RegisterSelectionChangedEvent");
      return {
        context,
        remove: () => {
          selectionHandlers.delete(registration);
          request("_UnregisterSelectionChangedEvent");
        },
      };
    },
  };
}

/** Calls every registered selection handler; errors in handlers are reported, not thrown, as in Excel. */
async function fireSelectionChanged(): Promise<void> {
  const active = [...selectionHandlers].filter((registration) => registration.active);
  await Promise.all(
    active.map(async (registration) => {
      try {
        await registration.handler({
          workbook: registration.context.workbook,
          type: "WorkbookSelectionChanged",
        });
      } catch (error) {
        console.error("onSelectionChanged handler failed:", error);
      }
    })
  );
}

// ---------------------------------------------------------------------------------------------
// Excel

/**
 * `Excel.run(batch)`, `Excel.run(object | objects | context, batch)` or `Excel.run(options, batch)`
 * with `options.previousObjects`; syncs once more after the batch resolves. As in office.js
 * (onBeforeExcelRun), every run sets its context's delayForCellEdit from its options, so a run
 * that continues a context without the option no longer waits out a cell edit.
 */
async function run<T>(...args: unknown[]): Promise<T> {
  const batch = args[args.length - 1] as (context: RequestContext) => Promise<T>;
  const leading = args.length > 1 ? args[0] : undefined;
  const isOptions =
    typeof leading === "object" &&
    leading !== null &&
    !Array.isArray(leading) &&
    !(leading instanceof ClientObject) &&
    !(leading instanceof RequestContext);
  const options = (isOptions ? leading : {}) as {
    delayForCellEdit?: boolean;
    previousObjects?: unknown;
  };
  const previous = isOptions ? options.previousObjects : leading;
  const first = Array.isArray(previous) ? previous[0] : previous;
  const context =
    first instanceof ClientObject
      ? first.context
      : first instanceof RequestContext
        ? first
        : new RequestContext();
  context.delayForCellEdit = options.delayForCellEdit === true;
  const result = await batch(context);
  await context.sync();
  return result;
}

/** Enum objects as Office.js publishes them: member name → the string Excel accepts. */
function enumOf(...values: string[]): Record<string, string> {
  return Object.fromEntries(
    values.map((value) => [value.charAt(0).toLowerCase() + value.slice(1), value])
  );
}

const ERROR_CODES = enumOf(
  "AccessDenied",
  "ApiNotFound",
  "GeneralException",
  "InsertDeleteConflict",
  "InvalidArgument",
  "InvalidBinding",
  "InvalidOperation",
  "InvalidReference",
  "InvalidSelection",
  "InvalidOperationInCellEditMode",
  "ItemAlreadyExists",
  "ItemNotFound",
  "NotImplemented",
  "RangeExceedsLimit",
  "RequestPayloadSizeLimitExceeded",
  "ResponsePayloadSizeLimitExceeded",
  "UnsupportedOperation",
  "PropertyNotLoaded",
  "ValueNotLoaded"
);

/** Where a colour-scale point or a data bar's bound sits (criterion and rule types share these). */
const THRESHOLD_TYPES = [
  "LowestValue",
  "HighestValue",
  "Number",
  "Percent",
  "Formula",
  "Percentile",
];

const excel = {
  run,
  RequestContext,
  ErrorCodes: ERROR_CODES,
  ChartType: officeDoublePreamble.chartTypes,
  ChartSeriesBy: enumOf("Auto", "Columns", "Rows"),
  ChartLegendPosition: enumOf("Invalid", "Top", "Bottom", "Left", "Right", "Corner", "Custom"),
  ChartAxisType: enumOf("Invalid", "Category", "Value", "Series"),
  ConditionalFormatType: enumOf(
    "Custom",
    "DataBar",
    "ColorScale",
    "IconSet",
    "TopBottom",
    "PresetCriteria",
    "ContainsText",
    "CellValue"
  ),
  ConditionalFormatColorCriterionType: enumOf("Invalid", ...THRESHOLD_TYPES),
  ConditionalFormatRuleType: enumOf("Invalid", "Automatic", ...THRESHOLD_TYPES),
  ConditionalDataBarDirection: enumOf("Context", "LeftToRight", "RightToLeft"),
  ClearApplyTo: enumOf("All", "Formats", "Contents", "Hyperlinks", "RemoveHyperlinks"),
  HorizontalAlignment: enumOf(
    "General",
    "Left",
    "Center",
    "Right",
    "Fill",
    "Justify",
    "CenterAcrossSelection",
    "Distributed"
  ),
  VerticalAlignment: enumOf("Top", "Center", "Bottom", "Justify", "Distributed"),
  SheetVisibility: enumOf("Visible", "Hidden", "VeryHidden"),
};

const officeExtension = {
  Error: OfficeExtensionError,
  ErrorCodes: ERROR_CODES,
  ClientResult,
  ClientRequestContext: RequestContext,
  Promise,
};

// ---------------------------------------------------------------------------------------------
// Office

/** Requirement sets the double claims, with the highest version of each. */
const REQUIREMENT_SETS: Readonly<Record<string, string>> = {
  excelapi: "1.17",
  sharedruntime: "1.1",
};

/** Whether `version` (like "1.10") is at most `highest`, comparing each dotted part as a number. */
function versionAtMost(version: string, highest: string): boolean {
  const asked = version.split(".").map(Number);
  const available = highest.split(".").map(Number);
  for (let index = 0; index < Math.max(asked.length, available.length); index++) {
    const difference = (asked[index] ?? 0) - (available[index] ?? 0);
    if (difference !== 0) return difference < 0;
  }
  return true;
}

type AsyncCallback = (result: {
  status: string;
  value: unknown;
  error?: { name: string; message: string; code: number };
  asyncContext?: unknown;
}) => void;

/** `Office.context.document.settings`: a local copy that `saveAsync` writes back to the document. */
class Settings {
  values: Record<string, unknown> = {};

  get(name: string): unknown {
    return name in this.values ? this.values[name] : null;
  }

  set(name: string, value: unknown): void {
    this.values[name] = JSON.parse(JSON.stringify(value)) as unknown;
  }

  remove(name: string): void {
    delete this.values[name];
  }

  saveAsync(optionsOrCallback?: unknown, maybeCallback?: AsyncCallback): void {
    const callback = (
      typeof optionsOrCallback === "function" ? optionsOrCallback : maybeCallback
    ) as AsyncCallback | undefined;
    const asyncContext =
      typeof optionsOrCallback === "object" && optionsOrCallback !== null
        ? (optionsOrCallback as { asyncContext?: unknown }).asyncContext
        : undefined;
    transport("saveSettings", JSON.stringify(this.values)).then(
      () => callback?.({ status: "succeeded", value: undefined, asyncContext }),
      (error: unknown) =>
        callback?.({
          status: "failed",
          value: undefined,
          asyncContext,
          // 5004 InvalidApiCallInContext in cell-edit mode (office-js#761), else 5001.
          error: {
            name: "Settings",
            message: String(error),
            code: String(error).includes("Invalid API call in the current context") ? 5004 : 5001,
          },
        })
    );
  }
}

const settings = new Settings();
const officeContext = {
  displayLanguage: undefined as string | undefined,
  contentLanguage: undefined as string | undefined,
  host: "Excel",
  platform: "OfficeOnline",
  diagnostics: { host: "Excel", platform: "OfficeOnline", version: "16.0.0.0" },
  requirements: {
    isSetSupported(name: string, version?: string | number): boolean {
      const highest = REQUIREMENT_SETS[String(name).toLowerCase()];
      return highest !== undefined && versionAtMost(String(version ?? "1.1"), highest);
    },
  },
  document: { settings },
};

const readyInfo = { host: "Excel", platform: "OfficeOnline" };
const office: Record<string, unknown> = {
  HostType: {
    Excel: "Excel",
    Word: "Word",
    PowerPoint: "PowerPoint",
    Outlook: "Outlook",
    OneNote: "OneNote",
    Project: "Project",
    Access: "Access",
  },
  PlatformType: {
    PC: "PC",
    OfficeOnline: "OfficeOnline",
    Mac: "Mac",
    iOS: "iOS",
    Android: "Android",
    Universal: "Universal",
  },
  AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  context: officeContext,
  addin: {
    showAsTaskpane: () => transport("taskpane", "show").then(() => undefined),
    hide: () => transport("taskpane", "hide").then(() => undefined),
  },
  actions: { associate(): void {} },
  onReady(callback?: (info: typeof readyInfo) => void): Promise<typeof readyInfo> {
    return ready.then((info) => {
      callback?.(info);
      return info;
    });
  },
};

/** Waits for the page's DOM, then for the host's initial state, as office.js does before Office.onReady. */
const ready: Promise<typeof readyInfo> = (async () => {
  const page = globalScope.document as Document | undefined;
  if (page && page.readyState === "loading")
    await new Promise((resolve) =>
      page.addEventListener("DOMContentLoaded", resolve, { once: true })
    );
  const initial = JSON.parse(await transport("initialize", "")) as InitializeResponse;
  officeContext.displayLanguage = initial.displayLanguage;
  officeContext.contentLanguage = initial.displayLanguage;
  settings.values = initial.settings;
  const initialize = office.initialize as ((reason: string) => void) | undefined;
  initialize?.("inserted");
  return readyInfo;
})();

// ---------------------------------------------------------------------------------------------
// CustomFunctions

const CUSTOM_FUNCTION_ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

/** `CustomFunctions.Error`: what a custom function throws or returns to show an Excel error. */
class CustomFunctionError extends Error {
  readonly code: string;

  constructor(code: string = CUSTOM_FUNCTION_ERROR_CODES.invalidValue, message?: string) {
    super(message ?? "");
    this.name = "CustomFunctions.Error";
    this.code = code;
  }
}

const customFunctions = new Map<string, (...args: unknown[]) => unknown>();

/**
 * Calls an associated custom function with the arguments Excel prepared (see
 * customFunctionCall.ts) and the invocation last, as Excel passes it to every custom function
 * (custom-functions-parameter-options#invocation-parameter), and reports what the cell would show.
 */
async function invokeCustomFunction(
  id: string,
  args: unknown[],
  invocation?: CustomFunctionInvocation
): Promise<CellResult> {
  const implementation = customFunctions.get(id.toUpperCase());
  if (!implementation)
    return {
      error: {
        code: CUSTOM_FUNCTION_ERROR_CODES.invalidName,
        message: `No function is associated with '${id}'.`,
      },
    };
  try {
    return cellResultOf(await implementation(...args, invocation));
  } catch (error) {
    return cellResultOf(
      error instanceof CustomFunctionError
        ? error
        : new CustomFunctionError(
            CUSTOM_FUNCTION_ERROR_CODES.invalidValue,
            String((error as Error)?.message ?? error)
          )
    );
  }
}

/** The only error codes whose custom message Excel shows (custom-functions-errors). */
const CODES_WITH_MESSAGE: readonly string[] = [
  CUSTOM_FUNCTION_ERROR_CODES.invalidValue,
  CUSTOM_FUNCTION_ERROR_CODES.notAvailable,
];

/**
 * Excel shows a returned CustomFunctions.Error as that error and a non-finite number as #NUM!;
 * in a spilled array each cell is shown on its own, so error cells become `{ error }` cells. A
 * message is kept only for #VALUE! and #N/A, the errors that can carry one.
 */
function cellResultOf(value: unknown): CellResult {
  if (Array.isArray(value)) {
    const cells = value.map((row: unknown) =>
      Array.isArray(row) ? row.map((cell: unknown) => cellResultOf(cell)) : cellResultOf(row)
    );
    return {
      value: cells.map((row) => (Array.isArray(row) ? row.map(spilledCell) : spilledCell(row))),
    };
  }
  if (value instanceof CustomFunctionError)
    return {
      error: {
        code: value.code,
        message: CODES_WITH_MESSAGE.includes(value.code) ? value.message : "",
      },
    };
  if (typeof value === "number" && !Number.isFinite(value))
    return { error: { code: CUSTOM_FUNCTION_ERROR_CODES.invalidNumber, message: "" } };
  return { value };
}

/** One cell of a spilled array as a test sees it: the value, or `{ error }` for an error cell. */
function spilledCell(result: CellResult): unknown {
  return "error" in result ? result : result.value;
}

const customFunctionsNamespace = {
  associate(
    idOrMappings: string | Record<string, (...args: unknown[]) => unknown>,
    implementation?: (...args: unknown[]) => unknown
  ): void {
    const mappings =
      typeof idOrMappings === "string" ? { [idOrMappings]: implementation } : idOrMappings;
    for (const [id, mapped] of Object.entries(mappings))
      if (mapped) customFunctions.set(id.toUpperCase(), mapped);
  },
  Error: CustomFunctionError,
  ErrorCode: CUSTOM_FUNCTION_ERROR_CODES,
};

// ---------------------------------------------------------------------------------------------
// Globals

globalScope.Office = office;
globalScope.Excel = excel;
globalScope.OfficeExtension = officeExtension;
globalScope.CustomFunctions = customFunctionsNamespace;
/** The hooks the harness drives from Node. */
globalScope.__officeDouble = {
  invokeCustomFunction,
  fireSelectionChanged,
  customFunctionIds: () => [...customFunctions.keys()],
};
