import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const DEFAULT_CHROMIUM = "/usr/bin/chromium";

/** Flags for a headless Chromium that phones nowhere and keeps no state between runs. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-quic",
  "--disable-sync",
];

export interface PdfOptions {
  /** Chromium binary; default $CONFLICTWATCH_CHROMIUM or /usr/bin/chromium. */
  executablePath?: string;
  /** Footer label repeated on every page. */
  footerLabel?: string;
}

/**
 * Print the report's HTML to PDF with headless Chromium (playwright-core drives it),
 * in a fresh profile directory that is removed afterwards. Every request is refused:
 * the page is self-contained, and a briefing must not leak that it was opened.
 */
export async function printReportPdf(html: string, options: PdfOptions = {}): Promise<Buffer> {
  const { chromium } = await import("playwright-core");
  const profile = await mkdtemp(join(tmpdir(), "conflictwatch-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: options.executablePath ?? process.env.CONFLICTWATCH_CHROMIUM ?? DEFAULT_CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    offline: true,
  });
  try {
    const page = await context.newPage();
    await page.route("**/*", (route) => (route.request().url().startsWith("data:") ? route.continue() : route.abort()));
    await page.setContent(html, { waitUntil: "load" });
    const label = (options.footerLabel ?? "").replace(/[<>&]/g, "");
    return await page.pdf({
      format: "A4",
      printBackground: true,
      preferCSSPageSize: true,
      displayHeaderFooter: true,
      headerTemplate: "<span></span>",
      footerTemplate: `<div style="font-family: sans-serif; font-size: 7px; color: #666; width: 100%; padding: 0 14mm; display: flex; justify-content: space-between;"><span>${label}</span><span>page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`,
    });
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
}
