import { calendarDateSerial } from "../../engine/read/excelDate";
import type { TimeUnit } from "../../engine/read/timeUnit";
import { customerTableQuery } from "../../engine/sql/customerTableQuery";
import type { SqlDialect } from "../../engine/sql/sqlDialect";
import type { SqlStrings } from "../i18n/sqlStrings";
import { REQUIRED_QUERY_FIELDS, type QueryField } from "../../engine/sql/queryFields";

/** What the user typed (or Detect from selection filled in), and the engine and time unit picked. */
export interface QueryForm extends Record<QueryField, string> {
  dialect: SqlDialect;
  timeUnit: TimeUnit;
}

/** The query, or why there is none yet in the user's language. */
export type QueryFormResult = { query: string } | { message: string };

/**
 * The customer-table query the form asks for: customerTableQuery with the form's texts, blank
 * optional columns left out and the observation end (YYYY-MM-DD, as a date input gives it) as a
 * day serial; while a required field is blank, a message naming every blank one by its label.
 * @example
 * formQuery({ dialect: "postgresql", table: "shop.orders", customerColumn: "Kunde",
 *   dateColumn: "Dato", amountColumn: "", orderColumn: "", channelColumn: "",
 *   observationEnd: "", timeUnit: "W" }, stringsByLanguage.en.sql);
 * // { message: "Fill in: Amount column." }
 */
export function formQuery(form: QueryForm, strings: SqlStrings): QueryFormResult {
  const blank = REQUIRED_QUERY_FIELDS.filter((field) => form[field].trim() === "");
  if (blank.length > 0)
    return { message: strings.missing(blank.map((field) => strings.fields[field]).join(", ")) };
  return {
    query: customerTableQuery({
      dialect: form.dialect,
      table: form.table,
      customerColumn: form.customerColumn,
      dateColumn: form.dateColumn,
      amountColumn: form.amountColumn,
      orderColumn: form.orderColumn,
      channelColumn: form.channelColumn,
      observationEnd: isoDaySerial(form.observationEnd),
      timeUnit: form.timeUnit,
    }),
  };
}

/** The day serial of YYYY-MM-DD text; undefined when blank. */
function isoDaySerial(iso: string): number | undefined {
  if (iso.trim() === "") return undefined;
  const [year, month, day] = iso.split("-").map(Number);
  return calendarDateSerial(year, month, day);
}
