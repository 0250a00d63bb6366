// Awaits a native speaker's review (none so far): locales/review.json, "$screening-risk" → "src/lib/server/screening/risk/lt.ts".
import type { RiskLexicon } from '../types.ts';

/**
 * Lithuanian. Children often type without diacritics (ą → a, č → c, ė → e, š → s, ž → z, ū → u),
 * so those letters are small classes. The object pronoun comes before or after the verb («tėtis
 * mane muša», «sumušė mane»), so both orders are patterns. Negation is a prefix (nemuša, nenoriu,
 * nebuvau) and a genitive object (manęs), which the word boundary already keeps apart.
 *
 * Every pattern starts with a word, never with a gap, and uses bounded repetition only: one \s
 * between words, gaps such as (?:\s\p{L}{1,14}){0,3}, and stems left open at the end rather than
 * closed with \p{L}*. That keeps each source small enough for recheck's automaton checker, which
 * proves it linear in milliseconds (unbounded + or * next to the lookarounds would send it to the
 * slow, randomised fuzz checker). A run of white space reads as one space (matching.ts).
 */

const B = String.raw`(?<!\p{L})`;
const E = String.raw`(?!\p{L})`;
/** Up to two words (and commas) between subject and verb: «tėtis, kai išgeria, mane muša». */
const GAP = String.raw`(?:,?\s\p{L}{1,14}){0,2},?\s`;
const A = '[ąa]';
const CC = '[čc]';
const EE = '[ęe]';
const EO = '[ėe]';
const II = '[įi]';
const S = '[šs]';
const UU = '[ųu]';
const U = '[ūu]';
const Z = '[žz]';
const ME = String.raw`(?:mane|mus)`;

/** Parents and carers as subject (nominative; the possessive before them, «mano», «jos», need not be matched). */
const CARER = String.raw`(?:mama|mamyt${EO}|t${EO}tis|t${EO}tukas|t${EO}vas|t${EO}vai|pat${EO}vis|pamot${EO}|senelis|d${EO}d${EO}|mamos\s(?:draugas|vaikinas|sugyventinis))`;
/** The same people as objects of fear («bijau tėčio»): genitive. */
const CARER_GEN = String.raw`(?:t${EO}${CC}io|t${EO}vo|mamos|motinos|pat${EO}vio|pamot${EO}s|t${EO}v${UU}|senelio|d${EO}d${EO}s|mamos\sdraugo|mamos\svaikino)`;

/** Hitting and hurting (present, past, future, conditional, frequentative), in two groups. */
const HIT_BEAT = String.raw`(?:mu${S}a|mu${S}${EO}|mu${S}|mu${S}t${UU}|mu${S}davo|mu${S}${EE}s|mu${S}usi|mu${S}ti|sumu${S}${EO}|sumu${S}|sumu${S}davo|primu${S}${EO}|apmu${S}${EO}|dau${Z}o|dau${Z}${EO}|lupa|lupo|i${S}lupo|aplupo|plaka|plak${EO})`;
const HIT_HURT = String.raw`(?:spardo|spard${EO}|spiria|spyr${EO}|${II}spyr${EO}|stumdo|stumd${EO}|stumia|st${U}m${EO}|past${U}m${EO}|nust${U}m${EO}|trenkia|trenk${EO}|trenks|smaugia|smaug${EO}|pasmaug${EO}|${Z}naibo|${Z}naib${EO}|tampo\su${Z}\splauk${UU}|tamp${EO}\su${Z}\splauk${UU}|kankina|kankino|skriaud${Z}ia|skriaud${EO}|met${EO}\s${II}|meta\s${II}|svaid[oe]\s${II})`;
const HIT = String.raw`(?:${HIT_BEAT}|${HIT_HURT})`;
const OBJ = String.raw`(?:mane|mus|man|mums|mamą|mamai|brol${II}|broliui|ses${EE}|sesut${EE}|sesei|j${A}|j${II}|jai|jam)`;
/** Not «mušė mane šachmatais», not «mane muša krepšinyje». */
const NOT_AFTER = String.raw`(?!\s(?:${S}achmat|krep${S}in|futbol|fif|${Z}aidim|kortom|rungtyn))`;
/** Films, books, songs, news and lessons: what happens there is not the child's own life. */
const FICTION = String.raw`(?:filme|knygoje|seriale|dainoje|${Z}iniose|naujienose|istorijos\spamokoje|pasakoje|romane|eil${EO}ra${S}tyje|spektaklyje|animacijoje|anime|laikra${S}tyje|laidoje|komikse|apsakyme|dokumentiniame\sfilme|straipsnyje)`;

/** «noriu mirti», «norisi numirti», «aš tiesiog noriu mirti». */
const WANT_DIE = String.raw`${B}(?:noriu|norisi|nor${EO}${CC}iau|nor${EO}josi|nor${EO}jau|trok${S}tu)\s(?:tiesiog\s|tik\s|labai\s|jau\s|da${Z}nai\s)?(?:mirti|numirti|numirt|mirt|b${U}ti\smir${EE}s|b${U}ti\smirusi)${E}`;
/** «sakė, kad mane nužudys»: a threat. */
const THREAT_KILL = String.raw`${B}(?:sak${EO}|sako|ra${S}${EO}|ra${S}o|grasino|grasina|r${EO}k${EO}|pa${Z}ad${EO}jo),?\skad\s(?:jis\s|ji\s|jie\s|jos\s)?(?:mane\s|mus\s)?(?:nu${Z}udys|u${Z}mu${S}|sumu${S}|primu${S}|papjaus|nu${S}aus|i${S}prievartaus|sulau${Z}ys)(?:\smane|\smus)?${E}`;
/** «nusižudysiu», «noriu nusižudyti». */
const KILL_SELF = String.raw`${B}(?:nusi${Z}ud(?:yti|ysiu|y${CC}iau|ysiu|au|yt|ysiu|i|ys|${EO}|${EO}s)|nusi${Z}udyt)${E}`;

export const lexicon: RiskLexicon = {
	patterns: [
		// —— abuse: physical, by a parent or carer (object before or after the verb)
		{ category: 'abuse', source: String.raw`${B}${CARER}${GAP}${OBJ}\s${HIT_BEAT}${E}${NOT_AFTER}` },
		{ category: 'abuse', source: String.raw`${B}${CARER}${GAP}${OBJ}\s${HIT_HURT}${E}${NOT_AFTER}` },
		{ category: 'abuse', source: String.raw`${B}${CARER}${GAP}${HIT_BEAT}\s${OBJ}${E}${NOT_AFTER}` },
		{ category: 'abuse', source: String.raw`${B}${CARER}${GAP}${HIT_HURT}\s${OBJ}${E}${NOT_AFTER}` },
		{ category: 'abuse', source: String.raw`${B}(?:mu${S}a|mu${S}${EO}|plaka|plak${EO}|lupa|lupo|mu${S}davo|plakdavo)\s(?:mane\s|mus\s)?(?:dir${Z}u|lazda|kum${S}${CC}iu|kabliu|laidu|${S}luota)${E}|${B}(?:gaunu|gavau|gaudavau|gauni|gauna|gavo)\s(?:lupti|lupt|dir${Z}o|${II}\skail${II}|per\su${Z}pakal${II}|per\ssub${A}|l${U}pti)${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:duoda|dav${EO}|suduoda|sudav${EO}|trenkia|trenk${EO}|${Z}iebia|${Z}ieb${EO}|tv${EO}r${EO}|tvoja)\s(?:man\s|mums\s)?per\s(?:veid${A}|galv${A}|snuk${II}|nugar${A}|ausis|aus${II}|lūpas|l${U}pas|kakl${A})${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:namuose|namie)\s${ME}\s(?:${HIT_BEAT})${E}|${B}${ME}\s(?:${HIT_BEAT})\s(?:namuose|namie)${E}|${B}(?:smurt\p{L}{0,10}\s(?:ň|n)?(?:namuose|${S}eimoje)|smurt\p{L}{0,10}\sartimoje\saplinkoje|${S}eimos\ssmurt|smurtauja\sprie${S}\s(?:mane|mus|mam${A}))` },
		{ category: 'abuse', source: String.raw`${B}${CARER}${GAP}(?:smurtauja|smurtavo|yra\ssmurtaujantis|yra\sagresyvus|b${U}na\sagresyvus|b${U}na\sagresyvi|yra\sagresyvi)${E}` },
		{ category: 'abuse', source: String.raw`${B}${CARER}${GAP}(?:m${EO}to|m${EO}t${EO}|meta|met${EO}|svaido|svaid${EO}|dau${Z}o|dau${Z}${EO})\s(?:${II}\smane\s)?(?:daiktus|indus|l${EO}k${S}tes|k${EO}des|telefon${A}|vis${A}|butelius|batus)${E}` },
		// abuse: afraid of home or of a carer
		{ category: 'abuse', source: String.raw`${B}(?:bijau|bijojau|baisu|bijome)\s(?:eiti|gr${II}${Z}ti|b${U}ti|vykti|va${Z}iuoti|sugr${II}${Z}ti|par${EO}iti|pareiti)\s(?:${II}\s)?nam(?:o|us|uose|ie)${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:bijau|bijojau|bijome|baisu\sd${EO}l)\s(?:savo\s)?${CARER_GEN}${E}` },
		// abuse: emotional
		{ category: 'abuse', source: String.raw`${B}${CARER}(?:\s\p{L}{1,14}){0,2}\s(?:vadina|vadino|sako|sak${EO}|r${EO}kia|r${EO}k${EO})(?:\smane|\sman)?,?\s(?:kad\s(?:a${S}\s)?esu\s)?(?:niekam\stik|nevyk${EO}l|kvail|idiot|debil|storul|bjaur|${S}iuk${S}l|kek${S}|klaid|nereikaling|niekuo|niekas|bevert|${S}${U}d|asil)` },
		{ category: 'abuse', source: String.raw`${B}(?:u${Z}daro|u${Z}dar${EO}|u${Z}rakina|u${Z}rakino)\s${ME}\s(?:kambaryje|r${U}syje|vonioje|spintoje|tualete|sand${EO}liuke|balkone)|${B}${ME}\s(?:u${Z}daro|u${Z}dar${EO}|u${Z}rakina|u${Z}rakino)\s(?:kambaryje|r${U}syje|vonioje|spintoje|tualete|sand${EO}liuke|balkone)` },
		{ category: 'abuse', source: String.raw`${B}${CARER}(?:\s\p{L}{1,14}){0,2}\s(?:sako|sak${EO}|r${EO}kia|r${EO}k${EO}),?\skad\s(?:geriau\s)?(?:a${S}\s)?(?:neb${U}${CC}iau\sgim${EE}s|neb${U}${CC}iau\sgimusi|neb${U}${CC}iau\sgimus|mane\sreik${EO}jo\satiduoti|nereikia\smanęs|nereikia\sman${EE}s)` },
		// abuse: sexual
		{ category: 'abuse', source: String.raw`${B}(?:i${S}prievartav|i${S}prievartaut|prievartav|prievartauja|tvirkin|i${S}tvirkin)` },
		{ category: 'abuse', source: String.raw`${B}(?:seksualin\p{L}{0,10}\s(?:prievart|smurt|i${S}naudojim|priekabiavim)|pedofil|seksuali${S}kai\s(?:i${S}naudoj|priekabiav))` },
		{ category: 'abuse', source: String.raw`${B}(?:jis|ji|mokytojas|treneris|ka${Z}kas|${CARER})(?:\s\p{L}{1,14}){0,2}\s(?:mane|man)\s(?:lie${CC}ia|liet${EO}|paliet${EO}|${CC}iupin${EO}ja|${CC}iupin${EO}jo|glamon${EO}ja|glamon${EO}jo|gl${EO}sto|gl${EO}st${EO}|kabinasi|kabin${EO}si)${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:jis|ji|mokytojas|treneris|ka${Z}kas|${CARER})(?:\s\p{L}{1,14}){0,2}\s(?:lie${CC}ia|liet${EO}|paliet${EO}|${CC}iupin${EO}ja|${CC}iupin${EO}jo|glamon${EO}ja|glamon${EO}jo)\s(?:mane|man)${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:lie${CC}ia|liet${EO}|paliet${EO}|${CC}iupin${EO}ja|${CC}iupin${EO}jo|glamon${EO}ja|glamon${EO}jo|gl${EO}sto|ki${S}a\srankas)\s(?:mane\s|man\s)?(?:ten\sapa${CC}ioje|intymi|tarp\skoj${UU}|po\s(?:drabu${Z}iais|kelnaitėmis|kelnait${EO}mis|kelnėmis|keln${EO}mis|antklode|marškin\p{L}{0,10})|kr${U}tin|u${Z}pakal|lytin)` },
		{ category: 'abuse', source: String.raw`${B}${ME}\s(?:\p{L}{1,14}\s)?(?:${CC}iupin${EO}ja|${CC}iupin${EO}jo|tvirkina|tvirkino|glamon${EO}ja|glamon${EO}jo)${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:privert${EO}|ver${CC}ia|vert${EO}|privers)\s(?:mane\s)?(?:nusirengti|nusirengt|turėti\slytini|tur${EO}ti\slytini|mylėtis|myl${EO}tis|bu${Z}iuoti|liesti\sj${II}|liesti\sj${A}|si${U}sti\snuotrauk|rodyti\s(?:savo\s)?k${U}n${A}|permiegoti)` },
		{ category: 'abuse', source: String.raw`${B}(?:seksas|sekso|seks${A}|lytiniai\ssantykiai|lytini${UU}\ssantyki${UU})\ssu\s(?:manimi|mumis)${E}|${B}(?:ateina|at${EO}jo|lenda|lindo|atsigula|atsigul${EO})\s(?:${II}\smano\slov${A}|pas\smane\s${II}\slov${A})(?:\snaktimis|\snakt${II})?${E}` },
		// abuse: grooming and sextortion
		{ category: 'abuse', source: String.raw`${B}(?:nuog${UU}\snuotrauk|nuogas\snuotrauk|nuogų\snuotrauk|intymi${UU}\snuotrauk|intymias\snuotrauk|intymi\snuotrauk|nuotrauk\p{L}{0,10}\sbe\sdrabu${Z}i|dick\s?pic|penio\snuotrauk|pimpalo\snuotrauk)|${B}(?:nude[sz]?|n${U}dsai|n${U}d${S}us|nudsu)${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:nuotrauk|video|vaizdo\s${II}ra${S}|fotk)\p{L}{0,10}\s(?:kur\s(?:a${S}\s)?(?:esu\s)?)?(?:be\sdrabu${Z}i${UU}|nuog\p{L}{0,10}|apatiniais|apatiniu\sdrabu${Z}iu|maudymosi\skostiumėlyje|be\srūbų|be\sr${U}b${UU})${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:suaug${EE}s|suaugusi|suaugusis|vyresnis|vyresn${EO}|senas|nepa${Z}${II}stamas|nepa${Z}${II}stama|svetimas)\s(?:vyras|vaikinas|dėd${EO}|d${EO}d${EO}|tipas|${Z}mogus|moteris|bičas|bi${CC}as)(?:\s\p{L}{1,14}){0,3}\s(?:nuotrauk|fotk|susitikti|susitikt|pasimatyti|paslapt|nuog|adres|seks|k${U}n)` },
		{ category: 'abuse', source: String.raw`${B}m${U}s${UU}\s(?:ma${Z}a\s)?paslaptis${E}|${B}(?:niekam|nieko\sniekam)\s(?:negaliu|negal${EO}siu|neturiu|nesakyti|nepasakoti)(?:\s(?:sakyti|pasakoti|pasakyti))?${E}` },
		{ category: 'abuse', source: String.raw`${B}grasin(?:a|o|s|dama|damas|ti)?\s(?:\p{L}{1,14}\s)?(?:paskelbti|i${S}platinti|i${S}si${U}sti|parodyti|${II}kelti|nusi${U}sti)\s(?:\p{L}{1,14}\s)?(?:nuotrauk|video|fotk)` },
		{ category: 'abuse', source: String.raw`${B}(?:si${U}sk|si${U}sti|atsi${U}sk|nusi${U}sk)\s(?:jam\s)?(?:nuotrauk|fotk|video)\p{L}{0,10},?\s(?:kitaip|nes\skitaip|jei\sne)${E}` },

		// —— neglect
		{ category: 'neglect', source: String.raw`${B}(?:namie|namuose)\s(?:\p{L}{1,14}\s)?(?:n${EO}ra|nieko\sn${EO}ra|neb${U}na|da${Z}nai\sn${EO}ra)\s(?:k${A}\svalgyti|maisto|valgio|k${A}\spavalgyti)${E}|${B}(?:n${EO}ra|neturime|neturim|neturiu)\s(?:k${A}\svalgyti|maisto|k${A}\spavalgyti)\s(?:namie|namuose)${E}` },
		{ category: 'neglect', source: String.raw`${B}(?:neturiu|neturime|neturim)\s(?:k${A}\svalgyti|k${A}\spavalgyti|maisto)${E}|${B}${CARER}\s(?:geria|g${EO}r${EO})(?=\s?(?:$|[.,!?;…]|ir\s|bet\s|o\s))` },
		{ category: 'neglect', source: String.raw`${B}${S}aldytuvas\s(?:visada\s|vis\s|da${Z}nai\s)?(?:yra\s)?tu${S}${CC}ias${E}` },
		{ category: 'neglect', source: String.raw`${B}(?:neduoda|nedav${EO}|neduodavo)\s(?:man\s|mums\s)?(?:valgyti|valgyt|maisto|pavalgyti)${E}|${B}(?:neturime|neturim)\sk${A}\svalgyti${E}` },
		{ category: 'neglect', source: String.raw`${B}(?:alkanas|alkana|alkani|alkanos)\s(?:vis${A}\slaik${A}|kiekvien${A}\sdien${A}|visada|mokykloje\skiekvien)|${B}(?:visada|da${Z}nai|kasdien|nuolat)\s(?:esu\s|b${U}nu\s)?(?:alkanas|alkana)${E}|${B}(?:einu|eidavau)\smiegoti\s(?:alkanas|alkana)${E}` },
		{ category: 'neglect', source: String.raw`${B}(?:nevalgiau|nevalgiu|nesu\svalg${EE}s|nesu\svalgiusi)\s(?:jau\s)?(?:dvi|tris|keturias|kelias|\d{1,3})\sdien` },
		{ category: 'neglect', source: String.raw`${B}${CARER}${GAP}(?:yra\s)?(?:girt|i${S}g${EO}r${EE}s|i${S}g${EO}rusi|i${S}g${EO}r${EE}|i${S}geria|i${S}gerdavo|alkoholik|narkoman|vartoja\snarkotik|vartoja\snarkot|r${U}ko\s${Z}ol${EE}|gerian|prasigėr|prasig${EO}r|pagiri)\p{L}{0,10}${E}` },
		{ category: 'neglect', source: String.raw`${B}${CARER}${GAP}(?:geria|g${EO}r${EO}|gerdavo)\s(?:kasdien|kiekvien${A}\s(?:dien${A}|vakar${A}|savaitgal${II})|vis${A}\slaik${A}|per\sdaug|labai\sdaug|be\sperstojo|nuolat|visada|savait${EO}mis)${E}` },
		{ category: 'neglect', source: String.raw`${B}(?:vienas|viena|vieni|vienos)\s(?:namie|namuose)\s(?:jau\s)?(?:kelias|kelet${A}|dvi|tris|keturias|\d{1,3}|vis${A}|i${S}tis${A})\s(?:dien|nakt|savait)` },
		{ category: 'neglect', source: String.raw`${B}niekas\s(?:manimi|mumis)\s(?:nesir${U}pina|nesir${U}pino|nesidomi)${E}|${B}niekas\s(?:nesir${U}pina|nesidomi)\s(?:manimi|mumis)${E}` },
		{ category: 'neglect', source: String.raw`${B}(?:i${S}met${EO}|i${S}meta|i${S}mes|i${S}var${EO}|i${S}varo)\s(?:mane\s)?(?:i${S}\snam${UU}|${II}\sgatv${EE}|lauk\si${S}\snam${UU})|${B}mane\s(?:i${S}met${EO}|i${S}meta|i${S}var${EO}|i${S}varo)\s(?:i${S}\snam${UU}|${II}\sgatv${EE})` },
		{ category: 'neglect', source: String.raw`${B}neturiu\s(?:${Z}iemin${EO}s\s(?:striuk${EO}s|avalyn${EO}s|batų|bat${UU}|kepur${EO}s)|${S}iltos\sstriuk${EO}s|savo\slovos|lovos|${S}vari${UU}\sdrabu${Z}i${UU}|dant${UU}\s${S}epet\p{L}{0,10})${E}|${B}(?:namie|namuose)\sn${EO}ra\s(?:elektros|${S}ildymo|${S}ilto\svandens|vandens)${E}` },
		{ category: 'neglect', source: String.raw`${B}(?:niekas\s)?(?:neveda|nevedė|neved${EO}|nenuveda)\smanęs\spas\s(?:gydytoj${A}|dantist${A}|daktar${A})|${B}(?:niekas\s)?(?:neveda|neved${EO}|nenuveda)\sman${EE}s\spas\s(?:gydytoj${A}|dantist${A}|daktar${A})` },
		{ category: 'neglect', source: String.raw`${B}${CARER}${GAP}(?:negr${II}${Z}ta\snamo|nepareina|nepar${EO}jo|dingsta|dingo|palieka\smus\svienus)\s(?:kelias\sdienas|kelet${A}\sdien${UU}|vis${A}\ssavait${EE}|savait${EO}mis|dienomis|dvi\sdienas|tris\sdienas|kelias\snakti)${E}` },
		{ category: 'neglect', source: String.raw`${B}(?:turiu|tenka|tekdavo)\s(?:pats\s|pati\s)?(?:pri${Z}i${U}r${EO}ti|r${U}pintis|maitinti)\s(?:ma${Z}${A}j${II}|ma${Z}esnį|ma${Z}esn${II}|ma${Z}uosius|brol${II}|sesę|ses${EE}|sesut${EE}|broliu|sesute)(?:\s\p{L}{1,14}){0,3},?\snes\s${CARER}` },

		// —— violence: bullying, beatings and threats by others
		{ category: 'violence', source: String.raw`${B}(?:i${S}\sman${EE}s|i${S}\sm${U}s${UU})\s(?:\p{L}{1,14}\s)?(?:ty${CC}iojasi|ty${CC}iojosi|ty${CC}iodavosi|juokiasi|juok${EO}si|ty${CC}iosis)${E}|${B}(?:ty${CC}iojasi|ty${CC}iojosi|ty${CC}iodavosi)\si${S}\s(?:man${EE}s|m${U}s${UU})${E}` },
		{ category: 'violence', source: String.raw`${B}(?:patiriu|patyriau|patirdavau|kenčiu|ken${CC}iu|kent${EO}jau|sulaukiu|sulaukiau|susiduriu|susid${U}riau)\s(?:\p{L}{1,14}\s)?(?:paty${CC}i|smurt|grasinim|u${Z}gaulioj|priekabiavim|i${S}juok)\p{L}{0,10}${E}|${B}paty${CC}i${UU}\sauk${S}` },
		{ category: 'violence', source: String.raw`${B}${ME}(?:\s\p{L}{1,14}){0,2}\s(?:skriaud${Z}ia|skriaud${EO}|u${Z}gaulioja|u${Z}gauliojo|pravard${Z}iuoja|pravard${Z}iavo|atstumia|atst${U}m${EO}|ignoruoja|terorizuoja|persekioja|erzina|${Z}emina|${Z}emino|stumdo|stumd${EO}|apiplėšė|apipl${EO}${S}${EO}|u${Z}puol${EO})${E}` },
		{ category: 'violence', source: String.raw`${B}(?:skriaud${Z}ia|skriaud${EO}|u${Z}gaulioja|u${Z}gauliojo|pravard${Z}iuoja|pravard${Z}iavo|terorizuoja|persekioja|${Z}emina|apipl${EO}${S}${EO}|u${Z}puol${EO})\s${ME}${E}` },
		{ category: 'violence', source: String.raw`${B}${ME}(?:\s\p{L}{1,14}){0,2}\s${HIT_BEAT}${E}${NOT_AFTER}` },
		{ category: 'violence', source: String.raw`${B}${ME}(?:\s\p{L}{1,14}){0,2}\s${HIT_HURT}${E}${NOT_AFTER}` },
		{ category: 'violence', source: String.raw`${B}${HIT}\s${ME}${E}${NOT_AFTER}` },
		{ category: 'violence', source: String.raw`${B}(?:esu|buvau|b${U}nu|tapau)\s(?:\p{L}{1,14}\s)?(?:mu${S}amas|mu${S}ama|sumu${S}tas|sumu${S}ta|apipl${EO}${S}tas|apipl${EO}${S}ta|u${Z}pultas|u${Z}pulta|${Z}eminamas|${Z}eminama|skriaud${Z}iamas|skriaud${Z}iama|persekiojamas|persekiojama|atstumtas|atstumta|sub${A}dytas|sub${A}dyta|pad${U}rtas|pad${U}rta)${E}` },
		{ category: 'violence', source: String.raw`${B}(?:grasina|grasino|grasindavo|grasin${A})\s(?:man|mums)${E}|${B}(?:grasina|grasino)\s(?:mane\s|man\s)?(?:nu${Z}udyti|u${Z}mu${S}ti|sumu${S}ti|primu${S}ti|papjauti|nu${S}auti|sub${A}dyti|i${S}prievartauti)${E}` },
		{ category: 'violence', source: THREAT_KILL },
		{ category: 'violence', source: String.raw`${B}(?:grasinim\p{L}{0,10}\s(?:${II}\s)?(?:instagram|tiktok|snap|messenger|internet|socialin)|mirties\sgrasinim)` },
		{ category: 'violence', source: String.raw`${B}(?:bijau|bijojau|bijome|bijau\stų)\s(?:j${UU}|jo|jos|vaikin${UU}|mergin${UU}|klasiok${UU}|bendraklasi${UU}|tų\svaikin${UU}|t${UU}\svaikin${UU}|gaujos|vyresni${UU}|mokytojo|mokytojos)${E}` },
		{ category: 'violence', source: String.raw`${B}(?:bijau|bijojau|baisu)\s(?:eiti|vaik${S}${CC}ioti|vykti|va${Z}iuoti|grįžti|gr${II}${Z}ti)\s(?:${II}\smokykl${A}|${II}\streniruot|${II}\spersinek|${II}\slauk${A}|per\spertrauk|${II}\spamokas)\p{L}{0,10}${E}` },
		{ category: 'violence', source: String.raw`${B}(?:sak${EO}|sako|ra${S}${EO}|ra${S}o|liep${EO}|liepia)(?:\sman)?,?\s(?:kad\s(?:a${S}\s)?|jog\s(?:a${S}\s)?)?(?:nusi${Z}udy${CC}iau|nusi${Z}udyt\p{L}{0,10}|pasikar${S}${CC}iau|numir${S}${CC}iau|mir${S}${CC}iau|nusi${Z}udyk)${E}` },

		// —— self-harm
		{ category: 'self-harm', source: String.raw`${B}(?:pjaustausi|pjausčiausi|pjaus${CC}iausi|pjaustosi|pjaustydavausi|pjaunuosi|pjovausi|susipjaus${CC}iau|susipjausčiau|susipjaustau|susipjaustyti|pjaustytis|pjaustytis)${E}(?!\s(?:pir${S}t|netyčia|per\sklaid${A}))` },
		{ category: 'self-harm', source: String.raw`${B}(?:pjaustau|pjaus${CC}iau|pjausto|pjaust${EO}|pjaustyti|raižau|rai${Z}au|rai${Z}iau|rai${Z}o|deginu|deginau|degina|mu${S}u|mu${S}iau|skriaud${Z}iu|baud${Z}iu|marinu\sbadu|badu\smarinu)\s(?:save|sau\srank|sau\skojas|savo\srank|savo\skojas|rankas|ries${II}|riešus|ries${UU}s|rie${S}${II}|rie${S}us|kojas|odą|od${A})\p{L}{0,10}${E}` },
		{ category: 'self-harm', source: String.raw`${B}(?:${Z}alojuosi|${Z}alojausi|${Z}alojasi|${Z}alodavausi|${Z}alotis|${Z}alojosi|${Z}aloju\ssave|${Z}alojau\ssave|${Z}aloja\ssave|savi${Z}al|sav${EE}s\s${Z}alojim|sav${EE}s\s${Z}alojimosi|savęs\sžalojim|selfharm|self\s?harm|katting|cutting)` },
		{ category: 'self-harm', source: String.raw`${B}rand(?:ai|us|ų|${UU})\s(?:ant|ant\ssavo)\s(?:rank${UU}|rie${S}${UU}|kojų|koj${UU}|${S}launų|${S}laun${UU}|dilbi${UU})${E}|${B}(?:sle(?:piu|pdavau|pti)|dengiu|sl${EO}piau)\s(?:savo\s)?(?:randus|pj${U}vius|${Z}aizdas)${E}|${B}ant\s(?:rank${UU}|rie${S}${UU}|${S}laun${UU})\s(?:turiu\s|yra\s)?(?:rand${UU}|randus|randai|pj${U}vi\p{L}{0,10})${E}` },
		{ category: 'self-harm', source: String.raw`${B}(?:noriu|norisi|nor${EO}${CC}iau|traukia)\s(?:v${EE}l\s|vel\s)?(?:susipjaustyti|pjaustytis|susi${Z}aloti|${Z}alotis|susi${Z}alot|pasipjaustyti)${E}` },
		{ category: 'self-harm', source: String.raw`${B}(?:v${EO}l|vel|i${S}\snaujo)\s(?:prad${EO}jau\s)?(?:pjaustytis|pjaustausi|${Z}alotis|${Z}alojuosi|susipjaus${CC}iau)${E}|${B}(?:negaliu\snustoti|nebegaliu\ssustoti)\s(?:pjaustytis|${Z}alotis|${Z}aloti\ssav${EE}s)${E}` },
		{ category: 'self-harm', source: String.raw`${B}(?:vemiu|i${S}vemiu|vėmiau|v${EO}miau|sukeliu\sv${EO}mim\p{L}{0,10})\s(?:ty${CC}ia|specialiai|po\skiekvieno\svalgio)${E}|${B}(?:badauju|nevalgau)\s(?:ty${CC}ia|specialiai|kad\ssuliekn${EO}${CC}iau)${E}` },

		{ category: 'self-harm', source: String.raw`${B}(?:${II}sipjov(?:iau|${EO})|susipjaus${CC}(?:iau|iausi)|susi${Z}aloj(?:au|o)|${II}pjov(?:iau|${EO})|nusidegin(?:au|o)|pjaust(?:au|ausi|ydavau|${EO}))(?:\s\p{L}{1,14}){0,3}\s(?:ty${CC}ia|specialiai|skustuvu|${Z}ilet|skutimosi\speiliuk)` },
		// —— suicide
		{ category: 'suicide', source: WANT_DIE },
		{ category: 'suicide', source: String.raw`${B}(?:nenoriu|nebenoriu|nesinori|nebesinori|nenor${EO}${CC}iau)\s(?:daugiau\s|jau\s)?(?:gyventi(?:\sdaugiau|\si${S}vis|\stokio\sgyvenimo)?(?!\s(?:kaime|mieste|${S}alyje|vilniuje|kaune|${S}ioje|ten|${S}ia|su|pas|be|vienas|viena|bendrabutyje|name|bute|u${Z}sienyje|lietuvoje|\p{L}{1,12}(?:oje|yje|uose)))|egzistuoti|b${U}ti\s${S}iame\spasaulyje|b${U}ti\sgyvas|b${U}ti\sgyva)${E}` },
		{ category: 'suicide', source: String.raw`${B}(?:geriau|lengviau)\s(?:b${U}t${UU}\s)?(?:(?:jei|jeigu|kad)\s(?:manęs|man${EE}s)\sneb${U}t${UU}|be\s(?:manęs|man${EE}s)|jei\s(?:a${S}\s)?numir${S}${CC}iau|jei\s(?:a${S}\s)?i${S}nyk${CC}iau)${E}|${B}be\sman${EE}s\s(?:visiems\s)?(?:b${U}t${UU}\s)?(?:geriau|lengviau)${E}` },
		{ category: 'suicide', source: KILL_SELF },
		{ category: 'suicide', source: String.raw`${B}(?:savi${Z}udi${S}k\p{L}{0,10}\smin(?:t|${CC})|savi${Z}udyb${EO}s\smin(?:t|${CC})|savi${Z}udyb${EO}s\s(?:plan|bandym)|atsisveikinimo\slai${S}k)` },
		{ category: 'suicide', source: String.raw`${B}(?:galvoju|galvojau|galvodavau|svarstau|svarsčiau|planuoju|planavau|bandžiau|band${Z}iau|bandau|mąstau|m${A}stau)\s(?:apie\s)?(?:savi${Z}udyb|nusi${Z}udym|nusi${Z}udyti)\p{L}{0,10}${E}` },
		{ category: 'suicide', source: String.raw`${B}(?:pasikarti|pasikarsiu|pasikar${S}${CC}iau|pasikart)${E}|${B}(?:atimti|atimsiu|atim${S}${CC}iau)\ssau\sgyvyb${EE}${E}` },
		{ category: 'suicide', source: String.raw`${B}(?:nu${S}okti|nu${S}oksiu|nu${S}ok${S}${CC}iau|${S}okti|${S}oksiu|mestis|mesiuosi|pulti)\s(?:nuo\s(?:tilto|stogo|balkono|uolos|daugiaaug${S}io|lango)|po\s(?:traukiniu|ma${S}ina|autobusu|sunkve${Z}imiu|ma${S}inomis))${E}` },
		{ category: 'suicide', source: String.raw`${B}(?:i${S}gerti|i${S}gersiu|i${S}g${EO}riau|suvalgyti|suvalgysiu|prarīti|prarīsiu|prar${II}ti)\s(?:visas|daug|per\sdaug|vis${A}\spakel${II}|vis${A}\sdėžut${EE}|vis${A}\sd${EO}${Z}ut${EE})\s(?:tablet|vaist|migdom)|${B}perdozuo` },
		{ category: 'suicide', source: String.raw`${B}(?:baigti|baigsiu|nutraukti)\s(?:savo\s)?gyvenim${A}${E}|${B}(?:padaryti|padarysiu)\sgal${A}\s(?:savo\s)?gyvenimui${E}` },
		{ category: 'suicide', source: String.raw`${B}(?:nematau|neb${EO}matau|nebematau)\s(?:jokios\s)?prasm${EO}s\sgyventi${E}|${B}gyvenimas\s(?:neturi|nebeturi)\s(?:jokios\s)?prasm${EO}s${E}|${B}(?:n${EO}ra|nebėra|neb${EO}ra)\s(?:dėl\sko|d${EO}l\sko|prasm${EO}s)\sgyventi${E}` },
		{ category: 'suicide', source: String.raw`${B}niekas\s(?:nepasigest${UU}|nepasteb${EO}t${UU}|neverkt${UU}|nelied${EO}t${UU})(?:,?\sjei\s(?:a${S}\s)?|\sman${EE}s|\smanęs)` },
		{ category: 'suicide', source: String.raw`${B}(?:nebepabusti|nebepabus${CC}iau|nebepabusiu|niekada\snepabusti|nepabusti\sdaugiau)${E}|${B}(?:u${Z}migti|u${Z}migt)\sir\s(?:daugiau\s)?(?:nepabusti|nebepabusti|nebeatsibusti)${E}` },
		{ category: 'suicide', source: String.raw`${B}(?:noriu|norisi|nor${EO}${CC}iau)\s(?:tiesiog\s)?(?:i${S}nykti|dingti)\s(?:visam\slaikui|amžiams|am${Z}iams)${E}|${B}(?:noriu|norisi)\s(?:tiesiog\s)?nebeegzistuoti${E}` },
		{ category: 'suicide', source: String.raw`${B}(?:noriu|norisi|nor${EO}${CC}iau)\s(?:tiesiog\s|tik\s)?(?:i${S}nykti|dingti|neb${U}ti)${E}|${B}nebenoriu\s(?:${CC}ia\s|daugiau\s)?b${U}ti${E}|${B}(?:nenoriu|nesinori)\sdaugiau\s(?:${CC}ia\s)?b${U}ti${E}` },
		{ category: 'suicide', source: String.raw`${B}be\sman${EE}s\s(?:\p{L}{1,14}\s)?(?:b${U}t${UU}\s)?(?:geriau|lengviau)${E}` },
		{ category: 'suicide', source: String.raw`${B}kms${E}` }
	],
	exclusions: [
		// hyperbole: «mirštu iš juoko», «sakė, kad mane užmuš, jei pavėluosiu»
		String.raw`${WANT_DIE}\si${S}\s(?:g${EO}dos|juoko|nuobodulio|bado|kar${S}${CC}io|smalsumo|laim${EO}s|jaudulio|nuovargio)`,
		String.raw`${THREAT_KILL},?\s(?:jei|jeigu)(?:\s\p{L}{1,14}){0,3}\s(?:pav${EO}luo|v${EO}luo|dvejet|telefon|kambar|nam${UU}\sdarb|kontrolin|pamesiu|sulau${Z}ysiu|pamir${S}|v${EE}l)\p{L}{0,10}`,
		String.raw`${KILL_SELF},?\s(?:jei|jeigu)(?:\s\p{L}{1,14}){0,3}\s(?:pralaim${EO}|laim${EO}|kontrolin|matematik|egzamin|pa${Z}ymi|dain|wifi|internet)\p{L}{0,10}`,
		String.raw`${B}(?:noriu|norisi|nor${EO}${CC}iau|nor${EO}jau)\s(?:tiesiog\s|tik\s)?(?:i${S}nykti|dingti|mirti|numirti|pražegti|skradžiai\s${Z}em${EE}\sprasmegti)\si${S}\s(?:g${EO}dos|nepatogumo)`,
		String.raw`${B}kms\s?(?:lol|haha\p{L}{0,10}|xd|jk|😂|💀|🤣|😭)`,
		// negation that keeps the verb whole: «niekada nebuvau sumuštas» is kept apart by «ne-»; «mane niekas nemuša» too
		String.raw`${B}(?:niekada|niekad|niekas)\s(?:\p{L}{1,10}\s)?(?:ne\p{L}{1,12}\s)?(?:${HIT}|sumu${S}tas|sumu${S}ta|mu${S}amas|mu${S}ama)\s(?:${ME}|man)?${E}`,
		String.raw`${B}(?:a${S}\s)?(?:nepatiriu|nepatyriau|nesu\spatyr${EE}s|nesu\spatyrusi|niekada\snepatyriau)\s(?:\p{L}{1,14}\s)?(?:paty${CC}i|smurt|grasinim)\p{L}{0,10}${E}`,
		String.raw`${B}(?:nebijau|nebijojau)\s(?:eiti\s)?(?:namo|${CARER_GEN})${E}`,
		// accidents: «įsipjoviau pirštą», «susipjausčiau pjaustydama daržoves»
		String.raw`${B}(?:pjaustausi|susipjaus${CC}iau|susipjausčiau|pjovausi|susipjoviau|${II}sipjoviau)\s(?:pir${S}t|rank${A}\s(?:peiliu|stiklu|popieriumi)|netyčia|beruo${S}dama|beruo${S}damas|gaminant|pjaustydam)\p{L}{0,10}`,
		// statements about children in general: «daug vaikų patiria patyčias», «daug paauglių žalojasi»
		String.raw`${B}(?:daug|daugelis|keli|kai\skurie|vaikai|paaugliai|mokiniai|jaunuoliai|${Z}mon${EO}s)(?:\s(?:vaik${UU}|paaugli${UU}|mokini${UU}|jaunuoli${UU}|${Z}moni${UU}|mergin${UU}|vaikin${UU}))?\s(?:patiria|kenčia|ken${CC}ia|susiduria\ssu|${Z}alojasi|pjaustosi|yra|b${U}na|galvoja\sapie)(?:\s(?:\p{L}{1,14}\s)?(?:paty${CC}i|smurt|mu${S}ami|skriaud${Z}iami|savi${Z}udyb|${Z}alojim)\p{L}{0,10})?${E}`,
		// fiction, news, lessons and hypotheticals about others
		String.raw`${B}${FICTION}(?:[^.!?\n]{0,12}){0,7}`,
		String.raw`${B}(?:buvo|yra|savi${Z}ud|nusi${Z}ud|i${S}prievartav|paty${CC}i|ty${CC}iojasi|mu${S}a|mu${S}${EO}|sumu${S}${EO}|nori|noriu)\p{L}{0,10}(?:\s\p{L}{1,14}){0,3}\s${FICTION}`,
		String.raw`${B}(?:mok${EO}m${EO}s|kalb${EO}jome|kalb${EO}jom|diskutavome|skait${EO}me|${Z}i${U}r${EO}jome|pristatym|tema|tem${A}|pamok|projekt|referat|klas${EO}s\svalandėl|klas${EO}s\svaland${EO}l|akcij|informacij|daina|dain${A}|film${A}|knyg${A})\p{L}{0,4}\s(?:\p{L}{1,8}\s){0,2}apie\s(?:[^.!?\n]{0,10}){0,5}`,
		String.raw`${B}(?:jei|jeigu|kai)\s(?:kas\snors|ka${Z}kas|ka${Z}k${A}|vaikas|vaikai|vaik${A}|mokinys|mokiniai|mokin${II}|tu|tave|tau|draugas|draug${A}|${Z}mogus|${Z}mon${EO}s|${Z}mog${UU})\s(?:[^.!?\n]{0,12}){0,5}`,
		String.raw`${B}(?:vaik|mokin|paaugl|${Z}mon|jaunuol|jaunim)\p{L}{0,10},?\s(?:kurie|kurios|kuriuos|kuriems|kuris|kuri)\s(?:[^.!?\n]{0,12}){0,5}`,
		String.raw`${B}niekas\s(?:neturi|netur${EO}t${UU}|negali|nenusipelno|neturėtų)\s(?:[^.!?\n]{0,12}){0,5}`
	]
};
