// What a child's phone downloads for a page: the HTML, and every script and style sheet the page
// loads or preloads (in the HTML, and in the Link header SvelteKit sends its module preloads
// in), as the built app serves them to a browser that accepts brotli (adapter-node
// serves the precompressed files). Prints bytes per page, compressed as sent and uncompressed.
// Run after `npm run build`:  node bench/page-weight.ts
import { startBuiltApp } from './built-app.ts';

const PAGES = ['/?lang=lt', '/join?lang=uk', '/join/DEMO2026?lang=fi', '/privacy?lang=pl', '/guardian?lang=de', '/results/feeling-safe-online-2026?lang=sv', '/staff/login?lang=en'];

const { base, stop } = await startBuiltApp({ SEED_DEMO: 'true' });

/** The bytes of a response as sent (its content-length when compressed) and as the browser reads it. */
async function weigh(path: string): Promise<{ sent: number; read: number; body: string; link: string }> {
	const response = await fetch(`${base}${path}`, { headers: { 'accept-encoding': 'br' } });
	if (!response.ok) throw new Error(`${path}: status ${response.status}`);
	const body = await response.text();
	const read = Buffer.byteLength(body);
	const sent = response.headers.get('content-encoding') ? Number(response.headers.get('content-length') ?? read) : read;
	return { sent, read, body, link: response.headers.get('link') ?? '' };
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
try {
	for (const page of PAGES) {
		const html = await weigh(page);
		// module scripts, their preloads, style sheets and classic scripts, each counted once
		const found = [
			...html.body.matchAll(/<(?:link[^>]+href|script[^>]+src)="([^"]+\.(?:js|css))"/g),
			...html.body.matchAll(/import\("([^"]+\.js)"\)/g),
			...html.link.matchAll(/<([^>]+\.(?:js|css))>/g)
		];
		const assets = new Set(found.map((match) => new URL(match[1], `${base}${page}`).pathname));
		let sent = html.sent;
		let read = html.read;
		for (const asset of assets) {
			const weighed = await weigh(asset);
			sent += weighed.sent;
			read += weighed.read;
		}
		console.log(`${page.padEnd(44)} ${String(assets.size).padStart(2)} files  sent ${kib(sent).padStart(10)}  uncompressed ${kib(read).padStart(10)}`);
	}
} finally {
	stop();
}
