import type { TFunction } from 'i18next';
import type { CountryCode } from '$lib/countries';
import type { Language } from '$lib/i18n/languages';

declare global {
	namespace App {
		interface Locals {
			language: Language;
			/** The visitor's country once they have told us; until then null. */
			country: CountryCode | null;
			t: TFunction;
		}
		interface Error {
			message: string;
			/** A random reference for an unexpected error, to find its log line; no content. */
			reference?: string;
		}
		interface PageData {
			language: Language;
		}
	}
}

export {};
