import { loadOfficeInProcess } from "./inProcessOffice";
import { Workbook } from "./workbook";

/** Lets pending transport promises settle, as a host that takes its time would. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

/** A batch that writes one cell of Sheet1. */
const writeB1 = (value: string) => async (context: Excel.RequestContext) => {
  context.workbook.worksheets.getItem("Sheet1").getRange("B1").values = [[value]];
  await context.sync();
};

describe("a user typing in a cell", () => {
  test("fails a batch without delayForCellEdit with InvalidOperationInCellEditMode, running none of it (office-js#625, #3388)", async () => {
    const workbook = new Workbook();
    const { Excel } = loadOfficeInProcess(workbook);
    workbook.startCellEdit("Sheet1", "A1");

    await expect(Excel.run(writeB1("from the add-in"))).rejects.toMatchObject({
      code: "InvalidOperationInCellEditMode",
    });

    expect(workbook.sheet("Sheet1").getValues("B1")).toEqual([[""]]);
    expect(workbook.syncLog.map((sync) => sync.errorCode)).toEqual([
      "InvalidOperationInCellEditMode",
    ]);
  });

  test("holds a batch with delayForCellEdit until the user leaves the cell (Excel.RunOptions.delayForCellEdit)", async () => {
    const workbook = new Workbook();
    const { Excel } = loadOfficeInProcess(workbook);
    workbook.startCellEdit("Sheet1", "A1");
    let done = false;

    const run = Excel.run({ delayForCellEdit: true }, writeB1("from the add-in")).then(
      () => (done = true)
    );
    await settle();
    expect([done, workbook.syncLog.length]).toEqual([false, 0]);

    workbook.finishCellEdit("typed by the user");
    await run;
    expect(workbook.sheet("Sheet1").getValues("A1:B1")).toEqual([
      ["typed by the user", "from the add-in"],
    ]);
    expect(workbook.syncLog.map((sync) => sync.errorCode)).toEqual([undefined]);
  });

  test("holds every sync of a delayed run, and a run that continues its context without the option fails, as office.js clears the flag per run", async () => {
    const workbook = new Workbook();
    const { Excel } = loadOfficeInProcess(workbook);
    const context = await Excel.run({ delayForCellEdit: true }, async (first) => {
      await writeB1("one")(first);
      workbook.startCellEdit("Sheet1", "A1");
      const second = writeB1("two")(first);
      await settle();
      expect(workbook.sheet("Sheet1").getValues("B1")).toEqual([["one"]]);
      workbook.finishCellEdit();
      await second;
      return first;
    });
    expect(workbook.sheet("Sheet1").getValues("B1")).toEqual([["two"]]);

    workbook.startCellEdit("Sheet1", "A1");
    await expect(Excel.run(context, writeB1("three"))).rejects.toMatchObject({
      code: "InvalidOperationInCellEditMode",
    });
    const continued = Excel.run(
      { delayForCellEdit: true, previousObjects: context },
      writeB1("four")
    );
    await settle();
    workbook.finishCellEdit();
    await continued;
    expect(workbook.sheet("Sheet1").getValues("B1")).toEqual([["four"]]);
  });
});
