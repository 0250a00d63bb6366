import type { Resource } from 'i18next';
import { LANGUAGES, type Language } from './languages.ts';
import { NAMESPACES, type Namespace } from './namespaces.ts';

export { NAMESPACES, type Namespace };

// Vite inlines the JSON at build time, so neither the server nor the browser reads files.
const files = import.meta.glob<{ default: Record<string, unknown> }>('/locales/*/*.json', {
	eager: true
});

function load(): Resource {
	const resources: Resource = {};
	for (const language of LANGUAGES) {
		resources[language] = {};
		for (const namespace of NAMESPACES) {
			const file = files[`/locales/${language}/${namespace}.json`];
			resources[language][namespace] = file?.default ?? {};
		}
	}
	return resources;
}

export const RESOURCES: Resource = load();

/** The strings of a few namespaces in one language, as the browser receives them. */
export function resourcesFor(language: Language, namespaces: readonly Namespace[]): Resource {
	return {
		[language]: Object.fromEntries(namespaces.map((ns) => [ns, RESOURCES[language][ns]]))
	};
}
