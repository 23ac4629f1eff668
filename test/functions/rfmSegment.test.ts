import fc from "fast-check";
import { CustomFunctionsError, thrownBy } from "./customFunctionsStub";
import { rfmSegment as rfmSegmentFunction } from "../../src/functions/rfmSegment";
import { answersLikeExcel, oddArgument, oddCell } from "./oddInputs";

const rfmSegment = rfmSegmentFunction as (...args: unknown[]) => unknown[][];
const column = (...values: unknown[]) => values.map((value) => [value]);

describe("CX.RFMSEGMENT", () => {
  const global = globalThis as { Office?: unknown };
  afterEach(() => delete global.Office);

  it("names each score's segment by the R rfm package's table, first match winning", () => {
    expect(rfmSegment(column(555, 333, 511, 222, 211, 155, 111, 115))).toEqual(
      column(
        "Champions",
        "Loyal Customers",
        "Potential Loyalist", // before New Customers, which holds R 4–5 F 1 M 1 too
        "Need Attention",
        "About To Sleep",
        "At Risk", // before Can't Lose Them
        "Hibernating", // before Lost
        "Other"
      )
    );
  });

  it('uses the every-segment-reachable table for "reachable", the default for "rfm"', () => {
    const scores = column(511, 311, 144, 111, 112);
    expect(rfmSegment(scores, "reachable")).toEqual(
      column("New Customers", "Promising", "Can't Lose Them", "Lost", "Hibernating")
    );
    expect(rfmSegment(scores, [[" RFM "]])).toEqual(rfmSegment(scores));
    expect(thrownBy(() => rfmSegment(555, "all of them"))).toEqual(
      new CustomFunctionsError(
        "#VALUE!",
        'segment_rules: must be a range of 7 columns, "reachable" or "rfm"'
      )
    );
  });

  it("reads a single score, numeric text and a spilled row", () => {
    expect(rfmSegment(555)).toEqual([["Champions"]]);
    expect(rfmSegment([["445", 111]])).toEqual([["Champions", "Hibernating"]]);
  });

  it("speaks Excel's display language", () => {
    global.Office = { context: { displayLanguage: "de-DE" } };
    expect(rfmSegment(column(555, 333, 111, 115))).toEqual(
      column("Champions", "Treue Kunden", "Inaktiv", "Sonstige")
    );
    global.Office = { context: { displayLanguage: "da-DK" } };
    expect(rfmSegment(column(555, 155))).toEqual(column("Mestre", "I risikozonen"));
    global.Office = { context: { displayLanguage: "nn-NO" } };
    expect(rfmSegment(111)).toEqual([["I dvale"]]);
  });

  it("uses the user's rules and names, skipping a header row", () => {
    const rules = [
      ["Segment", "R low", "R high", "F low", "F high", "M low", "M high"],
      ["VIP", 5, 5, 5, 5, 5, 5],
      ["Good", 3, 5, 3, 5, 3, 5],
    ];
    global.Office = { context: { displayLanguage: "nl-NL" } };
    expect(rfmSegment(column(555, 545, 211), rules)).toEqual(column("VIP", "Good", "Overig"));
    expect(rfmSegment(column(555), rules.slice(1))).toEqual(column("VIP"));
  });

  it("gives a bad score its own error and stops whole columns at the data", () => {
    const result = rfmSegment([[555], ["abc"], [105], [null], [111], [null], [""]]);
    expect(result).toEqual([
      ["Champions"],
      [new CustomFunctionsError("#VALUE!", 'rfm_score: "abc" is not a number')],
      [new CustomFunctionsError("#NUM!")],
      [new CustomFunctionsError("#VALUE!", "rfm_score: the cell is blank; a number is required")],
      ["Hibernating"],
    ]);
  });

  it("throws #VALUE! for a rules range without 7 columns", () => {
    expect(thrownBy(() => rfmSegment(555, [["VIP", 5, 5]]))).toEqual(
      new CustomFunctionsError(
        "#VALUE!",
        "segment_rules: needs 7 columns: name, R low, R high, F low, F high, M low, M high"
      )
    );
  });

  it("never throws anything but an Excel error over 10,000 odd calls", () => {
    const ruleRow = fc.tuple(
      fc.oneof(fc.string({ maxLength: 6 }), oddCell),
      ...Array.from({ length: 6 }, () => fc.oneof(fc.integer({ min: 0, max: 6 }), oddCell))
    );
    const rules = fc.oneof(oddArgument, fc.array(ruleRow, { maxLength: 4 }));
    const scores = fc.oneof(
      oddArgument,
      fc.array(fc.tuple(fc.integer({ min: 0, max: 1200 })), { maxLength: 10 })
    );
    fc.assert(
      fc.property(scores, fc.option(rules, { nil: undefined }), (score, ruleRange) =>
        answersLikeExcel(
          () => rfmSegment(score, ruleRange),
          (cell) => typeof cell === "string" && cell.length > 0
        )
      ),
      { numRuns: 10_000 }
    );
  });
});
