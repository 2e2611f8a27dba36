import { describe, expect, it } from "vitest";
import { HAS_SHARED, SHARED_SKIP_REASON, sharedPath } from "../../test/support/shared-data.js";
import { readCsvFile } from "./csv-reader.js";
import { goldRowFromRecord } from "./gold-row.js";
import { isSubEventType } from "../domain/taxonomy.js";

describe.skipIf(!HAS_SHARED)(`ACLED dev set parses (${HAS_SHARED ? "../shared present" : SHARED_SKIP_REASON})`, () => {
  it("reads 4,420 rows with ACLED's columns, every notes and sub_event_type usable", async () => {
    let columns: string[] = [];
    let rows = 0;
    let withNotes = 0;
    let validSubTypes = 0;
    let withCoordinates = 0;
    for await (const record of readCsvFile(sharedPath("data", "dev", "acled-sahel-dev.csv"), (h) => (columns = h))) {
      const row = goldRowFromRecord(record);
      rows++;
      if (row.notes.trim() !== "") withNotes++;
      if (row.sub_event_type && isSubEventType(row.sub_event_type)) validSubTypes++;
      if (row.latitude !== null && row.longitude !== null) withCoordinates++;
    }
    expect(rows).toBe(4420);
    for (const c of ["event_id_cnty", "event_date", "event_type", "sub_event_type", "actor1", "actor2", "admin1", "admin2", "latitude", "longitude", "geo_precision", "fatalities", "civilian_targeting", "notes"]) {
      expect(columns).toContain(c);
    }
    expect(withNotes).toBe(rows);
    expect(validSubTypes).toBe(rows);
    expect(withCoordinates).toBe(rows);
  });
});
