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

/**
 * Adds the highlight as a conditional format over `range` (one column of a table's body).
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
