/**
 * Month names as English and French texts write them, for the stages that read dates
 * (clean reads publication dates, evaluate reads ACLED's date column and notes).
 * Keys are lower-case and accent-free ("fevrier", "aout", "decembre"); callers fold
 * their text the same way and strip a trailing abbreviation dot before looking up.
 */
export const MONTH_NUMBERS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, janvier: 1, janv: 1,
  february: 2, feb: 2, fevrier: 2, fev: 2, fevr: 2,
  march: 3, mar: 3, mars: 3,
  april: 4, apr: 4, avril: 4, avr: 4,
  may: 5, mai: 5,
  june: 6, jun: 6, juin: 6,
  july: 7, jul: 7, juillet: 7, juil: 7,
  august: 8, aug: 8, aout: 8,
  september: 9, sep: 9, sept: 9, septembre: 9,
  october: 10, oct: 10, octobre: 10,
  november: 11, nov: 11, novembre: 11,
  december: 12, dec: 12, decembre: 12,
};
