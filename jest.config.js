/**
 * Two projects: `unit` runs the engine, adapter, contract and manifest tests in Node;
 * `browser` drives the built task pane in headless Chromium (needs `npm run build` first); its
 * global setup finds the browser once (test/browser/harness/findBrowser.ts).
 */
// ts-jest, with hot built-ins bound per module (see test/jest/localGlobalsTransform.js).
const tsJest = [
  "<rootDir>/test/jest/localGlobalsTransform.js",
  { tsconfig: { module: "commonjs", moduleResolution: "node", isolatedModules: true } },
];

module.exports = {
  projects: [
    {
      displayName: "unit",
      testEnvironment: "node",
      roots: ["<rootDir>/test"],
      testMatch: ["**/*.test.ts"],
      testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/browser/"],
      transform: { "^.+\\.tsx?$": tsJest },
    },
    {
      displayName: "browser",
      testEnvironment: "node",
      roots: ["<rootDir>/test/browser"],
      testMatch: ["**/*.test.ts"],
      globalSetup: "<rootDir>/test/browser/harness/globalSetup.ts",
      transform: { "^.+\\.tsx?$": tsJest },
    },
  ],
};
