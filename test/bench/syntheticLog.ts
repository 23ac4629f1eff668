import { daySerialToIso, toDaySerial } from "../../src/engine/read/excelDate";
import { splitmix64Unit } from "../../src/engine/numerics/splitmix64";

/** rfm_reference.py's constants: 731 days from 2023-01-01, amounts exp(3.5 + 1.0·z). */
const START_SERIAL = toDaySerial("2023-01-01");
const DAYS = 731;
const LOG_MU = 3.5;
const LOG_SIGMA = 1.0;

/** The synthetic log in columns: row i is customer[i] (1-based id) buying cents[i] / 100 on day serial date[i]. */
export interface SyntheticLog {
  readonly customer: Int32Array;
  readonly date: Float64Array;
  readonly cents: Float64Array;
}

/**
 * rfm_reference.py's generator, bit for bit: row i uses splitmix64 outputs 4i+1 .. 4i+4 as
 * u0 → customer floor(u0·customers) + 1, u1 → day floor(u1·731) after 2023-01-01, u2, u3 →
 * z = sqrt(−2 ln(1 − u2))·cos(2π u3) (Box–Muller), cents = max(1, floor(exp(3.5 + z)·100 + 0.5)).
 *
 * @example
 * generateSyntheticLog(1_000_000, 100_000, 20240601).customer[0]; // 2551, the CSV's first row
 */
export function generateSyntheticLog(rows: number, customers: number, seed: number): SyntheticLog {
  const customer = new Int32Array(rows);
  const date = new Float64Array(rows);
  const cents = new Float64Array(rows);
  for (let row = 0; row < rows; row++) {
    const base = 4 * row;
    const u0 = splitmix64Unit(seed, base + 1);
    const u1 = splitmix64Unit(seed, base + 2);
    const u2 = splitmix64Unit(seed, base + 3);
    const u3 = splitmix64Unit(seed, base + 4);
    customer[row] = Math.floor(u0 * customers) + 1;
    date[row] = START_SERIAL + Math.floor(u1 * DAYS);
    const z = Math.sqrt(-2.0 * Math.log(1.0 - u2)) * Math.cos(2.0 * Math.PI * u3);
    cents[row] = Math.max(1, Math.floor(Math.exp(LOG_MU + LOG_SIGMA * z) * 100.0 + 0.5));
  }
  return { customer, date, cents };
}

/**
 * The log as pandas writes it (to_csv with date_format "%Y-%m-%d", float_format "%.2f", LF):
 * header customer_id,date,amount, then one line per row.
 *
 * @example
 * syntheticLogCsv(generateSyntheticLog(1, 10, 20240601)); // "customer_id,date,amount\n1,2023-…,….…\n"
 */
export function syntheticLogCsv(log: SyntheticLog): string {
  const isoDates = new Map<number, string>();
  const lines: string[] = new Array(log.customer.length + 2);
  lines[0] = "customer_id,date,amount";
  for (let row = 0; row < log.customer.length; row++) {
    const serial = log.date[row];
    let iso = isoDates.get(serial);
    if (iso === undefined) {
      iso = daySerialToIso(serial);
      isoDates.set(serial, iso);
    }
    lines[row + 1] = `${log.customer[row]},${iso},${(log.cents[row] / 100).toFixed(2)}`;
  }
  lines[lines.length - 1] = "";
  return lines.join("\n");
}
