import { InputError } from "../../src/engine/inputError";
import { readSegmentRules } from "../../src/functions/segmentRulesRange";

/** The rule of a row ["VIP", 5, 5, 4, 5, 4, 5]. */
const VIP = {
  name: "VIP",
  recencyLow: 5,
  recencyHigh: 5,
  frequencyLow: 4,
  frequencyHigh: 5,
  monetaryLow: 4,
  monetaryHigh: 5,
};

describe("readSegmentRules", () => {
  it("reads 7 columns per rule, skipping a header row and blank rows", () => {
    expect(
      readSegmentRules([
        ["Segment", "R low", "R high", "F low", "F high", "M low", "M high"],
        [" VIP ", 5, 5, "4", 5, 4, 5],
        [null, null, null, null, null, null, null],
        [7, 1, 2, 1, 2, 1, 2],
      ])
    ).toEqual([
      VIP,
      {
        name: "7",
        recencyLow: 1,
        recencyHigh: 2,
        frequencyLow: 1,
        frequencyHigh: 2,
        monetaryLow: 1,
        monetaryHigh: 2,
      },
    ]);
  });

  it("reads a selection one column too wide when the columns past the seventh are blank", () => {
    expect(
      readSegmentRules([
        ["Segment", "R low", "R high", "F low", "F high", "M low", "M high", ""],
        ["VIP", 5, 5, 4, 5, 4, 5, null],
      ])
    ).toEqual([VIP]);
    // A filled eighth column is no rule range: which seven columns were meant is not known.
    expect(() => readSegmentRules([["VIP", 5, 5, 4, 5, 4, 5, "note"]])).toThrow(
      new InputError(
        "segment_rules",
        "needs 7 columns: name, R low, R high, F low, F high, M low, M high",
        "value"
      )
    );
  });

  it("names the row of a bad rule", () => {
    expect(() => readSegmentRules([["VIP", 5, 5, 5, "x", 5, 5]])).toThrow(
      new InputError("segment_rules", 'row 1: "x" is not a number', "value")
    );
    expect(() =>
      readSegmentRules([
        ["h", "a", "b", "c", "d", "e", "f"],
        ["VIP", 5, 4, 1, 5, 1, 5],
      ])
    ).toThrow(new InputError("segment_rules", "row 2: R low must not exceed R high", "value"));
    expect(() => readSegmentRules([[null, 1, 5, 1, 5, 1, 5]])).toThrow(
      new InputError("segment_rules", "row 1: the segment name must be text", "value")
    );
  });

  it("throws #N/A for a range with only a header", () => {
    expect(() => readSegmentRules([["a", "b", "c", "d", "e", "f", "g"]])).toThrow(
      expect.objectContaining({ kind: "na" })
    );
  });
});
