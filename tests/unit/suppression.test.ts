import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hiddenRanges, suppress, type Cells, type Relation, type SuppressionInput } from '../../src/lib/server/results/suppression.ts';
import { exhaustiveRanges, lpRanges, tooNarrow } from './support/auditor.ts';

interface Release {
	cells: Cells;
	relations: Relation[];
}

const sum = (total: string, parts: string[]): Relation => ({ kind: 'sum', total, parts });
const atMost = (cell: string, bound: string): Relation => ({ kind: 'atMost', cell, bound });
const sorted = (keys: Iterable<string>) => [...keys].sort();

/**
 * A table with its margins the way a breakdown sits under the overall row: body cells `t|r|c`,
 * row totals `t|r|total`, the overall row `t|all|c` and the grand total `t|all|total`.
 */
function table(body: number[][], rowNames = body.map((_, i) => `r${i}`), colNames = body[0].map((_, j) => `c${j}`), prefix = 't'): Release {
	const cells: Cells = new Map();
	const relations: Relation[] = [];
	const key = (row: string, col: string) => `${prefix}|${row}|${col}`;
	body.forEach((values, i) => {
		values.forEach((v, j) => cells.set(key(rowNames[i], colNames[j]), v));
		cells.set(
			key(rowNames[i], 'total'),
			values.reduce((a, b) => a + b, 0)
		);
		relations.push(sum(key(rowNames[i], 'total'), colNames.map((c) => key(rowNames[i], c))));
	});
	for (const col of [...colNames, 'total']) {
		const rows = rowNames.map((r) => key(r, col));
		cells.set(
			key('all', col),
			rows.reduce((a, k) => a + cells.get(k)!, 0)
		);
		relations.push(sum(key('all', col), rows));
	}
	relations.push(sum(key('all', 'total'), colNames.map((c) => key('all', c))));
	return { cells, relations };
}

interface Person {
	country: string;
	age: string;
	/** The options chosen; null when the question was skipped. */
	choices: string[] | null;
}

/**
 * The counts of one question from individual answers, overall, by country and by age band, as
 * the product publishes them: answered, skipped and one count per option. A single-choice
 * question's options add up to those who answered; a multiple-choice option is only at most that.
 */
function question(id: string, persons: Person[], countries: string[], ages: string[], options: string[], multiple: boolean): Release {
	const cells: Cells = new Map();
	const relations: Relation[] = [];
	const groups = ['all', ...countries.map((c) => `country|${c}`), ...ages.map((a) => `ageBand|${a}`)];
	const columns = ['answered', 'skipped', ...options];
	const key = (group: string, column: string) => `${id}|${group}|${column}`;
	for (const group of groups) for (const column of columns) cells.set(key(group, column), 0);
	const add = (group: string, column: string) => cells.set(key(group, column), cells.get(key(group, column))! + 1);
	for (const person of persons) {
		for (const group of ['all', `country|${person.country}`, `ageBand|${person.age}`]) {
			add(group, person.choices ? 'answered' : 'skipped');
			for (const choice of person.choices ?? []) add(group, choice);
		}
	}
	for (const group of groups) {
		if (multiple) for (const option of options) relations.push(atMost(key(group, option), key(group, 'answered')));
		else
			relations.push(
				sum(
					key(group, 'answered'),
					options.map((o) => key(group, o))
				)
			);
	}
	for (const column of columns) {
		relations.push(sum(key('all', column), countries.map((c) => key(`country|${c}`, column))));
		relations.push(sum(key('all', column), ages.map((a) => key(`ageBand|${a}`, column))));
	}
	return { cells, relations };
}

function merge(...releases: Release[]): Release {
	return {
		cells: new Map(releases.flatMap((r) => [...r.cells])),
		relations: releases.flatMap((r) => r.relations)
	};
}

/**
 * Suppresses and checks what the requirement asks of any answer: small and forced cells hidden,
 * no hidden cell narrower than k to a reader (by the independent auditor), the same answer twice.
 */
function suppressAndAudit(input: SuppressionInput, exhaustive = (_hidden: Set<string>) => false): Set<string> {
	const hidden = suppress(input);
	const forced = new Set(input.forced ?? []);
	const mustHide = [...input.cells].filter(([key, v]) => v < input.k || forced.has(key)).map(([key]) => key);
	expect(mustHide.filter((key) => !hidden.has(key))).toEqual([]);
	const ranges = exhaustive(hidden) ? exhaustiveRanges(input.cells, input.relations, hidden) : lpRanges(input.cells, input.relations, hidden);
	expect(tooNarrow(ranges, input.k)).toEqual([]);
	expect(sorted(suppress(input))).toEqual(sorted(hidden));
	return hidden;
}

describe('suppression: hand-worked cases', () => {
	it('hides a small part and the smallest other part as its complement', () => {
		const cells: Cells = new Map([
			['total', 40],
			['a', 3],
			['b', 17],
			['c', 20]
		]);
		const hidden = suppressAndAudit({ cells, relations: [sum('total', ['a', 'b', 'c'])], k: 10 });
		expect(sorted(hidden)).toEqual(['a', 'b']);
	});

	it('is content with two hidden cells whose published sum leaves each k wide (3 and 12 summing to 15)', () => {
		const cells: Cells = new Map([
			['total', 45],
			['a', 3],
			['b', 12],
			['c', 30]
		]);
		expect(sorted(suppressAndAudit({ cells, relations: [sum('total', ['a', 'b', 'c'])], k: 10 }))).toEqual(['a', 'b']);
	});

	it('adds a third cell when the two small ones would only range over their own small sum', () => {
		// 3 and 4 hidden alone: each lies in [0, 7], which says too much
		const cells: Cells = new Map([
			['total', 50],
			['a', 3],
			['b', 4],
			['c', 20],
			['d', 23]
		]);
		expect(sorted(suppressAndAudit({ cells, relations: [sum('total', ['a', 'b', 'c', 'd'])], k: 10 }))).toEqual(['a', 'b', 'c']);
	});

	it('hides zeros like any other small count', () => {
		const cells: Cells = new Map([
			['total', 50],
			['none', 0],
			['some', 20],
			['most', 30]
		]);
		expect(sorted(suppressAndAudit({ cells, relations: [sum('total', ['none', 'some', 'most'])], k: 10 }))).toEqual(['none', 'some']);
	});

	it('hides forced cells whatever their value and gives them complements', () => {
		const cells: Cells = new Map([
			['total', 60],
			['a', 15],
			['b', 20],
			['c', 25]
		]);
		const relations = [sum('total', ['a', 'b', 'c'])];
		expect(sorted(suppressAndAudit({ cells, relations, k: 10, forced: ['a', 'gone-since-last-release'] }))).toEqual(['a', 'b']);
	});

	it('closes a single small cell of a table with margins with a rectangle of the smallest complements', () => {
		const release = table(
			[
				[3, 25, 30],
				[12, 40, 50],
				[20, 45, 60]
			],
			['SE', 'FI', 'DK'],
			['A', 'B', 'C']
		);
		const hidden = suppressAndAudit({ ...release, k: 10 });
		// The smallest complement in SE's row is B (25), in column A it is FI (12); FI·B then closes
		// both FI's row and column B at once
		expect(sorted(hidden)).toEqual(['t|FI|A', 't|FI|B', 't|SE|A', 't|SE|B']);
		expect(hiddenRanges(release, hidden)).toEqual(
			new Map([
				['t|FI|A', { min: 0, max: 15 }],
				['t|FI|B', { min: 37, max: 52 }],
				['t|SE|A', { min: 0, max: 15 }],
				['t|SE|B', { min: 13, max: 28 }]
			])
		);
	});

	it('forms a rectangle in the body of any table with one small cell', () => {
		const body = [
			[30, 41, 52, 28],
			[33, 2, 47, 31],
			[45, 38, 36, 50]
		];
		const hidden = suppressAndAudit({ ...table(body), k: 10 });
		expect(hidden.size).toBeGreaterThanOrEqual(4);
		const inBody = [...hidden].map((key) => key.split('|')).filter(([, r, c]) => r !== 'all' && c !== 'total');
		const rows = new Set(inBody.map(([, r]) => r));
		const cols = new Set(inBody.map(([, , c]) => c));
		expect(rows.has('r1') && cols.has('c1')).toBe(true);
		for (const r of rows) for (const c of cols) expect(hidden.has(`t|${r}|${c}`)).toBe(true);
	});

	it('hides everything when the whole table is smaller than k', () => {
		const release = table([
			[1, 2],
			[3, 1]
		]);
		expect(sorted(suppressAndAudit({ ...release, k: 10 }))).toEqual(sorted(release.cells.keys()));
	});

	it('leaves a small multiple-choice count alone when only "at most the number who answered" links it', () => {
		const cells: Cells = new Map([
			['answered', 40],
			['a', 3],
			['b', 25],
			['c', 30]
		]);
		const relations = ['a', 'b', 'c'].map((o) => atMost(o, 'answered'));
		expect(sorted(suppressAndAudit({ cells, relations, k: 10 }))).toEqual(['a']);
	});

	it('counts "at most" bounds as knowledge that can narrow a range', () => {
		// SE chose a 3 times, FI 17 times, 20 overall. With SE·a and FI·a hidden, FI·a ≤ 17
		// (FI's answered) forces SE·a ≥ 3 and SE·a ≤ 10 (SE's answered): [3, 10] is too narrow.
		const cells: Cells = new Map([
			['all|a', 20],
			['SE|a', 3],
			['FI|a', 17],
			['all|answered', 27],
			['SE|answered', 10],
			['FI|answered', 17]
		]);
		const relations = [sum('all|a', ['SE|a', 'FI|a']), sum('all|answered', ['SE|answered', 'FI|answered']), atMost('SE|a', 'SE|answered'), atMost('FI|a', 'FI|answered')];
		expect(tooNarrow(lpRanges(cells, relations, new Set(['SE|a', 'FI|a'])), 10).map(([key]) => key)).toContain('SE|a');
		const hidden = suppressAndAudit({ cells, relations, k: 10 });
		expect(hidden.size).toBeGreaterThan(2);
	});

	it('gives the same answer whatever order the cells and relations come in', () => {
		const release = merge(
			table([
				[3, 25, 30],
				[12, 40, 50],
				[20, 45, 7]
			]),
			table(
				[
					[0, 11, 19],
					[12, 12, 12]
				],
				undefined,
				undefined,
				'u'
			)
		);
		const hidden = suppress({ ...release, k: 10 });
		const reversed = { cells: new Map([...release.cells].reverse()), relations: [...release.relations].reverse().map((r) => (r.kind === 'sum' ? { ...r, parts: [...r.parts].reverse() } : r)) };
		expect(sorted(suppress({ ...reversed, k: 10 }))).toEqual(sorted(hidden));
	});

	it('refuses input it cannot reason about', () => {
		const cells: Cells = new Map([
			['t', 10],
			['a', 4],
			['b', 6]
		]);
		expect(() => suppress({ cells, relations: [], k: 1 })).toThrow(/k must be/);
		expect(() => suppress({ cells: new Map([['a', -1]]), relations: [], k: 10 })).toThrow(/not a count/);
		expect(() => suppress({ cells, relations: [sum('t', ['a', 'x'])], k: 10 })).toThrow(/not a cell/);
		expect(() => suppress({ cells, relations: [sum('t', ['a'])], k: 10 })).toThrow(/do not satisfy/);
		expect(() => suppress({ cells, relations: [atMost('t', 'a')], k: 10 })).toThrow(/do not satisfy/);
	});
});

/** Counts with many small ones, as in small groups: half of them below 10. */
const count = fc.oneof(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 40 }));

const body = (rows: { min: number; max: number }, cols: { min: number; max: number }, value: fc.Arbitrary<number>) =>
	fc
		.tuple(fc.integer(rows), fc.integer(cols))
		.chain(([r, c]) => fc.array(fc.array(value, { minLength: c, maxLength: c }), { minLength: r, maxLength: r }));

const people = (countries: string[], ages: string[], options: string[], multiple: boolean) =>
	fc.array(
		fc.record({
			country: fc.constantFrom(...countries),
			age: fc.constantFrom(...ages),
			choices: fc.option(multiple ? fc.uniqueArray(fc.constantFrom(...options), { minLength: 1 }) : fc.constantFrom(...options).map((o) => [o]), { freq: 8 })
		}),
		{ maxLength: 150 }
	);

const breakdown = (multiple: boolean) =>
	fc
		.record({
			countries: fc.integer({ min: 2, max: 4 }),
			ages: fc.integer({ min: 2, max: 3 }),
			options: fc.integer({ min: 2, max: 4 }),
			k: fc.constantFrom(3, 5, 10)
		})
		.chain(({ countries, ages, options, k }) => {
			const c = ['SE', 'FI', 'DK', 'EE'].slice(0, countries);
			const a = ['9-12', '13-15', '16-17'].slice(0, ages);
			const o = ['o1', 'o2', 'o3', 'o4'].slice(0, options);
			return people(c, a, o, multiple).map((persons) => ({ release: question('q', persons, c, a, o, multiple), k }));
		});

describe('suppression: properties on random releases', () => {
	it('protects random tables with margins, with forced cells too (LP auditor)', () => {
		fc.assert(
			fc.property(
				body({ min: 2, max: 5 }, { min: 2, max: 5 }, count),
				fc.constantFrom(3, 5, 10),
				fc.array(fc.nat(), { maxLength: 2 }),
				(values, k, picks) => {
					const release = table(values);
					const keys = sorted(release.cells.keys());
					suppressAndAudit({ ...release, k, forced: picks.map((p) => keys[p % keys.length]) });
				}
			),
			{ numRuns: 300 }
		);
	});

	it('protects tiny tables against a search over every whole-number filling', () => {
		fc.assert(
			fc.property(body({ min: 2, max: 3 }, { min: 2, max: 3 }, fc.integer({ min: 0, max: 12 })), fc.constantFrom(3, 5), (values, k) => {
				const release = table(values);
				// A published grand total bounds every cell, which the search needs to be finite
				const bounded = (hidden: Set<string>) => !hidden.has('t|all|total');
				const hidden = suppressAndAudit({ ...release, k }, bounded);
				// These matrices are networks, so the LP's range is the whole-number range: the two auditors agree
				if (bounded(hidden)) expect(lpRanges(release.cells, release.relations, hidden)).toEqual(exhaustiveRanges(release.cells, release.relations, hidden));
			}),
			{ numRuns: 200 }
		);
	});

	it('protects two breakdowns of the same respondents sharing the overall row', () => {
		fc.assert(
			fc.property(breakdown(false), ({ release, k }) => {
				suppressAndAudit({ ...release, k });
			}),
			{ numRuns: 200 }
		);
	});

	it('protects multiple-choice questions, whose options are only at most the number who answered', () => {
		fc.assert(
			fc.property(breakdown(true), ({ release, k }) => {
				suppressAndAudit({ ...release, k });
			}),
			{ numRuns: 200 }
		);
	});

	it('reports the same ranges as the independent LP auditor', () => {
		fc.assert(
			fc.property(body({ min: 2, max: 4 }, { min: 2, max: 4 }, count), (values) => {
				const release = table(values);
				const hidden = suppress({ ...release, k: 10 });
				expect(hiddenRanges(release, hidden)).toEqual(lpRanges(release.cells, release.relations, hidden));
			}),
			{ numRuns: 60 }
		);
	});
});

/** A small seeded generator (mulberry32), so the large case is the same on every run. */
function random(seed: number) {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

describe('suppression: a release of realistic size', () => {
	it('protects 20 questions × 17 groups × 10 columns and stays deterministic', () => {
		const next = random(20_240_601);
		const countries = ['SE', 'FI', 'DK', 'NO', 'IS', 'EE', 'LV', 'LT', 'PL', 'DE', 'RU'];
		// Uneven country sizes, as in a real consultation: the small ones make most of the small cells
		const weights = [30, 20, 14, 12, 2, 5, 4, 4, 6, 2, 1];
		const ages = ['9-10', '11-12', '13-14', '15-16', '17'];
		const options = ['o1', 'o2', 'o3', 'o4', 'o5', 'o6', 'o7', 'o8'];
		const pick = <T>(items: T[], w: number[]) => {
			let r = next() * w.reduce((a, b) => a + b, 0);
			return items.find((_, i) => (r -= w[i]) < 0) ?? items[items.length - 1];
		};
		const respondents = Array.from({ length: 3000 }, () => ({ country: pick(countries, weights), age: pick(ages, [3, 3, 3, 2, 1]) }));
		const questions = Array.from({ length: 20 }, (_, q) => {
			const multiple = q % 2 === 1;
			const popularity = options.map(() => next());
			const persons = respondents.map((r): Person => {
				if (next() < 0.1) return { ...r, choices: null };
				if (!multiple) return { ...r, choices: [pick(options, popularity)] };
				const chosen = options.filter((_, i) => next() < popularity[i] * 0.6);
				return { ...r, choices: chosen.length > 0 ? chosen : [pick(options, popularity)] };
			});
			return question(`q${q}`, persons, countries, ages, options, multiple);
		});
		const release = merge(...questions);
		const input = { ...release, k: 10 };

		const started = performance.now();
		const hidden = suppress(input);
		const elapsed = performance.now() - started;
		const primary = [...release.cells.values()].filter((v) => v < 10).length;
		if (process.env.BENCH) {
			console.log(`suppression: ${release.cells.size} cells, ${release.relations.length} relations, ${primary} below k, ${hidden.size} hidden in ${elapsed.toFixed(0)} ms`);
		}
		expect(release.cells.size).toBeGreaterThan(3000);
		expect(primary).toBeGreaterThan(300);
		expect(tooNarrow(lpRanges(release.cells, release.relations, hidden), 10)).toEqual([]);
		expect(sorted(suppress(input))).toEqual(sorted(hidden));
	});
});
