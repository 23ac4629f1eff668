import { customerDays } from "../../../src/engine/history/customerDays";
import { groupByCustomer } from "../../../src/engine/history/customerGroups";
import { NET_TOLERANCE, snappedNet } from "../../../src/engine/history/snappedNet";

describe("snappedNet", () => {
  it("takes a net within 1e-9 of the gross for 0, and keeps a real return", () => {
    expect(0.3 - 0.1 - 0.2).toBeCloseTo(-2.7755575615628914e-17, 30);
    expect(snappedNet(0.3 - 0.1 - 0.2, 0.6)).toBe(0);
    expect(snappedNet(-0.01, 20.01)).toBe(-0.01);
    expect(snappedNet(5, 5)).toBe(5);
    expect(snappedNet(-NET_TOLERANCE * 2, 1)).toBe(-2e-9);
    expect(snappedNet(NaN, 5)).toBeNaN();
  });

  it("nets a day of amounts that cancel to 0 in customerDays, so cohorts and trends count it a purchase day", () => {
    const groups = groupByCustomer(
      Int32Array.of(0, 0, 0, 0),
      Int32Array.of(10, 10, 10, 12),
      Float64Array.of(0.3, -0.1, -0.2, -5),
      1,
      Infinity
    );
    const days = customerDays(groups);
    expect(Array.from(days.day)).toEqual([10, 12]);
    expect(Array.from(days.net)).toEqual([0, -5]);
  });
});
