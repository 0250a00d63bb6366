/**
 * Language data for screening personal data (index.ts, addresses.ts): phrases after which a
 * name follows, street words, what follows a house number, postcode forms and the words people
 * use for "@" and "." in an e-mail address.
 *
 * Every string here except the stopwords is a regular-expression SOURCE, matched with the flags
 * `giu` on normalised text (normalise.ts: NFKC, dashes of every kind as `-`) whose runs of white
 * space are collapsed into one character (matching.ts). Case does not matter, so the sources
 * are written in lower case. Word boundaries are written as `(?<!\p{L})` and `(?!\p{L})`,
 * because `\b` knows only ASCII letters, and only where index.ts does not already bound the
 * joined pattern (see each export). Nothing repeats without bound (a word is `\p{L}{1,20}`), so
 * every source is linear in its input: tests/unit/screening/redos.test.ts checks them with
 * recheck as index.ts, addresses.ts and contacts.ts compile them, with every other pattern of
 * screening (`npx vitest run --project unit tests/unit/screening/redos.test.ts`: about 7 s).
 *
 * Children type without diacritics, without apostrophes and with the spelling of speech, so
 * the common forms of that are here too ("heisse", "mans vards", "mam na imie", "im called").
 * Strings a native speaker should still review are marked `REVIEW` below.
 */

import type { Language } from '../../i18n/languages.ts';

/** Any apostrophe a child's keyboard makes. */
const A = "['’ʼ]";

/*
 * Phrases are matched on text whose runs of white space are collapsed (matching.ts): a space in
 * a phrase stands for any run of spaces and tabs, and so does `\x20`, which is written where a
 * space stands next to a quantifier. Phrases need no word boundaries of their own: index.ts puts
 * `(?<![\p{L}\p{N}])` before the joined phrases and a separator (space, comma, colon, dash)
 * after them. Word gaps are bounded (`\p{L}{1,20}`), so that recheck proves the joined pattern
 * linear at once.
 */

// ─── Self-introductions ────────────────────────────────────────────────────────────────────────

/*
 * How index.ts uses them: every language's SELF_INTRODUCTIONS are applied to every answer, and
 * the one or two words after the phrase (separated by 1–3 of space, tab, comma, colon or dash)
 * become `[name]`, unless the first is one of the language's NAME_STOPWORDS (or English ones).
 * WEAK_SELF_INTRODUCTIONS are applied only in the answer's language (and English), and only when
 * the next word is capitalised in what the child wrote.
 *
 * In one language the sources are joined into one alternation, and at one position the first
 * alternative that matches wins: a phrase that is the start of a longer one comes after it.
 *
 * "I am Anna and I'm 12": a generic phrase is strong only with a lookahead for what follows a
 * name in a self-introduction (an age, where one lives), so "I am tired and …" is left alone.
 */

export const SELF_INTRODUCTIONS: Record<Language, string[]> = {
	en: [
		// "my name is", "my names anna", "my friend's name is", "my best friend's name was", "her name is"
		String.raw`(?:my|his|her|their|our) (?:[\p{L}'’ʼ]{1,20}\x20){0,2}(?:nick|sur)?name(?:${A}?s| is| was)`,
		// "my sister is called", "my teacher's called", "my dog named"
		String.raw`(?:my|his|her|their|our) (?:\p{L}{1,20}\x20){1,2}(?:(?:is|was|are) (?:called|named)|named)`,
		String.raw`(?:my|his|her|their|our) (?:\p{L}{1,20}\x20)?\p{L}{1,20}${A}s called`,
		String.raw`(?:he|she|they)(?:${A}s|${A}re| is| are) (?:called|named)`,
		String.raw`i(?:${A}?m| am) (?:called|named|known as)`,
		String.raw`calls? me`,
		String.raw`i go by`,
		String.raw`name(?=\x20?:)`,
		String.raw`i(?: am|${A}m)(?= \p{L}{1,20}(?:\x20?,| and) (?:i(?: am|${A}?m) )?\d{1,2}(?!\d))`,
		String.raw`i(?: am|${A}m)(?= \p{L}{1,20}(?:\x20?,| and) i(?: live| come from| am from|${A}m from)(?!\p{L}))`
	],
	da: [
		String.raw`jeg hed(?:der|de|er)?`,
		String.raw`(?:mit|hans|hendes|vores) (?:\p{L}{1,20}\x20){0,2}(?:for|efter|mellem|kæle|kaele)?navn (?:er|var)`,
		// "min veninde hedder", "min bedste ven hedder"
		String.raw`(?:min|mit|mine|hans|hendes|vores) (?:\p{L}{1,20}\x20){0,2}hed(?:der)?`,
		String.raw`(?:han|hun) hed(?:der)?`,
		String.raw`jeg (?:bliver|blir|blev) kaldt`,
		String.raw`jeg kaldes`,
		String.raw`kald(?:er)? mig`,
		String.raw`navn(?=\x20?:)`,
		String.raw`jeg er(?= \p{L}{1,20}(?:\x20?,| og) (?:jeg )?(?:er )?\d{1,2}(?!\d))`,
		String.raw`jeg er(?= \p{L}{1,20}(?:\x20?,| og) (?:jeg )?(?:bor|kommer fra)(?!\p{L}))`
	],
	de: [
		String.raw`ich hei(?:ße|sse|se|ß|ss)`,
		String.raw`ich hie(?:ß|ss)`,
		String.raw`(?:mein|sein|ihr|unser)(?:e[rs]?)? (?:\p{L}{1,20}\x20){0,2}(?:vor|nach|spitz|ruf|kose)?name (?:ist|lautet|war)`,
		// "der Name meiner Schwester ist", "Name von meinem Freund ist"
		String.raw`name (?:meiner|meines|seiner|ihrer|von) (?:\p{L}{1,20}\x20){1,2}(?:ist|lautet|war)`,
		// "meine Schwester heißt", "mein bester Freund heisst"
		String.raw`(?:mein|sein|ihr|unser)(?:e[mnrs]?)? (?:\p{L}{1,20}\x20){1,2}hei(?:ßt|sst|st)`,
		String.raw`(?:er|sie|der|die) hei(?:ßt|sst|st)`,
		String.raw`nenn(?:t|en|e)? mich`,
		// "ich bin der Paul" (southern, spoken). REVIEW: "ich bin der Meinung" relies on stopwords
		String.raw`ich bin (?:der|die)`,
		String.raw`name(?=\x20?:)`,
		String.raw`ich bin(?= \p{L}{1,20}(?:\x20?,| und) (?:ich )?(?:bin )?\d{1,2}(?!\d))`,
		String.raw`ich bin(?= \p{L}{1,20}(?:\x20?,| und) (?:ich )?(?:wohne|komme aus)(?!\p{L}))`
	],
	et: [
		String.raw`(?:minu|mu) nimi(?: on)?`,
		String.raw`nimi on`,
		String.raw`nimeks on`,
		// "sõber nimega Mari". REVIEW: also "selle nimega seotud" (the next word is then a stopword)
		String.raw`nimega`,
		String.raw`mind (?:kutsutakse|hüütakse|huutakse|kutsuvad|hüüavad|huuavad)`,
		String.raw`kutsu(?:ge)? mind`,
		String.raw`nimi(?=\x20?:)`,
		String.raw`(?:(?:ma|mina) )?olen(?= \p{L}{1,20}(?:\x20?,| ja) (?:(?:ma |mina )?olen )?\d{1,2}(?!\d))`,
		String.raw`(?:(?:ma|mina) )?olen(?= \p{L}{1,20}(?:\x20?,| ja) (?:(?:ma|mina) )?(?:elan|käin|kain)(?!\p{L}))`
	],
	fi: [
		String.raw`nime(?:ni|nsä|nsa) on`,
		// "minun nimi on", "mun kaverin nimi on", "hänen nimi on"
		String.raw`nimi on`,
		// "siskoni on nimeltään", "hän on nimeltään"
		String.raw`nimelt(?:ä(?:än|ni)|a(?:an|ni))`,
		// REVIEW: "mua sanotaan Villeksi" – the name then comes inflected
		String.raw`(?:minua|mua|minuu|miuta|häntä|hanta) (?:kutsutaan|sanotaan|kutsuu|kutsuvat|sanoo|sanovat)`,
		String.raw`kutsu(?:kaa)? (?:minua|mua|minuu)`,
		String.raw`nimi(?=\x20?:)`,
		String.raw`(?:(?:minä|mina|mä|ma|mie|mää) )?(?:olen|oon)(?= \p{L}{1,20}(?:\x20?,| ja) (?:(?:minä |mina |mä |ma |mie )?(?:olen|oon) )?\d{1,2}(?!\d))`,
		String.raw`(?:(?:minä|mina|mä|ma|mie|mää) )?(?:olen|oon)(?= \p{L}{1,20}(?:\x20?,| ja) (?:(?:minä|mina|mä|ma|mie) )?asun(?!\p{L}))`
	],
	is: [
		String.raw`(?:é|e)g h(?:eiti|ét|et)`,
		String.raw`(?:fullt )?nafn(?:i[ðd])? (?:mitt|hans|hennar) (?:er|var)`,
		// "vinur minn heitir", "mín besta vinkona heitir", "kennarinn okkar heitir"
		String.raw`(?:minn|mín|min|mitt|mína|mina|minni|hans|hennar|okkar) (?:\p{L}{1,20}\x20){0,2}h(?:eitir|ét)`,
		String.raw`(?:hann|hún|hun|hán|han) h(?:eitir|ét)`,
		// REVIEW: the forms of "I am called" and "call me" as Icelandic children write them
		String.raw`(?:é|e)g er (?:kölluð|kolluð|kollud|kallaður|kalladur)`,
		String.raw`kalla(?:ðu|du|ð|d) mig`,
		String.raw`nafn(?=\x20?:)`,
		String.raw`(?:é|e)g er(?= \p{L}{1,20}(?:\x20?,| og) (?:(?:(?:é|e)g )?er )?\d{1,2}(?!\d))`,
		String.raw`(?:é|e)g er(?= \p{L}{1,20}(?:\x20?,| og) (?:(?:é|e)g )?(?:bý|by|á heima|a heima)(?!\p{L}))`
	],
	lv: [
		// "mani sauc", "mani visi sauc", "viņu sauc"
		String.raw`(?:mani|vi[ņn]u) (?:visi |draugi )?sauc`,
		// "manu draugu sauc", "manu labāko draudzeni sauc"
		String.raw`manu (?:\p{L}{1,20}\x20){1,2}sauc`,
		// "mans vārds ir", "mana drauga vārds ir", "viņas vārds", "man vārds ir"
		String.raw`(?:man(?:s|a|as|u)?|vi[ņn]a[smi]?) (?:\p{L}{1,20}\x20){0,2}(?:uz)?v[āa]rds(?: ir)?`,
		// "draugs vārdā Jānis". REVIEW: also "skolas vārdā" (on behalf of): how often does a word follow?
		String.raw`v[āa]rd[āa]`,
		String.raw`sauc(?:iet)? mani`,
		String.raw`(?:v[āa]rds|uzv[āa]rds)(?=\x20?:)`,
		String.raw`(?:es )?esmu(?= \p{L}{1,20}(?:\x20?,| un) (?:man (?:ir )?)?\d{1,2}(?!\d))`,
		String.raw`(?:es )?esmu(?= \p{L}{1,20}(?:\x20?,| un) (?:es )?dz[īi]voju(?!\p{L}))`
	],
	lt: [
		// "mano vardas (yra)", "mano draugo vardas yra", "jos vardas", "mano pavardė"
		String.raw`(?:mano|jo|jos|mūsų|musu) (?:\p{L}{1,20}\x20){0,2}(?:vardas|pavard[ėe])(?: yra)?`,
		String.raw`(?:mane|jį|ją|ja) (?:visi |draugai )?vadina`,
		String.raw`vadink(?:ite)? mane`,
		// "draugas vardu Jonas". REVIEW: also "savo vardu" (in one's own name)
		String.raw`vardu`,
		String.raw`(?:vardas|pavard[ėe])(?=\x20?:)`,
		String.raw`(?:(?:aš|as) )?esu(?= \p{L}{1,20}(?:\x20?,| ir) (?:man (?:yra )?)?\d{1,2}(?!\d))`,
		String.raw`(?:(?:aš|as) )?esu(?= \p{L}{1,20}(?:\x20?,| ir) (?:(?:aš|as) )?gyvenu(?!\p{L}))`
	],
	nb: [
		String.raw`(?:jeg|eg) he(?:ter|iter|tte|itte|t)`,
		String.raw`(?:mitt|hans|hennes|vårt) (?:\p{L}{1,20}\x20){0,2}(?:for|etter|mellom|kalle)?na(?:vn|mn) (?:er|var)`,
		String.raw`(?:navnet|namnet|fornavnet|etternavnet|kallenavnet) (?:mitt|hans|hennes) (?:er|var)`,
		// "vennen min heter", "min beste venn heter", "søstera mi heiter"
		String.raw`(?:mi(?:n|tt|ne)?|hans|hennes|vårt?) (?:\p{L}{1,20}\x20){0,2}he(?:ter|iter)`,
		String.raw`(?:han|hun|hu|ho) he(?:ter|iter)`,
		String.raw`(?:jeg|eg) (?:blir|vert|ble) kalt`,
		String.raw`kall(?:er)? meg`,
		String.raw`na(?:vn|mn)(?=\x20?:)`,
		String.raw`(?:jeg|eg) er(?= \p{L}{1,20}(?:\x20?,| og) (?:(?:jeg|eg) )?(?:er )?\d{1,2}(?!\d))`,
		String.raw`(?:jeg|eg) er(?= \p{L}{1,20}(?:\x20?,| og) (?:(?:jeg|eg) )?(?:bor|kommer fra)(?!\p{L}))`
	],
	pl: [
		// "mam na imię", "ma na imię", "na imię mam", "na imię mi"
		String.raw`ma(?:m)? na imi[eę]`,
		String.raw`na imi[eę] (?:mam|mi|ma)`,
		String.raw`nazywam si[eę]`,
		// "moja siostra nazywa się", "mój najlepszy kolega nazywa się"
		String.raw`(?:m[oó]j|moja|moje|mojego|mojej|jego|jej|nasz|nasza|naszej|naszego) (?:\p{L}{1,20}\x20){0,2}nazywa si[eę]`,
		String.raw`(?:on|ona) nazywa si[eę]`,
		String.raw`(?:moje|jego|jej) (?:pe[łl]ne |prawdziwe )?(?:imi[eę]|nazwisko) to`,
		String.raw`(?:m[oó]wi[ąa]|wo[łl]aj[ąa]) na mnie`,
		String.raw`(?:imi[eę]|nazwisko)(?=\x20?:)`,
		String.raw`(?:ja )?jestem(?= \p{L}{1,20}(?:\x20?,| i) (?:mam )?\d{1,2}(?!\d))`,
		String.raw`(?:ja )?jestem(?= \p{L}{1,20}(?:\x20?,| i) mieszkam(?!\p{L}))`
	],
	sv: [
		String.raw`jag? het(?:er|te)`,
		String.raw`(?:mitt|hans|hennes|vårt|deras) (?:\p{L}{1,20}\x20){0,2}(?:för|for|efter|smek|mellan)?namn (?:är|ar|var)`,
		// "min kompis heter", "min bästa vän heter"
		String.raw`(?:min|mitt|mina|hans|hennes|vår|vårt) (?:\p{L}{1,20}\x20){0,2}het(?:er|te)`,
		String.raw`(?:han|hon|hen) het(?:er|te)`,
		String.raw`jag kallas`,
		String.raw`kalla(?:r)? mig`,
		String.raw`namn(?=\x20?:)`,
		String.raw`jag (?:är|ar)(?= \p{L}{1,20}(?:\x20?,| och) (?:jag )?(?:(?:är|ar) )?\d{1,2}(?!\d))`,
		String.raw`jag (?:är|ar)(?= \p{L}{1,20}(?:\x20?,| och) (?:jag )?(?:bor|kommer från|kommer fran)(?!\p{L}))`
	],
	ru: [
		String.raw`м[еи]ня (?:з[ао]вут|звать|кличут)`,
		// "мою сестру зовут", "моего лучшего друга зовут", "её брата зовут"
		String.raw`(?:мою|моего|моих|нашу|нашего|наших|его|е[её]) (?:\p{L}{1,20}\x20){1,2}(?:з[ао]вут|звать)`,
		String.raw`(?:его|е[её]|их) (?:з[ао]вут|звать)`,
		String.raw`(?:з[ао]вите|зови|называйте|называй) меня`,
		String.raw`(?:мо[её]|его|е[её]) (?:полное |настоящее )?имя`,
		String.raw`(?:моя|его|е[её]) фамилия`,
		// "друг по имени Саша"
		String.raw`по имени`,
		String.raw`(?:имя|фамилия)(?=\x20?:)`,
		// "я — Аня" (normalise.ts writes the dash as "-"). REVIEW: strong, so "я — ученик" relies on stopwords
		String.raw`я(?=\x20?[-–—])`,
		String.raw`я(?= \p{L}{1,20}(?:\x20?,| и) (?:мне \d{1,2}(?!\d)|\d{1,2} (?:лет|год)))`,
		String.raw`я(?= \p{L}{1,20}(?:\x20?,| и) (?:я )?живу(?!\p{L}))`
	],
	uk: [
		String.raw`мене (?:звати|звуть|кличуть)`,
		// "мою сестру звати", "мого найкращого друга звуть"
		String.raw`(?:мою|мого|моїх|нашу|нашого|наших|його|її|іі) (?:\p{L}{1,20}\x20){1,2}(?:звати|звуть)`,
		String.raw`(?:його|її|іі|їх) (?:звати|звуть)`,
		String.raw`(?:клич|кличте|називай|називайте) мене`,
		String.raw`(?:мо[єе]|його|її) (?:повне |справжнє )?ім${A}?я`,
		String.raw`(?:моє|мое|його|її) прізвище`,
		// "друг на ім’я Сашко"
		String.raw`на ім${A}?я`,
		String.raw`(?:ім${A}?я|прізвище)(?=\x20?:)`,
		String.raw`я(?=\x20?[-–—])`,
		String.raw`я(?= \p{L}{1,20}(?:\x20?,| [іи]) (?:мені \d{1,2}(?!\d)|\d{1,2} (?:років|роки|рік)))`,
		String.raw`я(?= \p{L}{1,20}(?:\x20?,| [іи]) (?:я )?живу(?!\p{L}))`
	]
};

/** Generic phrases ("i am", "jestem", "ma olen", "я"): a name only when capitalised after them. */
export const WEAK_SELF_INTRODUCTIONS: Record<Language, string[]> = {
	en: [
		String.raw`(?:hi|hello|hey)(?:\x20?[,!])? i(?:${A}?m| am)`,
		String.raw`i(?: am|${A}m)`,
		String.raw`my (?:best |older |younger |little |big |step)?(?:friend|bff|bestie|brother|sister|cousin|teacher|classmate|boyfriend|girlfriend|neighbou?r|coach)`,
		String.raw`(?:mr|mrs|ms|mx)\.?`
	],
	da: [
		String.raw`jeg er`,
		String.raw`min (?:\p{L}{1,20}\x20)?(?:ven|veninde|kammerat|bror|søster|soster|fætter|faetter|kusine|lærer|laerer|lærerinde|klasselærer|træner|kæreste|kaereste|nabo)`,
		String.raw`(?:fru|hr\.?)`
	],
	de: [
		String.raw`ich bin${A}?s`,
		String.raw`ich bin`,
		String.raw`(?:mein|meine|meinem|meiner|meinen) (?:\p{L}{1,20}\x20)?(?:freund|freundin|bruder|schwester|cousin|cousine|lehrer|lehrerin|klassenlehrer|klassenlehrerin|kumpel|nachbar|nachbarin|trainer|trainerin)`,
		String.raw`(?:frau|herr|herrn)`
	],
	et: [
		String.raw`(?:ma|mina) olen`,
		String.raw`olen`,
		String.raw`(?:minu|mu) (?:\p{L}{1,20}\x20)?(?:sõber|sober|sõbranna|sobranna|vend|õde|ode|õpetaja|opetaja|naaber)`
	],
	fi: [
		String.raw`(?:minä|mina|mä|ma|mie|mää) (?:olen|oon)`,
		String.raw`olen`,
		String.raw`(?:mun|minun|miun) (?:\p{L}{1,20}\x20)?(?:kaveri|ystävä|ystava|veli|sisko|sisar|opettaja|poikaystävä|tyttöystävä|naapuri)`,
		String.raw`(?:kaverini|ystäväni|ystavani|veljeni|siskoni|opettajani|opettaja)`
	],
	is: [
		String.raw`(?:é|e)g er`,
		String.raw`(?:vinur|vinkona|bróðir|brodir|systir|frændi|frænka|kennarinn|kennari|kærasti|kærasta) (?:minn|mín|min)`
	],
	lv: [
		String.raw`(?:es )?esmu`,
		String.raw`(?:mans|mana) (?:\p{L}{1,20}\x20)?(?:draugs|draudzene|brālis|bralis|māsa|masa|skolotājs|skolotajs|skolotāja|skolotaja|puisis|meitene|kaimiņš|kaimins)`
	],
	lt: [
		String.raw`(?:(?:aš|as) )?esu`,
		String.raw`mano (?:\p{L}{1,20}\x20)?(?:draugas|draugė|drauge|brolis|sesė|sese|sesuo|mokytojas|mokytoja|vaikinas|mergina|kaimynas|kaimynė)`
	],
	nb: [
		String.raw`(?:jeg|eg) er`,
		String.raw`(?:vennen|venninna|venninnen|kompisen|broren|søstera|søsteren|læreren|lærerinnen|kjæresten|naboen) (?:min|mi|mitt)`,
		String.raw`(?:min|mi) (?:\p{L}{1,20}\x20)?(?:venn|venninne|kompis|bror|søster|soster|lærer|laerer|lærerinne|kjæreste|nabo)`
	],
	pl: [
		String.raw`(?:ja )?jestem`,
		String.raw`(?:m[oó]j|moja|mojego|mojej|moim|moją) (?:\p{L}{1,20}\x20)?(?:przyjaciel|przyjaciółka|przyjaciolka|kolega|koleżanka|kolezanka|brat|siostra|kuzyn|kuzynka|nauczyciel|nauczycielka|wychowawca|wychowawczyni|chłopak|chlopak|dziewczyna)`,
		String.raw`(?:pani|pan|panią|pana)`
	],
	sv: [
		String.raw`jag (?:är|ar)`,
		String.raw`(?:min|mitt) (?:\p{L}{1,20}\x20)?(?:kompis|vän|van|väninna|bror|syster|lärare|larare|fröken|froken|tränare|pojkvän|flickvän|kusin|granne)`,
		String.raw`(?:fröken|froken)`
	],
	ru: [
		String.raw`я`,
		String.raw`(?:мой|моя|моего|мою|моему|моей) (?:\p{L}{1,20}\x20)?(?:друг|подруга|подруге|подругу|друга|брат|брата|сестра|сестру|учитель|учительница|парень|девушка|одноклассник|одноклассница)`
	],
	uk: [
		String.raw`я`,
		String.raw`(?:мій|моя|мого|мою|моєму|моїй) (?:\p{L}{1,20}\x20)?(?:друг|друга|подруга|подругу|брат|брата|сестра|сестру|вчитель|вчителька|учитель|учителька|хлопець|дівчина|однокласник|однокласниця)`
	]
};

/**
 * Words that can follow an introduction and are not a name ("I am happy", "jestem smutna",
 * "ich bin der Meinung"), lower-case. The word after a phrase is taken only when it begins with
 * a letter, so ages ("I am 12") need no entry. German lists nouns, which are capitalised.
 * Names that are also ordinary words ("Ilma", "Onni", "Bo", "Maja") are deliberately absent.
 */
export const NAME_STOPWORDS: Record<Language, string[]> = {
	en: [
		'a', 'an', 'the', 'not', 'so', 'very', 'really', 'just', 'also', 'too', 'still', 'only', 'from', 'and', 'in', 'at',
		'on', 'with', 'to', 'after', 'is', 'are', 'i', 'me', 'my', 'you', 'him', 'her', 'us', 'them', 'if', 'when', 'back',
		'please', 'happy', 'sad', 'glad', 'sorry', 'every', 'scared', 'afraid', 'tired', 'angry', 'worried', 'by', 'good',
		'okay', 'ok', 'names', 'secret', 'fat', 'ugly', 'stupid', 'student', 'girl', 'boy', 'that', 'maybe', 'this',
		'what'
	],
	da: [
		'ikke', 'så', 'meget', 'rigtig', 'også', 'bare', 'kun', 'her', 'en', 'et', 'fra', 'og', 'i', 'på', 'med', 'glad',
		'ked', 'trist', 'træt', 'vred', 'bange', 'sur', 'sikker', 'elev', 'pige', 'dreng', 'barn', 'teenager', 'år',
		'gammel', 'født', 'ligeglad', 'enig', 'uenig', 'dansker', 'dansk', 'stolt', 'nervøs', 'bekymret', 'nysgerrig',
		'lidt', 'altid', 'aldrig', 'stadig', 'snart', 'der', 'hvis', 'når', 'mig', 'du', 'jeg', 'ogsa', 'spændt', 'jo'
	],
	de: [
		'nicht', 'so', 'sehr', 'auch', 'noch', 'schon', 'nur', 'hier', 'ein', 'eine', 'einer', 'aus', 'und', 'in', 'im',
		'mit', 'der', 'die', 'das', 'es', 'wie', 'immer', 'meinung', 'ansicht', 'auffassung', 'überzeugung', 'beste',
		'bester', 'einzige', 'älteste', 'jüngste', 'erste', 'letzte', 'gleichen', 'selben', 'ganze', 'ganzen', 'schüler',
		'schülerin', 'schueler', 'schuelerin', 'mädchen', 'maedchen', 'junge', 'kind', 'jugendliche', 'jugendlicher',
		'jahre', 'fan', 'traurig', 'glücklich', 'müde', 'sicher', 'froh', 'uns', 'euch', 'dich', 'mich', 'willkommen'
	],
	et: [
		'ei', 'nii', 'väga', 'vaga', 'ka', 'ainult', 'juba', 'veel', 'siin', 'ja', 'või', 'aga', 'kui', 'et', 'õnnelik',
		'onnelik', 'rõõmus', 'kurb', 'väsinud', 'vasinud', 'vihane', 'mures', 'kindel', 'õpilane', 'opilane', 'tüdruk',
		'poiss', 'laps', 'noor', 'aastane', 'aastat', 'eestlane', 'eestist', 'nõus', 'nous', 'uhke', 'alati', 'kunagi',
		'praegu', 'natuke', 'üsna', 'see', 'seda', 'hea', 'halb', 'tegelikult', 'pärit', 'parit', 'täna', 'ise', 'mina',
		'seotud'
	],
	fi: [
		'en', 'ei', 'niin', 'tosi', 'todella', 'hyvin', 'myös', 'myos', 'vain', 'vaan', 'jo', 'vielä', 'viela', 'täällä',
		'ja', 'tai', 'mutta', 'kun', 'jos', 'iloinen', 'surullinen', 'onnellinen', 'väsynyt', 'vihainen', 'peloissani',
		'huolissani', 'varma', 'oppilas', 'tyttö', 'poika', 'lapsi', 'nuori', 'vuotias', 'vuotta', 'suomalainen',
		'suomesta', 'samaa', 'kotoisin', 'ylpeä', 'innoissani', 'kiinnostunut', 'aina', 'nyt', 'vähän', 'aika', 'se',
		'tämä', 'sitä', 'kyllä', 'ihan', 'aivan', 'täysin', 'koulussa', 'luokalla', 'mukana'
	],
	is: [
		'ekki', 'svo', 'mjög', 'mjog', 'líka', 'lika', 'bara', 'aðeins', 'nú', 'hér', 'og', 'en', 'eða', 'í', 'á', 'frá',
		'fra', 'með', 'glaður', 'glöð', 'leiður', 'leið', 'sorgmædd', 'sorgmæddur', 'þreytt', 'þreyttur', 'reiður',
		'reið', 'hrædd', 'hræddur', 'viss', 'nemandi', 'stelpa', 'strákur', 'barn', 'unglingur', 'ára', 'gamall',
		'gömul', 'íslensk', 'íslenskur', 'sammála', 'ósammála', 'stolt', 'stoltur', 'forvitin', 'forvitinn', 'alltaf',
		'aldrei', 'enn', 'að', 'sem', 'ánægð', 'ánægður', 'úr', 'til'
	],
	lv: [
		'ne', 'nav', 'tik', 'ļoti', 'loti', 'arī', 'ari', 'tikai', 'jau', 'vēl', 'vel', 'šeit', 'seit', 'un', 'vai', 'bet',
		'ja', 'no', 'ar', 'par', 'priecīgs', 'priecīga', 'priecigs', 'priceiga', 'bēdīgs', 'bēdīga', 'noguris',
		'nogurusi', 'dusmīgs', 'dusmīga', 'pārliecināts', 'pārliecināta', 'skolēns', 'skolniece', 'meitene', 'puisis',
		'bērns', 'jaunietis', 'gadus', 'gadi', 'latvietis', 'latviete', 'lepns', 'lepna', 'vienmēr', 'nekad', 'tagad',
		'mazliet', 'diezgan', 'tas', 'tā', 'to', 'šis', 'laimīgs', 'laimīga', 'klasē'
	],
	lt: [
		'ne', 'nesu', 'taip', 'labai', 'irgi', 'tik', 'jau', 'dar', 'čia', 'cia', 'ir', 'ar', 'bet', 'o', 'iš', 'is', 'su',
		'apie', 'mane', 'laimingas', 'laiminga', 'liūdnas', 'liūdna', 'liudnas', 'liudna', 'pavargęs', 'pavargusi',
		'piktas', 'pikta', 'tikras', 'tikra', 'mokinys', 'mokinė', 'mokine', 'mergaitė', 'mergaite', 'berniukas', 'vaikas',
		'jaunuolis', 'metų', 'metu', 'lietuvis', 'lietuvė', 'lietuve', 'yra', 'tas', 'ta', 'kad', 'kai', 'jei', 'visada',
		'niekada', 'dabar', 'smalsus', 'smalsi', 'linksmas', 'linksma'
	],
	nb: [
		'ikke', 'ikkje', 'så', 'veldig', 'kjempe', 'også', 'bare', 'berre', 'kun', 'her', 'en', 'ei', 'et', 'fra', 'frå',
		'og', 'i', 'på', 'med', 'glad', 'lei', 'trist', 'sliten', 'sint', 'redd', 'sur', 'sikker', 'elev', 'jente', 'gutt',
		'barn', 'ungdom', 'år', 'gammel', 'født', 'enig', 'uenig', 'norsk', 'nordmann', 'stolt', 'nervøs', 'bekymret',
		'nysgjerrig', 'litt', 'alltid', 'aldri', 'fortsatt', 'snart', 'der', 'hvis', 'når', 'meg', 'deg', 'spent'
	],
	pl: [
		'nie', 'tak', 'bardzo', 'też', 'tez', 'już', 'juz', 'jeszcze', 'tu', 'tutaj', 'w', 'z', 'ze', 'na', 'i', 'a', 'ale',
		'to', 'się', 'sie', 'że', 'bo', 'od', 'do', 'za', 'przeciw', 'szczęśliwy', 'szczęśliwa', 'szczesliwy',
		'szczesliwa', 'smutny', 'smutna', 'zmęczony', 'zmęczona', 'zmeczony', 'zmeczona', 'zły', 'zła', 'zadowolony',
		'zadowolona', 'pewien', 'pewna', 'sam', 'sama', 'dumny', 'dumna', 'ciekawy', 'ciekawa', 'uczniem', 'uczennicą',
		'dzieckiem', 'dziewczyną', 'chłopakiem', 'polką', 'polakiem', 'zdania', 'przekonany', 'przekonana'
	],
	sv: [
		'inte', 'så', 'väldigt', 'jätte', 'också', 'ocksa', 'bara', 'här', 'en', 'ett', 'från', 'fran', 'och', 'i', 'på',
		'med', 'glad', 'ledsen', 'trött', 'arg', 'rädd', 'sur', 'säker', 'elev', 'tjej', 'kille', 'flicka', 'pojke', 'barn',
		'ungdom', 'år', 'gammal', 'född', 'enig', 'svensk', 'stolt', 'nervös', 'orolig', 'nyfiken', 'lite', 'alltid',
		'aldrig', 'fortfarande', 'snart', 'där', 'om', 'när', 'typ', 'ganska', 'helt', 'mycket', 'mig', 'dig', 'själv'
	],
	ru: [
		'не', 'очень', 'так', 'тоже', 'уже', 'ещё', 'еще', 'то', 'в', 'на', 'из', 'с', 'и', 'а', 'но', 'за', 'против',
		'думаю', 'хочу', 'могу', 'был', 'была', 'буду', 'живу', 'люблю', 'знаю', 'считаю', 'сам', 'рад', 'рада',
		'счастлив', 'счастлива', 'устал', 'устала', 'ученик', 'ученица', 'девочка', 'мальчик', 'ребёнок', 'ребенок',
		'человек', 'лет', 'меня', 'тебя', 'его', 'её', 'ее', 'просто', 'только', 'согласен', 'согласна', 'здесь', 'что',
		'это', 'гулять', 'играть', 'друзья', 'домой', 'к'
	],
	uk: [
		'не', 'дуже', 'так', 'теж', 'також', 'вже', 'ще', 'то', 'в', 'у', 'на', 'з', 'із', 'і', 'й', 'а', 'але', 'за',
		'проти', 'думаю', 'хочу', 'можу', 'був', 'була', 'буду', 'живу', 'люблю', 'знаю', 'вважаю', 'сам', 'радий', 'рада',
		'щасливий', 'щаслива', 'втомився', 'втомилася', 'учень', 'учениця', 'дівчинка', 'хлопчик', 'дитина', 'людина',
		'років', 'мене', 'тебе', 'його', 'її', 'просто', 'тільки', 'згоден', 'згодна', 'що', 'це', 'гуляти', 'грати',
		'друзі', 'додому', 'до'
	]
};

// ─── Streets and postcodes ─────────────────────────────────────────────────────────────────────

/**
 * A street-type word. `suffix: true`: it is written onto the street's name ("Storgatan",
 * "Lindenstraße", "Mannerheimintie"), and addresses.ts puts letters before it; `false`: it is a word
 * of its own, before or after the name ("ul. Kwiatowa", "Brīvības iela", "Baker Street").
 * addresses.ts bounds the whole address by non-letters; a separate word also ends in `(?!\p{L})`
 * itself, because the name may follow it without a space ("ul.Kwiatowa" but not "ultra").
 */
export interface StreetWord {
	source: string;
	suffix: boolean;
}

/** Longest first, so that no word is cut short; each word ending in a letter gets its boundary. */
function streetSource(alternatives: string[], suffix: boolean): StreetWord {
	const sorted = [...alternatives].sort((a, b) => b.length - a.length);
	if (suffix) return { source: `(?:${sorted.join('|')})`, suffix };
	const ended = sorted.map((alternative) => (alternative.endsWith('\\.') ? alternative : `${alternative}(?!\\p{L})`));
	return { source: `(?:${ended.join('|')})`, suffix };
}

const suffixes = (...alternatives: string[]) => streetSource(alternatives, true);
const words = (...alternatives: string[]) => streetSource(alternatives, false);

/*
 * English words that are also ordinary words are left out: "close" ("3 really close friends"),
 * "way" ("the best way 2 learn"), "drive" ("5 minutes drive"), "square", "place", "hill".
 * addresses.ts also reads "<number> <word> <street word>", and applies English to every answer.
 */
export const STREET_WORDS: Record<Language, StreetWord[]> = {
	en: [
		words(
			'street', 'st\\.', 'st', 'road', 'rd\\.', 'rd', 'avenue', 'ave\\.', 'ave', 'lane', 'ln\\.',
			'boulevard', 'blvd\\.', 'blvd', 'crescent', 'terrace'
		)
	],
	da: [
		suffixes('vej', 'vejen', 'gade', 'stræde', 'straede', 'allé', 'alle', 'boulevard', 'plads', 'torv', 'vænge', 'vaenge', 'vænget', 'parken', 'bakken'),
		// "Jens Baggesens Vej", "Frederiksberg Allé", "H.C. Andersens Boulevard"
		words('vej', 'gade', 'allé', 'alle', 'boulevard', 'plads', 'torv', 'stræde', 'straede', 'vænge')
	],
	de: [
		suffixes(
			'straße', 'strasse', 'strase', 'str\\.', 'str', 'weg', 'platz', 'pl\\.', 'allee', 'gasse', 'ring', 'damm',
			'ufer', 'chaussee', 'steig', 'stieg', 'pfad', 'markt', 'promenade'
		),
		// "Berliner Straße", "Am Markt", "Platz der Republik"
		words('straße', 'strasse', 'str\\.', 'weg', 'platz', 'allee', 'gasse', 'ring', 'damm', 'ufer', 'chaussee', 'markt', 'promenade')
	],
	et: [
		// "Pikk tänav", "Pärnu mnt", "Pirita tee", "Kadrioru puiestee"; "elan Pikal tänaval 5"
		words(
			'tänav', 'tanav', 'tänaval', 'tanaval', 'tn\\.', 'tn', 'maantee', 'maanteel', 'mnt\\.', 'mnt', 'puiestee',
			'puiesteel', 'pst\\.', 'pst', 'tee', 'teel', 'põik', 'poik', 'väljak', 'valjak', 'plats', 'allee'
		)
	],
	fi: [
		suffixes(
			'katu', 'kadulla', 'tie', 'tiellä', 'tiella', 'kuja', 'kujalla', 'polku', 'polulla', 'raitti', 'väylä', 'vayla',
			'kaari', 'rinne', 'ranta', 'puistikko', 'tori', 'aukio', 'bulevardi', 'esplanadi', 'kenttä', 'kentta', 'mäki'
		),
		// "Aleksis Kiven katu", "Hämeenlinnan tie"
		words('katu', 'tie')
	],
	is: [
		// REVIEW: endings of Icelandic street names (only the common ones; there are many more)
		// "Laugavegur", "á Laugavegi", "Hverfisgata", "á Hverfisgötu", "Skólavörðustígur", "Borgartún"
		suffixes(
			'gata', 'götu', 'gotu', 'vegur', 'vegi', 'braut', 'stígur', 'stigur', 'stíg', 'stræti', 'straeti', 'tún', 'túni',
			'torg', 'torgi', 'holt', 'hlíð', 'hlid', 'lind', 'hagi', 'haga', 'sund', 'bakki', 'bakka', 'hæð', 'ás', 'vellir',
			'mýri', 'kór', 'kórar', 'teigur', 'teig', 'gerði', 'gerdi'
		)
	],
	lv: [
		// "Brīvības iela", "dzīvoju Brīvības ielā 5", "Aspazijas bulvāris", "Kalnciema gatve"
		words(
			'iela', 'ielā', 'ielu', 'iel\\.', 'bulvāris', 'bulvaris', 'bulvārī', 'bulvari', 'bulv\\.', 'gatve', 'gatvē',
			'prospekts', 'prospektā', 'prospekta', 'pr\\.', 'laukums', 'laukumā', 'laukuma', 'šoseja', 'soseja', 'šosejā',
			'krastmala', 'krastmalā', 'dambis', 'dambī', 'ceļš', 'cels'
		)
	],
	lt: [
		// "Vilniaus g.", "Pylimo gatvė", "gyvenu Pylimo gatvėje 5", "Gedimino pr."
		words(
			'gatvė', 'gatve', 'gatvėje', 'gatveje', 'g\\.', 'prospektas', 'prospekte', 'pr\\.', 'pr-tas', 'alėja',
			'aleja', 'alėjoje', 'alejoje', 'al\\.', 'skersgatvis', 'skersgatvyje', 'skg\\.', 'aikštė', 'aikste',
			'aikštėje', 'plentas', 'pl\\.', 'kelias', 'kelyje', 'takas', 'krantinė', 'krantine'
		)
	],
	nb: [
		suffixes('gata', 'gate', 'gaten', 'veien', 'vegen', 'vei', 'veg', 'allé', 'alle', 'plass', 'plassen', 'torg', 'torget', 'stien', 'bakken', 'brygge', 'bryggen'),
		// "Karl Johans gate", "Bygdøy allé", "Olav Kyrres plass"
		words('gate', 'gata', 'vei', 'veien', 'veg', 'vegen', 'allé', 'alle', 'plass', 'torg')
	],
	pl: [
		// "ul. Kwiatowa", "mieszkam na ulicy Kwiatowej 5", "al. Jerozolimskie", "os. Piastów", "pl. Wolności"
		words(
			'ulica', 'ulicy', 'ulicę', 'ulice', 'ul\\.', 'ul', 'aleja', 'alei', 'aleje', 'al\\.', 'osiedle', 'osiedlu',
			'os\\.', 'plac', 'placu', 'pl\\.', 'rondo', 'rondzie', 'bulwar', 'skwer', 'rynek', 'rynku'
		)
	],
	sv: [
		suffixes(
			'gatan', 'gata', 'vägen', 'vagen', 'väg', 'gränd', 'grand', 'torget', 'torg', 'plan', 'backe', 'backen',
			'allé', 'allén', 'stigen', 'leden', 'platsen', 'gården', 'kajen', 'esplanaden', 'promenaden', 'parken'
		),
		// "Drottning Kristinas väg", "Sankt Göransgatan", "Norra gränd"
		words('väg', 'vag', 'vägen', 'gata', 'gatan', 'gränd', 'torg', 'plan', 'allé', 'backe')
	],
	ru: [
		// "ул. Ленина 5", "живу на улице Ленина, 5", "пр-т Мира", "Невский проспект"
		words(
			'улица', 'улице', 'улицу', 'ул', 'проспект', 'проспекте', 'пр-т', 'переулок', 'переулке', 'бульвар', 'бульваре',
			'б-р', 'шоссе', 'площадь', 'набережная', 'набережной', 'проезд', 'проезде', 'пр-д', 'микрорайон', 'мкр', 'тупик',
			'аллея', 'аллее', 'ул\\.', 'просп\\.', 'пр\\.', 'пер\\.', 'бул\\.', 'ш\\.', 'пл\\.', 'наб\\.', 'мкр\\.'
		)
	],
	uk: [
		// "вул. Хрещатик 5", "живу на вулиці Франка, 5", "Андріївський узвіз"
		words(
			'вулиця', 'вулиці', 'вулицю', 'вул\\.', 'вул', 'проспект', 'проспекті', 'просп\\.', 'пр-т', 'пр\\.',
			'провулок', 'провулку', 'пров\\.', 'бульвар', 'бульварі', 'бул\\.', 'б-р', 'площа', 'площі', 'пл\\.',
			'набережна', 'набережній', 'наб\\.', 'шосе', 'узвіз', 'узвозі', 'проїзд', 'проїзді', 'мікрорайон', 'мкр\\.',
			'мкр', 'алея', 'алеї', 'тупик'
		)
	]
};

/**
 * What may follow a house number in one language, matched right after it: a flat, floor or
 * door ("Algade 12, 3. th.", "Storgatan 12 lgh 1102", "Kwiatowa 7 m. 12", "Ленина 5, кв. 12").
 * `7/12` and `40-12` (house and flat, or a range) are read in every language, and a capital
 * staircase letter ("Aleksanterinkatu 12 B 34") in code (addresses.ts), because case matters
 * there and these sources are matched ignoring case.
 */
export const HOUSE_UNITS: Partial<Record<Language, string>> = {
	en: String.raw`,?\s(?:apt|flat|unit)\.?\s?\d{1,4}`,
	da: String.raw`,?\s(?:st|kl|\d{1,2})\.(?:\s(?:th|tv|mf)(?!\p{L})\.?)?`,
	fi: String.raw`\sas\.?\s\d{1,3}`,
	sv: String.raw`,?\s(?:lgh|lägenhet)\.?\s?\d{3,4}`,
	nb: String.raw`,?\s(?:leil\.?|leilighet)\s?\d{1,4}`,
	pl: String.raw`,?\s(?:m|lok|mieszk)\.?\s?\d{1,4}`,
	lv: String.raw`,?\s(?:dz|dzīv|dziv)\.?\s?\d{1,4}`,
	lt: String.raw`,?\s(?:but)\.?\s?\d{1,4}`,
	// "д. 5, корп. 2, кв. 12": up to two
	ru: String.raw`(?:,?\s(?:кв|квартира|корп|к|стр)\.?\s?\d{1,4}){1,2}`,
	uk: String.raw`(?:,?\s(?:кв|квартира|корп)\.?\s?\d{1,4}){1,2}`
};

/**
 * What stands between a street's name and its number where it is more than a space: Russian and
 * Ukrainian put a comma and often "дом"/"будинок" there ("ул. Ленина, д. 5", "вул. Франка, буд. 5",
 * "на улице Ленина, 5").
 */
export const HOUSE_NUMBER_GAPS: Partial<Record<Language, string>> = {
	ru: String.raw`,?\s(?:д\.|дом)\s?|,\s`,
	uk: String.raw`,?\s(?:буд\.|будинок)\s?|,\s`
};

/**
 * Each country's postcode as written, bounded by non-digits. Most are bare numbers that also
 * occur as ordinary numbers (years, counts): addresses.ts counts one only directly beside a
 * street address, as in a written address ("Storgatan 12, 114 55 Stockholm"), and only in the
 * participant's country's form when the country is known. LV needs its `LV-` prefix (four
 * digits alone are too common); LT has an optional `LT-`.
 */
export const POSTCODES: Record<string, string> = {
	DK: String.raw`(?<!\d)\d{4}(?!\d)`,
	EE: String.raw`(?<!\d)\d{5}(?!\d)`,
	FI: String.raw`(?<!\d)\d{5}(?!\d)`,
	DE: String.raw`(?<!\d)\d{5}(?!\d)`,
	IS: String.raw`(?<!\d)\d{3}(?!\d)`,
	LV: String.raw`(?<![\p{L}\d])lv[- ]?\d{4}(?!\d)`,
	LT: String.raw`(?<![\p{L}\d])(?:lt[- ]?)?\d{5}(?!\d)`,
	NO: String.raw`(?<!\d)\d{4}(?!\d)`,
	PL: String.raw`(?<!\d)\d{2}-\d{3}(?!\d)`,
	SE: String.raw`(?<!\d)\d{3} ?\d{2}(?!\d)`,
	RU: String.raw`(?<!\d)\d{6}(?!\d)`,
	UA: String.raw`(?<!\d)\d{5}(?!\d)`
};

/**
 * The longest written form of each country's postcode. When the country is not known, every
 * form is tried, longest first (addresses.ts orders them by these), so that a form that is the
 * start of a longer one (Iceland's "114" of Sweden's "114 55") does not cut it short.
 */
export const POSTCODE_EXAMPLES: Record<string, string> = {
	DK: '2100',
	EE: '10111',
	FI: '00100',
	DE: '10115',
	IS: '101',
	LV: 'LV-1050',
	LT: 'LT-01100',
	NO: '0150',
	PL: '00-950',
	SE: '114 55',
	RU: '101000',
	UA: '01001'
};

// ─── E-mail addresses written out ──────────────────────────────────────────────────────────────

/** A word standing for a sign, bounded by non-letters; contacts.ts allows a space and a bracket round it. */
const spelled = (alternatives: string) => String.raw`(?<!\p{L})(?:${alternatives})(?!\p{L})`;

/**
 * "@" in words: en at; da/sv snabel-a; nb krøllalfa; de ät, Klammeraffe; et kommertsmärk, ätt;
 * fi miukumauku, kissanhäntä; is hjá, att; lv et, eta; lt eta; pl małpa; ru собака; uk равлик.
 */
// REVIEW: is "hjá"/"att", lv "pērtiķītis", et "kommertsmärk"/"ätt", fi "miukumauku", uk "равлик"
export const EMAIL_AT_WORDS: string[] = [
	spelled('at|ät|ätt|att|et|eta|ets|эт|ет'),
	spelled('snabel[- ]?a|kanelbulle'),
	spelled('krøll[- ]?alfa|kroll[- ]?alfa|krollalfa|alfakrøll'),
	spelled('klammeraffe|affenschwanz'),
	spelled('kommerts[- ]?märk|kommerts[- ]?mark'),
	spelled('miukumauku|kissanhäntä|kissanhanta|ät-merkki'),
	spelled('hjá|hja|at[- ]?merki'),
	spelled('pērtiķītis|pertikitis'),
	spelled('ma[łl]p(?:a|ka)'),
	spelled('собак(?:а|у)|собачк(?:а|у)'),
	spelled('равлик|равлика')
];

/**
 * Top-level domains an address of a child in the region ends with. A dot word counts only
 * before one of them (contacts.ts allows a bracket and spaces between): "at" (da/nb "that"),
 * "et" (et "that") and "punkt" (a point) are everyday words, and "jeg synes at det punkt er
 * vigtigt" must not become an e-mail address.
 */
const TLD = String.raw`(?=\x20?[)\]}]?\x20?(?:com|net|org|edu|info|io|me|eu|co|uk|us|dk|de|at|ch|nl|se|no|fi|ee|lv|lt|pl|ru|ua|by|is|fo|gl)(?![\p{L}\p{N}]))`;

/** "." in words: dot, punkt(um), prik, piste, punktur, punkts, taškas, kropka, точка, крапка. */
export const EMAIL_DOT_WORDS: string[] = [
	spelled('dot'),
	spelled('punkt|punktum|punkti|punktur|punkts|prik|prikk|prick'),
	spelled('piste|pisteen'),
	spelled('ta[šs]kas'),
	spelled('kropka|kropke|kropkę'),
	spelled('точка|точку|дот'),
	spelled('крапка|крапку')
].map((source) => source + TLD);
