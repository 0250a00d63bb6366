import { describe, expect, it } from 'vitest';
import { instantToZoned, zonedToInstant } from '../../src/lib/zoned-time.ts';

describe('wall-clock times in a time zone', () => {
	it('reads a winter and a summer time in Vilnius (UTC+2, UTC+3)', () => {
		expect(zonedToInstant('2026-12-01T09:00', 'Europe/Vilnius')?.toISOString()).toBe('2026-12-01T07:00:00.000Z');
		expect(zonedToInstant('2026-07-01T09:00', 'Europe/Vilnius')?.toISOString()).toBe('2026-07-01T06:00:00.000Z');
	});

	it('reads Reykjavík as UTC all year', () => {
		expect(zonedToInstant('2026-07-01T09:00', 'Atlantic/Reykjavik')?.toISOString()).toBe('2026-07-01T09:00:00.000Z');
	});

	it('takes the later offset in the hour skipped in spring (Berlin, 29 March 2026, 02:30)', () => {
		// 02:30 does not exist; calendars move it to 03:30 CEST = 01:30 UTC
		expect(zonedToInstant('2026-03-29T02:30', 'Europe/Berlin')?.toISOString()).toBe('2026-03-29T01:30:00.000Z');
	});

	it('refuses what is not a wall-clock time', () => {
		for (const bad of ['', '2026-02-30T10:00', '2026-12-01 09:00', '2026-12-01T25:00', 'tomorrow']) {
			expect(zonedToInstant(bad, 'Europe/Oslo'), bad).toBeNull();
		}
	});

	it('writes an instant back as the zone shows it', () => {
		expect(instantToZoned(new Date('2026-12-01T07:00:00Z'), 'Europe/Vilnius')).toBe('2026-12-01T09:00');
		expect(instantToZoned(new Date('2026-07-01T22:30:00Z'), 'Europe/Helsinki')).toBe('2026-07-02T01:30');
	});
});
