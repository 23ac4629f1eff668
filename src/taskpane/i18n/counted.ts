/** Writes a count with the locale's digits, as Intl.NumberFormat's format does. */
export type CountFormat = (count: number) => string;

/**
 * The singular word for a count of 1, the plural for any other: the nouns and the verbs that
 * agree with a count ("1 row was", "2 rows were").
 * @example
 * oneOrMany(1, "was", "were") // -> "was"
 * oneOrMany(0, "wurde", "wurden") // -> "wurden"
 */
export function oneOrMany(count: number, one: string, many: string): string {
  return count === 1 ? one : many;
}

/**
 * A formatted count with its noun in the singular or the plural.
 * @example
 * counted(1, "row", "rows", String) // -> "1 row"
 * counted(1200, "række", "rækker", new Intl.NumberFormat("da-DK").format) // -> "1.200 rækker"
 */
export function counted(count: number, one: string, many: string, format: CountFormat): string {
  return `${format(count)} ${oneOrMany(count, one, many)}`;
}
