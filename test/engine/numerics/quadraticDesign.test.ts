import {
  DESIGN_STEP,
  designPointCount,
  designPoints,
  quadraticsFromDesign,
} from "../../../src/engine/numerics/quadraticDesign";
import {
  paddedPoints,
  QUADRATIC_COEFFICIENTS,
  quadraticAtPoints,
} from "../../../src/engine/numerics/quadratics";
import { standardNormals } from "../../../src/engine/numerics/standardNormals";

describe("quadraticDesign", () => {
  it("puts the centre, ±h on each axis and h on each pair of axes", () => {
    const h = DESIGN_STEP;
    expect(h).toBeCloseTo(Math.sqrt(3), 15);
    expect(designPointCount(4)).toBe(15);
    expect(Array.from(designPoints(2))).toEqual([0, 0, h, 0, -h, 0, 0, h, 0, -h, h, h]);
  });

  it("recovers any quadratic in four variables from its values at the design", () => {
    // Two quadratics of random coefficients, evaluated at the design and fitted back.
    const size = 4;
    const truth = standardNormals(2 * QUADRATIC_COEFFICIENTS, 5);
    const points = designPoints(size);
    const count = designPointCount(size);
    const values = Array.from({ length: count }, () => new Float64Array(2));
    const padded = paddedPoints(points, count, size);
    const row = new Float64Array(count);
    for (let item = 0; item < 2; item++) {
      quadraticAtPoints(truth, item, padded, row);
      row.forEach((value, point) => (values[point][item] = value));
    }
    const fitted = quadraticsFromDesign(values, size);
    // Four variables use every slot: the constant, g_j, H_jj and H_jk.
    fitted.forEach((coefficient, slot) => expect(coefficient).toBeCloseTo(truth[slot], 12));
  });

  it("takes at most four variables", () => {
    expect(() => designPoints(5)).toThrow(RangeError);
  });
});
