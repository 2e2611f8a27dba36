import { useState } from "preact/hooks";
import { ApiError, postJson } from "./api";
import type { ConflictEvent } from "./types";

interface Result {
  outcome: { status: string; eventsNew: number; eventsMerged: number; nearDuplicateOf: string | null };
  events: ConflictEvent[];
}

/** Paste a report (text, HTML or a URL): the server codes it with the same pipeline as `ingest`. */
export function PasteView({ onSelect, onStored }: { onSelect(id: string): void; onStored(): void }) {
  const [text, setText] = useState("");
  const [title, setTitle] = useState("");
  const [published, setPublished] = useState("");
  const [source, setSource] = useState("");
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState<string | null>(null);

  const submit = async () => {
    setBusy(true);
    setError(null);
    setResult(null);
    const trimmed = text.trim();
    const body: Record<string, string> = /^https?:\/\/\S+$/.test(trimmed) ? { url: trimmed } : /^\s*</.test(trimmed) ? { html: text } : { text };
    if (title) body.title = title;
    if (published) body.published_at = published;
    if (source) body.source = source;
    try {
      setResult(await postJson<Result>("/api/documents", body));
      onStored();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="page paste" data-testid="paste-view">
      <h2>Paste a report</h2>
      <p class="hint">Paste the article's text or HTML, or a single URL. Give the publication date if the text lacks one: relative dates ("on Sunday") are read against it.</p>
      <textarea value={text} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} rows={14} placeholder="Report text, HTML, or https://…" />
      <div class="review-row">
        <input class="grow" value={title} onInput={(e) => setTitle((e.target as HTMLInputElement).value)} placeholder="Title (optional)" />
        <label>Published <input type="date" value={published} onInput={(e) => setPublished((e.target as HTMLInputElement).value)} /></label>
        <input value={source} onInput={(e) => setSource((e.target as HTMLInputElement).value)} placeholder="Source (optional)" />
        <button disabled={busy || text.trim() === ""} onClick={submit}>{busy ? "Coding…" : "Code and store"}</button>
      </div>
      {error && <p class="error">{error}</p>}
      {result && (
        <div class="ok">
          {result.outcome.status === "duplicate"
            ? "This report was stored before; nothing changed."
            : `Stored: ${result.outcome.eventsNew} new event(s), ${result.outcome.eventsMerged} merged into existing ones.`}
          {result.outcome.nearDuplicateOf && " It is a near copy of a report already stored."}
          <ul class="plain">
            {result.events.map((e) => (
              <li key={e.id} class="clickable" onClick={() => onSelect(e.id)}>
                {e.event_date ?? "date unknown"} · {e.sub_event_type} · {e.location?.name ?? "unlocated"} — {e.notes}
              </li>
            ))}
          </ul>
          {result.events.length === 0 && <p class="hint">No event was found in this report.</p>}
        </div>
      )}
    </div>
  );
}
