import type { QueryField } from "../../engine/sql/queryFields";

/**
 * The text of the pane's Data too large for a sheet? section, in one language: a part of
 * PaneStrings (`strings.sql`), one block in each language's file.
 */
export interface SqlStrings {
  heading: string;
  intro: string;
  engine: string;
  /** Each form field's label; the optional ones say so. */
  fields: Record<QueryField, string>;
  observationEndHint: string;
  /** The observation end typed is no date a query can hold (before 1900-03-01, or half typed). */
  invalidObservationEnd: string;
  /** The button that reads a sample of the selected log for its column names. */
  detect: string;
  /** Fields still empty, named by their labels joined by ", ". */
  missing: (fields: string) => string;
  query: string;
  copy: string;
  copied: string;
  /** The clipboard refused the text (Excel on the web may not allow it). */
  copyFailed: string;
  /** What to do with the query's result, one step a line. */
  steps: readonly [string, string, string];
}
