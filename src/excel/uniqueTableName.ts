/**
 * A table name based on `base` that none of `existing` uses (table names and defined names share
 * one workbook-wide namespace, compared case-insensitively: pass both, as namesInUse gives them).
 * @example
 * uniqueTableName("CX_Summary", ["CX_Summary"]) // -> "CX_Summary2"
 */
export function uniqueTableName(base: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((name) => name.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  let counter = 2;
  while (taken.has(`${base}${counter}`.toLowerCase())) counter++;
  return `${base}${counter}`;
}
