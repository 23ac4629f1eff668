import { isBlankCell } from "./isBlankCell";
import { amountDecimalSeparator, readAmount } from "./readNumber";
import { headerRoles, type ColumnRole, type ColumnRoles } from "./columnRoles";
import { toDaySerialDayFirst } from "./excelDate";
import { subscriptionColumns, type SubscriptionColumnRoles } from "./subscriptionColumns";

/** What a range holds: one row per transaction, per customer, or per subscription. */
export type Layout = "transactions" | "customers" | "subscriptions";

/** A proposed reading of a range, for the user to confirm or correct column by column. */
export interface LayoutProposal {
  layout: Layout;
  /** One role per column of the header. */
  roles: ColumnRole[];
  /** Whether each role comes from the header's words or from the column's content ("none" for ignore). */
  evidence: ("header" | "content" | "none")[];
  /** The decimal separator the amount-like columns' text uses, when the sample shows it. */
  decimalSeparator: "." | "," | undefined;
}

/** Share of a column's filled sample cells that must read as dates (or numbers) for the column to be taken as such. */
const MOSTLY = 0.8;
/** Most distinct values an attribute column may show in the sample. */
const MOST_ATTRIBUTE_VALUES = 30;
/** Plausible day serials for a date column holding numbers: 1970-01-01 .. 2099-12-31. */
const FIRST_PLAUSIBLE_SERIAL = 25569;
const LAST_PLAUSIBLE_SERIAL = 73050;
const CUSTOMER_TABLE_ROLES: readonly ColumnRole[] = [
  "recency",
  "frequency",
  "orders",
  "monetary",
  "revenue",
  "firstPurchase",
  "lastPurchase",
  "x",
  "tx",
  "T",
];

/**
 * Proposes how to read a range for the full analysis: whether it is a transaction log or a
 * customer table, and a role for every column. Headers in en/da/nb/de/nl come first (see
 * headerRoles); columns whose header names nothing are sniffed in the sample rows: mostly
 * dates → date; mostly numbers with repeated whole values or short codes → customer; mostly
 * numbers, some with decimals or all positive → amount; at most 30 distinct text values that
 * repeat → attribute. Each of customer, date and amount is given once, the leftmost column
 * that fits.
 *
 * A header naming a start and an end date (subscriptionColumns) is a subscription table's:
 * its roles are the header's, with nothing sniffed. Otherwise,
 * the layout is "customers" when there is no date column and either the header names at least
 * two customer-table roles or the sample's customer ids never repeat; otherwise
 * "transactions". In a customer table an amount column is its monetary value, and when a T
 * column is present "frequency" and "recency" are read as lifetimes names them: x (repeat
 * purchases) and t_x. In a transaction log, customer-table roles are ignored.
 *
 * @param header The range's first row.
 * @param sample Some data rows below it (a few hundred are plenty).
 *
 * @example
 * detectLayout(["Kunde", "Dato", "Beløb", "Kanal", "Notat"], [
 *   ["1001", "03.01.2024", "1.234,50", "Web", "x"],
 *   ["1001", "17.02.2024", "99,00", "Butik", "y"],
 * ]);
 * // { layout: "transactions", roles: ["customer", "date", "amount", "channel", "ignore"],
 * //   evidence: ["header", "header", "header", "header", "none"], decimalSeparator: "," }
 * detectLayout(["ID", "frequency", "recency", "T"], [[1, 2, 30.43, 38.86]]).roles;
 * // ["customer", "x", "tx", "T"]
 * detectLayout(["Kunde", "Startdato", "Opsagt", "Månedspris"], [["K1", 45306, null, "99,00"]]);
 * // { layout: "subscriptions", roles: ["customer", "start", "end", "fee"],
 * //   evidence: ["header", "header", "header", "header"], decimalSeparator: "," }
 */
export function detectLayout(
  header: readonly unknown[],
  sample: readonly (readonly unknown[])[]
): LayoutProposal {
  const subscription = subscriptionColumns(header);
  if (subscription) return subscriptionProposal(header.length, subscription, sample);
  const named = headerRoles(header);
  const roles: ColumnRole[] = named.map((role) => role ?? "ignore");
  const evidence: LayoutProposal["evidence"] = named.map((role) => (role ? "header" : "none"));
  const columns = header.map((_, column) => sample.map((row) => row[column]));
  // A header that names a customer table's columns (as CX.SUMMARY's does) is one: its other
  // columns are not sniffed into a log's date or amount.
  const namedTable =
    !named.includes("date") &&
    named.filter((role) => role !== undefined && CUSTOMER_TABLE_ROLES.includes(role)).length >= 2;
  for (let column = 0; column < columns.length; column++) {
    if (named[column] !== undefined) continue;
    const sniffed = sniffRole(columns[column], namedTable ? [...roles, "date", "amount"] : roles);
    if (sniffed === "ignore") continue;
    roles[column] = sniffed;
    evidence[column] = "content";
  }

  const customerColumn = roles.indexOf("customer");
  const namedTableRoles = roles.filter((role) => CUSTOMER_TABLE_ROLES.includes(role)).length;
  const uniqueIds =
    customerColumn >= 0 && repeatedValues(columns[customerColumn]) === 0 && sample.length > 1;
  const layout: Layout =
    !roles.includes("date") && (namedTableRoles >= 2 || uniqueIds) ? "customers" : "transactions";
  const lifetimesNames = roles.includes("T");
  // In a customer table, lifetimes' frequency and recency are x and t_x, unless the header
  // names those columns too (CX.SUMMARY's and the generated query's do). An amount ("revenue")
  // is the monetary value, or with a monetary column beside it the revenue; without x, t_x and
  // T, orders and revenue are RFM's frequency and monetary value.
  const unlessNamed = (role: ColumnRole): ColumnRole => (roles.includes(role) ? "ignore" : role);
  const asMonetary = unlessNamed("monetary");
  const asX = unlessNamed("x");
  const asTx = unlessNamed("tx");
  const renamed: Partial<Record<ColumnRole, ColumnRole>> = lifetimesNames
    ? {
        frequency: asX,
        amount: asMonetary === "ignore" ? unlessNamed("revenue") : asMonetary,
        orders: asX === "x" && !roles.includes("frequency") ? "x" : "orders",
      }
    : {
        amount: roles.includes("revenue") ? "ignore" : asMonetary,
        orders: unlessNamed("frequency"),
        revenue: asMonetary,
      };
  for (let column = 0; column < roles.length; column++) {
    const role = roles[column];
    if (layout === "transactions" && CUSTOMER_TABLE_ROLES.includes(role)) roles[column] = "ignore";
    if (layout === "customers" && role === "order") roles[column] = "ignore";
    if (layout === "customers") roles[column] = renamed[role] ?? roles[column];
    if (layout === "customers" && lifetimesNames && role === "recency" && asTx === "tx") {
      roles[column] = "tx";
    }
    if (roles[column] === "ignore") evidence[column] = "none";
  }
  const amountColumn = roles.indexOf(layout === "customers" ? "monetary" : "amount");
  return {
    layout,
    roles,
    evidence,
    decimalSeparator: amountColumn >= 0 ? amountDecimalSeparator(columns[amountColumn]) : undefined,
  };
}

/**
 * The columns of the transaction log's roles in a proposal, −1 where none, ready for
 * createTransactionLogBuilder.
 *
 * @example
 * transactionColumns(["ignore", "amount", "customer", "date"]);
 * // { customer: 2, date: 3, amount: 1, order: -1 }
 */
export function transactionColumns(roles: readonly ColumnRole[]): ColumnRoles {
  return {
    customer: roles.indexOf("customer"),
    date: roles.indexOf("date"),
    amount: roles.indexOf("amount"),
    order: roles.indexOf("order"),
  };
}

/** A subscription table's proposal: the roles its header names, every other column ignored. */
function subscriptionProposal(
  width: number,
  columns: SubscriptionColumnRoles,
  sample: readonly (readonly unknown[])[]
): LayoutProposal {
  const roles: ColumnRole[] = new Array<ColumnRole>(width).fill("ignore");
  const { customer, start, end, fee, plan, attributes } = columns;
  const placed: [number, ColumnRole][] = [
    [customer, "customer"],
    [start, "start"],
    [end, "end"],
    [fee, "fee"],
    [plan, "plan"],
    ...attributes.map((column): [number, ColumnRole] => [column, "attribute"]),
  ];
  for (const [column, role] of placed) if (column >= 0) roles[column] = role;
  return {
    layout: "subscriptions",
    roles,
    evidence: roles.map((role) => (role === "ignore" ? "none" : "header")),
    decimalSeparator: fee >= 0 ? amountDecimalSeparator(sample.map((row) => row[fee])) : undefined,
  };
}

/** The role a column's content suggests, given the roles already taken. */
function sniffRole(cells: readonly unknown[], taken: readonly ColumnRole[]): ColumnRole {
  let filled = 0;
  let dates = 0;
  let numbers = 0;
  let wholeNumbers = 0;
  let positive = 0;
  let texts = 0;
  for (const cell of cells) {
    if (isBlankCell(cell)) continue;
    filled++;
    if (typeof cell === "string") texts++;
    if (isDateLike(cell)) dates++;
    const value = readAmount(cell);
    if (Number.isNaN(value)) continue;
    numbers++;
    if (Number.isInteger(value)) wholeNumbers++;
    if (value > 0) positive++;
  }
  if (filled === 0) return "ignore";
  const free = (role: ColumnRole) => !taken.includes(role);
  if (free("date") && dates >= MOSTLY * filled) return "date";
  const repeats = repeatedValues(cells);
  const idLike = numbers === filled ? wholeNumbers === filled : numbers === 0 && texts === filled;
  const distinct = filled - repeats;
  if (free("customer") && idLike && repeats > 0 && distinct > MOST_ATTRIBUTE_VALUES)
    return "customer";
  if (
    free("amount") &&
    numbers >= MOSTLY * filled &&
    (wholeNumbers < numbers || positive === numbers)
  )
    return "amount";
  if (texts === filled && repeats > 0 && distinct <= MOST_ATTRIBUTE_VALUES) return "attribute";
  return "ignore";
}

/** Whether a cell reads as a date: day-first or ISO text, or a number in the plausible serial range or written YYYYMMDD. */
function isDateLike(cell: unknown): boolean {
  if (typeof cell === "number") {
    const whole = Number.isInteger(cell) ? cell : Math.floor(cell);
    const plausibleSerial = whole >= FIRST_PLAUSIBLE_SERIAL && whole <= LAST_PLAUSIBLE_SERIAL;
    return (
      plausibleSerial || (cell > LAST_PLAUSIBLE_SERIAL && !Number.isNaN(toDaySerialDayFirst(cell)))
    );
  }
  return typeof cell === "string" && !Number.isNaN(toDaySerialDayFirst(cell));
}

/** How many filled cells repeat a value seen earlier in the column (numbers and their text alike). */
function repeatedValues(cells: readonly unknown[]): number {
  const seen = new Set<string>();
  let repeats = 0;
  for (const cell of cells) {
    if (isBlankCell(cell)) continue;
    const key = String(cell).trim();
    if (seen.has(key)) repeats++;
    else seen.add(key);
  }
  return repeats;
}
