/** The header words of each role: whole names first, then parts that may begin or end a header. */
export type HeaderVocabulary<Role extends string> = Record<
  Role,
  { readonly names: readonly string[]; readonly parts: readonly string[] }
>;

/**
 * A header cell as the vocabularies write their words: lower case, Unicode-composed, without a
 * bracketed unit ("(EUR)", "[kr]"), spaces, underscores, hyphens, dots and slashes; "" for a
 * cell that is neither text nor a number.
 *
 * @example
 * normaliseHeader(" Monthly fee (EUR) "); // "monthlyfee"
 * normaliseHeader("Kunde-Nr."); // "kundenr"
 */
export function normaliseHeader(cell: unknown): string {
  if (typeof cell !== "string" && typeof cell !== "number") return "";
  return String(cell)
    .normalize("NFC")
    .toLowerCase()
    .replace(/\([^)]*\)|\[[^\]]*\]/g, "")
    .replace(/[\s_.\-/]+/g, "");
}

/**
 * The role of each header cell: the roles of exactOrder take, in turn, the first free column
 * whose whole name is one of their names (the names tried in order), then the roles of
 * partOrder the first free column beginning or ending with one of their parts. Each role takes
 * one column, except `repeatable`, which takes every column it matches.
 *
 * @example
 * const vocabulary = { start: { names: ["start"], parts: ["begin"] }, end: { names: ["end"], parts: [] } };
 * matchHeaders(["Begin date", "End", "Start"], vocabulary, ["start", "end"], ["start"]);
 * // [undefined, "end", "start"]: the whole name wins over the part
 */
export function matchHeaders<Role extends string>(
  header: readonly unknown[],
  vocabulary: HeaderVocabulary<Role>,
  exactOrder: readonly Role[],
  partOrder: readonly Role[],
  repeatable?: Role
): (Role | undefined)[] {
  const names = header.map(normaliseHeader);
  const roles: (Role | undefined)[] = names.map(() => undefined);
  const assign = (
    role: Role,
    matches: (name: string, word: string) => boolean,
    words: readonly string[]
  ) => {
    if (role !== repeatable && roles.includes(role)) return;
    for (const word of words) {
      for (let column = 0; column < names.length; column++) {
        if (roles[column] !== undefined || names[column] === "" || !matches(names[column], word))
          continue;
        roles[column] = role;
        if (role !== repeatable) return;
      }
    }
  };
  for (const role of exactOrder) {
    assign(role, (name, word) => name === word, vocabulary[role].names);
  }
  for (const role of partOrder) {
    assign(
      role,
      (name, word) => name.startsWith(word) || name.endsWith(word),
      vocabulary[role].parts
    );
  }
  return roles;
}
