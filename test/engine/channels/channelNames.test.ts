import { channelKey, createChannelNames } from "../../../src/engine/channels/channelNames";

describe("createChannelNames", () => {
  it("matches names case- and space-insensitively and shows the first spelling", () => {
    const channels = createChannelNames();
    expect(channels.positionOf("Google Ads")).toBe(0);
    expect(channels.positionOf("google ads ")).toBe(0);
    expect(channels.positionOf(" GOOGLE\tADS")).toBe(0);
    expect(channels.positionOf("Newsletter")).toBe(1);
    expect(channels.positionOf("  ")).toBe(-1);
    expect(channels.names).toEqual(["Google Ads", "Newsletter"]);
    expect(channelKey("Søg  Betalt")).toBe("søgbetalt");
  });
});
