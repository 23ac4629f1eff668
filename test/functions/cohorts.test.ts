import { CustomFunctionsError, thrownBy } from "./customFunctionsStub";
import { cdnowSampleRows } from "../browser/fixtures/cdnowSample";
import { cohorts } from "../../src/functions/cohorts";

const column = (...values: unknown[]) => values.map((value) => [value]);
// A buys on 2023-01-10 (serial 44936) and 2023-03-02; B on 2023-01-20; C on 2023-02-05 and
// returns 5 on 2023-03-01.
const ids = column("A", "B", "A", "C", "C");
const dates = column(44936, "2023-01-20", "2023-03-02", "2023-02-05", 44986);
const amounts = column(30, 10, 20, 40, -5);

describe("CX.COHORTS", () => {
  it("spills the retention matrix by month, blank where a cohort is not yet observed", () => {
    expect(cohorts(ids, dates, amounts)).toEqual([
      ["cohort", "customers", 0, 1, 2],
      ["2023-01", 2, 1, 0, 0.5],
      ["2023-02", 1, 1, 0, ""],
    ]);
  });

  it("shows revenue, cumulative value and activity in that period or later", () => {
    expect(cohorts(ids, dates, amounts, "month", "revenue").slice(1)).toEqual([
      ["2023-01", 2, 40, 0, 20],
      ["2023-02", 1, 40, -5, ""],
    ]);
    expect(cohorts(ids, dates, amounts, undefined, "Cumulative value")[1]).toEqual([
      "2023-01",
      2,
      20,
      20,
      30,
    ]);
    expect(cohorts(ids, dates, amounts, null, "retention_or_later")[1]).toEqual([
      "2023-01",
      2,
      1,
      0.5,
      0.5,
    ]);
    expect(cohorts(ids, dates, amounts, "Q", "active")).toEqual([
      ["cohort", "customers", 0],
      ["2023-Q1", 3, 3],
    ]);
  });

  it("leaves out transactions after the observation end", () => {
    expect(cohorts(ids, dates, amounts, "month", "revenue", "2023-02-28")).toEqual([
      ["cohort", "customers", 0, 1],
      ["2023-01", 2, 40, 0],
      ["2023-02", 1, 40, ""],
    ]);
  });

  it("runs to an observation end past the last date, the months without a purchase empty", () => {
    // The README: the last period runs to observation_end. Data end 2023-03-02; observed to May.
    expect(cohorts(ids, dates, amounts, "month", "active", "2023-05-31")).toEqual([
      ["cohort", "customers", 0, 1, 2, 3, 4],
      ["2023-01", 2, 2, 0, 1, 0, 0],
      ["2023-02", 1, 1, 0, 0, 0, ""],
    ]);
  });

  it("gives the CDNOW sample's three cohorts, each fully active in month 0", () => {
    const rows = cdnowSampleRows();
    const result = cohorts(
      rows.map((row) => [row[0]]),
      rows.map((row) => [row[1]]),
      rows.map((row) => [row[2]])
    );
    expect(result.map((row) => row[0])).toEqual(["cohort", "1997-01", "1997-02", "1997-03"]);
    expect(result.slice(1).map((row) => row[2])).toEqual([1, 1, 1]);
    const customers = result.slice(1).reduce((sum, row) => sum + Number(row[1]), 0);
    expect(customers).toBe(new Set(rows.map((row) => row[0])).size);
    expect(result[0].length).toBe(2 + 18);
  });

  it("says which argument is wrong", () => {
    expect(thrownBy(() => cohorts(ids, dates, amounts, "fortnight"))).toEqual(
      new CustomFunctionsError("#VALUE!", 'period: must be "week", "month", "quarter" or "year"')
    );
    expect(thrownBy(() => cohorts(ids, dates, amounts, "month", "profit"))).toEqual(
      new CustomFunctionsError(
        "#VALUE!",
        "metric: must be one of retention, retention_or_later, active, revenue, revenue_per_customer, cumulative_value"
      )
    );
    expect(thrownBy(() => cohorts(ids, dates, amounts, "month", "active", "2022-12-01"))).toEqual(
      new CustomFunctionsError("#N/A", "transactions: no purchase up to the observation end")
    );
  });

  it("is #N/A for a log whose rows up to the end are all returns, not a table of no cohorts", () => {
    const noPurchase = new CustomFunctionsError(
      "#N/A",
      "transactions: no purchase up to the observation end"
    );
    expect(thrownBy(() => cohorts([["A"], ["B"]], [[45292], [45293]], [[-5], [-3]]))).toEqual(
      noPurchase
    );
    // A's purchase on 2024-01-10 is after the end; only the return of 2024-01-01 is kept.
    expect(
      thrownBy(() =>
        cohorts([["A"], ["A"]], [[45292], [45301]], [[-5], [20]], "month", "active", "2024-01-05")
      )
    ).toEqual(noPurchase);
  });
});
