// What a release costs compared with counting: on a throwaway database on the PostgreSQL server,
// a consultation of 20 questions (single, multiple, smiley, yes-no, ranking; 4–6 options), 10
// countries and 5 age bands with N children's answers, written set-based from a fixed seed; then
// (a) buildSnapshot — the GROUPING SETS aggregate plus suppression of every cell — and (b) a plain
// GROUP BY over the same answers by country, by age band and overall, each five times after a
// warm-up. Prints the medians and their ratio. The database is dropped at the end, also on failure.
//   node bench/release.ts [responses=100000]
import { randomBytes, randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { sql, type SQL } from 'drizzle-orm';
import postgres from 'postgres';
import { AGE_BANDS } from '../src/lib/ages.ts';
import { readConsultation } from '../src/lib/server/consultations/index.ts';
import { openDatabase, type Database, type Db } from '../src/lib/server/db/index.ts';
import { prepareDatabase } from '../src/lib/server/db/prepare.ts';
import { consultationTexts, consultations, questionOptions, questions, type QuestionKind } from '../src/lib/server/db/schema/index.ts';
import { aggregate } from '../src/lib/server/results/aggregate.ts';
import { buildSnapshot } from '../src/lib/server/results/snapshot.ts';

const RESPONSES = Number(process.argv[2] ?? 100_000);
const RUNS = 5;
const ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
const MIGRATIONS = fileURLToPath(new URL('../drizzle', import.meta.url));
if (!Number.isSafeInteger(RESPONSES) || RESPONSES < 100) throw new Error('usage: node bench/release.ts [responses ≥ 100]');

// uneven on purpose: Iceland stays small enough for its cells to fall below k at any size
const COUNTRIES: [string, number][] = [['SE', 22], ['PL', 20], ['DE', 18], ['FI', 10], ['DK', 9], ['NO', 8], ['LT', 5], ['LV', 4], ['EE', 3.98], ['IS', 0.02]];
const BANDS: [string, number][] = AGE_BANDS.map((band, i) => [band, [10, 25, 30, 20, 15][i]]);
const KINDS: QuestionKind[] = ['single', 'multiple', 'smiley', 'yes-no', 'ranking'];

/** A CASE over a uniform random number `x` in [0, 1) that picks by weight. */
function pickBy(x: SQL, weighted: [string, number][]): SQL {
	const total = weighted.reduce((sum, [, weight]) => sum + weight, 0);
	let upTo = 0;
	const arms = weighted.slice(0, -1).map(([value, weight]) => {
		upTo += weight / total;
		return sql`when ${x} < ${upTo} then ${value}`;
	});
	return sql`(case ${sql.join(arms, sql` `)} else ${weighted[weighted.length - 1][0]} end)`;
}

const textArray = (values: string[]) => sql`array[${sql.join(values.map((value) => sql`${value}`), sql`, `)}]::text[]`;

const name = `voices_bench_${randomBytes(6).toString('hex')}`;
const admin = postgres(ADMIN_URL, { max: 1, onnotice: () => {} });
let database: Database | undefined;
let cleaned: Promise<void> | undefined;
const cleanUp = () =>
	(cleaned ??= (async () => {
		await database?.close().catch(() => {});
		await admin.unsafe(`drop database if exists "${name}" with (force)`);
		await admin.end({ timeout: 5 });
	})());
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
	process.once(signal, () => {
		void cleanUp().finally(() => process.exit(130));
	});
}

async function median(run: () => Promise<unknown>): Promise<number> {
	await run();
	const times: number[] = [];
	for (let i = 0; i < RUNS; i++) {
		const started = performance.now();
		await run();
		times.push(performance.now() - started);
	}
	return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)];
}

async function fill(db: Db): Promise<string> {
	const [consultation] = await db
		.insert(consultations)
		.values({
			state: 'closed',
			languages: ['en'],
			countries: COUNTRIES.map(([code]) => code),
			ageBands: [...AGE_BANDS],
			suppressionThreshold: 10,
			opensAt: new Date('2026-09-01T00:00:00Z'),
			closesAt: new Date('2026-10-15T00:00:00Z')
		})
		.returning({ id: consultations.id });
	const id = consultation.id;
	const shapes = Array.from({ length: 20 }, (_, i) => {
		const kind = KINDS[i % KINDS.length];
		const options = kind === 'yes-no' ? [] : Array.from({ length: kind === 'smiley' ? 5 : 4 + (i % 3) }, () => randomUUID());
		return { id: randomUUID(), kind, options };
	});
	await db.insert(questions).values(shapes.map((shape, i) => ({ id: shape.id, consultationId: id, position: i + 1, kind: shape.kind })));
	await db.insert(questionOptions).values(shapes.flatMap((shape) => shape.options.map((optionId, i) => ({ id: optionId, questionId: shape.id, position: i + 1 }))));
	await db.insert(consultationTexts).values({ consultationId: id, subjectId: null, field: 'title', language: 'en', level: 'teen', text: 'Benchmark' });

	await db.transaction(async (tx) => {
		// random() follows setseed within this one connection, so every run writes the same answers
		await tx.execute(sql`select setseed(0.2026)`);
		await tx.execute(sql`
			insert into response (id, consultation_id, language, country, age_band, day, receipt_hash)
			select gen_random_uuid(), ${id}, 'en', ${pickBy(sql`s.c`, COUNTRIES)}, ${pickBy(sql`s.b`, BANDS)},
				date '2026-09-01' + floor(s.d * 44)::int, encode(sha256(convert_to('bench ' || s.g, 'UTF8')), 'hex')
			from (select g, random() as c, random() as b, random() as d from generate_series(1, ${RESPONSES}::int) g) s`);
		for (const shape of shapes) {
			const o = textArray(shape.options);
			const n = shape.options.length;
			// skewed towards one end, as real answers are; subqueries refer to the row's own random
			// numbers so that PostgreSQL draws them per row, not once for the statement
			const answer: { choices: SQL; ranks: SQL } = {
				single: { choices: sql`array[(${o})[1 + floor(${n} * power(s.x, 1.4))::int]]`, ranks: sql`null::jsonb` },
				smiley: { choices: sql`array[(${o})[${n} - floor(${n} * power(s.x, 1.6))::int]]`, ranks: sql`null::jsonb` },
				'yes-no': { choices: sql`array[(array['yes', 'no', 'not-sure'])[1 + floor(3 * power(s.x, 1.8))::int]]`, ranks: sql`null::jsonb` },
				multiple: {
					choices: sql`array(select (${o})[i] from generate_series(1, ${n}::int) i where ((1 + floor(s.x * ${2 ** n - 1})::int) >> (i - 1)) & 1 = 1)`,
					ranks: sql`null::jsonb`
				},
				ranking: {
					choices: sql`null::text[]`,
					ranks: sql`(select jsonb_object_agg(e, p) from (select e, row_number() over (order by md5(e || s.y::text)) as p from unnest(${o}) e) t)`
				}
			}[shape.kind as 'single' | 'smiley' | 'yes-no' | 'multiple' | 'ranking'];
			await tx.execute(sql`
				insert into answer (id, response_id, question_id, skipped, choices, ranks)
				select gen_random_uuid(), s.id, ${shape.id}, s.skip,
					case when s.skip then null else ${answer.choices} end,
					case when s.skip then null else ${answer.ranks} end
				from (select r.id, random() < 0.08 as skip, random() as x, random() as y from response r where r.consultation_id = ${id}) s`);
		}
	});
	await db.execute(sql`vacuum analyze response`);
	await db.execute(sql`vacuum analyze answer`);
	return id;
}

try {
	await admin.unsafe(`create database "${name}"`);
	const url = new URL(ADMIN_URL);
	url.pathname = `/${name}`;
	database = await openDatabase({ url: url.toString(), poolSize: 1 });
	const db = database.db;
	await prepareDatabase(database, { migrationsFolder: MIGRATIONS, url: url.toString() });

	const started = performance.now();
	const id = await fill(db);
	const [{ version }] = (await db.execute(sql`select current_setting('server_version') as version`)) as unknown as { version: string }[];
	const [{ rows }] = (await db.execute(sql`select count(*)::int as rows from answer`)) as unknown as { rows: number }[];
	console.log(`${RESPONSES} responses × 20 questions = ${rows} answers, 10 countries, 5 age bands; PostgreSQL ${version}, node ${process.version}`);
	console.log(`written in ${((performance.now() - started) / 1000).toFixed(1)} s`);

	const design = (await readConsultation(db, id))!;
	let hidden = 0;
	const snapshot = await median(async () => {
		hidden = (await buildSnapshot(db, design, { languages: ['en'] })).hidden.length;
	});
	const aggregateOnly = await median(() => aggregate(db, id));
	const by = (group: SQL) =>
		db.execute(sql`select a.question_id, ${group} as grp, c, count(*) from answer a join response r on r.id = a.response_id cross join unnest(a.choices) c
			where r.consultation_id = ${id} group by 1, 2, 3`);
	const plain = await median(async () => {
		await by(sql`r.country`);
		await by(sql`r.age_band`);
		await by(sql`'all'`);
	});
	console.log(`(a) buildSnapshot (aggregate + suppression): median ${snapshot.toFixed(0)} ms of ${RUNS} after a warm-up; ${hidden} cells hidden`);
	console.log(`    of which aggregate alone: median ${aggregateOnly.toFixed(0)} ms`);
	console.log(`(b) plain GROUP BY by country, by age band, overall: median ${plain.toFixed(0)} ms`);
	console.log(`ratio (a) / (b): ${(snapshot / plain).toFixed(1)}`);
} finally {
	await cleanUp();
}
