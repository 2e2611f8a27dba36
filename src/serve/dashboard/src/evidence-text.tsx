import { useEffect, useRef } from "preact/hooks";
import { fieldColour } from "./colours";
import type { Evidence } from "./types";

interface Segment { start: number; end: number; fields: string[]; rules: string[]; stated: boolean }

/** Cuts the text at every span boundary so overlapping evidence shows as nested colour. */
function segments(text: string, evidence: Evidence[]): Segment[] {
  const spans = evidence.filter((e) => e.start >= 0 && e.end <= text.length && e.end > e.start);
  const cuts = new Set<number>([0, text.length]);
  for (const e of spans) {
    cuts.add(e.start);
    cuts.add(e.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]];
    const covering = spans.filter((e) => e.start <= start && e.end >= end);
    out.push({ start, end, fields: [...new Set(covering.map((e) => e.field))], rules: covering.map((e) => e.rule), stated: covering.some((e) => e.stated) });
  }
  return out;
}

interface Props {
  text: string;
  evidence: Evidence[];
  /** The field hovered in the table: its spans stand out, the others fade. */
  focus: string | null;
  onHoverField(field: string | null): void;
}

export function EvidenceText({ text, evidence, focus, onHoverField }: Props) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const target = box.current?.querySelector(focus ? `mark[data-fields~="${focus}"]` : "mark");
    // The box is the marks' offsetParent (position: relative), so offsetTop is already box-relative.
    if (target && box.current) box.current.scrollTop = Math.max(0, (target as HTMLElement).offsetTop - 40);
  }, [focus, text]);
  return (
    <div class="doc-text" ref={box}>
      {segments(text, evidence).map((s) => {
        const piece = text.slice(s.start, s.end);
        if (s.fields.length === 0) return piece;
        const active = focus === null || s.fields.includes(focus);
        return (
          <mark
            key={s.start}
            class={`evidence${active ? "" : " faded"}${focus && active ? " focused" : ""}${s.stated ? "" : " inferred"}`}
            data-fields={s.fields.join(" ")}
            style={{ background: fieldColour(focus && active ? focus : s.fields[0]) }}
            title={`${s.fields.join(", ")} · rule ${s.rules.join(", ")}${s.stated ? "" : " · inferred"}`}
            onMouseEnter={() => onHoverField(s.fields[0])}
            onMouseLeave={() => onHoverField(null)}
          >
            {piece}
          </mark>
        );
      })}
    </div>
  );
}
