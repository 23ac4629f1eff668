import { Browser, chromium } from "playwright-core";

/** Flags that keep headless Chromium off the network except for what the page itself requests. */
const CHROMIUM_ARGUMENTS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * Launches the system's headless Chromium (`CHROMIUM_PATH`, else /usr/bin/chromium).
 * @example
 * const browser = await launchChromium();
 * try { ... } finally { await browser.close(); }
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: CHROMIUM_ARGUMENTS,
  });
}
