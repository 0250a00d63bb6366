// Server-side cost of the participant shell: the built app (`node build`) on embedded
// PostgreSQL answers the home page, a join form post and /healthz, with a fixed number of
// requests in flight. Prints latency percentiles, throughput and the server's peak memory.
// Run after `npm run build`:  node bench/page-latency.ts [requests=2000] [concurrency=10]
import { readFileSync } from 'node:fs';
import { startBuiltApp } from './built-app.ts';

const REQUESTS = Number(process.argv[2] ?? 2000);
const CONCURRENCY = Number(process.argv[3] ?? 10);

const { base, process: app, stop } = await startBuiltApp();

let peakRss = 0;
const sampler = setInterval(() => {
	try {
		const status = readFileSync(`/proc/${app.pid}/status`, 'utf8');
		const rss = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
		peakRss = Math.max(peakRss, rss);
	} catch {
		// not started yet, or gone
	}
}, 50);

type Case = { name: string; request: () => Promise<Response> };
const cases: Case[] = [
	{ name: 'GET / (home, de)', request: () => fetch(`${base}/?lang=de`) },
	{
		name: 'POST /join (unknown code)',
		request: () =>
			fetch(`${base}/join`, {
				method: 'POST',
				headers: { 'content-type': 'application/x-www-form-urlencoded', origin: base, 'accept-language': 'pl' },
				body: 'code=K7MQ-4TXB'
			})
	},
	{ name: 'GET /healthz', request: () => fetch(`${base}/healthz`) }
];

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

console.log(`${REQUESTS} requests per case, ${CONCURRENCY} in flight, node ${process.version}`);
for (const { name, request } of cases) {
	// warm up: JIT, first database queries
	for (let i = 0; i < 50; i++) await (await request()).arrayBuffer();
	const timings: number[] = [];
	let next = 0;
	const started = performance.now();
	await Promise.all(
		Array.from({ length: CONCURRENCY }, async () => {
			while (next < REQUESTS) {
				next++;
				const t0 = performance.now();
				const response = await request();
				await response.arrayBuffer();
				if (response.status >= 500) throw new Error(`${name}: status ${response.status}`);
				timings.push(performance.now() - t0);
			}
		})
	);
	const seconds = (performance.now() - started) / 1000;
	timings.sort((a, b) => a - b);
	console.log(
		`${name.padEnd(28)} p50 ${percentile(timings, 50).toFixed(1)} ms  p95 ${percentile(timings, 95).toFixed(1)} ms  ` +
			`p99 ${percentile(timings, 99).toFixed(1)} ms  ${(timings.length / seconds).toFixed(0)} req/s`
	);
}
clearInterval(sampler);
console.log(`server peak RSS ${(peakRss / 1024 / 1024).toFixed(0)} MiB`);
stop();
