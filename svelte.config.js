import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		runes: true
	},
	kit: {
		adapter: adapter({ precompress: true }),
		csp: {
			// nonces for server-rendered pages, hashes for any prerendered one: SvelteKit's own
			// bootstrap runs that way, and no inline script of anybody else's does
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self'],
				// the one inline style SvelteKit itself writes: its route announcer for screen
				// readers (node_modules/@sveltejs/kit/src/core/sync/write_root.js); an e2e test
				// fails on any CSP violation, so a change of it after an upgrade shows at once
				'style-src-attr': ['unsafe-hashes', 'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo='],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none'],
				'base-uri': ['none'],
				'object-src': ['none']
			}
		},
		// our own check in hooks.server.ts replaces SvelteKit's: see src/lib/server/security
		csrf: { trustedOrigins: ['*'] }
	}
};

export default config;
