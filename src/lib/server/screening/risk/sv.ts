// Awaits a native speaker's review (none so far): locales/review.json, "$screening-risk" → "src/lib/server/screening/risk/sv.ts".
import type { RiskCategory, RiskLexicon } from '../types.ts';

/**
 * Swedish risk phrases. Children often drop å/ä/ö on phones, so those letters are written as
 * classes (`[åa]`, `[äa]`, `[öo]`), and `mig` is also written `mej`. Swedish puts the negation
 * after the verb ("slår mig inte"), which the exclusions cover.
 *
 * Repetition is bounded, so that recheck proves every source linear at once: one `\s` between
 * words (a run of white space reads as one, matching.ts) and words of at most 20 letters.
 */

/** Word boundaries for letters (`\b` only knows ASCII). */
const B = String.raw`(?<!\p{L})`;
const E = String.raw`(?!\p{L})`;
const ME = String.raw`(?:mig|mej)`;
/** A space or a comma between words. */
const SEP = String.raw`(?:\s?,\s?|\s)`;
/** Up to three words in between, none of them a negation. */
const GAP = String.raw`(?:[\s,]{1,3}(?!(?:inte|aldrig|ingen|int|ej)${E})\p{L}{1,20}){0,2}[\s,]{1,3}`;
/** One optional word in between, not a negation. */
const OPT = String.raw`(?:(?!(?:inte|aldrig|int|ej)${E})\p{L}{1,20}\s(?=\p{L}))?`;

/** Parents and step-parents, and other adults at home (two lists, so each source stays small). */
const CARER_PARENTS = String.raw`(?:pappa|mamma|farsan|morsan|farsgubben|styvpappa(?:n|s)?|styvmamma(?:n|s)?|styvfar(?:n|s)?|styvmor(?:n|s)?|bonuspappa(?:n|s)?|bonusmamma(?:n|s)?|f[öo]r[äa]ldr(?:ar|arna)|mina\sf[öo]r[äa]ldrar|min\sfar|min\smor)`;
const CARER_FAMILY = String.raw`(?:mammas\s(?:kille|pojkv[äa]n|sambo|man|nya)|pappas\s(?:tjej|flickv[äa]n|sambo|fru|nya)|fosterf[öo]r[äa]ldr(?:ar|arna)|fosterpappa|fostermamma|morbror|farbror|morfar|farfar|mormor|farmor|storebror|brorsan|min\sbror|hemma)`;
const CARERS = [CARER_PARENTS, CARER_FAMILY];
/** Places where bullying happens, and peers. */
const PEER_PLACES = String.raw`(?:i\sskolan|p[åa]\srast(?:en|erna)|i\sklassen|i\smin\sklass|i\somkl[äa]dningsrummet|efter\sskolan|p[åa]\sbussen|p[åa]\sskolg[åa]rden|p[åa]\sfritids)`;
const PEER_PEOPLE = String.raw`(?:killarna|tjejerna|n[åa]gra\s(?:killar|tjejer|i\sklassen|elever|[äa]ldre)|de\s(?:[äa]ldre|andra|stora)|dom\s(?:[äa]ldre|andra|stora)|[äa]ldre\s(?:killar|tjejer|elever)|klasskompis(?:ar|arna)?|elever|ett\sg[äa]ng|g[äa]nget)`;
const PEERS = [PEER_PLACES, PEER_PEOPLE];

/** One pattern per list of subjects. */
function each(category: RiskCategory, subjects: string[], make: (subject: string) => string) {
	return subjects.map((subject) => ({ category, source: make(subject) }));
}
/** Hitting, kicking, beating up. */
const HIT = String.raw`(?:sl[åa]r|slog|slagit|sparkar|sparkade|knuffar|knuffade|puttar|puttade|[öo]rfilar|[öo]rfilade|misshandlar|misshandlade|bankar|bankade|sp[öo]ar|sp[öo]ade|kl[åa]r|kl[åa]dde|nyper|n[öo]p|stryper|str[öo]p|skakar|skakade|sm[äa]ller\still|sm[äa]llde\still|daskar|daskade|kastar\ssaker\sp[åa]|kastade\ssaker\sp[åa]|skadar|skadade)`;
/** The same, as stems, for patterns that already know who does it. */
const HIT_S = String.raw`(?:sl[åa]r|slog|slagit|sparka\p{L}{0,20}|knuffa\p{L}{0,20}|putta\p{L}{0,20}|[öo]rfila\p{L}{0,20}|misshandla\p{L}{0,20}|banka\p{L}{0,20}|sp[öo]a\p{L}{0,20}|kl[åa]r|kl[åa]dde|nyper|n[öo]p|stryper|str[öo]p|sm[äa]ll(?:er|de)\still)`;
/** Bullying verbs. */
const BULLY = String.raw`(?:mobbar|mobbade|retar|retade|h[åa]nar|h[åa]nade|hotar|hotade|trakasserar|trakasserade|f[öo]rf[öo]ljer|fryser\sut|fr[öo]s\sut|hatar\sp[åa]|spottar\sp[åa]|spottade\sp[åa]|r[åa]nade|r[åa]nar)`;
/** Not followed by a negation ("slår mig inte"), an accident ("av misstag"), an idiom ("knuffar mig att")
 * nor a game ("slår mig i schack"). */
const NOTNEG = String.raw`(?!\s(?:inte|aldrig|int|ej|att|till\satt|fram[åa]t|av\smisstag|av\sen\solycka|utan\satt\smena)${E})(?!\s(?:alltid\s|j[äa]mt\s|igen\s|l[äa]tt\s)?(?:i|p[åa])\s(?:schack|fifa|fortnite|spel|tennis|pingis|badminton|l[öo]pning|matchen|kortspel|kort|mario|racet|loppet|tv-spel|datorspel|brädspel|br[äa]dspel|minecraft|roblox|uno|monopol))`;

export const lexicon: RiskLexicon = {
	patterns: [
		// ---- abuse: physical, by a parent or carer ----
		{ category: 'abuse', source: String.raw`${B}(?:han|hon)\s(?:\p{L}{1,20}\s(?=\p{L}))?${HIT}\s(?:${ME}|oss|mamma|pappa|min\s(?:mamma|pappa|bror|syster|lillebror|lillasyster)|lillebror|lillasyster)${E}${NOTNEG}` },
		{ category: 'abuse', source: String.raw`${B}(?:${HIT_S}\s(?:han|hon)\s${ME}|(?:g[öo]r|gjorde|gjort)\s(?:han\s|hon\s)?${ME}\silla)${E}${NOTNEG}` },
		...each('abuse', CARERS, (who) => String.raw`${B}${who}${GAP}${HIT_S}\s(?:${ME}|oss|mamma|pappa|min\s\p{L}{1,20}|mina\ssyskon|lillebror|lillasyster)${E}${NOTNEG}`),
		...each('abuse', CARERS, (who) => String.raw`${B}${HIT_S}\s${who}\s(?:${ME}|oss|mamma)${E}${NOTNEG}`),
		{ category: 'abuse', source: String.raw`${B}(?:(?:f[åa]r|fick|f[åa]tt)\s(?:\p{L}{1,20}\s(?=\p{L}))?(?:stryk|smisk|sm[äa]ll|en\ssm[äa]ll|[öo]rfil\p{L}{0,20}|en\s[öo]rfil|spö|sp[öo]|bälte|b[äa]ltet)|(?:ger|gav)\s${ME}\s(?:\p{L}{1,20}\s(?=\p{L}))?(?:stryk|smisk|[öo]rfil\p{L}{0,20}|en\s[öo]rfil|en\ssm[äa]ll))${E}(?:\s(?:\p{L}{1,20}\s(?=\p{L}))?(?:hemma|av\s(?:pappa|mamma|farsan|morsan|styv\p{L}{0,20}|min\s\p{L}{1,20}|honom|henne)))?` },
		{ category: 'abuse', source: String.raw`${B}(?:sl[åa]r|slog|slagit|misshandlar|misshandlade|bankar|sp[öo]ar)\s${ME}\s(?:\p{L}{1,20}\s(?=\p{L}))?(?:med\s(?:b[äa]ltet|ett\sb[äa]lte|en\ssladd|sladden|en\spinne|knytn[äa]ven|knytn[äa]var)|i\sansiktet|i\shuvudet|i\smagen|hemma|n[äa]r\s(?:han|hon)\s(?:[äa]r\s)?(?:full|arg|dricker|druckit))${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:drar|drog|rycker|ryckte)\s${ME}\si\sh[åa]ret${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:blir|blev|har\sblivit)\s(?:\p{L}{1,20}\s(?=\p{L}))?(?:slagen|slagna|misshandlad|sparkad|[öo]rfilad|str[yu]pt)\s(?:\p{L}{1,20}\s(?=\p{L}))?(?:hemma|av\s(?:pappa|mamma|farsan|morsan|styv\p{L}{0,20}|mina?\s\p{L}{1,20}|min\s\p{L}{1,20}))${E}` },
		// emotional abuse, being locked in, afraid of someone at home
		{ category: 'abuse', source: String.raw`${B}(?:s[äa]ger|sa|sade|skriker|skrek|tycker|kallar\s${ME}\sf[öo]r)\s(?:till\s${ME}\s)?(?:att\s)?(?:jag\s[äa]r\s)?(?:\p{L}{1,20}\s(?=\p{L}))?(?:v[äa]rdel[öo]s|ingenting\sv[äa]rd|inget\sv[äa]rd|ett\smisstag|en\sb[öo]rda|en\sbesvikelse|[äa]cklig|o[öo]nskad|en\sidiot|efterbliven|patetisk|en\shora|ett\s[äa]ckel)${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:[åa]ngrar|[åa]ngrade)\s(?:att\s)?(?:hon|han|de|dom)\s(?:fick|skaffade|f[öo]dde)\s${ME}${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:l[åa]ser|l[åa]ste|st[äa]nger|st[äa]ngde)\sin\s${ME}\s(?:\p{L}{1,20}\s(?=\p{L}))?(?:i|p[åa])\s(?:k[äa]llaren|garderoben|badrummet|f[öo]rr[åa]det|rummet|mitt\srum|garaget|balkongen)` },
		{ category: 'abuse', source: String.raw`${B}(?:(?:[äa]r|blir|var)\s(?:s[åa]\s|j[äa]tte\s?|v[äa]ldigt\s|lite\s)?r[äa]dd\sf[öo]r\s(?:min\s|mina\s)?(?:pappa|mamma|farsan|morsan|styvpappa|styvmamma|f[öo]r[äa]ldrar|bror|morbror|farbror|morfar|farfar|mammas\s\p{L}{1,20}|pappas\s\p{L}{1,20})|(?:v[åa]gar|v[åa]gade)\sinte\s(?:g[åa]|[åa]ka|komma|cykla)\shem|r[äa]dd\s(?:att|f[öo]r\satt)\s(?:g[åa]|[åa]ka|komma)\shem)${E}` },
		// sexual abuse
		{ category: 'abuse', source: String.raw`${B}(?:tafsar|tafsade|tafsat|kladdar|kladdade|tafsa)\s(?:p[åa]\s)?${ME}${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:tar|tog|r[öo]r|r[öo]rde|r[öo]rt|tagit|smeker|smekte|klappar|klappade)\s(?:vid\s|p[åa]\s)?(?:${ME}|min|mina)\s(?:\p{L}{1,20}\s(?=\p{L}))?(?:d[äa]r\snere|d[äa]r|mellan\sbenen|p[åa]\s(?:br[öo]st\p{L}{0,20}|rumpan|snippan|snoppen|kroppen|l[åa]ret|l[åa]ren)|under\s(?:kl[äa]derna|tr[öo]jan|trosorna|kalsongerna|t[äa]cket)|br[öo]st\p{L}{0,20}|rumpa|rumpan|snippa|snippan|snopp|snoppen|kropp|kroppen|n[äa]r\s(?:ingen|mamma|pappa|jag\ssover)|p[åa]\snatten|p[åa]\sett\s(?:konstigt|[äa]ckligt|s[äa]tt))${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:v[åa]ldt[oa]g\p{L}{0,20}|v[åa]ldtagen|v[åa]ldtagit|v[åa]ldt[äa]kt\p{L}{0,20}|f[öo]rgrep\ssig|f[öo]rgripit\ssig|f[öo]rgriper\ssig|sexuell\p{L}{0,20}\s[öo]vergrepp|[öo]vergrepp|utnyttja(?:r|de|t)?\s${ME}\ssexuellt|sexuellt\sutnyttjad|pedofil\p{L}{0,20}|antastad|antastade|antastar)${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:tvingar|tvingade|tvingat|f[åa]r|fick|ville|vill|ber|bad|s[äa]ger\s[åa]t)\s${ME}\satt\s(?:\p{L}{1,20}\s(?=\p{L}))?(?:ha\ssex|kl[äa]\sav\s${ME}|kl[äa]\sav|ta\sav\s${ME}|ta\sav\skl[äa]derna|suga|r[öo]ra\s(?:vid\s)?(?:hans|hennes|honom)|ta\sp[åa]\s(?:hans|hennes|honom)|titta\sp[åa]\sporr|kyssa\s(?:honom|henne)|visa\s${ME}\snaken|sova\s(?:i\shans|med\shonom))` },
		{ category: 'abuse', source: String.raw`${B}(?:visar|visade|skickar|skickade|skickat)\s(?:sin\s|sina\s)?(?:\p{L}{1,20}\s(?=\p{L}))?(?:snopp|kuk|penis|porr|porrfilm\p{L}{0,20}|dickpic\p{L}{0,20}|nakenbild\p{L}{0,20})\s?(?:f[öo]r|till)?\s?${ME}?` },
		{ category: 'abuse', source: String.raw`${B}(?:kommer|kom|smyger|sm[öo]g|g[åa]r|gick)\sin\s(?:i\smitt\srum|till\s${ME})\s(?:\p{L}{1,20}\s(?=\p{L}))?(?:p[åa]\sn[äa]tterna|p[åa]\snatten|n[äa]r\sjag\ssover|och\s(?:l[äa]gger\ssig|tar\sp[åa]|r[öo]r))` },
		// online grooming
		{ category: 'abuse', source: String.raw`${B}(?:ber|bad|fr[åa]gar|fr[åa]gade|vill|ville|tjatar|tjatade|kr[äa]ver|kr[äa]vde|skicka|skickade|skickat|skicka)${GAP}(?:nakenbild\p{L}{0,20}|nudes?|naken|nakna|utan\skl[äa]der|i\sunderkl[äa]der|i\sbh|i\sbikini|sexiga\s\p{L}{1,20}|sexig\sbild|bilder\sp[åa]\s(?:min|mina)\s(?:kropp|br[öo]st|rumpa))${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:en\svuxen|vuxen|vuxna|en\s(?:gammal|[äa]ldre|vuxen)\s(?:man|kille|gubbe|snubbe)|gubbe|gubben|en\sman|en\ssnubbe|n[åa]n\s(?:gubbe|vuxen|man|snubbe|kille)|en\sfr[äa]mling|fr[äa]mlingar|en\skille\s(?:p[åa]|fr[åa]n)\s(?:n[äa]tet|internet|snap\p{L}{0,20}|insta\p{L}{0,20}|discord|tiktok|spel\p{L}{0,20}|roblox|fortnite)|(?:som\s[äa]r|[äa]r\styp)\s(?:typ\s|runt\s|[öo]ver\s|kanske\s)?[2-9]\d(?:\s?[åa]r)?)${E}[^.!?\n]{0,60}(?<!\p{L})(?:bild|bilder|bilderna|foto|foton|nudes|selfies?|tr[äa]ffa[sd]?|tr[äa]ffas|ses|h[äa]mta\s${ME}|adress(?:en)?|hemlighet(?:en)?|kamera(?:n)?|facetime|videosamtal|webbkamera(?:n)?)${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:s[äa]ger|sa|sade|skriver|skrev|tjatar\som)\s(?:att\s)?(?:jag\s)?(?:inte\sf[åa]r|inte\sska|aldrig\sf[åa]r|inte\sbeh[öo]ver)\s(?:ber[äa]tta|s[äa]ga|n[äa]mna|visa)\s(?:det\s)?(?:\p{L}{1,20}\s(?=\p{L}))?(?:f[öo]r|till)\s(?:n[åa]gon|n[åa]n|mamma|pappa|mina\sf[öo]r[äa]ldrar|en\svuxen|n[åa]gon\svuxen|l[äa]raren|n[åa]gra)` },
		{ category: 'abuse', source: String.raw`${B}(?:det\s[äa]r\sv[åa]r\s(?:lilla\s)?hemlighet|(?:hotar|hotade|hotat)\s(?:${ME}\s)?(?:med\s)?att\s(?:sprida|l[äa]gga\sut|skicka|visa|dela|publicera)\s(?:\p{L}{1,20}\s(?=\p{L}))?(?:bild\p{L}{0,20}|foto\p{L}{0,20}|film\p{L}{0,20}|video\p{L}{0,20}|nudes?))${E}` },

		{ category: 'abuse', source: String.raw`${B}(?:(?:kommer|kom|g[åa]r|gick|smyger|sm[öo]g)\sin\s(?:i\s)?(?:badrummet|duschen|mitt\srum|omkl[äa]dningsrummet)|(?:tittar|tittade|kikar|kikade|glor|glodde)\sp[åa]\s${ME})\sn[äa]r\sjag\s(?:duschar|badar|byter\som|kl[äa]r\sav\s${ME}|[äa]r\snaken|sover)${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:s[äa]ger|sa|sade)\satt\sjag\s(?:inte\sf[åa]r|aldrig\sf[åa]r|inte\sska)\s(?:s[äa]ga|ber[äa]tta)\s(?:n[åa]got|n[åa]t|det|om\sdet)${E}` },
		...each('abuse', CARERS, (who) => String.raw`${B}${who}\s(?:hatar|hatade)\s${ME}${E}`),
		{ category: 'abuse', source: String.raw`${B}(?:s[äa]ger|sa|skriker|skrek)\s(?:att\s)?(?:hon|han|de|dom)\s(?:hatar|hatade)\s${ME}${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:kastade|kastar|sl[äa]ngde|sl[äa]nger|kastat)\s(?:en\s|ett\s|sin\s|sitt\s)?(?!(?:boll|bollen|sn[öo]boll\p{L}{0,20}|vatten|kudde\p{L}{0,20}|frisbee\p{L}{0,20})${E})\p{L}{1,20}\sp[åa]\s${ME}${E}` },

		// ---- neglect ----
		{ category: 'neglect', source: String.raw`${B}(?:det\sfinns\s(?:aldrig\s|s[äa]llan\s)?(?:ingen|inte\sn[åa]gon|knappt\sn[åa]gon)\smat|vi\shar\s(?:aldrig\s|s[äa]llan\s)?(?:ingen|inte\sn[åa]gon|knappt\sn[åa]gon)\smat|(?:finns|har|f[åa]r)\s(?:inget|ingenting|inte\sn[åa]got)\satt\s[äa]ta|f[åa]r\s(?:ingen|inte\sn[åa]gon|aldrig|s[äa]llan|inte)\s(?:n[åa]gon\s)?mat|(?:har|hade)\sinte\sr[åa]d\s(?:med|att\sk[öo]pa)\smat|kylsk[åa]pet\s[äa]r\s(?:alltid\s|helt\s)?tomt)${E}` },
		{ category: 'neglect', source: String.raw`${B}(?:(?:g[åa]r|g[åa]tt|gick)\s(?:och\sl[äa]gger\s${ME}\s|och\slade\s${ME}\s|till\sskolan\s)?hungrig|(?:l[äa]gger|lade)\s${ME}\shungrig|hungrig\s(?:hela\stiden\s)?(?:f[öo]r\satt|eftersom)\s(?:det\sinte|vi\sinte|mamma|pappa)|har\sinte\s[äa]tit\s(?:\p{L}{1,20}\s(?=\p{L}))?(?:sen|sedan|p[åa])\s(?:ig[åa]r|i\sf[öo]rrg[åa]r|tv[åa]|tre|flera)|inte\s[äa]tit\sp[åa]\s(?:tv[åa]|tre|flera)\sdagar)${E}` },
		{ category: 'neglect', source: String.raw`${B}(?:f[öo]r[äa]ldr\p{L}{0,20}|mamma|pappa|de|dom|morsan|farsan)\s(?:bryr\ssig\sinte|struntar)\s(?:ett\sdugg\s)?(?:om\s|i\s)${ME}${E}` },
		{ category: 'neglect', source: String.raw`${B}(?:ingen\s(?:bryr\ssig\som|tar\shand\som|lagar\smat\still|tittar\sefter)\s${ME}|(?:l[äa]mnar|l[äa]mnade|l[äa]mnat)\s${ME}\s(?:\p{L}{1,20}\s(?=\p{L}))?ensam\s(?:hemma\s)?(?:i\s(?:flera|m[åa]nga|tv[åa]|tre|en)\s(?:dagar|dygn|veckor|vecka)|hela\s(?:helgen|veckan|natten|n[äa]tterna)|[öo]ver\snatten|p[åa]\sn[äa]tterna)|[äa]r\sensam\shemma\si\s(?:flera|m[åa]nga|tv[åa]|tre)\s(?:dagar|dygn|veckor)|(?:mamma|pappa|f[öo]r[äa]ldrarna|de|dom)\s(?:\p{L}{1,20}\s(?=\p{L}))?(?:kommer|kom)\sinte\shem\s(?:p[åa]\s(?:flera|m[åa]nga|tv[åa]|tre)\s(?:dagar|n[äa]tter)|p[åa]\sn[äa]tterna|p[åa]\shela\s\p{L}{1,20}))${E}` },
		...each('neglect', CARERS, (who) => String.raw`${B}${who}\s(?:(?:alltid|j[äa]mt|hela\stiden|varje\s(?:dag|kv[äa]ll|helg)|ofta|f[öo]r\smycket|s[åa]\smycket|mycket|igen|n[äa]stan|redan|fortfarande)\s)?(?:super|knarkar|missbrukar|drogar\ssig|tar\sdroger|r[öo]ker\spå)${E}`),
		...each('neglect', CARERS, (who) => String.raw`${B}${who}\s(?:(?:alltid|j[äa]mt|hela\stiden|ofta|igen|fortfarande)\s)?dricker(?=\s?(?:$|[.,!?;:)…]|(?:och|men|när|varje|hela|j[äa]mt|alltid|mycket|f[öo]r|s[åa]|tills|sprit|vodka|v[åa]dka|alkohol|starksprit|hembr[äa]nt|massor|ihj[äa]l)${E}))`),
		...each('neglect', CARERS, (who) => String.raw`${B}${who}\s(?:[äa]r|blir|var|kommer\shem|kom\shem|brukar\svara)\s(?:(?:alltid|j[äa]mt|hela\stiden|varje\s(?:dag|kv[äa]ll|helg)|ofta|f[öo]r\smycket|s[åa]\smycket|mycket|igen|n[äa]stan|redan|fortfarande)\s)?(?:fulla?|packade?|p[åa]verkade?|drogade?|h[öo]ga?|alkoholister?|narkomaner?|missbrukare|p[åa]\sfyllan|bakfulla?|p[åa]\slyset|aspackade?|stupfulla?)${E}`),
		{ category: 'neglect', source: String.raw`${B}(?:har\s(?:ingenstans|inget\sst[äa]lle)\satt\s(?:bo|sova|ta\sv[äa]gen)|sover\s(?:ute|p[åa]\sgatan|i\strapphuset|p[åa]\sstationen)|(?:blev|har\sblivit)\sutkastad|(?:kastade|kastar|sl[äa]ngde|sl[äa]nger)\sut\s${ME}|f[åa]r\sinte\skomma\shem|inga\svinterkl[äa]der|ingen\svinterjacka|m[åa]ste\sta\shand\som\s(?:mina\s)?(?:sm[åa]\s)?syskon\s(?:sj[äa]lv|ensam)|f[åa]r\sinte\sg[åa]\still\s(?:doktorn|l[äa]karen|tandl[äa]karen))${E}` },

		{ category: 'neglect', source: String.raw`${B}(?:[äa]r|kommer)\sinte\shem(?:ma)?\s(?:p[åa]|i)\s(?:flera|m[åa]nga|tv[åa]|tre|en)\s(?:dagar|dygn|veckor|vecka|n[äa]tter)${E}` },
		{ category: 'neglect', source: String.raw`${B}ingen\s(?:fr[åa]gar|kollar)\s(?:ens\s)?om\sjag\s(?:har\s)?[äa]tit${E}` },

		{ category: 'neglect', source: String.raw`${B}(?:har|hade)\s(?:inget|ingen|inte\sn[åa]got|inte\sn[åa]gon)\s(?:eget\s|egen\s)?(?:t[äa]cke|s[äa]ng|madrass|v[äa]rme|varmvatten)${E}` },
		// ---- violence: peers and others, threats, fear ----
		{ category: 'violence', source: String.raw`${B}(?:de|dom|dem|alla|n[åa]gra|folk|killarna|tjejerna)\s${OPT}${HIT_S}\s${ME}${E}${NOTNEG}` },
		{ category: 'violence', source: String.raw`${B}(?:de|dom|dem|alla|n[åa]gra|folk|killarna|tjejerna)\s${OPT}${BULLY}\s${ME}${E}${NOTNEG}` },
		{ category: 'violence', source: String.raw`${B}${HIT_S}\s(?:de|dom)\s${ME}${E}${NOTNEG}` },
		{ category: 'violence', source: String.raw`${B}${BULLY}\s(?:de|dom)\s${ME}${E}${NOTNEG}` },
		...each('violence', PEERS, (who) => String.raw`${B}${who}${GAP}${HIT_S}\s${ME}${E}${NOTNEG}`),
		...each('violence', PEERS, (who) => String.raw`${B}${who}${GAP}${BULLY}\s${ME}${E}${NOTNEG}`),
		{ category: 'violence', source: String.raw`${B}(?:mobbar|mobbade|mobbat|trakasserar|trakasserade|f[öo]rf[öo]ljer|f[öo]rf[öo]ljde|fryser\sut|fr[öo]s\sut|n[äa]thatar)\s${ME}${E}${NOTNEG}` },
		{ category: 'violence', source: String.raw`${B}(?:blir|blev|har\sblivit|[äa]r|var)\s(?:(?:ofta|alltid|j[äa]mt|hela\stiden|fortfarande|typ|ibland|varje\sdag|igen|ocks[åa]|redan|d[äa]r|h[äa]r|hemma|grovt|sv[åa]rt)\s)?(?:mobbad|mobbade|mobbas|utfryst|trakasserad|misshandlad|nedslagen|slagen|r[åa]nad|knivhotad|hotad|f[öo]rf[öo]ljd|n[äa]thatad|hackad\sp[åa])${E}` },
		{ category: 'violence', source: String.raw`${B}(?:mobbas|mobbning|n[äa]that)\s(?:\p{L}{1,20}\s(?=\p{L}))?(?:i\sskolan|hela\stiden|varje\sdag|p[åa]\s(?:rasten|n[äa]tet|snap|insta\p{L}{0,20}))${E}` },
		{ category: 'violence', source: String.raw`${B}(?:hotar|hotade|hotat)\s(?:${ME}|att\s(?:sl[åa]|d[öo]da|knivhugga|misshandla|skada|skjuta|ta\s${ME}|m[öo]rda|v[åa]ldta|sp[öo]a|kl[åa]|sl[åa]\sner|ge\s${ME}\sstryk)|med\skniv)${E}` },
		{ category: 'violence', source: String.raw`${B}(?:(?:ska|kommer\satt|kommer|t[äa]nker|vill|ville)\s(?:d[öo]da|m[öo]rda|knivhugga|skjuta|misshandla|spöa|sp[öo]a|sl[åa]\sihj[äa]l|ta)\s${ME}|(?:sa|s[äa]ger|skrev|skriver)\satt\s(?:han|hon|de|dom|n[åa]gon)\s(?:ska|kommer\satt|kommer)\s(?:d[öo]da|m[öo]rda|sl[åa]|sp[öo]a|skada|knivhugga)\s${ME})${E}` },
		{ category: 'violence', source: String.raw`${B}(?:(?:[äa]r|blir|var)\s(?:s[åa]\s|j[äa]tte\s?|v[äa]ldigt\s|lite\s)?r[äa]dd\sf[öo]r\s(?:honom|henne|dem|dom|de|killarna|tjejerna|n[åa]gra\s\p{L}{1,20}|en\s(?:kille|tjej)\si)|(?:v[åa]gar|v[åa]gade)\sinte\s(?:g[åa]|[åa]ka|komma|cykla)\s(?:till|ut\sp[åa])\s(?:skolan|rasten|tr[äa]ningen|fritids)|r[äa]dd\s(?:att|f[öo]r\satt)\s(?:g[åa]|[åa]ka|komma)\still\sskolan)${E}` },
		{ category: 'violence', source: String.raw`${B}(?:(?:tar|tog|snor|snodde)\s(?:alltid\s)?mina\s(?:pengar|saker|grejer|mobil|telefon)|tvingar\s${ME}\satt\s(?:ge|swisha|betala)|r[åa]nade\s${ME}|(?:kallar|kallade)\s${ME}\s(?:\p{L}{1,20}\s(?=\p{L}))?(?:hora|fitta|b[öo]g|[äa]ckel|fetto|neger|cp|mongo)|sprider\srykten\som\s${ME}|(?:lade|la|l[äa]gger)\sut\s(?:\p{L}{1,20}\s(?=\p{L}))?(?:bilder|bild|video|film)\sp[åa]\s${ME}|n[åa]gon\sf[öo]ljer\sefter\s${ME}|f[öo]ljer\sefter\s${ME}\s(?:hem|till|efter|varje))${E}` },

		{ category: 'violence', source: String.raw`${B}(?:l[åa]ste|l[åa]ser|st[äa]ngde)\sin\s${ME}\s(?:i|p[åa])\s(?:omkl[äa]dningsrummet|toaletten|toan|f[öo]rr[åa]det|st[äa]dsk[åa]pet|sk[åa]pet|klassrummet)${E}` },
		{ category: 'violence', source: String.raw`${B}(?:(?:f[åa]r|fick|f[åa]tt)\s(?:\p{L}{1,20}\s(?=\p{L}))?(?:hot|d[öo]dshot|hotelser|hotmeddelanden)|(?:r[äa]dd\s(?:att|f[öo]r\satt)|v[åa]gar\sinte)\s(?:g[åa]|vara)\sut\sp[åa]\srast(?:en|erna))${E}` },

		// ---- self-harm ----
		{ category: 'self-harm', source: String.raw`${B}(?:sk[äa]r|skar|skurit|sk[äa]ra|rispar|rispade|rispat|ristar|ristade)\s(?:${ME}|sig)(?:\ssj[äa]lv)?${E}` },
		{ category: 'self-harm', source: String.raw`${B}(?:sk[äa]r|skar|skurit|sk[äa]ra|rispar)\s(?:${ME}\s)?(?:i|p[åa])\s(?:armarna|armen|handleden|handlederna|l[åa]ren|l[åa]ret|magen|benen)${E}` },
		{ category: 'self-harm', source: String.raw`${B}(?:skadar|skadade|skadat|skada|g[öo]r\silla|gjorde\silla|gjort\silla|g[öo]ra\silla|sl[åa]r|slog|br[äa]nner|br[äa]nde|river|rev|svälter|sv[äa]lter|sv[äa]lt[ae]|straffar|straffade)\s${ME}\ssj[äa]lv${E}` },
		{ category: 'self-harm', source: String.raw`${B}(?:sj[äa]lvskad\p{L}{0,20}|self[\s-]?harm\p{L}{0,20}|sh\sigen|b[äa]sta\srakbladet|rakblad\p{L}{0,20}\s(?:\p{L}{1,20}\s(?=\p{L}))?(?:p[åa]|mot|i)\s(?:armen|armarna|handleden|l[åa]ren|huden))${E}` },
		{ category: 'self-harm', source: String.raw`${B}(?:(?:br[äa]nner|br[äa]nde)\s${ME}\s(?:med\s(?:cigg\p{L}{0,20}|cigarett\p{L}{0,20}|t[äa]ndare|ljus\p{L}{0,20}|strykj[äa]rn\p{L}{0,20})|med\sflit|medvetet|p[åa]\sflit)|(?:river|rev|kliar|kliade)\s${ME}\s(?:\p{L}{1,20}\s(?=\p{L}))?(?:tills|till\sblods|s[åa]\sdet\sbl[öo]der)|(?:kr[äa]ks|spyr|spydde|kr[äa]ktes)\s(?:\p{L}{1,20}\s(?=\p{L}))?(?:med\sflit|med\savsikt|medvetet|p[åa]\sflit|efter\svarje\sm[åa]l)|(?:sv[äa]lter|sv[äa]lt[ae])\s${ME}|(?:dunkar|dunkade|sl[åa]r|slog)\s(?:mitt\s)?huvudet\s(?:i|mot)\s(?:v[äa]ggen|v[äa]ggar|golvet))${E}` },
		{ category: 'self-harm', source: String.raw`${B}(?:vill|ville|t[äa]nker|k[äa]nner\sf[öo]r\satt)\s(?:\p{L}{1,20}\s(?=\p{L}))?(?:sk[äa]ra\s${ME}|skada\s${ME}(?:\ssj[äa]lv)?|g[öo]ra\s${ME}\silla)${E}` },

		// ---- suicide ----
		{ category: 'suicide', source: String.raw`${B}(?:vill|ville|velat|skulle\svilja|vill\sbara|ville\sbara|vill\shelst|vill\styp)\s(?:bara\s|helst\s|typ\s|verkligen\s|seri[öo]st\s)?(?:d[öo]|sluta\sleva|sluta\sexistera|f[öo]rsvinna\sf[öo]r\salltid|somna\soch\s(?:aldrig|inte)\svakna|sova\sf[öo]r\salltid|somna\s(?:in\s)?f[öo]r\salltid|inte\svakna|ta\slivet\sav\s${ME}|ta\smitt\sliv|hoppa\s(?:fr[åa]n|framf[öo]r|ut)|h[äa]nga\s${ME}|unalive\p{L}{0,20})${E}` },
		{ category: 'suicide', source: String.raw`${B}(?:(?:vill|ville|orkar|orkade|klarar)\sinte\s(?:att\s)?(?:leva|finnas|existera)|(?:orkar|orkade)\sinte\s(?:med\s)?(?:livet|att\sleva)|inte\s(?:vill|orkar)\sleva|(?:vill|ville)\sinte\s(?:vakna|finnas\still)|livet\s(?:\p{L}{1,20}\s(?=\p{L}))?[äa]r\s(?:inte\s)?(?:meningsl[öo]st|inte\sv[äa]rt\satt\sleva)|ingen\smening\s(?:med\s)?(?:att\sleva|livet|mitt\sliv)|ser\singen\smening\smed\s(?:att\sleva|livet|n[åa]gonting))${E}` },
		{ category: 'suicide', source: String.raw`${B}(?:(?:ta|tar)\s(?:nog\s|bara\s|snart\s|kanske\s|typ\s)?livet\sav\s${ME}|tog\s(?:n[äa]stan\s)?livet\sav\s${ME}|ta\smitt\s(?:eget\s)?liv|sj[äa]lvmord\s?tank\p{L}{0,20}|sj[äa]lvmordstank\p{L}{0,20}|sj[äa]lvmordsf[öo]rs[öo]k|(?:t[äa]nker|t[äa]nkt|t[äa]nkte|funderar|funderat)\s(?:\p{L}{1,20}\s(?=\p{L}))?p[åa]\s(?:sj[äa]lvmord|att\s(?:ta\slivet\sav\s${ME}|d[öo]|inte\sleva|hoppa|h[äa]nga))|(?:f[öo]rs[öo]kte|f[öo]rs[öo]kt|f[öo]rs[öo]ker)\s(?:\p{L}{1,20}\s(?=\p{L}))?(?:beg[åa]\ssj[äa]lvmord|ta\slivet\sav|ta\smitt\sliv|h[äa]nga\s${ME}|d[öo])|beg[åa]\ssj[äa]lvmord|avskedsbrev\p{L}{0,20}|unalive\p{L}{0,20})${E}` },
		{ category: 'suicide', source: String.raw`${B}(?:hoppar|hoppa|kastar\s${ME}|kasta\s${ME}|ska\shoppa)\s(?:\p{L}{1,20}\s(?=\p{L}))?(?:fr[åa]n\s(?:bron|taket|balkongen|f[öo]nstret|ett\sh[öo]gt\s\p{L}{1,20})|framf[öo]r\s(?:t[åa]get|tunnelbanan|en\sbil|bilar|bussen|en\slastbil))${E}` },
		{ category: 'suicide', source: String.raw`${B}(?:h[äa]nga\s${ME}|h[äa]nger\s${ME}\s(?:i|p[åa])|[öo]verdos(?:era|erar|en)?)${E}` },
		{ category: 'suicide', source: String.raw`${B}(?:ta|tar|tog|svälja|sv[äa]lja|sv[äa]ljer)\s(?:\p{L}{1,20}\s(?=\p{L}))?(?:alla|en\shel\sburk|hela\sburken|massa)\s(?:piller|tabletter|tabletterna|alvedon|s[öo]mntabletter|mammas\s\p{L}{1,20}|pappas\s\p{L}{1,20})${E}` },
		{ category: 'suicide', source: String.raw`${B}(?:(?:alla|ingen|mamma|pappa|familjen|v[äa]rlden)\s(?:\p{L}{1,20}\s(?=\p{L}))?(?:vore|skulle\svara|blir|hade\svarit)\s(?:\p{L}{1,20}\s(?=\p{L}))?(?:gladare|lyckligare|b[äa]ttre)\s(?:\p{L}{1,20}\s(?=\p{L}))?utan\s${ME}|b[äa]ttre\s(?:om|ifall)\sjag\s(?:inte\sfanns|inte\slevde|var\sd[öo]d|dog|f[öo]rsvann|aldrig\s(?:hade\s)?f[öo]tts)|(?:[öo]nskar|[öo]nskade)\satt\sjag\s(?:var\sd[öo]d|inte\sfanns|aldrig\s(?:hade\s)?f[öo]tts|kunde\sd[öo]|dog)|vill\sinte\svara\smed\sl[äa]ngre|jag\skommer\sinte\sfinnas\s(?:kvar\s)?(?:imorgon|l[äa]ngre))${E}` },
	],
	exclusions: [
		// fiction, media, lessons (stopping before anything that sounds like grooming)
		String.raw`${B}(?:i|p[åa]|fr[åa]n)\s(?:en\s|ett\s|den\sh[äa]r\s|det\sh[äa]r\s|min\s|mitt\s|nya\s)?(?:filmen|film|filmer|serien|serie|boken|bok|novellen|dikten|l[åa]ten|s[åa]ngen|texten|spelet|spel|animen|anime|mangan|tecknade|tv|tv-serien|nyheterna|tidningen|historia|historian|historielektionen|historiaboken|lektionen|sagan|pj[äa]sen|teatern|drömmen|dr[öo]mmen|fortnite|minecraft|roblox|gta|among\sus|youtube|tiktok|klippet|videon|memen|skr[äa]ckfilm\p{L}{0,20})${E}(?:(?!bild|foto|nude|naken|tr[äa]ff|hemlig|ber[äa]tta|kamera)[^.!?\n]){0,90}`,
		String.raw`${B}(?:huvudperson\p{L}{0,20}|karakt[äa]r\p{L}{0,20}|rollfigur\p{L}{0,20}|hj[äa]lten|skurken|rapparen|s[åa]ngaren|artisten|romeo\soch\sjulia|hitler|kungen|bossen|zombie\p{L}{0,20}|monster\p{L}{0,20}|l[åa]ten|s[åa]ngen|refr[äa]ngen|texten\si)${E}(?:(?!bild|foto|nude|naken|tr[äa]ff|hemlig|ber[äa]tta|kamera)[^.!?\n]){0,90}`,
		String.raw`${B}(?:under|efter|i)\s(?:andra\s|f[öo]rsta\s)?(?:v[äa]rldskriget|kriget|medeltiden|vikingatiden|f[öo]rintelsen|revolutionen|stormaktstiden)${E}[^.!?\n]{0,90}`,
		// hyperbole: "mamma kommer döda mig om jag kommer hem sent", "läxan tar livet av mig"
		String.raw`${B}(?:(?:${CARER_PARENTS}|fr[öo]ken|l[äa]raren|mentorn|tr[äa]naren|min\ssyster|min\sbror|mormor|farmor|han|hon)\s(?:\p{L}{1,20}\s(?=\p{L}))?(?:(?:sa|s[äa]ger|skrev|skriver)\satt\s(?:han|hon|de|dom)\s)?)?(?:(?:ska|kommer\satt|kommer|t[äa]nker|vill|ville)\s)?(?:d[öo]da|m[öo]rda|sl[åa]\sihj[äa]l|ta\slivet\sav|d[öo]dar|ta)\s${ME}[\s,]{0,3}(?:(?:om|n[äa]r|ifall|f[öo]r\satt|f[öo]r\sdet|typ|asså|haha\p{L}{0,20})(?!\s(?:jag\s)?(?:ber[äa]ttar|s[äa]ger\s(?:n[åa]got|n[åa]t|n[åa]n|till|det)|skvallrar|g[åa]r\still))|xd{1,10}|lol|[😂🤣💀😭])`,
		String.raw`${B}(?:l[äa]x\p{L}{0,20}|prov\p{L}{0,20}|skolan|matten|matte|plugget|v[äa]rmen|tr[öo]ttheten|tr[åa]kigheten|den\sh[äa]r\s\p{L}{1,20}|det\sh[äa]r\s\p{L}{1,20}|veckan|jobbet|tr[äa]ningen|de\sh[äa]r\s\p{L}{1,20}|du|ni)\s(?:\p{L}{1,20}\s(?=\p{L}))?(?:tar|kommer\satt\sta|kommer\sta|ska\sta|d[öo]dar)\s(?:livet\sav\s)?${ME}${E}`,
		String.raw`${B}det\s(?:\p{L}{1,20}\s(?=\p{L}))?tar\slivet\sav\s${ME}\s(?:att|n[äa]r|hur|med)${E}`,
		String.raw`${B}(?:(?:vill|ville|kan|kunde|skulle)\s)?(?:d[öo]|d[öo]r|d[öo]tt)\s(?:av|f[öo]r)\s(?:skam|pinsamhet|skratt|tristess|uttr[åa]kning|v[äa]rmen|hunger|l[äa]ngtan|lycka|spänning|sp[äa]nning|cringe|s[öo]thet|nyfikenhet)${E}`,
		String.raw`${B}(?:(?:d[öo]r|vill|skulle)\s(?:hellre|typ|bokstavligen)\s(?:d[öo]\s)?(?:[äa]n)|hellre\sd[öo]\s[äa]n|skulle\sd[öo]da\sf[öo]r|d[öo]da\sf[öo]r\s(?:en|ett|lite)|(?:ta\slivet\sav\s${ME}|d[öo]|d[öo]r)[\s,.!]{0,10}(?:xd{1,10}|haha\p{L}{0,20}|lol|[😂🤣💀]))`,
		// sport and games: "vi fick stryk av AIK", "fick stryk i schack", teachers taking phones
		String.raw`${B}(?:vi|laget|de|dom|ni)\s(?:f[åa]r|fick|f[åa]tt)\s(?:\p{L}{1,20}\s(?=\p{L}))?(?:stryk|spö|sp[öo])${E}`,
		String.raw`${B}(?:f[åa]r|fick|f[åa]tt)\s(?:stryk|spö|sp[öo])\s(?:i|av|med|mot)\s(?:schack|fifa|matchen|finalen|spel\p{L}{0,20}|kort|\d{1,6}|aik|djurg[åa]rden|hammarby|malm[öo]|g[öo]teborg|laget|bortalaget|hemmalaget)${E}`,
		String.raw`${B}(?:l[äa]rar\p{L}{0,20}|fr[öo]ken|mentorn|rektorn|mamma|pappa|polisen)\s(?:\p{L}{1,20}\s(?=\p{L}))?(?:tar|tog)\s(?:alltid\s)?mina\s(?:pengar|saker|grejer|mobil|telefon)${E}`,
		// negation: "ingen slår mig", "pappa slår mig inte", "jag har aldrig skurit mig", "vill inte dö"
		String.raw`${B}(?:ingen|aldrig|inte|ej|inget|ingenting|int)\s(?:(?:har|n[åa]gonsin|n[åa]nsin|n[åa]gon\sg[åa]ng|mer|l[äa]ngre|jag|han|hon|de|dom|mina\sf[öo]r[äa]ldrar|pappa|mamma|hemma|alls|heller|direkt|riktigt|s[åa])\s){0,3}(?:${HIT}|slagit|mobb\p{L}{0,20}|hot\p{L}{0,20}|sk[äa]r|skar|skurit|sk[äa]ra|skadar|skadat|tafs\p{L}{0,20}|r[öo]rt|r[öo]r|d[öo]|d[öo]da|mobbad|slagen|r[äa]dd|hungrig|ensam)${E}(?:\s(?:${ME}(?:\ssj[äa]lv)?|f[öo]r\s(?:honom|henne|pappa|mamma|dem)))?`,
		String.raw`${B}(?:${HIT}|slagit|mobbar|mobbat|hotar|sk[äa]r|skar|skurit|skadar|skadat|tafsar|r[öo]r|r[öo]rt|tar\sp[åa])\s(?:(?:han|hon|de|dom|n[åa]gon|pappa|mamma)\s)?${ME}(?:\ssj[äa]lv)?\s(?:inte|aldrig|int|ej|inte\sl[äa]ngre|aldrig\smer)${E}`,
		String.raw`${B}(?:jag|han|hon)\s(?:har\s)?(?:inte|aldrig)\s(?:n[åa]gonsin\s|n[åa]nsin\s)?(?:slagit|skurit|skadat|skar|sk[äa]r|slog)\s${ME}${E}`,
		// everyday idioms: "det slår mig att", "slog mig ner", "slår mig i schack", "jag slog mig på knät",
		// "tar på mig jackan", "skar mig i fingret"
		String.raw`${B}(?:(?:det|tanken|id[ée]n)\s(?:\p{L}{1,20}\s(?=\p{L}))?)?(?:sl[åa]r|slog|slagit)\s${ME}\s(?:att|hur|pl[öo]tsligt|ner|ned)${E}`,
		String.raw`${B}jag\s(?:\p{L}{1,20}\s(?=\p{L}))?(?:slog|sl[åa]r)\s${ME}\s(?:p[åa]|i)\s(?:kn[äa]t|armb[åa]gen|t[åa]n|benet|huvudet|n[äa]san|tummen|handen|l[åa]ret)${E}`,
		String.raw`${B}(?:skar|sk[äa]r|br[äa]nde|br[äa]nner|rev)\s${ME}\s(?:p[åa]|i)\s(?:ett\s|en\s)?(?:fingret|tummen|handen|papper\p{L}{0,20}|kniv\p{L}{0,20}|glas\p{L}{0,20}|spisen|ugnen|str[yu]kj[äa]rnet|sax\p{L}{0,20})${E}`,
		String.raw`${B}(?:tar|tog)\sp[åa]\s${ME}\s(?:\p{L}{1,20}\s(?=\p{L}))?(?:jacka\p{L}{0,20}|tr[öo]ja\p{L}{0,20}|skor\p{L}{0,20}|kl[äa]der\p{L}{0,20}|m[öo]ssa\p{L}{0,20}|byxor\p{L}{0,20}|kl[äa]nning\p{L}{0,20}|glas[öo]gon\p{L}{0,20}|h[öo]rlurar\p{L}{0,20}|mask\p{L}{0,20}|ansvar\p{L}{0,20}|uppgift\p{L}{0,20}|skulden|rollen|keps\p{L}{0,20}|overall\p{L}{0,20})${E}`,
		String.raw`${B}(?:sk[äa]r|skar)\s${ME}\s(?:en|ett|lite)\s(?:bit|skiva|macka|t[åa]rt\p{L}{0,20}|kaka|kakbit)${E}`,
		String.raw`${B}(?:(?:de|dom|han|hon|tr[äa]naren|coachen|ledaren)\s(?:\p{L}{1,20}\s(?=\p{L}))?)?(?:sparkade|sparkar|sparkat)\s${ME}\s(?:fr[åa]n|ur)\s(?:laget|jobbet|gruppen|chatten|servern)${E}`,
		String.raw`${B}(?:boxning\p{L}{0,20}|kampsport\p{L}{0,20}|karate|judo|mma|brottning\p{L}{0,20}|taekwondo|sparring\p{L}{0,20}|i\sringen|p[åa]\smattan|i\smatchen|p[åa]\smatchen|i\sfifa)${E}(?:(?!tafs|r[öo]r|kl[äa]\sav|bild|hemlig|hemma)[^.!?\n]){0,60}`,
		// "ingen gör mig illa"
		String.raw`${B}(?:ingen|aldrig|inte)\s(?:\p{L}{1,20}\s(?=\p{L}))?(?:g[öo]r|gjorde|gjort)\s${ME}\silla${E}`,
	],
};
