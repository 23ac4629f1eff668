import { requireBinning, scoreCount } from "../../../src/engine/rfm/rfmBinning";

const fixed = (...rows: number[][]) =>
  ({
    method: "fixed",
    thresholds: rows.map((row) => Float64Array.from(row)) as [
      Float64Array,
      Float64Array,
      Float64Array,
    ],
  }) as const;

describe("requireBinning", () => {
  it("passes 2 to 10 bins and 1 to 9 ascending thresholds", () => {
    expect(requireBinning({ method: "ntile", bins: 10 })).toEqual({ method: "ntile", bins: 10 });
    const binning = fixed([30, 90], [1, 2, 3], [50]);
    expect(requireBinning(binning)).toBe(binning);
  });

  it.each([1, 11, 2.5])("rejects %p bins with #VALUE!", (bins) => {
    expect(() => requireBinning({ method: "quantile", bins })).toThrow(
      expect.objectContaining({ argument: "bins", kind: "value" })
    );
  });

  it("rejects thresholds out of order with #VALUE! naming the dimension", () => {
    expect(() => requireBinning(fixed([30], [3, 2], [1]))).toThrow(
      "bins: the frequency thresholds must be in ascending order"
    );
    expect(() => requireBinning(fixed([30, 30], [1], [1]))).toThrow(
      expect.objectContaining({ kind: "value" })
    );
  });

  it("rejects no thresholds, ten thresholds and non-finite ones", () => {
    expect(() => requireBinning(fixed([], [1], [1]))).toThrow(
      expect.objectContaining({ kind: "value" })
    );
    expect(() => requireBinning(fixed([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [1], [1]))).toThrow(
      expect.objectContaining({ kind: "value" })
    );
    expect(() => requireBinning(fixed([NaN], [1], [1]))).toThrow(
      expect.objectContaining({ kind: "value" })
    );
  });
});

describe("scoreCount", () => {
  it("is the bins, or one more than a dimension's thresholds", () => {
    expect(scoreCount({ method: "quantile", bins: 4 }, 2)).toBe(4);
    const binning = fixed([30, 90], [1, 2, 3], [50]);
    expect([0, 1, 2].map((dimension) => scoreCount(binning, dimension))).toEqual([3, 4, 2]);
  });
});
