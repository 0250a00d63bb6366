// Recall and false alarms of the risk phrases on the labelled sets (risk-<language>.ts), measured
// two ways: with the language's own lexicon alone (riskCategoriesIn), and as screen() flags an
// answer, where English, which children mix in, is applied as well. risk.test.ts holds both to
// its thresholds; `node tests/unit/screening/measure-risk.ts` prints the table that
// src/lib/server/screening/README.md records.
import { LANGUAGES, type Language } from '../../../src/lib/i18n/languages.ts';
import { screen } from '../../../src/lib/server/screening/index.ts';
import { normalise } from '../../../src/lib/server/screening/normalise.ts';
import { riskCategoriesIn } from '../../../src/lib/server/screening/risk/index.ts';
import type { RiskCategory, RiskExample } from '../../../src/lib/server/screening/types.ts';
import { examples as da } from './risk-da.ts';
import { examples as de } from './risk-de.ts';
import { examples as en } from './risk-en.ts';
import { examples as et } from './risk-et.ts';
import { examples as fi } from './risk-fi.ts';
import { examples as is } from './risk-is.ts';
import { examples as lt } from './risk-lt.ts';
import { examples as lv } from './risk-lv.ts';
import { examples as nb } from './risk-nb.ts';
import { examples as pl } from './risk-pl.ts';
import { examples as ru } from './risk-ru.ts';
import { examples as sv } from './risk-sv.ts';
import { examples as uk } from './risk-uk.ts';

export const LABELLED_SETS: Record<Language, RiskExample[]> = { en, da, de, et, fi, is, lv, lt, nb, pl, sv, ru, uk };

export type Via = 'lexicon' | 'screen';

export interface Measured {
	caught: number;
	disclosures: number;
	alarms: number;
	negatives: number;
	recall: number;
	falseAlarms: number;
	missed: string[];
	raised: string[];
}

/** The categories found in one example: by the language's lexicon alone, or as screen() finds them. */
function categoriesOf(text: string, language: Language, via: Via): Set<RiskCategory> {
	if (via === 'lexicon') return riskCategoriesIn(normalise(text), language);
	return new Set(screen(text, { language, country: null }).risks.map((risk) => risk.category));
}

/** A disclosure counts when its own category is found; a hard negative is a false alarm when any is. */
export function measure(language: Language, examples: RiskExample[], via: Via): Measured {
	const result: Measured = { caught: 0, disclosures: 0, alarms: 0, negatives: 0, recall: 0, falseAlarms: 0, missed: [], raised: [] };
	for (const example of examples) {
		const found = categoriesOf(example.text, language, via);
		if (example.category) {
			result.disclosures++;
			if (found.has(example.category)) result.caught++;
			else result.missed.push(example.text);
		} else {
			result.negatives++;
			if (found.size > 0) {
				result.alarms++;
				result.raised.push(example.text);
			}
		}
	}
	result.recall = result.caught / result.disclosures;
	result.falseAlarms = result.alarms / result.negatives;
	return result;
}

const percent = (value: number) => `${Math.round(value * 100)} %`;

/** The table of README.md: per language, both ways. */
export function table(): string {
	const rows = ['| language | recall, lexicon alone | false alarms, lexicon alone | recall through screen() | false alarms through screen() |', '|---|---|---|---|---|'];
	for (const language of LANGUAGES) {
		const alone = measure(language, LABELLED_SETS[language], 'lexicon');
		const screened = measure(language, LABELLED_SETS[language], 'screen');
		rows.push(
			`| ${language} | ${alone.caught}/${alone.disclosures} (${percent(alone.recall)}) | ${alone.alarms}/${alone.negatives} (${percent(alone.falseAlarms)}) | ${screened.caught}/${screened.disclosures} (${percent(screened.recall)}) | ${screened.alarms}/${screened.negatives} (${percent(screened.falseAlarms)}) |`
		);
	}
	return rows.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
	console.log(table());
	for (const language of LANGUAGES) {
		const screened = measure(language, LABELLED_SETS[language], 'screen');
		for (const text of screened.raised) console.log(`${language} false alarm through screen(): ${text}`);
		for (const text of screened.missed) console.log(`${language} missed through screen(): ${text}`);
	}
}
