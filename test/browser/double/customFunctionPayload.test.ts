import { readFileSync } from "node:fs";
import { join } from "node:path";
import { summary } from "../../../src/functions/summary";
import { generateSyntheticLog } from "../../bench/syntheticLog";
import { readDistFile } from "../../build/distFolder";
import { invocationRequestBytes } from "./customFunctionCall";
import { PAYLOAD_LIMIT_BYTES } from "./executor";

/**
 * How many rows each data-taking function can take in Excel on the web, whose request for one
 * call holds at most 5 MB (office-js #4654; over it the cell shows #CALC!, office-js #4613),
 * measured on the reference log of the benchmark (rfm_reference.py's generator) with customer
 * ids written as 8-character text, as CRM ids often are. The README's table and the argument
 * help give these figures.
 */
const LOG_ROWS = 200_000;
const log = generateSyntheticLog(LOG_ROWS, 20_000, 20240601);
const ids = Array.from(log.customer, (id) => [`C${String(id).padStart(7, "0")}`]);
const dates = Array.from(log.date, (serial) => [serial]);
const amounts = Array.from(log.cents, (cents) => [cents / 100]);
const customers = summary(ids, dates, amounts).slice(1);
const spilled = (index: number) => customers.map((row) => [row[index]]);
const [orders, revenue, recencyDays, frequency, tx, T, monetary] = [1, 2, 5, 6, 7, 8, 9].map(
  spilled
);
const fitted = (symbols: number) => [Array.from({ length: symbols }, (_, index) => 0.5 + index)];

/** Each family's arguments as Excel passes them (every parameter, omitted ones null), and what a row is. */
const FAMILIES = [
  {
    formula: "`CX.SUMMARY(customer_ids, dates, amounts)`",
    help: [["SUMMARY", "customer_ids"]],
    rows: LOG_ROWS,
    args: [ids, dates, amounts, null, null, null],
  },
  {
    formula: "`CX.RFMSCORE(recency_days, frequency, monetary)`",
    help: [["RFMSCORE", "recency_days"]],
    rows: customers.length,
    args: [recencyDays, orders, revenue, null, null, null, null, null],
  },
  {
    formula: "`CX.BGNBD.FIT(frequency, recency, T)` and the other model functions",
    help: ["BGNBD.FIT", "MBGNBD.FIT", "PNBD.FIT", "GG.FIT", "BGBB.FIT"].map((id) => [
      id,
      "frequency",
    ]),
    rows: customers.length,
    args: [frequency, tx, T, null],
  },
  {
    formula: "`CX.PCLV(purchase_params, spend_params, frequency, recency, T, monetary)`",
    help: [["PCLV", "frequency"]],
    rows: customers.length,
    args: [fitted(5), fitted(4), frequency, tx, T, monetary, null, null, null, null],
  },
].map((family) => {
  const bytesPerRow = invocationRequestBytes(family.args) / family.rows;
  const webRows = Math.floor(PAYLOAD_LIMIT_BYTES / bytesPerRow / 10_000) * 10_000;
  return { ...family, bytesPerRow, webRows };
});

/** A count as the README and the argument help write it: 180 000. */
const written = (count: number) => count.toLocaleString("en-US").replace(/,/g, " ");

describe("rows per formula in Excel on the web", () => {
  it.each(FAMILIES)("$formula: the README gives the measured bytes per row and rows", (family) => {
    const readme = readFileSync(join(__dirname, "../../../README.md"), "utf8");
    const line = readme.split("\n").find((text) => text.startsWith(`| ${family.formula} `));
    expect(line).toBeDefined();
    const cells = line!.split("|").map((cell) => cell.trim());
    expect(cells.slice(3, 5)).toEqual([
      String(Math.round(family.bytesPerRow)),
      written(family.webRows),
    ]);
  });

  it.each(["", ".da", ".nb", ".de", ".nl"])(
    "functions%s.json's argument help gives the figures",
    (locale) => {
      const metadata = JSON.parse(readDistFile(`functions${locale}.json`)) as {
        functions: { id: string; parameters: { name: string; description: string }[] }[];
      };
      for (const family of FAMILIES) {
        for (const [id, parameter] of family.help) {
          const help = metadata.functions
            .find((fn) => fn.id === id)!
            .parameters.find((candidate) => candidate.name === parameter)!.description;
          expect(`${id} ${parameter}: ${help}`).toContain(written(family.webRows));
          expect(`${id} ${parameter}: ${help}`).toContain("1 048 576");
        }
      }
    }
  );
});
