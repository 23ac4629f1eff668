import { loadOfficeInProcess } from "./inProcessOffice";
import { Workbook } from "./workbook";

function salesWorkbook() {
  const workbook = new Workbook(["Data"]);
  workbook.sheet("Data").setValues("A1", [
    ["Customer", "", "Customer", 2024],
    ["C-1", 3, "x", 1],
    ["C-2", 1, "y", 2],
  ]);
  return { workbook, ...loadOfficeInProcess(workbook) };
}

describe("tables", () => {
  test("blank headers become Column1…, repeated ones get a suffix, numbers become text", async () => {
    const { workbook, Excel } = salesWorkbook();
    await Excel.run(async (context) => {
      const table = context.workbook.worksheets.getItem("Data").tables.add("A1:D3", true);
      table.columns.load("items/name");
      table.load("name, style, showTotals");
      const body = table.getDataBodyRange();
      const header = table.getHeaderRowRange();
      [body, header].forEach((range) => range.load("address"));
      await context.sync();
      expect(table.columns.items.map((column) => column.name)).toEqual([
        "Customer",
        "Column1",
        "Customer2",
        "2024",
      ]);
      expect([table.name, table.style, table.showTotals]).toEqual([
        "Table1",
        "TableStyleMedium2",
        false,
      ]);
      expect([header.address, body.address]).toEqual(["Data!A1:D1", "Data!A2:D3"]);
    });
    expect(workbook.sheet("Data").getValues("A1:D1")).toEqual([
      ["Customer", "Column1", "Customer2", "2024"],
    ]);
  });

  test("a table may not overlap another table", async () => {
    const { workbook, Excel } = salesWorkbook();
    await Excel.run(async (context) => void context.workbook.tables.add("Data!A1:B3", true));
    await expect(
      Excel.run(async (context) => void context.workbook.tables.add("Data!B3:C5", true))
    ).rejects.toMatchObject({
      code: "InvalidOperation",
      debugInfo: { errorLocation: "TableCollection.add" },
    });
    expect(workbook.tables().map((table) => table.name)).toEqual(["Table1"]);
  });

  test("without headers Excel inserts a header row above the data", async () => {
    const { workbook, Excel } = salesWorkbook();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("C2:D3");
      const table = context.workbook.worksheets.getItem("Data").tables.add(range, false);
      table.getRange().load("address");
      await context.sync();
    });
    expect(workbook.sheet("Data").getValues("C1:D4")).toEqual([
      ["Customer", 2024],
      ["Column1", "Column2"],
      ["x", 1],
      ["y", 2],
    ]);
    expect(workbook.sheet("Data").getValues("A2:B2")).toEqual([["C-1", 3]]);
  });

  test("names are unique workbook-wide, default to the next TableN and can be looked up", async () => {
    const { workbook, Excel } = salesWorkbook();
    workbook.addSheet("Other").setValues("A1", [["Id"], [1]]);
    await Excel.run(async (context) => {
      const first = context.workbook.worksheets.getItem("Data").tables.add("A1:B3", true);
      first.name = "Customers";
      const second = context.workbook.worksheets.getItem("Other").tables.add("A1:A2", true);
      second.load("name");
      await context.sync();
      expect(second.name).toBe("Table1");
      const found = context.workbook.tables.getItem("customers");
      const missing = context.workbook.tables.getItemOrNullObject("Nope");
      const onOther = context.workbook.worksheets.getItem("Other").tables.getCount();
      found.load("name");
      await context.sync();
      expect([found.name, missing.isNullObject, onOther.value]).toEqual(["Customers", true, 1]);
      // A taken table name is refused as an invalid argument (OfficeDev/office-js#551).
      second.name = "CUSTOMERS";
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
      second.name = "1st";
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
    expect([workbook.table("customers").name, workbook.table("Table1").sheet.name]).toEqual([
      "Customers",
      "Other",
    ]);
    expect(() => workbook.table("Nope")).toThrow("There is no table named 'Nope'.");
  });

  test("the totals row extends the table and delete() clears its cells", async () => {
    const { workbook, Excel } = salesWorkbook();
    await Excel.run(async (context) => {
      const table = context.workbook.tables.add("Data!A1:B3", true);
      table.showTotals = true;
      table.getRange().load("address");
      table.getDataBodyRange().load("address");
      await context.sync();
    });
    expect(workbook.tables()[0].rectangle).toEqual({
      row: 0,
      column: 0,
      rowCount: 4,
      columnCount: 2,
    });
    expect(
      workbook.sheet("Data").readFormulas({ row: 3, column: 0, rowCount: 1, columnCount: 2 })
    ).toEqual([["Total", "=SUBTOTAL(109,[Column1])"]]);
    await Excel.run(async (context) => void context.workbook.tables.getItem("Table1").delete());
    expect([workbook.tables().length, workbook.sheet("Data").getValues("A1:B1")]).toEqual([
      0,
      [["", ""]],
    ]);
  });

  test("a hidden header row leaves the table at its data body, with no header row range (xlwings issue 2094)", async () => {
    const { workbook, Excel } = salesWorkbook();
    const seen = await Excel.run(async (context) => {
      const table = context.workbook.tables.add("Data!A1:B3", true);
      table.showHeaders = false;
      const range = table.getRange().load("address");
      const body = table.getDataBodyRange().load("address");
      table.columns.load("items/name");
      table.load("showHeaders");
      await context.sync();
      const names = table.columns.items.map((column) => column.name);
      return { range: range.address, body: body.address, shown: table.showHeaders, names };
    });
    expect(seen).toEqual({
      range: "Data!A2:B3",
      body: "Data!A2:B3",
      shown: false,
      names: ["Customer", "Column1"],
    });
    expect(workbook.sheet("Data").getValues("A1:B1")).toEqual([["", ""]]);
    await expect(
      Excel.run(async (context) => {
        context.workbook.tables.getItem("Table1").getHeaderRowRange().load("address");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidOperation" });
    // Shown again, the names return to the blank row above.
    await Excel.run(async (context) => {
      context.workbook.tables.getItem("Table1").showHeaders = true;
      await context.sync();
    });
    expect(workbook.sheet("Data").getValues("A1:B1")).toEqual([["Customer", "Column1"]]);
    expect(workbook.tables()[0].rectangle).toEqual({
      row: 0,
      column: 0,
      rowCount: 3,
      columnCount: 2,
    });
  });
});

describe("charts", () => {
  test("add() records the chart with Excel's default name, series and legend", async () => {
    const { workbook, Excel } = salesWorkbook();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      const chart = sheet.charts.add(
        Excel.ChartType.columnClustered,
        sheet.getRange("A1:B3"),
        Excel.ChartSeriesBy.auto
      );
      chart.title.text = "Orders per customer";
      chart.legend.position = "Bottom";
      chart.axes.valueAxis.title.text = "Orders";
      chart.setPosition("F2", "M20");
      const seriesCount = chart.series.getCount();
      chart.load("name");
      await context.sync();
      expect([chart.name, seriesCount.value]).toEqual(["Chart 1", 1]);
    });
    const [chart] = workbook.charts();
    expect([
      chart.chartType,
      chart.sourceAddress,
      chart.seriesBy,
      chart.title,
      chart.legend.position,
      chart.valueAxisTitle.text,
      chart.position,
    ]).toEqual([
      "ColumnClustered",
      "Data!A1:B3",
      "Columns",
      { text: "Orders per customer", visible: true },
      "Bottom",
      "Orders",
      { startCell: "F2", endCell: "M20" },
    ]);
    await expect(
      Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Data");
        sheet.charts.add("NotAChart" as Excel.ChartType, sheet.getRange("A1:B3"));
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});
