import type { IngestOutcome, RawDocument, Store } from "../../domain/index.js";
import { ingestRawDocument } from "../ingest.js";
import type { Services } from "../services.js";

/**
 * What a worker does with one document: the pipeline's per-document ingest
 * (clean → extract → geocode → merge → store). Idempotent: a document whose
 * content is stored already comes back as "duplicate" and writes nothing, and the
 * store's unique content hash keeps two workers from storing one document twice.
 */
export interface DocumentProcessor {
  process(raw: RawDocument): Promise<IngestOutcome>;
}

export function pipelineDocumentProcessor(store: Store, services: Services): DocumentProcessor {
  return { process: (raw) => ingestRawDocument(raw, store, services) };
}
