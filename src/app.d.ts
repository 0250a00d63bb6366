import type { TFunction } from 'i18next';
import type { SessionUser } from '$lib/server/auth/sessions';
import type { StaffSession } from '$lib/server/db/schema';
import type { CountryCode } from '$lib/countries';
import type { Language } from '$lib/i18n/languages';

declare global {
	namespace App {
		interface Locals {
			language: Language;
			/** The visitor's country once they have told us; until then null. */
			country: CountryCode | null;
			t: TFunction;
			/** On staff routes: the session, possibly still waiting for the second factor. */
			session: StaffSession | null;
			/** The person of `session`, whether or not the second factor is done. */
			sessionUser: SessionUser | null;
			/** The signed-in staff member: set only once every factor they need is verified. */
			user: SessionUser | null;
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
