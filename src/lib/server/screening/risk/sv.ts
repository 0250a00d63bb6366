import type { RiskCategory, RiskLexicon } from '../types.ts';

/**
 * Swedish risk phrases. Children often drop å/ä/ö on phones, so those letters are written as
 * classes (`[åa]`, `[äa]`, `[öo]`), and `mig` is also written `mej`. Swedish puts the negation
 * after the verb ("slår mig inte"), which the exclusions cover.
 */

/** Word boundaries for letters (`\b` only knows ASCII). */
const B = String.raw`(?<!\p{L})`;
const E = String.raw`(?!\p{L})`;
const ME = String.raw`(?:mig|mej)`;
/** A space or a comma between words. */
const SEP = String.raw`(?:\s*,\s*|\s+)`;
/** Up to three words in between, none of them a negation. */
const GAP = String.raw`(?:[\s,]+(?!(?:inte|aldrig|ingen|int|ej)${E})\p{L}+){0,2}[\s,]+`;
/** One optional word in between, not a negation. */
const OPT = String.raw`(?:(?!(?:inte|aldrig|int|ej)${E})\p{L}+\s+(?=\p{L}))?`;

/** Parents and step-parents, and other adults at home (two lists, so each source stays small). */
const CARER_PARENTS = String.raw`(?:pappa|mamma|farsan|morsan|farsgubben|styvpappa(?:n|s)?|styvmamma(?:n|s)?|styvfar(?:n|s)?|styvmor(?:n|s)?|bonuspappa(?:n|s)?|bonusmamma(?:n|s)?|f[öo]r[äa]ldr(?:ar|arna)|mina\s+f[öo]r[äa]ldrar|min\s+far|min\s+mor)`;
const CARER_FAMILY = String.raw`(?:mammas\s+(?:kille|pojkv[äa]n|sambo|man|nya)|pappas\s+(?:tjej|flickv[äa]n|sambo|fru|nya)|fosterf[öo]r[äa]ldr(?:ar|arna)|fosterpappa|fostermamma|morbror|farbror|morfar|farfar|mormor|farmor|storebror|brorsan|min\s+bror|hemma)`;
const CARERS = [CARER_PARENTS, CARER_FAMILY];
/** Places where bullying happens, and peers. */
const PEER_PLACES = String.raw`(?:i\s+skolan|p[åa]\s+rast(?:en|erna)|i\s+klassen|i\s+min\s+klass|i\s+omkl[äa]dningsrummet|efter\s+skolan|p[åa]\s+bussen|p[åa]\s+skolg[åa]rden|p[åa]\s+fritids)`;
const PEER_PEOPLE = String.raw`(?:killarna|tjejerna|n[åa]gra\s+(?:killar|tjejer|i\s+klassen|elever|[äa]ldre)|de\s+(?:[äa]ldre|andra|stora)|dom\s+(?:[äa]ldre|andra|stora)|[äa]ldre\s+(?:killar|tjejer|elever)|klasskompis(?:ar|arna)?|elever|ett\s+g[äa]ng|g[äa]nget)`;
const PEERS = [PEER_PLACES, PEER_PEOPLE];

/** One pattern per list of subjects. */
function each(category: RiskCategory, subjects: string[], make: (subject: string) => string) {
	return subjects.map((subject) => ({ category, source: make(subject) }));
}
/** Hitting, kicking, beating up. */
const HIT = String.raw`(?:sl[åa]r|slog|slagit|sparkar|sparkade|knuffar|knuffade|puttar|puttade|[öo]rfilar|[öo]rfilade|misshandlar|misshandlade|bankar|bankade|sp[öo]ar|sp[öo]ade|kl[åa]r|kl[åa]dde|nyper|n[öo]p|stryper|str[öo]p|skakar|skakade|sm[äa]ller\s+till|sm[äa]llde\s+till|daskar|daskade|kastar\s+saker\s+p[åa]|kastade\s+saker\s+p[åa]|skadar|skadade)`;
/** The same, as stems, for patterns that already know who does it. */
const HIT_S = String.raw`(?:sl[åa]r|slog|slagit|sparka\p{L}*|knuffa\p{L}*|putta\p{L}*|[öo]rfila\p{L}*|misshandla\p{L}*|banka\p{L}*|sp[öo]a\p{L}*|kl[åa]r|kl[åa]dde|nyper|n[öo]p|stryper|str[öo]p|sm[äa]ll(?:er|de)\s+till)`;
/** Bullying verbs. */
const BULLY = String.raw`(?:mobbar|mobbade|retar|retade|h[åa]nar|h[åa]nade|hotar|hotade|trakasserar|trakasserade|f[öo]rf[öo]ljer|fryser\s+ut|fr[öo]s\s+ut|hatar\s+p[åa]|spottar\s+p[åa]|spottade\s+p[åa]|r[åa]nade|r[åa]nar)`;
/** Not followed by a negation ("slår mig inte"), an accident ("av misstag"), an idiom ("knuffar mig att")
 * nor a game ("slår mig i schack"). */
const NOTNEG = String.raw`(?!\s+(?:inte|aldrig|int|ej|att|till\s+att|fram[åa]t|av\s+misstag|av\s+en\s+olycka|utan\s+att\s+mena)${E})(?!\s+(?:alltid\s+|j[äa]mt\s+|igen\s+|l[äa]tt\s+)?(?:i|p[åa])\s+(?:schack|fifa|fortnite|spel|tennis|pingis|badminton|l[öo]pning|matchen|kortspel|kort|mario|racet|loppet|tv-spel|datorspel|brädspel|br[äa]dspel|minecraft|roblox|uno|monopol))`;

export const lexicon: RiskLexicon = {
	patterns: [
		// ---- abuse: physical, by a parent or carer ----
		{ category: 'abuse', source: String.raw`${B}(?:han|hon)\s+(?:\p{L}+\s+(?=\p{L}))?${HIT}\s+(?:${ME}|oss|mamma|pappa|min\s+(?:mamma|pappa|bror|syster|lillebror|lillasyster)|lillebror|lillasyster)${E}${NOTNEG}` },
		{ category: 'abuse', source: String.raw`${B}(?:${HIT_S}\s+(?:han|hon)\s+${ME}|(?:g[öo]r|gjorde|gjort)\s+(?:han\s+|hon\s+)?${ME}\s+illa)${E}${NOTNEG}` },
		...each('abuse', CARERS, (who) => String.raw`${B}${who}${GAP}${HIT_S}\s+(?:${ME}|oss|mamma|pappa|min\s+\p{L}+|mina\s+syskon|lillebror|lillasyster)${E}${NOTNEG}`),
		...each('abuse', CARERS, (who) => String.raw`${B}${HIT_S}\s+${who}\s+(?:${ME}|oss|mamma)${E}${NOTNEG}`),
		{ category: 'abuse', source: String.raw`${B}(?:(?:f[åa]r|fick|f[åa]tt)\s+(?:\p{L}+\s+(?=\p{L}))?(?:stryk|smisk|sm[äa]ll|en\s+sm[äa]ll|[öo]rfil\p{L}*|en\s+[öo]rfil|spö|sp[öo]|bälte|b[äa]ltet)|(?:ger|gav)\s+${ME}\s+(?:\p{L}+\s+(?=\p{L}))?(?:stryk|smisk|[öo]rfil\p{L}*|en\s+[öo]rfil|en\s+sm[äa]ll))${E}(?:\s+(?:\p{L}+\s+(?=\p{L}))?(?:hemma|av\s+(?:pappa|mamma|farsan|morsan|styv\p{L}*|min\s+\p{L}+|honom|henne)))?` },
		{ category: 'abuse', source: String.raw`${B}(?:sl[åa]r|slog|slagit|misshandlar|misshandlade|bankar|sp[öo]ar)\s+${ME}\s+(?:\p{L}+\s+(?=\p{L}))?(?:med\s+(?:b[äa]ltet|ett\s+b[äa]lte|en\s+sladd|sladden|en\s+pinne|knytn[äa]ven|knytn[äa]var)|i\s+ansiktet|i\s+huvudet|i\s+magen|hemma|n[äa]r\s+(?:han|hon)\s+(?:[äa]r\s+)?(?:full|arg|dricker|druckit))${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:drar|drog|rycker|ryckte)\s+${ME}\s+i\s+h[åa]ret${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:blir|blev|har\s+blivit)\s+(?:\p{L}+\s+(?=\p{L}))?(?:slagen|slagna|misshandlad|sparkad|[öo]rfilad|str[yu]pt)\s+(?:\p{L}+\s+(?=\p{L}))?(?:hemma|av\s+(?:pappa|mamma|farsan|morsan|styv\p{L}*|mina?\s+\p{L}+|min\s+\p{L}+))${E}` },
		// emotional abuse, being locked in, afraid of someone at home
		{ category: 'abuse', source: String.raw`${B}(?:s[äa]ger|sa|sade|skriker|skrek|tycker|kallar\s+${ME}\s+f[öo]r)\s+(?:till\s+${ME}\s+)?(?:att\s+)?(?:jag\s+[äa]r\s+)?(?:\p{L}+\s+(?=\p{L}))?(?:v[äa]rdel[öo]s|ingenting\s+v[äa]rd|inget\s+v[äa]rd|ett\s+misstag|en\s+b[öo]rda|en\s+besvikelse|[äa]cklig|o[öo]nskad|en\s+idiot|efterbliven|patetisk|en\s+hora|ett\s+[äa]ckel)${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:[åa]ngrar|[åa]ngrade)\s+(?:att\s+)?(?:hon|han|de|dom)\s+(?:fick|skaffade|f[öo]dde)\s+${ME}${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:l[åa]ser|l[åa]ste|st[äa]nger|st[äa]ngde)\s+in\s+${ME}\s+(?:\p{L}+\s+(?=\p{L}))?(?:i|p[åa])\s+(?:k[äa]llaren|garderoben|badrummet|f[öo]rr[åa]det|rummet|mitt\s+rum|garaget|balkongen)` },
		{ category: 'abuse', source: String.raw`${B}(?:(?:[äa]r|blir|var)\s+(?:s[åa]\s+|j[äa]tte\s*|v[äa]ldigt\s+|lite\s+)?r[äa]dd\s+f[öo]r\s+(?:min\s+|mina\s+)?(?:pappa|mamma|farsan|morsan|styvpappa|styvmamma|f[öo]r[äa]ldrar|bror|morbror|farbror|morfar|farfar|mammas\s+\p{L}+|pappas\s+\p{L}+)|(?:v[åa]gar|v[åa]gade)\s+inte\s+(?:g[åa]|[åa]ka|komma|cykla)\s+hem|r[äa]dd\s+(?:att|f[öo]r\s+att)\s+(?:g[åa]|[åa]ka|komma)\s+hem)${E}` },
		// sexual abuse
		{ category: 'abuse', source: String.raw`${B}(?:tafsar|tafsade|tafsat|kladdar|kladdade|tafsa)\s+(?:p[åa]\s+)?${ME}${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:tar|tog|r[öo]r|r[öo]rde|r[öo]rt|tagit|smeker|smekte|klappar|klappade)\s+(?:vid\s+|p[åa]\s+)?(?:${ME}|min|mina)\s+(?:\p{L}+\s+(?=\p{L}))?(?:d[äa]r\s+nere|d[äa]r|mellan\s+benen|p[åa]\s+(?:br[öo]st\p{L}*|rumpan|snippan|snoppen|kroppen|l[åa]ret|l[åa]ren)|under\s+(?:kl[äa]derna|tr[öo]jan|trosorna|kalsongerna|t[äa]cket)|br[öo]st\p{L}*|rumpa|rumpan|snippa|snippan|snopp|snoppen|kropp|kroppen|n[äa]r\s+(?:ingen|mamma|pappa|jag\s+sover)|p[åa]\s+natten|p[åa]\s+ett\s+(?:konstigt|[äa]ckligt|s[äa]tt))${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:v[åa]ldt[oa]g\p{L}*|v[åa]ldtagen|v[åa]ldtagit|v[åa]ldt[äa]kt\p{L}*|f[öo]rgrep\s+sig|f[öo]rgripit\s+sig|f[öo]rgriper\s+sig|sexuell\p{L}*\s+[öo]vergrepp|[öo]vergrepp|utnyttja(?:r|de|t)?\s+${ME}\s+sexuellt|sexuellt\s+utnyttjad|pedofil\p{L}*|antastad|antastade|antastar)${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:tvingar|tvingade|tvingat|f[åa]r|fick|ville|vill|ber|bad|s[äa]ger\s+[åa]t)\s+${ME}\s+att\s+(?:\p{L}+\s+(?=\p{L}))?(?:ha\s+sex|kl[äa]\s+av\s+${ME}|kl[äa]\s+av|ta\s+av\s+${ME}|ta\s+av\s+kl[äa]derna|suga|r[öo]ra\s+(?:vid\s+)?(?:hans|hennes|honom)|ta\s+p[åa]\s+(?:hans|hennes|honom)|titta\s+p[åa]\s+porr|kyssa\s+(?:honom|henne)|visa\s+${ME}\s+naken|sova\s+(?:i\s+hans|med\s+honom))` },
		{ category: 'abuse', source: String.raw`${B}(?:visar|visade|skickar|skickade|skickat)\s+(?:sin\s+|sina\s+)?(?:\p{L}+\s+(?=\p{L}))?(?:snopp|kuk|penis|porr|porrfilm\p{L}*|dickpic\p{L}*|nakenbild\p{L}*)\s*(?:f[öo]r|till)?\s*${ME}?` },
		{ category: 'abuse', source: String.raw`${B}(?:kommer|kom|smyger|sm[öo]g|g[åa]r|gick)\s+in\s+(?:i\s+mitt\s+rum|till\s+${ME})\s+(?:\p{L}+\s+(?=\p{L}))?(?:p[åa]\s+n[äa]tterna|p[åa]\s+natten|n[äa]r\s+jag\s+sover|och\s+(?:l[äa]gger\s+sig|tar\s+p[åa]|r[öo]r))` },
		// online grooming
		{ category: 'abuse', source: String.raw`${B}(?:ber|bad|fr[åa]gar|fr[åa]gade|vill|ville|tjatar|tjatade|kr[äa]ver|kr[äa]vde|skicka|skickade|skickat|skicka)${GAP}(?:nakenbild\p{L}*|nudes?|naken|nakna|utan\s+kl[äa]der|i\s+underkl[äa]der|i\s+bh|i\s+bikini|sexiga\s+\p{L}+|sexig\s+bild|bilder\s+p[åa]\s+(?:min|mina)\s+(?:kropp|br[öo]st|rumpa))${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:en\s+vuxen|vuxen|vuxna|en\s+(?:gammal|[äa]ldre|vuxen)\s+(?:man|kille|gubbe|snubbe)|gubbe|gubben|en\s+man|en\s+snubbe|n[åa]n\s+(?:gubbe|vuxen|man|snubbe|kille)|en\s+fr[äa]mling|fr[äa]mlingar|en\s+kille\s+(?:p[åa]|fr[åa]n)\s+(?:n[äa]tet|internet|snap\p{L}*|insta\p{L}*|discord|tiktok|spel\p{L}*|roblox|fortnite)|(?:som\s+[äa]r|[äa]r\s+typ)\s+(?:typ\s+|runt\s+|[öo]ver\s+|kanske\s+)?[2-9]\d(?:\s*[åa]r)?)${E}[^.!?\n]{0,60}(?<!\p{L})(?:bild|bilder|bilderna|foto|foton|nudes|selfies?|tr[äa]ffa[sd]?|tr[äa]ffas|ses|h[äa]mta\s+${ME}|adress(?:en)?|hemlighet(?:en)?|kamera(?:n)?|facetime|videosamtal|webbkamera(?:n)?)${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:s[äa]ger|sa|sade|skriver|skrev|tjatar\s+om)\s+(?:att\s+)?(?:jag\s+)?(?:inte\s+f[åa]r|inte\s+ska|aldrig\s+f[åa]r|inte\s+beh[öo]ver)\s+(?:ber[äa]tta|s[äa]ga|n[äa]mna|visa)\s+(?:det\s+)?(?:\p{L}+\s+(?=\p{L}))?(?:f[öo]r|till)\s+(?:n[åa]gon|n[åa]n|mamma|pappa|mina\s+f[öo]r[äa]ldrar|en\s+vuxen|n[åa]gon\s+vuxen|l[äa]raren|n[åa]gra)` },
		{ category: 'abuse', source: String.raw`${B}(?:det\s+[äa]r\s+v[åa]r\s+(?:lilla\s+)?hemlighet|(?:hotar|hotade|hotat)\s+(?:${ME}\s+)?(?:med\s+)?att\s+(?:sprida|l[äa]gga\s+ut|skicka|visa|dela|publicera)\s+(?:\p{L}+\s+(?=\p{L}))?(?:bild\p{L}*|foto\p{L}*|film\p{L}*|video\p{L}*|nudes?))${E}` },

		{ category: 'abuse', source: String.raw`${B}(?:(?:kommer|kom|g[åa]r|gick|smyger|sm[öo]g)\s+in\s+(?:i\s+)?(?:badrummet|duschen|mitt\s+rum|omkl[äa]dningsrummet)|(?:tittar|tittade|kikar|kikade|glor|glodde)\s+p[åa]\s+${ME})\s+n[äa]r\s+jag\s+(?:duschar|badar|byter\s+om|kl[äa]r\s+av\s+${ME}|[äa]r\s+naken|sover)${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:s[äa]ger|sa|sade)\s+att\s+jag\s+(?:inte\s+f[åa]r|aldrig\s+f[åa]r|inte\s+ska)\s+(?:s[äa]ga|ber[äa]tta)\s+(?:n[åa]got|n[åa]t|det|om\s+det)${E}` },
		...each('abuse', CARERS, (who) => String.raw`${B}${who}\s+(?:hatar|hatade)\s+${ME}${E}`),
		{ category: 'abuse', source: String.raw`${B}(?:s[äa]ger|sa|skriker|skrek)\s+(?:att\s+)?(?:hon|han|de|dom)\s+(?:hatar|hatade)\s+${ME}${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:kastade|kastar|sl[äa]ngde|sl[äa]nger|kastat)\s+(?:en\s+|ett\s+|sin\s+|sitt\s+)?(?!(?:boll|bollen|sn[öo]boll\p{L}*|vatten|kudde\p{L}*|frisbee\p{L}*)${E})\p{L}+\s+p[åa]\s+${ME}${E}` },

		// ---- neglect ----
		{ category: 'neglect', source: String.raw`${B}(?:det\s+finns\s+(?:aldrig\s+|s[äa]llan\s+)?(?:ingen|inte\s+n[åa]gon|knappt\s+n[åa]gon)\s+mat|vi\s+har\s+(?:aldrig\s+|s[äa]llan\s+)?(?:ingen|inte\s+n[åa]gon|knappt\s+n[åa]gon)\s+mat|(?:finns|har|f[åa]r)\s+(?:inget|ingenting|inte\s+n[åa]got)\s+att\s+[äa]ta|f[åa]r\s+(?:ingen|inte\s+n[åa]gon|aldrig|s[äa]llan|inte)\s+(?:n[åa]gon\s+)?mat|(?:har|hade)\s+inte\s+r[åa]d\s+(?:med|att\s+k[öo]pa)\s+mat|kylsk[åa]pet\s+[äa]r\s+(?:alltid\s+|helt\s+)?tomt)${E}` },
		{ category: 'neglect', source: String.raw`${B}(?:(?:g[åa]r|g[åa]tt|gick)\s+(?:och\s+l[äa]gger\s+${ME}\s+|och\s+lade\s+${ME}\s+|till\s+skolan\s+)?hungrig|(?:l[äa]gger|lade)\s+${ME}\s+hungrig|hungrig\s+(?:hela\s+tiden\s+)?(?:f[öo]r\s+att|eftersom)\s+(?:det\s+inte|vi\s+inte|mamma|pappa)|har\s+inte\s+[äa]tit\s+(?:\p{L}+\s+(?=\p{L}))?(?:sen|sedan|p[åa])\s+(?:ig[åa]r|i\s+f[öo]rrg[åa]r|tv[åa]|tre|flera)|inte\s+[äa]tit\s+p[åa]\s+(?:tv[åa]|tre|flera)\s+dagar)${E}` },
		{ category: 'neglect', source: String.raw`${B}(?:f[öo]r[äa]ldr\p{L}*|mamma|pappa|de|dom|morsan|farsan)\s+(?:bryr\s+sig\s+inte|struntar)\s+(?:ett\s+dugg\s+)?(?:om\s+|i\s+)${ME}${E}` },
		{ category: 'neglect', source: String.raw`${B}(?:ingen\s+(?:bryr\s+sig\s+om|tar\s+hand\s+om|lagar\s+mat\s+till|tittar\s+efter)\s+${ME}|(?:l[äa]mnar|l[äa]mnade|l[äa]mnat)\s+${ME}\s+(?:\p{L}+\s+(?=\p{L}))?ensam\s+(?:hemma\s+)?(?:i\s+(?:flera|m[åa]nga|tv[åa]|tre|en)\s+(?:dagar|dygn|veckor|vecka)|hela\s+(?:helgen|veckan|natten|n[äa]tterna)|[öo]ver\s+natten|p[åa]\s+n[äa]tterna)|[äa]r\s+ensam\s+hemma\s+i\s+(?:flera|m[åa]nga|tv[åa]|tre)\s+(?:dagar|dygn|veckor)|(?:mamma|pappa|f[öo]r[äa]ldrarna|de|dom)\s+(?:\p{L}+\s+(?=\p{L}))?(?:kommer|kom)\s+inte\s+hem\s+(?:p[åa]\s+(?:flera|m[åa]nga|tv[åa]|tre)\s+(?:dagar|n[äa]tter)|p[åa]\s+n[äa]tterna|p[åa]\s+hela\s+\p{L}+))${E}` },
		...each('neglect', CARERS, (who) => String.raw`${B}${who}\s+(?:(?:alltid|j[äa]mt|hela\s+tiden|varje\s+(?:dag|kv[äa]ll|helg)|ofta|f[öo]r\s+mycket|s[åa]\s+mycket|mycket|igen|n[äa]stan|redan|fortfarande)\s+)?(?:super|knarkar|missbrukar|drogar\s+sig|tar\s+droger|r[öo]ker\s+på)${E}`),
		...each('neglect', CARERS, (who) => String.raw`${B}${who}\s+(?:(?:alltid|j[äa]mt|hela\s+tiden|ofta|igen|fortfarande)\s+)?dricker(?=\s*(?:$|[.,!?;:)…]|(?:och|men|när|varje|hela|j[äa]mt|alltid|mycket|f[öo]r|s[åa]|tills|sprit|vodka|v[åa]dka|alkohol|starksprit|hembr[äa]nt|massor|ihj[äa]l)${E}))`),
		...each('neglect', CARERS, (who) => String.raw`${B}${who}\s+(?:[äa]r|blir|var|kommer\s+hem|kom\s+hem|brukar\s+vara)\s+(?:(?:alltid|j[äa]mt|hela\s+tiden|varje\s+(?:dag|kv[äa]ll|helg)|ofta|f[öo]r\s+mycket|s[åa]\s+mycket|mycket|igen|n[äa]stan|redan|fortfarande)\s+)?(?:fulla?|packade?|p[åa]verkade?|drogade?|h[öo]ga?|alkoholister?|narkomaner?|missbrukare|p[åa]\s+fyllan|bakfulla?|p[åa]\s+lyset|aspackade?|stupfulla?)${E}`),
		{ category: 'neglect', source: String.raw`${B}(?:har\s+(?:ingenstans|inget\s+st[äa]lle)\s+att\s+(?:bo|sova|ta\s+v[äa]gen)|sover\s+(?:ute|p[åa]\s+gatan|i\s+trapphuset|p[åa]\s+stationen)|(?:blev|har\s+blivit)\s+utkastad|(?:kastade|kastar|sl[äa]ngde|sl[äa]nger)\s+ut\s+${ME}|f[åa]r\s+inte\s+komma\s+hem|inga\s+vinterkl[äa]der|ingen\s+vinterjacka|m[åa]ste\s+ta\s+hand\s+om\s+(?:mina\s+)?(?:sm[åa]\s+)?syskon\s+(?:sj[äa]lv|ensam)|f[åa]r\s+inte\s+g[åa]\s+till\s+(?:doktorn|l[äa]karen|tandl[äa]karen))${E}` },

		{ category: 'neglect', source: String.raw`${B}(?:[äa]r|kommer)\s+inte\s+hem(?:ma)?\s+(?:p[åa]|i)\s+(?:flera|m[åa]nga|tv[åa]|tre|en)\s+(?:dagar|dygn|veckor|vecka|n[äa]tter)${E}` },
		{ category: 'neglect', source: String.raw`${B}ingen\s+(?:fr[åa]gar|kollar)\s+(?:ens\s+)?om\s+jag\s+(?:har\s+)?[äa]tit${E}` },

		{ category: 'neglect', source: String.raw`${B}(?:har|hade)\s+(?:inget|ingen|inte\s+n[åa]got|inte\s+n[åa]gon)\s+(?:eget\s+|egen\s+)?(?:t[äa]cke|s[äa]ng|madrass|v[äa]rme|varmvatten)${E}` },
		// ---- violence: peers and others, threats, fear ----
		{ category: 'violence', source: String.raw`${B}(?:de|dom|dem|alla|n[åa]gra|folk|killarna|tjejerna)\s+${OPT}${HIT_S}\s+${ME}${E}${NOTNEG}` },
		{ category: 'violence', source: String.raw`${B}(?:de|dom|dem|alla|n[åa]gra|folk|killarna|tjejerna)\s+${OPT}${BULLY}\s+${ME}${E}${NOTNEG}` },
		{ category: 'violence', source: String.raw`${B}${HIT_S}\s+(?:de|dom)\s+${ME}${E}${NOTNEG}` },
		{ category: 'violence', source: String.raw`${B}${BULLY}\s+(?:de|dom)\s+${ME}${E}${NOTNEG}` },
		...each('violence', PEERS, (who) => String.raw`${B}${who}${GAP}${HIT_S}\s+${ME}${E}${NOTNEG}`),
		...each('violence', PEERS, (who) => String.raw`${B}${who}${GAP}${BULLY}\s+${ME}${E}${NOTNEG}`),
		{ category: 'violence', source: String.raw`${B}(?:mobbar|mobbade|mobbat|trakasserar|trakasserade|f[öo]rf[öo]ljer|f[öo]rf[öo]ljde|fryser\s+ut|fr[öo]s\s+ut|n[äa]thatar)\s+${ME}${E}${NOTNEG}` },
		{ category: 'violence', source: String.raw`${B}(?:blir|blev|har\s+blivit|[äa]r|var)\s+(?:(?:ofta|alltid|j[äa]mt|hela\s+tiden|fortfarande|typ|ibland|varje\s+dag|igen|ocks[åa]|redan|d[äa]r|h[äa]r|hemma|grovt|sv[åa]rt)\s+)?(?:mobbad|mobbade|mobbas|utfryst|trakasserad|misshandlad|nedslagen|slagen|r[åa]nad|knivhotad|hotad|f[öo]rf[öo]ljd|n[äa]thatad|hackad\s+p[åa])${E}` },
		{ category: 'violence', source: String.raw`${B}(?:mobbas|mobbning|n[äa]that)\s+(?:\p{L}+\s+(?=\p{L}))?(?:i\s+skolan|hela\s+tiden|varje\s+dag|p[åa]\s+(?:rasten|n[äa]tet|snap|insta\p{L}*))${E}` },
		{ category: 'violence', source: String.raw`${B}(?:hotar|hotade|hotat)\s+(?:${ME}|att\s+(?:sl[åa]|d[öo]da|knivhugga|misshandla|skada|skjuta|ta\s+${ME}|m[öo]rda|v[åa]ldta|sp[öo]a|kl[åa]|sl[åa]\s+ner|ge\s+${ME}\s+stryk)|med\s+kniv)${E}` },
		{ category: 'violence', source: String.raw`${B}(?:(?:ska|kommer\s+att|kommer|t[äa]nker|vill|ville)\s+(?:d[öo]da|m[öo]rda|knivhugga|skjuta|misshandla|spöa|sp[öo]a|sl[åa]\s+ihj[äa]l|ta)\s+${ME}|(?:sa|s[äa]ger|skrev|skriver)\s+att\s+(?:han|hon|de|dom|n[åa]gon)\s+(?:ska|kommer\s+att|kommer)\s+(?:d[öo]da|m[öo]rda|sl[åa]|sp[öo]a|skada|knivhugga)\s+${ME})${E}` },
		{ category: 'violence', source: String.raw`${B}(?:(?:[äa]r|blir|var)\s+(?:s[åa]\s+|j[äa]tte\s*|v[äa]ldigt\s+|lite\s+)?r[äa]dd\s+f[öo]r\s+(?:honom|henne|dem|dom|de|killarna|tjejerna|n[åa]gra\s+\p{L}+|en\s+(?:kille|tjej)\s+i)|(?:v[åa]gar|v[åa]gade)\s+inte\s+(?:g[åa]|[åa]ka|komma|cykla)\s+(?:till|ut\s+p[åa])\s+(?:skolan|rasten|tr[äa]ningen|fritids)|r[äa]dd\s+(?:att|f[öo]r\s+att)\s+(?:g[åa]|[åa]ka|komma)\s+till\s+skolan)${E}` },
		{ category: 'violence', source: String.raw`${B}(?:(?:tar|tog|snor|snodde)\s+(?:alltid\s+)?mina\s+(?:pengar|saker|grejer|mobil|telefon)|tvingar\s+${ME}\s+att\s+(?:ge|swisha|betala)|r[åa]nade\s+${ME}|(?:kallar|kallade)\s+${ME}\s+(?:\p{L}+\s+(?=\p{L}))?(?:hora|fitta|b[öo]g|[äa]ckel|fetto|neger|cp|mongo)|sprider\s+rykten\s+om\s+${ME}|(?:lade|la|l[äa]gger)\s+ut\s+(?:\p{L}+\s+(?=\p{L}))?(?:bilder|bild|video|film)\s+p[åa]\s+${ME}|n[åa]gon\s+f[öo]ljer\s+efter\s+${ME}|f[öo]ljer\s+efter\s+${ME}\s+(?:hem|till|efter|varje))${E}` },

		{ category: 'violence', source: String.raw`${B}(?:l[åa]ste|l[åa]ser|st[äa]ngde)\s+in\s+${ME}\s+(?:i|p[åa])\s+(?:omkl[äa]dningsrummet|toaletten|toan|f[öo]rr[åa]det|st[äa]dsk[åa]pet|sk[åa]pet|klassrummet)${E}` },
		{ category: 'violence', source: String.raw`${B}(?:(?:f[åa]r|fick|f[åa]tt)\s+(?:\p{L}+\s+(?=\p{L}))?(?:hot|d[öo]dshot|hotelser|hotmeddelanden)|(?:r[äa]dd\s+(?:att|f[öo]r\s+att)|v[åa]gar\s+inte)\s+(?:g[åa]|vara)\s+ut\s+p[åa]\s+rast(?:en|erna))${E}` },

		// ---- self-harm ----
		{ category: 'self-harm', source: String.raw`${B}(?:sk[äa]r|skar|skurit|sk[äa]ra|rispar|rispade|rispat|ristar|ristade)\s+(?:${ME}|sig)(?:\s+sj[äa]lv)?${E}` },
		{ category: 'self-harm', source: String.raw`${B}(?:sk[äa]r|skar|skurit|sk[äa]ra|rispar)\s+(?:${ME}\s+)?(?:i|p[åa])\s+(?:armarna|armen|handleden|handlederna|l[åa]ren|l[åa]ret|magen|benen)${E}` },
		{ category: 'self-harm', source: String.raw`${B}(?:skadar|skadade|skadat|skada|g[öo]r\s+illa|gjorde\s+illa|gjort\s+illa|g[öo]ra\s+illa|sl[åa]r|slog|br[äa]nner|br[äa]nde|river|rev|svälter|sv[äa]lter|sv[äa]lt[ae]|straffar|straffade)\s+${ME}\s+sj[äa]lv${E}` },
		{ category: 'self-harm', source: String.raw`${B}(?:sj[äa]lvskad\p{L}*|self[\s-]?harm\p{L}*|sh\s+igen|b[äa]sta\s+rakbladet|rakblad\p{L}*\s+(?:\p{L}+\s+(?=\p{L}))?(?:p[åa]|mot|i)\s+(?:armen|armarna|handleden|l[åa]ren|huden))${E}` },
		{ category: 'self-harm', source: String.raw`${B}(?:(?:br[äa]nner|br[äa]nde)\s+${ME}\s+(?:med\s+(?:cigg\p{L}*|cigarett\p{L}*|t[äa]ndare|ljus\p{L}*|strykj[äa]rn\p{L}*)|med\s+flit|medvetet|p[åa]\s+flit)|(?:river|rev|kliar|kliade)\s+${ME}\s+(?:\p{L}+\s+(?=\p{L}))?(?:tills|till\s+blods|s[åa]\s+det\s+bl[öo]der)|(?:kr[äa]ks|spyr|spydde|kr[äa]ktes)\s+(?:\p{L}+\s+(?=\p{L}))?(?:med\s+flit|med\s+avsikt|medvetet|p[åa]\s+flit|efter\s+varje\s+m[åa]l)|(?:sv[äa]lter|sv[äa]lt[ae])\s+${ME}|(?:dunkar|dunkade|sl[åa]r|slog)\s+(?:mitt\s+)?huvudet\s+(?:i|mot)\s+(?:v[äa]ggen|v[äa]ggar|golvet))${E}` },
		{ category: 'self-harm', source: String.raw`${B}(?:vill|ville|t[äa]nker|k[äa]nner\s+f[öo]r\s+att)\s+(?:\p{L}+\s+(?=\p{L}))?(?:sk[äa]ra\s+${ME}|skada\s+${ME}(?:\s+sj[äa]lv)?|g[öo]ra\s+${ME}\s+illa)${E}` },

		// ---- suicide ----
		{ category: 'suicide', source: String.raw`${B}(?:vill|ville|velat|skulle\s+vilja|vill\s+bara|ville\s+bara|vill\s+helst|vill\s+typ)\s+(?:bara\s+|helst\s+|typ\s+|verkligen\s+|seri[öo]st\s+)?(?:d[öo]|sluta\s+leva|sluta\s+existera|f[öo]rsvinna\s+f[öo]r\s+alltid|somna\s+och\s+(?:aldrig|inte)\s+vakna|sova\s+f[öo]r\s+alltid|somna\s+(?:in\s+)?f[öo]r\s+alltid|inte\s+vakna|ta\s+livet\s+av\s+${ME}|ta\s+mitt\s+liv|hoppa\s+(?:fr[åa]n|framf[öo]r|ut)|h[äa]nga\s+${ME}|unalive\p{L}*)${E}` },
		{ category: 'suicide', source: String.raw`${B}(?:(?:vill|ville|orkar|orkade|klarar)\s+inte\s+(?:att\s+)?(?:leva|finnas|existera)|(?:orkar|orkade)\s+inte\s+(?:med\s+)?(?:livet|att\s+leva)|inte\s+(?:vill|orkar)\s+leva|(?:vill|ville)\s+inte\s+(?:vakna|finnas\s+till)|livet\s+(?:\p{L}+\s+(?=\p{L}))?[äa]r\s+(?:inte\s+)?(?:meningsl[öo]st|inte\s+v[äa]rt\s+att\s+leva)|ingen\s+mening\s+(?:med\s+)?(?:att\s+leva|livet|mitt\s+liv)|ser\s+ingen\s+mening\s+med\s+(?:att\s+leva|livet|n[åa]gonting))${E}` },
		{ category: 'suicide', source: String.raw`${B}(?:(?:ta|tar)\s+(?:nog\s+|bara\s+|snart\s+|kanske\s+|typ\s+)?livet\s+av\s+${ME}|tog\s+(?:n[äa]stan\s+)?livet\s+av\s+${ME}|ta\s+mitt\s+(?:eget\s+)?liv|sj[äa]lvmord\s*tank\p{L}*|sj[äa]lvmordstank\p{L}*|sj[äa]lvmordsf[öo]rs[öo]k|(?:t[äa]nker|t[äa]nkt|t[äa]nkte|funderar|funderat)\s+(?:\p{L}+\s+(?=\p{L}))?p[åa]\s+(?:sj[äa]lvmord|att\s+(?:ta\s+livet\s+av\s+${ME}|d[öo]|inte\s+leva|hoppa|h[äa]nga))|(?:f[öo]rs[öo]kte|f[öo]rs[öo]kt|f[öo]rs[öo]ker)\s+(?:\p{L}+\s+(?=\p{L}))?(?:beg[åa]\s+sj[äa]lvmord|ta\s+livet\s+av|ta\s+mitt\s+liv|h[äa]nga\s+${ME}|d[öo])|beg[åa]\s+sj[äa]lvmord|avskedsbrev\p{L}*|unalive\p{L}*)${E}` },
		{ category: 'suicide', source: String.raw`${B}(?:hoppar|hoppa|kastar\s+${ME}|kasta\s+${ME}|ska\s+hoppa)\s+(?:\p{L}+\s+(?=\p{L}))?(?:fr[åa]n\s+(?:bron|taket|balkongen|f[öo]nstret|ett\s+h[öo]gt\s+\p{L}+)|framf[öo]r\s+(?:t[åa]get|tunnelbanan|en\s+bil|bilar|bussen|en\s+lastbil))${E}` },
		{ category: 'suicide', source: String.raw`${B}(?:h[äa]nga\s+${ME}|h[äa]nger\s+${ME}\s+(?:i|p[åa])|[öo]verdos(?:era|erar|en)?)${E}` },
		{ category: 'suicide', source: String.raw`${B}(?:ta|tar|tog|svälja|sv[äa]lja|sv[äa]ljer)\s+(?:\p{L}+\s+(?=\p{L}))?(?:alla|en\s+hel\s+burk|hela\s+burken|massa)\s+(?:piller|tabletter|tabletterna|alvedon|s[öo]mntabletter|mammas\s+\p{L}+|pappas\s+\p{L}+)${E}` },
		{ category: 'suicide', source: String.raw`${B}(?:(?:alla|ingen|mamma|pappa|familjen|v[äa]rlden)\s+(?:\p{L}+\s+(?=\p{L}))?(?:vore|skulle\s+vara|blir|hade\s+varit)\s+(?:\p{L}+\s+(?=\p{L}))?(?:gladare|lyckligare|b[äa]ttre)\s+(?:\p{L}+\s+(?=\p{L}))?utan\s+${ME}|b[äa]ttre\s+(?:om|ifall)\s+jag\s+(?:inte\s+fanns|inte\s+levde|var\s+d[öo]d|dog|f[öo]rsvann|aldrig\s+(?:hade\s+)?f[öo]tts)|(?:[öo]nskar|[öo]nskade)\s+att\s+jag\s+(?:var\s+d[öo]d|inte\s+fanns|aldrig\s+(?:hade\s+)?f[öo]tts|kunde\s+d[öo]|dog)|vill\s+inte\s+vara\s+med\s+l[äa]ngre|jag\s+kommer\s+inte\s+finnas\s+(?:kvar\s+)?(?:imorgon|l[äa]ngre))${E}` },
	],
	exclusions: [
		// fiction, media, lessons (stopping before anything that sounds like grooming)
		String.raw`${B}(?:i|p[åa]|fr[åa]n)\s+(?:en\s+|ett\s+|den\s+h[äa]r\s+|det\s+h[äa]r\s+|min\s+|mitt\s+|nya\s+)?(?:filmen|film|filmer|serien|serie|boken|bok|novellen|dikten|l[åa]ten|s[åa]ngen|texten|spelet|spel|animen|anime|mangan|tecknade|tv|tv-serien|nyheterna|tidningen|historia|historian|historielektionen|historiaboken|lektionen|sagan|pj[äa]sen|teatern|drömmen|dr[öo]mmen|fortnite|minecraft|roblox|gta|among\s+us|youtube|tiktok|klippet|videon|memen|skr[äa]ckfilm\p{L}*)${E}(?:(?!bild|foto|nude|naken|tr[äa]ff|hemlig|ber[äa]tta|kamera)[^.!?\n]){0,90}`,
		String.raw`${B}(?:huvudperson\p{L}*|karakt[äa]r\p{L}*|rollfigur\p{L}*|hj[äa]lten|skurken|rapparen|s[åa]ngaren|artisten|romeo\s+och\s+julia|hitler|kungen|bossen|zombie\p{L}*|monster\p{L}*|l[åa]ten|s[åa]ngen|refr[äa]ngen|texten\s+i)${E}(?:(?!bild|foto|nude|naken|tr[äa]ff|hemlig|ber[äa]tta|kamera)[^.!?\n]){0,90}`,
		String.raw`${B}(?:under|efter|i)\s+(?:andra\s+|f[öo]rsta\s+)?(?:v[äa]rldskriget|kriget|medeltiden|vikingatiden|f[öo]rintelsen|revolutionen|stormaktstiden)${E}[^.!?\n]{0,90}`,
		// hyperbole: "mamma kommer döda mig om jag kommer hem sent", "läxan tar livet av mig"
		String.raw`${B}(?:(?:${CARER_PARENTS}|fr[öo]ken|l[äa]raren|mentorn|tr[äa]naren|min\s+syster|min\s+bror|mormor|farmor|han|hon)\s+(?:\p{L}+\s+(?=\p{L}))?(?:(?:sa|s[äa]ger|skrev|skriver)\s+att\s+(?:han|hon|de|dom)\s+)?)?(?:(?:ska|kommer\s+att|kommer|t[äa]nker|vill|ville)\s+)?(?:d[öo]da|m[öo]rda|sl[åa]\s+ihj[äa]l|ta\s+livet\s+av|d[öo]dar|ta)\s+${ME}[\s,]*(?:(?:om|n[äa]r|ifall|f[öo]r\s+att|f[öo]r\s+det|typ|asså|haha\p{L}*)(?!\s+(?:jag\s+)?(?:ber[äa]ttar|s[äa]ger\s+(?:n[åa]got|n[åa]t|n[åa]n|till|det)|skvallrar|g[åa]r\s+till))|xd+|lol|[😂🤣💀😭])`,
		String.raw`${B}(?:l[äa]x\p{L}*|prov\p{L}*|skolan|matten|matte|plugget|v[äa]rmen|tr[öo]ttheten|tr[åa]kigheten|den\s+h[äa]r\s+\p{L}+|det\s+h[äa]r\s+\p{L}+|veckan|jobbet|tr[äa]ningen|de\s+h[äa]r\s+\p{L}+|du|ni)\s+(?:\p{L}+\s+(?=\p{L}))?(?:tar|kommer\s+att\s+ta|kommer\s+ta|ska\s+ta|d[öo]dar)\s+(?:livet\s+av\s+)?${ME}${E}`,
		String.raw`${B}det\s+(?:\p{L}+\s+(?=\p{L}))?tar\s+livet\s+av\s+${ME}\s+(?:att|n[äa]r|hur|med)${E}`,
		String.raw`${B}(?:(?:vill|ville|kan|kunde|skulle)\s+)?(?:d[öo]|d[öo]r|d[öo]tt)\s+(?:av|f[öo]r)\s+(?:skam|pinsamhet|skratt|tristess|uttr[åa]kning|v[äa]rmen|hunger|l[äa]ngtan|lycka|spänning|sp[äa]nning|cringe|s[öo]thet|nyfikenhet)${E}`,
		String.raw`${B}(?:(?:d[öo]r|vill|skulle)\s+(?:hellre|typ|bokstavligen)\s+(?:d[öo]\s+)?(?:[äa]n)|hellre\s+d[öo]\s+[äa]n|skulle\s+d[öo]da\s+f[öo]r|d[öo]da\s+f[öo]r\s+(?:en|ett|lite)|(?:ta\s+livet\s+av\s+${ME}|d[öo]|d[öo]r)[\s,.!]*(?:xd+|haha\p{L}*|lol|[😂🤣💀]))`,
		// sport and games: "vi fick stryk av AIK", "fick stryk i schack", teachers taking phones
		String.raw`${B}(?:vi|laget|de|dom|ni)\s+(?:f[åa]r|fick|f[åa]tt)\s+(?:\p{L}+\s+(?=\p{L}))?(?:stryk|spö|sp[öo])${E}`,
		String.raw`${B}(?:f[åa]r|fick|f[åa]tt)\s+(?:stryk|spö|sp[öo])\s+(?:i|av|med|mot)\s+(?:schack|fifa|matchen|finalen|spel\p{L}*|kort|\d+|aik|djurg[åa]rden|hammarby|malm[öo]|g[öo]teborg|laget|bortalaget|hemmalaget)${E}`,
		String.raw`${B}(?:l[äa]rar\p{L}*|fr[öo]ken|mentorn|rektorn|mamma|pappa|polisen)\s+(?:\p{L}+\s+(?=\p{L}))?(?:tar|tog)\s+(?:alltid\s+)?mina\s+(?:pengar|saker|grejer|mobil|telefon)${E}`,
		// negation: "ingen slår mig", "pappa slår mig inte", "jag har aldrig skurit mig", "vill inte dö"
		String.raw`${B}(?:ingen|aldrig|inte|ej|inget|ingenting|int)\s+(?:(?:har|n[åa]gonsin|n[åa]nsin|n[åa]gon\s+g[åa]ng|mer|l[äa]ngre|jag|han|hon|de|dom|mina\s+f[öo]r[äa]ldrar|pappa|mamma|hemma|alls|heller|direkt|riktigt|s[åa])\s+){0,3}(?:${HIT}|slagit|mobb\p{L}*|hot\p{L}*|sk[äa]r|skar|skurit|sk[äa]ra|skadar|skadat|tafs\p{L}*|r[öo]rt|r[öo]r|d[öo]|d[öo]da|mobbad|slagen|r[äa]dd|hungrig|ensam)${E}(?:\s+(?:${ME}(?:\s+sj[äa]lv)?|f[öo]r\s+(?:honom|henne|pappa|mamma|dem)))?`,
		String.raw`${B}(?:${HIT}|slagit|mobbar|mobbat|hotar|sk[äa]r|skar|skurit|skadar|skadat|tafsar|r[öo]r|r[öo]rt|tar\s+p[åa])\s+(?:(?:han|hon|de|dom|n[åa]gon|pappa|mamma)\s+)?${ME}(?:\s+sj[äa]lv)?\s+(?:inte|aldrig|int|ej|inte\s+l[äa]ngre|aldrig\s+mer)${E}`,
		String.raw`${B}(?:jag|han|hon)\s+(?:har\s+)?(?:inte|aldrig)\s+(?:n[åa]gonsin\s+|n[åa]nsin\s+)?(?:slagit|skurit|skadat|skar|sk[äa]r|slog)\s+${ME}${E}`,
		// everyday idioms: "det slår mig att", "slog mig ner", "slår mig i schack", "jag slog mig på knät",
		// "tar på mig jackan", "skar mig i fingret"
		String.raw`${B}(?:(?:det|tanken|id[ée]n)\s+(?:\p{L}+\s+(?=\p{L}))?)?(?:sl[åa]r|slog|slagit)\s+${ME}\s+(?:att|hur|pl[öo]tsligt|ner|ned)${E}`,
		String.raw`${B}jag\s+(?:\p{L}+\s+(?=\p{L}))?(?:slog|sl[åa]r)\s+${ME}\s+(?:p[åa]|i)\s+(?:kn[äa]t|armb[åa]gen|t[åa]n|benet|huvudet|n[äa]san|tummen|handen|l[åa]ret)${E}`,
		String.raw`${B}(?:skar|sk[äa]r|br[äa]nde|br[äa]nner|rev)\s+${ME}\s+(?:p[åa]|i)\s+(?:ett\s+|en\s+)?(?:fingret|tummen|handen|papper\p{L}*|kniv\p{L}*|glas\p{L}*|spisen|ugnen|str[yu]kj[äa]rnet|sax\p{L}*)${E}`,
		String.raw`${B}(?:tar|tog)\s+p[åa]\s+${ME}\s+(?:\p{L}+\s+(?=\p{L}))?(?:jacka\p{L}*|tr[öo]ja\p{L}*|skor\p{L}*|kl[äa]der\p{L}*|m[öo]ssa\p{L}*|byxor\p{L}*|kl[äa]nning\p{L}*|glas[öo]gon\p{L}*|h[öo]rlurar\p{L}*|mask\p{L}*|ansvar\p{L}*|uppgift\p{L}*|skulden|rollen|keps\p{L}*|overall\p{L}*)${E}`,
		String.raw`${B}(?:sk[äa]r|skar)\s+${ME}\s+(?:en|ett|lite)\s+(?:bit|skiva|macka|t[åa]rt\p{L}*|kaka|kakbit)${E}`,
		String.raw`${B}(?:(?:de|dom|han|hon|tr[äa]naren|coachen|ledaren)\s+(?:\p{L}+\s+(?=\p{L}))?)?(?:sparkade|sparkar|sparkat)\s+${ME}\s+(?:fr[åa]n|ur)\s+(?:laget|jobbet|gruppen|chatten|servern)${E}`,
		String.raw`${B}(?:boxning\p{L}*|kampsport\p{L}*|karate|judo|mma|brottning\p{L}*|taekwondo|sparring\p{L}*|i\s+ringen|p[åa]\s+mattan|i\s+matchen|p[åa]\s+matchen|i\s+fifa)${E}(?:(?!tafs|r[öo]r|kl[äa]\s+av|bild|hemlig|hemma)[^.!?\n]){0,60}`,
		// "ingen gör mig illa"
		String.raw`${B}(?:ingen|aldrig|inte)\s+(?:\p{L}+\s+(?=\p{L}))?(?:g[öo]r|gjorde|gjort)\s+${ME}\s+illa${E}`,
	],
};
