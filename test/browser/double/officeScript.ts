import { readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { CHART_TYPES } from "./chartTypes";
import { TRANSPORT_BINDING } from "./protocol";

let compiledBody: string | undefined;

/**
 * The Office.js double's code as the body of a function of `globalThis`: officeClient.ts compiled to
 * ES2020 with its type-only imports erased, after a preamble carrying what it shares with Node.
 */
export function officeClientBody(): string {
  if (compiledBody === undefined) {
    const source = readFileSync(join(__dirname, "officeClient.ts"), "utf8");
    const { outputText } = ts.transpileModule(source, {
      compilerOptions: {
        target: ts.ScriptTarget.ES2020,
        module: ts.ModuleKind.ES2015,
        removeComments: true,
      },
      fileName: "officeClient.ts",
    });
    const script = outputText.replace(/^export \{\};?\s*$/m, "");
    if (/^\s*(import|export)\b/m.test(script))
      throw new Error("officeClient.ts must only import types and export nothing.");
    const preamble = { transportBinding: TRANSPORT_BINDING, chartTypes: CHART_TYPES };
    compiledBody = `"use strict";\nconst officeDoublePreamble = ${JSON.stringify(preamble)};\n${script}`;
  }
  return compiledBody;
}

/**
 * The script served in place of https://appsforoffice.microsoft.com/lib/1/hosted/office.js.
 * @example await page.route("https://appsforoffice.microsoft.com/**", (route) => route.fulfill({ contentType: "application/javascript", body: officeScript() }));
 */
export function officeScript(): string {
  return `(function (globalThis) {\n${officeClientBody()}\n})(globalThis);\n`;
}
