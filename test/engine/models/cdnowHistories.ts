import type { PurchaseHistories } from "../../../src/engine/models/purchaseHistories";
import { readFixture } from "../../fixtures/readFixture";

/** Columns of a comma-separated reference data file (test/fixtures) (header row dropped), as numbers. */
function numericColumns(fileName: string): Float64Array[] {
  const rows = readFixture(fileName).trim().split(/\r?\n/).slice(1);
  const width = rows[0].split(",").length;
  const columns = Array.from({ length: width }, () => new Float64Array(rows.length));
  rows.forEach((row, index) => {
    row.split(",").forEach((cell, column) => (columns[column][index] = Number(cell)));
  });
  return columns;
}

/** The CDNOW sample's (x, t_x, T) in weeks: cdnow_customers_summary.csv. */
export function cdnowHistories(): PurchaseHistories {
  const [, x, tx, T] = numericColumns("cdnow_customers_summary.csv");
  return { x, tx, T };
}

/** The CDNOW sample's x and mean repeat spend: cdnow_customers_summary_with_transactions.csv. */
export function cdnowSpend(): { x: Float64Array; meanSpend: Float64Array } {
  const [, x, , , meanSpend] = numericColumns("cdnow_customers_summary_with_transactions.csv");
  return { x, meanSpend };
}
