import { toDaySerial } from "../../src/engine/read/excelDate";
import { randomDraws } from "../engine/models/randomDraws";
import type { SyntheticLog } from "./syntheticLog";

const START_SERIAL = toDaySerial("2023-01-01");
/** Customers arrive over the first year and are observed to the end of the second. */
const ARRIVAL_DAYS = 365;
const DAYS = 731;

/** BG/NBD parameters in days: purchase rates gamma(r, alpha), dropout probabilities beta(a, b). */
export const BENCH_BGNBD = { r: 1, alpha: 20, a: 1, b: 9 } as const;

/**
 * A log of customers who buy and leave as the BG/NBD model says (FHL 2005), for benches in
 * which the models have something to fit: each customer arrives on a uniform day of the first
 * year, buys at a gamma(r, alpha)-distributed Poisson rate per day and, after each repeat
 * purchase, leaves with a beta(a, b)-distributed probability; the log ends after 731 days.
 * Amounts are lognormal around a customer's own level, exp(N(3.5, 0.5) + 0.5 z), as Gamma-Gamma
 * expects spend to vary between customers. Customers are drawn until `rows` rows are made (the
 * last customer's rows cut there); ids are 1, 2, …, dates day serials, draws from splitmix64.
 *
 * @example
 * const log = generateBgnbdLog(1_048_575, 20240601);
 * log.customer.length; // 1048575
 */
export function generateBgnbdLog(rows: number, seed: number): SyntheticLog {
  const customer = new Int32Array(rows);
  const date = new Float64Array(rows);
  const cents = new Float64Array(rows);
  const { uniform, normal, gamma } = randomDraws(seed);
  const { r, alpha, a, b } = BENCH_BGNBD;
  let row = 0;
  for (let id = 1; row < rows; id++) {
    const rate = gamma(r) / alpha;
    const dropout = gamma(a) / (gamma(a) + gamma(b));
    const level = 3.5 + 0.5 * normal();
    const purchase = (day: number) => {
      customer[row] = id;
      date[row] = START_SERIAL + Math.floor(day);
      cents[row] = Math.max(1, Math.round(Math.exp(level + 0.5 * normal()) * 100));
      row++;
    };
    let day = uniform() * ARRIVAL_DAYS;
    purchase(day);
    while (row < rows) {
      day -= Math.log(1 - uniform()) / rate;
      if (day >= DAYS) break;
      purchase(day);
      if (uniform() < dropout) break; // FHL 2005: dropout follows a repeat purchase
    }
  }
  return { customer, date, cents };
}
