// `npm test`: every test of the project, in the order that fails fastest — type check, unit
// and integration tests (PGlite and the PostgreSQL server), the production build, then the
// end-to-end tests in Chromium against that build. It ends with one line
// `N passed, N failed` counting every test case; a step that fails before it can count its
// cases (type check, build) counts as one failed case.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const RESULTS = 'test-results';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

interface Totals {
	passed: number;
	failed: number;
	skipped: number;
}
const totals: Totals = { passed: 0, failed: 0, skipped: 0 };

function run(title: string, command: string, args: string[]): boolean {
	console.log(`\n▶ ${title}`);
	const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
	return result.status === 0;
}

function readJson(path: string): unknown {
	try {
		return JSON.parse(readFileSync(path, 'utf8'));
	} catch {
		return undefined;
	}
}

rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });

if (!run('type check (svelte-check)', 'npm', ['run', '--silent', 'check'])) totals.failed += 1;

const vitestOk = run('unit and integration tests (vitest)', 'npx', [
	'vitest',
	'run',
	'--reporter=default',
	'--reporter=json',
	`--outputFile.json=${RESULTS}/vitest.json`
]);
const vitest = readJson(`${RESULTS}/vitest.json`) as
	| { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number }
	| undefined;
if (vitest) {
	totals.passed += vitest.numPassedTests;
	totals.failed += vitest.numFailedTests;
	totals.skipped += vitest.numPendingTests + vitest.numTodoTests;
}
// a run that failed outside any test (global setup, a file that does not load) still fails
if (!vitestOk && (vitest?.numFailedTests ?? 0) === 0) totals.failed += 1;

const built = run('production build', 'npm', ['run', '--silent', 'build']);
if (!built) {
	totals.failed += 1;
} else if (!existsSync(CHROMIUM)) {
	console.error(
		`\nNo Chromium at ${CHROMIUM}: the end-to-end tests need Debian's.\n` +
			'Install it with: apt-get update && apt-get install -y chromium (as root), or set CHROMIUM_PATH.'
	);
	totals.failed += 1;
} else {
	const e2eOk = run('end-to-end tests (Playwright, Chromium)', 'npx', ['playwright', 'test']);
	const report = readJson(`${RESULTS}/playwright.json`) as
		| { stats: { expected: number; unexpected: number; flaky: number; skipped: number } }
		| undefined;
	if (report) {
		totals.passed += report.stats.expected + report.stats.flaky;
		totals.failed += report.stats.unexpected;
		totals.skipped += report.stats.skipped;
	}
	if (!e2eOk && (report?.stats.unexpected ?? 0) === 0) totals.failed += 1;
}

writeFileSync(`${RESULTS}/totals.json`, JSON.stringify(totals));
if (!process.env.VOICES_TOTALS_QUIET) {
	console.log(`\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
}
process.exit(totals.failed === 0 ? 0 : 1);
