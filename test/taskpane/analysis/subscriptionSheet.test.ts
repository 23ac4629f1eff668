import { subscriptionReport } from "../../../src/engine/report/subscriptionReport";
import type { TableContent } from "../../../src/excel/sheetTable";
import { stringsByLanguage } from "../../../src/taskpane/i18n/stringsByLanguage";
import { subscriptionSheet } from "../../../src/taskpane/analysis/subscriptionSheet";
import {
  TABLE_1,
  table1Subscriptions,
  type Segment,
} from "../../engine/subscriptions/fhSubscriptions";

const SEGMENTS: readonly Segment[] = ["regular", "high_end"];
const OBSERVATION_END = Date.UTC(2007, 5, 30) / 86_400_000 + 25569;

/** Both Table 1 segments as one table, the segment as the plan, fee 120 a year, a customer id each. */
function table1Report() {
  const parts = SEGMENTS.map((segment) => ({ segment, ...table1Subscriptions(segment) }));
  const starts = parts.flatMap((part) => part.starts);
  return subscriptionReport(
    {
      starts,
      ends: parts.flatMap((part) => part.ends),
      customers: starts.map((_, index) => `C${index + 1}`),
      fees: starts.map(() => 120),
      attributes: parts.flatMap((part) => part.starts.map(() => part.segment)),
    },
    { period: "year", observationEnd: OBSERVATION_END, discountRate: 0.1, grossMargin: 0.5 }
  );
}

const allRows = (table: TableContent) => table.rows(0, table.rowCount);

describe("subscriptionSheet on Fader & Hardie (2007) Table 1", () => {
  const sheet = subscriptionSheet(table1Report(), stringsByLanguage.en.subscriptions, "en-US");
  const tables = [sheet.table, ...(sheet.below ?? []).map((placed) => placed.table)];
  const byName = (name: string) => tables.find((table) => table.tableName === name) as TableContent;

  it("opens with the outcome and names its tables", () => {
    expect(sheet.table.sheetName).toBe("CX Subscriptions");
    expect(sheet.table.prose).toBe(true);
    expect(allRows(sheet.table)).toEqual([
      ["2,000 subscriptions in 2 cohorts; 691 active at the observation end."],
    ]);
    expect(tables.map((table) => table.tableName)).toEqual([
      "CX_subscriptionNotes",
      "CX_subscriptionFits",
      "CX_survivors",
      "CX_retention",
      "CX_survival",
      "CX_subscribers",
    ]);
  });

  it.each(SEGMENTS.map((segment, index) => [segment, index + 1] as const))(
    "shows the %s segment's published α and β to 3 decimals",
    (segment, row) => {
      const fits = allRows(byName("CX_subscriptionFits"));
      expect(fits[row].slice(0, 3)).toEqual([segment, 1000, segment === "regular" ? 223 : 468]);
      expect((fits[row][3] as number).toFixed(3)).toBe(TABLE_1.params[segment].alpha.toFixed(3));
      expect((fits[row][4] as number).toFixed(3)).toBe(TABLE_1.params[segment].beta.toFixed(3));
    }
  );

  it("says why an α ≤ 1 fit's expected lifetime is blank, and leaves a finite one's note empty", () => {
    const fits = allRows(byName("CX_subscriptionFits"));
    const note = fits[0].length - 1;
    // Table 1's regular segment: α 0.704 ≤ 1, so the sBG's mean lifetime is infinite.
    expect(fits[1][0]).toBe("regular");
    expect(fits[1][5]).toBe("");
    expect(fits[1][note]).toBe(
      "Expected lifetime unbounded (α ≤ 1), so left blank: compare groups by the DERL."
    );
    const report = table1Report();
    const finite = {
      ...report,
      fits: report.fits.map((fit) => (fit.fitted ? { ...fit, expectedLifetime: 4.5 } : fit)),
    };
    const finiteFits = subscriptionSheet(finite, stringsByLanguage.en.subscriptions, "en-US")
      .below?.[0].table as TableContent;
    expect(allRows(finiteFits)[1].slice(5, 6).concat(allRows(finiteFits)[1][note])).toEqual([
      4.5,
      "",
    ]);
  });

  it("tabulates each cohort's survivors of years 0–7 and their retention", () => {
    const survivors = allRows(byName("CX_survivors"));
    expect(survivors[0]).toEqual(["regular", "2000", 1000, 631, 468, 382, 326, 289, 262, 241]);
    expect(allRows(byName("CX_retention"))[0].slice(2, 4)).toEqual(["", 0.631]);
  });

  it("projects the holdout years 8–12 within 1.6 points of Table 1, beside the observed years", () => {
    const survival = byName("CX_survival");
    expect(survival.header).toEqual([
      "Period",
      "All subscriptions: observed",
      "All subscriptions: sBG",
      "regular: observed",
      "regular: sBG",
      "high_end: observed",
      "high_end: sBG",
    ]);
    const rows = allRows(survival);
    expect(rows).toHaveLength(8 + 12);
    SEGMENTS.forEach((segment, index) => {
      const actual: number[] = TABLE_1.percent_surviving[segment];
      expect(rows[7][3 + 2 * index]).toBeCloseTo(actual[7] / 100, 12);
      // Observed years end at 7
      expect(rows[8][3 + 2 * index]).toBe("");
      for (let year = 8; year <= 12; year++) {
        const projected = Math.round(1000 * (rows[year][4 + 2 * index] as number)) / 10;
        expect(Math.abs(projected - actual[year])).toBeLessThanOrEqual(1.6 + 1e-9);
      }
    });
    expect(sheet.below?.[3].charts?.[0]).toMatchObject({ chartType: "Line", columnCount: 7 });
  });

  it("values the 691 active subscribers: 7 renewals, CLV = fee × margin × DERL", () => {
    const subscribers = allRows(byName("CX_subscribers"));
    expect(subscribers).toHaveLength(691);
    const [customer, group, cohort, renewals, fee, , derl, clv] = subscribers[0];
    expect([group, cohort, renewals, fee]).toEqual(["regular", "2000", 7, 120]);
    expect(customer).toMatch(/^C\d+$/);
    expect(clv as number).toBeCloseTo(120 * 0.5 * (derl as number), 9);
  });
});
