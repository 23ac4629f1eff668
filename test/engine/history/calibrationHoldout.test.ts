import { cdnowSampleRows } from "../../browser/fixtures/cdnowSample";
import { logOf } from "../read/logOf";
import { calibrationHoldout } from "../../../src/engine/history/calibrationHoldout";
import { customerHistory } from "../../../src/engine/history/customerHistory";
import { toDaySerial } from "../../../src/engine/read/excelDate";
import { readFixture } from "../../fixtures/readFixture";

describe("calibrationHoldout on a hand-made log, calibration to day 110, holdout to day 120", () => {
  const log = logOf([
    ["A", 100, 10],
    ["B", 108, 8],
    ["A", 105, 5],
    ["C", 113, 5], // first buys in the holdout: left out
    ["A", 112, 20], // a same-day pair in the holdout: one purchase day
    ["D", 104, -5], // only a return by the calibration end: first buys in the holdout, on day 116
    ["A", 112, 7],
    ["E", 110, 9], // buys on the calibration end day itself: in the calibration, T = 0
    ["A", 115, -4], // a return in the holdout: no purchase day, but revenue
    ["D", 116, 12],
    ["E", 111, -9], // E's return in the holdout
    ["A", 118, 6],
    ["B", 120, 3], // on the observation end day: in the holdout
    ["A", 125, 50], // after the observation end: left out
  ]);
  const split = calibrationHoldout(log, {
    calibrationEnd: 110,
    observationEnd: 120,
    timeUnit: "D",
  });

  it("keeps the customers who bought by the calibration end, with their calibration history", () => {
    expect(split.calibration).toEqual(customerHistory(log, { observationEnd: 110, timeUnit: "D" }));
    expect(split.calibration.customerIds).toEqual(["A", "B", "E"]);
    expect(Array.from(split.calibration.x)).toEqual([1, 0, 0]);
    expect(Array.from(split.calibration.T)).toEqual([10, 2, 0]);
    expect(split.newInHoldout).toBe(2); // C and D
    expect(split.excludedTransactions).toBe(1);
  });

  it("counts holdout purchase days once a day, a return as none, and sums the holdout's amounts", () => {
    // A: days 112 (20 + 7) and 118 (6); day 115 nets −4. B: day 120. E: day 111 nets −9.
    expect(Array.from(split.holdoutPurchases)).toEqual([2, 1, 0]);
    expect(Array.from(split.holdoutRevenue)).toEqual([20 + 7 - 4 + 6, 3, -9]);
    expect(Array.from(split.holdoutMeanSpend)).toEqual([(27 + 6) / 2, 3, 0]);
    expect(split.holdoutLength).toBe(10);
    expect([split.calibrationEnd, split.observationEnd, split.timeUnit]).toEqual([110, 120, "D"]);
  });

  it("keeps the repeat purchase days per day from the cohort's first day", () => {
    expect(split.cohortStart).toBe(100);
    const expected = new Float64Array(21);
    for (const day of [105, 112, 118, 120]) expected[day - 100] = 1; // A's repeats, then B's
    expect(split.repeatPurchasesByDay).toEqual(expected);
  });

  it("measures the holdout in weeks and months", () => {
    const weeks = calibrationHoldout(log, { calibrationEnd: 110, observationEnd: 124 });
    expect(weeks.holdoutLength).toBe(2);
    expect(weeks.calibration.timeUnit).toBe("W");
    const months = calibrationHoldout(log, {
      calibrationEnd: 110,
      observationEnd: 120,
      timeUnit: "M",
    });
    expect(months.holdoutLength).toBeCloseTo(10 / 30.4375, 14);
  });

  it("observes to the last date by default, so that no day of the holdout is one without data", () => {
    const byDefault = calibrationHoldout(log, { calibrationEnd: 110, timeUnit: "D" });
    expect(byDefault.observationEnd).toBe(125);
    expect(Array.from(byDefault.holdoutPurchases)).toEqual([3, 1, 0]); // A's day 125 counts now
    expect(Array.from(byDefault.holdoutRevenue)).toEqual([20 + 7 - 4 + 6 + 50, 3, -9]);
    expect(byDefault.holdoutLength).toBe(15); // days 111 to 125
    expect(calibrationHoldout(log, { calibrationEnd: 124, timeUnit: "D" }).holdoutLength).toBe(1);
    expect(() => calibrationHoldout(log, { calibrationEnd: 125 })).toThrow(
      expect.objectContaining({
        argument: "calibration_end",
        kind: "value",
        message: "calibration_end: must be before the last date",
      })
    );
  });

  it("refuses ends that do not make a split, naming the argument", () => {
    const split = (calibrationEnd: number, observationEnd: number) => () =>
      calibrationHoldout(log, { calibrationEnd, observationEnd, timeUnit: "D" });
    expect(split(110, 110)).toThrow(
      expect.objectContaining({ argument: "observation_end", kind: "value" })
    );
    expect(split(110, NaN)).toThrow(
      expect.objectContaining({ argument: "observation_end", kind: "value" })
    );
    expect(split(NaN, 120)).toThrow(
      expect.objectContaining({ argument: "calibration_end", kind: "value" })
    );
    expect(split(99, 120)).toThrow(
      expect.objectContaining({
        argument: "calibration_end",
        kind: "na",
        message: "calibration_end: is before the first purchase (1900-04-09)",
      })
    );
  });
});

describe("calibrationHoldout on the CDNOW sample: FHL 2005's split, weeks", () => {
  const rows = cdnowSampleRows();
  const calibrationEnd = toDaySerial("1997-09-30");
  const observationEnd = toDaySerial("1998-06-30");
  const log = logOf(rows);
  const split = calibrationHoldout(log, { calibrationEnd, observationEnd, timeUnit: "W" });
  const { calibration } = split;
  const position = new Map(calibration.customerIds.map((id, index) => [id, index]));

  /** Each customer's net per day over the whole log, by a plain loop over the rows. */
  const netByDay = new Map<string, Map<number, number>>();
  for (const [id, day, amount] of rows) {
    const days = netByDay.get(id) ?? new Map<number, number>();
    days.set(day, (days.get(day) ?? 0) + amount);
    netByDay.set(id, days);
  }

  it("has the calibration of cdnow_customers_summary.csv: x exactly, t_x and T to its 2 decimals", () => {
    const lines = readFixture("cdnow_customers_summary.csv").trim().split(/\r?\n/).slice(1);
    expect(calibration.customerIds).toHaveLength(lines.length);
    let exact = 0;
    let largest = 0;
    for (const line of lines) {
      const [id, frequency, recency, T] = line.split(",").map(Number);
      const at = position.get(String(id)) as number;
      if (calibration.x[at] === frequency) exact++;
      largest = Math.max(
        largest,
        Math.abs(calibration.tx[at] - recency),
        Math.abs(calibration.T[at] - T)
      );
    }
    expect(exact).toBe(2357);
    expect(largest).toBeLessThanOrEqual(0.005 + 1e-9);
    expect(split.holdoutLength).toBe(39);
    expect(split.newInHoldout).toBe(0); // the cohort first bought in 1997's first quarter
    expect(split.excludedTransactions).toBe(0);
  });

  it("counts each customer's holdout purchase days, revenue and mean spend as a loop over the rows does", () => {
    let differences = 0;
    let largest = 0;
    for (const [id, days] of netByDay) {
      let purchases = 0;
      let revenue = 0;
      let spend = 0;
      for (const [day, net] of days) {
        if (day <= calibrationEnd || day > observationEnd) continue;
        revenue += net;
        if (net >= 0) {
          purchases++;
          spend += net;
        }
      }
      const at = position.get(id) as number;
      if (split.holdoutPurchases[at] !== purchases) differences++;
      largest = Math.max(
        largest,
        Math.abs(split.holdoutRevenue[at] - revenue),
        Math.abs(split.holdoutMeanSpend[at] - (purchases > 0 ? spend / purchases : 0))
      );
    }
    expect(differences).toBe(0);
    expect(largest).toBeLessThan(1e-9);
  });

  it("holds, for every customer, the purchase days the whole period adds to the calibration's", () => {
    const whole = customerHistory(log, { observationEnd, timeUnit: "W" });
    expect(whole.customerIds).toEqual(calibration.customerIds);
    let differences = 0;
    for (let customer = 0; customer < whole.x.length; customer++) {
      if (whole.x[customer] - calibration.x[customer] !== split.holdoutPurchases[customer]) {
        differences++;
      }
    }
    expect(differences).toBe(0);
  });

  it("keeps each day's repeat purchase days as the sorted purchase days of each customer give them", () => {
    expect(split.cohortStart).toBe(toDaySerial("1997-01-01"));
    const expected = new Float64Array(observationEnd - split.cohortStart + 1);
    for (const days of netByDay.values()) {
      const purchaseDays = [...days]
        .filter(([day, net]) => net >= 0 && day <= observationEnd)
        .map(([day]) => day)
        .sort((left, right) => left - right);
      for (const day of purchaseDays.slice(1)) expected[day - split.cohortStart]++;
    }
    expect(split.repeatPurchasesByDay).toEqual(expected);
    let calibrationRepeats = 0;
    for (let day = 0; day <= calibrationEnd - split.cohortStart; day++) {
      calibrationRepeats += split.repeatPurchasesByDay[day];
    }
    expect(calibrationRepeats).toBe(calibration.x.reduce((sum, x) => sum + x, 0));
  });
});
