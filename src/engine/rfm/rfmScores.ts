import { requireSameLength } from "../argumentChecks";
import { InputError } from "../inputError";
import { isMissing } from "../isMissing";
import { binScores } from "./binScores";
import { ntileBins } from "./ntileBins";
import { quantileScores } from "./quantileScores";
import { requireBinning, scoreCount, type RfmBinning } from "./rfmBinning";

/** The three RFM columns of a set of customers, of equal length. */
export interface RfmColumns {
  recencyDays: Float64Array;
  frequency: Float64Array;
  monetary: Float64Array;
}

/** The R, F and M scores of a set of customers, each 1..bins (0 for an incomplete row). */
export interface RfmScoreParts {
  recency: Uint8Array;
  frequency: Uint8Array;
  monetary: Uint8Array;
}

/**
 * RFM cell codes 100·R + 10·F + M from the scores (rfmScoreColumns); 0 for an incomplete row.
 * With 10 bins a score of 10 carries into the next digit (R 1, F 10, M 10 gives 210); the code
 * stays unique because every score is at least 1.
 *
 * @example
 * rfmCodes({ recency: Uint8Array.of(5, 1, 0), frequency: Uint8Array.of(4, 10, 0), monetary: Uint8Array.of(5, 10, 0) });
 * // Int32Array [545, 210, 0]
 */
export function rfmCodes(scores: RfmScoreParts): Int32Array {
  const codes = new Int32Array(scores.recency.length);
  for (let row = 0; row < codes.length; row++) {
    if (scores.recency[row] === 0) continue; // incomplete row
    codes[row] = 100 * scores.recency[row] + 10 * scores.frequency[row] + scores.monetary[row];
  }
  return codes;
}

/**
 * RFM cell codes 100·R + 10·F + M with R, F, M in 1..bins: rfmCodes of rfmScoreColumns, as
 * CX.RFMSCORE spills them.
 *
 * @example
 * rfmScores(Float64Array.of(1, 10, 100), Float64Array.of(9, 3, 1), Float64Array.of(500, 60, 20), 3);
 * // [333, 212, 111]: frequency's breaks are 2.33 + 1 and 5 + 1 (whole numbers), so 3 scores 1
 */
export function rfmScores(
  recencyDays: Float64Array,
  frequency: Float64Array,
  monetary: Float64Array,
  binning: number | RfmBinning = 5,
  population?: RfmColumns
): Int32Array {
  return rfmCodes(rfmScoreColumns(recencyDays, frequency, monetary, binning, population));
}

/**
 * The R, F and M scores, 1..bins, each column cut into scores by the
 * binning (see RfmBinning; a number is the bins of the default "quantile" method, whose rule
 * per column is in quantileScores: the R rfm package's for whole numbers). Recency is reversed, R = bins + 1 − score, so the most recent customers (fewest days since their last
 * purchase) score highest.
 *
 * Without a population the customers are scored among themselves. With one, each customer is
 * scored against the population's breaks or ranks (a customer need not be in it); "fixed"
 * thresholds do not depend on any population.
 *
 * A row with NaN in any column is incomplete: it scores 0 and takes no part in the breaks or
 * ranks of any column, so the caller decides what to show for it; the same holds for the
 * population's rows.
 *
 * @param recencyDays Days since each customer's last purchase.
 * @param frequency Number of purchases per customer.
 * @param monetary Spend per customer (total or average).
 * @param binning Bins per dimension for the quantile method (2 to 10, default 5), or an RfmBinning.
 * @param population Customers to score against; default the customers themselves.
 * @throws InputError on "bins" (see requireBinning), on columns of unequal length (kind
 * "value"), or on "population_recency" (kind "na") when the population has no complete row.
 *
 * @example
 * rfmScoreColumns(Float64Array.of(1, 10, 100), Float64Array.of(9, 3, 1), Float64Array.of(500, 60, 20), 3);
 * // { recency: [3, 2, 1], frequency: [3, 1, 1], monetary: [3, 2, 1] }
 * rfmScoreColumns(Float64Array.of(10), Float64Array.of(3), Float64Array.of(60), 3, {
 *   recencyDays: Float64Array.of(1, 10, 100),
 *   frequency: Float64Array.of(9, 3, 1),
 *   monetary: Float64Array.of(500, 60, 20),
 * }); // { recency: [2], frequency: [1], monetary: [2] }
 */
export function rfmScoreColumns(
  recencyDays: Float64Array,
  frequency: Float64Array,
  monetary: Float64Array,
  binning: number | RfmBinning = 5,
  population?: RfmColumns
): RfmScoreParts {
  const cut = requireBinning(
    typeof binning === "number" ? { method: "quantile", bins: binning } : binning
  );
  requireSameLength(frequency.length, recencyDays.length, "frequency", "recency_days");
  requireSameLength(monetary.length, recencyDays.length, "monetary", "recency_days");
  const scored = keepCompleteRows([recencyDays, frequency, monetary]);
  const reference = population && cut.method !== "fixed" ? populationColumns(population) : scored;
  const ranksAmongThemselves = reference === scored;

  const scores = scored.map((values, dimension) => {
    switch (cut.method) {
      case "fixed":
        return binScores(values, cut.thresholds[dimension]);
      case "quantile":
        return quantileScores(values, reference[dimension], cut.bins);
      case "ntile":
        return ntileBins(values, cut.bins, ranksAmongThemselves ? undefined : reference[dimension]);
    }
  });

  // Recency reversed: the fewest days since the last purchase score highest.
  const reversed = scoreCount(cut, 0) + 1;
  const recency = scores[0];
  for (let row = 0; row < recency.length; row++) {
    if (recency[row] !== 0) recency[row] = reversed - recency[row];
  }
  return { recency, frequency: scores[1], monetary: scores[2] };
}

/** The population's columns with incomplete rows blanked, after checking it has a complete row. */
function populationColumns(population: RfmColumns): Float64Array[] {
  const { recencyDays, frequency, monetary } = population;
  requireSameLength(
    frequency.length,
    recencyDays.length,
    "population_frequency",
    "population_recency"
  );
  requireSameLength(
    monetary.length,
    recencyDays.length,
    "population_monetary",
    "population_recency"
  );
  const columns = keepCompleteRows([recencyDays, frequency, monetary]);
  let completeRows = 0;
  for (let row = 0; row < columns[0].length; row++) if (!isMissing(columns[0][row])) completeRows++;
  if (completeRows === 0) {
    throw new InputError(
      "population_recency",
      "no customer with all three values to score against",
      "na"
    );
  }
  return columns;
}

/**
 * The columns with NaN in every column of a row that has NaN in any, so incomplete rows neither
 * score nor shift the breaks: the columns themselves when every row is complete (nothing writes
 * to them), copies otherwise.
 */
function keepCompleteRows(columns: readonly Float64Array[]): Float64Array[] {
  const [recency, frequency, monetary] = columns;
  let complete = true;
  for (let row = 0; row < recency.length && complete; row++) {
    complete = !(isMissing(recency[row]) || isMissing(frequency[row]) || isMissing(monetary[row]));
  }
  if (complete) return columns.slice();
  const kept = columns.map((column) => column.slice());
  for (let row = 0; row < kept[0].length; row++) {
    if (isMissing(kept[0][row]) || isMissing(kept[1][row]) || isMissing(kept[2][row])) {
      kept[0][row] = kept[1][row] = kept[2][row] = NaN;
    }
  }
  return kept;
}
