import { ApiObject, BatchContext, NullObject } from "./api/apiObject";
import { WorkbookApi, resolveReference } from "./api/workbookApi";
import { HostError, HostErrorCode } from "./hostError";
import type {
  BatchRequest,
  BatchResponse,
  HostErrorInfo,
  LoadedData,
  ObjectDefinition,
  Operation,
} from "./protocol";
import { SyncStats } from "./syncStats";
import type { Workbook } from "./workbook";

/**
 * A failure a test injects into one sync: after `afterOperations` of its operations have run (0:
 * none; more than it has: all, the answer lost on the way back), the batch stops with `code`, as a
 * host error or a dropped connection stops it in Excel.
 */
export interface SyncFault {
  readonly afterOperations?: number;
  readonly code?: HostErrorCode;
  readonly message?: string;
}

/** Excel on the web's limit on each of a request's and a response's payload: 5 MB. */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/** The serialised response to one batch and what the batch cost. */
export interface BatchOutcome {
  readonly responseJson: string;
  readonly stats: SyncStats;
}

/**
 * Runs one `context.sync()` batch against the workbook as Excel does: payloads over 5 MB are refused,
 * so is every batch while the user edits a cell (OfficeHost holds those that asked to wait),
 * operations run in order, and the first failing one stops the batch (earlier effects remain).
 */
export function executeBatch(
  workbook: Workbook,
  requestJson: string,
  faultOf?: (request: BatchRequest) => SyncFault | undefined
): BatchOutcome {
  const started = performance.now();
  const requestBytes = Buffer.byteLength(requestJson, "utf8");
  const request = JSON.parse(requestJson) as BatchRequest;
  const fault = faultOf?.(request);
  const batch = new BatchContext(workbook);
  let response: BatchResponse =
    requestBytes > PAYLOAD_LIMIT_BYTES
      ? failure(new HostError("RequestPayloadSizeLimitExceeded"), -1, false)
      : workbook.cellBeingEdited
        ? failure(new HostError("InvalidOperationInCellEditMode"), -1, false)
        : new BatchRun(batch, request, fault).run();
  let responseJson = JSON.stringify(response);
  if (Buffer.byteLength(responseJson, "utf8") > PAYLOAD_LIMIT_BYTES) {
    response = failure(
      new HostError("ResponsePayloadSizeLimitExceeded"),
      -1,
      batch.selectionChanged
    );
    responseJson = JSON.stringify(response);
  }
  const stats: SyncStats = {
    requestBytes,
    responseBytes: Buffer.byteLength(responseJson, "utf8"),
    operationCount: request.operations.length,
    cellsRead: batch.cellsRead,
    cellsWritten: batch.cellsWritten,
    milliseconds: performance.now() - started,
    ...(response.error ? { errorCode: response.error.code } : {}),
  };
  return { responseJson, stats };
}

/** One batch in progress: object paths resolved on first use and remembered for the batch. */
class BatchRun {
  private readonly definitions = new Map<number, ObjectDefinition>();
  private readonly resolved = new Map<number, ApiObject>();
  private readonly loads: Record<number, LoadedData> = {};
  private readonly results: Record<number, unknown> = {};
  private readonly references: Record<number, string> = {};
  private readonly nullObjects: Record<number, boolean> = {};

  constructor(
    private readonly batch: BatchContext,
    private readonly request: BatchRequest,
    private readonly fault: SyncFault | undefined
  ) {
    request.objects.forEach((definition) => this.definitions.set(definition.id, definition));
  }

  run(): BatchResponse {
    const operations = this.request.operations;
    const failAt = this.fault ? Math.min(this.fault.afterOperations ?? 0, operations.length) : -1;
    for (let index = 0; index <= operations.length; index++) {
      if (index === failAt) {
        const { code = "GeneralException", message } = this.fault ?? {};
        return failure(new HostError(code, message), index, this.batch.selectionChanged);
      }
      if (index === operations.length) break;
      try {
        this.perform(index, this.request.operations[index]);
      } catch (error) {
        const hostError =
          error instanceof HostError ? error : new HostError("GeneralException", String(error));
        return failure(hostError, index, this.batch.selectionChanged);
      }
    }
    const { loads, results, references, nullObjects } = this;
    return {
      loads,
      results,
      references,
      nullObjects,
      selectionChanged: this.batch.selectionChanged,
    };
  }

  private perform(index: number, operation: Operation): void {
    const target = this.resolve(operation.target);
    switch (operation.type) {
      case "load":
        this.loads[index] = { ...loadData(target, operation.paths), $isNull: target.isNull };
        return;
      case "instantiate":
        this.nullObjects[operation.target] = target.isNull;
        return;
      case "set":
        if (!target.isNull)
          locate(target, operation.property, () =>
            target.setProperty(operation.property, operation.value)
          );
        return;
      case "call": {
        if (target.isNull) return;
        const args = operation.args.map((argument) => this.argument(argument));
        const outcome = locate(target, operation.method, () =>
          target.callMethod(operation.method, args)
        );
        if (operation.result !== undefined) this.results[operation.result] = outcome;
        if (operation.returns !== undefined && outcome instanceof ApiObject) {
          this.resolved.set(operation.returns, outcome);
          const reference = outcome.reference();
          if (reference) this.references[operation.returns] = reference;
        }
      }
    }
  }

  private resolve(id: number): ApiObject {
    const known = this.resolved.get(id);
    if (known) return known;
    const definition = this.definitions.get(id);
    if (!definition)
      throw new HostError(
        "GeneralException",
        `The request names object ${id} without defining it.`
      );
    const object = this.instantiate(definition);
    this.resolved.set(id, object);
    return object;
  }

  private instantiate(definition: ObjectDefinition): ApiObject {
    switch (definition.kind) {
      case "root":
        return new WorkbookApi(this.batch);
      case "reference":
        return resolveReference(this.batch, definition.reference);
      case "action":
        throw new HostError(
          "InvalidOperation",
          "The object was to be created by an operation that never ran."
        );
      case "property": {
        const parent = this.resolve(definition.parent);
        if (parent.isNull) return new NullObject(this.batch, definition.name);
        const child = locate(parent, definition.name, () => parent.navigate(definition.name));
        if (!child)
          throw new HostError(
            "InvalidArgument",
            `${parent.typeName} has no property '${definition.name}'.`
          );
        return child;
      }
      case "method": {
        const parent = this.resolve(definition.parent);
        if (parent.isNull) return new NullObject(this.batch, definition.name);
        const args = definition.args.map((argument) => this.argument(argument));
        const child = locate(parent, definition.name, () =>
          parent.callMethod(definition.name, args)
        );
        if (!(child instanceof ApiObject))
          throw new HostError(
            "GeneralException",
            `${parent.typeName}.${definition.name} returned no object.`
          );
        return child;
      }
    }
  }

  private argument(argument: unknown): unknown {
    const isObject = typeof argument === "object" && argument !== null && "$object" in argument;
    return isObject ? this.resolve((argument as { $object: number }).$object) : argument;
  }
}

/** Runs a member access, stamping any host error with Excel's `Class.member` location. */
function locate<T>(object: ApiObject, member: string, action: () => T): T {
  try {
    return action();
  } catch (error) {
    if (error instanceof HostError && !error.location)
      error.location = `${object.typeName}.${member}`;
    throw error;
  }
}

/**
 * The loaded data for property paths such as `["address", "format/font/bold", "items/name"]`; no
 * paths means every scalar. On a collection, paths other than its own scalars apply to each item.
 */
function loadData(object: ApiObject, paths: readonly string[]): LoadedData {
  if (object.isNull) return { $isNull: true };
  const members = object.items();
  const groups = new Map<string, string[]>();
  for (const path of paths.length === 0
    ? [...object.scalarNames, ...(members ? ["items"] : [])]
    : paths) {
    const [first, ...rest] = path.split("/").map((part) => part.trim());
    const isItemPath = members !== undefined && first !== "items" && !object.hasScalar(first);
    const key = isItemPath ? "items" : first;
    const subPath = (isItemPath ? [first, ...rest] : rest).join("/");
    const group = groups.get(key) ?? [];
    if (subPath) group.push(subPath);
    groups.set(key, group);
  }
  const data: LoadedData = {};
  for (const [name, subPaths] of groups) {
    if (name === "items" && members) {
      data.items = members.map((item) => ({
        ...loadData(item, subPaths),
        $reference: item.reference(),
      }));
    } else if (object.hasScalar(name)) {
      data[name] = locate(object, name, () => object.getProperty(name));
    } else {
      const child = object.navigate(name);
      if (!child)
        throw new HostError("InvalidArgument", `${object.typeName} has no property '${name}'.`);
      data[name] = loadData(child, subPaths);
    }
  }
  return data;
}

function failure(
  error: HostError,
  operationIndex: number,
  selectionChanged: boolean
): BatchResponse {
  const info: HostErrorInfo = {
    code: error.code,
    message: error.message,
    location: error.location,
    operationIndex,
  };
  return { error: info, loads: {}, results: {}, references: {}, nullObjects: {}, selectionChanged };
}
