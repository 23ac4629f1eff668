import type { TransactionLog } from "../../../src/engine/read/transactionLog";
import { splitmix64Unit } from "../../../src/engine/numerics/splitmix64";

/** 2023-01-01 as an Excel day serial; customers arrive over its first year and are followed for two. */
const FIRST_DAY = 44927;
const ARRIVAL_DAYS = 365;
const OBSERVED_DAYS = 730;
/** The share of rows that are returns. */
const RETURN_SHARE = 0.03;

/**
 * A deterministic buy-till-you-die log of exactly `rows` rows: customers arrive one after
 * another on a uniform day of the first year, buy at a rate from 0.02 to 0.22 a day
 * (exponential gaps, whole days), drop out after each purchase with a probability from 0.02 to
 * 0.3, and stop at day 730. Amounts are lognormal around a customer's own typical amount
 * (itself lognormal around 33, widely spread); 3 % of rows are returns of half an amount.
 * About 10 rows a customer, so a million rows hold about 100,000 customers.
 *
 * @example
 * generatedLog(1_048_575, 7).rows; // 1048575
 */
export function generatedLog(rows: number, seed: number): TransactionLog {
  const customer = new Int32Array(rows);
  const date = new Int32Array(rows);
  const amount = new Float64Array(rows);
  let counter = 0;
  const next = () => splitmix64Unit(seed, ++counter);
  let row = 0;
  let customers = 0;
  while (row < rows) {
    const rate = 0.02 + 0.2 * next();
    const dropout = 0.02 + 0.28 * next();
    const typicalSpend = 3.5 + 0.9 * normal(next);
    let day = Math.floor(next() * ARRIVAL_DAYS);
    do {
      customer[row] = customers;
      date[row] = FIRST_DAY + day;
      const value = Math.round(Math.exp(typicalSpend + 0.3 * normal(next)) * 100) / 100;
      amount[row] =
        next() < RETURN_SHARE && row > 0 && customer[row - 1] === customers ? -value / 2 : value;
      row++;
      day += Math.ceil(-Math.log(1 - next()) / rate);
    } while (row < rows && next() >= dropout && day < OBSERVED_DAYS);
    customers++;
  }
  return {
    rows,
    customerIds: Array.from({ length: customers }, (_, index) => String(index + 1)),
    customer,
    date,
    amount,
    skipped: { blankCustomer: 0, unreadableDate: 0, nonNumericAmount: 0 },
    firstSkippedRow: { blankCustomer: -1, unreadableDate: -1, nonNumericAmount: -1 },
  };
}

/** A standard normal draw by Box–Muller from two uniforms. */
function normal(next: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
}
