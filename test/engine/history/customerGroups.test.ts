import { groupByCustomer } from "../../../src/engine/history/customerGroups";

describe("groupByCustomer", () => {
  it("groups rows by customer in log order and leaves out rows after the last day", () => {
    const groups = groupByCustomer(
      Int32Array.of(1, 0, 1, 0, 2),
      Int32Array.of(12, 11, 10, 99, 15),
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

  it("leaves a customer without kept rows an empty group", () => {
    const groups = groupByCustomer(
      Int32Array.of(0, 1),
      Int32Array.of(6, 5),
      Float64Array.of(1, 2),
      2,
      5
    );
    expect(Array.from(groups.start)).toEqual([0, 0, 1]);
    expect(groups.excluded).toBe(1);
  });

  it("brings carried columns into the grouped order, leaving out the rows it leaves out", () => {
    // customer 1: rows 0 and 2; customer 0: rows 1 and 3, row 3 dated after the last day
    const order = Int32Array.of(70, 71, 72, 73);
    const attribute = Int32Array.of(-1, 5, 6, 7);
    const groups = groupByCustomer(
      Int32Array.of(1, 0, 1, 0),
      Int32Array.of(12, 11, 10, 99),
      Float64Array.of(1, 2, 3, 4),
      2,
      20,
      [order, attribute]
    );
    expect(groups.carried.map((column) => Array.from(column))).toEqual([
      [71, 70, 72],
      [5, -1, 6],
    ]);
  });
});
