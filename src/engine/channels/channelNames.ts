import { createTextPositions } from "../read/textPositions";

/** Channel names matched case- and space-insensitively, each shown as first written. */
export interface ChannelNames {
  /** Each channel once, trimmed, as first written. */
  readonly names: string[];
  /** Position of the channel `name` spells, appending it when new; −1 for a blank name. */
  positionOf(name: string): number;
}

/**
 * The key two spellings of one channel share: lower case, Unicode-composed, without white
 * space, so "Google Ads", "google ads " and "GoogleAds" are one channel.
 *
 * @example
 * channelKey(" Google  Ads "); // "googleads"
 */
export function channelKey(name: string): string {
  return name.normalize("NFC").toLowerCase().replace(/\s+/g, "");
}

/**
 * An empty list of channels that numbers each new one in turn, matching names by channelKey:
 * how the spend table's channels and the log's meet.
 *
 * @example
 * const channels = createChannelNames();
 * channels.positionOf("Google Ads"); // 0
 * channels.positionOf("google ads "); // 0
 * channels.positionOf("Newsletter"); // 1
 * channels.positionOf("  "); // −1
 * channels.names; // ["Google Ads", "Newsletter"]
 */
export function createChannelNames(): ChannelNames {
  const keys = createTextPositions();
  const names: string[] = [];
  return {
    names,
    positionOf(name) {
      const key = channelKey(name);
      if (key === "") return -1;
      const position = keys.positionOf(key);
      if (position === names.length) names.push(name.trim());
      return position;
    },
  };
}
