import { PAYLOAD_LIMIT_BYTES } from "./executor";
import { loadOfficeInProcess } from "./inProcessOffice";
import { Workbook } from "./workbook";

describe("Excel on the web limits", () => {
  test("reading more than 5,000,000 cells of one range is RangeExceedsLimit", async () => {
    const { Excel } = loadOfficeInProcess(new Workbook());
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:E1000001").load("values");
        await context.sync();
      })
    ).rejects.toMatchObject({
      code: "RangeExceedsLimit",
      debugInfo: { errorLocation: "Range.values" },
    });
    await Excel.run(async (context) => {
      const exactlyAtLimit = context.workbook.worksheets.getItem("Sheet1").getRange("A1:E1000000");
      exactlyAtLimit.load("rowCount");
      await context.sync();
      expect(exactlyAtLimit.rowCount).toBe(1_000_000);
    });
  });

  test("a response over 5 MB is ResponsePayloadSizeLimitExceeded; the request itself was fine", async () => {
    const workbook = new Workbook();
    const rows = Array.from({ length: 200_000 }, (_, index) => [
      `customer-${String(index).padStart(20, "0")}`,
    ]);
    workbook.sheet("Sheet1").setValues("A1", rows);
    const { Excel } = loadOfficeInProcess(workbook);
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:A200000").load("values");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    const [stats] = workbook.syncLog;
    expect(stats.errorCode).toBe("ResponsePayloadSizeLimitExceeded");
    expect(stats.cellsRead).toBe(200_000);
    expect(stats.requestBytes).toBeLessThan(1_000);
  });

  test("a request over 5 MB runs none of its operations", () => {
    const workbook = new Workbook();
    const request = {
      objects: [
        { id: 1, kind: "root" },
        { id: 2, kind: "property", parent: 1, name: "worksheets" },
      ],
      operations: [
        { type: "call", target: 2, method: "add", args: ["Padding"] },
        { type: "call", target: 2, method: "add", args: ["x".repeat(PAYLOAD_LIMIT_BYTES)] },
      ],
    };
    const response = JSON.parse(workbook.execute(JSON.stringify(request)));
    expect(response.error.code).toBe("RequestPayloadSizeLimitExceeded");
    expect(workbook.sheetNames()).toEqual(["Sheet1"]);
  });

  test("the limit counts UTF-8 bytes: 2,000,000 Chinese characters (6 MB, though 2 M UTF-16 units) are refused", () => {
    const workbook = new Workbook();
    const text = "王".repeat(2_000_000);
    const request = {
      objects: [
        { id: 1, kind: "root" },
        { id: 2, kind: "property", parent: 1, name: "worksheets" },
        { id: 3, kind: "method", parent: 2, name: "getItem", args: ["Sheet1"] },
        { id: 4, kind: "method", parent: 3, name: "getRange", args: ["A1"] },
      ],
      operations: [{ type: "set", target: 4, property: "values", value: [[text]] }],
    };
    const json = JSON.stringify(request);
    expect(json.length).toBeLessThan(PAYLOAD_LIMIT_BYTES);

    const response = JSON.parse(workbook.execute(json));

    expect(response.error.code).toBe("RequestPayloadSizeLimitExceeded");
    expect(workbook.syncLog[0].requestBytes).toBe(Buffer.byteLength(json, "utf8"));
    expect(workbook.sheet("Sheet1").getValues("A1")).toEqual([[""]]);
  });

  test("a text of more than 32,767 characters is refused, as no cell holds more (Excel specifications and limits)", async () => {
    const workbook = new Workbook();
    const { Excel } = loadOfficeInProcess(workbook);
    await expect(
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.getRange("A1:B1").values = [["fits", "x".repeat(32_768)]];
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["x".repeat(32_767)]];
      await context.sync();
    });
    expect((workbook.sheet("Sheet1").getValues("A1")[0][0] as string).length).toBe(32_767);
  });

  test("the sync log meters bytes, operations and cells per sync", async () => {
    const workbook = new Workbook();
    const { Excel } = loadOfficeInProcess(workbook);
    const values = Array.from({ length: 100 }, (_, row) => [row, row * 2, `r${row}`]);
    const valuesBytes = JSON.stringify(values).length;
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:C100");
      range.values = values;
      range.numberFormat = [["0.00"]];
      await context.sync();
      range.load("values, text");
      await context.sync();
    });
    expect(
      workbook.syncLog.map(({ operationCount, cellsRead, cellsWritten }) => ({
        operationCount,
        cellsRead,
        cellsWritten,
      }))
    ).toEqual([
      { operationCount: 2, cellsRead: 0, cellsWritten: 600 },
      { operationCount: 1, cellsRead: 600, cellsWritten: 0 },
    ]);
    const [write, read] = workbook.syncLog;
    // The request carries the values plus a few hundred bytes of paths; the response carries values and text.
    expect(write.requestBytes - valuesBytes).toBeGreaterThan(0);
    expect(write.requestBytes - valuesBytes).toBeLessThan(500);
    expect(read.responseBytes).toBeGreaterThan(2 * valuesBytes);
  });

  test("a sheet of 1,048,575 rows × 3 columns is stored and read back", () => {
    const workbook = new Workbook(["Transactions"]);
    const sheet = workbook.sheet("Transactions");
    const rowCount = 1_048_575;
    for (let chunk = 0; chunk < rowCount; chunk += 100_000) {
      const rows = Array.from({ length: Math.min(100_000, rowCount - chunk) }, (_, offset) => {
        const row = chunk + offset;
        return [`C${row % 5_000}`, 45_000 + (row % 365), row * 0.5];
      });
      sheet.setValues(`A${chunk + 1}`, rows);
    }
    expect(sheet.getValues("A1048575:C1048576")).toEqual([
      ["C3574", 45_000 + (1_048_574 % 365), 524_287],
      ["", "", ""],
    ]);
    expect(sheet.usedRange(true)).toEqual({ row: 0, column: 0, rowCount, columnCount: 3 });
  });

  test("values written past the sheet's last row are refused, as Excel has no row 1,048,577", () => {
    const sheet = new Workbook().sheet("Sheet1");
    const lastTwo = { row: 1_048_575, column: 0, rowCount: 2, columnCount: 1 };
    expect(() => sheet.writeValues(lastTwo, [[1], [2]])).toThrow(
      expect.objectContaining({ code: "InvalidArgument" })
    );
    // Refused whole: not even the last row's value is written.
    expect(sheet.usedRange(true)).toBeUndefined();
  });
});
