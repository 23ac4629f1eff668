import type { Language } from "../../engine/language";
import { da } from "./da";
import { de } from "./de";
import { en } from "./en";
import { nb } from "./nb";
import { nl } from "./nl";
import type { PaneStrings } from "./paneStrings";

/**
 * The pane's strings in each of its languages, keyed by two-letter code.
 * @example
 * stringsByLanguage.de.sheetNames.summary // -> "CX Übersicht"
 */
export const stringsByLanguage: Record<Language, PaneStrings> = { en, da, nb, de, nl };
