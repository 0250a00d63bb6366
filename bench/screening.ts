// What screening costs per answer: a corpus of 1 KB answers in the 13 languages (ordinary
// children's writing with now and then a phone number, an e-mail address, an identity number
// or a risk phrase), screened one after another; then one input of 1 KB, 10 KB and 100 KB to
// show that time grows linearly with length.   node bench/screening.ts
import { LANGUAGES } from '../src/lib/i18n/languages.ts';
import { IDENTITY_RULES } from '../src/lib/server/screening/identity-numbers.ts';
import { screen } from '../src/lib/server/screening/index.ts';

// a fixed seed, so that every run screens the same corpus
let seed = 20261128;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];

const SENTENCES = [
	'I think the park near our school should have more lights because in winter it is dark at 4 pm.',
	'We go to school by bus and it takes 25 minutes, sometimes the bus is full and we have to stand.',
	'Min klass tycker att skolmaten borde vara godare och att vi borde få mer tid ute på rasten.',
	'Meiner Meinung nach sollten Kinder mitentscheiden, wie der Schulhof aussieht, und 2024 war er zu klein.',
	'Mums patīk spēlēt futbolu, bet laukums ir vecs un tur ir daudz bedru.',
	'Mano mokykloje trūksta vietos kur galima pabūti po pamokų.',
	'Я думаю, что в нашем городе нужно больше мест, где подростки могут встречаться вечером.',
	'Minusta koulun pitäisi kuunnella oppilaita enemmän, koska me tiedämme mikä toimii.',
	'W mojej szkole jest za mało zajęć sportowych, chcielibyśmy mieć basen albo chociaż salę.',
	'Jeg synes at bussen skal køre oftere om aftenen, for det koster 24 kr og kommer sjældent.'
];
const EXTRAS = [
	() => ' you can call me on +46 70 123 45 67 if you want',
	() => ' my mail is anna.k@example.com',
	() => ` my number is ${pick(IDENTITY_RULES).generate(random)}`,
	() => ' sometimes my dad hits me when he is angry',
	() => ' my name is Jonas and I live on Storgatan 12'
];

function answer(): string {
	let text = '';
	while (text.length < 1000) text += `${pick(SENTENCES)}${random() < 0.15 ? pick(EXTRAS)() : ''} `;
	return text.slice(0, 1024);
}

const corpus = Array.from({ length: 2000 }, answer);
const languages = corpus.map(() => pick(LANGUAGES));
// warm up: compile every pattern once
for (let i = 0; i < 50; i++) screen(corpus[i], { language: languages[i], country: 'SE' });

for (const country of ['SE', null] as const) {
	const started = performance.now();
	for (let i = 0; i < corpus.length; i++) screen(corpus[i], { language: languages[i], country });
	const seconds = (performance.now() - started) / 1000;
	console.log(`1 KB answers, country ${country ?? 'unknown'}: ${Math.round(corpus.length / seconds)} texts per second (${((seconds / corpus.length) * 1000).toFixed(2)} ms each)`);
}

for (const size of [1, 10, 100]) {
	let text = '';
	while (text.length < size * 1024) text += answer();
	text = text.slice(0, size * 1024);
	const runs = size === 100 ? 5 : 20;
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const started = performance.now();
		screen(text, { language: 'en', country: null });
		times.push(performance.now() - started);
	}
	times.sort((a, b) => a - b);
	console.log(`${size} KB: median ${times[Math.floor(runs / 2)].toFixed(1)} ms`);
}
