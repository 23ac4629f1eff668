import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import { distFolder, readDistFile } from "./distFolder";

const firstLoadBudgetBytes = 300 * 1024;

/** The src of every script tag, in page order (the minified page drops attribute quotes). */
function scriptSources(html: string): string[] {
  return Array.from(html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)).map((match) => match[1]);
}

describe("task pane first load", () => {
  test("loads office.js from Microsoft's CDN and our bundles locally", () => {
    const html = readDistFile("taskpane.html");
    expect(scriptSources(html)).toEqual([
      "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
      "functions.js",
      "taskpane.js",
    ]);
  });

  test("is at most 300 KB gzipped", () => {
    const html = readDistFile("taskpane.html");
    const scripts = scriptSources(html).filter((src) => !src.startsWith("http"));
    const gzipped = scripts.reduce(
      (total, src) =>
        total + zlib.gzipSync(fs.readFileSync(path.join(distFolder, src)), { level: 9 }).length,
      zlib.gzipSync(html).length
    );
    expect(gzipped).toBeLessThanOrEqual(firstLoadBudgetBytes);
  });
});
