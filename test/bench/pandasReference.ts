import { spawnSync } from "child_process";
import { existsSync, readFileSync } from "fs";
import { join } from "path";

const PYTHON = "/usr/bin/python3";
/** The shared folder beside the repository that holds rfm_reference.py; a clone alone lacks it. */
const BENCH_FOLDER = join(__dirname, "..", "..", "..", "shared", "bench");
const SCRIPT = join(BENCH_FOLDER, "rfm_reference.py");

/** What rfm_reference.py writes to its JSON (the parts the benchmark reads). */
export interface PandasReference {
  data: { sha256: string; rows: number; customers: number; seed: number };
  environment: { pandas: string; numpy: string };
  timings: Record<string, { median_s: number }>;
  result: {
    n_customers: number;
    sum_frequency: number;
    sum_recency_days: number;
    sum_monetary: number;
    min_recency_days: number;
    max_recency_days: number;
    max_frequency: number;
    count_per_R: Record<string, number>;
    count_per_F: Record<string, number>;
    count_per_M: Record<string, number>;
    sha256_of_customer_id_comma_RFM_lines: string;
  };
}

/**
 * Runs rfm_reference.py (the pandas RFM pipeline) in folder for the same rows, customers and
 * seed, and returns its JSON; or the reason it could not (no ../shared/bench, no python3 with
 * pandas, no script).
 *
 * @example
 * const reference = runPandasReference(tmpdir(), 1_000_000, 100_000, 20240601);
 * if (typeof reference !== "string") reference.timings.rfm_excluding_csv_parse.median_s; // 0.165
 * else reference; // "../shared/bench not found" in a clone with nothing beside it
 */
export function runPandasReference(
  folder: string,
  rows: number,
  customers: number,
  seed: number
): PandasReference | string {
  if (!existsSync(BENCH_FOLDER)) return "../shared/bench not found";
  if (!existsSync(PYTHON)) return `${PYTHON} not found`;
  if (!existsSync(SCRIPT)) return `${SCRIPT} not found`;
  const probe = spawnSync(PYTHON, ["-c", "import numpy, pandas"], { encoding: "utf8" });
  if (probe.status !== 0) return "python3 has no numpy/pandas";
  const out = join(folder, "rfm_reference.json");
  const run = spawnSync(
    PYTHON,
    [
      SCRIPT,
      ...["--rows", String(rows), "--customers", String(customers), "--seed", String(seed)],
      ...["--csv", join(folder, "tx_pandas.csv"), "--out", out],
    ],
    { cwd: folder, encoding: "utf8", stdio: ["ignore", "inherit", "inherit"] }
  );
  if (run.status !== 0) return `rfm_reference.py failed with status ${run.status}`;
  return JSON.parse(readFileSync(out, "utf8")) as PandasReference;
}
