import { execFileSync } from "child_process";
import { existsSync } from "fs";
import { delimiter, join } from "path";

/** Commands of an installed Chromium, Chrome or Edge on Linux, looked up on PATH in this order. */
const LINUX_COMMANDS = [
  "chromium",
  "chromium-browser",
  "google-chrome-stable",
  "google-chrome",
  "microsoft-edge-stable",
  "microsoft-edge",
];

/** Where macOS and Windows install them. */
function installedPaths(): string[] {
  if (process.platform === "darwin") {
    return ["Google Chrome", "Chromium", "Microsoft Edge"].map(
      (name) => `/Applications/${name}.app/Contents/MacOS/${name}`
    );
  }
  if (process.platform === "win32") {
    const roots = [
      process.env.PROGRAMFILES,
      process.env["PROGRAMFILES(X86)"],
      process.env.LOCALAPPDATA,
    ];
    return roots
      .filter((root): root is string => Boolean(root))
      .flatMap((root) => [
        join(root, "Google", "Chrome", "Application", "chrome.exe"),
        join(root, "Microsoft", "Edge", "Application", "msedge.exe"),
      ]);
  }
  const folders = (process.env.PATH ?? "").split(delimiter).filter(Boolean);
  return LINUX_COMMANDS.flatMap((command) => folders.map((folder) => join(folder, command)));
}

/**
 * Whether a file answers `--version` as a browser does. Ubuntu's `chromium-browser` can be a shim
 * that only says to install a snap; it exists but is no browser.
 */
function answersAsBrowser(path: string): boolean {
  if (process.platform === "win32") return true; // chrome.exe --version opens a window instead
  try {
    const version = execFileSync(path, ["--version"], { timeout: 10_000, encoding: "utf8" });
    return /(Chromium|Chrome|Edge)\D*\d+\./.test(version);
  } catch {
    return false;
  }
}

/** Debian/Ubuntu packages of the libraries a Chromium build links against, by library name prefix. */
const LIBRARY_PACKAGES: [string, string][] = [
  ["libnss3", "libnss3"],
  ["libnssutil3", "libnss3"],
  ["libsmime3", "libnss3"],
  ["libnspr4", "libnspr4"],
  ["libplc4", "libnspr4"],
  ["libplds4", "libnspr4"],
  ["libexpat", "libexpat1"],
];

/** The packages that would supply the shared libraries `ldd` cannot find for a binary. */
function missingLibraryPackages(path: string): string[] {
  let listing: string;
  try {
    listing = execFileSync("ldd", [path], { encoding: "utf8" });
  } catch {
    return [];
  }
  const missing = [...listing.matchAll(/^\s*(\S+) => not found/gm)].map(([, library]) => library);
  const packages = missing.map(
    (library) => LIBRARY_PACKAGES.find(([prefix]) => library.startsWith(prefix))?.[1] ?? library
  );
  return [...new Set(packages)];
}

/** The Chromium that ships inside the optional npm package @sparticuz/chromium (Linux x64). */
async function bundledChromium(): Promise<string | undefined> {
  if (process.platform !== "linux" || process.arch !== "x64") return undefined;
  let bundled: { executablePath(): Promise<string> };
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- optional: absent on other platforms
    bundled = require("@sparticuz/chromium");
  } catch {
    return undefined;
  }
  const path = await bundled.executablePath(); // unpacks once into the temp folder
  const packages = missingLibraryPackages(path);
  if (packages.length > 0) {
    throw new BrowserNotFoundError(
      `The bundled Chromium needs system libraries: sudo apt-get install ${packages.join(" ")}`
    );
  }
  return path;
}

/** No browser to run the tests in; the message says in one line what to install. */
export class BrowserNotFoundError extends Error {}

/**
 * The Chromium-family browser the browser tests, `npm run analyze` and the benchmark drive:
 * `CHROMIUM_PATH` if set; else an installed Chromium, Chrome or Edge; else the Chromium bundled
 * in the optional dependency @sparticuz/chromium (Linux x64). Throws BrowserNotFoundError with
 * one line on what to install when there is none.
 * @example
 * const executablePath = await findBrowser(); // "/usr/bin/chromium" on Debian with chromium installed
 */
export async function findBrowser(): Promise<string> {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) {
    if (!existsSync(configured)) {
      throw new BrowserNotFoundError(`CHROMIUM_PATH is ${configured}, which does not exist`);
    }
    return configured;
  }
  const installed = installedPaths().find((path) => existsSync(path) && answersAsBrowser(path));
  if (installed) return installed;
  const bundled = await bundledChromium();
  if (bundled) return bundled;
  throw new BrowserNotFoundError(
    "No Chromium, Chrome or Edge found: install one (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH"
  );
}
