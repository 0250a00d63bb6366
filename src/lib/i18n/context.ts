import type { TFunction } from 'i18next';
import { getContext, setContext } from 'svelte';
import type { Language } from './languages.ts';

const KEY = Symbol('voices-i18n');

export interface I18n {
	readonly t: TFunction;
	readonly language: Language;
}

/** Called once, by the root layout; `get` is read on every use, so a new language shows at once. */
export function provideI18n(get: () => I18n): void {
	setContext(KEY, {
		get t() {
			return get().t;
		},
		get language() {
			return get().language;
		}
	} satisfies I18n);
}

export function useI18n(): I18n {
	const i18n = getContext<I18n | undefined>(KEY);
	if (!i18n) throw new Error('useI18n() outside the root layout');
	return i18n;
}

/** A translate function bound to one namespace: `useT('staff')('login.title')`. */
export function useT(namespace: string): (key: string, options?: Record<string, unknown>) => string {
	const i18n = useI18n();
	return (key, options = {}) => String(i18n.t(`${namespace}:${key}`, options as never));
}
