import i18next, { type i18n, type Resource, type TFunction } from 'i18next';
import { SOURCE_LANGUAGE, type Language } from './languages.ts';
import { NAMESPACES } from './namespaces.ts';

/**
 * A new i18next instance (never the global singleton, which requests would share), ready
 * synchronously because the resources are already in memory.
 */
export function createTranslator(language: Language, resources: Resource): i18n {
	const instance = i18next.createInstance();
	instance.init({
		lng: language,
		fallbackLng: SOURCE_LANGUAGE,
		supportedLngs: Object.keys(resources).concat(SOURCE_LANGUAGE),
		ns: [...NAMESPACES],
		defaultNS: 'common',
		resources,
		initAsync: false,
		// Svelte escapes what it renders; escaping here as well would double it
		interpolation: { escapeValue: false }
	});
	return instance;
}

export type { TFunction };
