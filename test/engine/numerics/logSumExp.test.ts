import { logAddExp, logSumExp } from "../../../src/engine/numerics/logSumExp";

describe("logSumExp", () => {
  it("is ln of the sum of the exponentials", () => {
    expect(logSumExp([Math.log(1), Math.log(2), Math.log(3)])).toBeCloseTo(Math.log(6), 15);
    expect(logSumExp(Float64Array.of(0.5))).toBe(0.5);
  });

  it("neither overflows nor underflows", () => {
    expect(logSumExp([1000, 1000])).toBeCloseTo(1000 + Math.LN2, 12);
    expect(logSumExp([-1000, -1000, -1000])).toBeCloseTo(-1000 + Math.log(3), 12);
  });

  it("handles infinite and missing values", () => {
    expect(logSumExp([])).toBe(-Infinity);
    expect(logSumExp([-Infinity, -Infinity])).toBe(-Infinity);
    expect(logSumExp([-Infinity, 2])).toBe(2);
    expect(logSumExp([1, Infinity])).toBe(Infinity);
    expect(logSumExp([1, NaN, 2])).toBeNaN();
  });
});

describe("logAddExp", () => {
  it("is ln(e^a + e^b), stable for large and −Infinity operands", () => {
    expect(logAddExp(Math.log(2), Math.log(3))).toBeCloseTo(Math.log(5), 15);
    expect(logAddExp(-800, -800)).toBeCloseTo(-800 + Math.LN2, 12);
    expect(logAddExp(-Infinity, 7)).toBe(7);
    expect(logAddExp(-Infinity, -Infinity)).toBe(-Infinity);
    expect(logAddExp(Infinity, 1)).toBe(Infinity);
    expect(logAddExp(NaN, 1)).toBeNaN();
  });
});
