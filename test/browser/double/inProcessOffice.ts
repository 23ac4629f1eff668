import { callCustomFunction, FunctionsMetadata, InvokeOptions } from "./customFunctionCall";
import { OfficeHost } from "./officeHost";
import { CellResult, CustomFunctionInvocation, TRANSPORT_BINDING, TransportKind } from "./protocol";
import { officeClientBody } from "./officeScript";
import { Workbook } from "./workbook";

/** The Office.js double's globals, run in Node against a workbook without a browser. */
export interface InProcessOffice {
  readonly Office: typeof Office;
  readonly Excel: typeof Excel;
  readonly OfficeExtension: typeof OfficeExtension;
  readonly CustomFunctions: typeof CustomFunctions;
  readonly host: OfficeHost;
  /** Calls a function associated through this CustomFunctions as Excel would by `metadata` (see callCustomFunction). */
  invokeCustomFunction(
    metadata: FunctionsMetadata,
    id: string,
    args: readonly unknown[],
    options?: InvokeOptions
  ): Promise<CellResult>;
}

/** The hook the client installs for the harness, as `globalThis.__officeDouble`. */
interface DoubleHooks {
  invokeCustomFunction(
    id: string,
    args: readonly unknown[],
    invocation: CustomFunctionInvocation
  ): Promise<CellResult>;
}

/**
 * Runs the same client code the browser gets, with its binding wired straight to the workbook, so
 * model tests exercise Office.js semantics (PropertyNotLoaded, null objects, batches) in milliseconds.
 * @example
 * const { Excel } = loadOfficeInProcess(new Workbook());
 * await Excel.run(async (context) => { context.workbook.worksheets.add("Data"); await context.sync(); });
 */
export function loadOfficeInProcess(
  workbook: Workbook,
  displayLanguage = "en-US"
): InProcessOffice {
  const host = new OfficeHost(workbook, displayLanguage);
  const scope: Record<string, unknown> = {
    [TRANSPORT_BINDING]: async (kind: TransportKind, payload: string) =>
      host.receive(kind, payload),
  };
  new Function("globalThis", officeClientBody())(scope);
  return {
    Office: scope.Office as typeof Office,
    Excel: scope.Excel as typeof Excel,
    OfficeExtension: scope.OfficeExtension as typeof OfficeExtension,
    CustomFunctions: scope.CustomFunctions as typeof CustomFunctions,
    host,
    invokeCustomFunction: (metadata, id, args, options = {}) =>
      callCustomFunction(metadata, id, args, options, (declared, passed, invocation) =>
        (scope.__officeDouble as DoubleHooks).invokeCustomFunction(declared, passed, invocation)
      ),
  };
}
