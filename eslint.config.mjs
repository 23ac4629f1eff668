// Microsoft's Office add-in rules (load before read, sync after load, isNullObject, …) with
// Prettier formatting (office-addin-prettier-config), for the source and the tests.
import tsParser from "@typescript-eslint/parser";
import officeAddins from "eslint-plugin-office-addins";

const [, , addinRules] = officeAddins.configs.recommended;

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
  ...officeAddins.configs.react,
  { ...addinRules, files: ["**/*.tsx"] },
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { ...addinRules.languageOptions, parser: tsParser, ecmaVersion: 2022 },
    rules: { "no-undef": "off", "no-redeclare": "off", "react/react-in-jsx-scope": "off" },
  },
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
