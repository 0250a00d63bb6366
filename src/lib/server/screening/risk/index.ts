import type { Language } from '../../../i18n/languages.ts';
import { collapseSpaces, matches } from '../matching.ts';
import type { RiskCategory, RiskFinding, RiskLexicon } from '../types.ts';
import { lexicon as da } from './da.ts';
import { lexicon as de } from './de.ts';
import { lexicon as en } from './en.ts';
import { lexicon as et } from './et.ts';
import { lexicon as fi } from './fi.ts';
import { lexicon as is } from './is.ts';
import { lexicon as lt } from './lt.ts';
import { lexicon as lv } from './lv.ts';
import { lexicon as nb } from './nb.ts';
import { lexicon as pl } from './pl.ts';
import { lexicon as ru } from './ru.ts';
import { lexicon as sv } from './sv.ts';
import { lexicon as uk } from './uk.ts';

/** The risk phrases of each language (see each file for its sources and review notes). */
export const RISK_LEXICONS: Record<Language, RiskLexicon> = { en, da, de, et, fi, is, lv, lt, nb, pl, sv, ru, uk };

interface Compiled {
	patterns: { category: RiskCategory; pattern: RegExp }[];
	exclusions: RegExp[];
}

const compiledLexicons = new Map<Language, Compiled>();

function compiled(language: Language): Compiled {
	let found = compiledLexicons.get(language);
	if (!found) {
		const lexicon = RISK_LEXICONS[language];
		found = {
			patterns: lexicon.patterns.map(({ category, source }) => ({ category, pattern: new RegExp(source, 'giu') })),
			exclusions: lexicon.exclusions.map((source) => new RegExp(source, 'giu'))
		};
		compiledLexicons.set(language, found);
	}
	return found;
}

/** The categories of risk phrases in one language's lexicon, outside its exclusions. */
export function riskCategoriesIn(text: string, language: Language): Set<RiskCategory> {
	return categoriesIn(collapseSpaces(text).text, language);
}

/** The same, in text whose runs of white space are collapsed (matching.ts). */
function categoriesIn(collapsed: string, language: Language): Set<RiskCategory> {
	const { patterns, exclusions } = compiled(language);
	const excluded: [number, number][] = [];
	for (const exclusion of exclusions) {
		for (const m of matches(exclusion, collapsed)) excluded.push([m.index, m.index + m[0].length]);
	}
	const found = new Set<RiskCategory>();
	for (const { category, pattern } of patterns) {
		if (found.has(category)) continue;
		for (const m of matches(pattern, collapsed)) {
			const start = m.index;
			const end = start + m[0].length;
			if (!excluded.some(([from, to]) => start >= from && end <= to)) {
				found.add(category);
				break;
			}
		}
	}
	return found;
}

/** Risk findings in normalised text: the answer's language and English, which children mix in. */
export function riskFindings(text: string, language: Language): RiskFinding[] {
	const collapsed = collapseSpaces(text).text;
	const categories = new Set([...categoriesIn(collapsed, language), ...(language === 'en' ? [] : categoriesIn(collapsed, 'en'))]);
	return [...categories].map((category) => ({ category }));
}

/** Every risk pattern and exclusion of every language, compiled. */
export function riskPatterns(): RegExp[] {
	return (Object.keys(RISK_LEXICONS) as Language[]).flatMap((language) => {
		const { patterns, exclusions } = compiled(language);
		return [...patterns.map((entry) => entry.pattern), ...exclusions];
	});
}
