import * as vm from "vm";
import { readDistFile } from "./distFolder";

interface FunctionMetadata {
  id: string;
  name: string;
  description: string;
  parameters: { name: string; description?: string; optional?: boolean; dimensionality?: string }[];
}

/** Runs the built functions bundle as Excel's runtime would, recording what it associates. */
function associatedIds(): string[] {
  const ids: string[] = [];
  const sandbox = {
    CustomFunctions: {
      associate: (id: string, fn: unknown) => {
        expect(typeof fn).toBe("function");
        ids.push(id);
      },
      Error: class {},
      ErrorCode: {},
    },
    console,
  };
  vm.runInNewContext(
    readDistFile("functions.js"),
    Object.assign(sandbox, { self: sandbox, window: sandbox })
  );
  return ids;
}

describe("built custom functions", () => {
  const metadata = JSON.parse(readDistFile("functions.json")) as { functions: FunctionMetadata[] };

  test("functions.json declares CLV and RFMSCORE with ids that carry no namespace", () => {
    const ids = metadata.functions.map((fn) => fn.id);
    expect(ids).toEqual(expect.arrayContaining(["CLV", "RFMSCORE"]));
    for (const id of ids) expect(id).toMatch(/^[A-Z][A-Z0-9.]*$/);
  });

  test("every id in functions.json is associated by the bundle, and nothing else", () => {
    const declared = metadata.functions.map((fn) => fn.id).sort();
    expect(associatedIds().sort()).toEqual(declared);
  });

  test.each([
    "functions.json",
    "functions.da.json",
    "functions.nb.json",
    "functions.de.json",
    "functions.nl.json",
  ])(
    "%s lets error cells and data types reach the functions (top-level flags, custom-functions-json#metadata-reference)",
    (file) => {
      const built = JSON.parse(readDistFile(file)) as Record<string, unknown>;
      // Without it Excel does not call a function whose input holds an error (custom-functions-errors).
      expect(built.allowErrorForDataTypeAny).toBe(true);
      // Set by custom-functions-metadata itself; Stocks and formatted numbers arrive as their JSON.
      expect(built.allowCustomDataForDataTypeAny).toBe(true);
    }
  );

  test("CX.SUMMARY takes its columns, order_ids included, as matrix parameters, not single values", () => {
    const summary = metadata.functions.find((fn) => fn.id === "SUMMARY")!;
    const columns = summary.parameters.filter((parameter) =>
      ["customer_ids", "dates", "amounts", "order_ids"].includes(parameter.name)
    );
    expect(columns.map((parameter) => parameter.dimensionality)).toEqual([
      "matrix",
      "matrix",
      "matrix",
      "matrix",
    ]);
  });

  test("takes every customer column (frequency, recency, T, monetary) as a matrix, CX.NEWCLV's too", () => {
    // A single-value parameter given a range is called once per cell: CX.NEWCLV's interval,
    // measured on all the customers, would then see one customer a call.
    const columns = metadata.functions.flatMap((fn) =>
      fn.parameters
        .filter((parameter) => ["frequency", "recency", "T", "monetary"].includes(parameter.name))
        .map((parameter) => `${fn.id} ${parameter.name} ${parameter.dimensionality}`)
    );
    expect(columns).toContain("NEWCLV frequency matrix");
    expect(columns.filter((column) => !column.endsWith(" matrix"))).toEqual([]);
  });

  test("every function and parameter has a description for Excel's argument help", () => {
    for (const fn of metadata.functions) {
      expect(fn.description.length).toBeGreaterThan(15);
      for (const parameter of fn.parameters)
        expect(parameter.description?.length ?? 0).toBeGreaterThan(5);
    }
  });
});
