/**
 * Starts nginx with deploy/nginx.conf over a built dist/ on a free loopback port, for tests of what a browser
 * receives from the production server. `findNginx()` is null where nginx is not installed: skip then.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "..");

/** The nginx binary, or null when none is installed. */
export function findNginx(): string | null {
  if (existsSync("/usr/sbin/nginx")) return "/usr/sbin/nginx";
  const which = spawnSync("sh", ["-c", "command -v nginx"], { encoding: "utf8" });
  const path = which.stdout.trim();
  return which.status === 0 && path !== "" ? path : null;
}

/** A free TCP port on 127.0.0.1. */
export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.on("error", fail);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => {
        done(port);
      });
    });
  });
}

export interface NginxServer {
  /** e.g. http://127.0.0.1:41234 */
  base: string;
  stop(): Promise<void>;
}

/** nginx serving `dist` with the site config; resolves once it answers. */
export async function startNginx(dist: string, nginx = findNginx()): Promise<NginxServer> {
  if (!nginx) throw new Error("nginx is not installed (apt-get install nginx)");
  const dir = mkdtempSync(join(tmpdir(), "nginx-embed-"));
  const port = await freePort();
  const base = `http://127.0.0.1:${String(port)}`;
  const site = readFileSync(join(ROOT, "deploy/nginx.conf"), "utf8")
    .replaceAll("__ROOT__", dist)
    .replaceAll("__PORT__", `127.0.0.1:${String(port)}`);
  writeFileSync(join(dir, "site.conf"), site);
  const temps = ["body", "proxy", "fastcgi", "uwsgi", "scgi"];
  for (const t of temps) mkdirSync(join(dir, t));
  writeFileSync(
    join(dir, "nginx.conf"),
    [
      "daemon off;",
      "worker_processes 1;",
      // As root, workers would otherwise run as `nobody`, who may not read the checkout.
      ...(process.getuid?.() === 0 ? ["user root;"] : []),
      `pid ${join(dir, "nginx.pid")};`,
      `error_log ${join(dir, "error.log")} warn;`,
      "events { worker_connections 64; }",
      "http {",
      `  access_log ${join(dir, "access.log")};`,
      ...temps.map((t) => `  ${t === "body" ? "client_body" : t}_temp_path ${join(dir, t)};`),
      `  include ${join(dir, "site.conf")};`,
      "}",
      "",
    ].join("\n"),
  );
  let log = "";
  const child: ChildProcess = spawn(nginx, ["-p", dir, "-c", join(dir, "nginx.conf")], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (d: Buffer) => (log += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (log += d.toString()));
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise<void>((r) => {
        child.once("exit", () => {
          r();
        });
      });
      child.kill("SIGQUIT");
      const timer = setTimeout(() => {
        child.kill("SIGKILL");
      }, 5000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`nginx exited with ${String(child.exitCode)}:\n${log}`);
    }
    try {
      await fetch(`${base}/`);
      return { base, stop };
    } catch {
      if (Date.now() > deadline) {
        await stop();
        throw new Error(`nginx did not answer on ${base} within 10 s:\n${log}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

// ---------- public/_headers, read the way Netlify and Cloudflare Pages read it ----------

export interface HeaderRule {
  pattern: string;
  headers: [string, string][];
}

/** The rules of a _headers file: a path pattern, then its indented `Name: value` lines. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split("\n")) {
    if (line.trim() === "" || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(":");
    if (!rule || colon < 0) throw new Error(`_headers: a header line outside a rule or without a colon: ${line}`);
    rule.headers.push([line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

const matches = (pattern: string, path: string): boolean =>
  new RegExp(
    `^${pattern
      .split("*")
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
      .join(".*")}$`,
  ).test(path);

/** The headers a host sends for `path`: every matching rule's, a name set by two rules joined with ", ". */
export function headersFor(rules: HeaderRule[], path: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const rule of rules.filter((r) => matches(r.pattern, path))) {
    for (const [name, value] of rule.headers) {
      const before = out.get(name);
      out.set(name, before === undefined ? value : `${before}, ${value}`);
    }
  }
  return out;
}
