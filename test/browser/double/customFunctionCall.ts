import { PAYLOAD_LIMIT_BYTES } from "./executor";
import type { CellResult, CustomFunctionInvocation } from "./protocol";

/** One parameter of a custom function in functions.json. */
export interface ParameterMetadata {
  readonly name: string;
  readonly type?: string;
  readonly dimensionality?: "scalar" | "matrix";
  readonly optional?: boolean;
  readonly repeating?: boolean;
}

/** One custom function in functions.json. */
export interface FunctionMetadata {
  readonly id: string;
  readonly name: string;
  readonly parameters: readonly ParameterMetadata[];
}

/** What Excel reads from functions.json before it calls a custom function. */
export interface FunctionsMetadata {
  readonly allowCustomDataForDataTypeAny?: boolean;
  readonly allowErrorForDataTypeAny?: boolean;
  readonly functions: readonly FunctionMetadata[];
}

/** How a test has Excel call a function. */
export interface InvokeOptions {
  /** Excel evaluates the formula only for its value preview, while the user types it. */
  readonly isInValuePreview?: boolean;
}

/** Hands the prepared call to the functions runtime (the page, or the in-process client). */
export type RuntimeCall = (
  id: string,
  args: readonly unknown[],
  invocation: CustomFunctionInvocation
) => Promise<CellResult>;

/** The codes Excel's error values carry, by their errorType (Excel.ErrorCellValueType). */
const ERROR_TYPES: Readonly<Record<string, string>> = {
  "#N/A": "NotAvailable",
  "#DIV/0!": "Div0",
  "#VALUE!": "Value",
  "#REF!": "Ref",
  "#NAME?": "Name",
  "#NUM!": "Num",
  "#NULL!": "Null",
  "#SPILL!": "Spill",
  "#CALC!": "Calc",
  "#BUSY!": "Busy",
  "#GETTING_DATA": "GettingData",
};

/** An Excel error code such as "#N/A". */
export type ExcelErrorCode = keyof typeof ERROR_TYPES;

/** The data types' JSON form of an error cell value, Excel.ErrorCellValue. */
export interface ErrorCellValue {
  readonly type: "Error";
  readonly basicType: "Error";
  readonly basicValue: string;
  readonly errorType: string;
}

/**
 * A cell holding an Excel error, as a custom function with allowErrorForDataTypeAny receives it:
 * an error value, not the text "#N/A" (custom-functions-errors#errors-as-custom-function-inputs;
 * with allowCustomDataForDataTypeAny its form is the data types' Excel.ErrorCellValue,
 * custom-functions-data-types-concepts).
 * @example errorCell("#N/A") // { type: "Error", basicType: "Error", basicValue: "#N/A", errorType: "NotAvailable" }
 */
export function errorCell(code: ExcelErrorCode): ErrorCellValue {
  return { type: "Error", basicType: "Error", basicValue: code, errorType: ERROR_TYPES[code] };
}

/**
 * A Stocks cell as a custom function with allowCustomDataForDataTypeAny receives it: an
 * Excel.LinkedEntityCellValue, whose basic value is #VALUE!.
 * @example stocksCell("Microsoft Corp (XNAS:MSFT)", 415.5).properties.Price // { type: "Double", basicValue: 415.5 }
 */
export function stocksCell(text: string, price: number) {
  return {
    type: "LinkedEntity",
    basicType: "Error",
    basicValue: "#VALUE!",
    text,
    id: { entityId: text, domainId: "Stocks", serviceId: 268435456, culture: "en-US" },
    properties: { Price: { type: "Double", basicValue: price } },
  } as const;
}

/**
 * The bytes Excel on the web sends to the functions runtime for a call: the arguments as JSON,
 * in UTF-8. Excel's own envelope adds to it, so this is the least a call costs.
 * @example invocationRequestBytes([[["C0000001"], ["C0000002"]], [[45292], [45293]]]) // 47
 */
export function invocationRequestBytes(args: readonly unknown[]): number {
  return Buffer.byteLength(JSON.stringify(args), "utf8");
}

/**
 * Calls a custom function as Excel on the web does, after doing what Excel does first:
 * - an id functions.json does not declare shows #NAME?;
 * - every declared parameter is passed, an omitted optional one as null
 *   (custom-functions-parameter-options), a matrix parameter always as rows of cells and a
 *   scalar one as a value (a one-cell range gives its value);
 * - without allowCustomDataForDataTypeAny a data type arrives as its basic value;
 * - without allowErrorForDataTypeAny (a top-level flag for parameters of type any,
 *   custom-functions-json#allowerrorfordatatypeany) Excel does not call the function when an
 *   argument holds an error, and the cell shows that error; the docs do not say which of
 *   several, so the double takes the first by argument, then row by row;
 * - a request whose arguments exceed 5 MB is not sent and the cell shows #CALC!: Excel on the
 *   web limits custom-function payloads to 5 MB (office-js #4654) and a whole column, 1 048 576
 *   rows, gives #CALC! there (office-js #4613).
 * A call Excel would not accept as a formula (too many or too few arguments, a range for a
 * scalar parameter, which Excel would lift cell by cell) throws: the test is wrong.
 *
 * @example
 * await callCustomFunction(metadata, "CLV", [[[500]], [[3]], [[5]]], {}, runInPage); // { value: [[7500]] }
 */
export async function callCustomFunction(
  metadata: FunctionsMetadata,
  id: string,
  args: readonly unknown[],
  options: InvokeOptions,
  call: RuntimeCall
): Promise<CellResult> {
  const declared = metadata.functions.find(
    (candidate) => candidate.id.toUpperCase() === id.toUpperCase()
  );
  if (!declared) return cellError("#NAME?");
  const passed = excelArguments(declared, args).map((argument) =>
    metadata.allowCustomDataForDataTypeAny ? argument : withBasicValues(argument)
  );
  for (const [index, argument] of passed.entries()) {
    const type = declared.parameters[index].type ?? "any";
    if (metadata.allowErrorForDataTypeAny && type === "any") continue;
    const code = firstErrorCode(argument);
    if (code !== undefined) return cellError(code);
  }
  if (invocationRequestBytes(passed) > PAYLOAD_LIMIT_BYTES) return cellError("#CALC!");
  return call(declared.id, passed, {
    functionName: declared.name,
    isInValuePreview: options.isInValuePreview ?? false,
  });
}

/** The declared parameters' values in the shape Excel passes them. */
function excelArguments(declared: FunctionMetadata, args: readonly unknown[]): unknown[] {
  const { parameters } = declared;
  const required = parameters.filter((parameter) => !parameter.optional).length;
  if (args.length > parameters.length || args.length < required)
    throw new Error(
      `${declared.id} takes ${required} to ${parameters.length} arguments; Excel would not accept ${args.length}`
    );
  return parameters.map((parameter, index) => {
    const argument = args[index] ?? null;
    if (parameter.dimensionality === "matrix")
      return argument === null || Array.isArray(argument) ? argument : [[argument]];
    if (!Array.isArray(argument)) return argument;
    if (argument.length === 1 && Array.isArray(argument[0]) && argument[0].length === 1)
      return argument[0][0];
    throw new Error(
      `${declared.id}'s ${parameter.name} is a scalar parameter: Excel would call the function once per cell of a range`
    );
  });
}

/** A cell value as Excel passes it without allowCustomDataForDataTypeAny: a data type's basic value. */
function withBasicValues(argument: unknown): unknown {
  if (Array.isArray(argument)) return argument.map(withBasicValues);
  if (typeof argument !== "object" || argument === null) return argument;
  const value = argument as { type?: unknown; basicType?: unknown; basicValue?: unknown };
  if (typeof value.type !== "string" || value.type === "Error") return argument;
  return value.basicType === "Error"
    ? errorCell(String(value.basicValue) as ExcelErrorCode)
    : (value.basicValue ?? null);
}

/** The code of the first error value in an argument, row by row. */
function firstErrorCode(argument: unknown): string | undefined {
  if (Array.isArray(argument)) {
    for (const item of argument) {
      const code = firstErrorCode(item);
      if (code !== undefined) return code;
    }
    return undefined;
  }
  const value = argument as Partial<ErrorCellValue> | null;
  return typeof value === "object" && value?.type === "Error" ? value.basicValue : undefined;
}

function cellError(code: string): CellResult {
  return { error: { code, message: "" } };
}
