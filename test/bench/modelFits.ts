// Model-fit benchmark (part of npm run bench): the fits and the summary of issue #4's speed
// targets, on the CDNOW data in test/fixtures. Prints figures; flags a missed target.
import { fitBgnbd } from "../../src/engine/models/bgnbd";
import { fitGammaGamma } from "../../src/engine/models/gammaGamma";
import { fitParetoNbd } from "../../src/engine/models/paretoNbd";
import { customerHistory } from "../../src/engine/history/customerHistory";
import { toDaySerial } from "../../src/engine/read/excelDate";
import { createTransactionLogBuilder } from "../../src/engine/read/transactionLog";
import { cdnowHistories, cdnowSpend } from "../engine/models/cdnowHistories";
import { readFixture } from "../fixtures/readFixture";
import { medianTime } from "./medianTime";

const REPEATS = 21;
/** End of Fader, Hardie & Lee's 39-week calibration period. */
const CALIBRATION_END = toDaySerial("1997-09-30");

/** One benchmark line: what was timed, the median, and the target it must meet. */
export interface BenchLine {
  step: string;
  milliseconds: number;
  targetMilliseconds: number;
  detail: string;
}

/** `CDNOW_master.txt` (69,659 transactions) as the typed log the pane's reader would build. */
function cdnowMasterLog() {
  const rows = readFixture("CDNOW_master.txt")
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((line) => {
      const [customer, date, , dollars] = line.trim().split(/\s+/);
      return [customer, date, Number(dollars)];
    });
  const builder = createTransactionLogBuilder({ customer: 0, date: 1, amount: 2 });
  builder.addRows(rows);
  return builder.finish();
}

/**
 * Times the targets: BG/NBD and Gamma-Gamma fits on the CDNOW sample (≤ 4 ms), the
 * weekly summary of the full CDNOW log (≤ 20 ms) and Pareto/NBD on its 23,570 customers (≤ 150 ms).
 * @example
 * benchModelFits().map((line) => line.step); // -> ["BG/NBD fit, CDNOW sample", …]
 */
export function benchModelFits(): BenchLine[] {
  const sample = cdnowHistories();
  const spend = cdnowSpend();
  const bgnbd = medianTime(() => fitBgnbd(sample), REPEATS);
  const gammaGamma = medianTime(() => fitGammaGamma(spend), REPEATS);

  const log = cdnowMasterLog();
  const summary = medianTime(
    () => customerHistory(log, { observationEnd: CALIBRATION_END, timeUnit: "W" }),
    REPEATS
  );
  const full = { x: summary.result.x, tx: summary.result.tx, T: summary.result.T };
  const paretoNbd = medianTime(() => fitParetoNbd(full), REPEATS);
  const params = (values: object) =>
    Object.entries(values)
      .map(([name, value]) => `${name} ${(value as number).toFixed(3)}`)
      .join(", ");

  return [
    {
      step: "BG/NBD fit, CDNOW sample (2,357)",
      milliseconds: bgnbd.milliseconds,
      targetMilliseconds: 4,
      detail: `${params(bgnbd.result.params)}; LL ${bgnbd.result.logLikelihood.toFixed(1)}`,
    },
    {
      step: "Gamma-Gamma fit, CDNOW sample (946)",
      milliseconds: gammaGamma.milliseconds,
      targetMilliseconds: 4,
      detail: params(gammaGamma.result.params),
    },
    {
      step: `summary of CDNOW_master (${log.rows} rows)`,
      milliseconds: summary.milliseconds,
      targetMilliseconds: 20,
      detail: `${summary.result.customerIds.length} customers, weeks, end 1997-09-30`,
    },
    {
      step: `Pareto/NBD fit, full log (${summary.result.customerIds.length})`,
      milliseconds: paretoNbd.milliseconds,
      targetMilliseconds: 150,
      detail: `${params(paretoNbd.result.params)}; LL ${paretoNbd.result.logLikelihood.toFixed(1)}`,
    },
  ];
}
