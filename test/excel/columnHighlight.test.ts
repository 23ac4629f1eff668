import { highlightRuns } from "../../src/excel/columnHighlight";

describe("highlightRuns", () => {
  it("gives each highlighted column its own run unless its neighbour shares the highlight", () => {
    expect(
      highlightRuns([undefined, "threeColorScale", "dataBars", undefined, "dataBars"])
    ).toEqual([
      { column: 1, columnCount: 1, highlight: "threeColorScale" },
      { column: 2, columnCount: 1, highlight: "dataBars" },
      { column: 4, columnCount: 1, highlight: "dataBars" },
    ]);
  });

  it("joins adjacent columns with the same highlight into one, as a heat map", () => {
    const grid = [undefined, ...Array(5).fill("threeColorScale")];
    expect(highlightRuns(grid)).toEqual([
      { column: 1, columnCount: 5, highlight: "threeColorScale" },
    ]);
  });

  it("gives no run for a table without highlights", () => {
    expect(highlightRuns([undefined, undefined])).toEqual([]);
    expect(highlightRuns([])).toEqual([]);
  });
});
