import { withRoom } from "../../../src/engine/read/withRoom";

describe("withRoom", () => {
  it("keeps a column that has the room", () => {
    const column = Int32Array.of(4, 5, 0);
    expect(withRoom(column, 3)).toBe(column);
  });

  it("grows a column to at least twice its length, or to what is needed in one step", () => {
    const doubled = withRoom(Float64Array.of(1.5, 2), 3);
    expect(doubled).toBeInstanceOf(Float64Array);
    expect(Array.from(doubled)).toEqual([1.5, 2, 0, 0]);
    const block = withRoom(Int32Array.of(7), 1000);
    expect(block).toBeInstanceOf(Int32Array);
    expect([block.length, block[0], block[999]]).toEqual([1000, 7, 0]);
  });
});
