import { useState } from "react";
import { queryColumnNames } from "../../engine/sql/queryColumnNames";
import type { PaneStrings } from "../i18n/paneStrings";
import { readSelectedData } from "../analysis/analyzeCustomers";
import { PaneMessageError } from "../analysis/paneMessageError";
import { InputError } from "../../engine/inputError";
import type { QueryField } from "../../engine/sql/queryFields";
import { formQuery, type QueryForm, type QueryFormResult } from "./queryForm";

const EMPTY_FORM: QueryForm = {
  dialect: "duckdb",
  table: "",
  customerColumn: "",
  dateColumn: "",
  amountColumn: "",
  orderColumn: "",
  channelColumn: "",
  observationEnd: "",
  timeUnit: "W",
};

/** How the last Copy went: not tried, copied, or refused by the browser. */
export type CopyState = "idle" | "copied" | "failed";

/** The query form's state and its actions. */
export interface QueryFormState {
  form: QueryForm;
  setField: <Key extends keyof QueryForm>(key: Key, value: QueryForm[Key]) => void;
  result: QueryFormResult;
  /** Fills the column names from a sample of the selected log; null or why it failed. */
  detect: () => Promise<void>;
  detectError: string | null;
  copy: () => Promise<void>;
  copyState: CopyState;
}

/**
 * The Data too large for a sheet? form: its fields, the query they give, Detect from selection
 * (the pane's selection reader and layout detection, then queryColumnNames) and Copy.
 * @example
 * const query = useQueryForm(strings);
 * await query.detect(); // on the CDNOW sample: query.form.customerColumn === "Kundenummer"
 * "query" in query.result && query.result.query.startsWith("-- Customer table"); // true
 */
export function useQueryForm(strings: PaneStrings): QueryFormState {
  const [form, setForm] = useState<QueryForm>(EMPTY_FORM);
  const [detectError, setDetectError] = useState<string | null>(null);
  const [copyState, setCopyState] = useState<CopyState>("idle");
  const setField = <Key extends keyof QueryForm>(key: Key, value: QueryForm[Key]) => {
    setForm((current) => ({ ...current, [key]: value }));
    setCopyState("idle");
  };
  const result = formQuery(form, strings.sql);

  const detect = async () => {
    try {
      const { header, proposal } = await readSelectedData(strings);
      const names = queryColumnNames(header, proposal.roles);
      setForm((current) => ({
        ...current,
        customerColumn: names.customerColumn,
        dateColumn: names.dateColumn,
        amountColumn: names.amountColumn,
        orderColumn: names.orderColumn ?? "",
        channelColumn: names.channelColumn ?? "",
      }));
      setDetectError(null);
      setCopyState("idle");
    } catch (error) {
      setDetectError(detectMessage(error, strings));
    }
  };

  // Called from the Copy button's click: the user gesture the Clipboard API asks for.
  const copy = async () => {
    if (!("query" in result)) return;
    try {
      await navigator.clipboard.writeText(result.query);
      setCopyState("copied");
    } catch {
      setCopyState("failed");
    }
  };

  return { form, setField, result, detect, detectError, copy, copyState };
}

/** Why Detect from selection failed, in the user's language: a column it found no role for is named by its field. */
function detectMessage(error: unknown, strings: PaneStrings): string {
  if (error instanceof PaneMessageError) return error.message;
  if (error instanceof InputError && error.argument in ROLE_FIELDS)
    return strings.sql.missing(strings.sql.fields[ROLE_FIELDS[error.argument]]);
  return strings.errorUnexpected(error instanceof Error ? error.message : String(error));
}

/** The form field of each role queryColumnNames requires. */
const ROLE_FIELDS: Record<string, QueryField> = {
  customer: "customerColumn",
  date: "dateColumn",
  amount: "amountColumn",
};
