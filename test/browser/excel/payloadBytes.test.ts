import { readRegionInBlocks, readRegionTop } from "../../../src/excel/readRows";
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

  test("a first block of wide text over 5 MB is read again in halves (ResponsePayloadSizeLimitExceeded, resource-limits-and-performance-optimization)", async () => {
    // 20 columns of 300 characters: 6 KB a row, so the first, unmeasured block of 1,000 rows is 6 MB.
    const workbook = new Workbook(["Notes"]);
    const cell = (row: number, column: number) => `${row}:${column} ${"x".repeat(290)}`;
    const rowCount = 2_500;
    workbook.sheet("Notes").setValues(
      "A1",
      Array.from({ length: rowCount }, (_, row) =>
        Array.from({ length: 20 }, (__, column) => cell(row, column))
      )
    );
    await openInExcel(workbook);
    const offsets: number[] = [];
    const firstCells: unknown[] = [];

    await readRegionInBlocks(
      { sheetName: "Notes", rowIndex: 0, columnIndex: 0, rowCount, columnCount: 20 },
      (rows, offset) => {
        offsets.push(offset);
        firstCells.push(rows[0][0]);
      }
    );

    expect(offsets[0]).toBe(0);
    expect(offsets[1]).toBe(500); // the refused 1,000 rows, read as 500
    expect(firstCells).toEqual(offsets.map((offset) => cell(offset, 0)));
    const largest = largestPayloads(workbook);
    expect(largest.errors).toEqual(["ResponsePayloadSizeLimitExceeded"]);
    const sent = workbook.syncLog.filter((sync) => !sync.errorCode);
    expect(Math.max(...sent.map((sync) => sync.responseBytes))).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(sent.reduce((cells, sync) => cells + sync.cellsRead, 0)).toBe(rowCount * 20);

    // The header and sample: 201 rows of 6 KB would be 1.2 MB and fit; 201 rows of 30 KB do not.
    const wide = new Workbook(["Wide"]);
    wide.sheet("Wide").setValues(
      "A1",
      Array.from({ length: 300 }, (_, row) =>
        Array.from({ length: 30 }, () => `${row} ${"y".repeat(1_000)}`)
      )
    );
    await openInExcel(wide);
    const top = await readRegionTop(
      { sheetName: "Wide", rowIndex: 0, columnIndex: 0, rowCount: 300, columnCount: 30 },
      201
    );
    expect(top.length).toBe(101);
    expect(top[100][0]).toBe(`100 ${"y".repeat(1_000)}`);
  });
});
