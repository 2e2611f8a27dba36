import { useEffect, useState } from "preact/hooks";
import type { Meta } from "./types";
import type { Filters } from "./url-state";

interface Props {
  filters: Filters;
  meta: Meta | null;
  onChange(filters: Filters): void;
}

/** Text fields apply on Enter or leaving the field, so typing does not fire a query per key. */
function TextFilter({ value, placeholder, list, onApply, type = "text", width }: { value?: string; placeholder: string; list?: string; onApply(v: string | undefined): void; type?: "text" | "date" | "number"; width?: string }) {
  const [draft, setDraft] = useState(value ?? "");
  useEffect(() => setDraft(value ?? ""), [value]);
  const apply = () => onApply(draft.trim() === "" ? undefined : draft.trim());
  return (
    <input
      type={type}
      value={draft}
      placeholder={placeholder}
      list={list}
      style={width ? { width } : undefined}
      aria-label={placeholder}
      onInput={(e) => setDraft((e.target as HTMLInputElement).value)}
      onChange={apply}
      onKeyDown={(e) => e.key === "Enter" && apply()}
    />
  );
}

function Select({ value, options, label, onApply }: { value?: string; options: string[]; label: string; onApply(v: string | undefined): void }) {
  return (
    <select value={value ?? ""} aria-label={label} onChange={(e) => onApply((e.target as HTMLSelectElement).value || undefined)}>
      <option value="">{label}</option>
      {options.map((o) => <option key={o} value={o}>{o}</option>)}
    </select>
  );
}

export function FilterBar({ filters, meta, onChange }: Props) {
  const set = (key: keyof Filters) => (v: string | undefined) => onChange({ ...filters, [key]: v });
  const active = Object.values(filters).some(Boolean);
  return (
    <div class="filters" data-testid="filters">
      <label>From <TextFilter type="date" value={filters.from} placeholder="from" onApply={set("from")} /></label>
      <label>to <TextFilter type="date" value={filters.to} placeholder="to" onApply={set("to")} /></label>
      <Select value={filters.country} options={meta?.countries ?? []} label="All countries" onApply={set("country")} />
      <Select value={filters.admin1} options={meta?.admin1 ?? []} label="All regions" onApply={set("admin1")} />
      <Select value={filters.type} options={meta?.event_types ?? []} label="All event types" onApply={set("type")} />
      <TextFilter value={filters.actor} placeholder="Actor" list="actor-names" onApply={set("actor")} width="7rem" />
      <datalist id="actor-names">{(meta?.actors ?? []).map((a) => <option key={a} value={a} />)}</datalist>
      <label>Killed ≥ <TextFilter type="number" value={filters.min_fatalities} placeholder="0" onApply={set("min_fatalities")} width="3.6rem" /></label>
      <Select value={filters.verification} options={meta?.verifications ?? []} label="Any verification" onApply={set("verification")} />
      <TextFilter value={filters.q} placeholder="Search notes and reports" onApply={set("q")} width="10rem" />
      {active && <button class="link" onClick={() => onChange({})}>Clear</button>}
    </div>
  );
}
