// Microsoft's Office add-in rules (load before read, sync after load, isNullObject, …) with
// Prettier formatting (office-addin-prettier-config), typescript-eslint's recommended rules and
// the React hooks rules, for the source and the tests.
import tsParser from "@typescript-eslint/parser";
import officeAddins from "eslint-plugin-office-addins";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

// eslint-plugin-office-addins bundles an older @typescript-eslint plugin and ESLint allows one
// plugin per name, so its configs use typescript-eslint's instead.
const withProjectTsPlugin = (config) =>
  config.plugins?.["@typescript-eslint"]
    ? { ...config, plugins: { ...config.plugins, "@typescript-eslint": tseslint.plugin } }
    : config;
const officeReact = officeAddins.configs.react.map(withProjectTsPlugin);
const addinRules = withProjectTsPlugin(officeAddins.configs.recommended[2]);

export default [
  {
    ignores: [
      "dist/**",
      "node_modules/**",
      "coverage/**",
      "eslint.config.mjs",
      "test/browser/harness/fixtures/**",
    ],
  },
  ...officeReact,
  { ...addinRules, files: ["**/*.tsx"] },
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { ...addinRules.languageOptions, parser: tsParser, ecmaVersion: 2022 },
    rules: { "no-undef": "off", "no-redeclare": "off", "react/react-in-jsx-scope": "off" },
  },
  ...tseslint.configs.recommended.map((config) => ({ ...config, files: ["**/*.{ts,tsx}"] })),
  { ...reactHooks.configs.flat.recommended, files: ["**/*.{ts,tsx}"] },
  {
    files: ["**/*.{js,cjs}"],
    languageOptions: {
      sourceType: "commonjs",
      ecmaVersion: 2022,
      globals: {
        require: "readonly",
        module: "writable",
        __dirname: "readonly",
        URL: "readonly",
        process: "readonly",
        console: "readonly",
      },
    },
  },
  {
    // The Excel test double and its tests break the Office.js rules on purpose, to prove the
    // double throws where Excel does.
    files: ["test/browser/double/**", "test/browser/harness/**"],
    rules: Object.fromEntries(
      Object.keys(addinRules.rules)
        .filter((rule) => rule.startsWith("office-addins/"))
        .map((rule) => [rule, "off"])
    ),
  },
];
