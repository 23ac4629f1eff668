import { InputError } from "../inputError";
import { daySerialToIso } from "../read/excelDate";
import { daysPerTimeUnit, type TimeUnit } from "../read/timeUnit";
import { NET_TOLERANCE } from "../history/snappedNet";
import { dialectSyntax, type SqlDialect } from "./sqlDialect";

export interface CustomerTableQueryOptions {
  dialect: SqlDialect;
  /** The table (or view, or file) as it is written after FROM, e.g. sales.orders. */
  table: string;
  /** Column names as the database spells them; they are quoted, so case and spaces count. */
  customerColumn: string;
  dateColumn: string;
  amountColumn: string;
  /** Order id: line items of one order then count as one order. */
  orderColumn?: string;
  /** Channel (or another attribute): each customer's latest is returned as "channel". */
  channelColumn?: string;
  /** Day serial the customers are observed to. Default: the day after the last date. */
  observationEnd?: number;
  /** Unit of t_x and T. Default "W". */
  timeUnit?: TimeUnit;
  /**
   * Columns the database is known to hold as numbers (as the analyze command knows its file's
   * types): an id among them is read as it is rather than as trimmed text, as a number has no
   * spaces and no empty value, and numbers group faster than their text. Default: none.
   */
  numberColumns?: readonly string[];
}

const UNIT_NAMES: Record<TimeUnit, string> = { D: "days", W: "weeks", M: "months" };

/**
 * 1 when a net of amounts is 0 or more, 0 when below: a net within NET_TOLERANCE of the
 * amounts' gross counts as 0, as snappedNet has the engine count it, so DOUBLE amounts that
 * cancel net as DECIMAL ones do.
 */
const netOf = (net: string, gross: string) =>
  `CASE WHEN ${net} >= -${NET_TOLERANCE_LITERAL} * ${gross} THEN 1 ELSE 0 END`;
/** NET_TOLERANCE as SQL writes it: a decimal, not 1e-9, which some dialects read otherwise. */
const NET_TOLERANCE_LITERAL = NET_TOLERANCE.toFixed(9);

/**
 * The SQL that builds the customer table of a transaction log where the log lives, with the
 * definitions of customerHistory: orders are rows, or distinct order ids per customer, netting
 * to 0 or more; revenue is the sum of the amounts, returns included; a purchase day is a day
 * whose amounts net to 0 or more; frequency = purchase days − 1; t_x and T in the time unit;
 * recency in days; monetary = the mean net of the repeat purchase days (0 without any);
 * channel = that of the customer's latest row with one (ties within one date or timestamp:
 * the greatest value, as a table has no row order, where the engine, which drops the time of
 * day, takes the later row of the log). The customer, order id and channel are read as the
 * engine reads those cells: trimmed text, a blank one none (a row without a customer is left
 * out, one without an order id is an order of its own, one without a channel has none). Rows
 * without a customer, date or amount and rows after the observation end are left out, and
 * customers without a purchase day too. One row per customer, ordered by customer (as text),
 * under HISTORY_COLUMNS (then "channel" when a channel column is given); dates are dates. Each
 * step is a commented CTE; only date arithmetic, quoting, date constants, the text and
 * floating-point types and how an amount is summed differ between dialects (see dialectSyntax).
 *
 * @throws InputError "table", "customer_column", "date_column" or "amount_column" (kind
 * "value") when blank; "observation_end" (kind "value") when not a date; "time_unit" (kind
 * "value") when not D, W or M.
 *
 * @example
 * const sql = customerTableQuery({ dialect: "postgresql", table: "shop.orders",
 *   customerColumn: "Customer ID", dateColumn: "Order Date", amountColumn: "Amount",
 *   observationEnd: 35703, timeUnit: "W" });
 * // WITH usable_rows AS (SELECT NULLIF(TRIM(CAST(customer_key AS TEXT)), '') AS customer_key,
 * //   … FROM (SELECT "Customer ID" AS customer_key, CAST("Order Date" AS DATE) AS order_day, …
 * //   FROM shop.orders) AS log_rows WHERE …),
 * // observation AS (SELECT DATE '1997-09-30' AS end_day), …
 * // SELECT … (CAST((purchase_histories.last_purchase - purchase_histories.first_purchase)
 * //   AS DOUBLE PRECISION) / 7) AS "t_x", … ORDER BY purchase_histories.customer_key
 */
export function customerTableQuery(options: CustomerTableQueryOptions): string {
  const syntax = dialectSyntax(options.dialect);
  const table = required(options.table, "table");
  const quoted = (name: string, argument: string) => syntax.quote(required(name, argument));
  const customer = quoted(options.customerColumn, "customer_column");
  const date = quoted(options.dateColumn, "date_column");
  const amount = quoted(options.amountColumn, "amount_column");
  const order = optional(options.orderColumn, "order_column", syntax.quote);
  const channel = optional(options.channelColumn, "channel_column", syntax.quote);
  const timeUnit = options.timeUnit ?? "W";
  const unitDays = daysPerTimeUnit(timeUnit);
  const end = observationEndDay(options.observationEnd, syntax.dateLiteral);
  const float = syntax.floatType;
  const inUnits = (from: string, to: string) =>
    `(CAST(${syntax.dayDifference(from, to)} AS ${float}) / ${unitDays})`;
  const history = (column: string) => `purchase_histories.${column}`;
  const numbers = new Set(options.numberColumns ?? []);
  const idOf = (key: string, column: string | undefined) =>
    column !== undefined && numbers.has(column) ? key : syntax.idText(key);
  const output = (expression: string, name: string) => `  ${expression} AS ${syntax.quote(name)}`;

  const steps = [
    // The columns are named inside, so that the ids are trimmed by name and the rows kept at once.
    step(
      "usable_rows",
      "The rows with a customer, a date and an amount; dates as whole days; ids as trimmed text, a blank one none.",
      [
        "SELECT",
        `  ${idOf("customer_key", options.customerColumn)} AS customer_key,`,
        "  order_day,",
        ...(channel
          ? ["  order_time,", `  ${idOf("channel_value", options.channelColumn)} AS channel_value,`]
          : []),
        ...(order ? [`  ${idOf("order_key", options.orderColumn)} AS order_key,`] : []),
        "  amount_value",
        "FROM (",
        "  SELECT",
        `    ${customer} AS customer_key,`,
        `    CAST(${date} AS DATE) AS order_day,`,
        ...(channel ? [`    ${date} AS order_time,`, `    ${channel} AS channel_value,`] : []),
        ...(order ? [`    ${order} AS order_key,`] : []),
        `    ${syntax.amount(amount)} AS amount_value`,
        `  FROM ${table}`,
        ") AS log_rows",
        `WHERE ${idOf("customer_key", options.customerColumn)} IS NOT NULL AND order_day IS NOT NULL AND amount_value IS NOT NULL`,
      ]
    ),
    step(
      "observation",
      end === undefined
        ? "The observation end: the day after the last date."
        : "The observation end.",
      end === undefined
        ? [`SELECT ${syntax.nextDay("MAX(order_day)")} AS end_day FROM usable_rows`]
        : [`SELECT ${end} AS end_day`]
    ),
    step("kept_rows", "The rows up to the observation end; later rows are left out.", [
      "SELECT usable_rows.*",
      "FROM usable_rows CROSS JOIN observation",
      "WHERE usable_rows.order_day <= observation.end_day",
    ]),
    ...(order
      ? [
          step(
            "order_nets",
            "Each order, 1 when it nets to 0 or more: one per order id and customer (its line items), one per row without an id.",
            [
              `SELECT customer_key, ${netOf("SUM(amount_value)", "SUM(ABS(amount_value))")} AS is_order`,
              "FROM kept_rows WHERE order_key IS NOT NULL",
              "GROUP BY customer_key, order_key",
              "UNION ALL",
              `SELECT customer_key, ${netOf("amount_value", "ABS(amount_value)")} AS is_order`,
              "FROM kept_rows WHERE order_key IS NULL",
            ]
          ),
          step("customer_orders", "Orders: order nets of 0 or more (a net below 0 is a return).", [
            "SELECT customer_key, SUM(is_order) AS orders",
            "FROM order_nets",
            "GROUP BY customer_key",
          ]),
        ]
      : []),
    step(
      "day_nets",
      order
        ? "The net of each customer's day; a purchase day nets to 0 or more (two orders on a day are one; a day of returns is none)."
        : "The net of each customer's day and its orders (rows of 0 or more); a purchase day nets to 0 or more (two orders on a day are one; a day of returns is none).",
      [
        "SELECT customer_key, order_day,",
        ...(order ? [] : ["  COUNT(CASE WHEN amount_value >= 0 THEN 1 END) AS orders,"]),
        "  SUM(amount_value) AS net,",
        `  ${netOf("SUM(amount_value)", "SUM(ABS(amount_value))")} AS purchase`,
        "FROM kept_rows",
        "GROUP BY customer_key, order_day",
      ]
    ),
    // A window, not a join of the days to each customer's first: DuckDB runs the window faster.
    step("dated_days", "Each day beside the customer's first purchase day.", [
      `SELECT customer_key, order_day, net, purchase,${order ? "" : " orders,"}`,
      "  MIN(CASE WHEN purchase = 1 THEN order_day END) OVER (PARTITION BY customer_key) AS first_day",
      "FROM day_nets",
    ]),
    step(
      "purchase_histories",
      "Revenue (every amount, returns included), first and last purchase day, repeat purchase days and the sum of their own nets; customers with a purchase day.",
      [
        "SELECT customer_key,",
        ...(order ? [] : ["  SUM(orders) AS orders,"]),
        "  SUM(net) AS revenue,",
        "  MIN(first_day) AS first_purchase,",
        "  MAX(CASE WHEN purchase = 1 THEN order_day END) AS last_purchase,",
        "  SUM(purchase) - 1 AS repeat_days,",
        "  SUM(CASE WHEN purchase = 1 AND order_day > first_day THEN net ELSE 0 END) AS repeat_spend",
        "FROM dated_days",
        "GROUP BY customer_key",
        "HAVING SUM(purchase) > 0",
      ]
    ),
    ...(channel
      ? [
          step(
            "ranked_channels",
            "Each customer's rows with a channel, latest first (ties: the greatest value).",
            [
              "SELECT customer_key, channel_value,",
              "  ROW_NUMBER() OVER (",
              "    PARTITION BY customer_key ORDER BY order_time DESC, channel_value DESC",
              "  ) AS channel_rank",
              "FROM kept_rows WHERE channel_value IS NOT NULL",
            ]
          ),
          step("latest_channels", "The channel of each customer's latest row with one.", [
            "SELECT customer_key, channel_value FROM ranked_channels WHERE channel_rank = 1",
          ]),
        ]
      : []),
  ];
  const columns = [
    output(history("customer_key"), "customer"),
    output(order ? "customer_orders.orders" : history("orders"), "orders"),
    output(history("revenue"), "revenue"),
    output(history("first_purchase"), "first_purchase"),
    output(history("last_purchase"), "last_purchase"),
    output(syntax.dayDifference(history("last_purchase"), "observation.end_day"), "recency_days"),
    output(history("repeat_days"), "frequency"),
    output(inUnits(history("first_purchase"), history("last_purchase")), "t_x"),
    output(inUnits(history("first_purchase"), "observation.end_day"), "T"),
    output(
      `CASE WHEN ${history("repeat_days")} > 0 THEN CAST(${history("repeat_spend")} AS ${float})` +
        ` / ${history("repeat_days")} ELSE 0 END`,
      "monetary"
    ),
    ...(channel ? [output("latest_channels.channel_value", "channel")] : []),
  ];
  return [
    `-- Customer table for CX (customer value), ${syntax.label}: one row per customer with a purchase day.`,
    `-- t_x and T in ${UNIT_NAMES[timeUnit]} (${unitDays} days); recency_days in days.`,
    "WITH",
    steps.join(",\n"),
    "-- One row per customer, under the headers the add-in reads as a customer table.",
    "SELECT",
    columns.join(",\n"),
    "FROM purchase_histories",
    ...(order
      ? ["JOIN customer_orders ON customer_orders.customer_key = purchase_histories.customer_key"]
      : []),
    "CROSS JOIN observation",
    ...(channel
      ? [
          "LEFT JOIN latest_channels ON latest_channels.customer_key = purchase_histories.customer_key",
        ]
      : []),
    "ORDER BY purchase_histories.customer_key",
    "",
  ].join("\n");
}

/** One commented CTE: `-- comment`, then `name AS (` with its lines indented. */
function step(name: string, comment: string, lines: readonly string[]): string {
  return [`-- ${comment}`, `${name} AS (`, ...lines.map((line) => `  ${line}`), ")"].join("\n");
}

/** A name with its surrounding spaces trimmed; blank is an error naming the argument. */
function required(name: string, argument: string): string {
  const trimmed = typeof name === "string" ? name.trim() : "";
  if (trimmed === "") throw new InputError(argument, "must not be blank", "value");
  return trimmed;
}

/** An optional column quoted, or undefined when blank or left out. */
function optional(
  name: string | undefined,
  argument: string,
  quote: (name: string) => string
): string | undefined {
  return name === undefined || name.trim() === "" ? undefined : quote(required(name, argument));
}

/** The observation end as a date constant, undefined when not given. */
function observationEndDay(
  serial: number | undefined,
  dateLiteral: (iso: string) => string
): string | undefined {
  if (serial === undefined) return undefined;
  // Serial 60 is Excel's 1900-02-29, a day no database has.
  const iso = serial > 60 ? daySerialToIso(Math.floor(serial)) : "";
  if (iso === "") throw new InputError("observation_end", "is not a date", "value");
  return dateLiteral(iso);
}
