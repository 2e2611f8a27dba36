import { describe, expect, it } from "vitest";
import type { ConflictEvent } from "../domain/event.js";
import { renderDeadliest } from "./report-sections.js";

function withSource(url: string, title: string): ConflictEvent {
  return {
    id: "ev_1", event_type: "Battles", sub_event_type: "Armed clash", event_date: "2025-05-11", date_precision: "day",
    actor1: null, actor2: null, assoc_actors: [], civilian_targeting: false, location: null,
    fatalities: { low: 5, best: 5, high: 5, text: "5" }, verification: "reported", claimed_by: null, claim_relayed_by: null,
    weapons: [], notes: "<b>bold</b> claim", review_status: "auto", created_at: "", updated_at: "",
    sources: [{ document_id: "d", url, title, published_at: null, source_name: null, values: {} as ConflictEvent, evidence: [] }],
  } as ConflictEvent;
}

describe("report text from reports on the web", () => {
  it("escapes every value and links only http(s) sources", () => {
    const html = renderDeadliest([withSource("javascript:alert(1)", "<script>x</script>")]);
    expect(html).not.toContain("<script>");
    expect(html).not.toContain('href="javascript');
    expect(html).toContain("&lt;b&gt;bold&lt;/b&gt; claim");
    expect(renderDeadliest([withSource("https://news.example/a?b=1&c=2", "t")])).toContain('<a href="https://news.example/a?b=1&amp;c=2">');
  });
});
