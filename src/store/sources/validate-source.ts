import { InputError } from "../../domain/errors.js";
import type { NewSource, SourceKind } from "../../domain/sources.js";

const KINDS: readonly SourceKind[] = ["feed", "page", "folder"];

/** Checks and normalises a new source; throws InputError naming the field and the problem. */
export function validateNewSource(input: NewSource): Required<NewSource> {
  const name = input.name.trim();
  if (name.length === 0) throw new InputError("source name", "is empty");
  if (!KINDS.includes(input.kind)) throw new InputError(`kind "${input.kind}"`, `must be one of ${KINDS.join(", ")}`);
  const url = input.url.trim();
  if (input.kind === "folder") {
    if (url.length === 0) throw new InputError(`source "${name}"`, "folder path is empty");
  } else {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new InputError(url || `source "${name}"`, "is not a URL");
    }
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
      throw new InputError(url, "must be an http or https URL");
    }
  }
  if (!Number.isInteger(input.interval_seconds) || input.interval_seconds < 1) {
    throw new InputError(`interval ${input.interval_seconds}`, "must be a whole number of seconds, at least 1");
  }
  const language = input.language?.trim().toLowerCase() || null;
  if (language !== null && !/^[a-z]{2}$/.test(language)) {
    throw new InputError(`language "${input.language}"`, "must be a two-letter ISO 639-1 code such as fr or en");
  }
  const country = input.country?.trim().toUpperCase() || null;
  if (country !== null && !/^[A-Z]{3}$/.test(country)) {
    throw new InputError(`country "${input.country}"`, "must be a three-letter ISO 3166 code such as BFA, MLI or NER");
  }
  return {
    name,
    url,
    kind: input.kind,
    interval_seconds: input.interval_seconds,
    language,
    country,
    reliability: input.reliability?.trim() || null,
    enabled: input.enabled ?? true,
  };
}

/** Names are unique regardless of case and surrounding spaces. */
export function nameKey(name: string): string {
  return name.trim().toLowerCase();
}
