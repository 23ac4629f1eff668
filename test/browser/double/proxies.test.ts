import { loadOfficeInProcess } from "./inProcessOffice";
import { Workbook } from "./workbook";

function seededOffice(displayLanguage = "en-US") {
  const workbook = new Workbook(["Data"]);
  workbook.sheet("Data").setValues("A1", [
    ["Customer", "Revenue"],
    ["C-1", 10],
  ]);
  workbook.select("Data", "A1:B2");
  return { workbook, ...loadOfficeInProcess(workbook, displayLanguage) };
}

describe("proxy semantics", () => {
  test("a property is readable only after load and sync", async () => {
    const { Excel } = seededOffice();
    await Excel.run(async (context) => {
      const range = context.workbook.getSelectedRange();
      expect(() => range.address).toThrow(
        expect.objectContaining({ code: "PropertyNotLoaded", name: "RichApi.Error" })
      );
      range.load("address");
      expect(() => range.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.address).toBe("Data!A1:B2");
      expect(() => range.values).toThrow(
        expect.objectContaining({
          code: "PropertyNotLoaded",
          debugInfo: expect.objectContaining({ errorLocation: "Range.values" }),
        })
      );
      const count = context.workbook.worksheets.getCount();
      expect(() => count.value).toThrow(expect.objectContaining({ code: "ValueNotLoaded" }));
    });
  });

  test("every load form selects the same properties", async () => {
    const { Excel } = seededOffice();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      const ranges = [
        sheet.getRange("A1:B2"),
        sheet.getRange("A1:B2"),
        sheet.getRange("A1:B2"),
        sheet.getRange("A1:B2"),
      ];
      ranges[0].load("address, values");
      ranges[1].load(["address", "values"]);
      ranges[2].load({ select: "address,values" });
      ranges[3].load({ address: true, values: true });
      await context.sync();
      const expected = {
        address: "Data!A1:B2",
        values: [
          ["Customer", "Revenue"],
          ["C-1", 10],
        ],
      };
      ranges.forEach((range) => expect(range.toJSON()).toEqual(expected));
    });
  });

  test("a written property reads back without a load, and set() writes nested properties", async () => {
    const { workbook, Excel } = seededOffice();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("C1");
      range.values = [["Segment"]];
      expect(range.values).toEqual([["Segment"]]);
      range.set({ numberFormat: [["@"]], format: { font: { bold: true } } });
      await context.sync();
    });
    expect(
      workbook.sheet("Data").readNumberFormats({ row: 0, column: 2, rowCount: 1, columnCount: 1 })
    ).toEqual([["@"]]);
    expect(workbook.sheet("Data").formatLog.map((record) => record.property)).toEqual([
      "font.bold",
    ]);
  });

  test("the first failing operation rejects sync and later operations do not run", async () => {
    const { workbook, Excel } = seededOffice();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.getRange("D1").values = [["before"]];
      sheet.getRange("E1:F1").values = [["too", "many", "values"]];
      sheet.getRange("G1").values = [["after"]];
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
    expect(workbook.sheet("Data").getValues("D1:G1")).toEqual([["before", "", "", ""]]);
  });

  test("Excel.run(object, batch) continues with the object's context", async () => {
    const { Excel } = seededOffice();
    const range = await Excel.run(async (context) => {
      const selected = context.workbook.getSelectedRange();
      selected.load("address");
      await context.sync();
      return selected;
    });
    const rowCount = await Excel.run(range, async (context) => {
      range.load("rowCount");
      await context.sync();
      expect(range.context).toBe(context);
      return range.rowCount;
    });
    expect(rowCount).toBe(2);
  });

  test("collections load items with their properties and toJSON lists them", async () => {
    const { workbook, Excel } = seededOffice();
    workbook.addSheet("Model");
    await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("name, position");
      await context.sync();
      expect(sheets.toJSON()).toEqual({
        items: [
          { name: "Data", position: 0 },
          { name: "Model", position: 1 },
        ],
      });
    });
  });
});

describe("Office namespace", () => {
  test("onReady reports Excel on the web and the configured language", async () => {
    const { Office } = seededOffice("da-DK");
    const callback = jest.fn();
    await expect(Office.onReady(callback)).resolves.toEqual({
      host: "Excel",
      platform: "OfficeOnline",
    });
    expect(callback).toHaveBeenCalledWith({
      host: Office.HostType.Excel,
      platform: Office.PlatformType.OfficeOnline,
    });
    expect(Office.context.displayLanguage).toBe("da-DK");
  });

  test("requirement sets: ExcelApi up to 1.17 and SharedRuntime 1.1", async () => {
    const { Office } = seededOffice();
    await Office.onReady();
    const supported = (name: string, version: string) =>
      Office.context.requirements.isSetSupported(name, version);
    expect([
      supported("ExcelApi", "1.9"),
      supported("ExcelApi", "1.17"),
      supported("ExcelApi", "1.18"),
      supported("SharedRuntime", "1.1"),
      supported("SharedRuntime", "1.2"),
      supported("WordApi", "1.1"),
    ]).toEqual([true, true, false, true, false, false]);
  });

  test("settings persist to the workbook on saveAsync only", async () => {
    const workbook = new Workbook();
    workbook.settings.set("language", "de-DE");
    const { Office } = loadOfficeInProcess(workbook);
    await Office.onReady();
    const settings = Office.context.document.settings;
    expect(settings.get("language")).toBe("de-DE");
    settings.set("model", { name: "BG/NBD", iterations: 200 });
    settings.remove("language");
    expect(workbook.settings.get("model")).toBeUndefined();
    const status = await new Promise((saved) =>
      settings.saveAsync((result) => saved(result.status))
    );
    expect(status).toBe(Office.AsyncResultStatus.Succeeded);
    expect(Object.fromEntries(workbook.settings)).toEqual({
      model: { name: "BG/NBD", iterations: 200 },
    });
  });

  test("showAsTaskpane and hide resolve and record the pane's visibility", async () => {
    const { Office, host } = seededOffice();
    await Office.addin.hide();
    expect(host.taskpaneVisible).toBe(false);
    await Office.addin.showAsTaskpane();
    expect(host.taskpaneVisible).toBe(true);
  });

  test("selecting through the API raises onSelectionChanged once the handler is synced", async () => {
    const { Excel } = seededOffice();
    const addresses: string[] = [];
    await Excel.run(async (context) => {
      context.workbook.onSelectionChanged.add(async () => {
        await Excel.run(async (handlerContext) => {
          const selected = handlerContext.workbook.getSelectedRange();
          selected.load("address");
          await handlerContext.sync();
          addresses.push(selected.address);
        });
      });
      await context.sync();
      context.workbook.worksheets.getItem("Data").getRange("B2").select();
      await context.sync();
    });
    await new Promise((settled) => setTimeout(settled, 20));
    expect(addresses).toEqual(["Data!B2"]);
  });
});

describe("CustomFunctions", () => {
  test("Error carries Excel's error codes", () => {
    const { CustomFunctions } = seededOffice();
    const error = new CustomFunctions.Error(
      CustomFunctions.ErrorCode.invalidNumber,
      "Alpha must be positive."
    );
    expect([error.code, error.message]).toEqual(["#NUM!", "Alpha must be positive."]);
    expect(Object.values(CustomFunctions.ErrorCode)).toEqual([
      "#VALUE!",
      "#N/A",
      "#DIV/0!",
      "#NUM!",
      "#NULL!",
      "#NAME?",
      "#REF!",
    ]);
  });
});
