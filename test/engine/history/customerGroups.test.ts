import { groupByCustomer } from "../../../src/engine/history/customerGroups";

describe("groupByCustomer", () => {
  it("groups rows by customer in log order and leaves out rows after the last day", () => {
    const groups = groupByCustomer(
      Int32Array.of(1, 0, 1, 0, 2),
      Float64Array.of(12.75, 11, 10, 99, 15),
      Float64Array.of(1, 2, 3, 4, 5),
      3,
      20
    );
    expect(Array.from(groups.start)).toEqual([0, 1, 3, 4]);
    expect(Array.from(groups.day)).toEqual([11, 12, 10, 15]);
    expect(Array.from(groups.amount)).toEqual([2, 1, 3, 5]);
    expect(groups.excluded).toBe(1);
    expect([groups.firstDay, groups.lastDay]).toEqual([10, 15]);
  });

  it("leaves a customer without kept rows an empty group and a NaN date out", () => {
    const groups = groupByCustomer(
      Int32Array.of(0, 1),
      Float64Array.of(NaN, 5),
      Float64Array.of(1, 2),
      2,
      5
    );
    expect(Array.from(groups.start)).toEqual([0, 0, 1]);
    expect(groups.excluded).toBe(1);
  });
});
