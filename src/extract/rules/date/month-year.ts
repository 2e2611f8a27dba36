import type { DateValue } from "../../facts.js";
import type { CompiledLexicons } from "../../lexicon/compiled.js";
import type { Rule } from "../../rule.js";
import { calendarOf, lastDayOfMonth, monthOf } from "./calendar.js";

/** "in June 2019", "early March 2020": month precision, the month's last day. */
export function monthYearRule(lex: CompiledLexicons): Rule<DateValue> {
  const cal = calendarOf(lex.lang);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${cal.monthSource})\\s+(\\d{4})(?![\\p{N}])`, "giu");
  return {
    name: `${lex.lang}/date-month-year`,
    pattern,
    extract(m) {
      const month = monthOf(cal, m[1]);
      if (month === null) return null;
      return { value: { date: lastDayOfMonth(Number(m[2]), month), precision: "month", anchored: true } };
    },
  };
}
