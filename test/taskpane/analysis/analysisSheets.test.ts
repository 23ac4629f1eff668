import { analysisResult } from "../../../src/engine/report/analysisResult";
import { fitBgnbd } from "../../../src/engine/models/bgnbd";
import { customerHistory } from "../../../src/engine/history/customerHistory";
import { createTransactionLogBuilder } from "../../../src/engine/read/transactionLog";
import { analysisSheets } from "../../../src/taskpane/analysis/analysisSheets";
import { stringsByLanguage } from "../../../src/taskpane/i18n/stringsByLanguage";
import { cdnowSampleRows } from "../../browser/fixtures/cdnowSample";

function cdnowResult(attributeColumn?: number) {
  const builder = createTransactionLogBuilder(
    { customer: 0, date: 1, amount: 2 },
    attributeColumn === undefined ? {} : { attributeColumn }
  );
  // A made-up attribute: odd and even customer ids.
  builder.addRows(cdnowSampleRows().map((row) => [...row, Number(row[0]) % 2 ? "odd" : "even"]));
  return analysisResult(builder.finish());
}

describe("analysisSheets on the CDNOW sample", () => {
  const result = cdnowResult();
  const sheets = analysisSheets(result, stringsByLanguage.de, "de", "de-DE");

  it("opens with the Summary sheet of the customers' KPIs, each value with its format", () => {
    const rows = cdnowSampleRows();
    const summary = sheets[0].table;
    expect(summary.sheetName).toBe("CX Übersicht");
    expect(summary.tableName).toBe("CX_summary");
    expect(summary.header).toEqual(["Kennzahl", "Wert", "Berechnung"]);
    const values = new Map(summary.rows(0, summary.rowCount).map((row) => [row[0], row[1]]));
    const revenue = rows.reduce((sum, row) => sum + row[2], 0);
    expect(values.get("Kunden")).toBe(new Set(rows.map((row) => row[0])).size);
    // No order ids and no negative amount in CDNOW: every row is an order.
    expect(values.get("Bestellungen")).toBe(rows.length);
    expect(values.get("Umsatz")).toBeCloseTo(revenue, 6);
    expect(values.get("Erster Kauf")).toBe(Math.min(...rows.map((row) => row[1])));
    expect(values.get("Letzter Kauf")).toBe(Math.max(...rows.map((row) => row[1])));
    expect(summary.cellFormats?.(0, 3)).toEqual([
      ["@", "#,##0", "@"],
      ["@", "#,##0", "@"],
      ["@", "#,##0.00", "@"],
    ]);
    expect(summary.cellFormats?.(6, 7)).toEqual([["@", "dd\\.mm\\.yyyy", "@"]]);
  });

  it("writes one row per customer with P(alive) and CLV highlighted, blanks for no number", () => {
    const customers = sheets[1];
    expect(customers.table.sheetName).toBe("CX Kunden");
    // Dates as a German writes them, the points escaped so Excel does not read them as decimals.
    expect(customers.table.columnFormats?.[4]).toBe("dd\\.mm\\.yyyy");
    expect(customers.table.rowCount).toBe(2357);
    expect(customers.table.header[12]).toBe("P(aktiv)");
    expect(customers.table.header[15]).toBe("Prognostizierter CLV, 12 Monate");
    const rows = customers.table.rows(0, 2357);
    expect(
      rows.every((row) =>
        row.every((cell) => cell === "" || Number.isFinite(cell) || typeof cell === "string")
      )
    ).toBe(true);
    const highlighted = customers.table.columnHighlights?.flatMap((highlight, column) =>
      highlight ? [[column, highlight]] : []
    );
    expect(highlighted).toEqual([
      [12, "threeColorScale"],
      [15, "dataBars"],
    ]);
  });

  it("puts data bars on the at-risk list's value at stake", () => {
    const atRisk = sheets.find((sheet) => sheet.table.tableName === "CX_atRisk")!.table;
    expect(atRisk.header[1]).toBe("Gefährdeter Wert");
    expect(atRisk.columnHighlights?.[1]).toBe("dataBars");
    expect(atRisk.columnHighlights?.filter(Boolean)).toHaveLength(1);
  });

  it("has segment counts, grid counts and the histogram each summing to the customers", () => {
    const segments = sheets[2].table;
    expect(segments.sheetName).toBe("CX Segmente");
    expect(segments.rows(0, segments.rowCount).reduce((sum, row) => sum + Number(row[3]), 0)).toBe(
      2357
    );
    // The R × F grid sits below the segments (and the whole base's CLV), not on a sheet of its own.
    expect(sheets[2].below).toHaveLength(2);
    const grid = sheets[2].below![1].table;
    expect(grid.tableName).toBe("CX_grid");
    expect(grid.header).toEqual(["R \\ F", "F 1", "F 2", "F 3", "F 4", "F 5"]);
    // Every F column on one colour scale: the writer makes them one heat map.
    expect(grid.columnHighlights).toEqual([undefined, ...Array(5).fill("threeColorScale")]);
    expect(sheets.map((sheet) => sheet.table.tableName)).not.toContain("CX_grid");
    const gridRows = grid.rows(0, grid.rowCount);
    expect(gridRows.map((row) => row[0])).toEqual(["R 5", "R 4", "R 3", "R 2", "R 1"]);
    expect(
      gridRows.flatMap((row) => row.slice(1)).reduce<number>((sum, cell) => sum + Number(cell), 0)
    ).toBe(2357);
    // The fit histogram sits below the parameters on the Model sheet, with its chart.
    const model = sheets.find((sheet) => sheet.table.sheetName === "CX Modell")!;
    expect(model.table.sheetName).toBe("CX Modell");
    const fit = model.below![0].table;
    expect(fit.tableName).toBe("CX_modelFit");
    expect(model.below![0].charts).toHaveLength(1);
    expect(fit.rows(0, 8).reduce((sum, row) => sum + Number(row[1]), 0)).toBe(2357);
  });

  it("reports the BG/NBD parameters the engine fits directly on the customer summary", () => {
    const builder = createTransactionLogBuilder({ customer: 0, date: 1, amount: 2 });
    builder.addRows(cdnowSampleRows());
    const direct = fitBgnbd(customerHistory(builder.finish(), { timeUnit: "W" })).params;
    const model = sheets.find((sheet) => sheet.table.sheetName === "CX Modell")!.table;
    const values = new Map(
      model.rows(0, model.rowCount).map((row) => [`${row[0]} ${row[1]}`, row[2]])
    );
    for (const name of ["r", "alpha", "a", "b"] as const) {
      expect(values.get(`BG/NBD ${name}`)).toBeCloseTo(direct[name], 6);
    }
  });

  it("adds the by-attribute sheet only when the log carries an attribute", () => {
    expect(sheets.map((sheet) => sheet.table.tableName)).not.toContain("CX_attribute");
    const withAttribute = analysisSheets(cdnowResult(3), stringsByLanguage.en, "en", "en-US");
    const attribute = withAttribute.find((sheet) => sheet.table.tableName === "CX_attribute")!;
    const rows = attribute.table.rows(0, attribute.table.rowCount);
    expect(rows.map((row) => row[0]).sort()).toEqual(["even", "odd"]);
    expect(rows.reduce((sum, row) => sum + Number(row[4]), 0)).toBe(2357);
  });

  it('writes the Customers sheet\'s attribute as text, as Excel would read "00123" or "- none -" otherwise', () => {
    const withAttribute = analysisSheets(cdnowResult(3), stringsByLanguage.en, "en", "en-US");
    const customers = withAttribute.find(
      (sheet) => sheet.table.tableName === "CX_customers"
    )!.table;
    const column = customers.header.indexOf("Attribute");
    expect(column).toBeGreaterThan(0);
    expect(customers.columnFormats?.[column]).toBe("@");
    expect(customers.columnFormats?.[0]).toBe("@"); // the customer id, as before
  });
});
