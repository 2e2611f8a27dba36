import { cleanDocument } from "../clean/index.js";
import type { Store } from "../domain/index.js";
import { codeDocument } from "./code-document.js";
import type { Services } from "./services.js";

export interface ReextractSummary {
  documents: number;
  eventsNew: number;
  eventsMerged: number;
}

/**
 * Runs the current rules again over stored documents (all, or the given ids),
 * from their raw bytes, replacing each document's contribution. Analysts' edits
 * are kept by the store.
 */
export async function reextractDocuments(
  store: Store,
  services: Services,
  ids?: string[],
  onDocument?: (done: number, total: number) => void,
): Promise<ReextractSummary> {
  const documentIds = ids ?? (await store.listDocumentIds());
  const summary: ReextractSummary = { documents: 0, eventsNew: 0, eventsMerged: 0 };
  for (const id of documentIds) {
    const stored = await store.getDocument(id);
    const bytes = await store.getRawDocument(id);
    if (!stored || !bytes) continue;
    const clean = cleanDocument({
      origin: stored.origin,
      url: stored.url,
      bytes,
      contentType: null,
      hints: {
        title: stored.title,
        publishedAt: stored.published_at,
        publishedAtOverride: stored.published_at_origin === "user",
        sourceName: stored.source_name,
      },
    });
    const outcome = await store.reextractDocument(id, codeDocument(clean, services), services.policy);
    summary.documents += 1;
    summary.eventsNew += outcome.eventsNew;
    summary.eventsMerged += outcome.eventsMerged;
    onDocument?.(summary.documents, documentIds.length);
  }
  return summary;
}
