import { validationError } from "./error-shape.js";

/** Reads fields of a JSON request body with messages that name the field and the problem. */
export class BodyFields {
  private readonly body: Record<string, unknown>;
  constructor(body: unknown, private readonly allowed: readonly string[]) {
    if (body === null || typeof body !== "object" || Array.isArray(body)) {
      throw validationError("body", "must be a JSON object");
    }
    this.body = body as Record<string, unknown>;
    const unknown = Object.keys(this.body).filter((k) => !allowed.includes(k));
    if (unknown.length > 0) throw validationError(unknown[0], `unknown field; allowed: ${allowed.join(", ")}`);
  }

  has(key: string): boolean {
    return this.body[key] !== undefined;
  }

  raw(key: string): unknown {
    return this.body[key];
  }

  optionalString(key: string, maxLength: number): string | undefined {
    const v = this.body[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== "string") throw validationError(key, "must be a string");
    if (v.length > maxLength) throw validationError(key, `is longer than ${maxLength} characters`);
    return v;
  }

  requiredString(key: string, maxLength: number): string {
    const v = this.optionalString(key, maxLength);
    if (v === undefined || v.trim() === "") throw validationError(key, "is required");
    return v;
  }

  stringArray(key: string, maxItems: number): string[] {
    const v = this.body[key];
    if (!Array.isArray(v) || v.length === 0) throw validationError(key, "must be a non-empty array of strings");
    if (v.length > maxItems) throw validationError(key, `holds more than ${maxItems} items`);
    if (v.some((x) => typeof x !== "string" || x === "")) throw validationError(key, "must hold only non-empty strings");
    return v as string[];
  }
}
