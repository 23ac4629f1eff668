import { existsSync } from "fs";
import { Client, types } from "pg";
import { serialOf, type CustomerRow } from "./historyRows";
import { sameHistoriesOn } from "./sameHistories";
import { LOG_TABLE_COLUMNS, type SqlLogRow } from "./testLogs";

// A server is reachable when PGHOST (or PGPORT) names one, as CI's does, or the Debian package's
// default socket exists; pg reads PGHOST, PGPORT, PGUSER, PGPASSWORD and PGDATABASE itself.
const DEFAULT_SOCKET = "/var/run/postgresql/.s.PGSQL.5432";
const serverGiven =
  process.env.PGHOST !== undefined ||
  process.env.PGPORT !== undefined ||
  existsSync(DEFAULT_SOCKET);
const describeWithServer = serverGiven ? describe : describe.skip;
if (!serverGiven) {
  console.warn(
    "PostgreSQL tests skipped: no server (set PGHOST and PGPORT, or run one on the default socket)."
  );
}

// PostgreSQL's type ids (pg_type.oid) of the result columns that need reading here.
const BIGINT_OID = 20;
const NUMERIC_OID = 1700;
const DATE_OID = 1082;
const ROWS_PER_INSERT = 1000;
/** Dates as day serials from their YYYY-MM-DD text (no time zone); bigint and numeric as numbers. */
const TYPES = {
  getTypeParser: (oid: number, format?: string) =>
    oid === DATE_OID
      ? (value: string) => serialOf(value)
      : oid === BIGINT_OID || oid === NUMERIC_OID
        ? (value: string) => Number(value)
        : types.getTypeParser(oid, format as "text"),
};

/** Loads the rows into a temporary table "Orders" of one session and runs the query there. */
async function postgresqlRows(rows: readonly SqlLogRow[], query: string): Promise<CustomerRow[]> {
  const client = new Client({ types: TYPES });
  await client.connect();
  try {
    await client.query(`CREATE TEMP TABLE "Orders" (${LOG_TABLE_COLUMNS})`);
    for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
      const batch = rows.slice(start, start + ROWS_PER_INSERT);
      const placeholders = batch.map(
        (_, row) => `(${[1, 2, 3, 4, 5].map((column) => `$${row * 5 + column}`).join(", ")})`
      );
      await client.query(`INSERT INTO "Orders" VALUES ${placeholders.join(", ")}`, batch.flat());
    }
    return (await client.query(query)).rows as CustomerRow[];
  } finally {
    await client.end();
  }
}

describeWithServer(
  "the PostgreSQL customer-table query, run in PostgreSQL, gives customerHistory's rows",
  () => sameHistoriesOn("postgresql", '"Orders"', postgresqlRows)
);
