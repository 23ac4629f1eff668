/**
 * A table name based on `base` not yet used in the workbook (Excel table names are unique
 * workbook-wide and compared case-insensitively).
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
