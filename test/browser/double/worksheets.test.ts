import { loadOfficeInProcess } from "./inProcessOffice";
import { Workbook } from "./workbook";

describe("worksheets", () => {
  test("add() without a name picks the next free SheetN and appends it", async () => {
    const workbook = new Workbook();
    const { Excel } = loadOfficeInProcess(workbook);
    await Excel.run(async (context) => {
      const second = context.workbook.worksheets.add();
      const third = context.workbook.worksheets.add();
      second.load("name, position");
      third.load("name, position");
      await context.sync();
      expect([second.name, second.position, third.name, third.position]).toEqual([
        "Sheet2",
        1,
        "Sheet3",
        2,
      ]);
    });
    expect(workbook.sheetNames()).toEqual(["Sheet1", "Sheet2", "Sheet3"]);
  });

  test.each([
    "",
    "x".repeat(32),
    "a:b",
    "a\\b",
    "a/b",
    "a?b",
    "a*b",
    "a[b",
    "a]b",
    "a,b",
    "'quoted",
    "quoted'",
  ])("add(%p) is refused with InvalidArgument at sync", async (name) => {
    const { Excel } = loadOfficeInProcess(new Workbook());
    await expect(
      Excel.run(async (context) => void context.workbook.worksheets.add(name))
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("a name of exactly 31 characters with spaces and apostrophes inside is accepted", async () => {
    const workbook = new Workbook();
    const { Excel } = loadOfficeInProcess(workbook);
    const name = "Customer's lifetime value 2024!".slice(0, 31);
    await Excel.run(async (context) => void context.workbook.worksheets.add(name));
    expect(workbook.sheetNames()).toEqual(["Sheet1", name]);
  });

  test("a duplicate name, compared case-insensitively, is ItemAlreadyExists and stops the batch", async () => {
    const workbook = new Workbook(["Data"]);
    const { Excel } = loadOfficeInProcess(workbook);
    const run = Excel.run(async (context) => {
      context.workbook.worksheets.add("Before");
      context.workbook.worksheets.add("DATA");
      context.workbook.worksheets.add("After");
      await context.sync();
    });
    await expect(run).rejects.toMatchObject({
      code: "ItemAlreadyExists",
      debugInfo: { errorLocation: "WorksheetCollection.add" },
    });
    expect(workbook.sheetNames()).toEqual(["Data", "Before"]);
  });

  test("getItem of a missing sheet is ItemNotFound; getItemOrNullObject gives a null object", async () => {
    const { Excel } = loadOfficeInProcess(new Workbook(["Data"]));
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Missing").load("name");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ItemNotFound" });
    await Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Missing");
      const present = context.workbook.worksheets.getItemOrNullObject("data");
      expect(() => missing.isNullObject).toThrow(
        expect.objectContaining({ code: "PropertyNotLoaded" })
      );
      await context.sync();
      expect([missing.isNullObject, present.isNullObject]).toEqual([true, false]);
    });
  });

  test("items, getCount and the active sheet reflect the workbook", async () => {
    const workbook = new Workbook(["Data", "Model"]);
    workbook.select("Model", "B2");
    const { Excel } = loadOfficeInProcess(workbook);
    await Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      const count = sheets.getCount();
      const active = sheets.getActiveWorksheet();
      active.load("name");
      await context.sync();
      expect(sheets.items.map((sheet) => sheet.name)).toEqual(["Data", "Model"]);
      expect([count.value, active.name]).toEqual([2, "Model"]);
      sheets.items[0].activate();
      await context.sync();
    });
    expect(workbook.selection).toEqual({ sheetName: "Data", address: "A1" });
  });

  test("the last sheet cannot be deleted; deleting another removes its tables", async () => {
    const workbook = new Workbook(["Data", "Results"]);
    workbook.sheet("Results").setValues("A1", [["Customer"], ["C-1"]]);
    const { Excel } = loadOfficeInProcess(workbook);
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Results").tables.add("A1:A2", true);
      context.workbook.worksheets.getItem("Results").delete();
      await context.sync();
    });
    expect([workbook.sheetNames(), workbook.tables().length]).toEqual([["Data"], 0]);
    await expect(
      Excel.run(async (context) => context.workbook.worksheets.getItem("Data").delete())
    ).rejects.toMatchObject({ code: "InvalidOperation" });
  });

  test("a sheet created by add() is found again in later batches, after being renamed", async () => {
    const workbook = new Workbook();
    const { Excel } = loadOfficeInProcess(workbook);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.add("Draft");
      await context.sync();
      sheet.name = "Final";
      await context.sync();
      sheet.getRange("A1").values = [[1]];
      sheet.freezePanes.freezeRows(1);
      await context.sync();
    });
    expect(workbook.sheet("Final").getValues("A1")).toEqual([[1]]);
    expect(workbook.sheet("Final").frozenRows).toBe(1);
  });
});
