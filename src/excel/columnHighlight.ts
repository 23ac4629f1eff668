/** How a result column is highlighted: a red–yellow–green scale (P(alive)) or data bars (CLV). */
export type ColumnHighlight = "threeColorScale" | "dataBars";

/**
 * Excel's red–yellow–green scale: lowest value red, 50th percentile yellow, highest green, so
 * that customers likely to have churned stand out.
 */
export const redYellowGreenScale: Excel.ConditionalColorScaleCriteria = {
  minimum: { type: "LowestValue", color: "#F8696B" },
  midpoint: { type: "Percentile", formula: "50", color: "#FFEB84" },
  maximum: { type: "HighestValue", color: "#63BE7B" },
};

/** Adjacent columns of a table that share one highlight. */
export interface HighlightRun {
  column: number;
  columnCount: number;
  highlight: ColumnHighlight;
}

/**
 * The runs of adjacent columns with the same highlight, left to right: each run gets one
 * conditional format, so a heat map's colour scale spans all its columns.
 * @example
 * highlightRuns([undefined, "threeColorScale", undefined, "dataBars"])
 * // -> [{ column: 1, columnCount: 1, highlight: "threeColorScale" }, { column: 3, columnCount: 1, highlight: "dataBars" }]
 * highlightRuns(["threeColorScale", "threeColorScale"]) // -> [{ column: 0, columnCount: 2, highlight: "threeColorScale" }]
 */
export function highlightRuns(
  highlights: readonly (ColumnHighlight | undefined)[]
): HighlightRun[] {
  const runs: HighlightRun[] = [];
  highlights.forEach((highlight, column) => {
    if (highlight === undefined) return;
    const last = runs[runs.length - 1];
    if (last && last.highlight === highlight && last.column + last.columnCount === column)
      last.columnCount++;
    else runs.push({ column, columnCount: 1, highlight });
  });
  return runs;
}

/**
 * Adds the highlight as a conditional format over `range` (columns of a table's body).
 * @example
 * addColumnHighlight(sheet.getRangeByIndexes(1, 4, customerCount, 1), "threeColorScale");
 */
export function addColumnHighlight(range: Excel.Range, highlight: ColumnHighlight): void {
  if (highlight === "threeColorScale") {
    const format = range.conditionalFormats.add(Excel.ConditionalFormatType.colorScale);
    format.colorScale.criteria = redYellowGreenScale;
  } else {
    const format = range.conditionalFormats.add(Excel.ConditionalFormatType.dataBar);
    format.dataBar.barDirection = Excel.ConditionalDataBarDirection.leftToRight;
  }
}
