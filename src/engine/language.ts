/** The languages the add-in speaks: its pane, its segment names and its argument help. */
export type Language = "en" | "da" | "nb" | "de" | "nl";

/**
 * The add-in language for an Office display-language tag; Norwegian variants (no, nn) use
 * Bokmål, anything unknown English.
 * @example
 * languageFor("da-DK") // -> "da"
 * languageFor("nn-NO") // -> "nb"
 * languageFor("fr-FR") // -> "en"
 */
export function languageFor(displayLanguage: string | undefined): Language {
  const code = (displayLanguage ?? "").toLowerCase().split(/[-_]/)[0];
  if (code === "no" || code === "nn") return "nb";
  return code === "da" || code === "nb" || code === "de" || code === "nl" ? code : "en";
}
