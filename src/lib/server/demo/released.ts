import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import { WORDING_LEVELS } from '../../ages.ts';
import { LANGUAGES, type Language } from '../../i18n/languages.ts';
import { readConsultation } from '../consultations/index.ts';
import { ETHICS_REQUIREMENTS } from '../consultations/rules.ts';
import type { Db } from '../db/index.ts';
import {
	answerThemes,
	answers,
	consultationCounters,
	consultationMembers,
	consultationTexts,
	consultations,
	moderationDecisions,
	publicResults,
	questionOptions,
	questions,
	releases,
	responses,
	staffUsers,
	themes,
	type ReleaseTexts
} from '../db/schema/index.ts';
import { buildSnapshot } from '../results/snapshot.ts';
import type { DemoContent, Levels } from './consultation/content.ts';
import { DEMO_CONTENT, DEMO_QUESTIONS } from './consultation/index.ts';

/**
 * The second demo consultation (DESIGN.md "Running it"): the DEMO2026 questions asked last
 * autumn, closed, moderated and released, so that findings, the child's results page and the
 * public page have something to show. About 400 made-up children, generated from a fixed seed so
 * that every fresh demo publishes the same figures; Iceland has only a handful, so that the
 * release visibly hides a group. Looked up by a fixed id, so a restart adds nothing.
 */

export const DEMO_RELEASED_ID = 'b7c3a1f0-2026-4a5e-9d1c-6e0f5a7d2b41';
export const DEMO_RELEASED_SLUG = 'feeling-safe-online-2026';

const OPENS_AT = new Date('2026-08-31T22:00:00Z'); // 1 September 2026, 00:00 in Stockholm
const CLOSES_AT = new Date('2026-10-14T22:00:00Z'); // 15 October 2026, 00:00 in Stockholm
const WINDOW_DAYS = 44; // 1 September to 14 October
const PREPARED_AT = new Date('2026-10-28T09:00:00Z');
const PUBLISHED_AT = new Date('2026-11-01T09:00:00Z');
const AGE_BANDS = ['10-12', '13-15', '16-17'] as const;
type Band = (typeof AGE_BANDS)[number];

const TITLE: Record<Language, string> = {
	en: 'Feeling safe online — autumn 2026',
	da: 'Tryg på nettet – efteråret 2026',
	de: 'Sich online sicher fühlen – Herbst 2026',
	et: 'Turvaline tunne internetis – sügis 2026',
	fi: 'Turvallinen olo netissä – syksy 2026',
	is: 'Að finna til öryggis á netinu – haustið 2026',
	lv: 'Justies droši internetā — 2026. gada rudens',
	lt: 'Jaustis saugiai internete – 2026 m. ruduo',
	nb: 'Å føle seg trygg på nettet – høsten 2026',
	pl: 'Bezpiecznie w internecie – jesień 2026',
	sv: 'Trygg på nätet – hösten 2026',
	ru: 'Безопасно в интернете — осень 2026',
	uk: 'Безпечно в інтернеті — осінь 2026'
};

/**
 * What children read about the release. Every claim follows from figures the snapshot shows
 * (the overall smiley median, the two most chosen worries, the largest yes-no answer, the top
 * two of the ranking by Borda points), and none names a number, so nothing hidden leaks.
 */
export const DEMO_RELEASED_TEXTS: ReleaseTexts = {
	en: {
		heard: 'Thank you for telling us how you feel online! Most children who took part feel quite safe or very safe on the internet, but many of them worry about strangers writing to them and about mean comments. Many know who to ask for help when something online worries them, but quite a few are not sure. Their biggest wishes: make it easier to report problems, and make apps safer for children.',
		next: 'In spring 2027, experts from the Council of the Baltic Sea States will tell the governments of the countries around the Baltic Sea what children said. They will ask the governments to make sure that apps and games become safer for children and that reporting a problem is easy. When we know what has changed, we will tell you here.'
	},
	da: {
		heard: 'Tak, fordi du fortalte os, hvordan du har det på nettet! De fleste børn, der var med, føler sig ret trygge eller meget trygge på internettet, men mange af dem er bekymrede for, at folk, de ikke kender, skriver til dem, og for grimme kommentarer. Mange ved, hvem de kan spørge om hjælp, når noget på nettet gør dem bekymrede, men en hel del er ikke sikre. Deres største ønsker er, at det skal være nemmere at rapportere problemer, og at apps skal være mere sikre for børn.',
		next: 'I foråret 2027 vil eksperter fra Østersørådet fortælle regeringerne i landene omkring Østersøen, hvad børnene har sagt. De vil bede regeringerne om at sørge for, at apps og spil bliver mere sikre for børn, og at det er nemt at rapportere et problem. Når vi ved, hvad der er blevet ændret, fortæller vi dig det her.'
	},
	de: {
		heard: 'Danke, dass du uns erzählt hast, wie du dich im Internet fühlst! Die meisten Kinder, die mitgemacht haben, fühlen sich im Internet ziemlich oder sehr sicher, aber viele machen sich Sorgen, weil ihnen Leute schreiben, die sie nicht kennen, und wegen gemeiner Kommentare. Viele wissen, wen sie um Hilfe bitten können, wenn ihnen im Internet etwas Sorgen macht, aber ziemlich viele sind sich nicht sicher. Ihre größten Wünsche: Probleme sollen sich leichter melden lassen, und Apps sollen für Kinder sicherer werden.',
		next: 'Im Frühjahr 2027 erzählen Expertinnen und Experten des Ostseerats den Regierungen der Länder rund um die Ostsee, was die Kinder gesagt haben. Sie bitten die Regierungen, dafür zu sorgen, dass Apps und Spiele für Kinder sicherer werden und dass man Probleme leicht melden kann. Sobald wir wissen, was sich geändert hat, erfährst du es hier.'
	},
	et: {
		heard: 'Aitäh, et rääkisid meile, kuidas sa end internetis tunned! Enamik osalenud lapsi tunneb end internetis üsna või väga turvaliselt, kuid paljud muretsevad selle pärast, et neile kirjutavad võõrad inimesed, ja õelate kommentaaride pärast. Paljud teavad, kellelt abi küsida, kui miski internetis muret teeb, kuid päris paljud ei ole selles kindlad. Nende suurimad soovid on, et probleemidest teatamine oleks lihtsam ja et äpid oleksid lastele turvalisemad.',
		next: '2027. aasta kevadel räägivad Läänemeremaade Nõukogu eksperdid Läänemere-äärsete riikide valitsustele, mida lapsed ütlesid. Nad paluvad valitsustel hoolitseda selle eest, et äpid ja mängud oleksid lastele turvalisemad ja et probleemist oleks lihtne teatada. Kui saame teada, mis on muutunud, räägime sulle sellest siin.'
	},
	fi: {
		heard: 'Kiitos, että kerroit meille, miltä sinusta tuntuu netissä! Useimmilla mukana olleilla lapsilla on netissä melko tai hyvin turvallinen olo, mutta moni on huolissaan siitä, että tuntemattomat ihmiset kirjoittavat heille, ja ilkeistä kommenteista. Moni tietää, keneltä pyytää apua, jos jokin netissä huolestuttaa, mutta aika moni ei ole siitä varma. Lasten suurimmat toiveet ovat, että ongelmista olisi helpompi ilmoittaa ja että sovellukset olisivat lapsille turvallisempia.',
		next: 'Keväällä 2027 Itämeren valtioiden neuvoston asiantuntijat kertovat Itämeren ympärillä olevien maiden hallituksille, mitä lapset sanoivat. He pyytävät hallituksia huolehtimaan siitä, että sovelluksista ja peleistä tulee lapsille turvallisempia ja että ongelmasta on helppo ilmoittaa. Kun tiedämme, mikä on muuttunut, kerromme sen sinulle täällä.'
	},
	is: {
		heard: 'Takk fyrir að segja okkur hvernig þér líður á netinu! Flestum börnum sem tóku þátt finnst þau frekar eða mjög örugg á netinu, en mörg hafa áhyggjur af því að ókunnugir skrifi þeim og af ljótum athugasemdum. Mörg vita hvern þau geta beðið um hjálp ef eitthvað á netinu veldur þeim áhyggjum, en allmörg eru ekki viss. Stærstu óskir þeirra eru að auðveldara verði að tilkynna vandamál og að öpp verði öruggari fyrir börn.',
		next: 'Vorið 2027 munu sérfræðingar frá Eystrasaltsráðinu segja ríkisstjórnum landanna í kringum Eystrasaltið frá því sem börnin sögðu. Þeir munu biðja ríkisstjórnirnar að sjá til þess að öpp og leikir verði öruggari fyrir börn og að auðvelt sé að tilkynna vandamál. Þegar við vitum hvað hefur breyst segjum við þér frá því hér.'
	},
	lv: {
		heard: 'Paldies, ka pastāstīji mums, kā tu jūties internetā! Lielākā daļa bērnu, kuri piedalījās, internetā jūtas diezgan droši vai ļoti droši, bet daudzus satrauc tas, ka viņiem raksta nepazīstami cilvēki, un ļauni komentāri. Daudzi zina, kam lūgt palīdzību, ja internetā kaut kas satrauc, bet diezgan daudzi par to nav pārliecināti. Viņu lielākās vēlmes ir, lai par problēmām būtu vieglāk ziņot un lai lietotnes būtu bērniem drošākas.',
		next: '2027. gada pavasarī Baltijas jūras valstu padomes eksperti pastāstīs valdībām valstīs ap Baltijas jūru, ko teica bērni. Viņi lūgs valdības parūpēties, lai lietotnes un spēles kļūtu bērniem drošākas un lai par problēmu būtu viegli ziņot. Kad uzzināsim, kas ir mainījies, mēs tev to pastāstīsim šeit.'
	},
	lt: {
		heard: 'Ačiū, kad papasakojai mums, kaip jautiesi internete! Dauguma dalyvavusių vaikų internete jaučiasi gana saugiai arba labai saugiai, bet daugelis nerimauja, kad jiems rašo nepažįstami žmonės, ir dėl piktų komentarų. Daugelis žino, ko paprašyti pagalbos, jei kas nors internete neramina, tačiau nemažai vaikų tuo nėra tikri. Didžiausi jų norai – kad apie problemas būtų lengviau pranešti ir kad programėlės būtų saugesnės vaikams.',
		next: '2027 m. pavasarį Baltijos jūros valstybių tarybos ekspertai papasakos šalių aplink Baltijos jūrą vyriausybėms, ką sakė vaikai. Jie paprašys vyriausybių pasirūpinti, kad programėlės ir žaidimai taptų saugesni vaikams ir kad apie problemą būtų lengva pranešti. Kai sužinosime, kas pasikeitė, papasakosime tau čia.'
	},
	nb: {
		heard: 'Takk for at du fortalte oss hvordan du har det på nettet! De fleste barna som var med, føler seg ganske trygge eller veldig trygge på internett, men mange er bekymret for at folk de ikke kjenner, skriver til dem, og for slemme kommentarer. Mange vet hvem de kan spørre om hjelp når noe på nettet gjør dem bekymret, men ganske mange er usikre. De største ønskene deres er at det skal bli lettere å melde fra om problemer, og at apper skal bli tryggere for barn.',
		next: 'Våren 2027 skal eksperter fra Østersjørådet fortelle regjeringene i landene rundt Østersjøen hva barna har sagt. De skal be regjeringene sørge for at apper og spill blir tryggere for barn, og at det er lett å melde fra om et problem. Når vi vet hva som har endret seg, forteller vi deg det her.'
	},
	pl: {
		heard: 'Dziękujemy za twoje odpowiedzi o tym, jak się czujesz w internecie! Większość dzieci, które wzięły udział, czuje się w internecie dość bezpiecznie albo bardzo bezpiecznie, ale wiele z nich martwi się wiadomościami od obcych ludzi i niemiłymi komentarzami. Wiele dzieci wie, kogo poprosić o pomoc, gdy coś w internecie je martwi, ale sporo z nich nie jest tego pewnych. Ich największe życzenia to łatwiejsze zgłaszanie problemów i aplikacje bezpieczniejsze dla dzieci.',
		next: 'Wiosną 2027 roku eksperci z Rady Państw Morza Bałtyckiego opowiedzą rządom krajów wokół Morza Bałtyckiego, co powiedziały dzieci. Poproszą rządy, żeby zadbały o to, by aplikacje i gry były bezpieczniejsze dla dzieci i żeby łatwo było zgłosić problem. Kiedy dowiemy się, co się zmieniło, napiszemy ci o tym tutaj.'
	},
	sv: {
		heard: 'Tack för att du berättade för oss hur du har det på nätet! De flesta barn som var med känner sig ganska trygga eller väldigt trygga på internet, men många oroar sig för att folk de inte känner skriver till dem och för elaka kommentarer. Många vet vem de kan be om hjälp när något på nätet gör dem oroliga, men ganska många är osäkra. Deras största önskemål är att det ska bli lättare att anmäla problem och att appar ska bli säkrare för barn.',
		next: 'Våren 2027 kommer experter från Östersjöstaternas råd att berätta för regeringarna i länderna runt Östersjön vad barnen har sagt. De kommer att be regeringarna se till att appar och spel blir säkrare för barn och att det är lätt att anmäla ett problem. När vi vet vad som har ändrats berättar vi det för dig här.'
	},
	ru: {
		heard: 'Спасибо за твои ответы о том, как ты чувствуешь себя в интернете! Большинство детей, принявших участие, чувствуют себя в интернете довольно безопасно или очень безопасно, но многих беспокоит, что им пишут незнакомые люди, и злые комментарии. Многие знают, кого попросить о помощи, если их что-то беспокоит в интернете, но довольно многие в этом не уверены. Их самые большие пожелания — чтобы о проблемах было проще сообщать и чтобы приложения стали безопаснее для детей.',
		next: 'Весной 2027 года эксперты Совета государств Балтийского моря расскажут правительствам стран вокруг Балтийского моря, что сказали дети. Они попросят правительства позаботиться о том, чтобы приложения и игры стали безопаснее для детей и чтобы о проблеме было легко сообщить. Когда мы узнаем, что изменилось, мы расскажем тебе об этом здесь.'
	},
	uk: {
		heard: 'Дякуємо за твої відповіді про те, як ти почуваєшся в інтернеті! Більшість дітей, які взяли участь, почуваються в інтернеті досить безпечно або дуже безпечно, але багатьох турбує, що їм пишуть незнайомі люди, і злі коментарі. Багато хто знає, кого попросити про допомогу, якщо щось в інтернеті турбує, але чимало дітей у цьому не впевнені. Їхні найбільші побажання — щоб про проблеми було легше повідомляти і щоб застосунки стали безпечнішими для дітей.',
		next: 'Навесні 2027 року експерти Ради держав Балтійського моря розкажуть урядам країн навколо Балтійського моря, що сказали діти. Вони попросять уряди подбати про те, щоб застосунки та ігри стали безпечнішими для дітей і щоб про проблему було легко повідомити. Коли ми дізнаємося, що змінилося, ми розкажемо тобі про це тут.'
	}
};

/** Who answered: uneven on purpose, so that the release has a country to hide (Iceland). */
const COUNTRIES: { code: string; children: number; languages: [Language, number][] }[] = [
	{ code: 'DK', children: 36, languages: [['da', 95], ['en', 5]] },
	{ code: 'EE', children: 22, languages: [['et', 70], ['ru', 25], ['en', 5]] },
	{ code: 'FI', children: 48, languages: [['fi', 85], ['sv', 10], ['en', 5]] },
	{ code: 'DE', children: 62, languages: [['de', 85], ['uk', 6], ['ru', 4], ['en', 5]] },
	{ code: 'IS', children: 6, languages: [['is', 90], ['en', 10]] },
	{ code: 'LV', children: 20, languages: [['lv', 70], ['ru', 25], ['en', 5]] },
	{ code: 'LT', children: 26, languages: [['lt', 85], ['ru', 10], ['en', 5]] },
	{ code: 'NO', children: 32, languages: [['nb', 95], ['en', 5]] },
	{ code: 'PL', children: 70, languages: [['pl', 85], ['uk', 12], ['en', 3]] },
	{ code: 'SE', children: 78, languages: [['sv', 86], ['en', 6], ['fi', 4], ['uk', 4]] }
];
const BANDS: [Band, number][] = [['10-12', 30], ['13-15', 40], ['16-17', 30]];

// Answer tendencies by band, in the order of each question's options in DEMO_CONTENT: younger
// children feel safer and play more; teenagers are on social media and less sure where to turn.
const SMILEY: Record<Band, number[]> = { '10-12': [4, 8, 20, 38, 30], '13-15': [5, 12, 24, 39, 20], '16-17': [6, 14, 26, 38, 16] };
const YES_NO: Record<Band, [string, number][]> = {
	'10-12': [['yes', 70], ['no', 10], ['not-sure', 20]],
	'13-15': [['yes', 60], ['no', 14], ['not-sure', 26]],
	'16-17': [['yes', 58], ['no', 16], ['not-sure', 26]]
};
const SINGLE: Record<Band, number[]> = { '10-12': [35, 8, 35, 15, 7], '13-15': [25, 25, 25, 20, 5], '16-17': [15, 38, 17, 25, 5] };
/** Strangers, mean comments, pictures, scams, upsetting things: each picked on its own, then one to three kept. */
const WORRIES = [0.5, 0.45, 0.18, 0.25, 0.3];
/** School, reporting, safer apps, listening: Plackett–Luce weights for the order. */
const PRIORITIES = [1, 1.8, 1.5, 0.9];
const SKIP = 0.08;
const WRITES = 0.4;

type ThemeKey = 'strangers' | 'mean' | 'reporting' | 'apps';
const THEMES: Record<ThemeKey, string> = {
	strangers: 'Strangers and unwanted contact',
	mean: 'Mean comments and bullying',
	reporting: 'Reporting and getting help',
	apps: 'Safer apps and games'
};

/** What children wrote: short, in their own language, with nothing that could identify anyone. */
const FREE_TEXTS: { language: Language; text: string; themes: ThemeKey[] }[] = [
	{ language: 'en', text: 'Please make it easier to block people. When someone is mean in a game you have to click like five times.', themes: ['mean', 'apps'] },
	{ language: 'en', text: 'Adults should ask us before they make rules about phones, we know how the apps work.', themes: [] },
	{ language: 'en', text: 'Sometimes people I don’t know add me and ask for pictures. I just block them but younger kids might not know how.', themes: ['strangers'] },
	{ language: 'da', text: 'Det skal være nemmere at melde folk, der skriver grimme ting. Der sker ikke noget, når man gør det.', themes: ['mean', 'reporting'] },
	{ language: 'da', text: 'Vi skal lære mere om nettet i skolen, ikke kun én gang om året.', themes: [] },
	{ language: 'de', text: 'Apps sollten für Kinder automatisch auf privat stehen. Am Anfang weiß man nicht, wo man das einstellt.', themes: ['apps', 'strangers'] },
	{ language: 'de', text: 'In Spielen beleidigen sich die Leute die ganze Zeit und keiner macht was dagegen.', themes: ['mean', 'apps'] },
	{ language: 'de', text: 'Bitte hört auch uns Kindern zu und nicht nur den Eltern.', themes: [] },
	{ language: 'et', text: 'Võõrad kirjutavad mulle vahel ja see on ebamugav. Neid võiks olla lihtsam blokeerida.', themes: ['strangers', 'apps'] },
	{ language: 'et', text: 'Koolis võiks rohkem rääkida sellest, mida teha, kui keegi internetis kiusab.', themes: ['mean', 'reporting'] },
	{ language: 'fi', text: 'Netissä on tosi paljon ilkeitä kommentteja, eikä niistä ilmoittaminen auta mitään.', themes: ['mean', 'reporting'] },
	{ language: 'fi', text: 'Toivoisin että aikuiset ymmärtäis, että netti on meille tärkeä paikka olla kavereiden kanssa.', themes: [] },
	{ language: 'is', text: 'Það ætti að vera auðveldara að tilkynna fólk sem er vont á netinu.', themes: ['mean', 'reporting'] },
	{ language: 'is', text: 'Stundum skrifa ókunnugir mér og ég veit ekki hvað ég á að gera.', themes: ['strangers', 'reporting'] },
	{ language: 'lv', text: 'Gribētu, lai skolā vairāk māca, kā sevi pasargāt internetā.', themes: [] },
	{ language: 'lv', text: 'Spēlēs daudzi raksta rupjības, un nekas par to nenotiek.', themes: ['mean', 'apps'] },
	{ language: 'lt', text: 'Norėčiau, kad programėlės būtų saugesnės vaikams ir nerodytų baisių vaizdo įrašų.', themes: ['apps'] },
	{ language: 'lt', text: 'Nepažįstami žmonės kartais rašo ir prašo nuotraukų. Tai labai nemalonu.', themes: ['strangers'] },
	{ language: 'nb', text: 'Det burde være lettere å si ifra når noen er slemme på nettet. Ofte skjer det ingenting.', themes: ['mean', 'reporting'] },
	{ language: 'nb', text: 'Voksne må høre mer på oss, vi vet hvordan appene fungerer.', themes: [] },
	{ language: 'pl', text: 'Chciałabym, żeby w grach dało się łatwiej zgłaszać osoby, które wyzywają innych.', themes: ['mean', 'reporting', 'apps'] },
	{ language: 'pl', text: 'Obcy ludzie piszą do mnie na czacie i pytają, ile mam lat. To jest dziwne.', themes: ['strangers'] },
	{ language: 'pl', text: 'W szkole powinno być więcej lekcji o bezpieczeństwie w internecie.', themes: [] },
	{ language: 'sv', text: 'Det borde vara lättare att anmäla elaka kommentarer. Ibland händer ingenting fast man anmäler.', themes: ['mean', 'reporting'] },
	{ language: 'sv', text: 'Appar borde vara säkra från början så att man inte måste ändra inställningarna själv.', themes: ['apps'] },
	{ language: 'sv', text: 'Jag vet inte alltid vem jag ska fråga om något händer på nätet.', themes: ['reporting'] },
	{ language: 'ru', text: 'Хочу, чтобы незнакомые люди не могли писать детям в играх.', themes: ['strangers', 'apps'] },
	{ language: 'ru', text: 'Взрослые должны больше слушать, что мы думаем про интернет.', themes: [] },
	{ language: 'uk', text: 'Було б добре, якби в школі більше розповідали, як захиститися в інтернеті.', themes: [] },
	{ language: 'uk', text: 'Іноді в чатах пишуть дуже образливі речі, і ніхто нічого не робить.', themes: ['mean'] }
];

/** Answers a moderator would not publish: the first English writers get these instead. */
const REJECTED = ['asdfghjkl', 'this is so boring lol'];
/** …and one whose insult a moderator removes before publishing. */
const REDACTED = { text: 'In games people call you an idiot when you lose and then you don’t want to play anymore.', span: 'an idiot', themes: ['mean', 'apps'] as ThemeKey[] };

const CHECKLIST_NOTE = 'Confirmed for the autumn 2026 run, as for the open demo consultation.';

/**
 * Ids for questions, options and themes, the same in every fresh demo: suppression breaks ties by
 * cell key, and the keys hold these ids, so random ones would hide different cells each time.
 */
function fixedId(name: string): string {
	const hex = createHash('sha256').update(`voices-demo-released:${name}`).digest('hex');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${(8 | (parseInt(hex[16], 16) & 3)).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** A small fast PRNG with a 32-bit state: the same children on every fresh demo. */
function mulberry32(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function weighted<T>(random: () => number, entries: [T, number][]): T {
	const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
	let at = random() * total;
	for (const [value, weight] of entries) {
		at -= weight;
		if (at < 0) return value;
	}
	return entries[entries.length - 1][0];
}

const byIndex = (ids: string[], weights: number[]): [string, number][] => ids.map((id, i) => [id, weights[i] ?? 1]);

/** Inserts in slices: one statement per slice stays far below PostgreSQL's 65 535 parameters. */
async function insertAll<T>(rows: T[], insert: (slice: T[]) => Promise<unknown>, size = 500): Promise<void> {
	for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

/** Adds the released demo consultation unless it is there; answers whether it added it. */
export async function seedReleasedDemo(db: Db): Promise<boolean> {
	const [existing] = await db.select({ id: consultations.id }).from(consultations).where(eq(consultations.id, DEMO_RELEASED_ID));
	if (existing) return false;
	const staff = await db
		.select({ id: staffUsers.id, email: staffUsers.email })
		.from(staffUsers)
		.where(inArray(staffUsers.email, ['facilitator@demo.voices', 'moderator@demo.voices', 'moderator2@demo.voices']));
	const idOf = (email: string) => staff.find((person) => person.email === email)?.id;
	const owner = idOf('facilitator@demo.voices');
	const moderator = idOf('moderator@demo.voices');
	const approver = idOf('moderator2@demo.voices');
	if (!owner || !moderator || !approver) return false;

	const [created] = await db
		.insert(consultations)
		.values({
			id: DEMO_RELEASED_ID,
			state: 'released',
			sourceLanguage: 'en',
			languages: [...LANGUAGES],
			countries: COUNTRIES.map((country) => country.code),
			ageBands: [...AGE_BANDS],
			consentPolicy: 'country-table',
			suppressionThreshold: 10,
			retentionDays: 365,
			timeZone: 'Europe/Stockholm',
			opensAt: OPENS_AT,
			closesAt: CLOSES_AT,
			safeguardingLeadId: moderator,
			ethicsReference: 'DEMO-ETHICS-2026-B',
			dpiaReference: 'DEMO-DPIA-2026-B',
			legalBasis: 'GDPR Art. 6(1)(e): a task carried out in the public interest (demo)',
			ethicsChecklist: Object.fromEntries(ETHICS_REQUIREMENTS.map((requirement) => [requirement, { confirmed: true, note: CHECKLIST_NOTE }])),
			createdAt: new Date('2026-08-10T08:00:00Z'),
			updatedAt: PUBLISHED_AT
		})
		.onConflictDoNothing()
		.returning({ id: consultations.id });
	if (!created) return false;
	const consultationId = DEMO_RELEASED_ID;
	await db.insert(consultationMembers).values({ consultationId, userId: owner, role: 'owner' });

	// the same questions and texts as DEMO2026, written as seedDemoConsultation writes them, but
	// with ids made here so that everything goes in a handful of statements
	const texts: (typeof consultationTexts.$inferInsert)[] = [];
	const add = (subjectId: string | null, field: string, pick: (content: DemoContent, language: Language) => Levels | undefined) => {
		for (const language of LANGUAGES) {
			const levels = pick(DEMO_CONTENT[language], language);
			if (!levels) continue;
			for (const level of WORDING_LEVELS) texts.push({ consultationId, subjectId, field, language, level, text: levels[level] });
		}
	};
	add(null, 'title', (_, language) => ({ child: TITLE[language], teen: TITLE[language], adult: TITLE[language] }));
	for (const field of ['purpose', 'audience', 'feedbackPlan'] as const) add(null, field, (content) => content[field]);
	const questionRows: (typeof questions.$inferInsert & { id: string })[] = [];
	const optionRows: (typeof questionOptions.$inferInsert & { id: string })[] = [];
	const optionsOf = new Map<string, string[]>();
	for (const [index, shape] of DEMO_QUESTIONS.entries()) {
		const id = fixedId(`question:${index}`);
		questionRows.push({ id, consultationId, position: index + 1, kind: shape.kind, maxChoices: shape.maxChoices ?? null, maxLength: shape.maxLength ?? null, sensitive: shape.sensitive ?? false });
		add(id, 'prompt', (content) => content.questions[index].prompt);
		add(id, 'body', (content) => content.questions[index].body);
		add(id, 'hint', (content) => content.questions[index].hint);
		const ids: string[] = [];
		for (let option = 0; option < shape.options; option++) {
			const optionId = fixedId(`option:${index}:${option}`);
			ids.push(optionId);
			optionRows.push({ id: optionId, questionId: id, position: option + 1 });
			add(optionId, 'label', (content) => content.questions[index].options?.[option]);
		}
		optionsOf.set(id, ids);
	}
	await db.insert(questions).values(questionRows);
	if (optionRows.length) await db.insert(questionOptions).values(optionRows);
	await insertAll(texts, (slice) => db.insert(consultationTexts).values(slice));

	// the children, drawn from a fixed seed; only response and answer ids (and receipts) are random
	const random = mulberry32(20261015);
	const responseRows: (typeof responses.$inferInsert)[] = [];
	const answerRows: (typeof answers.$inferInsert & { id: string })[] = [];
	const written: { answerId: string; language: Language }[] = [];
	const pool = (language: Language) => FREE_TEXTS.filter((entry) => entry.language === language);
	for (const country of COUNTRIES) {
		for (let child = 0; child < country.children; child++) {
			const band = weighted(random, BANDS);
			const language = weighted(random, country.languages);
			const day = new Date(Date.UTC(2026, 8, 1 + Math.floor(random() * WINDOW_DAYS))).toISOString().slice(0, 10);
			const responseId = randomUUID();
			responseRows.push({ id: responseId, consultationId, language, country: country.code, ageBand: band, day, receiptHash: randomBytes(32).toString('hex') });
			for (const question of questionRows) {
				if (question.kind === 'info') continue;
				const options = optionsOf.get(question.id)!;
				const answer = { id: randomUUID(), responseId, questionId: question.id, skipped: false, choices: null as string[] | null, ranks: null as Record<string, number> | null, text: null as string | null, redactions: null, flagIds: null };
				if (question.kind === 'free-text') {
					if (random() < WRITES && pool(language).length > 0) written.push({ answerId: answer.id, language });
					else answer.skipped = true;
				} else if (random() < SKIP) {
					answer.skipped = true;
				} else if (question.kind === 'smiley') {
					answer.choices = [weighted(random, byIndex(options, SMILEY[band]))];
				} else if (question.kind === 'yes-no') {
					answer.choices = [weighted(random, YES_NO[band])];
				} else if (question.kind === 'single') {
					answer.choices = [weighted(random, byIndex(options, SINGLE[band]))];
				} else if (question.kind === 'multiple') {
					const picked = options.filter((_, i) => random() < (WORRIES[i] ?? 0.3));
					if (picked.length === 0) picked.push(weighted(random, byIndex(options, WORRIES)));
					const most = question.maxChoices ?? picked.length;
					while (picked.length > most) picked.splice(Math.floor(random() * picked.length), 1);
					answer.choices = picked;
				} else if (question.kind === 'ranking') {
					const left = byIndex(options, PRIORITIES);
					const ranks: Record<string, number> = {};
					for (let place = 1; left.length > 0; place++) {
						const chosen = weighted(random, left);
						ranks[chosen] = place;
						left.splice(left.findIndex(([id]) => id === chosen), 1);
					}
					answer.ranks = ranks;
				}
				answerRows.push(answer);
			}
		}
	}

	// what moderators made of the free texts: most approved and tagged, a few not
	const decisionRows: (typeof moderationDecisions.$inferInsert)[] = [];
	const tagRows: (typeof answerThemes.$inferInsert)[] = [];
	const freeText = questionRows.find((question) => question.kind === 'free-text')!;
	const themeIds = Object.fromEntries(Object.keys(THEMES).map((key) => [key, fixedId(`theme:${key}`)])) as Record<ThemeKey, string>;
	const textOf = new Map<string, string>();
	const specials = [...REJECTED.map((text) => ({ text, decision: 'reject' as const })), { text: REDACTED.text, decision: 'redact' as const }];
	let seen = 0;
	for (const { answerId, language } of written) {
		const special = language === 'en' ? specials.shift() : undefined;
		const entry = special ? null : pool(language)[Math.floor(random() * pool(language).length)];
		const text = special?.text ?? entry!.text;
		textOf.set(answerId, text);
		// decided in the fortnight after closing, one after another
		const decidedAt = new Date(CLOSES_AT.getTime() + 86_400_000 + seen++ * 3_600_000);
		const decision = special?.decision ?? 'approve';
		const published = decision === 'reject' ? null : decision === 'redact' ? text.replace(REDACTED.span, '[removed]') : text;
		decisionRows.push({ answerId, decision, text: published, decidedBy: moderator, decidedAt, state: 'final' });
		const tags = decision === 'reject' ? [] : decision === 'redact' ? REDACTED.themes : entry!.themes;
		for (const tag of tags) tagRows.push({ answerId, themeId: themeIds[tag] });
	}
	if (specials.length > 0) throw new Error('the released demo needs more English free texts for its moderation examples');
	for (const answer of answerRows) if (textOf.has(answer.id)) answer.text = textOf.get(answer.id)!;

	await insertAll(responseRows, (slice) => db.insert(responses).values(slice));
	await insertAll(answerRows, (slice) => db.insert(answers).values(slice));
	await db.insert(themes).values((Object.keys(THEMES) as ThemeKey[]).map((key) => ({ id: themeIds[key], questionId: freeText.id, label: THEMES[key], createdBy: moderator })));
	await insertAll(decisionRows, (slice) => db.insert(moderationDecisions).values(slice));
	await insertAll(tagRows, (slice) => db.insert(answerThemes).values(slice));
	// some children started and did not finish; none withdrew
	await db.insert(consultationCounters).values({ consultationId, started: Math.round(responseRows.length * 1.12), finished: responseRows.length });

	const design = await readConsultation(db, consultationId);
	const snapshot = await buildSnapshot(db, design!, { languages: [...LANGUAGES] });
	await db.insert(releases).values({
		consultationId,
		version: 1,
		state: 'published',
		snapshot,
		texts: DEMO_RELEASED_TEXTS,
		preparedBy: moderator,
		preparedAt: PREPARED_AT,
		approvedBy: approver,
		publishedAt: PUBLISHED_AT
	});
	await db.insert(publicResults).values({ consultationId, slug: DEMO_RELEASED_SLUG, madePublicBy: owner, madePublicAt: PUBLISHED_AT });
	return true;
}
