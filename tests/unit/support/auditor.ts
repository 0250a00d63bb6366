import solver from 'javascript-lp-solver';
import type { Cells, Relation } from '../../../src/lib/server/results/suppression.ts';

/**
 * An auditor for suppressed releases written apart from the code it checks: it shares only the
 * input types with it. It answers the reader's question directly — given the published values,
 * the relations and that hidden counts are whole numbers ≥ 0, what can each hidden count be? —
 * once by exhaustive search over whole numbers (small tables) and once by an off-the-shelf LP
 * solver (any size).
 */

export interface Interval {
	min: number;
	max: number;
}

/** Σ coef·x over hidden keys, equal to or at most `rhs` once the published values are moved over. */
interface Constraint {
	terms: Map<string, number>;
	rhs: number;
	equal: boolean;
}

function constraintsOf(cells: Cells, relations: Relation[], hidden: Set<string>): Constraint[] {
	const out: Constraint[] = [];
	for (const relation of relations) {
		const sides: [string, number][] =
			relation.kind === 'sum'
				? [[relation.total, 1], ...relation.parts.map((p): [string, number] => [p, -1])]
				: [
						[relation.cell, 1],
						[relation.bound, -1]
					];
		const terms = new Map<string, number>();
		let rhs = 0;
		for (const [key, coef] of sides) {
			const value = cells.get(key);
			if (value === undefined) throw new Error(`auditor: unknown key ${key}`);
			if (hidden.has(key)) terms.set(key, (terms.get(key) ?? 0) + coef);
			else rhs -= coef * value;
		}
		for (const [key, coef] of terms) if (coef === 0) terms.delete(key);
		if (terms.size > 0) out.push({ terms, rhs, equal: relation.kind === 'sum' });
	}
	return out;
}

/** Hidden keys that share a constraint, with the constraints of each group. */
function groups(hidden: Set<string>, constraints: Constraint[]): { keys: string[]; constraints: Constraint[] }[] {
	const parent = new Map([...hidden].map((key) => [key, key]));
	const root = (key: string): string => {
		let r = key;
		while (parent.get(r) !== r) r = parent.get(r)!;
		parent.set(key, r);
		return r;
	};
	for (const c of constraints) {
		const [first, ...rest] = [...c.terms.keys()];
		for (const key of rest) parent.set(root(key), root(first));
	}
	const byRoot = new Map<string, { keys: string[]; constraints: Constraint[] }>();
	for (const key of hidden) {
		const r = root(key);
		if (!byRoot.has(r)) byRoot.set(r, { keys: [], constraints: [] });
		byRoot.get(r)!.keys.push(key);
	}
	for (const c of constraints) byRoot.get(root(c.terms.keys().next().value!))!.constraints.push(c);
	return [...byRoot.values()];
}

/** Ranges by linear programming (javascript-lp-solver), one min and one max per hidden cell. */
export function lpRanges(cells: Cells, relations: Relation[], hidden: Set<string>): Map<string, Interval> {
	const ranges = new Map<string, Interval>();
	for (const group of groups(hidden, constraintsOf(cells, relations, hidden))) {
		const constraints: Record<string, { equal?: number; max?: number }> = {};
		const variables: Record<string, Record<string, number>> = {};
		const name = new Map(group.keys.map((key, i) => [key, `x${i}`]));
		for (const key of group.keys) variables[name.get(key)!] = {};
		group.constraints.forEach((c, i) => {
			constraints[`c${i}`] = c.equal ? { equal: c.rhs } : { max: c.rhs };
			for (const [key, coef] of c.terms) variables[name.get(key)!][`c${i}`] = coef;
		});
		for (const key of group.keys) {
			const target = name.get(key)!;
			const solve = (opType: 'min' | 'max') => {
				const model = {
					optimize: 'objective',
					opType,
					constraints,
					variables: { ...variables, [target]: { ...variables[target], objective: 1 } }
				};
				const result = solver.Solve(model) as { feasible: boolean; bounded?: boolean; result: number };
				if (!result.feasible) throw new Error('auditor: the published values contradict the relations');
				if (result.bounded === false || !Number.isFinite(result.result)) return Infinity;
				return Math.round(result.result * 1e6) / 1e6;
			};
			ranges.set(key, { min: solve('min'), max: solve('max') });
		}
	}
	return ranges;
}

/**
 * Interval bounds implied by the constraints, tightened until nothing changes; false when some
 * cell has no value left.
 */
function propagate(constraints: Constraint[], keys: string[], lo: number[], hi: number[]): boolean {
	const at = new Map(keys.map((key, i) => [key, i]));
	for (let changed = true; changed; ) {
		changed = false;
		for (const c of constraints) {
			const terms = [...c.terms].map(([key, a]) => ({ i: at.get(key)!, a }));
			const low = terms.map(({ i, a }) => (a > 0 ? a * lo[i] : a * hi[i]));
			const high = terms.map(({ i, a }) => (a > 0 ? a * hi[i] : a * lo[i]));
			// Sums with infinities counted apart, so that removing one term never gives ∞ − ∞
			const finiteLow = low.filter(Number.isFinite).reduce((s, v) => s + v, 0);
			const infiniteLow = low.length - low.filter(Number.isFinite).length;
			const finiteHigh = high.filter(Number.isFinite).reduce((s, v) => s + v, 0);
			const infiniteHigh = high.length - high.filter(Number.isFinite).length;
			if (infiniteLow === 0 && finiteLow > c.rhs) return false;
			if (c.equal && infiniteHigh === 0 && finiteHigh < c.rhs) return false;
			terms.forEach(({ i, a }, t) => {
				const restLow = infiniteLow - (Number.isFinite(low[t]) ? 0 : 1) > 0 ? -Infinity : finiteLow - (Number.isFinite(low[t]) ? low[t] : 0);
				const restHigh = infiniteHigh - (Number.isFinite(high[t]) ? 0 : 1) > 0 ? Infinity : finiteHigh - (Number.isFinite(high[t]) ? high[t] : 0);
				// a·x ≤ rhs − (least the others can add); for an equation also a·x ≥ rhs − (most they can add)
				let upper = Infinity;
				let lower = 0;
				if (Number.isFinite(restLow)) {
					const bound = (c.rhs - restLow) / a;
					if (a > 0) upper = Math.floor(bound + 1e-9);
					else lower = Math.max(lower, Math.ceil(bound - 1e-9));
				}
				if (c.equal && Number.isFinite(restHigh)) {
					const bound = (c.rhs - restHigh) / a;
					if (a > 0) lower = Math.max(lower, Math.ceil(bound - 1e-9));
					else upper = Math.min(upper, Math.floor(bound + 1e-9));
				}
				if (upper < hi[i]) {
					hi[i] = upper;
					changed = true;
				}
				if (lower > lo[i]) {
					lo[i] = lower;
					changed = true;
				}
			});
			if (terms.some(({ i }) => lo[i] > hi[i])) return false;
		}
	}
	return true;
}

/** Whether some whole-number assignment within the bounds satisfies every constraint. */
function solvable(constraints: Constraint[], keys: string[], lo: number[], hi: number[], budget: { nodes: number }): boolean {
	if (--budget.nodes < 0) throw new Error('auditor: the table is too large for exhaustive search');
	lo = lo.slice();
	hi = hi.slice();
	if (!propagate(constraints, keys, lo, hi)) return false;
	let pick = -1;
	keys.forEach((_, i) => {
		if (lo[i] < hi[i] && (pick < 0 || hi[i] - lo[i] < hi[pick] - lo[pick])) pick = i;
	});
	if (pick < 0) {
		const value = new Map(keys.map((key, i) => [key, lo[i]]));
		return constraints.every((c) => {
			const sum = [...c.terms].reduce((s, [key, a]) => s + a * value.get(key)!, 0);
			return c.equal ? sum === c.rhs : sum <= c.rhs;
		});
	}
	for (let v = lo[pick]; v <= hi[pick]; v++) {
		const l = lo.slice();
		const h = hi.slice();
		l[pick] = h[pick] = v;
		if (solvable(constraints, keys, l, h, budget)) return true;
	}
	return false;
}

/**
 * Ranges by search over whole numbers: for each hidden cell, the largest and smallest value for
 * which the other hidden cells can be filled in consistently. Every hidden cell must be bounded
 * by some published total (true of any table whose grand total is published).
 */
export function exhaustiveRanges(cells: Cells, relations: Relation[], hidden: Set<string>, nodes = 2_000_000): Map<string, Interval> {
	const ranges = new Map<string, Interval>();
	const budget = { nodes };
	for (const group of groups(hidden, constraintsOf(cells, relations, hidden))) {
		const { keys, constraints } = group;
		if (constraints.length === 0) {
			// In no relation at all: nothing bounds it from above
			for (const key of keys) ranges.set(key, { min: 0, max: Infinity });
			continue;
		}
		const lo = keys.map(() => 0);
		const hi = keys.map(() => Infinity);
		if (!propagate(constraints, keys, lo, hi)) throw new Error('auditor: the published values contradict the relations');
		if (hi.some((h) => !Number.isFinite(h))) throw new Error('auditor: a hidden cell is unbounded; use lpRanges');
		keys.forEach((key, j) => {
			const fixed = (v: number) => {
				const l = lo.slice();
				const h = hi.slice();
				l[j] = h[j] = v;
				return solvable(constraints, keys, l, h, budget);
			};
			let max = hi[j];
			while (!fixed(max)) max--;
			let min = lo[j];
			while (!fixed(min)) min++;
			ranges.set(key, { min, max });
		});
	}
	return ranges;
}

/** The hidden cells a reader can pin down to fewer than k + 1 whole numbers, with their ranges. */
export function tooNarrow(ranges: Map<string, Interval>, k: number): [string, Interval][] {
	return [...ranges].filter(([, r]) => r.max - r.min < k - 1e-6);
}
