import { open, readdir, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import { InputError } from "../domain/index.js";

/**
 * Files and folders. A folder is walked recursively in sorted order (so runs are
 * reproducible), hidden entries skipped. Inside a folder, files with a report
 * extension are taken, known binary formats are skipped, and anything else is taken
 * only when its first bytes look like text.
 */

const CONTENT_TYPES: Record<string, string> = {
  ".txt": "text/plain",
  ".text": "text/plain",
  ".md": "text/markdown",
  ".markdown": "text/markdown",
  ".html": "text/html",
  ".htm": "text/html",
  ".xhtml": "application/xhtml+xml",
  ".xml": "application/xml",
  ".rss": "application/rss+xml",
  ".atom": "application/atom+xml",
  // Read by cleaning through pdftotext.
  ".pdf": "application/pdf",
};
const FEED_EXTENSIONS = new Set([".xml", ".rss", ".atom"]);
const BINARY_EXTENSIONS = new Set([
  ".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp", ".ico", ".svgz", ".zip", ".gz", ".tgz", ".bz2", ".xz", ".7z",
  ".rar", ".tar", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".odt", ".mp3", ".mp4", ".wav", ".ogg", ".webm",
  ".mov", ".avi", ".exe", ".dll", ".so", ".bin", ".sqlite", ".db", ".woff", ".woff2", ".ttf", ".otf", ".class", ".jar",
]);

export function contentTypeForPath(path: string): string | null {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? null;
}

/** .xml may be a feed or any XML document; .rss and .atom are feeds whatever their first bytes say. */
export function mayBeFeedPath(path: string): boolean {
  return FEED_EXTENSIONS.has(extname(path).toLowerCase());
}

export function mustBeFeedPath(path: string): boolean {
  const ext = extname(path).toLowerCase();
  return ext === ".rss" || ext === ".atom";
}

export type PathEntry = { kind: "file"; path: string; size: number } | { kind: "error"; path: string; error: InputError };

function fsProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  switch (code) {
    case "ENOENT":
      return "no such file or directory";
    case "EACCES":
    case "EPERM":
      return `cannot be read: permission denied (${code})`;
    case "EISDIR":
      return "is a directory";
    case "ELOOP":
      return "too many levels of symbolic links";
    default:
      return `cannot be read: ${(error as Error)?.message ?? String(error)}`;
  }
}

export function fileError(path: string, error: unknown): InputError {
  return error instanceof InputError ? error : new InputError(path, fsProblem(error), { cause: error });
}

async function looksLikeTextFile(path: string): Promise<boolean> {
  let handle;
  try {
    handle = await open(path, "r");
    const buffer = Buffer.alloc(1024);
    const { bytesRead } = await handle.read(buffer, 0, 1024, 0);
    return !buffer.subarray(0, bytesRead).includes(0);
  } catch {
    // Unreadable: take it, so that the reader reports why.
    return true;
  } finally {
    await handle?.close();
  }
}

async function wantedInFolder(path: string): Promise<boolean> {
  const ext = extname(path).toLowerCase();
  if (CONTENT_TYPES[ext]) return true;
  if (BINARY_EXTENSIONS.has(ext)) return false;
  return looksLikeTextFile(path);
}

/** The files an input path stands for, in order; problems are entries too, never thrown. */
export async function* expandPath(path: string): AsyncGenerator<PathEntry> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    yield { kind: "error", path, error: fileError(path, error) };
    return;
  }
  if (info.isFile()) {
    yield { kind: "file", path, size: info.size };
    return;
  }
  if (!info.isDirectory()) {
    yield { kind: "error", path, error: new InputError(path, "is neither a regular file nor a directory") };
    return;
  }
  yield* walkFolder(path);
}

async function* walkFolder(folder: string): AsyncGenerator<PathEntry> {
  let names: string[];
  try {
    names = (await readdir(folder)).filter((n) => !n.startsWith(".")).sort();
  } catch (error) {
    yield { kind: "error", path: folder, error: fileError(folder, error) };
    return;
  }
  for (const name of names) {
    const path = join(folder, name);
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      yield { kind: "error", path, error: fileError(path, error) };
      continue;
    }
    if (info.isDirectory()) yield* walkFolder(path);
    else if (info.isFile() && (await wantedInFolder(path))) yield { kind: "file", path, size: info.size };
  }
}
