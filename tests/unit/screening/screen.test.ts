import fc from 'fast-check';
import { getExampleNumber, parsePhoneNumber, type CountryCode } from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/mobile/examples';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../../../src/lib/i18n/languages.ts';
import { IDENTITY_RULES, writtenForms } from '../../../src/lib/server/screening/identity-numbers.ts';
import { screen } from '../../../src/lib/server/screening/index.ts';

// Issue #5: every kind of personal data, in running text of the country's language, leaves
// nothing of itself behind; ordinary numbers in children's writing stay.

const seeded = (seed: number) => () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const digitsOf = (text: string) => text.replace(/\D/g, '');

/** The country of each rule, and the language its children write in. */
const LANGUAGE_OF: Record<string, Language> = { DK: 'da', EE: 'et', FI: 'fi', DE: 'de', IS: 'is', LV: 'lv', LT: 'lt', NO: 'nb', PL: 'pl', SE: 'sv', RU: 'ru' };
const SENTENCE: Record<Language, [string, string]> = {
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

describe('identity numbers of every country', () => {
	for (const rule of IDENTITY_RULES) {
		const language = LANGUAGE_OF[rule.country] ?? 'en';
		it(`${rule.id}: valid numbers are redacted in every written form, in ${language}`, () => {
			const random = seeded(rule.id.length * 7919);
			for (let i = 0; i < 40; i++) {
				const value = rule.generate(random);
				for (const form of writtenForms(rule.id, value)) {
					const [before, after] = SENTENCE[language];
					const result = screen(`${before} ${form}, ${after}`, { language, country: rule.country });
					expect(result.text, form).toBe(`${before} [id-number], ${after}`);
					expect(result.redactions).toContainEqual({ kind: 'id-number', category: rule.id });
				}
			}
		});

		it(`${rule.id}: with a wrong check digit the number is still not kept`, () => {
			const random = seeded(rule.id.length * 104729);
			for (let i = 0; i < 20; i++) {
				const value = rule.generate(random);
				const last = value.at(-1)!;
				const changed = `${value.slice(0, -1)}${/\d/.test(last) ? String((Number(last) + 1) % 10) : last === 'A' ? 'B' : 'A'}`;
				if (rule.validate(changed)) continue;
				const result = screen(`${SENTENCE[language][0]} ${changed}.`, { language, country: null });
				// nine or more digits are a [number]; shorter remains cannot identify anyone alone
				const longest = Math.max(...(result.text.match(/\d+/g) ?? ['']).map((run) => run.length));
				expect(longest, `${changed} → ${result.text}`).toBeLessThan(5);
			}
		});
	}
});

describe('phone numbers', () => {
	const countries: [CountryCode, Language][] = [
		['DK', 'da'], ['EE', 'et'], ['FI', 'fi'], ['DE', 'de'], ['IS', 'is'], ['LV', 'lv'],
		['LT', 'lt'], ['NO', 'nb'], ['PL', 'pl'], ['SE', 'sv'], ['RU', 'ru'], ['UA', 'uk']
	];
	for (const [country, language] of countries) {
		it(`${country}: national and international forms are redacted`, () => {
			const example = getExampleNumber(country, examples)!;
			const number = parsePhoneNumber(example.number);
			for (const written of [number.formatNational(), number.formatInternational(), number.number, number.nationalNumber]) {
				for (const known of [country, null]) {
					const result = screen(`ring ${written} tonight`, { language, country: known });
					expect(digitsOf(result.text), `${written} (${known})`).toBe('');
					expect(result.text).toMatch(/\[(phone|number|id-number)\]/);
				}
			}
		});
	}
});

describe('ordinary numbers in children’s writing', () => {
	const ordinary = [
		'In 2024 we had 150 pupils and 12 teachers.',
		'The ticket costs 12.50 € or 24 kr, and the bus leaves at 14:30.',
		'On 12.03.2024 we went to the museum, on 1/5 we had a holiday.',
		'I am 12 years old, my sister is 9 and we live 3 km from school.',
		'We scored 3-2 in the match and it was 20 degrees.',
		'Ich bin 13 Jahre alt und gehe in die 7. Klasse.',
		'Mam 15 lat, w klasie jest 28 osób, lekcje od 8:00 do 14:45.',
		'Мне 14 лет, в школе 1200 учеников, урок в 9:30.'
	];
	for (const text of ordinary) {
		it(`keeps “${text}”`, () => {
			for (const country of ['SE', 'DE', 'PL', null]) {
				expect(screen(text, { language: 'en', country }).text).toBe(text);
			}
		});
	}

	it('redacts any other run of nine or more digits, however it is split', () => {
		for (const written of ['123456789', '123 456 789', '123-456-789', '1 2 3 4 5 6 7 8 9', '12345 67890 123']) {
			const result = screen(`code ${written} here`, { language: 'en', country: null });
			expect(digitsOf(result.text), written).toBe('');
		}
	});
});

describe('e-mail addresses, links and usernames', () => {
	it('redacts e-mail addresses, also written out in words in the 13 languages', () => {
		const written: [string, Language][] = [
			['anna.k@example.com', 'en'],
			['anna at gmail dot com', 'en'],
			['anna (at) gmail (dot) com', 'en'],
			['anna snabel-a gmail punkt com', 'sv'],
			['anna snabel-a hotmail punktum dk', 'da'],
			['anna ät gmx punkt de', 'de'],
			['anna krøllalfa gmail punktum no', 'nb'],
			['ania małpa wp kropka pl', 'pl'],
			['ania malpa onet kropka pl', 'pl'],
			['anya собака mail точка ru', 'ru'],
			['anya собачка yandex точка ru', 'ru'],
			['anja равлик ukr крапка net', 'uk']
		];
		for (const [address, language] of written) {
			const result = screen(`write to ${address} ok`, { language, country: null });
			expect(result.text, address).toBe('write to [e-mail] ok');
		}
	});

	it('redacts links and usernames, not the names of sites', () => {
		expect(screen('look at https://example.com/anna?x=1 and www.anna.se', { language: 'en' }).text).toBe('look at [link] and [link]');
		expect(screen('my profile is instagram.com/anna.k', { language: 'en' }).text).toBe('my profile is [link]');
		expect(screen('follow me @anna_k12 please', { language: 'en' }).text).toBe('follow me [handle] please');
		expect(screen('add me on snap anna_k12', { language: 'en' }).text).toBe('add me on snap [handle]');
		expect(screen('I like youtube and tiktok', { language: 'en' }).text).toBe('I like youtube and tiktok');
	});
});

describe('names after a self-introduction', () => {
	const introductions: [Language, string, string][] = [
		['en', 'Hi, my name is Jonas Berg and I like football', 'Hi, my name is [name] and I like football'],
		['da', 'Jeg hedder Freja og jeg går i 5. klasse', 'Jeg hedder [name] og jeg går i 5. klasse'],
		['de', 'Ich heiße Lena und bin 11', 'Ich heiße [name] und bin 11'],
		['et', 'Minu nimi on Mari ja ma olen 12', 'Minu nimi on [name] ja ma olen 12'],
		['fi', 'Nimeni on Aino ja tykkään koulusta', 'Nimeni on [name] ja tykkään koulusta'],
		['is', 'Ég heiti Þóra og er 10 ára', 'Ég heiti [name] og er 10 ára'],
		['lv', 'Mani sauc Jānis un man ir 13', 'Mani sauc [name] un man ir 13'],
		['lt', 'Mano vardas Rūta ir man 14', 'Mano vardas [name] ir man 14'],
		['nb', 'Jeg heter Ola og bor i Bergen', 'Jeg heter [name] og bor i Bergen'],
		['pl', 'Mam na imię Zosia i mam 9 lat', 'Mam na imię [name] i mam 9 lat'],
		['sv', 'Jag heter Elsa och går i sexan', 'Jag heter [name] och går i sexan'],
		['ru', 'Меня зовут Лена, мне 12', 'Меня зовут [name], мне 12'],
		['uk', 'Мене звати Олег, мені 15', 'Мене звати [name], мені 15']
	];
	for (const [language, text, expected] of introductions) {
		it(`${language}: ${text}`, () => {
			const result = screen(text, { language });
			expect(result.text).toBe(expected);
			expect(result.redactions).toContainEqual({ kind: 'name' });
		});
	}

	it('leaves ordinary words after the phrase', () => {
		expect(screen('I am happy with my school', { language: 'en' }).text).toBe('I am happy with my school');
	});
});

describe('street addresses', () => {
	const addresses: [Language, string, string][] = [
		['sv', 'Jag bor på Storgatan 12 i Umeå', 'Jag bor på [address] i Umeå'],
		['de', 'Wir wohnen in der Lindenstraße 5a', 'Wir wohnen in der [address]'],
		['pl', 'Mieszkam na ul. Kwiatowa 7', 'Mieszkam na [address]'],
		['en', 'I live at 22 Baker Street', 'I live at [address]'],
		['lv', 'Es dzīvoju Brīvības iela 40', 'Es dzīvoju [address]']
	];
	for (const [language, text, expected] of addresses) {
		it(`${language}: ${text}`, () => {
			expect(screen(text, { language }).text).toBe(expected);
		});
	}

	it('redacts a postcode near a street word, not a postcode-like number alone', () => {
		const result = screen('Kwiatowa ulica, 00-950 Warszawa', { language: 'pl', country: 'PL' });
		expect(result.text).not.toContain('00-950');
		expect(screen('We were 12345 people at the concert', { language: 'en' }).text).toBe('We were 12345 people at the concert');
	});
});

describe('screening itself', () => {
	it('never throws, and never keeps an embedded identity number, phone number or e-mail address', () => {
		const rules = IDENTITY_RULES;
		const phones = (['SE', 'DE', 'PL', 'LT', 'NO'] as CountryCode[]).map((country) => parsePhoneNumber(getExampleNumber(country, examples)!.number));
		const secret = fc.oneof(
			fc.tuple(fc.integer({ min: 0, max: rules.length - 1 }), fc.integer()).map(([index, seed]) => {
				const rule = rules[index];
				const forms = writtenForms(rule.id, rule.generate(seeded(Math.abs(seed) + 1)));
				return forms[Math.abs(seed) % forms.length];
			}),
			fc.integer({ min: 0, max: phones.length - 1 }).map((index) => phones[index].formatInternational()),
			fc.emailAddress().filter((address) => /^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(address) && address.split('@')[0].length <= 64)
		);
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), secret, fc.string({ unit: 'grapheme', maxLength: 80 }), fc.constantFrom(...LANGUAGES), (before, embedded, after, language) => {
				const result = screen(`${before} ${embedded} ${after}`, { language, country: null });
				expect(result.text).not.toContain(embedded);
				if (/\d{5}/.test(digitsOf(embedded))) expect(digitsOf(result.text)).not.toContain(digitsOf(embedded));
			}),
			{ numRuns: 400 }
		);
	});

	it('never throws on any input, however strange', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.constantFrom(...LANGUAGES), fc.constantFrom('SE', 'PL', 'XX', null), (text, language, country) => {
				const result = screen(text, { language, country });
				expect(typeof result.text).toBe('string');
			}),
			{ numRuns: 300 }
		);
		for (const odd of ['\uD800', '\uDFFF abc', '\u0000'.repeat(1000), '9'.repeat(100_000), '@'.repeat(10_000), 'a@'.repeat(5_000)]) {
			expect(() => screen(odd, { language: 'en' })).not.toThrow();
		}
	});
});
