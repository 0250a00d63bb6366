/**
 * Cell suppression for published results: which counts to hide so that no count below k can be
 * read off the release, nor worked out from what is published beside it.
 *
 * A reader knows the published values, the linear relations between cells (a row adds up to its
 * total, an option count is at most the number who answered) and that every hidden count is a
 * whole number ≥ 0. Hidden cells all carry one label, so the reader does not learn which ones were
 * small. Every hidden cell must therefore keep a range of possible values at least k wide.
 *
 * Method: "audit and fix". Hide the primary cells (below k, or forced); close every sum relation
 * that has exactly one hidden cell (it would give that cell away exactly); then compute the range
 * of each hidden cell by linear programming over its component — the hidden cells linked through
 * relations, with published cells as constants — and for a cell whose range is too narrow hide
 * the smallest published cell of its tightest relation. Repeat until every hidden cell passes,
 * then try to publish each complement again, largest first, keeping what the audit allows.
 * The LP relaxation is exact enough here: the relations of a release (rows, columns and the
 * breakdowns sharing the overall row) form network matrices whose vertices are integral.
 *
 * Everything is ordered by key, so the result does not depend on the order of the input.
 */

/** One published count: its key is opaque (e.g. "q1|country|SE|opt3"). Values are non-negative integers. */
export type Cells = Map<string, number>;

/** What a reader of the release knows besides the published values: */
export type Relation =
	| { kind: 'sum'; total: string; parts: string[] } // value(total) = Σ value(parts)
	| { kind: 'atMost'; cell: string; bound: string }; // value(cell) ≤ value(bound)

export interface SuppressionInput {
	/** Every count the release would publish. */
	cells: Cells;
	/** Every linear fact linking them (keys all appear in cells). */
	relations: Relation[];
	/** Threshold, integer ≥ 2 (10 in the product). */
	k: number;
	/**
	 * Keys that must be hidden whatever their value (hidden in the previous release, or a whole
	 * group smaller than k). Keys that are not cells of this release are ignored: a group hidden
	 * last time may simply not exist any more.
	 */
	forced?: Iterable<string>;
	/**
	 * How much a reader loses when a cell is hidden, as a rank: complements are taken from the
	 * lowest rank first (0 by default). The product ranks the overall figures above the
	 * breakdowns, so that a complement is found in a country's row before the whole's.
	 */
	rank?: (key: string) => number;
}

/** The values a hidden cell can take as far as a reader can tell; `max` may be Infinity. */
export interface Range {
	min: number;
	max: number;
}

/** A relation as a linear row over cell indices: Σ coef·value (= or ≤) 0. */
interface Row {
	kind: 'sum' | 'atMost';
	members: number[];
	coefs: number[];
}

interface Model {
	keys: string[];
	values: number[];
	rows: Row[];
	/** Cell index → indices of the rows it appears in, ascending. */
	rowsOf: number[][];
}

const EPS = 1e-9;

function buildModel(cells: Cells, relations: Relation[]): Model {
	// Sorting keys and relations makes every later tie-break, and so the result, independent of
	// the order the caller happened to build its Map and list in.
	const keys = [...cells.keys()].sort();
	const index = new Map(keys.map((key, i) => [key, i]));
	const values = keys.map((key) => {
		const value = cells.get(key)!;
		if (!Number.isSafeInteger(value) || value < 0) throw new Error(`suppression: ${key} is not a count (${value})`);
		return value;
	});
	const at = (key: string) => {
		const i = index.get(key);
		if (i === undefined) throw new Error(`suppression: a relation names ${key}, which is not a cell`);
		return i;
	};

	const bySignature = new Map<string, Row>();
	for (const relation of relations) {
		const coef = new Map<number, number>();
		const add = (key: string, c: number) => {
			const i = at(key);
			coef.set(i, (coef.get(i) ?? 0) + c);
		};
		if (relation.kind === 'sum') {
			add(relation.total, 1);
			for (const part of relation.parts) add(part, -1);
		} else {
			add(relation.cell, 1);
			add(relation.bound, -1);
		}
		// A key on both sides cancels out: it is not part of what the relation tells
		const members = [...coef.keys()].filter((i) => coef.get(i) !== 0).sort((a, b) => a - b);
		if (members.length === 0) continue;
		const coefs = members.map((i) => coef.get(i)!);
		const lhs = members.reduce((sum, i, j) => sum + coefs[j] * values[i], 0);
		if (relation.kind === 'sum' ? lhs !== 0 : lhs > 0) {
			throw new Error(`suppression: the values do not satisfy ${JSON.stringify(relation)}`);
		}
		const signature = `${relation.kind}:${members.map((i, j) => `${coefs[j]}*${i}`).join(',')}`;
		bySignature.set(signature, { kind: relation.kind, members, coefs });
	}
	const signatures = [...bySignature.keys()].sort();
	const rows = signatures.map((s) => bySignature.get(s)!);
	const rowsOf: number[][] = keys.map(() => []);
	rows.forEach((row, r) => {
		for (const i of row.members) rowsOf[i].push(r);
	});
	return { keys, values, rows, rowsOf };
}

// ---------------------------------------------------------------------------------------------
// Linear programming: a dense two-phase primal simplex. Components are small (a question's tables,
// at most a few hundred hidden cells), so a dense tableau is fast and has no dependencies; the
// basis is kept between objectives, so each further min/max solve starts from a feasible vertex.

interface Tableau {
	rows: Float64Array[];
	rhs: Float64Array;
	basis: Int32Array;
	/** Columns that may enter the basis (artificials are dropped after phase 1). */
	width: number;
	/** How many columns are the hidden cells (the rest are slacks). */
	variables: number;
}

function pivot(t: Tableau, r: number, q: number, cost: Float64Array) {
	const row = t.rows[r];
	const width = row.length;
	const p = row[q];
	for (let j = 0; j < width; j++) row[j] /= p;
	row[q] = 1;
	t.rhs[r] /= p;
	for (let i = 0; i < t.rows.length; i++) {
		if (i === r) continue;
		const other = t.rows[i];
		const f = other[q];
		if (f === 0) continue;
		for (let j = 0; j < width; j++) other[j] -= f * row[j];
		other[q] = 0;
		t.rhs[i] -= f * t.rhs[r];
		if (Math.abs(t.rhs[i]) < EPS) t.rhs[i] = 0;
	}
	const f = cost[q];
	if (f !== 0) {
		for (let j = 0; j < width; j++) cost[j] -= f * row[j];
		cost[q] = 0;
	}
	t.basis[r] = q;
}

/** Minimises the objective whose reduced costs are `cost`; false when it is unbounded below. */
function optimise(t: Tableau, cost: Float64Array): boolean {
	// Dantzig's rule is fast; the zeros among hidden cells make many pivots degenerate, so after a
	// run of them Bland's rule takes over, which cannot cycle.
	let bland = false;
	let degenerate = 0;
	for (let iteration = 0; iteration < 100_000; iteration++) {
		let q = -1;
		for (let j = 0; j < t.width; j++) {
			if (cost[j] < -EPS && (q < 0 || (!bland && cost[j] < cost[q]))) {
				q = j;
				if (bland) break;
			}
		}
		if (q < 0) return true;
		let r = -1;
		let best = Infinity;
		for (let i = 0; i < t.rows.length; i++) {
			const a = t.rows[i][q];
			if (a <= EPS) continue;
			const ratio = t.rhs[i] / a;
			if (ratio < best - EPS || (ratio <= best + EPS && t.basis[i] < t.basis[r])) {
				best = ratio;
				r = i;
			}
		}
		if (r < 0) return false;
		if (best <= EPS) {
			if (++degenerate > 50) bland = true;
		} else degenerate = 0;
		pivot(t, r, q, cost);
	}
	throw new Error('suppression: the simplex did not converge');
}

/**
 * The feasible region of a component: hidden cells (in `members` order) as variables ≥ 0, every
 * relation touching them as an equation or inequality, published cells moved to the right.
 */
function feasibleTableau(model: Model, hidden: Uint8Array, members: number[]): Tableau {
	const column = new Map(members.map((i, j) => [i, j]));
	const touching = [...new Set(members.flatMap((i) => model.rowsOf[i]))].sort((a, b) => a - b);
	const constraints: { coef: Map<number, number>; rhs: number; slack: boolean }[] = [];
	for (const r of touching) {
		const row = model.rows[r];
		const coef = new Map<number, number>();
		let rhs = 0;
		row.members.forEach((i, j) => {
			if (hidden[i]) coef.set(column.get(i)!, row.coefs[j]);
			else rhs -= row.coefs[j] * model.values[i];
		});
		constraints.push({ coef, rhs, slack: row.kind === 'atMost' });
	}
	const n = members.length;
	const slacks = constraints.filter((c) => c.slack).length;
	const m = constraints.length;
	const artificial = n + slacks;
	const full = artificial + m;
	const t: Tableau = { rows: [], rhs: new Float64Array(m), basis: new Int32Array(m), width: artificial, variables: n };
	let s = n;
	constraints.forEach((c, i) => {
		const row = new Float64Array(full);
		for (const [j, a] of c.coef) row[j] = a;
		if (c.slack) row[s++] = 1;
		let rhs = c.rhs;
		if (rhs < 0) {
			for (let j = 0; j < artificial; j++) row[j] = -row[j];
			rhs = -rhs;
		}
		row[artificial + i] = 1;
		t.rows.push(row);
		t.rhs[i] = rhs;
		t.basis[i] = artificial + i;
	});

	// Phase 1: minimise the sum of the artificials
	const cost = new Float64Array(full);
	for (const row of t.rows) for (let j = 0; j < artificial; j++) cost[j] -= row[j];
	optimise(t, cost);
	let infeasibility = 0;
	for (let i = 0; i < m; i++) if (t.basis[i] >= artificial) infeasibility += t.rhs[i];
	if (infeasibility > 1e-6) throw new Error('suppression: the relations cannot all hold');

	// Artificials left in the basis sit at zero: pivot them out, or drop their row when it is a
	// combination of the others (a table's row totals and column totals add up to the same grand total)
	const keep: number[] = [];
	const scratch = new Float64Array(full);
	for (let i = 0; i < t.rows.length; i++) {
		if (t.basis[i] < artificial) {
			keep.push(i);
			continue;
		}
		let q = -1;
		for (let j = 0; j < artificial; j++) if (Math.abs(t.rows[i][j]) > EPS && (q < 0 || Math.abs(t.rows[i][j]) > Math.abs(t.rows[i][q]))) q = j;
		if (q < 0) continue;
		pivot(t, i, q, scratch);
		keep.push(i);
	}
	return {
		rows: keep.map((i) => t.rows[i].slice(0, artificial)),
		rhs: Float64Array.from(keep, (i) => t.rhs[i]),
		basis: Int32Array.from(keep, (i) => t.basis[i]),
		width: artificial,
		variables: n
	};
}

/** Minimises `sign`·x_j from the current vertex; Infinity when it is unbounded (only for sign −1). */
function extreme(t: Tableau, j: number, sign: 1 | -1): number {
	const cost = new Float64Array(t.width);
	cost[j] = sign;
	const r = t.basis.indexOf(j);
	if (r >= 0) {
		const row = t.rows[r];
		for (let c = 0; c < t.width; c++) cost[c] -= sign * row[c];
		cost[j] = 0;
	}
	if (!optimise(t, cost)) return Infinity;
	const at = t.basis.indexOf(j);
	return at >= 0 ? t.rhs[at] : 0;
}

function vertex(t: Tableau): Float64Array {
	const x = new Float64Array(t.variables);
	t.basis.forEach((column, i) => {
		if (column < t.variables) x[column] = t.rhs[i];
	});
	return x;
}

const clean = (x: number) => (Math.abs(x - Math.round(x)) < 1e-6 ? Math.round(x) : x);

/**
 * Which members of a component have a range narrower than k. Any feasible point bounds the
 * range from inside, so the true values and every vertex the simplex passes already prove most
 * cells wide; only the rest need their own min and max solves.
 */
function narrowCells(model: Model, hidden: Uint8Array, members: number[], k: number): number[] {
	const t = feasibleTableau(model, hidden, members);
	const low = members.map((i) => model.values[i]);
	const high = low.slice();
	const see = (x: Float64Array) => {
		x.forEach((v, j) => {
			if (v < low[j]) low[j] = v;
			if (v > high[j]) high[j] = v;
		});
	};
	// Whole numbers only: a fractional vertex must not make a range look wider than it is
	const wide = (j: number) => Math.floor(high[j] + 1e-6) - Math.ceil(low[j] - 1e-6) >= k;
	see(vertex(t));
	const narrow: number[] = [];
	members.forEach((cell, j) => {
		if (wide(j)) return;
		const max = extreme(t, j, -1);
		if (max === Infinity) return;
		see(vertex(t));
		if (wide(j)) return;
		extreme(t, j, 1);
		see(vertex(t));
		if (!wide(j)) narrow.push(cell);
	});
	return narrow;
}

/** Hidden cells grouped by the relations that link two or more of them, each group sorted. */
function components(model: Model, hidden: Uint8Array): number[][] {
	const parent = model.keys.map((_, i) => i);
	const find = (i: number): number => {
		while (parent[i] !== i) i = parent[i] = parent[parent[i]];
		return i;
	};
	for (const row of model.rows) {
		let first = -1;
		for (const i of row.members) {
			if (!hidden[i]) continue;
			if (first < 0) first = i;
			else {
				const a = find(first);
				const b = find(i);
				if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
			}
		}
	}
	const groups = new Map<number, number[]>();
	hidden.forEach((h, i) => {
		if (!h) return;
		const root = find(i);
		const group = groups.get(root);
		if (group) group.push(i);
		else groups.set(root, [i]);
	});
	return [...groups.values()];
}

/** The cells a reader can narrow down to fewer than k values; `cache` keeps components already audited. */
function audit(model: Model, hidden: Uint8Array, k: number, cache: Map<string, number[]>): number[] {
	const narrow: number[] = [];
	for (const members of components(model, hidden)) {
		// A component's constraints depend only on which cells it holds: the published ones around
		// it are constants that do not change
		const signature = members.join(',');
		let found = cache.get(signature);
		if (!found) {
			found = narrowCells(model, hidden, members, k);
			cache.set(signature, found);
		}
		narrow.push(...found);
	}
	return narrow.sort((a, b) => a - b);
}

// ---------------------------------------------------------------------------------------------

class State {
	readonly hidden: Uint8Array;
	/** Per row: how many of its members are hidden, and the sum of their values. */
	readonly count: Int32Array;
	readonly hiddenSum: Float64Array;

	readonly model: Model;
	/** Per cell: its rank (see SuppressionInput.rank). */
	readonly ranks: Int32Array;

	// fields written out, not as parameter properties: Node's type stripping (bench/) cannot run those
	constructor(model: Model, ranks: Int32Array = new Int32Array(model.keys.length)) {
		this.model = model;
		this.ranks = ranks;
		this.hidden = new Uint8Array(model.keys.length);
		this.count = new Int32Array(model.rows.length);
		this.hiddenSum = new Float64Array(model.rows.length);
	}

	hide(i: number) {
		if (this.hidden[i]) return;
		this.hidden[i] = 1;
		for (const r of this.model.rowsOf[i]) {
			this.count[r]++;
			this.hiddenSum[r] += this.model.values[i];
		}
	}

	publish(i: number) {
		if (!this.hidden[i]) return;
		this.hidden[i] = 0;
		for (const r of this.model.rowsOf[i]) {
			this.count[r]--;
			this.hiddenSum[r] -= this.model.values[i];
		}
	}

	/** A sum with exactly one hidden cell gives it away: it is the total minus the rest. */
	givesAway(r: number): boolean {
		const row = this.model.rows[r];
		return row.kind === 'sum' && this.count[r] === 1 && row.members.length > 1;
	}

	/**
	 * The published cell of row `r` to hide as a complement: of the lowest rank; then a cell that
	 * also closes another relation left with one hidden cell saves a complement later (this is
	 * what makes a 2-D table end in a rectangle); one that opens a new such relation costs one;
	 * after that the smallest value, then the key.
	 */
	complementIn(r: number): number {
		let best = -1;
		let bestScore = 0;
		for (const i of this.model.rows[r].members) {
			if (this.hidden[i]) continue;
			let score = 0;
			for (const other of this.model.rowsOf[i]) {
				if (other === r || this.model.rows[other].kind !== 'sum') continue;
				if (this.givesAway(other)) score++;
				else if (this.count[other] === 0 && this.model.rows[other].members.length > 1) score--;
			}
			const rank = this.ranks[i] - (best < 0 ? 0 : this.ranks[best]);
			if (best < 0 || rank < 0 || (rank === 0 && (score > bestScore || (score === bestScore && this.model.values[i] < this.model.values[best])))) {
				best = i;
				bestScore = score;
			}
		}
		return best;
	}

	/** Closes every sum relation that has exactly one hidden cell, lowest relation first. */
	closeSingles() {
		for (let changed = true; changed; ) {
			changed = false;
			for (let r = 0; r < this.model.rows.length; r++) {
				if (!this.givesAway(r)) continue;
				const complement = this.complementIn(r);
				if (complement < 0) continue;
				this.hide(complement);
				changed = true;
			}
		}
	}

	/** The relations near `cell` that still have a published cell, nearest first through hidden cells. */
	private nearestOpenRows(cell: number): number[] {
		const seen = new Set([cell]);
		let frontier = [cell];
		const visited = new Set<number>();
		while (frontier.length > 0) {
			const rows = [...new Set(frontier.flatMap((i) => this.model.rowsOf[i]))].filter((r) => !visited.has(r)).sort((a, b) => a - b);
			for (const r of rows) visited.add(r);
			const open = rows.filter((r) => this.count[r] < this.model.rows[r].members.length);
			if (open.length > 0) return open;
			const next: number[] = [];
			for (const r of rows) {
				for (const i of this.model.rows[r].members) {
					if (this.hidden[i] && !seen.has(i)) {
						seen.add(i);
						next.push(i);
					}
				}
			}
			frontier = next;
		}
		return [];
	}

	/**
	 * One complement for each cell found too narrow, in its tightest relation: one that gives it
	 * away outright, else the one whose hidden cells add up to least (that sum bounds how far the
	 * cell can move). A cell whose relations already changed this round waits for the next
	 * audit, since one complement often widens several cells. Returns how many cells it hid.
	 */
	widen(narrow: number[]): number {
		const touched = new Set<number>();
		let added = 0;
		for (const cell of narrow) {
			if (this.model.rowsOf[cell].some((r) => touched.has(r))) continue;
			const open = this.nearestOpenRows(cell);
			if (open.length === 0) continue;
			const tighter = (a: number, b: number) => Number(this.givesAway(b)) - Number(this.givesAway(a)) || this.hiddenSum[a] - this.hiddenSum[b];
			const best = open.reduce((b, r) => (tighter(r, b) < 0 ? r : b));
			const complement = this.complementIn(best);
			if (complement < 0) continue;
			this.hide(complement);
			for (const r of this.model.rowsOf[complement]) touched.add(r);
			added++;
		}
		return added;
	}
}

function thresholdOf(k: number): number {
	if (!Number.isSafeInteger(k) || k < 2) throw new Error(`suppression: k must be an integer ≥ 2 (got ${k})`);
	return k;
}

/** The keys to hide: every count below k, every forced key, and enough complements that none of them can be worked out. */
export function suppress(input: SuppressionInput): Set<string> {
	const k = thresholdOf(input.k);
	const model = buildModel(input.cells, input.relations);
	const state = new State(model, Int32Array.from(model.keys, (key) => input.rank?.(key) ?? 0));
	const forced = new Set(input.forced ?? []);
	model.keys.forEach((key, i) => {
		if (model.values[i] < k || forced.has(key)) state.hide(i);
	});
	const primary = state.hidden.slice();
	const result = () => new Set(model.keys.filter((_, i) => state.hidden[i]));
	state.closeSingles();
	const cache = new Map<string, number[]>();
	for (;;) {
		const narrow = audit(model, state.hidden, k, cache);
		if (narrow.length === 0) break;
		// Nothing left to hide next to what is narrow: only when the relations among hidden cells
		// pin a cell by themselves, which hiding more cannot undo
		if (state.widen(narrow) === 0) return result();
		state.closeSingles();
	}
	// Complements chosen one at a time can end up redundant once later ones are in place (a chain
	// of row and column fixes that a rectangle elsewhere made unnecessary). Try publishing each
	// again, largest first. When that leaves only other complements too narrow, those protect
	// nothing any more (a reader can nearly work them out), so publish them as well; keep the
	// change when the audit then passes, undo it when a primary cell is exposed. An unchanged
	// component is not audited again.
	const complements = model.keys.map((_, i) => i).filter((i) => state.hidden[i] && !primary[i]);
	complements.sort((a, b) => state.ranks[b] - state.ranks[a] || model.values[b] - model.values[a] || a - b);
	for (const i of complements) {
		if (!state.hidden[i]) continue;
		const published = [i];
		state.publish(i);
		let narrow = audit(model, state.hidden, k, cache);
		while (narrow.length > 0 && narrow.every((j) => !primary[j])) {
			for (const j of narrow) state.publish(j);
			published.push(...narrow);
			narrow = audit(model, state.hidden, k, cache);
		}
		if (narrow.length > 0) for (const j of published) state.hide(j);
	}
	return result();
}

/**
 * The range of each hidden cell as a reader of the release can work it out (LP relaxation: the
 * published values fixed, the relations holding, hidden cells ≥ 0). For reports and checks; the
 * suppression itself only needs to know which ranges are narrower than k.
 */
export function hiddenRanges(input: { cells: Cells; relations: Relation[] }, hiddenKeys: Iterable<string>): Map<string, Range> {
	const model = buildModel(input.cells, input.relations);
	const hidden = new Uint8Array(model.keys.length);
	const index = new Map(model.keys.map((key, i) => [key, i]));
	for (const key of hiddenKeys) {
		const i = index.get(key);
		if (i === undefined) throw new Error(`suppression: ${key} is not a cell`);
		hidden[i] = 1;
	}
	const ranges = new Map<string, Range>();
	for (const members of components(model, hidden)) {
		const t = feasibleTableau(model, hidden, members);
		members.forEach((cell, j) => {
			const max = extreme(t, j, -1);
			const min = extreme(t, j, 1);
			ranges.set(model.keys[cell], { min: clean(min), max: max === Infinity ? max : clean(max) });
		});
	}
	return ranges;
}
