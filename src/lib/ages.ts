/**
 * Ages as Voices keeps them (DESIGN.md "Languages and countries"): participants are 6–24; only
 * the age band is stored, never the age; texts are written at three wording levels.
 */

/** The stored bands, youngest first. Finer bands would make small groups that identify children. */
export const AGE_BANDS = ['6-9', '10-12', '13-15', '16-17', '18-24'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export const WORDING_LEVELS = ['child', 'teen', 'adult'] as const;
export type WordingLevel = (typeof WORDING_LEVELS)[number];

const BAND_BOUNDS: Record<AgeBand, [number, number]> = {
	'6-9': [6, 9],
	'10-12': [10, 12],
	'13-15': [13, 15],
	'16-17': [16, 17],
	'18-24': [18, 24]
};

export function isAgeBand(value: unknown): value is AgeBand {
	return typeof value === 'string' && (AGE_BANDS as readonly string[]).includes(value);
}

/** The band of an age in whole years, or null outside 6–24. */
export function bandOfAge(age: number): AgeBand | null {
	if (!Number.isInteger(age)) return null;
	return AGE_BANDS.find((band) => age >= BAND_BOUNDS[band][0] && age <= BAND_BOUNDS[band][1]) ?? null;
}

/** Children 6–12, teenagers 13–17, young adults 18–24. */
export function levelOfBand(band: AgeBand): WordingLevel {
	return band === '6-9' || band === '10-12' ? 'child' : band === '18-24' ? 'adult' : 'teen';
}

/**
 * The order in which wording levels are tried for a reader: their own, then the simpler text
 * first — young adult → teenager → child; teenager → child → young adult; child → teenager →
 * young adult.
 */
export const WORDING_FALLBACK: Record<WordingLevel, readonly WordingLevel[]> = {
	adult: ['adult', 'teen', 'child'],
	teen: ['teen', 'child', 'adult'],
	child: ['child', 'teen', 'adult']
};

/** The text for a reader's level from what exists, falling back as DESIGN.md says. */
export function pickWording<T>(versions: Partial<Record<WordingLevel, T>>, level: WordingLevel): T | undefined {
	for (const candidate of WORDING_FALLBACK[level]) {
		const text = versions[candidate];
		if (text !== undefined) return text;
	}
	return undefined;
}

/** A consultation's age range is a run of bands: consecutive, youngest first, none twice. */
export function isRunOfBands(bands: readonly string[]): bands is AgeBand[] {
	if (bands.length === 0 || !bands.every(isAgeBand)) return false;
	const indexes = bands.map((band) => AGE_BANDS.indexOf(band as AgeBand));
	return indexes.every((index, i) => i === 0 || index === indexes[i - 1] + 1);
}

/** The bands between two ages inclusive, as a run. */
export function bandsBetween(from: AgeBand, to: AgeBand): AgeBand[] {
	return AGE_BANDS.slice(AGE_BANDS.indexOf(from), AGE_BANDS.indexOf(to) + 1);
}
