/**
 * A formatted count with its noun in the singular or the plural.
 * @example
 * counted(1, "row", "rows", String) // -> "1 row"
 * counted(1200, "række", "rækker", new Intl.NumberFormat("da-DK").format) // -> "1.200 rækker"
 */
export function counted(
  count: number,
  one: string,
  many: string,
  format: (count: number) => string
): string {
  return `${format(count)} ${count === 1 ? one : many}`;
}
