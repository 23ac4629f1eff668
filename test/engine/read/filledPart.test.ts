import { filledPart } from "../../../src/engine/read/filledPart";

describe("filledPart", () => {
  it("is a view of a column at least three quarters full", () => {
    const column = Float64Array.of(1, 2, 3, 0);
    const part = filledPart(column, 3);
    expect(Array.from(part)).toEqual([1, 2, 3]);
    expect(part.buffer).toBe(column.buffer);
  });

  it("is a copy of an emptier column, so no unused room is kept", () => {
    const column = Int32Array.of(1, 2, 0, 0, 0);
    const part = filledPart(column, 2);
    expect(Array.from(part)).toEqual([1, 2]);
    expect(part.buffer).not.toBe(column.buffer);
    expect(part.buffer.byteLength).toBe(2 * Int32Array.BYTES_PER_ELEMENT);
  });
});
