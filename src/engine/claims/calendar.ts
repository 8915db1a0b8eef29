/** Calendar arithmetic on plain UTC days; no Date objects cross module boundaries. */

import { table } from './lookup';

export interface Day {
  y: number;
  m: number; // 1-12
  d: number;
}

export type Interval = [Day, Day];

export const MONTHS: Record<string, number> = table({
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10,
  november: 11, december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10,
  nov: 11, dec: 12,
});

export const WEEKDAYS: Record<string, number> = table({
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
});

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function validDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

export function iso(day: Day): string {
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  return `${pad(day.y, 4)}-${pad(day.m, 2)}-${pad(day.d, 2)}`;
}

export function epochMs(day: Day): number {
  return Date.UTC(day.y, day.m - 1, day.d);
}

export function addDays(day: Day, n: number): Day {
  const t = new Date(epochMs(day) + n * 86400000);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function weekday(day: Day): number {
  return new Date(epochMs(day)).getUTCDay();
}

export function monthSpan(y: number, from: number, to = from): Interval {
  return [{ y, m: from, d: 1 }, { y, m: to, d: daysInMonth(y, to) }];
}

export function yearSpan(y: number, toYear = y): Interval {
  return [{ y, m: 1, d: 1 }, { y: toYear, m: 12, d: 31 }];
}

export function daySpan(day: Day): Interval {
  return [day, day];
}

/** Adds months to a month, returning the new year and month. */
export function shiftMonth(y: number, m: number, n: number): { y: number; m: number } {
  const k = y * 12 + (m - 1) + n;
  return { y: Math.floor(k / 12), m: (k % 12) + 1 };
}
