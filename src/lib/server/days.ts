/**
 * Days as Voices stores them (DESIGN.md, "Days and dates"): UTC dates, `YYYY-MM-DD`. What is
 * kept of a participant is never finer than one of these.
 */

/** The UTC day of an instant. */
export const utcDay = (instant: Date): string => instant.toISOString().slice(0, 10);

/** The first instant of an instant's UTC day, for a timestamp column that keeps only the day. */
export const startOfUtcDay = (instant: Date): Date => new Date(`${utcDay(instant)}T00:00:00Z`);

/** The day `days` after a day (before it, when negative). */
export const addDays = (day: string, days: number): string => utcDay(new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000));
