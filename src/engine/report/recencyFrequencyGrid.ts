import type { CustomerAnalysis } from "./customerAnalysis";

/** Customer counts by R and F score. */
export interface RecencyFrequencyGrid {
  bins: number;
  /** counts[(R − 1) · bins + (F − 1)]: customers with recency score R and frequency score F. */
  counts: Int32Array;
}

/**
 * The R × F grid of customer counts, bins × bins, row R and column F (scores 1..bins), the
 * usual heat map of an RFM analysis. Every customer falls in one cell, so the counts sum to
 * the customers.
 *
 * @example
 * const grid = recencyFrequencyGrid(analysis);
 * grid.counts[4 * grid.bins + 4]; // customers with R 5 and F 5 (5 bins)
 */
export function recencyFrequencyGrid(analysis: CustomerAnalysis): RecencyFrequencyGrid {
  const bins = analysis.settings.rfmBins;
  const counts = new Int32Array(bins * bins);
  const { recency, frequency } = analysis.scores;
  for (let customer = 0; customer < recency.length; customer++) {
    counts[(recency[customer] - 1) * bins + (frequency[customer] - 1)]++;
  }
  return { bins, counts };
}
