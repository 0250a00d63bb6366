import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../../../src/lib/i18n/languages.ts';
import { addressSpans, postcodePattern } from '../../../src/lib/server/screening/addresses.ts';
import {
	EMAIL_AT_WORDS,
	EMAIL_DOT_WORDS,
	HOUSE_NUMBER_GAPS,
	HOUSE_UNITS,
	NAME_STOPWORDS,
	POSTCODE_EXAMPLES,
	POSTCODES,
	SELF_INTRODUCTIONS,
	STREET_WORDS,
	WEAK_SELF_INTRODUCTIONS
} from '../../../src/lib/server/screening/lexicon.ts';
import { screen } from '../../../src/lib/server/screening/index.ts';
import { writtenEmailSpans } from '../../../src/lib/server/screening/contacts.ts';
import { collapseSpaces } from '../../../src/lib/server/screening/matching.ts';
import { normalise } from '../../../src/lib/server/screening/normalise.ts';

// The language data of screening: every language has it, every source compiles with the flags
// screening uses, and examples of each language match. Names are found with the phrases joined
// the way index.ts joins them (to name the word taken) and through screen() itself; addresses,
// postcodes and written-out e-mail addresses with the production code itself (addresses.ts,
// contacts.ts), on text read as screen() reads it (normalised, white space collapsed). The
// linear-time check of the compiled patterns is redos.test.ts.

const FLAGS = 'giu';
const read = (text: string) => collapseSpaces(normalise(text)).text.toLowerCase();

/** The first word after one of the phrases, as index.ts takes it. */
function nameAfter(sources: string[], text: string): string | null {
	const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${sources.join('|')})[ \\t,:-]{1,3}(\\p{L}[\\p{L}'’-]*)`, FLAGS);
	return pattern.exec(read(text))?.[1] ?? null;
}

/** The first address screen() finds in `text` (addresses.ts, as index.ts calls it), in lower case. */
function addressIn(language: Language, text: string, country: string | null = null): string | null {
	const collapsed = collapseSpaces(normalise(text)).text;
	const spans = addressSpans(collapsed, language, country).sort((a, b) => a.start - b.start || b.end - a.end);
	return spans.length ? collapsed.slice(spans[0].start, spans[0].end).toLowerCase() : null;
}

function emailIn(text: string): string | null {
	const collapsed = read(text);
	const [found] = writtenEmailSpans(collapsed);
	return found ? collapsed.slice(...found) : null;
}

describe('every language', () => {
	it.each(LANGUAGES)('%s has introductions, weak introductions, stopwords and street words', (language) => {
		expect(SELF_INTRODUCTIONS[language].length).toBeGreaterThanOrEqual(4);
		expect(WEAK_SELF_INTRODUCTIONS[language].length).toBeGreaterThanOrEqual(1);
		expect(STREET_WORDS[language].length).toBeGreaterThanOrEqual(1);
		const stopwords = NAME_STOPWORDS[language];
		expect(stopwords.length).toBeGreaterThanOrEqual(20);
		expect(stopwords.length).toBeLessThanOrEqual(60);
		expect(new Set(stopwords).size).toBe(stopwords.length);
		for (const word of stopwords) expect(word, `${language} ${word}`).toBe(word.toLowerCase().trim());
	});

	it('has no other languages', () => {
		for (const table of [SELF_INTRODUCTIONS, WEAK_SELF_INTRODUCTIONS, NAME_STOPWORDS, STREET_WORDS]) {
			expect(Object.keys(table).sort()).toEqual([...LANGUAGES].sort());
		}
	});

	it('has a postcode form for each country of the region', () => {
		expect(Object.keys(POSTCODES).sort()).toEqual(['DE', 'DK', 'EE', 'FI', 'IS', 'LT', 'LV', 'NO', 'PL', 'RU', 'SE', 'UA']);
		expect(Object.keys(POSTCODE_EXAMPLES).sort()).toEqual(Object.keys(POSTCODES).sort());
	});

	it('has only sources that compile with the flags screening uses', () => {
		const sources = [
			...LANGUAGES.flatMap((language) => [
				...SELF_INTRODUCTIONS[language],
				...WEAK_SELF_INTRODUCTIONS[language],
				...STREET_WORDS[language].map((word) => word.source)
			]),
			...Object.values(POSTCODES),
			...Object.values(HOUSE_UNITS),
			...Object.values(HOUSE_NUMBER_GAPS),
			...EMAIL_AT_WORDS,
			...EMAIL_DOT_WORDS
		];
		expect(sources.length).toBeGreaterThan(150);
		for (const source of sources) {
			expect(() => new RegExp(source, FLAGS), source).not.toThrow();
			// a source that matches nothing would hide the next word's position
			expect(new RegExp(source, FLAGS).test(''), source).toBe(false);
		}
	});
});

describe('self-introductions', () => {
	const examples: Record<Language, [string, string][]> = {
		en: [
			['My name is Jonas and I like football', 'jonas'],
			['my best friend’s name is Sara', 'sara'],
			['my names anna', 'anna'],
			['My sister is called Lily.', 'lily'],
			['im called Jake', 'jake'],
			['They call me Bobby', 'bobby'],
			['Hi! I’m Anna and I’m 12', 'anna'],
			['Name: Oliver', 'oliver']
		],
		da: [
			['Jeg hedder Freja', 'freja'],
			['Mit navn er Sofie', 'sofie'],
			['Min bedste veninde hedder Emma', 'emma'],
			['kald mig Mads', 'mads'],
			['Jeg er Mads og jeg er 11 år', 'mads']
		],
		de: [
			['Ich heiße Lena und bin 11', 'lena'],
			['ich heisse Paul', 'paul'],
			['Mein Name ist Jonas', 'jonas'],
			['Meine beste Freundin heißt Mia', 'mia'],
			['Ich bin der Paul', 'paul'],
			['alle nennen mich Lenchen', 'lenchen']
		],
		et: [
			['Minu nimi on Mari', 'mari'],
			['mu nimi on Karl', 'karl'],
			['Mu sõbra nimi on Liis', 'liis'],
			['mind kutsutakse Kati', 'kati'],
			['Ma olen Mari ja ma olen 12', 'mari']
		],
		fi: [
			['Nimeni on Aino', 'aino'],
			['Minun nimi on Matti', 'matti'],
			['mun kaverin nimi on Ville', 'ville'],
			['Siskoni on nimeltään Emma', 'emma'],
			['Mä oon Onni ja mä oon 12', 'onni']
		],
		is: [
			['Ég heiti Þóra og er 10 ára', 'þóra'],
			['eg heiti Jon', 'jon'],
			['Nafnið mitt er Jón', 'jón'],
			['vinur minn heitir Gunnar', 'gunnar']
		],
		lv: [
			['Mani sauc Jānis un man ir 13', 'jānis'],
			['Mans vārds ir Anna', 'anna'],
			['mans vards ir Ilze', 'ilze'],
			['Manu draugu sauc Pēteris', 'pēteris']
		],
		lt: [
			['Mano vardas Rūta ir man 14', 'rūta'],
			['mano vardas yra Jonas', 'jonas'],
			['Mane vadina Tomas', 'tomas'],
			['Mano draugo vardas yra Lukas', 'lukas']
		],
		nb: [
			['Jeg heter Ola og bor i Bergen', 'ola'],
			['Navnet mitt er Kari', 'kari'],
			['Vennen min heter Nora', 'nora'],
			['eg heiter Sigrid', 'sigrid']
		],
		pl: [
			['Mam na imię Zosia i mam 9 lat', 'zosia'],
			['mam na imie Ola', 'ola'],
			['Nazywam się Kasia Nowak', 'kasia'],
			['nazywam sie Bartek', 'bartek'],
			['Moja siostra ma na imię Ola', 'ola']
		],
		sv: [
			['Jag heter Elsa och går i sexan', 'elsa'],
			['Mitt namn är Alva', 'alva'],
			['mitt namn ar Saga', 'saga'],
			['Min bästa kompis heter Saga', 'saga']
		],
		ru: [
			['Меня зовут Лена, мне 12', 'лена'],
			['Моё имя Маша', 'маша'],
			['мое имя Аня', 'аня'],
			['Мою сестру зовут Маша', 'маша'],
			['Я — Аня', 'аня'],
			['Я Петя и мне 10 лет', 'петя']
		],
		uk: [
			['Мене звати Олег, мені 15', 'олег'],
			['Моє ім’я Марія', 'марія'],
			["моє ім'я Марія", 'марія'],
			['Мою подругу звати Оля', 'оля'],
			['Я Тарас і мені 12 років', 'тарас']
		]
	};

	describe.each(LANGUAGES)('%s', (language) => {
		it.each(examples[language])('finds the name in “%s”', (text, name) => {
			expect(nameAfter(SELF_INTRODUCTIONS[language], text)).toBe(name);
			// and screen() itself, with the phrases as index.ts joins them, takes it out
			const screened = screen(text, { language, country: null });
			expect(screened.text).toContain('[name]');
			expect(screened.text.toLowerCase()).not.toContain(name);
		});
	});

	it('leaves generic phrases to the weak list', () => {
		expect(nameAfter(SELF_INTRODUCTIONS.en, 'I am happy with my school')).toBeNull();
		expect(nameAfter(SELF_INTRODUCTIONS.en, 'I am tired and I want to sleep')).toBeNull();
		expect(nameAfter(SELF_INTRODUCTIONS.pl, 'Jestem smutna')).toBeNull();
		expect(nameAfter(SELF_INTRODUCTIONS.et, 'Ma olen väsinud')).toBeNull();
		expect(nameAfter(SELF_INTRODUCTIONS.ru, 'Я думаю, что это хорошо')).toBeNull();
		expect(nameAfter(SELF_INTRODUCTIONS.de, 'Mein Tee ist heiß und lecker')).toBeNull();
	});

	const weak: [Language, string, string][] = [
		['en', 'I am Anna', 'anna'],
		['da', 'Jeg er Mads', 'mads'],
		['de', 'Hallo, ich bin Lena', 'lena'],
		['et', 'Ma olen Mari', 'mari'],
		['fi', 'Mä oon Onni', 'onni'],
		['is', 'Ég er Sigga', 'sigga'],
		['lv', 'Es esmu Ilze', 'ilze'],
		['lt', 'Aš esu Rūta', 'rūta'],
		['nb', 'Jeg er Ola', 'ola'],
		['pl', 'Jestem Ola', 'ola'],
		['sv', 'Jag är Elin', 'elin'],
		['ru', 'Я Аня', 'аня'],
		['uk', 'Я Тарас', 'тарас']
	];
	it.each(weak)('%s: the weak phrases find the word in “%s”', (language, text, name) => {
		expect(nameAfter(WEAK_SELF_INTRODUCTIONS[language], text)).toBe(name);
	});

	it('knows the ordinary words after a generic phrase', () => {
		const following: [Language, string, string][] = [
			['en', 'I am happy', 'happy'],
			['pl', 'jestem smutna', 'smutna'],
			['de', 'Ich bin der Meinung, dass', 'meinung'],
			['sv', 'jag är glad', 'glad'],
			['ru', 'я - за', 'за']
		];
		for (const [language, text, word] of following) {
			const after = nameAfter([...SELF_INTRODUCTIONS[language], ...WEAK_SELF_INTRODUCTIONS[language]], text);
			expect(after, text).not.toBeNull();
			expect(NAME_STOPWORDS[language], text).toContain(word);
		}
	});
});

describe('street words', () => {
	const examples: Record<Language, [string, string][]> = {
		en: [
			['I live at 22 Baker Street', '22 baker street'],
			['10 Downing Road', '10 downing road'],
			['our school is at Main Street 12', 'main street 12'],
			['Flat: Main Street 12, apt 4', 'main street 12, apt 4']
		],
		da: [
			['Jeg bor på Nørrebrogade 12', 'nørrebrogade 12'],
			['Jeg bor på Jens Baggesens Vej 12', 'jens baggesens vej 12'],
			['Jeg bor på Algade 12, 3. th.', 'algade 12, 3. th.']
		],
		de: [
			['Wir wohnen in der Lindenstraße 5a', 'lindenstraße 5a'],
			['Hauptstr. 3', 'hauptstr. 3'],
			['Berliner Straße 12', 'berliner straße 12']
		],
		et: [
			['Elan Pikk tänav 5', 'pikk tänav 5'],
			['Pärnu mnt 10', 'pärnu mnt 10']
		],
		fi: [
			['Asun Mannerheimintie 5', 'mannerheimintie 5'],
			['Aleksanterinkatu 12 B', 'aleksanterinkatu 12 b'],
			['Asun Aleksanterinkatu 12 B 34', 'aleksanterinkatu 12 b 34'],
			['Asun Mannerheimintie 5 as. 7', 'mannerheimintie 5 as. 7'],
			['Asun osoitteessa Aleksis Kiven katu 5', 'aleksis kiven katu 5']
		],
		is: [
			['Laugavegur 12', 'laugavegur 12'],
			['Ég bý á Hverfisgötu 5', 'hverfisgötu 5']
		],
		lv: [
			['Es dzīvoju Brīvības iela 40', 'brīvības iela 40'],
			['dzīvoju Brīvības ielā 40', 'brīvības ielā 40'],
			['dzīvoju Brīvības ielā 40-12', 'brīvības ielā 40-12']
		],
		lt: [
			['Gyvenu Pylimo gatvėje 5', 'pylimo gatvėje 5'],
			['Vilniaus g. 5', 'vilniaus g. 5'],
			['Gyvenu Gedimino pr. 9', 'gedimino pr. 9']
		],
		nb: [
			['Jeg bor i Trondheimsveien 5', 'trondheimsveien 5'],
			['Jeg bor i Karl Johans gate 5', 'karl johans gate 5'],
			// a capital at the start of a sentence is no part of the name
			['Jeg bor her. Johans gate 5', 'johans gate 5']
		],
		pl: [
			['Mieszkam na ul. Kwiatowa 7', 'ul. kwiatowa 7'],
			['Mieszkam na ulicy Polnej 5', 'ulicy polnej 5'],
			['Mieszkam przy ul. Kwiatowej 7/12', 'ul. kwiatowej 7/12'],
			['Mieszkam przy ul. Kwiatowej 7 m. 12', 'ul. kwiatowej 7 m. 12']
		],
		sv: [
			['Jag bor på Storgatan 12', 'storgatan 12'],
			['Sveavägen 44', 'sveavägen 44'],
			['Jag bor på Storgatan 12 i Umeå', 'storgatan 12'],
			['Jag bor på Storgatan 12 lgh 1102', 'storgatan 12 lgh 1102']
		],
		ru: [
			['ул. Ленина 5', 'ул. ленина 5'],
			['Живу на улице Ленина 5', 'улице ленина 5'],
			['Невский проспект 28', 'невский проспект 28'],
			['ул. Ленина, д. 5, кв. 12', 'ул. ленина, д. 5, кв. 12']
		],
		uk: [
			['вул. Хрещатик 5', 'вул. хрещатик 5'],
			['Живу на вулиці Франка 5', 'вулиці франка 5'],
			['вул. Хрещатик, буд. 5, кв. 10', 'вул. хрещатик, буд. 5, кв. 10']
		]
	};

	describe.each(LANGUAGES)('%s', (language) => {
		it.each(examples[language])('finds the address in “%s”', (text, address) => {
			expect(addressIn(language, text)).toBe(address);
		});
	});

	it('leaves ordinary English with numbers alone', () => {
		for (const text of ['I have 3 really close friends', 'the best way 2 learn', 'my school is 5 minutes drive away']) {
			expect(addressIn('en', text), text).toBeNull();
		}
	});
});

describe('postcodes', () => {
	// the pattern screen() uses: the participant's country's form, or every form when unknown
	const found = (country: string | null, text: string) => {
		const pattern = postcodePattern(country);
		pattern.lastIndex = 0;
		return pattern.exec(collapseSpaces(normalise(text)).text)?.[0] ?? null;
	};
	const countries = Object.keys(POSTCODE_EXAMPLES);

	it.each(Object.entries(POSTCODE_EXAMPLES))('%s: %s is found whole, in its own form and among all forms', (country, postcode) => {
		expect(found(country, `Adresse ${postcode} Stadt`)).toBe(postcode);
		// the forms joined, as for a participant of unknown country: the longest form first, so
		// that Iceland's three digits do not take "114" of Sweden's "114 55"
		for (const unknown of [null, 'ZZ', 'GB']) expect(found(unknown, `Adresse ${postcode} Stadt`), `${unknown}`).toBe(postcode);
	});

	it('use only the country’s form when the country is known', () => {
		expect(found('SE', 'Storgatan 12, 2100 Stad')).toBeNull();
		expect(found('DK', 'Algade 12, 114 55 Stad')).toBeNull();
		expect(found('IS', 'Laugavegur 12, 114 55 Stad')).toBe('114');
		expect(found('LV', 'Brīvības iela 40, 1050 Rīga')).toBeNull();
		expect(found('PL', 'Kwiatowa 7, 00950 Warszawa')).toBeNull();
		for (const country of countries) expect(postcodePattern(country).source.length).toBeLessThan(postcodePattern(null).source.length);
	});

	it('are bounded by non-digits', () => {
		expect(found('PL', '100-9501')).toBeNull();
		expect(found('DE', '1234567')).toBeNull();
		expect(found('LV', '1050')).toBeNull();
		expect(found(null, '1234567')).toBeNull();
	});
});

describe('addresses with a postcode', () => {
	// a street address, the country's postcode and its city, as children write where they live
	const written: [Language, string, string][] = [
		['da', 'DK', 'Algade 12, 4000 Roskilde'],
		['de', 'DE', 'Lindenstraße 5a, 10115 Berlin'],
		['et', 'EE', 'Tartu mnt 10-5, 10115 Tallinn'],
		['fi', 'FI', 'Aleksanterinkatu 12 B 34, 00100 Helsinki'],
		['is', 'IS', 'Laugavegi 12, 101 Reykjavík'],
		['lv', 'LV', 'Brīvības ielā 40-12, Rīga, LV-1050'],
		['lt', 'LT', 'Gedimino pr. 9, LT-01103 Vilnius'],
		['nb', 'NO', 'Karl Johans gate 5, 0154 Oslo'],
		['pl', 'PL', 'ul. Kwiatowej 7/12, 00-950 Warszawa'],
		['sv', 'SE', 'Storgatan 12, 114 55 Stockholm'],
		['ru', 'RU', '101000, г. Москва, ул. Ленина, д. 5, кв. 12'],
		['uk', 'UA', 'вул. Хрещатик, буд. 5, кв. 10, Київ, 01001'],
		['en', 'SE', 'Main Street 12, 114 55 Stockholm']
	];
	it.each(written)('%s (%s): “%s” is one address, with the country known and unknown', (language, country, address) => {
		for (const known of [country, null]) {
			expect(addressIn(language as Language, `bor: ${address}.`, known), `${known}`).toBe(address.toLowerCase());
		}
	});

	it('counts a postcode only directly beside a street address or a street and a city', () => {
		expect(addressIn('pl', 'ul. Kwiatowa, 00-950 Warszawa', 'PL')).toBe('ul. kwiatowa, 00-950 warszawa');
		expect(addressIn('pl', 'Kwiatowa ulica, 00-950 Warszawa', 'PL')).toBe('kwiatowa ulica, 00-950 warszawa');
		// a street without a number and a number, with no city: a sentence, not an address
		expect(addressIn('sv', 'Skolan ligger på Storgatan, 114 55 är inte vårt postnummer', 'SE')).toBeNull();
		for (const [language, text] of [
			['en', 'Our school is on Main Street and we have 300 pupils in 12 classes'],
			['sv', 'Skolan ligger på Storgatan och vi är 450 elever'],
			['de', 'Hauptstraße, wir sind 2024 umgezogen'],
			['de', 'In der Hauptstraße gibt es 12345 Bäume'],
			['nb', 'Vi flyttet til Storgata i 2019 og er 4 i familien']
		] as [Language, string][]) {
			for (const country of [null, 'SE', 'DE', 'NO', 'IS', 'DK']) expect(addressIn(language, text, country), `${text} (${country})`).toBeNull();
		}
	});
});

describe('e-mail addresses in words', () => {
	it.each([
		'anna at gmail dot com',
		'anna (at) gmail (dot) com',
		'anna [at] gmail [dot] com',
		'anna snabel-a gmail punkt se',
		'anna snabel-a hotmail punktum dk',
		'anna krøllalfa gmail punktum no',
		'anna ät gmx punkt de',
		'anna kommertsmärk gmail punkt ee',
		'anna miukumauku gmail piste fi',
		'anna hjá gmail punktur is',
		'anna et inbox punkts lv',
		'ona eta gmail taškas lt',
		'ania małpa wp kropka pl',
		'ania malpa onet kropka pl',
		'anya собака mail точка ru',
		'anja равлик ukr крапка net'
	])('finds “%s”', (address) => {
		expect(emailIn(`write to ${address} ok`)).toBe(address.toLowerCase());
	});

	it('leaves sentences with "at" and "punkt" alone', () => {
		for (const text of ['jeg synes at det punkt er vigtigt', 'ma arvan et see punkt on oluline', 'look at the dot on the map']) {
			expect(emailIn(text), text).toBeNull();
		}
	});
});
