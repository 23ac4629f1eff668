import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer } from "node:http";
import { AddressInfo } from "node:net";
import { extname, join, normalize, resolve, sep } from "node:path";

/** A running static file server. */
export interface StaticServer {
  /** e.g. "http://127.0.0.1:43817" */
  readonly baseUrl: string;
  close(): Promise<void>;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".wasm": "application/wasm",
  ".txt": "text/plain; charset=utf-8",
};

/** How a static server answers, beyond the file itself. */
export interface StaticServerOptions {
  /** Headers sent with every file, as a static host's configuration adds them. */
  headers?: Readonly<Record<string, string>>;
}

/**
 * Serves the files under `root` over plain HTTP on 127.0.0.1 with an ephemeral port; anything else
 * (missing files, folders, paths escaping the root, methods other than GET/HEAD) gets a 404.
 * @example
 * const server = await startStaticServer("dist", { headers: { "Access-Control-Allow-Origin": "*" } });
 * await page.goto(`${server.baseUrl}/taskpane.html`);
 * await server.close();
 */
export async function startStaticServer(
  root: string,
  options: StaticServerOptions = {}
): Promise<StaticServer> {
  const rootPath = resolve(root);
  const server = createServer((request, response) => {
    const notFound = (): void => {
      response.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" });
      response.end("Not found");
    };
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    const filePath = normalize(join(rootPath, pathname));
    if (
      (request.method !== "GET" && request.method !== "HEAD") ||
      !filePath.startsWith(rootPath + sep)
    )
      return notFound();
    stat(filePath).then((info) => {
      if (!info.isFile()) return notFound();
      response.writeHead(200, {
        ...options.headers,
        "Content-Type":
          CONTENT_TYPES[extname(filePath).toLowerCase()] ?? "application/octet-stream",
        "Content-Length": info.size,
        "Cache-Control": "no-store",
      });
      if (request.method === "HEAD") return response.end();
      createReadStream(filePath).pipe(response);
    }, notFound);
  });
  await new Promise<void>((listening) => server.listen(0, "127.0.0.1", listening));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((closed, failed) => {
        server.closeAllConnections();
        server.close((error) => (error ? failed(error) : closed()));
      }),
  };
}
