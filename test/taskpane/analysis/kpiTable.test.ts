import type { CustomerKpis } from "../../../src/engine/report/kpis";
import { kpiTable } from "../../../src/taskpane/analysis/kpiTable";
import { stringsByLanguage } from "../../../src/taskpane/i18n/stringsByLanguage";

/** A customer table's KPIs: 4 customers, 10 orders, 500 in revenue, and no dates. */
const tableKpis: CustomerKpis = {
  customers: 4,
  orders: 10,
  revenue: 500,
  averageOrderValue: 50,
  purchaseFrequency: 2.5,
  repeatPurchaseRate: 0.75,
  averageLifespanDays: 365.25,
  observationDays: 730.5,
  purchasesPerYear: 1.25,
  simpleClv: 62.5,
  firstDate: NaN,
  lastDate: NaN,
};

describe("kpiTable", () => {
  const table = kpiTable(tableKpis, stringsByLanguage.nl, "nl-NL");

  it("is the Summary sheet's table, in the user's language", () => {
    expect([table.sheetName, table.tableName]).toEqual(["CX Overzicht", "CX_summary"]);
    expect(table.header).toEqual(["Kengetal", "Waarde", "Berekening"]);
    expect(table.rowCount).toBe(11);
  });

  it("writes each KPI's value, the lifespan in years, and no date where there is none", () => {
    expect(table.rows(0, table.rowCount).map((row) => [row[0], row[1]])).toEqual([
      ["Klanten", 4],
      ["Bestellingen", 10],
      ["Omzet", 500],
      ["Gemiddelde orderwaarde", 50],
      ["Aankoopfrequentie", 2.5],
      ["Herhaalaankoopratio", 0.75],
      ["Eerste aankoop", ""],
      ["Laatste aankoop", ""],
      ["Aankopen per klant per jaar", 1.25],
      ["Gemiddelde waargenomen klantlevensduur (jaren)", 1],
      ["Eenvoudige CLV", 62.5],
    ]);
  });

  it("gives the value cells their own formats: counts, money, shares and the locale's dates", () => {
    expect(table.cellFormats?.(0, table.rowCount).map((row) => row[1])).toEqual([
      "#,##0",
      "#,##0",
      "#,##0.00",
      "#,##0.00",
      "0.00",
      "0.0%",
      "dd\\-mm\\-yyyy",
      "dd\\-mm\\-yyyy",
      "0.00",
      "0.00",
      "#,##0.00",
    ]);
  });
});
