import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../../../src/lib/i18n/languages.ts';
import { screen } from '../../../src/lib/server/screening/index.ts';
import { riskCategoriesIn } from '../../../src/lib/server/screening/risk/index.ts';
import { normalise } from '../../../src/lib/server/screening/normalise.ts';
import type { RiskExample } from '../../../src/lib/server/screening/types.ts';

// Issue #5: a labelled set per language of disclosures (in several inflections) and of hard
// negatives (hyperbole, negation, fiction, lyrics). Missing a disclosure is worse than a false
// alarm, so recall must stay high; false alarms are what moderators drown in, so they are
// bounded too. The figures are recorded in src/lib/server/screening/README.md.
const sets = import.meta.glob<{ examples: RiskExample[] }>('./risk-*.ts', { eager: true });
const MIN_RECALL = 0.9;
const MAX_FALSE_ALARMS = 0.15;

export function measure(language: Language, examples: RiskExample[]) {
	let caught = 0;
	let disclosures = 0;
	let alarms = 0;
	let negatives = 0;
	const missed: string[] = [];
	const raised: string[] = [];
	for (const example of examples) {
		const found = riskCategoriesIn(normalise(example.text), language);
		if (example.category) {
			disclosures++;
			if (found.has(example.category)) caught++;
			else missed.push(example.text);
		} else {
			negatives++;
			if (found.size > 0) {
				alarms++;
				raised.push(example.text);
			}
		}
	}
	return { recall: caught / disclosures, falseAlarms: alarms / negatives, disclosures, negatives, missed, raised };
}

describe('risk phrases', () => {
	it('has a labelled set for each of the 13 languages', () => {
		expect(Object.keys(sets).map((path) => /risk-(\w+)\.ts$/.exec(path)![1]).sort()).toEqual([...LANGUAGES].sort());
	});

	for (const language of LANGUAGES) {
		it(`${language}: finds disclosures and is not fooled by hyperbole and negation`, () => {
			const { examples } = sets[`./risk-${language}.ts`];
			const result = measure(language, examples);
			expect(result.disclosures).toBeGreaterThanOrEqual(40);
			expect(result.negatives).toBeGreaterThanOrEqual(40);
			expect(result.recall, `missed: ${result.missed.join(' | ')}`).toBeGreaterThanOrEqual(MIN_RECALL);
			expect(result.falseAlarms, `raised: ${result.raised.join(' | ')}`).toBeLessThanOrEqual(MAX_FALSE_ALARMS);
		});
	}

	it('flags without changing the text or blocking it', () => {
		const result = screen('Sometimes my dad hits me when he is drunk.', { language: 'en' });
		expect(result.text).toBe('Sometimes my dad hits me when he is drunk.');
		expect(result.risks).toContainEqual({ category: 'abuse' });
	});
});
