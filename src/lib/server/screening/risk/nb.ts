// Awaits a native speaker's review (none so far): locales/review.json, "$screening-risk" → "src/lib/server/screening/risk/nb.ts".
import type { RiskLexicon } from '../types.ts';

/**
 * Norwegian Bokmål. Children write Bokmål mixed with dialect (æ/eg for «jeg», ikkje, mæ), past
 * tenses in -a as well as -et (banka, banket), and sometimes without æ/ø/å.
 *
 * Every pattern starts with a word, never with a gap, and uses bounded repetition only: one \s
 * between words, gaps such as (?:\s\p{L}{1,14}){0,3}, and stems left open at the end rather than
 * closed with \p{L}*. That keeps each source small enough for recheck's automaton checker, which
 * proves it linear in milliseconds (unbounded + or * next to the lookarounds would send it to the
 * slow, randomised fuzz checker). A run of white space reads as one space (matching.ts).
 */

const B = String.raw`(?<!\p{L})`;
const E = String.raw`(?!\p{L})`;
/** Up to three words between subject and verb: «faren min blir full og slår meg». */
const GAP = String.raw`(?:\s\p{L}{1,14}){0,3}\s`;
const ME = String.raw`(?:meg|mæ|mei|mej)`;
const SELF = String.raw`(?:selv|sjøl|sjæl|sjel|sæl)`;
const I = String.raw`(?:jeg|jæ|æ|eg|je|jei)`;
const NOT = String.raw`(?:ikke|ikkje|ikk|ik|itte)`;

/** Parents and carers, definite and possessive forms («faren min», «mora mi», «mammaen»), with their possessive. */
const CARER = String.raw`(?:mamm(?:a|aen)|mor(?:a|en)?|papp(?:a|aen)|far(?:a|en)?|ste(?:far|faren|fara|mor|mora|moren|pappa|mamma)|foreld(?:re|rene|ra)|bestefar(?:en)?|onkel(?:en)?|kj(?:æ|ae|e)resten\stil\s(?:mamma|pappa)|(?:mammas|pappas)\skj(?:æ|ae|e)reste|samboer(?:en)?)(?:\s(?:min|mi|mine|hennes|hans))?`;

/** Hitting and hurting, present, past (both -a and -et), infinitive and participle; in two groups to keep each pattern small. */
const HIT_BEAT = String.raw`(?:sl(?:å|a|aa)r|slo|sl(?:å|a|aa)tt|sl(?:å|aa)|banker|banka|banket|banke|juler|jula|julet|jule|denger|denga|denget|dengt|klapser|klapsa|klapset|dasker|daska|dasket)`;
const HIT_HURT = String.raw`(?:sparker|sparka|sparket|sparke|lugger|lugga|lugget|kveler|kvalte|kvelte|kvele|kvalt|dytter|dytta|dyttet|dytte|klyper|kløp|biter|beit|kaster\sting\sp(?:å|a)|kasta\sting\sp(?:å|a)|kastet\sting\sp(?:å|a))`;
const HIT = String.raw`(?:${HIT_BEAT}|${HIT_HURT})`;
const OBJ = String.raw`(?:meg|mæ|mei|oss|henne|ham|mamma|mora|moren|lillebror(?:en)?|lillesøster(?:en|a)?|broren|søstera|søsteren|småsøsken(?:a|ene)?)`;
/** Not «slår meg ikke», not «slo meg i sjakk». */
const NOT_AFTER = String.raw`(?!\s(?:aldri|ikke|ikkje|i\s(?:sjakk|fifa|fotball|kort|uno|spill|kamp)))`;
const HITPART = String.raw`(?:sl(?:å|a|aa)tt|banket|banka|julet|jula|denget|denga|dengt|sparket|sparka|lugget|lugga|kvalt|mishandlet|mishandla|dytta|dyttet)`;
/** Games and sports, where «slo meg» means «beat me». */
const GAMES = String.raw`(?:sjakk|fotball|fifa|fortnite|kort|uno|monopol|yatzy|ludo|tennis|bordtennis|badminton|boksing|karate|judo|bryting|trening|kamp|spill|løp|quiz|mario\s?kart|finalen|semifinalen|\d)`;
/** Places a fiction or news exclusion names: what happens there is not the child's own life. */
const FICTION = String.raw`(?:filmen|filmer|serien|serier|boka|boken|bøkene|sangen|låta|låten|teksten|novellen|romanen|eventyret|nyhetene|nyheten|avisa|avisen|historietimen|historieboka|dokumentaren|podkasten|podcasten|tegneserien|animeen|mangaen)`;

export const lexicon: RiskLexicon = {
	patterns: [
		// —— abuse: physical, by a parent or carer
		{ category: 'abuse', source: String.raw`${B}${CARER}${GAP}${HIT_BEAT}\s${OBJ}${E}${NOT_AFTER}` },
		{ category: 'abuse', source: String.raw`${B}${CARER}${GAP}${HIT_HURT}\s${OBJ}${E}${NOT_AFTER}` },
		{ category: 'abuse', source: String.raw`${B}(?:blir|ble|blei|blitt|bli|får|fikk|fått|vart)\s(?:${HITPART}|juling|bank|deng|ørefik\p{L}{0,10}|klaps|stryk|kjeft\sog\sjuling)\s(?:av\s(?:min\s|mine\s)?${CARER}|hjemme)${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:mis{1,2}handl|vold\s(?:i\shjemmet|hjemme|i\sfamilien)|familievold|voldelig\smot\s(?:meg|oss|mamma|mora|moren))` },
		{ category: 'abuse', source: String.raw`${B}${CARER}${GAP}(?:er|blir|var|ble)\s(?:så\s|veldig\s|ofte\s)?voldelig${E}` },
		// abuse: afraid of home or of a carer
		{ category: 'abuse', source: String.raw`${B}(?:tør|tørr|tor|toer)\s${NOT}\s(?:å\s|og\s)?(?:gå|dra|komme|være|reise|sykle|ta\sbussen)\shjem(?:me)?${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:redd|rædd|livredd|skremt|skrekkslagen)\sfor\s(?:å\s|og\s)?(?:gå|dra|komme|være)\shjem(?:me)?${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:redd|rædd|livredd)\s(?:for|av)\s(?:min\s|mine\s)?${CARER}(?:\s(?:min|mi|mine))?${E}` },
		// abuse: emotional
		{ category: 'abuse', source: String.raw`${B}${CARER}${GAP}(?:kaller|kalte|kalla|sier|sa|sagt|skriker|roper|skreik|skrek)\s(?:meg|at\s(?:jeg|æ|eg)\ser|(?:jeg|æ|eg)\ser)\s(?:en\s|et\s)?(?:verdiløs|ubrukelig|ingenting|feit|tjukk|stygg|dum|idiot|hore|taper|søppel|dritt|feil|feiltakelse|mislykket|mislykka|udugelig|jævla|jævlig|waste|ikke\sverdt)` },
		{ category: 'abuse', source: String.raw`${B}(?:${CARER}|han|hun|de|dem)(?:\s\p{L}{1,14}){0,2}\s(?:låser|låste|låst|stenger|stengte|stengt)\s${ME}\sinne${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:blir|ble|blei|blitt)\s(?:låst|stengt)\sinne\s(?:på|i)\s(?:rommet|boden|kjelleren|badet|skapet)` },
		{ category: 'abuse', source: String.raw`${B}${CARER}${GAP}(?:sier|sa|skrek|skriker)\s(?:at\s)?(?:hun|han|de)\s(?:skulle\sønske|ønsker)\s(?:at\s)?(?:jeg|æ|eg)\s(?:aldri\s)?(?:var|ble|hadde\sblitt)\s(?:født|død|abortert)` },
		// abuse: sexual
		{ category: 'abuse', source: String.raw`${B}(?:voldt(?:att|ok|ar|a|ekt\p{L}{0,10}|atte)|valdt(?:att|ok|ekt))` },
		{ category: 'abuse', source: String.raw`${B}(?:seksuel(?:t|le|l)\s(?:misbruk|overgrep|krenk|trakass)|overgrep|overgriper|incest)` },
		{ category: 'abuse', source: String.raw`${B}(?:misbruk(?:er|te|a|t)|misbrukt)\s(?:${ME}|oss|henne|ham)${E}|${B}(?:blir|ble|blei|blitt)\s(?:seksuelt\s)?misbrukt${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:tafs|befø(?:l|le)|famler|famla|famlet|klår|klådde|klådd|gramser|gramsa|gramset|gnir\sseg)\p{L}{0,10}\s(?:på\s|inntil\s|mot\s)?(?:${ME}|oss|henne)${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:han|hun|${CARER})(?:\s\p{L}{1,14}){0,2}\s(?:(?:tar|tok|har\statt|ta|tar\salltid|tek)\spå|(?:rører|rørte|har\srørt|røre|kjærtegner|kjærtegnet|stryker|strøk)(?:\spå)?)\s${ME}${E}(?!\s(?:på\s)?(?:jakk|klær|sko|lu[ae]|gens|bukse|vott|hansk|sekk|ransel|sele|belte|hjelm|skyld|ansvar|bleie|skjerf|sokk|vest|refleks|dress|kjole|ski|solkrem|plaster))` },
		{ category: 'abuse', source: String.raw`${B}(?:tar|tok|tatt|tek|rører|rørte|rørt|tafser|tafsa|stryker|strøk|befølte|beføler)\s(?:på\s)?(?:${ME}\s)?(?:der\snede|mellom\s(?:beina|bena)|under\s(?:klærne|trusa|truser|buksa|genseren|dyna|skjørtet)|(?:på|i)\s(?:tissen|puppene|puppa|brystene|rumpa|skrittet|fitta|pikken|kuken|kroppen\smin|låret)|tissen\smin|puppene\smine|rumpa\smi)` },
		{ category: 'abuse', source: String.raw`${B}(?:tvinger|tvang|tvunget|presser|presset|pressa)\s(?:${ME}\s|henne\s|ham\s)?til\s(?:å\s|og\s)?(?:ha\ssex|ligge\smed|kle\sav\s(?:meg|seg)|ta\sav\s(?:meg|seg)|kysse|suge|ta\spå|vise\s(?:meg\s)?(?:naken|puppene|tissen|kroppen)|sende\sbild|gjøre\sseksuelle)` },
		{ category: 'abuse', source: String.raw`${B}(?:sex|ligge|lå|ligget|pule|pulte|knulle|knulla)\smed\s(?:${ME}|oss)${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:kommer|kom|kryper|krøp|legger\sseg|la\sseg)\s(?:inn\s)?(?:i|opp\si)\ssenga\smi\s(?:om|på)\s(?:natta|natten|nettene|kvelden|kveldene)` },
		{ category: 'abuse', source: String.raw`${B}(?:han|hun|de|${CARER})\s(?:er|blir|var|ble)\s(?:så\s|veldig\s|ofte\s|alltid\s)?voldelig${E}|${B}(?:er|blir|var|ble)\s(?:han|hun|de|${CARER})\s(?:så\s|veldig\s|ofte\s|alltid\s)?voldelig${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:filmet|filma|filmer|fotograferte|tok\sbilde\sav|tok\sbilder\sav|tar\sbilder\sav)\s(?:${ME}|henne|oss)\s(?:i\sdusjen|naken|i\sgarderoben|på\sdo|når\sjeg\s(?:dusjer|skifter|sover)|mens\sjeg\s(?:dusjet|skiftet|sov))` },
		{ category: 'abuse', source: String.raw`${B}(?:sende|sender|sendte|send)\s(?:\p{L}{1,14}\s)?(?:bilder|bilde|bildet|video|videoer|snaps?)\s(?:ellers|eller\sså|hvis\s(?:ikke|jeg\sikke)|for\så\sbevise)` },
		// abuse: grooming and sextortion
		{ category: 'abuse', source: String.raw`${B}(?:naken\s?bild|nakne\sbild|nakenbild|nakenvideo|pikkbild|kukbild|dick\s?pic)|${B}nude[sz]?${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:ba|ber|spør|spurte|maser|masa|maset|vil|ville|krever|krevde|presser|pressa|presset|tvang|tvinger|truer|truet|trua)(?:\s\p{L}{1,14}){0,2}\s(?:om\s)?(?:sexy|frekke|nakne|private|intime|slemme|sånne|nudes|spicy)\s(?:bilder|bilde|bildet|video|snap)` },
		{ category: 'abuse', source: String.raw`${B}(?:bilder|bilde|bildet|video|snap)\p{L}{0,10}\s(?:av\s(?:meg|kroppen\smin|puppene\smine|rumpa\smi|meg\sselv)\s)?(?:uten\s(?:klær|klærne|trøye|t-skjorte|bukse)|naken|i\s(?:undertøy|undertøyet|truse|trusa|bh|bikini|boxer))` },
		{ category: 'abuse', source: String.raw`${B}(?:voksen|voksne|eldre|gammel|gamle|ukjent|ukjente|fremmed|fremmede)\s(?:mann|menn|fyr|fyrer|gutt|dame|person|type|kar|onkel)(?:\s\p{L}{1,14}){0,3}\s(?:bild|møte[st]?|treffe[st]?|hemmelig|sexy|naken|kropp|adresse|sex|kjæreste)\p{L}{0,10}${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:vår|vårt)\s(?:lille\s)?hemmelighet${E}|${B}hemmeligheten\svår${E}|${B}ikke\s(?:si|fortelle)\s(?:det\s)?til\s(?:mamma|pappa|noen\svoksne|foreldrene\s(?:mine|dine))` },
		{ category: 'abuse', source: String.raw`${B}(?:truer|truet|trua|true)\s(?:${ME}\s)?med\s(?:å\s|og\s)?(?:legge\sut|spre|dele|sende|vise)\s(?:\p{L}{1,14}\s)?(?:bild|video|snap)` },

		// —— neglect
		{ category: 'neglect', source: String.raw`${B}(?:ikke|ikkje|ingen|lite|aldri|sjelden)\s(?:noe\s|nok\s|no\s)?(?:mat|middag|frokost)\s(?:hjemme|i\s(?:huset|kjøleskapet|skapet|skapa)|til\smeg|til\soss)${E}` },
		{ category: 'neglect', source: String.raw`${B}(?:vi|jeg)\shar\s(?:ikke|ikkje|aldri)\s(?:noe\s|nok\s)?mat${E}(?!\s(?:på|i)\s(?:skolen|kantina|sfo|aks|klassen))` },
		{ category: 'neglect', source: String.raw`${B}kjøleskap(?:et|e)?\s(?:er|var)\s(?:alltid\s|helt\s|nesten\s|ofte\s)?tomt?${E}` },
		{ category: 'neglect', source: String.raw`${B}(?:får|fikk|få|fått)\s(?:ikke|ikkje|aldri|sjelden)\s(?:noe\s|nok\s)?(?:mat|middag|frokost|noe\s(?:å\s)?spise|(?:å\s)?spise${E}(?!\s(?:godteri|godt|snop|sjokolade|is|pizza|kake|chips|brus|mer|på|i|foran|før|etter|med|mens|når|søtt)))` },
		{ category: 'neglect', source: String.raw`${B}${NOT}\s(?:får|fikk|har\sfått)\s(?:noe\s|nok\s)?(?:mat|middag|frokost|noe\så\sspise)${E}` },
		{ category: 'neglect', source: String.raw`${B}(?:sulten|sultne|sulta|svolten)\s(?:hele\stiden|hver\sdag|hver\skveld|alltid|nesten\salltid|på\sskolen\sfordi)|${B}(?:går|gikk|legger\smeg|la\smeg|sovner|sovna|sover)\s(?:ofte\s|alltid\s)?(?:sulten|sultne|svolten)${E}` },
		{ category: 'neglect', source: String.raw`${B}(?:har|hadde)\s${NOT}\s(?:spist|fått\smat|fått\sspise|fått\snoe\smat)\s(?:på|i)\s(?:to|tre|fire|fem|flere|mange|\d{1,3})\s(?:dager|døgn)` },
		{ category: 'neglect', source: String.raw`${B}${CARER}${GAP}(?:ruser\sseg|rusa|ruset|dopa|dopet|på\sfylla|drita|dritings|stupfull|stup\sfull|sørpe\s?full|alkis|alkoholiker|narkoman|narkis|tar\sdop|bruker\sdop|røyker\shasj|sniffer|pilla|dopmisbruker|rusmisbruker)${E}` },
		{ category: 'neglect', source: String.raw`${B}${CARER}${GAP}(?:drikker|drekker|full|fulle|drukket|drikk)\s(?:hele\stiden|hver\s(?:dag|kveld|helg|natt)|alltid|så\smye|for\smye|sinnssykt\smye|masse)${E}(?!\s(?:vann|kaffe|te|melk|brus|juice|cola|energidrikk|saft|smoothie))` },
		{ category: 'neglect', source: String.raw`${B}${CARER}\s(?:drikker|drakk|ruser\sseg)(?=\s?(?:$|[.,!?;…]|og\s|men\s))` },
		{ category: 'neglect', source: String.raw`${B}${CARER}\s(?:er|blir|var|ble)\s(?:alltid|ofte|nesten\salltid|hver\sdag|hver\skveld|hele\stiden)\s(?:full|fulle|drita|rusa|dopa|høy|høye|pilla|fulle)${E}` },
		{ category: 'neglect', source: String.raw`${B}alene\s(?:hjemme\s)?(?:i\s)?(?:flere|mange|to|tre|fire|fem|en\shel|ei\shel|hele)\s(?:dager|døgn|netter|uke|uka|uker)${E}` },
		{ category: 'neglect', source: String.raw`${B}${CARER}${GAP}(?:kommer\s${NOT}\shjem|er\sborte|var\sborte|forsvinner|forsvant|blir\sborte|drar\sfra\soss|dro\sfra\soss)\s(?:i\s)?(?:flere|mange|to|tre|fire|fem|en\shel|ei\shel|hele)\s(?:dager|døgn|netter|uke|uka|uker|helga|helgen|natta|natten)${E}` },
		{ category: 'neglect', source: String.raw`${B}ingen\s(?:voksne\s)?(?:passer\spå|tar\svare\spå|lager\smat\stil|vasker\sklærne\stil|bryr\sseg\som|ser\setter)\s(?:meg|mæ|oss\sbarna|oss\sungene|småsøsknene)${E}` },
		{ category: 'neglect', source: String.raw`${B}(?:ingen|ikke|ikkje)\s(?:strøm|varme|vann|seng|sengetøy|rene\sklær)\s(?:hjemme|i\shuset|i\sleiligheten|hos\soss)|${B}(?:har|hadde)\s${NOT}\s(?:noen\s|ei\s|en\s)?(?:vinterjakke|vinterklær|vintersko|seng|egen\sseng|rene\sklær|tannbørste)${E}` },
		{ category: 'neglect', source: String.raw`${B}(?:ingen|ikke)\s(?:tar|tok)\smeg\s(?:med\s)?til\s(?:legen|tannlegen)|${B}får\s${NOT}\s(?:gå|komme)\stil\s(?:legen|tannlegen)` },
		{ category: 'neglect', source: String.raw`${B}(?:kast|hiv|hev|sparka|sparket|sparker)\p{L}{0,10}\s(?:${ME}|oss)\sut\s(?:hjemmefra|av\s(?:huset|leiligheten|hjemmet)|på\s(?:gata|trappa|døra))|${B}(?:får|fikk|få)\s${NOT}\s(?:lov\s(?:til\s)?(?:å\s)?)?(?:komme|bo|være|sove)\shjem(?:me)?${E}` },
		{ category: 'neglect', source: String.raw`${B}(?:sover|sov|må\ssove|måtte\ssove)\s(?:på\sgata|i\strappa|i\strappeoppgangen|i\sbilen|i\soppgangen|ute\sfordi)` },
		{ category: 'neglect', source: String.raw`${B}(?:må|måtte)\s(?:alltid\s)?(?:passe\spå|ta\svare\spå|lage\smat\stil)\s(?:småsøsknene|lillebror|lillesøster|søsknene)\p{L}{0,10}\s(?:mine\s)?fordi\s${CARER}` },

		// —— violence: bullying, beatings and threats by others
		{ category: 'violence', source: String.raw`${B}(?:mobber|mobba|mobbet|mobbe|mobbes|trakasserer|trakasserte|plager|plaga|plaget|terroriserer)\s(?:${ME}|oss)${E}` },
		{ category: 'violence', source: String.raw`${B}(?:blir|ble|blei|blitt|bli|vart)\s(?:\p{L}{1,14}\s)?(?:mobbet|mobba|utfryst|utestengt|trakassert|truet|trua|slått|banket|banka|julet|jula|sparket|sparka|ranet|rana|overfalt|angrepet|knivstukket|stukket\sned|kalt\s(?:hore|homo|stygge\sting|neger|fitte))${E}(?!\s(?:ut|av\sbanen|sammen))` },
		{ category: 'violence', source: String.raw`${B}(?:opplever|opplevd|opplevde|utsatt\sfor|utsettes\sfor)\s(?:\p{L}{1,14}\s)?(?:mobbing|vold|trusler|trakassering|netthets|hets|utestenging|rasisme)${E}` },
		{ category: 'violence', source: String.raw`${B}${HIT}\s(?:på\s)?${ME}(?:\sopp)?${E}${NOT_AFTER}` },
		{ category: 'violence', source: String.raw`${B}(?:spytter|spytta|spyttet|kaster|kasta|kastet)\s(?:stein\s|snø\s|ting\s)?(?:på|etter)\s${ME}${E}` },
		{ category: 'violence', source: String.raw`${B}(?:truer|truet|trua|true|truga)\s(?:${ME}|oss)${E}` },
		{ category: 'violence', source: String.raw`${B}(?:truer|truet|trua|true)\s(?:${ME}\s|oss\s)?med\s(?:å\s|og\s)?(?:drepe|slå|banke|jule|juling|bank|kniv|knivstikke|stikke|skyte|ta\slivet|voldta)` },
		{ category: 'violence', source: String.raw`${B}(?:sa|sier|skrev|skriver|sendte|sender)\s(?:at\s)?(?:han|hun|de|dem|dere)\s(?:skal|skulle|vil|ville|kommer\stil\så|kom\stil\så)\s(?:drepe|banke|knivstikke|stikke|skyte|slå|jule|voldta|ta\slivet\sav|ta)\s(?:${ME}|oss)${E}` },
		{ category: 'violence', source: String.raw`${B}(?:får|fikk|fått|mottar|mottok|mottatt)\s(?:\p{L}{1,14}\s)?(?:trusler|trussel|dødstrusler|trusselmeldinger|hatmeldinger|truende\smeldinger)${E}` },
		{ category: 'violence', source: String.raw`${B}(?:redd|rædd|livredd|skremt)\s(?:for|av)\s(?:han|ham|henne|dem|de|gjengen|gutta|guttene|jentene|noen\s(?:i|på)\s(?:klassen|skolen)|en\s(?:gutt|jente|mann|fyr)|eksen\smin|kjæresten\smin|læreren)${E}` },
		{ category: 'violence', source: String.raw`${B}(?:tør|tørr|tor)\s${NOT}\s(?:å\s|og\s)?(?:gå|dra|komme|være)\s(?:på|til|i|ut\si)\s(?:skolen|skola|trening|friminutt|garderoben|bussen|gangen)\p{L}{0,10}${E}` },
		{ category: 'violence', source: String.raw`${B}(?:ranet|rana|raner|overfalt|overfaller|angrep|angriper|knivstakk|stakk)\s(?:${ME}|oss)${E}|${B}(?:presser|presset|pressa|tvinger|tvang)\s${ME}\s(?:for|til\så\sgi\s(?:dem|de|han|ham)|til\så\sbetale)` },
		{ category: 'violence', source: String.raw`${B}(?:sa|sier|skrev|skriver|ba|ber)\s(?:at\s)?(?:jeg|meg)\s(?:(?:skulle|burde|skal|bør|må)\s)?(?:drepe\smeg\sselv|ta\slivet\s(?:mitt|av\smeg)|dø)${E}` },

		// —— self-harm
		{ category: 'self-harm', source: String.raw`${B}(?:kutter|kutta|kuttet|kutte|kutt|skjærer|skar|skjære|risper|rispa|rispet|rispe|risser|rissa|brenner|brant|brenne|klorer|klora|klort|klore|slår|slo|slå|skader|skada|skadet|skade|straffer|straffa|straffet|sulter|sulta|sultet|sulte|biter|beit|cutter|cutta|cuttet)\s(?:${ME}|seg)\s${SELF}${E}` },
		{ category: 'self-harm', source: String.raw`${B}(?:kutter|kutta|kuttet|kutte|risper|rispa|rispet|rispe|cutter|cutta|cuttet|cutte|skjærer)\s(?:${ME}|seg|i\s(?:armen|armene|armane|håndleddet|håndleddene|låret|lårene|magen|huden))${E}` },
		{ category: 'self-harm', source: String.raw`${B}(?:selvskad|sjølskad|risping|cutting|selvmutil)` },
		{ category: 'self-harm', source: String.raw`${B}(?:arr|kutt|sår|merker|rifter)\s(?:på|over\shele)\s(?:armene|armane|håndleddene|håndledda|lårene|låra)${E}|${B}(?:skjuler|gjemmer|dekker\sover|dekke\sover|skjule)\s(?:arrene|kuttene|sårene|merkene)${E}` },
		{ category: 'self-harm', source: String.raw`${B}(?:kaster|kasta|kastet|kaste)\sopp\s(?:med\svilje|etter\s(?:hvert|alle)\s(?:måltid|måltider|måltidene)|maten)|${B}(?:spiser|spise)\s(?:nesten\s)?${NOT}\s(?:noe\s)?(?:for\så\s(?:gå\sned|bli\stynn)|med\svilje)` },
		{ category: 'self-harm', source: String.raw`${B}(?:vil|ville|lyst\stil\så|lyst\så|må|trang\stil\så)\s(?:skade|kutte|såre|straffe|brenne)\s(?:${ME}|seg)${E}` },

		{ category: 'self-harm', source: String.raw`${B}(?:begynt|begynte|begynne|slutte|sluttet|slutta|klarer\sikke\så\sslutte|klarer\sikke\sslutte)\s(?:å\s|og\s|med\så\s)?(?:kutte|rispe|cutte|skade\smeg)|${B}(?:kutter|kutta|kuttet|risper|rispa|rispet|cutta|cuttet)\sigjen${E}` },
		// —— suicide
		{ category: 'suicide', source: String.raw`${B}${I}\s(?:\p{L}{1,14}\s)?(?:vil|ville|vill)\s(?:bare\s|helst\s|egentlig\s|så\sgjerne\s)?(?:dø|døø{0,3})${E}` },
		{ category: 'suicide', source: String.raw`${B}vil\sbare\sdø${E}|${B}(?:og|men|så)\s(?:jeg\s)?vil\s(?:helst\s)?dø${E}` },
		{ category: 'suicide', source: String.raw`${B}(?:lyst|lysst)\s(?:til\s)?(?:å|og|o)\s(?:dø|døø{0,3})${E}|${B}(?:ønsker|ønske|ønska)\s(?:å|og)\sdø${E}` },
		{ category: 'suicide', source: String.raw`${B}(?:ønsker|ønske|skulle\sønske|håper|ønska)\s(?:at\s)?${I}\s(?:var|er|hadde\svært|blir|bare\svar)\sdød${E}` },
		{ category: 'suicide', source: String.raw`${B}${I}\s(?:aldri\shadde\sblitt|aldri\sble|aldri\svar|hadde\saldri\sblitt|ikke\svar|ikke\shadde\sblitt|aldri\sskulle\s(?:ha\s)?(?:vært|blitt))\sfødt${E}` },
		{ category: 'suicide', source: String.raw`${B}(?:vil|ville|orker|gidder|klarer|kan)\s${NOT}\s(?:å\s|og\s)?(?:leve|være\sher|eksistere|leve\slivet)(?:\s(?:mer|lenger|lengre|sånn|slik|lenge))?${E}` },
		{ category: 'suicide', source: String.raw`${B}(?:orker|gidder)\s${NOT}\s(?:livet|mer\sav\slivet)|${B}(?:ingen|ikke\snoe|ikke\snoen)\svits\s(?:i\s|med\s)?(?:å\s|og\s)?leve${E}|${B}${NOT}\s(?:\p{L}{1,14}\s)?verdt\s(?:å|og)\sleve|${B}(?:ingen\sgrunn\stil\så\sleve|ingenting\så\sleve\sfor|ikke\snoe\så\sleve\sfor)` },
		{ category: 'suicide', source: String.raw`${B}(?:ta|tar|tok|tatt)\slivet\s(?:mitt|sitt|av\s(?:meg|seg))(?:\s${SELF})?${E}` },
		{ category: 'suicide', source: String.raw`${B}(?:drepe|dreper|drepte|drept)\s(?:${ME}|seg)\s${SELF}${E}` },
		{ category: 'suicide', source: String.raw`${B}(?:selvmords?tank|selvmordsforsøk|selvmordsplan|selvmordsbrev|avskjedsbrev|sjølmordstank|suicidal)` },
		{ category: 'suicide', source: String.raw`${B}(?:tenkt|tenker|tenkte|tenke|prøvd|prøvde|prøver|planlegger|planla|vurdert|vurderer|vil|ville|lyst\stil\så|begå|ta)\s(?:på\s)?(?:å\s)?(?:begå\s|ta\s)?(?:selvmord|sjølmord|selvmor|slevmord)${E}` },
		{ category: 'suicide', source: String.raw`${B}kms${E}` },
		{ category: 'suicide', source: String.raw`${B}(?:hopp\p{L}{0,10}|kaste\smeg|kaster\smeg|kasta\smeg)\s(?:foran\s(?:toget|et\stog|bussen|en\sbil|bilene|t-banen|trikken|en\slastebil)|(?:ut\s)?(?:fra|utfor|ned\sfra|ut\sav)\s(?:broa|brua|broen|brua|en\sbro|ei\sbru|taket|stupet|balkongen|vinduet|fjellet|klippa|blokka))` },
		{ category: 'suicide', source: String.raw`${B}(?:ta|tar|tok|tatt)\s(?:en\s)?overdose${E}|${B}(?:ta|tok|tatt|svelge|svelget|svelga|svelger)\s(?:alle|masse|mange|en\shaug\s(?:med\s)?|hele\s(?:boksen|pakka|glasset)\s(?:med\s)?)(?:pillene|piller|tabletter|tablettene|paracet|pinex|ibux|sovepiller)` },
		{ category: 'suicide', source: String.raw`${B}(?:bedre|best|lettere|enklere)\s(?:for\salle\s)?(?:uten\smeg|(?:om|hvis|viss)\s${I}\s(?:ikke\sfantes|ikke\svar\sher|var\sdød|forsvant|døde|ikke\slevde|ikke\sfantes\slenger))` },
		{ category: 'suicide', source: String.raw`${B}ingen\s(?:ville|vil|kommer\stil\så)\s(?:savne|savna|savnet|merke|merka|merket|bry\sseg)\s(?:meg|om\s${I}|hvis\s${I}|at\s${I})${E}` },
		{ category: 'suicide', source: String.raw`${B}(?:avslutte|avslutta|avsluttet|ende|gjøre\sslutt\spå)\s(?:livet|alt|det\shele)(?:\smitt)?${E}(?!\s(?:arbeid|sammen|før|med|i\sdag))` },
		{ category: 'suicide', source: String.raw`${B}(?:vil|vill|ønsker|håper|ønske)\s(?:at\s)?(?:${I}\s)?(?:ikke|aldri)\s(?:å\s)?våkn(?:e|er|a)(?:\sopp)?(?:\sigjen|\smer)?${E}` },
		{ category: 'suicide', source: String.raw`${B}(?:forsvinne\sfor\salltid|slutte\s(?:å|og)\s(?:eksistere|leve|puste))${E}` }
	],
	exclusions: [
		// games and sports: «slo meg i sjakk», «mamma banket meg i yatzy»
		String.raw`${B}${HIT}\s(?:${ME}|oss)\s(?:i|på)\s${GAMES}`,
		// figurative «det slo meg», settling down, teaming up, being fired
		String.raw`${B}(?:det|plutselig|da)\s(?:slår|slo|har\sslått)\s${ME}`,
		String.raw`${B}(?:slår|slo|slått|slå)\s${ME}\s(?:ned|sammen|til\sro|løs|fram|frem|opp\s(?:på|i)|ihjel\s(?:hvis|om|viss|når))`,
		String.raw`${B}(?:sparker|sparka|sparket)\s${ME}\s(?:fra|ut\sav)\s(?:jobben|laget|klubben)`,
		// «jeg slo meg på kneet»: hurting oneself by accident
		String.raw`${B}${I}\s(?:har\s|hadde\s)?(?:slo|slår|slått)\s${ME}`,
		// negation: «ingen slår meg», «pappa har aldri slått meg», «jeg blir ikke mobbet»
		String.raw`${B}ingen(?:\sav\s(?:dem|de|foreldrene|foreldra|de\svoksne)(?:\smine)?)?(?:\shar)?(?:\snoen\sgang)?\s(?:${HIT}|mobber|mobbet|truer|truet|misbruker|tar\spå)\s(?:${ME}|oss)${E}`,
		String.raw`${B}${CARER}(?:\s\p{L}{1,10}){0,2}\s(?:aldri|${NOT}|sjelden)\s(?:\p{L}{1,8}\s)?${HITPART}\s${OBJ}${E}`,
		String.raw`${B}(?:blir|ble|blei|blitt|bli|har)\s(?:${NOT}|aldri|sjelden|heldigvis\sikke)\s(?:blitt\s)?(?:\p{L}{1,14}\s)?(?:mobbet|mobba|slått|banket|banka|julet|truet|trua|utfryst|utestengt|misbrukt|ranet)${E}`,
		String.raw`${B}(?:aldri|${NOT})\s(?:blitt|blir|ble|bli)\s(?:\p{L}{1,14}\s)?(?:mobbet|mobba|slått|banket|banka|julet|truet|trua|utfryst|utestengt|misbrukt|ranet)${E}`,
		String.raw`${B}(?:aldri|${NOT}|ingen\ssom)\s(?:har\s)?(?:${HIT}|mobbet|mobbe|truet)\s${ME}${E}`,
		String.raw`${B}(?:aldri|${NOT})\s(?:har\s)?(?:kuttet|kutta|skadet|skada|skadd|risset|rispet|rispa)\s${ME}(?:\s${SELF})?${E}`,
		String.raw`${B}${I}\s(?:har\s)?(?:aldri|${NOT})\s(?:\p{L}{1,14}\s)?(?:kuttet|kutta|kutter|skadet|skada|skader|risper|rispet)\s${ME}(?:\s${SELF})?${E}`,
		String.raw`${B}${I}\s(?:vil|ville)\s(?:${NOT}|aldri)\s(?:dø|ta\slivet\smitt)`,
		String.raw`${B}(?:tenker|tenkt|tenkte|vil|ville|prøver|har)\s(?:${NOT}|aldri)\s(?:på\s)?(?:å\s)?(?:ta\slivet\smitt|begå\sselvmord|selvmord)`,
		String.raw`${B}(?:aldri|${NOT})\s(?:tenkt|tenker|tenkte|prøvd|prøvde|vurdert)\s(?:på\s)?(?:å\s)?(?:ta\slivet\smitt|begå\sselvmord|selvmord)`,
		String.raw`${B}(?:at\s)?ingen\s(?:skal\s|skulle\s|må\s|burde\s)?(?:bli|blir|ble|føle\sseg)\s(?:\p{L}{1,14}\s)?(?:mobbet|mobba|slått|utfryst|utestengt|truet|trakassert)${E}`,
		String.raw`${B}(?:${NOT}|ingen)\s(?:\p{L}{1,14}\s)?(?:selvmordstank\p{L}{0,10}|selvskading)`,
		String.raw`${B}(?:ikke|ingen|ikkje)\s(?:redd|rædd)\sfor\s(?:å\s)?(?:gå\shjem|${CARER})`,
		// accidents: «kuttet meg i fingeren», «skar meg på et glass», «skadet meg selv på trening»
		String.raw`${B}(?:kutt(?:a|et|er)?|skar|skjær(?:er)?|risp(?:a|et|er)|brant|brenner|brente)\s(?:${ME}|seg)(?:\s${SELF})?\s(?:i\s(?:fingeren|fingern|tommelen|foten|hånda|hånden|kneet|leppa)|på\s(?:\p{L}{1,14}\s)?(?:papir|kniv|glass|ark|gress|spiker|ovnen|komfyren|stekepanna|grillen|sola|brennesle)|ved\set\suhell|da\s(?:jeg|vi)\s(?:lagde|laget|skar|kuttet|spikka)|når\sjeg\s(?:lager|lagde|skar|kutter))`,
		String.raw`${B}(?:skad\p{L}{0,10}|slo)\s(?:${ME}|seg)\s${SELF}\s(?:på|i|under)\s(?:trening|kamp|fotball|håndball|ski|gym|turn|sykkel)\p{L}{0,10}`,
		// hyperbole: «jeg vil dø av latter», «dreper meg selv hvis vi taper», «du tar livet av meg»
		String.raw`${B}${I}\s(?:\p{L}{1,14}\s)?(?:vil|ville|vill)\s(?:bare\s|helst\s|egentlig\s|så\sgjerne\s)?dø\s(?:av\s(?:latter|kjedsomhet|skam|flauhet|sult|varme|kulde|nysgjerrighet|spenning)|på\s(?:en\s)?(?:strand|fjellet)|(?:når|som)\s(?:jeg\ser\s)?gammel)`,
		String.raw`${B}(?:drepe|dreper|ta\slivet\sav)\s${ME}\s${SELF}\s(?:hvis|om|viss|dersom)(?:\s\p{L}{1,14}){0,3}\s(?:taper|tapte|vinner|prøve|lekse|matte|eksamen|gym|karakter|for\ssent|sent|seint|den\ssangen|låta|wifi|nettet)\p{L}{0,10}`,
		String.raw`${B}(?:du|dere|det|dette|den|denne|lekse|skolen|prøve|matte|eksamen|varmen|kjedsomheten|læreren)\p{L}{0,10}\s(?:\p{L}{1,14}\s)?tar\slivet\sav\s${ME}`,
		String.raw`${B}${CARER}(?:\s\p{L}{1,14}){0,3}\s(?:dreper|drepe|myrder|myrde|tar\slivet\sav|ta\slivet\sav|slår\smeg\sihjel|slå\smeg\sihjel)(?:\s${ME})?\s(?:hvis|om|viss|dersom|når\s(?:hun|han|de)\s(?:ser|finner|får\svite|oppdager))(?!(?:\s${I})?\s(?:sier|sa|forteller|fortalte|sladr|går\stil|ringer))`,
		String.raw`${B}kms\s?(?:lol|haha\p{L}{0,10}|xd|jk|😂|💀|🤣|😭)`,
		// statements about children in general: «mange barn blir mobbet», «mange unge sliter med selvskading»
		String.raw`${B}(?:mange|flere|alle|altfor\smange|for\smange|en\sdel|barn|unge|ungdommer|elever|folk|de|dem)(?:\s(?:barn|unge|ungdommer|elever|jenter|gutter|folk))?\s(?:blir|ble|har\sblitt|kan\sbli)\s(?:\p{L}{1,14}\s)?(?:mobbet|mobba|slått|utfryst|utestengt|trakassert|truet|misbrukt|voldtatt|ranet)${E}`,
		String.raw`${B}(?:mange|flere|altfor\smange|for\smange|en\sdel|barn|unge|ungdommer|elever|folk)(?:\s(?:barn|unge|ungdommer|elever|jenter|gutter|folk))?\s(?:sliter\smed|driver\smed|opplever|tenker\spå|har)\s(?:\p{L}{1,14}\s)?(?:selvskading|selvmordstanker|selvmord|mobbing|vold|risping)${E}`,
		// fiction, news, lessons and hypotheticals about others
		String.raw`${B}(?:i|på|fra|om)\s${FICTION}(?:[^.!?\n]{0,12}){0,7}`,
		String.raw`${B}(?:selvmord|voldt|overgrep|mishandl|mobb|drept|drap|misbruk|kuttet|kutter|blir|ble)\p{L}{0,10}(?:\s\p{L}{1,14}){0,3}\s(?:i|på)\s${FICTION}`,
		String.raw`${B}(?:lærte|lærer|lære|snakket|snakka|snakker|prata|pratet|prater|diskuterte|diskuterer|leste|lest|leser|så\sen\sfilm|tema|temaet|presentasjon|presentasjonen|foredrag|foredraget|oppgave|oppgaven|prosjekt|prosjektet|dokumentar|informasjon|kampanje|kampanjen)\s(?:\p{L}{1,8}\s){0,2}om\s(?:[^.!?\n]{0,10}){0,5}`,
		String.raw`${B}(?:hvis|om|viss|dersom|når)\s(?:noen|man|en|et\sbarn|barn|elever|folk|du|vennen\sdin|venninna\sdi)\s(?:\p{L}{1,10}\s)?(?:blir|ble|er|har|føler|vil|skader|kutter|mobber|slår|tenker|opplever|sliter)(?:[^.!?\n]{0,12}){0,5}`,
		String.raw`${B}(?:barn|barna|elever|unge|ungdom|ungdommer|folk|personer|jenter|gutter)\ssom\s(?:blir|ble|er|har|skader|kutter|tenker|vil|sliter|opplever)(?:[^.!?\n]{0,12}){0,5}`
	]
};
