import { payloadBudgetBytes } from "../../../src/excel/payloadBudget";
import { outputSheetsSetting, OutputSheetRecord } from "../../../src/excel/outputSheets";
import { redYellowGreenScale } from "../../../src/excel/columnHighlight";
import { CellValue, rowsFromColumns, SheetTable } from "../../../src/excel/sheetTable";
import { OutputSheet, writeOutputSheets } from "../../../src/excel/writeSheets";
import { PAYLOAD_LIMIT_BYTES } from "../double/executor";
import { Workbook } from "../double/workbook";
import { openInExcel } from "./inProcessExcel";

jest.setTimeout(180_000);

/** A user's workbook: transactions on "Orders" and a note on "Notes". */
function userWorkbook(): Workbook {
  const workbook = new Workbook(["Orders", "Notes"]);
  workbook.sheet("Orders").setValues("A1", [
    ["Customer", "Date", "Amount"],
    ["C-1", 45292, 19.5],
    ["C-2", 45293, 7.25],
  ]);
  workbook.sheet("Notes").setValues("B2", [["Check Q4 returns", 42]]);
  return workbook;
}

/** A small table given as rows. */
function smallTable(
  sheetName: string,
  header: string[],
  rows: CellValue[][],
  columnFormats?: (string | undefined)[]
): SheetTable {
  return {
    sheetName,
    tableName: sheetName.replace(/\W/g, "_"),
    header,
    rowCount: rows.length,
    rows: (start, end) => rows.slice(start, end),
    columnFormats,
  };
}

const segments: CellValue[][] = [
  ["Champions", 0.12, 0.41],
  ["Loyal", 0.2, 0.27],
  ["At risk", 0.18, 0.14],
  ["Hibernating", 0.5, 0.18],
];

const segmentSheet: OutputSheet = {
  table: smallTable("CX Segments", ["Segment", "% customers", "% revenue"], segments, [
    undefined,
    "0.0%",
    "0.0%",
  ]),
  charts: [
    {
      chartType: "BarClustered",
      firstColumn: 0,
      columnCount: 3,
      title: "Customers and revenue by segment",
      categoryAxisTitle: "Segment",
      valueAxisTitle: "Share",
    },
  ],
};

const histogramSheet: OutputSheet = {
  table: smallTable(
    "CX Fit",
    ["Purchases", "Expected", "Actual"],
    [
      ["0", 1410.2, 1411],
      ["1", 438.9, 439],
      ["2+", 262.1, 264],
    ],
    ["@", "#,##0.0", "#,##0"]
  ),
  charts: [
    {
      chartType: "ColumnClustered",
      firstColumn: 0,
      columnCount: 3,
      title: "Repeat purchases: expected vs actual",
      categoryAxisTitle: "Repeat purchases",
      valueAxisTitle: "Customers",
    },
  ],
};

function savedRecords(workbook: Workbook): OutputSheetRecord[] {
  return workbook.settings.get(outputSheetsSetting) as OutputSheetRecord[];
}

describe("writeOutputSheets", () => {
  test("writes 1,048,575 rows × 5 columns from column data with every request under 5 MB", async () => {
    const workbook = userWorkbook();
    await openInExcel(workbook);
    const rowCount = 1_048_575;
    const customers = Array.from({ length: rowCount }, (_, row) => `C-${row}`);
    const pAlive = new Float64Array(rowCount).map((_, row) => (row % 1000) / 1000);
    const clv = new Float64Array(rowCount).map((_, row) => (row % 7919) * 1.25);
    const frequency = new Int32Array(rowCount).map((_, row) => row % 13);
    const lastPurchase = new Int32Array(rowCount).map((_, row) => 45_000 + (row % 365));
    const materialise = rowsFromColumns([customers, pAlive, clv, frequency, lastPurchase]);
    const blocks: { start: number; end: number; bytes: number }[] = [];
    const table: SheetTable = {
      sheetName: "CX Customers",
      tableName: "CX_Customers",
      header: ["Customer", "P(alive)", "CLV", "Frequency", "Last purchase"],
      rowCount,
      rows: (start, end) => {
        const rows = materialise(start, end);
        blocks.push({ start, end, bytes: JSON.stringify(rows).length });
        return rows;
      },
      columnFormats: [undefined, "0.0%", "#,##0.00", "#,##0", "yyyy-mm-dd"],
      // Adjacent, but different: each column gets its own conditional format.
      columnHighlights: [undefined, "threeColorScale", "dataBars"],
    };
    const progress: number[] = [];

    const outcome = await writeOutputSheets([{ table }], {
      onProgress: (rowsWritten, total) => progress.push(total - rowsWritten),
    });

    expect(outcome).toEqual({ stopped: false, sheetNames: ["CX Customers"], unfinished: null });
    const largestRequest = Math.max(...workbook.syncLog.map((stats) => stats.requestBytes));
    const largestResponse = Math.max(...workbook.syncLog.map((stats) => stats.responseBytes));
    expect(workbook.syncLog.filter((stats) => stats.errorCode)).toEqual([]);
    expect(largestRequest).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(largestResponse).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(workbook.syncLog.reduce((sum, stats) => sum + stats.cellsWritten, 0)).toBe(
      5 + 4 * rowCount + 5 * rowCount // header, four column formats, values
    );

    // Blocks follow each other; a block is rebuilt smaller only when its rows outgrew the estimate.
    expect(blocks[0].start).toBe(0);
    blocks.slice(1).forEach((block, index) => {
      const previous = blocks[index];
      expect(
        block.start === previous.end || (block.start === previous.start && block.end < previous.end)
      ).toBe(true);
    });
    expect(
      blocks.filter((block, index) => index > 0 && block.start === blocks[index - 1].start).length
    ).toBeLessThan(5);
    expect(blocks[blocks.length - 1].end).toBe(rowCount);
    const sent = blocks.filter(
      (block, index) => index === blocks.length - 1 || blocks[index + 1].start !== block.start
    );
    expect(Math.max(...sent.map((block) => block.bytes))).toBeLessThanOrEqual(payloadBudgetBytes);
    expect(sent).toHaveLength(
      workbook.syncLog.filter((stats) => stats.cellsWritten > 0).length - 1
    );
    expect(progress[progress.length - 1]).toBe(0);

    const sheet = workbook.sheet("CX Customers");
    expect(sheet.getValues("A1:E2")).toEqual([
      ["Customer", "P(alive)", "CLV", "Frequency", "Last purchase"],
      ["C-0", 0, 0, 0, 45_000],
    ]);
    const last = rowCount - 1;
    expect(sheet.getValues("A1048576:E1048576")).toEqual([
      [`C-${last}`, (last % 1000) / 1000, (last % 7919) * 1.25, last % 13, 45_000 + (last % 365)],
    ]);
    expect(
      sheet.readNumberFormats({ row: rowCount, column: 0, rowCount: 1, columnCount: 5 })
    ).toEqual([["General", "0.0%", "#,##0.00", "#,##0", "yyyy-mm-dd"]]);
    expect(sheet.readText({ row: 2, column: 1, rowCount: 1, columnCount: 4 })).toEqual([
      ["0.1%", "1.25", "1", "2023-03-16"],
    ]);
    const [excelTable] = workbook.tables();
    expect([excelTable.name, excelTable.style, excelTable.sheet.name]).toEqual([
      "CX_Customers",
      "TableStyleMedium2",
      "CX Customers",
    ]);
    expect(excelTable.rectangle).toEqual({
      row: 0,
      column: 0,
      rowCount: rowCount + 1,
      columnCount: 5,
    });
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.formatLog.map((record) => [record.property, record.address])).toEqual([
      ["autofitColumns", "A:E"],
    ]);

    const formats = sheet.conditionalFormats.map((format) => ({
      type: format.type,
      rectangle: format.rectangle,
    }));
    expect(formats).toEqual([
      { type: "DataBar", rectangle: { row: 1, column: 2, rowCount, columnCount: 1 } },
      { type: "ColorScale", rectangle: { row: 1, column: 1, rowCount, columnCount: 1 } },
    ]);
    expect(sheet.conditionalFormats[1].colorScaleCriteria).toEqual(redYellowGreenScale);
    expect(sheet.conditionalFormats[0].dataBar.barDirection).toBe("LeftToRight");
  });

  test("puts each chart beside its table with its titles", async () => {
    const workbook = userWorkbook();
    await openInExcel(workbook);

    await writeOutputSheets([segmentSheet, histogramSheet]);

    expect(
      workbook.charts().map((chart) => ({
        sheet: chart.sheet.name,
        chartType: chart.chartType,
        source: chart.sourceAddress,
        seriesBy: chart.seriesBy,
        seriesCount: chart.seriesCount,
        title: chart.title.text,
        categoryAxis: chart.categoryAxisTitle.text,
        valueAxis: chart.valueAxisTitle.text,
        position: chart.position,
      }))
    ).toEqual([
      {
        sheet: "CX Segments",
        chartType: "BarClustered",
        source: "'CX Segments'!A1:C5",
        seriesBy: "Columns",
        seriesCount: 2,
        title: "Customers and revenue by segment",
        categoryAxis: "Segment",
        valueAxis: "Share",
        position: { startCell: "E2", endCell: "L19" },
      },
      {
        sheet: "CX Fit",
        chartType: "ColumnClustered",
        source: "'CX Fit'!A1:C4",
        seriesBy: "Columns",
        seriesCount: 2,
        title: "Repeat purchases: expected vs actual",
        categoryAxis: "Repeat purchases",
        valueAxis: "Customers",
        position: { startCell: "E2", endCell: "L19" },
      },
    ]);
    expect(
      workbook.sheet("CX Segments").readText({ row: 1, column: 1, rowCount: 1, columnCount: 2 })
    ).toEqual([["12.0%", "41.0%"]]);
    expect(workbook.sheet("CX Fit").getValues("A2:A4")).toEqual([["0"], ["1"], ["2+"]]);
  });

  test("charts the first 255 rows of a table of 300 cohorts, as many series as a chart holds ([MS-OI29500] 2.1.1437)", async () => {
    const workbook = userWorkbook();
    await openInExcel(workbook);
    const cohorts = Array.from({ length: 300 }, (_, row) => [`2024-${row}`, row, 2 * row]);
    await writeOutputSheets([
      {
        table: smallTable("CX Cohorts", ["Cohort", "0", "1"], cohorts, ["@", "0", "0"]),
        charts: [
          {
            chartType: "Line",
            firstColumn: 0,
            columnCount: 3,
            seriesBy: "rows",
            title: "Value by cohort",
            categoryAxisTitle: "Months",
            valueAxisTitle: "Value",
          },
        ],
      },
    ]);
    const [chart] = workbook.charts();
    expect([chart.sourceAddress, chart.seriesBy, chart.seriesCount]).toEqual([
      "'CX Cohorts'!A1:C256",
      "Rows",
      255,
    ]);
  });

  test("a note longer than a cell holds is cut to 32,767 characters, not refused with the sheet (Excel specifications and limits)", async () => {
    const workbook = userWorkbook();
    await openInExcel(workbook);
    const channels = Array.from({ length: 5_000 }, (_, index) => `Partner ${index}`).join(", ");
    await writeOutputSheets([
      { table: smallTable("CX Channels", ["Account"], [["Attribution: first"], [channels]]) },
    ]);
    const [[first], [note]] = workbook.sheet("CX Channels").getValues("A2:A3");
    expect(first).toBe("Attribution: first");
    expect(channels.length).toBeGreaterThan(60_000);
    expect(note).toBe(`${channels.slice(0, 32_766)}…`);
  });

  test("stacks a further table below the first, one blank row apart, with the chart right of both", async () => {
    const workbook = userWorkbook();
    await openInExcel(workbook);
    const gridRows: CellValue[][] = [
      ["R 3", 1, 0, 4],
      ["R 2", 2, 3, 0],
      ["R 1", 5, 1, 0],
    ];
    const progress: number[] = [];

    const outcome = await writeOutputSheets(
      [
        {
          ...segmentSheet,
          below: [
            {
              table: {
                tableName: "CX_grid",
                header: ["R \\ F", "F 1", "F 2", "F 3"],
                rowCount: gridRows.length,
                rows: (start, end) => gridRows.slice(start, end),
                columnFormats: ["@", "0", "0", "0"],
                // One colour scale over the three F columns: a heat map.
                columnHighlights: [
                  undefined,
                  "threeColorScale",
                  "threeColorScale",
                  "threeColorScale",
                ],
              },
            },
          ],
        },
      ],
      { onProgress: (rowsWritten, total) => progress.push(rowsWritten, total) }
    );

    expect(outcome).toEqual({ stopped: false, sheetNames: ["CX Segments"], unfinished: null });
    expect(progress).toEqual([4, 7, 7, 7]);
    const sheet = workbook.sheet("CX Segments");
    expect(sheet.getValues("A5:D7")).toEqual([
      ["Hibernating", 0.5, 0.18, ""],
      ["", "", "", ""],
      ["R \\ F", "F 1", "F 2", "F 3"],
    ]);
    expect(sheet.getValues("A10:D10")).toEqual([["R 1", 5, 1, 0]]);
    expect(
      workbook.tables().map((table) => [table.name, table.sheet.name, table.rectangle])
    ).toEqual([
      ["CX_Segments", "CX Segments", { row: 0, column: 0, rowCount: 5, columnCount: 3 }],
      ["CX_grid", "CX Segments", { row: 6, column: 0, rowCount: 4, columnCount: 4 }],
    ]);
    expect(sheet.conditionalFormats.map((format) => [format.type, format.rectangle])).toEqual([
      ["ColorScale", { row: 7, column: 1, rowCount: 3, columnCount: 3 }],
    ]);
    // The widest table ends in column D: the chart starts in F, clear of both tables' cells.
    expect(workbook.charts().map((chart) => [chart.sourceAddress, chart.position])).toEqual([
      ["'CX Segments'!A1:C5", { startCell: "F2", endCell: "M19" }],
    ]);
    expect(sheet.frozenRows).toBe(1);
    // One fit over both tables, so the segment names keep the width the grid's labels would not need.
    expect(sheet.formatLog.map((record) => [record.address, record.value])).toEqual([
      ["A1:D10", ["Hibernating", "% customers", "% revenue", "F 3"]],
    ]);
  });

  test("fits the columns before writing the prose above a table, so its long lines run on to the right", async () => {
    const workbook = userWorkbook();
    await openInExcel(workbook);
    const lines = [
      "Attribution: first touch, each customer's channel is that of their first purchase.",
      "Spend: the whole log.",
    ];
    const notes = {
      ...smallTable(
        "CX Channels",
        ["Channels"],
        lines.map((line) => [line])
      ),
      prose: true,
    };

    const outcome = await writeOutputSheets([
      {
        table: { ...notes, tableName: "CX_channelNotes" },
        below: [
          {
            table: smallTable(
              "CX_channels",
              ["Channel", "Customers"],
              [
                ["Web", 12],
                ["Shop", 3],
              ]
            ),
          },
        ],
      },
    ]);

    expect(outcome.stopped).toBe(false);
    const sheet = workbook.sheet("CX Channels");
    expect(sheet.getValues("A1:B6")).toEqual([
      ["Channels", ""],
      [lines[0], ""],
      [lines[1], ""],
      ["", ""],
      ["Channel", "Customers"],
      ["Web", 12],
    ]);
    // Column A is fitted to "Channel", not to the 84 characters of the first line.
    expect(sheet.formatLog.map((record) => [record.address, record.value])).toEqual([
      ["A1:B7", ["Channel", "Customers"]],
    ]);
    expect(workbook.tables().map((table) => [table.name, table.rectangle])).toEqual([
      ["CX_channels", { row: 4, column: 0, rowCount: 3, columnCount: 2 }],
      ["CX_channelNotes", { row: 0, column: 0, rowCount: 3, columnCount: 1 }],
    ]);
  });

  test("names a table apart from a defined name, which shares the tables' namespace (office-js#551)", async () => {
    const workbook = userWorkbook();
    workbook.addName("CX_customers", "=Orders!$A$2:$A$3");
    await openInExcel(workbook);
    const customers = smallTable("CX Customers", ["Customer", "CLV"], [["C-1", 10]]);

    const outcome = await writeOutputSheets([
      { table: { ...customers, tableName: "CX_Customers" } },
    ]);

    expect(outcome).toEqual({ stopped: false, sheetNames: ["CX Customers"], unfinished: null });
    expect(workbook.tables().map((table) => table.name)).toEqual(["CX_Customers2"]);
    expect(workbook.findName("cx_customers")?.formula).toBe("=Orders!$A$2:$A$3");
    // The re-run frees nothing for the defined name: the table keeps a name apart from it.
    await writeOutputSheets([{ table: { ...customers, tableName: "CX_Customers" } }]);
    expect(workbook.tables().map((table) => table.name)).toEqual(["CX_Customers2"]);
  });

  test("a failure in a table below the first deletes the whole sheet", async () => {
    const workbook = userWorkbook();
    await openInExcel(workbook);

    await expect(
      writeOutputSheets([
        {
          ...segmentSheet,
          below: [
            {
              table: {
                tableName: "CX_grid",
                header: ["R \\ F", "F 1"],
                rowCount: 2,
                rows: () => {
                  throw new Error("The grid is missing");
                },
              },
            },
          ],
        },
      ])
    ).rejects.toThrow("The grid is missing");

    expect(workbook.sheetNames()).toEqual(["Orders", "Notes"]);
    expect(workbook.tables()).toEqual([]);
    expect(workbook.charts()).toEqual([]);
  });

  test("a re-run replaces only its own earlier sheets and leaves user sheets alone", async () => {
    const workbook = userWorkbook();
    const before = { orders: workbook.snapshot("Orders"), notes: workbook.snapshot("Notes") };
    await openInExcel(workbook);

    await writeOutputSheets([segmentSheet, histogramSheet]);
    const firstIds = savedRecords(workbook).map((record) => record.id);
    expect(savedRecords(workbook).map((record) => record.name)).toEqual(["CX Segments", "CX Fit"]);
    expect(firstIds).toEqual(["CX Segments", "CX Fit"].map((name) => workbook.sheet(name).id));

    workbook.addSheet("CX Notes of mine").setValues("A1", [["mine"]]);
    const outcome = await writeOutputSheets([segmentSheet, histogramSheet]);

    expect(outcome).toEqual({
      stopped: false,
      sheetNames: ["CX Segments", "CX Fit"],
      unfinished: null,
    });
    expect(workbook.sheetNames()).toEqual([
      "Orders",
      "Notes",
      "CX Notes of mine",
      "CX Segments",
      "CX Fit",
    ]);
    const secondIds = savedRecords(workbook).map((record) => record.id);
    expect(secondIds).toEqual(["CX Segments", "CX Fit"].map((name) => workbook.sheet(name).id));
    expect(secondIds.some((id) => firstIds.includes(id))).toBe(false);
    expect(workbook.charts()).toHaveLength(2);
    expect(workbook.snapshot("Orders").differencesFrom(before.orders)).toEqual([]);
    expect(workbook.snapshot("Notes").differencesFrom(before.notes)).toEqual([]);
    expect(workbook.sheet("CX Notes of mine").getValues("A1")).toEqual([["mine"]]);
  });

  test("a re-run keeps an output sheet the user renamed or typed into, and forgets one they deleted", async () => {
    const workbook = userWorkbook();
    await openInExcel(workbook);
    const fitTable: OutputSheet = { table: { ...histogramSheet.table, sheetName: "CX Fit 2" } };
    await writeOutputSheets([segmentSheet, histogramSheet, fitTable]);
    workbook.renameSheet(workbook.sheet("CX Segments"), "Board deck");
    workbook.sheet("CX Fit").setValues("F1", [["Looks right — Ana"]]);
    workbook.deleteSheet(workbook.sheet("CX Fit 2"));
    const kept = { deck: workbook.snapshot("Board deck"), fit: workbook.snapshot("CX Fit") };

    const outcome = await writeOutputSheets([segmentSheet, histogramSheet]);

    expect(outcome).toEqual({
      stopped: false,
      sheetNames: ["CX Segments", "CX Fit (2)"],
      unfinished: null,
    });
    expect(workbook.sheetNames()).toEqual([
      "Orders",
      "Notes",
      "Board deck",
      "CX Fit",
      "CX Segments",
      "CX Fit (2)",
    ]);
    expect(workbook.snapshot("Board deck").differencesFrom(kept.deck)).toEqual([]);
    expect(workbook.snapshot("CX Fit").differencesFrom(kept.fit)).toEqual([]);
    expect(savedRecords(workbook).map((record) => record.name)).toEqual([
      "CX Segments",
      "CX Fit (2)",
    ]);
  });

  test("a failure midway deletes this run's sheets, keeps the previous output and rethrows", async () => {
    const workbook = userWorkbook();
    await openInExcel(workbook);
    await writeOutputSheets([segmentSheet]);
    const previous = savedRecords(workbook);
    const failing: SheetTable = {
      ...smallTable("CX Customers", ["Customer", "CLV"], []),
      rowCount: 5000,
      rows: (start, end) => {
        if (start >= 1000) throw new Error("The engine ran out of memory");
        return Array.from({ length: end - start }, (_, row) => [`C-${start + row}`, row]);
      },
    };

    await expect(writeOutputSheets([histogramSheet, { table: failing }])).rejects.toThrow(
      "The engine ran out of memory"
    );

    expect(workbook.sheetNames()).toEqual(["Orders", "Notes", "CX Segments"]);
    expect(savedRecords(workbook)).toEqual(previous);
    expect(workbook.tables().map((table) => table.name)).toEqual(["CX_Segments"]);
  });

  test("an Excel error midway deletes this run's sheets and rethrows Excel's error", async () => {
    const workbook = userWorkbook();
    await openInExcel(workbook);
    const badCell = smallTable(
      "CX Customers",
      ["Customer", "CLV"],
      [
        ["C-1", 10],
        ["C-2", { value: 3 } as unknown as CellValue],
      ]
    );

    await expect(writeOutputSheets([segmentSheet, { table: badCell }])).rejects.toMatchObject({
      code: "InvalidArgument",
    });

    expect(workbook.sheetNames()).toEqual(["Orders", "Notes"]);
    expect(workbook.charts()).toEqual([]);
    expect(workbook.settings.has(outputSheetsSetting)).toBe(false);
  });

  test("stopping between blocks deletes this run's partial sheets and keeps the previous output", async () => {
    const workbook = userWorkbook();
    await openInExcel(workbook);
    await writeOutputSheets([segmentSheet]);
    const previous = savedRecords(workbook);
    const rowCount = 200_000;
    const clv = new Float64Array(rowCount).map((_, row) => row * 0.5);
    const ids = Array.from({ length: rowCount }, (_, row) => `C-${row}`);
    let rowsWritten = 0;

    const outcome = await writeOutputSheets(
      [
        {
          table: {
            sheetName: "CX Segments",
            tableName: "CX_Customers",
            header: ["Customer", "CLV"],
            rowCount,
            rows: rowsFromColumns([ids, clv]),
          },
        },
      ],
      {
        shouldStop: () => rowsWritten >= 50_000,
        onProgress: (written) => (rowsWritten = written),
      }
    );

    expect(outcome).toEqual({ stopped: true });
    expect(rowsWritten).toBeGreaterThanOrEqual(50_000);
    expect(rowsWritten).toBeLessThan(rowCount);
    expect(workbook.sheetNames()).toEqual(["Orders", "Notes", "CX Segments"]);
    expect(workbook.sheet("CX Segments").getValues("A2")).toEqual([["Champions"]]);
    expect(savedRecords(workbook)).toEqual(previous);
  });
});
