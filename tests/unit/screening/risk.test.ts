import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../src/lib/i18n/languages.ts';
import { screen } from '../../../src/lib/server/screening/index.ts';
import type { RiskExample } from '../../../src/lib/server/screening/types.ts';
import { LABELLED_SETS, measure, table } from './measure-risk.ts';

// Issue #5: a labelled set per language of disclosures (in several inflections) and of hard
// negatives (hyperbole, negation, fiction, lyrics). Missing a disclosure is worse than a false
// alarm, so recall must stay high; false alarms are what moderators drown in, so they are
// bounded too. Both are measured with the language's lexicon alone and through screen(), which
// also applies English; src/lib/server/screening/README.md records the figures
// (`node tests/unit/screening/measure-risk.ts` prints them). The sets await a native speaker's
// review: locales/review.json, "$screening-risk".
const sets = import.meta.glob<{ examples: RiskExample[] }>('./risk-*.ts', { eager: true });
const MIN_RECALL = 0.9;
const MAX_FALSE_ALARMS = 0.15;

describe('risk phrases', () => {
	it('has a labelled set for each of the 13 languages', () => {
		expect(Object.keys(sets).map((path) => /risk-(\w+)\.ts$/.exec(path)![1]).sort()).toEqual([...LANGUAGES].sort());
		for (const language of LANGUAGES) expect(LABELLED_SETS[language]).toBe(sets[`./risk-${language}.ts`].examples);
	});

	for (const language of LANGUAGES) {
		for (const via of ['lexicon', 'screen'] as const) {
			it(`${language}: finds disclosures and is not fooled by hyperbole and negation (${via === 'lexicon' ? 'its lexicon alone' : 'through screen(), English included'})`, () => {
				const result = measure(language, LABELLED_SETS[language], via);
				expect(result.disclosures).toBeGreaterThanOrEqual(40);
				expect(result.negatives).toBeGreaterThanOrEqual(40);
				expect(result.recall, `missed: ${result.missed.join(' | ')}`).toBeGreaterThanOrEqual(MIN_RECALL);
				expect(result.falseAlarms, `raised: ${result.raised.join(' | ')}`).toBeLessThanOrEqual(MAX_FALSE_ALARMS);
			});
		}
	}

	it('prints the figures README.md records', () => {
		const figures = table();
		expect(figures.split('\n')).toHaveLength(LANGUAGES.length + 2);
		console.log(`Risk phrases on the labelled (tuning) sets:\n${figures}`);
	});

	it('flags without changing the text or blocking it', () => {
		const result = screen('Sometimes my dad hits me when he is drunk.', { language: 'en' });
		expect(result.text).toBe('Sometimes my dad hits me when he is drunk.');
		expect(result.risks).toContainEqual({ category: 'abuse' });
	});
});
