/**
 * Builds the add-in as a static folder (`dist/`): functions.js + functions.json (custom
 * functions, generated from JSDoc), taskpane.html (the shared runtime page: loads both
 * bundles), help.html, icons and a manifest.xml whose URLs point at ADDIN_BASE_URL.
 *
 *   npm run build                                   -> URLs stay https://localhost:3000/
 *   ADDIN_BASE_URL=https://cdn.example.com/cx/ npm run build -> URLs rewritten for that host
 */
const fs = require("fs");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { Compilation, sources } = require("webpack");

const devBaseUrl = "https://localhost:3000/";
const metadataLocales = ["da", "nb", "de", "nl"];
const metadataTranslationsFile = path.resolve(__dirname, "src/functions/metadataTranslations.json");
const devPort = 3000;

/** The base URL the built manifest points at, always ending in "/". */
function baseUrl() {
  const url = process.env.ADDIN_BASE_URL || devBaseUrl;
  if (!/^https:\/\//.test(url))
    throw new Error(`ADDIN_BASE_URL must start with https:// (got ${url})`);
  return url.endsWith("/") ? url : `${url}/`;
}

/** The manifest with every dev URL moved to `url`, and the app domain to its origin. */
function hostedManifest(xml, url) {
  const devOrigin = new URL(devBaseUrl).origin;
  return xml
    .split(devBaseUrl)
    .join(url)
    .split(`<AppDomain>${devOrigin}</AppDomain>`)
    .join(`<AppDomain>${new URL(url).origin}</AppDomain>`);
}

/** Every file under src/functions that declares a custom function: the metadata plugin's input. */
function customFunctionFiles() {
  const folder = path.resolve(__dirname, "src/functions");
  return fs
    .readdirSync(folder)
    .filter((name) => name.endsWith(".ts"))
    .map((name) => path.join(folder, name))
    .filter((file) => fs.readFileSync(file, "utf8").includes("@customfunction"))
    .sort();
}

/**
 * HTTPS options for the dev server from office-addin-dev-certs. Installing its CA into the
 * system store needs `sudo` on Linux; where that fails the certificates are still generated
 * and used, and we say how to trust the CA by hand.
 */
async function devServerHttpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (error) {
    const defaults = require("office-addin-dev-certs/lib/defaults");
    if (!fs.existsSync(defaults.localhostCertificatePath)) await devCerts.generateCertificates();
    console.warn(
      `\nCould not install the development CA certificate (${String(error.message || error).split("\n")[0]}).\n` +
        `The server uses it anyway; to trust it, import ${defaults.caCertificatePath} into your browser or OS.\n`
    );
    return {
      ca: fs.readFileSync(defaults.caCertificatePath),
      cert: fs.readFileSync(defaults.localhostCertificatePath),
      key: fs.readFileSync(defaults.localhostKeyPath),
    };
  }
}

/** Excel's argument style for a JSDoc parameter name: averageOrderValue -> average_order_value, T stays T. */
function excelParameterName(name) {
  return name.replace(/(?<=[a-z0-9])[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

/**
 * The generated metadata for one language: English as written in the JSDoc, or every
 * description replaced from src/functions/metadataTranslations.json. A missing translation
 * fails the build, so every language stays complete. It also lets error cells reach the
 * functions (allowErrorForDataTypeAny), which the JSDoc generator cannot set: without it Excel
 * does not call a function whose input holds an error, and the adapters' per-row messages
 * never show.
 */
function localizedMetadata(metadata, translations, locale) {
  const text = (entry, what) => {
    if (!locale) return undefined;
    if (!entry || !entry[locale])
      throw new Error(`metadataTranslations.json has no ${locale} text for ${what}`);
    return entry[locale];
  };
  return {
    ...metadata,
    // A top-level flag for every `any` parameter (learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json#allowerrorfordatatypeany).
    allowErrorForDataTypeAny: true,
    functions: metadata.functions.map((fn) => {
      const translation = translations[fn.id] || {};
      return {
        ...fn,
        description: text(translation.description, fn.id) ?? fn.description,
        parameters: fn.parameters.map((parameter) => ({
          ...parameter,
          name: excelParameterName(parameter.name),
          description:
            text((translation.parameters || {})[parameter.name], `${fn.id} ${parameter.name}`) ??
            parameter.description,
        })),
      };
    }),
  };
}

/**
 * After custom-functions-metadata-plugin has emitted functions.json: gives its parameters
 * Excel-style names and emits functions.<locale>.json for each of the add-in's other languages,
 * which the manifest's overrides point Excel at.
 */
class LocalizedFunctionsMetadataPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("LocalizedFunctionsMetadataPlugin", (compilation) => {
      compilation.fileDependencies.add(metadataTranslationsFile);
      compilation.hooks.processAssets.tap(
        {
          name: "LocalizedFunctionsMetadataPlugin",
          stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS,
        },
        () => {
          const asset = compilation.getAsset("functions.json");
          if (!asset) return;
          const metadata = JSON.parse(asset.source.source().toString());
          const translations = JSON.parse(fs.readFileSync(metadataTranslationsFile, "utf8"));
          const json = (content) => new sources.RawSource(JSON.stringify(content, null, 2));
          compilation.updateAsset(
            "functions.json",
            json(localizedMetadata(metadata, translations))
          );
          for (const locale of metadataLocales) {
            compilation.emitAsset(
              `functions.${locale}.json`,
              json(localizedMetadata(metadata, translations, locale))
            );
          }
        }
      );
    });
  }
}

function sideloadHelp(url) {
  return [
    "",
    `CX Customer Value is served at ${url}taskpane.html (functions: ${url}functions.json)`,
    "Sideload in Excel on the web: Home > Add-ins > More settings > Upload My Add-in > manifest.xml",
    "Excel desktop (Windows/Mac): npm run start:desktop   Excel on the web with a document: npm run start:web -- --document <URL>",
    "",
  ].join("\n");
}

module.exports = async (env, argv) => {
  const dev = argv.mode !== "production";
  const url = baseUrl();
  const serving = process.env.WEBPACK_SERVE === "true";

  return {
    devtool: dev ? "source-map" : false,
    entry: {
      functions: "./src/functions/index.ts",
      taskpane: "./src/taskpane/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [{ test: /\.tsx?$/, exclude: /node_modules/, use: "ts-loader" }],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: customFunctionFiles() }),
      new LocalizedFunctionsMetadataPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/help.html", to: "help.html" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => hostedManifest(content.toString(), url),
          },
        ],
      }),
    ],
    devServer: serving
      ? {
          host: "localhost",
          port: devPort,
          static: false,
          hot: false,
          headers: { "Access-Control-Allow-Origin": "*" },
          server: { type: "https", options: await devServerHttpsOptions() },
          onListening: () => console.log(sideloadHelp(devBaseUrl)),
        }
      : undefined,
  };
};

module.exports.hostedManifest = hostedManifest;
module.exports.metadataLocales = metadataLocales;
