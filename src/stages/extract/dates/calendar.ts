/**
 * Small proleptic-Gregorian calendar helpers over ISO 8601 strings. All arithmetic is on whole
 * days with integers (no `Date`), so results never depend on the machine's time zone.
 */

/** A calendar day (1-based month). */
export interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

const ISO_PREFIX = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/;

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/**
 * ISO string of a day, month or year.
 * @example isoOf(1990, 1, 20) === '1990-01-20'; isoOf(1989, 12) === '1989-12'; isoOf(1956) === '1956'
 */
export function isoOf(y: number, m?: number, d?: number): string {
  if (m === undefined) return pad(y, 4);
  if (d === undefined) return `${pad(y, 4)}-${pad(m, 2)}`;
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/**
 * Parts of an ISO date string cut to any precision; `undefined` when it is not one.
 * @example parseIso('2025-01') -> { y: 2025, m: 1 }
 */
export function parseIso(iso: string): { y: number; m?: number; d?: number } | undefined {
  const match = ISO_PREFIX.exec(iso);
  if (!match) return undefined;
  const y = Number(match[1]);
  if (match[2] === undefined) return { y };
  if (match[3] === undefined) return { y, m: Number(match[2]) };
  return { y, m: Number(match[2]), d: Number(match[3]) };
}

/**
 * Day number since 1970-01-01 (proleptic Gregorian), by integer arithmetic (no `Date`).
 * @example dayNumber({ y: 1970, m: 1, d: 2 }) === 1
 */
export function dayNumber(day: Ymd): number {
  // Note: the days-from-civil algorithm of H. Hinnant; years start in March so leap days come last.
  const y = day.m <= 2 ? day.y - 1 : day.y;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (day.m + (day.m > 2 ? -3 : 9)) + 2) / 5) + day.d - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The day with a given day number. @example fromDayNumber(1) -> { y: 1970, m: 1, d: 2 } */
export function fromDayNumber(n: number): Ymd {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const d = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yearOfEra + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/** Weekday of a day number, 0 = Sunday (1970-01-01 was a Thursday). @example weekdayOfNumber(0) === 4 */
export function weekdayOfNumber(n: number): number {
  return (((n + 4) % 7) + 7) % 7;
}

/** ISO string of a day. @example isoDay({ y: 2020, m: 1, d: 20 }) === '2020-01-20' */
export function isoDay(day: Ymd): string {
  return isoOf(day.y, day.m, day.d);
}

/** A day `n` days after `day` (before when negative). @example addDays({ y: 1990, m: 1, d: 31 }, 1) -> 1990-02-01 */
export function addDays(day: Ymd, n: number): Ymd {
  return fromDayNumber(dayNumber(day) + n);
}

/** The same day `n` months later, clamped to the month's end. @example addMonths({ y: 2021, m: 3, d: 31 }, -1) -> 2021-02-28 */
export function addMonths(day: Ymd, n: number): Ymd {
  const index = day.y * 12 + (day.m - 1) + n;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return { y, m, d: Math.min(day.d, daysInMonth(y, m)) };
}

/** Number of days in a month. @example daysInMonth(2020, 2) === 29 */
export function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Whether y-m-d is a real calendar day. @example isValidDay(2021, 2, 29) === false */
export function isValidDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Weekday of a day, 0 = Sunday. @example weekdayOf({ y: 2020, m: 1, d: 20 }) === 1 // a Monday */
export function weekdayOf(day: Ymd): number {
  return weekdayOfNumber(dayNumber(day));
}

/** Signed number of days from `a` to `b`. @example daysBetween(d('2020-01-18'), d('2020-01-20')) === 2 */
export function daysBetween(a: Ymd, b: Ymd): number {
  return dayNumber(b) - dayNumber(a);
}

/**
 * The day an ISO string names, when it has day precision.
 * @example dayOf('1990-01-20') -> { y: 1990, m: 1, d: 20 }; dayOf('1990') -> undefined
 */
export function dayOf(iso: string | undefined): Ymd | undefined {
  if (iso === undefined) return undefined;
  const parts = parseIso(iso);
  if (parts?.m === undefined || parts.d === undefined) return undefined;
  return { y: parts.y, m: parts.m, d: parts.d };
}

/**
 * First and last day an ISO string of any precision covers.
 * @example boundsOf('1989-12') -> [{ y: 1989, m: 12, d: 1 }, { y: 1989, m: 12, d: 31 }]
 */
export function boundsOf(iso: string): readonly [Ymd, Ymd] | undefined {
  const parts = parseIso(iso);
  if (!parts) return undefined;
  if (parts.m === undefined) return [{ y: parts.y, m: 1, d: 1 }, { y: parts.y, m: 12, d: 31 }];
  if (parts.d === undefined) {
    return [
      { y: parts.y, m: parts.m, d: 1 },
      { y: parts.y, m: parts.m, d: daysInMonth(parts.y, parts.m) },
    ];
  }
  const day = { y: parts.y, m: parts.m, d: parts.d };
  return [day, day];
}

/**
 * The nth given weekday of a month (nth -1 is the last).
 * @example nthWeekday(2016, 11, 4, 4) -> { y: 2016, m: 11, d: 24 } // Thanksgiving 2016
 */
export function nthWeekday(y: number, m: number, weekday: number, nth: number): Ymd {
  if (nth < 0) {
    const last = { y, m, d: daysInMonth(y, m) };
    return addDays(last, -((weekdayOf(last) - weekday + 7) % 7));
  }
  const first = { y, m, d: 1 };
  return addDays(first, ((weekday - weekdayOf(first) + 7) % 7) + (nth - 1) * 7);
}

/**
 * Easter Sunday of a year (Gregorian, the anonymous algorithm).
 * @example easterOf(2016) -> { y: 2016, m: 3, d: 27 }
 */
export function easterOf(y: number): Ymd {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { y, m: month, d: day };
}
