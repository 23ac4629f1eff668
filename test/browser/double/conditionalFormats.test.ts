import { loadOfficeInProcess } from "./inProcessOffice";
import { Workbook } from "./workbook";

function scoresWorkbook() {
  const workbook = new Workbook(["Scores"]);
  workbook.sheet("Scores").setValues("A1", [
    ["Customer", "P(alive)", "CLV"],
    ["C-1", 0.9, 120],
    ["C-2", 0.2, 15],
  ]);
  return { workbook, ...loadOfficeInProcess(workbook) };
}

const redYellowGreen = {
  minimum: { type: "LowestValue", color: "#F8696B" },
  midpoint: { type: "Percentile", formula: "50", color: "#FFEB84" },
  maximum: { type: "HighestValue", color: "#63BE7B" },
} as const;

describe("conditional formats", () => {
  test("a three-colour scale is recorded on its range with its criteria", async () => {
    const { workbook, Excel } = scoresWorkbook();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Scores").getRange("B2:B3");
      const format = range.conditionalFormats.add(Excel.ConditionalFormatType.colorScale);
      format.colorScale.criteria = redYellowGreen;
      format.load("type, priority");
      format.colorScale.load("threeColorScale");
      const formatRange = format.getRange().load("address");
      await context.sync();
      expect([format.type, format.priority, format.colorScale.threeColorScale]).toEqual([
        "ColorScale",
        0,
        true,
      ]);
      expect(formatRange.address).toBe("Scores!B2:B3");
    });
    const [format] = workbook.sheet("Scores").conditionalFormats;
    expect(format.type).toBe("ColorScale");
    expect(format.rectangle).toEqual({ row: 1, column: 1, rowCount: 2, columnCount: 1 });
    expect(format.colorScaleCriteria).toEqual(redYellowGreen);
  });

  test("a new colour scale has Excel's two-colour default", async () => {
    const { Excel } = scoresWorkbook();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Scores").getRange("B2:B3");
      const scale = range.conditionalFormats.add(Excel.ConditionalFormatType.colorScale).colorScale;
      scale.load("threeColorScale, criteria");
      await context.sync();
      expect(scale.threeColorScale).toBe(false);
      expect(scale.criteria.minimum.type).toBe("LowestValue");
      expect(scale.criteria.maximum.type).toBe("HighestValue");
    });
  });

  test.each([
    [
      "a midpoint of LowestValue",
      { ...redYellowGreen, midpoint: { type: "LowestValue", color: "#FFEB84" } },
    ],
    [
      "a percentile without a formula",
      { ...redYellowGreen, midpoint: { type: "Percentile", color: "#FFEB84" } },
    ],
    [
      "a maximum of LowestValue",
      { ...redYellowGreen, maximum: { type: "LowestValue", color: "#63BE7B" } },
    ],
    ["no maximum", { minimum: redYellowGreen.minimum }],
    [
      "a colour that is not one",
      { ...redYellowGreen, minimum: { type: "LowestValue", color: "#F86" } },
    ],
  ])("criteria with %s are InvalidArgument", async (_, criteria) => {
    const { workbook, Excel } = scoresWorkbook();
    await expect(
      Excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem("Scores").getRange("B2:B3");
        const format = range.conditionalFormats.add(Excel.ConditionalFormatType.colorScale);
        format.colorScale.criteria = criteria as Excel.ConditionalColorScaleCriteria;
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    // The add before the failing set has taken effect, as in Excel.
    expect(
      workbook.sheet("Scores").conditionalFormats[0].colorScaleCriteria.midpoint
    ).toBeUndefined();
  });

  test("data bars are recorded with Excel's defaults and their settings", async () => {
    const { workbook, Excel } = scoresWorkbook();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Scores").getRange("C2:C3");
      const bars = range.conditionalFormats.add(Excel.ConditionalFormatType.dataBar).dataBar;
      bars.load("barDirection, showDataBarOnly, lowerBoundRule, upperBoundRule");
      await context.sync();
      expect([bars.barDirection, bars.showDataBarOnly, bars.lowerBoundRule.type]).toEqual([
        "Context",
        false,
        "Automatic",
      ]);
      bars.barDirection = Excel.ConditionalDataBarDirection.leftToRight;
      bars.upperBoundRule = { type: "Number", formula: "1000" };
    });
    const [format] = workbook.sheet("Scores").conditionalFormats;
    expect(format.type).toBe("DataBar");
    expect(format.dataBar).toEqual({
      barDirection: "LeftToRight",
      showDataBarOnly: false,
      lowerBoundRule: { type: "Automatic" },
      upperBoundRule: { type: "Number", formula: "1000" },
    });
  });

  test("the colour scale of a data bar format is InvalidOperation", async () => {
    const { Excel } = scoresWorkbook();
    await expect(
      Excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem("Scores").getRange("C2:C3");
        const format = range.conditionalFormats.add(Excel.ConditionalFormatType.dataBar);
        format.colorScale.load("threeColorScale");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidOperation" });
  });

  test("a range lists the formats touching it, newest first; delete removes one", async () => {
    const { workbook, Excel } = scoresWorkbook();
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Scores");
      sheet.getRange("B2:B3").conditionalFormats.add(Excel.ConditionalFormatType.colorScale);
      sheet.getRange("C2:C3").conditionalFormats.add(Excel.ConditionalFormatType.dataBar);
      const all = sheet.getRange("A1:C3").conditionalFormats.load("items/type");
      const onlyC = sheet.getRange("C1:C10").conditionalFormats.load("items/type");
      await context.sync();
      expect(all.items.map((format) => format.type)).toEqual(["DataBar", "ColorScale"]);
      expect(onlyC.items.map((format) => format.type)).toEqual(["DataBar"]);
      onlyC.items[0].delete();
    });
    expect(workbook.sheet("Scores").conditionalFormats.map((format) => format.type)).toEqual([
      "ColorScale",
    ]);
  });

  test("a sheet's conditional formats go with it", async () => {
    const { workbook, Excel } = scoresWorkbook();
    workbook.addSheet("Other");
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Scores");
      const format = sheet
        .getRange("B2:B3")
        .conditionalFormats.add(Excel.ConditionalFormatType.colorScale)
        .load("id");
      await context.sync();
      expect(workbook.findConditionalFormat(format.id)?.sheet.name).toBe("Scores");
      sheet.delete();
      await context.sync();
      expect(workbook.findConditionalFormat(format.id)).toBeUndefined();
    });
    expect(workbook.sheets().flatMap((sheet) => sheet.conditionalFormats)).toEqual([]);
  });
});
