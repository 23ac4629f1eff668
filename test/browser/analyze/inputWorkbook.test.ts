import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SHEET_ROWS } from "../double/rectangle";
import { inputWorkbook, lineCount } from "./inputWorkbook";
import { PaneError } from "./paneError";
import { writeParquet } from "./parquetFile";

// A million rows through DuckDB, and a million customers out of it, take seconds on a busy machine.
const BIG_FILE_TIMEOUT = 120_000;

const folder = mkdtempSync(join(tmpdir(), "input-workbook-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("lineCount", () => {
  it.each([
    ["a last line ended by a line feed", "id\na\nb\n", 3],
    ["a last line without one", "id\na\nb", 3],
    ["CRLF line ends", "id\r\na\r\nb\r\n", 3],
    ["an empty file", "", 0],
  ])("counts the lines of a file with %s", async (_, text, lines) => {
    const file = join(folder, "lines.csv");
    writeFileSync(file, text);
    expect(await lineCount(file)).toBe(lines);
  });
});

describe("inputWorkbook", () => {
  it(
    "gives a CSV of a header and 1,048,576 rows, the last without a line feed, to DuckDB whole",
    async () => {
      const file = join(folder, "one_too_many.csv");
      const rows = Array.from(
        { length: SHEET_ROWS - 1 },
        (_, row) => `C${row % 1000},2024-01-01,1`
      );
      writeFileSync(file, ["customer,date,amount", ...rows, "LAST,2024-01-02,5"].join("\n"));
      const { workbook } = await inputWorkbook(file);
      const sheet = workbook.sheet("one_too_many");
      const used = sheet.usedRange(true)!;
      // A header and 1,001 customers: C0 to C999, and the last row's own.
      expect(used.rowCount).toBe(1002);
      const customers = sheet.readValues({ ...used, columnCount: 1 }).map(([id]) => id);
      expect(customers).toContain("LAST");
    },
    BIG_FILE_TIMEOUT
  );

  it(
    "refuses a customer table taller than a sheet rather than cut it",
    async () => {
      const file = join(folder, "many_customers.parquet");
      await writeParquet(
        "SELECT 'C' || i AS customer, DATE '2024-01-01' AS date, 1.0 AS amount " +
          "FROM range(1048600) AS t(i)",
        file
      );
      const refusal = inputWorkbook(file);
      await expect(refusal).rejects.toThrow(PaneError);
      await expect(refusal).rejects.toThrow(
        "holds 1,048,600 customers: more than the 1,048,575 rows a sheet holds below its header"
      );
    },
    BIG_FILE_TIMEOUT
  );
});
