import { transferables } from "../../../src/taskpane/analysis/transferables";

describe("transferables", () => {
  it("finds each typed array's buffer once, however deep, and nothing in texts or numbers", () => {
    const shared = new Float64Array(8);
    const value = {
      customerIds: ["A", "B"],
      rows: 2,
      customer: Int32Array.of(0, 1),
      nested: { amount: Float64Array.of(20, 5.5), views: [shared.subarray(0, 4), shared] },
      skipped: { blankCustomer: 1 },
    };
    expect(transferables(value)).toEqual([
      value.customer.buffer,
      value.nested.amount.buffer,
      shared.buffer,
    ]);
    expect(transferables({ ids: ["A"], count: 3, none: null })).toEqual([]);
  });

  it("moves the arrays through structured cloning: the copy holds them, the original is emptied", () => {
    const log = { customerIds: ["A"], date: Int32Array.of(45000, 45001), rows: 2 };
    const moved = structuredClone(log, { transfer: transferables(log) });
    expect(Array.from(moved.date)).toEqual([45000, 45001]);
    expect(moved.customerIds).toEqual(["A"]);
    expect(log.date.length).toBe(0);
    expect(log.date.buffer.byteLength).toBe(0);
  });

  it("leaves a SharedArrayBuffer out, as it cannot be transferred", () => {
    const view = new Int32Array(new SharedArrayBuffer(8));
    expect(transferables({ view })).toEqual([]);
  });
});
