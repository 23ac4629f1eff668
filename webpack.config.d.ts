// Types for the part of webpack.config.js (CommonJS, untyped) that the tests import.

/** The manifest with every dev URL moved to `url`, and the app domain to its origin. */
export function hostedManifest(xml: string, url: string): string;
