/** Excel's longest worksheet name. */
const maxSheetNameLength = 31;

/**
 * A worksheet name based on `base` that none of `existing` uses (Excel compares names
 * case-insensitively), adding " (2)", " (3)", … and shortening the base to stay within 31
 * characters.
 * @example
 * uniqueSheetName("CX Summary", ["Sheet1", "cx summary"]) // -> "CX Summary (2)"
 */
export function uniqueSheetName(base: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((name) => name.toLowerCase()));
  const clean =
    base
      .replace(/[:\\/?*[\]]/g, " ")
      .trim()
      .slice(0, maxSheetNameLength) || "CX";
  if (!taken.has(clean.toLowerCase())) return clean;
  for (let counter = 2; ; counter++) {
    const suffix = ` (${counter})`;
    const candidate = clean.slice(0, maxSheetNameLength - suffix.length).trimEnd() + suffix;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
