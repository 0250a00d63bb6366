import { describe, expect, it } from 'vitest';
import { bandOfAge, bandsBetween, isRunOfBands, levelOfBand, pickWording } from '../../src/lib/ages.ts';

// DESIGN.md: participants are 6–24; stored bands 6–9, 10–12, 13–15, 16–17, 18–24; wording for
// children (6–12), teenagers (13–17), young adults (18–24), simpler text first when missing.

describe('age bands', () => {
	it.each([
		[6, '6-9'], [9, '6-9'], [10, '10-12'], [12, '10-12'], [13, '13-15'], [15, '13-15'],
		[16, '16-17'], [17, '16-17'], [18, '18-24'], [24, '18-24']
	] as const)('puts age %i in band %s', (age, band) => {
		expect(bandOfAge(age)).toBe(band);
	});

	it('has no band for ages outside 6–24, or for fractions', () => {
		for (const age of [0, 5, 25, 99, -1, 12.5, Number.NaN]) expect(bandOfAge(age)).toBeNull();
	});

	it('gives each band its wording level', () => {
		expect(['6-9', '10-12', '13-15', '16-17', '18-24'].map((band) => levelOfBand(band as never))).toEqual([
			'child', 'child', 'teen', 'teen', 'adult'
		]);
	});

	it('knows a run of bands from a gap, a wrong order or a repeat', () => {
		expect(isRunOfBands(['10-12', '13-15', '16-17'])).toBe(true);
		expect(isRunOfBands(['6-9'])).toBe(true);
		expect(isRunOfBands(['6-9', '13-15'])).toBe(false);
		expect(isRunOfBands(['13-15', '10-12'])).toBe(false);
		expect(isRunOfBands(['13-15', '13-15'])).toBe(false);
		expect(isRunOfBands([])).toBe(false);
		expect(isRunOfBands(['5-9'])).toBe(false);
		expect(bandsBetween('10-12', '16-17')).toEqual(['10-12', '13-15', '16-17']);
	});
});

describe('wording fallback', () => {
	const all = { child: 'C', teen: 'T', adult: 'A' };

	it('uses the reader’s own level when it exists', () => {
		expect(pickWording(all, 'child')).toBe('C');
		expect(pickWording(all, 'teen')).toBe('T');
		expect(pickWording(all, 'adult')).toBe('A');
	});

	it('falls back to the simpler text first', () => {
		// young adult → teenager → child
		expect(pickWording({ teen: 'T', child: 'C' }, 'adult')).toBe('T');
		expect(pickWording({ child: 'C' }, 'adult')).toBe('C');
		// teenager → child → young adult
		expect(pickWording({ child: 'C', adult: 'A' }, 'teen')).toBe('C');
		expect(pickWording({ adult: 'A' }, 'teen')).toBe('A');
		// child → teenager → young adult
		expect(pickWording({ teen: 'T', adult: 'A' }, 'child')).toBe('T');
		expect(pickWording({ adult: 'A' }, 'child')).toBe('A');
		expect(pickWording({}, 'child')).toBeUndefined();
	});
});
