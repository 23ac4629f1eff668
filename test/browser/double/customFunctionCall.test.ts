import { PAYLOAD_LIMIT_BYTES } from "./executor";
import {
  errorCell,
  FunctionsMetadata,
  invocationRequestBytes,
  stocksCell,
} from "./customFunctionCall";
import { loadOfficeInProcess } from "./inProcessOffice";
import { Workbook } from "./workbook";

/** One function, ECHO(values, [scale]), with any-typed parameters as the JSDoc generator writes them. */
function metadataOf(flags: Partial<FunctionsMetadata>): FunctionsMetadata {
  return {
    allowCustomDataForDataTypeAny: true,
    ...flags,
    functions: [
      {
        id: "ECHO",
        name: "ECHO",
        parameters: [
          { name: "values", type: "any", dimensionality: "matrix" },
          { name: "scale", type: "any", optional: true },
        ],
      },
    ],
  };
}

/** An in-process runtime whose ECHO returns what it was called with, and counts its calls. */
function echoRuntime() {
  const office = loadOfficeInProcess(new Workbook());
  const calls: unknown[][] = [];
  office.CustomFunctions.associate("ECHO", (...args: unknown[]) => {
    calls.push(args);
    return [[JSON.stringify(args)]];
  });
  return { office, calls };
}

describe("a custom function called as Excel on the web calls it", () => {
  it("passes every declared parameter, an omitted one as null, then the invocation (custom-functions-parameter-options#invocation-parameter)", async () => {
    const { office, calls } = echoRuntime();
    await office.invokeCustomFunction(metadataOf({}), "echo", [7], { isInValuePreview: true });
    expect(calls).toEqual([[[[7]], null, { functionName: "ECHO", isInValuePreview: true }]]);
    await office.invokeCustomFunction(metadataOf({}), "ECHO", [[[1], [2]], [[3]]]);
    expect(calls[1]).toEqual([[[1], [2]], 3, { functionName: "ECHO", isInValuePreview: false }]);
  });

  it("shows #NAME? for an id functions.json does not declare, and refuses formulas Excel would not take", async () => {
    const { office } = echoRuntime();
    expect(await office.invokeCustomFunction(metadataOf({}), "MISSING", [])).toEqual({
      error: { code: "#NAME?", message: "" },
    });
    await expect(office.invokeCustomFunction(metadataOf({}), "ECHO", [])).rejects.toThrow(
      "Excel would not accept 0"
    );
    await expect(
      office.invokeCustomFunction(metadataOf({}), "ECHO", [[[1]], [[1], [2]]])
    ).rejects.toThrow("scalar parameter");
  });

  it("without allowErrorForDataTypeAny does not call the function and shows the first error of its inputs (custom-functions-errors)", async () => {
    const { office, calls } = echoRuntime();
    const values = [[1], [errorCell("#DIV/0!")], [errorCell("#N/A")]];
    expect(await office.invokeCustomFunction(metadataOf({}), "ECHO", [values])).toEqual({
      error: { code: "#DIV/0!", message: "" },
    });
    expect(calls).toEqual([]);
  });

  it("with allowErrorForDataTypeAny passes error cells as error values, not as their text", async () => {
    const { office, calls } = echoRuntime();
    const values = [[1], [errorCell("#N/A")]];
    await office.invokeCustomFunction(metadataOf({ allowErrorForDataTypeAny: true }), "ECHO", [
      values,
    ]);
    expect(calls[0][0]).toEqual([
      [1],
      [{ type: "Error", basicType: "Error", basicValue: "#N/A", errorType: "NotAvailable" }],
    ]);
  });

  it("passes a Stocks cell as its JSON with allowCustomDataForDataTypeAny, and as its basic value #VALUE! without", async () => {
    const { office, calls } = echoRuntime();
    const stocks = stocksCell("Microsoft Corp (XNAS:MSFT)", 415.5);
    const flags = { allowErrorForDataTypeAny: true };
    await office.invokeCustomFunction(metadataOf(flags), "ECHO", [[[stocks]]]);
    expect(calls[0][0]).toEqual([[stocks]]);
    const basic = { ...flags, allowCustomDataForDataTypeAny: false };
    await office.invokeCustomFunction(metadataOf(basic), "ECHO", [[[stocks]]]);
    expect(calls[1][0]).toEqual([[errorCell("#VALUE!")]]);
  });

  it("shows #CALC! for arguments over 5 MB and never sends them (office-js #4613, #4654)", async () => {
    const { office, calls } = echoRuntime();
    const metadata = metadataOf({ allowErrorForDataTypeAny: true });
    // B:B as Excel on the web passes it: 1 048 576 rows, empty cells as null (office-js #4702).
    const wholeColumn = Array.from({ length: 1_048_576 }, (_, row) => [row < 10 ? row : null]);
    expect(invocationRequestBytes([wholeColumn, null])).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
    expect(await office.invokeCustomFunction(metadata, "ECHO", [wholeColumn])).toEqual({
      error: { code: "#CALC!", message: "" },
    });
    expect(calls).toEqual([]);
    const bounded = wholeColumn.slice(0, 700_000);
    expect(invocationRequestBytes([bounded, null])).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(await office.invokeCustomFunction(metadata, "ECHO", [bounded])).toHaveProperty("value");
  });

  it("keeps a returned error's message only for #VALUE! and #N/A (custom-functions-errors)", async () => {
    const office = loadOfficeInProcess(new Workbook());
    const { CustomFunctions } = office;
    office.CustomFunctions.associate("ECHO", () => [
      [new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, "no data")],
      [new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidNumber, "too big")],
    ]);
    expect(await office.invokeCustomFunction(metadataOf({}), "ECHO", [1])).toEqual({
      value: [
        [{ error: { code: "#N/A", message: "no data" } }],
        [{ error: { code: "#NUM!", message: "" } }],
      ],
    });
  });
});
