import { useEffect, useState } from "preact/hooks";
import { ApiError, credentials, postJson } from "./api";
import { splitList } from "./alert-describe";
import { RULE_KINDS, type AlertArea, type AlertChannel, type AlertRule, type AlertRuleBody, type AlertRuleKind } from "./alert-types";
import type { Meta } from "./types";

type AreaKind = "none" | "admin" | "bbox" | "radius";
type ChannelKind = AlertChannel["kind"];

interface Props {
  meta: Meta | null;
  /** The map's last bounds ("w,s,e,n"), or null when the map was not opened in this session. */
  mapBbox: string | null;
  onAdded(rule: AlertRule): void;
}

const CHANNEL_PLACEHOLDER: Record<ChannelKind, string> = {
  webhook: "https://hooks.example.org/conflictwatch",
  email: "analyst@example.org, desk@example.org",
  log: "/var/log/conflictwatch/alerts.jsonl",
};

/** What the analyst typed, turned into the body POST /api/alerts/rules takes; null with a message when a number is unreadable. */
function areaFrom(kind: AreaKind, f: { country: string; admin1: string; admin2: string; bbox: string; lat: string; lon: string; radius: string }): AlertArea | null | string {
  if (kind === "none") return null;
  if (kind === "admin") return { kind: "admin", units: [{ country: f.country || null, admin1: f.admin1 || null, admin2: f.admin2.trim() || null }] };
  if (kind === "bbox") {
    const n = f.bbox.split(",").map((s) => Number(s.trim()));
    if (n.length !== 4 || n.some((v) => !Number.isFinite(v))) return "The box must be four numbers: west, south, east, north.";
    return { kind: "bbox", bbox: n as [number, number, number, number] };
  }
  const [latitude, longitude, radiusKm] = [f.lat, f.lon, f.radius].map((s) => Number(s.trim()));
  if (![latitude, longitude, radiusKm].every(Number.isFinite) || f.lat.trim() === "" || f.lon.trim() === "") return "The point needs a latitude, a longitude and a radius in km.";
  return { kind: "radius", latitude, longitude, radiusKm };
}

function channelFrom(kind: ChannelKind, target: string, secret: string): AlertChannel[] {
  const t = target.trim();
  if (!t) return [];
  if (kind === "webhook") return [{ kind: "webhook", url: t, ...(secret ? { secret } : {}) }];
  if (kind === "email") return [{ kind: "email", to: splitList(t) }];
  return [{ kind: "log", path: t }];
}

/** Add a rule: every field is checked again by the server, whose message is shown as is. */
export function AlertRuleForm({ meta, mapBbox, onAdded }: Props) {
  const writes = meta?.writes ?? "disabled";
  const [name, setName] = useState("");
  const [kind, setKind] = useState<AlertRuleKind>("match");
  const [areaKind, setAreaKind] = useState<AreaKind>("admin");
  const [area, setArea] = useState({ country: "", admin1: "", admin2: "", bbox: mapBbox ?? "", lat: "", lon: "", radius: "25" });
  const [minFatalities, setMinFatalities] = useState("");
  const [actors, setActors] = useState("");
  const [types, setTypes] = useState<string[]>([]);
  const [verification, setVerification] = useState<string[]>([]);
  const [keywords, setKeywords] = useState("");
  const [quietDays, setQuietDays] = useState("30");
  const [increase, setIncrease] = useState("50");
  const [channelKind, setChannelKind] = useState<ChannelKind>("webhook");
  const [target, setTarget] = useState("");
  const [secret, setSecret] = useState("");
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  useEffect(() => { if (mapBbox && !area.bbox) setArea((a) => ({ ...a, bbox: mapBbox })); }, [mapBbox]);

  const input = (key: keyof typeof area) => ({ value: area[key], onInput: (e: Event) => setArea({ ...area, [key]: (e.target as HTMLInputElement).value }) });
  const toggle = (list: string[], set: (l: string[]) => void, item: string) => set(list.includes(item) ? list.filter((x) => x !== item) : [...list, item]);

  const submit = async (e: Event) => {
    e.preventDefault();
    setMessage(null);
    const parsedArea = areaFrom(areaKind, area);
    if (typeof parsedArea === "string") return setMessage({ ok: false, text: parsedArea });
    const min = minFatalities.trim() === "" ? null : Number(minFatalities);
    const body: AlertRuleBody = {
      name: name.trim(),
      kind,
      criteria: { area: parsedArea, actors: splitList(actors), eventTypes: types, minFatalities: min, verification, keywords: splitList(keywords) },
      ...(kind === "first-actor-in-area" && quietDays.trim() ? { quietDays: Number(quietDays) } : {}),
      ...(kind === "weekly-increase" && increase.trim() ? { increasePercent: Number(increase) } : {}),
      channels: channelFrom(channelKind, target, secret),
    };
    setBusy(true);
    try {
      const { rule } = await postJson<{ rule: AlertRule }>("/api/alerts/rules", body);
      setMessage({ ok: true, text: `Rule “${rule.name}” added.` });
      setName("");
      onAdded(rule);
    } catch (err) {
      setMessage({ ok: false, text: err instanceof ApiError ? err.message : String(err) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="alert-form" data-testid="alert-form" onSubmit={submit}>
      <h3>Add a rule</h3>
      {writes === "disabled" && <p class="hint">This server is read-only: start it with --token or --open to add or remove rules.</p>}
      {writes === "token" && !credentials.token() && <p class="hint">Adding a rule needs the server's token (top right).</p>}
      <fieldset disabled={writes === "disabled" || busy}>
        <div class="review-row">
          <label class="grow">Name <input required value={name} onInput={(e) => setName((e.target as HTMLInputElement).value)} placeholder="e.g. Djibo attacks" /></label>
          <label>Fires on <select value={kind} onChange={(e) => setKind((e.target as HTMLSelectElement).value as AlertRuleKind)} aria-label="rule kind">
            {RULE_KINDS.map(([k, label]) => <option key={k} value={k}>{label}</option>)}
          </select></label>
          {kind === "first-actor-in-area" && <label>quiet days <input type="number" min={1} value={quietDays} onInput={(e) => setQuietDays((e.target as HTMLInputElement).value)} style={{ width: "4.5rem" }} /></label>}
          {kind === "weekly-increase" && <label>increase % <input type="number" min={0} value={increase} onInput={(e) => setIncrease((e.target as HTMLInputElement).value)} style={{ width: "4.5rem" }} /></label>}
        </div>
        <div class="review-row">
          <label>Area <select value={areaKind} onChange={(e) => setAreaKind((e.target as HTMLSelectElement).value as AreaKind)} aria-label="area kind">
            <option value="admin">administrative unit</option>
            <option value="bbox">box (the map's view)</option>
            <option value="radius">point and radius</option>
            {kind === "match" && <option value="none">anywhere</option>}
          </select></label>
          {areaKind === "admin" && (
            <>
              <select {...input("country")} aria-label="area country">
                <option value="">any country</option>
                {(meta?.countries ?? []).map((c) => <option key={c}>{c}</option>)}
              </select>
              <select {...input("admin1")} aria-label="area region">
                <option value="">any region</option>
                {(meta?.admin1 ?? []).map((c) => <option key={c}>{c}</option>)}
              </select>
              <input {...input("admin2")} placeholder="province (optional)" aria-label="area admin2" size={16} />
            </>
          )}
          {areaKind === "bbox" && (
            <>
              <input class="grow" {...input("bbox")} placeholder="west,south,east,north" aria-label="area box" />
              <button type="button" disabled={!mapBbox} title={mapBbox ? mapBbox : "Open the map first"} onClick={() => setArea({ ...area, bbox: mapBbox ?? "" })}>Use the map's view</button>
            </>
          )}
          {areaKind === "radius" && (
            <>
              <input {...input("lat")} placeholder="latitude" aria-label="latitude" size={8} />
              <input {...input("lon")} placeholder="longitude" aria-label="longitude" size={8} />
              <label><input {...input("radius")} aria-label="radius km" size={4} /> km</label>
            </>
          )}
        </div>
        <div class="review-row">
          <label>Killed ≥ <input type="number" min={0} value={minFatalities} onInput={(e) => setMinFatalities((e.target as HTMLInputElement).value)} style={{ width: "4rem" }} aria-label="minimum fatalities" /></label>
          <label class="grow">Actors <input value={actors} list="actor-names" onInput={(e) => setActors((e.target as HTMLInputElement).value)} placeholder="comma-separated, e.g. JNIM, ISSP" /></label>
        </div>
        <div class="review-row checks" aria-label="event types">
          <span class="muted">Types</span>
          {(meta?.event_types ?? []).map((t) => (
            <label key={t}><input type="checkbox" checked={types.includes(t)} onChange={() => toggle(types, setTypes, t)} /> {t}</label>
          ))}
        </div>
        <div class="review-row checks" aria-label="verification">
          <span class="muted">Verification</span>
          {(meta?.verifications ?? []).map((v) => (
            <label key={v}><input type="checkbox" checked={verification.includes(v)} onChange={() => toggle(verification, setVerification, v)} /> {v}</label>
          ))}
        </div>
        <div class="review-row">
          <label class="grow">Keywords <input value={keywords} onInput={(e) => setKeywords((e.target as HTMLInputElement).value)} placeholder="comma-separated words in notes or sources" /></label>
        </div>
        <div class="review-row">
          <label>Send to <select value={channelKind} onChange={(e) => setChannelKind((e.target as HTMLSelectElement).value as ChannelKind)} aria-label="channel kind">
            <option value="webhook">webhook URL</option>
            <option value="email">e-mail</option>
            <option value="log">log file</option>
          </select></label>
          <input class="grow" value={target} onInput={(e) => setTarget((e.target as HTMLInputElement).value)} placeholder={CHANNEL_PLACEHOLDER[channelKind]} aria-label="channel target" />
          {channelKind === "webhook" && <input type="password" value={secret} onInput={(e) => setSecret((e.target as HTMLInputElement).value)} placeholder="signing secret (optional)" size={18} autocomplete="off" />}
        </div>
        <div class="review-row">
          <button type="submit">{busy ? "Adding…" : "Add rule"}</button>
          {!target.trim() && <span class="hint">Without a channel the rule only records what it fires.</span>}
        </div>
      </fieldset>
      {message && <p class={message.ok ? "ok" : "error"} data-testid="alert-form-message">{message.text}</p>}
    </form>
  );
}
