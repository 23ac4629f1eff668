import { readRegionInBlocks } from "../../../src/excel/readRows";
import { writeOutputSheets } from "../../../src/excel/writeSheets";
import { PAYLOAD_LIMIT_BYTES } from "../double/executor";
import { Workbook } from "../double/workbook";
import { openInExcel } from "./inProcessExcel";

jest.setTimeout(180_000);

/**
 * 100,000 customers with Chinese names of 40 characters and the row number: 3 UTF-8 bytes per
 * character, so a block budgeted at 2 MiB of UTF-16 units (about 42,800 rows) is 5.6 MB.
 */
const ROWS = 100_000;
const chineseName = (row: number) =>
  `${"王小明张伟李娜刘洋陈静杨帆赵磊黄敏周杰吴".repeat(2)}${row}`;

/** The largest request and response of the syncs logged, in UTF-8 bytes, and any error. */
function largestPayloads(workbook: Workbook) {
  return {
    request: Math.max(...workbook.syncLog.map((sync) => sync.requestBytes)),
    response: Math.max(...workbook.syncLog.map((sync) => sync.responseBytes)),
    errors: workbook.syncLog.flatMap((sync) => (sync.errorCode ? [sync.errorCode] : [])),
  };
}

describe("blocks budgeted in UTF-8 bytes, as the 5 MB limit counts them on the wire", () => {
  test("a column of Chinese names is written in requests under 5 MB (a UTF-16 budget sent 5.6 MB)", async () => {
    const workbook = new Workbook(["Orders"]);
    await openInExcel(workbook);
    const names = Array.from({ length: ROWS }, (_, row) => chineseName(row));

    const outcome = await writeOutputSheets([
      {
        table: {
          sheetName: "CX Customers",
          tableName: "CX_customers",
          header: ["Customer"],
          rowCount: ROWS,
          rows: (start, end) => names.slice(start, end).map((name) => [name]),
        },
      },
    ]);

    expect(outcome).toMatchObject({ stopped: false, sheetNames: ["CX Customers"] });
    const largest = largestPayloads(workbook);
    expect(largest.errors).toEqual([]);
    expect(largest.request).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(workbook.sheet("CX Customers").getValues(`A${ROWS + 1}`)).toEqual([
      [chineseName(ROWS - 1)],
    ]);
  });

  test("a column of Chinese names is read in responses under 5 MB", async () => {
    const workbook = new Workbook(["Orders"]);
    workbook.sheet("Orders").setValues(
      "A1",
      Array.from({ length: ROWS }, (_, row) => [chineseName(row)])
    );
    await openInExcel(workbook);
    let rowsRead = 0;

    await readRegionInBlocks(
      { sheetName: "Orders", rowIndex: 0, columnIndex: 0, rowCount: ROWS, columnCount: 1 },
      (rows) => (rowsRead += rows.length)
    );

    expect(rowsRead).toBe(ROWS);
    const largest = largestPayloads(workbook);
    expect(largest.errors).toEqual([]);
    expect(largest.response).toBeLessThan(PAYLOAD_LIMIT_BYTES);
  });
});
