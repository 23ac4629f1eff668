import type { Language } from "../language";

/**
 * The names of the Channels table's two rows that are no channel, in one language.
 * @example
 * const names: ChannelRowNames = { noSpend: "No spend recorded", all: "All channels" };
 */
export interface ChannelRowNames {
  /** The customers of channels without spend, or without a channel (the "noSpend" row). */
  readonly noSpend: string;
  /** Every customer of the spend period and all the spend (the "all" row). */
  readonly all: string;
}

/**
 * The "noSpend" and "all" rows' names in each language the add-in speaks: the task pane's
 * Channels sheet and CX.CHANNELS both write them; the Channels table carries the English ones.
 * @example
 * CHANNEL_ROW_NAMES.en.noSpend // -> "No spend recorded"
 * CHANNEL_ROW_NAMES.de.all // -> "Alle Kanäle"
 */
export const CHANNEL_ROW_NAMES: Readonly<Record<Language, ChannelRowNames>> = {
  en: { noSpend: "No spend recorded", all: "All channels" },
  da: { noSpend: "Ingen omkostninger registreret", all: "Alle kanaler" },
  nb: { noSpend: "Ingen kostnader registrert", all: "Alle kanaler" },
  de: { noSpend: "Keine Kosten erfasst", all: "Alle Kanäle" },
  nl: { noSpend: "Geen kosten geregistreerd", all: "Alle kanalen" },
};
