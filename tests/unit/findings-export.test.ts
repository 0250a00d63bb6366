import i18next from 'i18next';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Snapshot } from '../../src/lib/results/types.ts';
import { childView } from '../../src/lib/results/child.ts';
import { findingsCsv } from '../../src/lib/server/results/export.ts';

const load = (language: string, namespace: string) => JSON.parse(readFileSync(`locales/${language}/${namespace}.json`, 'utf8'));

/** A release as the snapshot holds it: hidden counts are null. Written by hand. */
const SNAPSHOT: Snapshot = {
	k: 10,
	languages: ['en', 'pl'],
	sourceLanguage: 'en',
	title: { en: 'Parks', pl: 'Parki' },
	respondents: [
		{ dimension: 'all', group: 'all', count: 40 },
		{ dimension: 'country', group: 'PL', count: null }
	],
	questions: [
		{
			id: 'q1',
			kind: 'single',
			prompt: { en: 'Which park?', pl: 'Który park?' },
			options: [
				{ id: 'a', label: { en: '=HYPERLINK("http://evil.example")', pl: 'Duży' } },
				{ id: 'b', label: { en: 'Small', pl: 'Mały' } }
			],
			rows: [{ dimension: 'all', group: 'all', shown: true, seen: 40, answered: null, skipped: null, counts: { a: 31, b: null }, shares: { a: 78, b: null } }]
		},
		{ id: 'q2', kind: 'free-text', prompt: { en: 'Ideas?', pl: 'Pomysły?' }, approved: 12, themes: [{ id: 't', label: '@SUM(1)', count: null }], excerpts: [] }
	],
	hidden: []
};

/** RFC 4180 as spreadsheets read it: quoted fields, doubled quotes inside them. */
function parse(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
			else if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"') quoted = true;
		else if (c === ',') row.push(field), (field = '');
		else if (c === '\n') row.push(field), rows.push(row), (row = []), (field = '');
		else if (c !== '\r') field += c;
	}
	if (field || row.length) row.push(field), rows.push(row);
	return rows;
}

let t: typeof i18next.t;
beforeAll(async () => {
	const instance = i18next.createInstance();
	await instance.init({ lng: 'en', fallbackLng: false, resources: { en: { results: load('en', 'results'), common: load('en', 'common') }, pl: { results: load('pl', 'results'), common: load('pl', 'common') } } });
	t = instance.t;
});

describe('the findings export', () => {
	it('holds what the release publishes, says "hidden" where it hides, and escapes what would run as a formula', () => {
		const csv = findingsCsv(SNAPSHOT, 'en', t);
		expect(csv.startsWith('\ufeff')).toBe(true);
		const rows: string[][] = parse(csv.slice(1));
		expect(rows[0]).toEqual(['Question', 'Kind of question', 'Breakdown', 'Group', 'Answer', 'Measure', 'Value']);
		const find = (answer: string, measure: string) => rows.find((row) => row[4] === answer && row[5] === measure)?.[6];
		expect(rows.find((row) => row[5] === 'Took part' && row[3] === 'Everyone')?.[6]).toBe('40');
		expect(rows.find((row) => row[5] === 'Took part' && row[3] === 'Poland')?.[6]).toBe('hidden');
		expect(find('Small', 'count')).toBe('hidden');
		expect(find('Small', 'share (%)')).toBe('hidden');
		// a label a spreadsheet would run is written as text
		expect(rows.some((row) => row[4].startsWith('=') || row[4].startsWith('@'))).toBe(false);
		expect(find(`'=HYPERLINK("http://evil.example")`, 'count')).toBe('31');
		expect(find(`'@SUM(1)`, 'theme count')).toBe('hidden');
		expect(rows.find((row) => row[5] === 'approved answers')?.[6]).toBe('12');
	});
});

describe("the children's page", () => {
	it('is in the language asked for when the release has it, else in the one the child answered in, with hidden shares never drawn', () => {
		const polish = childView(SNAPSHOT, { en: { heard: 'Heard', next: 'Next' }, pl: { heard: 'Usłyszeliśmy', next: 'Dalej' } }, 'pl', 'en', t);
		expect(polish).toMatchObject({ language: 'pl', title: 'Parki', heard: 'Usłyszeliśmy', respondents: 40 });
		expect(polish.questions[0].bars).toEqual([
			{ label: 'Duży', share: 78 },
			{ label: 'Mały', share: null }
		]);
		// themes with hidden counts are left out
		expect(polish.questions[1].themes).toEqual([]);
		expect(childView(SNAPSHOT, { en: { heard: 'Heard', next: 'Next' } }, 'de', 'en', t).language).toBe('en');
	});
});
