import { useState } from "preact/hooks";
import { ApiError, credentials, postJson } from "./api";
import { FIELD_LABELS } from "./format-values";
import type { AuditEntry, ConflictEvent } from "./types";

const TYPES = ["Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots", "Strategic developments"];
const VERIFICATIONS = ["confirmed", "reported", "claimed", "unverified", "disputed"];
const EDITABLE = FIELD_LABELS.filter(([f]) => !["location", "weapons", "assoc_actors"].includes(f)).concat([["notes", "Summary"]]);

interface Props {
  event: ConflictEvent;
  audit: AuditEntry[];
  writes: string;
  onDone(selectId?: string): void;
}

/** Parses what the analyst typed into the value the API expects for a field. */
function typedValue(field: string, text: string): unknown {
  if (field === "fatalities") return text.trim() === "" ? { low: null, best: null, high: null } : Number(text);
  if (field === "civilian_targeting") return text === "yes";
  if (["event_date", "actor1", "actor2", "claimed_by", "claim_relayed_by"].includes(field)) return text.trim() === "" ? null : text.trim();
  return text;
}

export function ReviewPanel({ event, audit, writes, onDone }: Props) {
  const [why, setWhy] = useState("");
  const [field, setField] = useState("fatalities");
  const [value, setValue] = useState("");
  const [mergeWith, setMergeWith] = useState("");
  const [splitDocs, setSplitDocs] = useState<string[]>([]);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [analyst, setAnalyst] = useState(credentials.analyst());

  const run = async (path: string, body: object, describe: string, pick?: (events: ConflictEvent[]) => string | undefined) => {
    try {
      const result = await postJson<{ events: ConflictEvent[] }>(`/api/events/${encodeURIComponent(event.id)}/${path}`, { ...body, ...(why ? { why } : {}) });
      setMessage({ ok: true, text: describe });
      setWhy("");
      onDone(pick?.(result.events));
    } catch (e) {
      setMessage({ ok: false, text: e instanceof ApiError ? e.message : String(e) });
    }
  };

  return (
    <section class={`review${writes === "disabled" ? " read-only" : ""}`} data-testid="review">
      <h3>Review</h3>
      {writes === "disabled" && <p class="hint">This server is read-only: start it with --token or --open to review.</p>}
      {writes === "token" && !credentials.token() && <p class="hint">Enter the server's token (top right) to review.</p>}
      <div class="review-row">
        <label>
          Your name <input value={analyst} onInput={(e) => { const v = (e.target as HTMLInputElement).value; setAnalyst(v); credentials.setAnalyst(v); }} placeholder="analyst" size={12} />
        </label>
      </div>
      <div class="review-row">
        <label class="grow">
          Why <input value={why} onInput={(e) => setWhy((e.target as HTMLInputElement).value)} placeholder="reason, recorded in the audit log" />
        </label>
      </div>
      <div class="review-row">
        <button onClick={() => run("confirm", {}, "Confirmed.")} disabled={event.review_status === "confirmed"}>Confirm</button>
        <button class="danger" onClick={() => run("reject", {}, "Marked as not an event.")} disabled={event.review_status === "rejected"}>Not an event</button>
      </div>
      <div class="review-row">
        <select value={field} onChange={(e) => setField((e.target as HTMLSelectElement).value)}>
          {EDITABLE.map(([f, label]) => <option key={f} value={f}>{label}</option>)}
        </select>
        {field === "event_type" ? (
          <select value={value} onChange={(e) => setValue((e.target as HTMLSelectElement).value)}>
            <option value="">choose…</option>
            {TYPES.map((t) => <option key={t}>{t}</option>)}
          </select>
        ) : field === "verification" ? (
          <select value={value} onChange={(e) => setValue((e.target as HTMLSelectElement).value)}>
            <option value="">choose…</option>
            {VERIFICATIONS.map((t) => <option key={t}>{t}</option>)}
          </select>
        ) : (
          <input class="grow" value={value} onInput={(e) => setValue((e.target as HTMLInputElement).value)} placeholder={field === "event_date" ? "YYYY-MM-DD" : field === "fatalities" ? "number" : "new value"} />
        )}
        <button onClick={() => run("correct", { field, value: typedValue(field, value) }, `Corrected ${field}.`)}>Correct</button>
      </div>
      <div class="review-row">
        <input class="grow" value={mergeWith} onInput={(e) => setMergeWith((e.target as HTMLInputElement).value)} placeholder="id of an event that reports the same thing" />
        <button disabled={!mergeWith} onClick={() => run("merge", { with: mergeWith.trim() }, "Merged.", (ev) => ev[0]?.id)}>Merge into this</button>
      </div>
      {event.sources.length > 1 && (
        <div class="review-row">
          {event.sources.map((s, i) => (
            <label key={s.document_id}>
              <input type="checkbox" checked={splitDocs.includes(s.document_id)} onChange={(e) => setSplitDocs((e.target as HTMLInputElement).checked ? [...splitDocs, s.document_id] : splitDocs.filter((d) => d !== s.document_id))} /> source {i + 1}
            </label>
          ))}
          <button disabled={splitDocs.length === 0} onClick={() => run("split", { document_ids: splitDocs }, "Split off into a new event.")}>Split off</button>
        </div>
      )}
      {message && <p class={message.ok ? "ok" : "error"}>{message.text}</p>}
      <h3>Audit trail</h3>
      {audit.length === 0 ? (
        <p class="hint">No analyst has changed this event yet.</p>
      ) : (
        <ol class="audit" data-testid="audit">
          {audit.map((a) => (
            <li key={a.id}>
              <strong>{a.action}</strong> by {a.who}, {a.at.replace("T", " ").slice(0, 16)}
              {a.why && <> — “{a.why}”</>}
              {a.action === "correct" && <div class="audit-change">{brief(a.before)} → {brief(a.after)}</div>}
            </li>
          ))}
        </ol>
      )}
      <p class="hint">Event id: <code>{event.id}</code></p>
    </section>
  );
}

function brief(v: unknown): string {
  const s = JSON.stringify(v);
  return s === undefined ? "—" : s.length > 90 ? `${s.slice(0, 87)}…` : s;
}
