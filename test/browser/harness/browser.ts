import { Browser, chromium } from "playwright-core";
import { findBrowser } from "./findBrowser";

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
 * Launches headless the browser `findBrowser` picks (`CHROMIUM_PATH`, an installed Chromium,
 * Chrome or Edge, else the bundled Chromium).
 * @example
 * const browser = await launchChromium();
 * try { ... } finally { await browser.close(); }
 */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: await findBrowser(),
    args: CHROMIUM_ARGUMENTS,
  });
}
