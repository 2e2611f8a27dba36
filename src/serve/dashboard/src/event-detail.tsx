import { useEffect, useState } from "preact/hooks";
import { getJson } from "./api";
import { fieldColour, typeColour } from "./colours";
import { EvidenceText } from "./evidence-text";
import { FIELD_LABELS, formatField } from "./format-values";
import { ReviewPanel } from "./review-panel";
import type { EventDetail as Detail, EventValues } from "./types";

interface Props {
  id: string;
  writes: string;
  onClose(): void;
  /** After a review action: the list and map must reload; a merge or split may move the selection. */
  onChanged(selectId?: string): void;
}

export function EventDetail({ id, writes, onClose, onChanged }: Props) {
  const [detail, setDetail] = useState<Detail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [focus, setFocus] = useState<string | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    setError(null);
    getJson<Detail>(`/api/events/${encodeURIComponent(id)}`)
      .then(setDetail)
      .catch((e: Error) => setError(e.message));
  }, [id, version]);

  if (error) return <div class="detail"><button class="close" onClick={onClose}>×</button><p class="error">{error}</p></div>;
  if (!detail || detail.event.id !== id) return <div class="detail loading">Loading…</div>;
  const e = detail.event;
  const docsById = new Map(detail.documents.map((d) => [d.id, d]));
  const fieldsWithEvidence = new Set(e.sources.flatMap((s) => s.evidence.map((ev) => ev.field)));
  const rows = FIELD_LABELS.filter(([field]) => field !== "assoc_actors" || e.assoc_actors.length > 0 || e.sources.some((s) => s.values.assoc_actors.length > 0));

  return (
    <div class="detail" data-testid="event-detail">
      <div class="detail-head">
        <span class="type-dot" style={{ background: typeColour(e.event_type) }} />
        <h2>{e.sub_event_type} · {e.location?.name ?? "unlocated"}</h2>
        <button class="close" title="Close" onClick={onClose}>×</button>
      </div>
      <div class="detail-sub">
        {formatField("event_date", e)} · <span class={`status status-${e.review_status}`}>{e.review_status === "auto" ? "not reviewed" : e.review_status}</span> · {e.sources.length} source{e.sources.length === 1 ? "" : "s"}
      </div>
      <p class="notes">{e.notes}</p>

      <table class="fields">
        <thead>
          <tr>
            <th />
            <th>Event</th>
            {e.sources.length > 1 && e.sources.map((s, i) => <th key={s.document_id}>Source {i + 1}</th>)}
          </tr>
        </thead>
        <tbody>
          {rows.map(([field, label]) => (
            <tr
              key={field}
              class={`${focus === field ? "focused" : ""}${fieldsWithEvidence.has(field) ? " has-evidence" : ""}`}
              onMouseEnter={() => setFocus(field)}
              onMouseLeave={() => setFocus(null)}
              data-field={field}
            >
              <th>
                {label}
                {fieldsWithEvidence.has(field) && <span class="chip" style={{ background: fieldColour(field) }} title="coloured like its evidence in the report" />}
              </th>
              <td>{formatField(field as keyof EventValues, e)}</td>
              {e.sources.length > 1 && e.sources.map((s) => <td key={s.document_id}>{formatField(field as keyof EventValues, s.values)}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
      <p class="hint">Hover a field to see where each report says it; coloured passages are the evidence.</p>

      {e.sources.map((s, i) => {
        const doc = docsById.get(s.document_id);
        return (
          <section class="source" key={s.document_id}>
            <h3>
              Source {i + 1}: {s.title ?? doc?.title ?? s.source_name ?? "untitled report"}
            </h3>
            <div class="source-meta">
              {[s.source_name, s.published_at ? `published ${s.published_at}` : "publication date unknown", `document ${s.document_id}`].filter(Boolean).join(" · ")}
              {s.url && (
                <>
                  {" · "}
                  <a href={s.url} target="_blank" rel="noreferrer noopener">original</a>
                </>
              )}
            </div>
            {doc ? <EvidenceText text={doc.text} evidence={s.evidence} focus={focus} onHoverField={setFocus} /> : <p class="error">Document text not available.</p>}
          </section>
        );
      })}

      <ReviewPanel
        event={e}
        audit={detail.audit}
        writes={writes}
        onDone={(selectId) => {
          setVersion((v) => v + 1);
          onChanged(selectId);
        }}
      />
    </div>
  );
}
