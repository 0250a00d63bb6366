import type { Language } from '../../../src/lib/i18n/languages.ts';

/** The country of each identity-number rule, and the language its children write in. */
export const LANGUAGE_OF: Record<string, Language> = { DK: 'da', EE: 'et', FI: 'fi', DE: 'de', IS: 'is', LV: 'lv', LT: 'lt', NO: 'nb', PL: 'pl', SE: 'sv', RU: 'ru' };

/** A child's sentence around a number, in each language: the words before it and after it. */
export const SENTENCE: Record<Language, [string, string]> = {
	en: ['My number is', 'but please do not tell anyone.'],
	da: ['Mit personnummer er', 'men sig det ikke til nogen.'],
	de: ['Meine Nummer ist', 'aber sag es keinem.'],
	et: ['Minu isikukood on', 'aga ära ütle kellelegi.'],
	fi: ['Minun henkilötunnus on', 'mutta älä kerro kenellekään.'],
	is: ['Kennitalan mín er', 'en ekki segja neinum.'],
	lv: ['Mans personas kods ir', 'bet nevienam nesaki.'],
	lt: ['Mano asmens kodas yra', 'bet niekam nesakyk.'],
	nb: ['Personnummeret mitt er', 'men ikke si det til noen.'],
	pl: ['Mój PESEL to', 'ale nikomu nie mów.'],
	sv: ['Mitt personnummer är', 'men säg det inte till någon.'],
	ru: ['Мой номер', 'только никому не говори.'],
	uk: ['Мій номер', 'тільки нікому не кажи.']
};
