import { HostError } from "./hostError";

const FORBIDDEN_CHARACTERS = /[:\\/?*[\],]/;
const MAXIMUM_LENGTH = 31;

/**
 * Throws `InvalidArgument` unless Excel accepts the text as a worksheet name: 1–31 characters, none of
 * : \ / ? * [ ] , and no apostrophe at either end.
 * @example validateSheetName("Q1 Sales") // passes
 * @example validateSheetName("a/b") // throws InvalidArgument
 */
export function validateSheetName(name: unknown): asserts name is string {
  const valid =
    typeof name === "string" &&
    name.length > 0 &&
    name.length <= MAXIMUM_LENGTH &&
    !FORBIDDEN_CHARACTERS.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'");
  if (!valid) {
    throw new HostError(
      "InvalidArgument",
      `'${String(name)}' is not a valid sheet name: use 1 to 31 characters, none of : \\ / ? * [ ] , and no apostrophe at the start or end.`
    );
  }
}

/**
 * Whether two names refer to the same item, compared as Excel does (case-insensitively).
 * @example sameName("Data", "DATA") // true
 */
export function sameName(first: string, second: string): boolean {
  return first.localeCompare(second, undefined, { sensitivity: "accent" }) === 0;
}

/**
 * The first `prefix` + n (n = 1, 2, …) not already taken, as Excel names new sheets (Sheet1) and tables (Table1).
 * @example firstFreeName("Sheet", ["Sheet1"]) // "Sheet2"
 */
export function firstFreeName(
  prefix: string,
  takenNames: readonly string[],
  firstNumber = 1
): string {
  for (let number = firstNumber; ; number++) {
    const candidate = `${prefix}${number}`;
    if (!takenNames.some((taken) => sameName(taken, candidate))) return candidate;
  }
}
