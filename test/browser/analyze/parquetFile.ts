import { DuckDBInstance } from "@duckdb/node-api";

/**
 * Writes the rows of a DuckDB query to a Parquet file, as a test's big file.
 * @example
 * await writeParquet("SELECT 'A' AS customer, DATE '2024-01-01' AS date, 9.5 AS amount", "log.parquet");
 */
export async function writeParquet(query: string, path: string): Promise<void> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    await connection.run(`COPY (${query}) TO '${path.replace(/'/g, "''")}' (FORMAT parquet)`);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
