import fc from "fast-check";
import { CustomFunctionsError, thrownBy } from "./customFunctionsStub";
import { rfmSegment as rfmSegmentFunction } from "../../src/functions/rfmSegment";
import { rfmScore } from "../../src/functions/rfmScore";
import { customerSegments, SEGMENT_KEYS } from "../../src/engine/rfm/customerSegments";
import { rfmScoreColumns } from "../../src/engine/rfm/rfmScores";
import { SEGMENT_NAMES } from "../../src/engine/rfm/segmentNames";
import type { SegmentScheme } from "../../src/engine/rfm/segmentRules";
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
      [
        new CustomFunctionsError(
          "#VALUE!",
          "rfm_score: 105 is not an RFM score of 5 bins (100·R + 10·F + M with R, F and M from 1 to 5); give the bins CX.RFMSCORE scored with"
        ),
      ],
      [new CustomFunctionsError("#VALUE!", "rfm_score: the cell is blank; a number is required")],
      ["Hibernating"],
    ]);
  });

  it("takes CX.RFMSCORE's bins: the best of 3 bins are Champions, codes of 10 bins decode", () => {
    // On 1–5 as the pane puts them (⌈5 s / 3⌉): 333 is 555, 111 is 222.
    expect(rfmSegment(column(333, 111), undefined, 3)).toEqual(
      column("Champions", "Need Attention")
    );
    expect(rfmSegment(333)).toEqual([["Loyal Customers"]]); // 3 of 5
    // R 10 F 1 M 1; R 9 F 10 M 5; R 5 F 5 M 10: on 1–5, 5 1 1, 5 5 3 and 3 3 5.
    expect(rfmSegment(column(1011, 1005, 560, 1110), null, [[10]])).toEqual(
      column("Potential Loyalist", "Loyal Customers", "Loyal Customers", "Champions")
    );
    expect(rfmSegment(column(560, 444), null, 3)).toEqual([
      [
        new CustomFunctionsError(
          "#VALUE!",
          "rfm_score: 560 is not an RFM score of 3 bins (100·R + 10·F + M with R, F and M from 1 to 3); give the bins CX.RFMSCORE scored with"
        ),
      ],
      [
        new CustomFunctionsError(
          "#VALUE!",
          "rfm_score: 444 is not an RFM score of 3 bins (100·R + 10·F + M with R, F and M from 1 to 3); give the bins CX.RFMSCORE scored with"
        ),
      ],
    ]);
    for (const bins of [1, 11, 4.5]) {
      expect(thrownBy(() => rfmSegment(555, undefined, bins))).toEqual(
        new CustomFunctionsError("#VALUE!", "bins: must be a whole number from 2 to 10")
      );
    }
  });

  it("reads your own rules on the scores' own scale, whatever the bins", () => {
    const rules = [["Top", 3, 3, 3, 3, 3, 3]];
    expect(rfmSegment(column(333, 555), rules, 3)).toEqual([
      ["Top"],
      [expect.objectContaining({ code: "#VALUE!" })],
    ]);
    expect(rfmSegment(column(333, 555), rules)).toEqual(column("Top", "Other"));
  });

  it("names each customer's CX.RFMSCORE code as the task pane names the customer, for any bins", () => {
    const customers = fc.array(
      fc.tuple(
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 1, max: 5000 })
      ),
      { minLength: 1, maxLength: 120 }
    );
    const schemes = fc.constantFrom<[SegmentScheme, string | undefined]>(
      ["rfmPackage", undefined],
      ["allReachable", "reachable"]
    );
    fc.assert(
      fc.property(customers, fc.integer({ min: 2, max: 10 }), schemes, (rows, bins, scheme) => {
        const [schemeName, argument] = scheme;
        const columns = [0, 1, 2].map((dimension) => rows.map((row) => [row[dimension]]));
        const codes = rfmScore(columns[0], columns[1], columns[2], [[bins]]);
        const values = [0, 1, 2].map((dimension) =>
          Float64Array.from(rows, (row) => row[dimension])
        );
        const pane = customerSegments(
          rfmScoreColumns(values[0], values[1], values[2], bins),
          bins,
          schemeName
        );
        expect(rfmSegment(codes, argument, bins)).toEqual(
          Array.from(pane, (index) => [SEGMENT_NAMES[SEGMENT_KEYS[index]].en])
        );
      }),
      { numRuns: 300 }
    );
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
    const bins = fc.option(fc.oneof(oddCell, fc.integer({ min: 1, max: 11 })), { nil: undefined });
    fc.assert(
      fc.property(
        scores,
        fc.option(rules, { nil: undefined }),
        bins,
        (score, ruleRange, scoreBins) =>
          answersLikeExcel(
            () => rfmSegment(score, ruleRange, scoreBins),
            (cell) => typeof cell === "string" && cell.length > 0
          )
      ),
      { numRuns: 10_000 }
    );
  });
});
