import { InputError } from "../../engine/inputError";
import { toDaySerial } from "../../engine/read/excelDate";
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
 * day serial; while a required field is blank, a message naming every blank one by its label,
 * and while the observation end is no date a query can hold (a date input reports "0002-12-31"
 * once the first digit of the year is typed), a message saying so. Called on every render, so
 * it never throws for what the user types.
 * @example
 * formQuery({ dialect: "postgresql", table: "shop.orders", customerColumn: "Kunde",
 *   dateColumn: "Dato", amountColumn: "", orderColumn: "", channelColumn: "",
 *   observationEnd: "", timeUnit: "W" }, stringsByLanguage.en.sql);
 * // { message: "Fill in: Amount column." }
 * formQuery({ …, amountColumn: "Beløb", observationEnd: "1899-12-31" }, stringsByLanguage.en.sql);
 * // { message: "The observation end is not a date from 1900-03-01 to 9999-12-31." }
 */
export function formQuery(form: QueryForm, strings: SqlStrings): QueryFormResult {
  const blank = REQUIRED_QUERY_FIELDS.filter((field) => form[field].trim() === "");
  if (blank.length > 0)
    return { message: strings.missing(blank.map((field) => strings.fields[field]).join(", ")) };
  try {
    return {
      query: customerTableQuery({
        dialect: form.dialect,
        table: form.table,
        customerColumn: form.customerColumn,
        dateColumn: form.dateColumn,
        amountColumn: form.amountColumn,
        orderColumn: form.orderColumn,
        channelColumn: form.channelColumn,
        observationEnd:
          form.observationEnd.trim() === "" ? undefined : toDaySerial(form.observationEnd),
        timeUnit: form.timeUnit,
      }),
    };
  } catch (error) {
    // The engine decides which days a query can hold (from 1900-03-01: Excel's 1900-02-29 is none).
    if (error instanceof InputError && error.argument === "observation_end")
      return { message: strings.invalidObservationEnd };
    throw error;
  }
}
