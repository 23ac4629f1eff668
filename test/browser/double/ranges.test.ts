import { loadOfficeInProcess } from "./inProcessOffice";
import { Workbook } from "./workbook";

/** A workbook with a 3×3 block at B2:D4 on "Data" and Excel running against it. */
function dataWorkbook() {
  const workbook = new Workbook(["Data"]);
  workbook.sheet("Data").setValues("B2", [
    ["Customer", "Orders", "Revenue"],
    ["C-1", 3, 120.5],
    ["C-2", 1, 40],
  ]);
  return { workbook, ...loadOfficeInProcess(workbook) };
}

describe("range values", () => {
  test("values must match the range's size exactly or be a single value", async () => {
    const { workbook, Excel } = dataWorkbook();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.getRange("F1:G2").values = [
        [1, 2],
        [3, 4],
      ];
      sheet.getRange("H1:I2").values = [[0]];
      await context.sync();
    });
    expect(workbook.sheet("Data").getValues("F1:I2")).toEqual([
      [1, 2, 0, 0],
      [3, 4, 0, 0],
    ]);
    for (const wrong of [[[1, 2, 3]], [[1], [2]], [[1, 2], [3]]]) {
      await expect(
        Excel.run(
          async (context) =>
            void (context.workbook.worksheets.getItem("Data").getRange("F1:G2").values = wrong)
        )
      ).rejects.toMatchObject({
        code: "InvalidArgument",
        debugInfo: { errorLocation: "Range.values" },
      });
    }
  });

  test("null leaves a cell unchanged, '' clears it, and empty cells read as ''", async () => {
    const { workbook, Excel } = dataWorkbook();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("B3:D3");
      range.values = [[null, "", 99]];
      range.getOffsetRange(2, 0).load("values");
      await context.sync();
    });
    expect(workbook.sheet("Data").getValues("B3:D3")).toEqual([["C-1", "", 99]]);
    expect(workbook.sheet("Data").getValues("A1:B1")).toEqual([["", ""]]);
  });

  test("text written as values is typed the way Excel types a cell entry", async () => {
    const { workbook, Excel } = dataWorkbook();
    let loaded:
      | { values: unknown[][]; formulas: unknown[][]; numberFormat: unknown[][]; text: unknown[][] }
      | undefined;
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.getRange("A10:A11").numberFormat = [["General"], ["@"]];
      const range = sheet.getRange("A10:F11");
      range.values = [
        ["00123", "'00123", "12.5%", "true", "2024-01-05", "=SUM(C3:C4)"],
        ["00123", "plain", 7, false, 0.25, ""],
      ];
      range.load("values, formulas, numberFormat, text");
      await context.sync();
      loaded = range.toJSON() as typeof loaded;
    });
    expect(loaded?.values).toEqual([
      [123, "00123", 0.125, true, 45296, ""],
      ["00123", "plain", 7, false, 0.25, ""],
    ]);
    expect(loaded?.formulas[0][5]).toBe("=SUM(C3:C4)");
    expect(loaded?.numberFormat[0]).toEqual([
      "General",
      "General",
      "0.00%",
      "General",
      "m/d/yyyy",
      "General",
    ]);
    expect(loaded?.text[0]).toEqual(["123", "00123", "12.50%", "TRUE", "1/5/2024", ""]);
    expect(workbook.sheet("Data").getValues("A11")).toEqual([["00123"]]);
  });

  test("numberFormat follows the same size rules and reads back per cell", async () => {
    const { Excel } = dataWorkbook();
    await Excel.run(async (context) => {
      const revenue = context.workbook.worksheets.getItem("Data").getRange("D3:D4");
      revenue.numberFormat = [["#,##0.00"]];
      revenue.load("numberFormat, text");
      await context.sync();
      expect(revenue.numberFormat).toEqual([["#,##0.00"], ["#,##0.00"]]);
      expect(revenue.text).toEqual([["120.50"], ["40.00"]]);
      revenue.numberFormat = [["0"], ["0"], ["0"]];
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
  });
});

describe("range navigation", () => {
  test("derived ranges report Excel's addresses and indexes", async () => {
    const { Excel } = dataWorkbook();
    await Excel.run(async (context) => {
      const block = context.workbook.worksheets.getItem("Data").getRange("B2:D4");
      const derived = [
        block.getCell(1, 2),
        block.getRow(2),
        block.getColumn(0),
        block.getResizedRange(1, -1),
        block.getOffsetRange(-1, 1),
        block.getEntireColumn(),
        block.getEntireRow(),
        block.getCell(0, 0).getSurroundingRegion(),
      ];
      derived.forEach((range) => range.load("address"));
      block.load("rowIndex, columnIndex, rowCount, columnCount, cellCount");
      await context.sync();
      expect(derived.map((range) => range.address)).toEqual([
        "Data!D3",
        "Data!B4:D4",
        "Data!B2:B4",
        "Data!B2:C5",
        "Data!C1:E3",
        "Data!B:D",
        "Data!2:4",
        "Data!B2:D4",
      ]);
      expect([
        block.rowIndex,
        block.columnIndex,
        block.rowCount,
        block.columnCount,
        block.cellCount,
      ]).toEqual([1, 1, 3, 3, 9]);
    });
  });

  test("the surrounding region grows across diagonal neighbours and stops at blank borders", () => {
    const workbook = new Workbook(["Data"]);
    const sheet = workbook.sheet("Data");
    sheet.setValues("B2", [
      ["a", "b"],
      ["c", ""],
    ]);
    sheet.setValues("D4", [["diagonal"]]);
    sheet.setValues("G10", [["far away"]]);
    expect(sheet.surroundingRegion({ row: 1, column: 1, rowCount: 1, columnCount: 1 })).toEqual({
      row: 1,
      column: 1,
      rowCount: 3,
      columnCount: 3,
    });
  });

  test("indexes outside the 1,048,576 × 16,384 grid are InvalidArgument", async () => {
    const { Excel } = dataWorkbook();
    const attempts: Array<(sheet: Excel.Worksheet) => Excel.Range> = [
      (sheet) => sheet.getRangeByIndexes(1_048_576, 0, 1, 1),
      (sheet) => sheet.getRangeByIndexes(0, 16_380, 1, 5),
      (sheet) => sheet.getRange("A1").getOffsetRange(-1, 0),
      (sheet) => sheet.getRange("XFE1"),
      (sheet) => sheet.getRange("Other!A1"),
    ];
    for (const attempt of attempts) {
      await expect(
        Excel.run(async (context) => {
          attempt(context.workbook.worksheets.getItem("Data")).load("address");
          await context.sync();
        })
      ).rejects.toMatchObject({ code: "InvalidArgument" });
    }
  });

  test("used ranges: values only, formats included, and the null object on an empty sheet", async () => {
    const { workbook, Excel } = dataWorkbook();
    workbook.addSheet("Empty");
    await Excel.run(async (context) => {
      const data = context.workbook.worksheets.getItem("Data");
      data.getRange("F8").numberFormat = [["0.00"]];
      const withFormats = data.getUsedRange();
      const valuesOnly = data.getUsedRange(true);
      const empty = context.workbook.worksheets.getItem("Empty");
      const emptyUsed = empty.getUsedRange();
      const emptyOrNull = empty.getUsedRangeOrNullObject();
      [withFormats, valuesOnly, emptyUsed].forEach((range) => range.load("address"));
      await context.sync();
      expect([withFormats.address, valuesOnly.address, emptyUsed.address]).toEqual([
        "Data!B2:F8",
        "Data!B2:D4",
        "Empty!A1",
      ]);
      expect(emptyOrNull.isNullObject).toBe(true);
    });
  });

  test("select() moves the workbook's selection and clear() empties cells", async () => {
    const { workbook, Excel } = dataWorkbook();
    workbook.addSheet("Other");
    workbook.select("Other", "A1");
    await Excel.run(async (context) => {
      const data = context.workbook.worksheets.getItem("Data");
      data.getRange("C3:D4").select();
      data.getRange("B4:D4").clear();
      const selected = context.workbook.getSelectedRange();
      selected.load("address");
      await context.sync();
      expect(selected.address).toBe("Data!C3:D4");
    });
    expect(workbook.selection).toEqual({ sheetName: "Data", address: "C3:D4" });
    expect(workbook.sheet("Data").getValues("B4:D4")).toEqual([["", "", ""]]);
  });

  test("with several areas selected (Ctrl+click), getSelectedRange fails with InvalidSelection and getActiveCell is in the last area (Workbook.getSelectedRange; office-js-docs-pr#2477)", async () => {
    const { workbook, Excel } = dataWorkbook();
    workbook.select("Data", "A1:B3,D2:D4");
    expect(workbook.selection).toEqual({ sheetName: "Data", address: "A1:B3,D2:D4" });
    await Excel.run(async (context) => {
      context.workbook.getSelectedRange().load("address");
      await expect(context.sync()).rejects.toMatchObject({
        code: "InvalidSelection",
        debugInfo: { errorLocation: "Workbook.getSelectedRange" },
      });
      const active = context.workbook.getActiveCell().load("address");
      await context.sync();
      expect(active.address).toBe("Data!D2");
      context.workbook.worksheets.getItem("Data").getRange("C3").select();
      const selected = context.workbook.getSelectedRange().load("address");
      await context.sync();
      expect(selected.address).toBe("Data!C3");
    });
  });

  test("format calls are recorded and read back", async () => {
    const { workbook, Excel } = dataWorkbook();
    await Excel.run(async (context) => {
      const header = context.workbook.worksheets.getItem("Data").getRange("B2:D2");
      header.format.font.bold = true;
      header.format.set({ fill: { color: "#DDEBF7" }, font: { color: "#1F3864" } });
      header.format.autofitColumns();
      const firstCell = header.getCell(0, 0);
      firstCell.load("format/font/bold, format/fill/color");
      header.getOffsetRange(1, 0).load({ format: { font: { bold: true } } });
      await context.sync();
      expect(firstCell.format.font.bold).toBe(true);
      expect(firstCell.format.fill.color).toBe("#DDEBF7");
    });
    expect(
      workbook
        .sheet("Data")
        .formatLog.map(({ address, property, value }) => [address, property, value])
    ).toEqual([
      ["B2:D2", "font.bold", true],
      ["B2:D2", "fill.color", "#DDEBF7"],
      ["B2:D2", "font.color", "#1F3864"],
      // The header row only: autofit fits each column to the range's own cells.
      ["B2:D2", "autofitColumns", ["Customer", "Orders", "Revenue"]],
    ]);
  });
});

describe("snapshots", () => {
  test("differencesFrom lists exactly the cells whose value, formula or format changed", async () => {
    const { workbook, Excel } = dataWorkbook();
    const before = workbook.snapshot("Data");
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.getRange("C3").values = [[3]];
      sheet.getRange("D3").values = [[121]];
      sheet.getRange("E10").formulas = [["=D3*2"]];
      sheet.getRange("B4").numberFormat = [["@"]];
    });
    expect(workbook.snapshot("Data").differencesFrom(before)).toEqual(["B4", "D3", "E10"]);
    expect(before.getValues("D3")).toEqual([[120.5]]);
    expect(workbook.snapshot("Data").differencesFrom(workbook.snapshot("Data"))).toEqual([]);
  });
});
