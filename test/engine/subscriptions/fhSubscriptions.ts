import { PUBLISHED } from "../../fixtures/published";

/** Fader & Hardie (2007) Table 1: the segments' survivors of 1000 customers in years 0–12. */
export const TABLE_1 = PUBLISHED.sbg_retention;
export type Segment = "regular" | "high_end";

/** Survivor counts of a segment, years 0–12 (percent × 10). */
export function table1Survivors(segment: Segment): number[] {
  return TABLE_1.percent_surviving[segment].map((percent: number) => Math.round(percent * 10));
}

/**
 * One yearly subscription per customer of a Table 1 segment, started in January 2000 (the
 * 1st to the 28th, as ISO text) and ended 100 days after the last anniversary it renewed on
 * (as an Excel serial every other row), the survivors of year 12 still active (a blank end).
 */
export function table1Subscriptions(segment: Segment): { starts: unknown[]; ends: unknown[] } {
  const survivors = table1Survivors(segment);
  const starts: unknown[] = [];
  const ends: unknown[] = [];
  for (let year = 0; year < survivors.length; year++) {
    const leaving =
      year + 1 < survivors.length ? survivors[year] - survivors[year + 1] : survivors[year];
    for (let customer = 0; customer < leaving; customer++) {
      const day = 1 + (starts.length % 28);
      starts.push(isoDate(Date.UTC(2000, 0, day)));
      if (year + 1 === survivors.length) {
        ends.push(null);
        continue;
      }
      const end = Date.UTC(2000 + year, 0, day + 100);
      ends.push(starts.length % 2 === 0 ? isoDate(end) : end / 86_400_000 + 25569);
    }
  }
  return { starts, ends };
}

function isoDate(milliseconds: number): string {
  return new Date(milliseconds).toISOString().slice(0, 10);
}
