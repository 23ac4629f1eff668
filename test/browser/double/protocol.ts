/**
 * The JSON the browser client and the Node model exchange: a request is one `context.sync()` batch,
 * the response carries what it loaded. The client imports only the types (erased when it is compiled to
 * a script); the binding name reaches it through the script's preamble.
 */

/** How the client names an object: the workbook root, a navigation property, a getter method, an action's result or a host reference. */
export type ObjectDefinition =
  | { readonly id: number; readonly kind: "root" }
  | {
      readonly id: number;
      readonly kind: "property";
      readonly parent: number;
      readonly name: string;
    }
  | {
      readonly id: number;
      readonly kind: "method";
      readonly parent: number;
      readonly name: string;
      readonly args: readonly unknown[];
    }
  | { readonly id: number; readonly kind: "action" }
  | { readonly id: number; readonly kind: "reference"; readonly reference: string };

/** An argument that is itself a proxy object of the same context. */
export interface ObjectArgument {
  readonly $object: number;
}

/** One queued operation, executed in order; the first failure stops the batch. */
export type Operation =
  | { readonly type: "load"; readonly target: number; readonly paths: readonly string[] }
  | {
      readonly type: "set";
      readonly target: number;
      readonly property: string;
      readonly value: unknown;
    }
  | {
      readonly type: "call";
      readonly target: number;
      readonly method: string;
      readonly args: readonly unknown[];
      /** Object id the call's result (an API object such as a new worksheet) is bound to. */
      readonly returns?: number;
      /** ClientResult id the call's plain value (such as a count) is reported under. */
      readonly result?: number;
    }
  | { readonly type: "instantiate"; readonly target: number };

/** The body of one `context.sync()`. */
export interface BatchRequest {
  readonly objects: readonly ObjectDefinition[];
  readonly operations: readonly Operation[];
  /**
   * Set by `Excel.run({ delayForCellEdit: true }, …)`: while the user edits a cell, Excel holds the
   * batch until they leave it instead of failing it (learn.microsoft.com/javascript/api/excel/excel.runoptions).
   */
  readonly delayForCellEdit?: boolean;
}

/** Loaded properties of one object; collections carry `items`, each item its host `$reference`. */
export interface LoadedData {
  [property: string]: unknown;
  $isNull?: boolean;
  $reference?: string;
  items?: LoadedData[];
}

/** The failure that stopped a batch, as `OfficeExtension.Error` reports it. */
export interface HostErrorInfo {
  readonly code: string;
  readonly message: string;
  /** e.g. "Worksheets.add" */
  readonly location: string;
  readonly operationIndex: number;
}

/** What one `context.sync()` returns to the client. */
export interface BatchResponse {
  readonly error?: HostErrorInfo;
  /** Loaded data by operation index. */
  readonly loads: Record<number, LoadedData>;
  /** ClientResult values by result id. */
  readonly results: Record<number, unknown>;
  /** Host references for objects returned by actions, by object id, so later batches can find them. */
  readonly references: Record<number, string>;
  /** Whether each instantiated *OrNullObject object is the null object, by object id. */
  readonly nullObjects: Record<number, boolean>;
  /** Whether the batch moved the selection (the client then raises onSelectionChanged). */
  readonly selectionChanged: boolean;
}

/** What the client receives when Office initialises. */
export interface InitializeResponse {
  readonly displayLanguage: string;
  readonly settings: Record<string, unknown>;
}

/** What a cell shows after a custom function call: a value (scalar or 2-D array) or an Excel error such as "#NUM!". */
export type CellResult =
  | { readonly value: unknown }
  | { readonly error: { readonly code: string; readonly message: string } };

/** The `CustomFunctions.Invocation` Excel passes as a custom function's last argument. */
export interface CustomFunctionInvocation {
  readonly functionName: string;
  /** Whether Excel evaluates the formula only to preview its value while it is typed (CustomFunctionsRuntime 1.5). */
  readonly isInValuePreview: boolean;
}

/** Messages the client sends through the page binding, with the payload each carries. */
export type TransportKind = "initialize" | "sync" | "saveSettings" | "taskpane";

/** Name of the page binding: `(kind: TransportKind, payload: string) => Promise<string>`. */
export const TRANSPORT_BINDING = "__officeDoubleTransport";
