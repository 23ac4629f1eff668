import { BrowserNotFoundError, findBrowser } from "./findBrowser";

/**
 * Jest's global setup for the browser tests: finds the browser once, before the workers start,
 * and hands it to them as CHROMIUM_PATH (the bundled Chromium unpacks once, not in each worker).
 * Without a browser it prints one line on what to install and stops the run.
 * @example
 * // jest.config.js, browser project: globalSetup: "<rootDir>/test/browser/harness/globalSetup.ts"
 */
export default async function globalSetup(): Promise<void> {
  try {
    process.env.CHROMIUM_PATH = await findBrowser();
  } catch (error) {
    if (!(error instanceof BrowserNotFoundError)) throw error;
    console.error(`\nBrowser tests: ${error.message}`);
    process.exit(1);
  }
}
