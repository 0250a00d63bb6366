// Awaits a native speaker's review (none so far): locales/review.json, "$screening-risk" → "src/lib/server/screening/risk/et.ts".
import type { RiskLexicon } from '../types.ts';

/*
 * Estonian risk phrases.
 *
 * Every source is linear: alternations of word forms, and at most one bounded gap of a few
 * words of bounded length, so that `recheck` proves it safe with its automaton checker.
 *
 * Estonian word order is free ("isa lööb mind", "mind lööb isa", "isa on mind löönud") and the
 * subject is often left out, so the verbs of violence also match without a subject. Negation
 * changes the verb form ("isa ei löö mind", "ma ei lõiku"), so negated sentences rarely match a
 * positive form; "ei" and "pole" are also kept out of the gaps. Children often type without
 * diacritics (loob, loi, naljas), and a few common forms are covered that way. The impersonal
 * passive ("mind kiusatakse", "mind peksti") is how bullying is usually told.
 *
 * Review notes for a native speaker: `CARER` and its case forms, the verbs in `HIT`, the
 * slang (lõikuma, nuuds, kaifis, otsa peale tegema), and the exclusions (hyperbole with
 * "tapab mu ära", "suren naerust", games and sports).
 */

const B = String.raw`(?<!\p{L})`;
const E = String.raw`(?!\p{L})`;
const NEG = String.raw`ei|pole|polnud|ära|ärge|mitte`;
/** Up to four words (none of them a negation) between two parts of a phrase. */
const GAP = String.raw`(?:,? (?!(?:${NEG})${E})[\p{L}\d'’-]{1,16}\.?){0,4},? `;
/** A word of a sentence that an exclusion spans (fiction, lessons, news). */
const WORD = String.raw`[\p{L}\d'’"“”„,-]{1,15}`;
/** Parents and carers (the forms used as subject, and the partitive after "kardan"); "ema elukaaslane" is "ema" and a word of the gap. */
const PARENT = String.raw`isa|issi|iss|ema|emme|emps|memm|kasuisa|võõrasisa|kasuema|võõrasema|vanemad|vanemaid|kasuvanemad|hooldusvanemad|hooldaja|kasupere`;
/** People a child may be abused by: carers, relatives, adults in charge, partners. */
const CARER = String.raw`${PARENT}|vanaisa|vanaema|onu|tädi|vanem vend|suur vend|kasuvend|vanem õde|suur õde|nõbu|õpetaja|õpetajat|õps|treener|treenerit|kasvataja|lapsehoidja|naaber|naabrimees|poiss-sõber|poiss sõber|peika|kutt`;
/** Finite forms of hitting and hurting. */
const HIT = String.raw`l(?:öö|oo)b|l(?:õ|o)i|l(?:öö|oo)vad|l(?:õ|o)id|peksab|peksis|peksavad|peksid|kolgib|kolkis|klobib|tagub|tagus|taob|togib|tõukab|tõukas|müksab|müksas|kägistab|kägistas|näpistab|tirib|tiris|sikutab|sikutas|piitsutab|piitsutas|vägistab|vägistas|ahistab|ahistas|kuritarvitab|kuritarvitas|väärkohtleb|väärkohtles`;
/** Participles and infinitives of hitting and hurting. */
const HIT_PART = String.raw`l(?:öö|oo)nud|peksnud|peksma|l(?:öö|oo)ma|lüüa|peksta|tõuganud|kägistanud|vägistanud|ahistanud|kuritarvitanud|väärkohelnud|lukustanud|ähvardanud|tirinud`;
const OBJECT = String.raw`(?:mind|meid|mu (?:ema|emmet|venda|õde|väikevenda|väikeõde)|minu (?:ema|venda|õde)|ema|emmet|mu|minu)`;
/** Short adverbs and instruments inside a phrase: "isa on mind vööga löönud". */
const ADV = String.raw`(?: (?:jälle|tihti|sageli|alati|vahel|iga päev|kogu aeg|eile|täna|uuesti|väga|kõvasti|vööga|rihmaga|vitsaga|kepiga|jalaga|rusikaga|käega|lusikaga|susiga|kingaga|kodus)){0,2}`;
/** After a verb of hitting: not a game, not a pillow fight. */
const NOT_SPORT = String.raw`(?!(?: jälle| alati| tihti)? (?:males|kabes|mängus|mängides|jalgpallis|korvpallis|võrkpallis|fifas|padjasõjas|lumesõjas|nalja pärast|naljaga|\d{1,2}[:-]\d{1,2})${E})`;
const MEDIA = String.raw`pilte|pilti|fotosid|fotot|videot|videoid|nudesid|nudes|nuuds|nuude|selfisid|selfiesid|alastipilte`;
const HARMLESS_MEDIA = String.raw`(?! (?:oma |meie |klassi |kooli )?(?:reisist|koerast|kassist|lemmikloomast|lemmikloomadest|peost|ekskursioonist|matkast|projekti|perest|suvest|puhkusest|toidust|aiast|kontserdist))`;

export const lexicon: RiskLexicon = {
	patterns: [
		// abuse: physical, by a carer or relative
		{ category: 'abuse', source: String.raw`${B}(?:${CARER})${GAP}(?:${HIT}) ${OBJECT}${E}${NOT_SPORT}` },
		{ category: 'abuse', source: String.raw`${B}(?:${CARER})${GAP}(?:mind|meid)${ADV} (?:${HIT})${E}${NOT_SPORT}` },
		{ category: 'abuse', source: String.raw`${B}(?:${CARER})${GAP}(?:mind|meid)${ADV} (?:${HIT_PART})${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:${HIT}) (?:mu |minu )?(?:${CARER}) (?:mind|meid)${E}${NOT_SPORT}|${B}(?:mind|meid)(?: kodus)? (?:${HIT}) (?:mu |minu )?(?:${CARER})${E}${NOT_SPORT}` },
		{ category: 'abuse', source: String.raw`${B}(?:${CARER})(?: ${WORD}){0,6} (?:ta|tema|nad|siis ta|siis nad) (?:(?:${HIT}) ${OBJECT}|(?:mind|meid)${ADV} (?:${HIT}|${HIT_PART}))${E}${NOT_SPORT}` },
		{ category: 'abuse', source: String.raw`${B}(?:saan|sain|saime|saanud|saama)(?: (?:kodus|isalt|emalt|isa käest|ema käest|kasuisalt|vanematelt|tihti|iga päev|jälle|alati|vahel|kõvasti)){0,2} (?:peksa|vitsa|rihma|rihmaga|malka|kere peale|kolki|kõrvakiilu|kõrvakiile|vastu pead|vastu näppe)${E}${NOT_SPORT}` },
		{ category: 'abuse', source: String.raw`${B}kodus (?:mind|meid) (?:pekstakse|peksti|lüüakse|löödi|karistatakse|lukustatakse)|${B}(?:mind|meid) (?:pekstakse|peksti|lüüakse|löödi) kodus` },
		{ category: 'abuse', source: String.raw`${B}(?:${CARER})${GAP}(?:teeb|tegi|teevad|tegid|on teinud|teinud) (?:mulle|meile|emale|emmele)${ADV} (?:haiget|valu)${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:annab|andis|annavad|andsid|annab vahel|andis jälle) (?:mulle|meile) (?:kõrvakiilu|kõrvakiile|laksu|lakse|vastu pead|vastu kõrvu|vitsa|rihma|malka|kere peale|peksa)${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:viskab|viskas|loobib|loopis|viskavad) (?:mind|mulle|minu pihta) (?:asjadega|taldrikutega|taldrikuga|pudeliga|pudelitega|tooliga|toolidega|asju)|${B}(?:tirib|tiris|sikutab|sikutas|kisub|kiskus|tõmbab|tõmbas) (?:mind )?(?:juustest|kõrvast|juukseid pidi)|${B}(?:haarab|haaras|võtab|võttis|pigistab|pigistas) (?:mind )?(?:kõrist|kaelast)` },
		{ category: 'abuse', source: String.raw`${B}sinika(?:d|id) (?:on )?(?:isalt|emalt|kasuisalt|vanematelt|isa käest|ema käest)|${B}(?:peidan|peidan oma|peitsin|varjan|varjasin) (?:oma )?sinikaid` },
		{ category: 'abuse', source: String.raw`${B}(?:lukustab|lukustas|lukustavad|lukustasid|paneb|pani|panevad) (?:mind|meid) (?:tuppa|keldrisse|vannituppa|kappi|kempsu|wc-sse|luku taha|lukku|välja)${E}` },
		// abuse: emotional
		{ category: 'abuse', source: String.raw`${B}(?:${CARER})${GAP}(?:ütleb|ütles|karjub|karjus|räägib|kordab)(?: mulle)?,? et ma (?:olen|oleks|olin|oleksin) (?:nii |liiga |täiesti |üks |mingi |lihtsalt |ainult |nagu )?(?:loll|rumal|kasutu|väärtusetu|paks|kole|viga|eksitus|mitte keegi|koorem|idioot|nõme|pettumus|mõttetu|lits|hoor|mitte midagi väärt)` },
		{ category: 'abuse', source: String.raw`${B}(?:${CARER})${GAP}(?:nimetab|nimetas|kutsub|kutsus|sõimab|sõimas) (?:mind )?(?:lolliks|rumalaks|idioodiks|paksuks|koledaks|kasutuks|väärtusetuks|litsiks|hooraks|nõmedaks|debiiliks|värdjaks|mõttetuks)${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:parem|tahaks|tahaksin),? kui (?:sind|sa) (?:poleks|ei oleks|ei oleks kunagi|poleks kunagi) (?:olemas|sündinud)|${B}(?:poleks|ei oleks) (?:pidanud )?sind (?:sünnitama|saama)` },
		{ category: 'abuse', source: String.raw`${B}(?:kardan|kardame|pelgan|hirmu) (?:oma |mu |minu )?(?:${CARER})${E}(?! (?:reaktsiooni|arvamust|pettumust)${E})|${B}(?:kardan|kardame|ei julge|hirm on|hirmus on) (?:\p{L}{1,8} )?(?:koju|kodus) (?:minna|olla|tagasi minna)|${B}kodus (?:pole|ei ole) (?:turvaline|ohutu)|${B}(?:ei tunne|ei tunne end|ei tunne ennast) (?:end |ennast )?kodus turvaliselt` },
		// abuse: sexual
		{ category: 'abuse', source: String.raw`${B}(?:${CARER}|ta|tema|keegi|üks mees|üks onu|mingi onu|võõras|täiskasvanud mees|vanem mees|üks poiss)${GAP}(?:katsub|katsus|katsuvad|puudutab|puudutas|kombib|kobas|käperdab|käperdas|näpib|näppis|ahistab|ahistas|silub) (?:mind|mu|minu|meid)${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:katsub|katsus|puudutab|puudutas|kombib|kobas|käperdab|käperdas|silitab|silitas|pani käe|paneb käe|toppis käe|topib käe) (?:mind |mu |minu )?(?:jalgevahelt|jalge vahelt|jalgevahele|tagumikust|tagumikku|rindu|rindadest|rinnad|intiimsetest kohtadest|intiimseid kohti|intiimkohti|suguelundeid|pükstesse|püksi|riiete alla|riiete alt|pükste alt|teki all|teki alla|kohtadest|seal all)${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:vägist\p{L}{1,5}|kuritarvit\p{L}{1,5}|ahist\p{L}{1,5}|väärkohtl\p{L}{1,5}) (?:mind|meid|mu (?:õde|venda|sõbrannat|sõpra))${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:mind|meid)(?: on)?(?: \p{L}{1,10})? (?:seksuaalselt )?(?:vägistati|vägistatud|ahistati|ahistatud|kuritarvitati|kuritarvitatud|ära kasutati|ära kasutatud|ära kasutanud|vägistanud|ahistanud|kuritarvitanud|väärkoheldi|väärkoheldud|väärkohelnud)${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:sunnib|sundis|sundisid|käsib|käskis|tahab|tahtis) (?:mind|mul)?,? ?(?:et ma )?(?:teda katsuksin|teda katsuda|teda puudutada|teda puudutaksin|riided seljast võtta|riided seljast võtaksin|alasti olla|pornot vaadata|pornot vaataksin|seksida|temaga seksida|tema voodis magada)` },
		{ category: 'abuse', source: String.raw`${B}(?:näitab|näitas|saadab|saatis|saadavad) (?:mulle|meile) (?:pornot|porno|oma (?:peenist|riista|noku|munni|alasti keha|suguelundeid)|pilte oma (?:peenisest|riistast|munnist)|alasti pilte|paljaid pilte|nudesid|dickpicke|dick pic)|${B}dick ?pic\p{L}{0,3}${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:${CARER})${GAP}(?:tuleb|tuli|ronib|ronis|poeb|pugeb) (?:öösiti |öösel |alati )?(?:mu|minu) (?:voodisse|tuppa öösel|tuppa öösiti)` },
		// abuse: grooming and exploitation online
		{ category: 'abuse', source: String.raw`${B}(?:palus|palub|küsis|küsib|küsivad|küsisid|tahab|tahtis|nõuab|nõudis|käib peale|käis peale|survestab|survestas)(?: (?:pidevalt|kogu aeg|jälle|mitu korda|tihti))?(?: mult| minult| mul| mind)?(?: (?:pidevalt|kogu aeg|jälle|mitu korda|tihti))?,?(?: et ma (?:saadaksin|saadan|näitaksin|saataksin))? (?:saata |saatma |näidata |teha )?(?:mu |minu |oma )?(?:alasti |paljaid |nilbeid |seksikaid |intiimseid |kuumi )?(?:${MEDIA})${E}${HARMLESS_MEDIA}` },
		{ category: 'abuse', source: String.raw`${B}(?:saata|saatma|saatsin|saadan|saadaksin|saatis|saada)(?: talle| sellele mehele| ühele mehele| sellele onule)? (?:alasti pilte|paljaid pilte|nudesid|nudes|nuuds|pilte ilma riieteta|pilte aluspesus|pilte oma kehast|alastipilte)` },
		{ category: 'abuse', source: String.raw`${B}(?:ütles|ütleb|käskis|käsib|ähvardas)(?: mulle)?,? et ma (?:ei tohi|ei tohiks|ei või|ära) (?:sellest |seda )?(?:kellelegi|emale|isale|vanematele|õpetajale) (?:rääkida|öelda|rääkima|ütlema)|${B}meie väike saladus` },
		{ category: 'abuse', source: String.raw`${B}(?:tahab|tahtis|kutsus|kutsub)(?: mind)? (?:minuga )?(?:salaja|üksi|kahekesi|ilma vanemateta) (?:kohtuda|kokku saada|välja|enda juurde)` },
		{ category: 'abuse', source: String.raw`${B}ähvard\p{L}{1,5}(?: \p{L}{1,10}){0,3} (?:mu|minu|need|neid) (?:pilte|pildid|fotosid|fotod|videot|videoid|nudesid|nuudid) (?:levitada|laiali saata|avalikustada|postitada|jagada|saata)` },

		// neglect
		{ category: 'neglect', source: String.raw`${B}(?:kodus|meil|külmkapis|meil kodus)(?: \p{L}{1,10})? (?:pole|ei ole|pole kunagi|ei ole kunagi|on harva|pole tihti|ei ole tihti)(?: kodus| kunagi| eriti)? (?:midagi )?(?:süüa|toitu|söögiks|sööki|söögikraami)${E}|${B}süüa (?:pole|ei ole|ei ole kunagi|pole kunagi) (?:kodus|meil)` },
		{ category: 'neglect', source: String.raw`${B}(?:ei saa|pole saanud|ei saanud|saan harva|saan vähe) (?:kodus )?(?:süüa|toitu|hommikusööki|õhtusööki|lõunat|piisavalt süüa)${E}(?! (?:enne|kuni|kui|sest|pärast|tunni|kella)${E})` },
		{ category: 'neglect', source: String.raw`${B}keegi ei (?:tee|teinud|anna|andnud) (?:mulle|meile) (?:süüa|sööki|toitu)|${B}keegi ei (?:hoolitse|hoolitsenud|vaata|vaadanud) (?:minu|meie) (?:eest|järele)|${B}keegi ei (?:hooli|hoolinud) (?:minust|meist)|${B}keegi ei toida (?:mind|meid)` },
		{ category: 'neglect', source: String.raw`${B}(?:kogu aeg|pidevalt|alati|iga päev) (?:näljas|nälja käes)(?:,? (?:sest|kuna)| kodus)|${B}(?:lähen|läksin|läheme|käin)(?: (?:tihti|sageli|alati|iga päev|vahel))? (?:näljasena|tühja kõhuga) (?:magama|kooli)|${B}(?:pole|ei ole)(?: \p{L}{1,10})? (?:kaks|kolm|neli|\d{1,2}|mitu|paar) päeva (?:midagi )?söönud|${B}(?:pole|ei ole) (?:eilsest|eile hommikust)(?: saadik| päevast)? (?:midagi )?söönud` },
		{ category: 'neglect', source: String.raw`${B}(?:päevade kaupa|mitu päeva|terve nädala|nädalaid|päevi|öösiti|kõik ööd) (?:üksi|üksinda)(?: kodus)?${E}|${B}(?:üksi|üksinda) kodus (?:päevade kaupa|mitu päeva|terve nädala|nädalaid|päevi)|${B}(?:jätavad|jätsid|jätab|jättis|jäetakse|jäeti) (?:mind|meid)(?: \p{L}{1,10}){0,2} (?:päevadeks|mitmeks päevaks|nädalaks|ööseks|terveks nädalaks) (?:üksi|üksinda)` },
		{ category: 'neglect', source: String.raw`${B}(?:mind|meid) (?:jäetakse|jäeti|jäetakse tihti|jäetakse vahel) (?:päevadeks|mitmeks päevaks|nädalaks|ööseks|terveks nädalaks|nädalateks|terveks nädalavahetuseks) (?:üksi|üksinda)` },
		{ category: 'neglect', source: String.raw`${B}(?:${PARENT})${GAP}(?:ei tule|ei tulnud|pole tulnud|ei ole tulnud)(?: (?:mitu päeva|päevi|öösiti|öösel|tihti|kunagi|nädalaid))? koju` },
		{ category: 'neglect', source: String.raw`${B}(?:${PARENT}|ta|nad)(?: on| oli| olid| käib| jääb| on jälle| on alati)(?: (?:kogu aeg|alati|tihti|jälle|iga päev|iga õhtu|pidevalt|täiesti)){0,2} (?:purjus|joobes|pilves|kaifis|narkouimas|täis purju)${E}` },
		{ category: 'neglect', source: String.raw`${B}(?:${PARENT}|nad|ta) (?:joob|jõi|joovad|jõid|tarbib)(?: (?:iga päev|kogu aeg|liiga palju|palju|jälle|iga õhtu|iga nädalavahetus|viina|õlut|alkoholi|pidevalt))${E}(?! (?:kohvi|vett|teed|mahla|piima|kakaod)${E})` },
		{ category: 'neglect', source: String.raw`${B}(?:${PARENT}) (?:on|oli)(?: \p{L}{1,10})? (?:joodik|alkohoolik|narkomaan|narkar|sõltlane|narkosõltlane)${E}` },
		{ category: 'neglect', source: String.raw`${B}(?:${PARENT})${GAP}(?:tarvitab|tarvitas|tarvitavad|suitsetab|müüb) (?:narko\p{L}{0,9}|kanepit|kokaiini|amfetamiini|kraami|drugsi)` },
		{ category: 'neglect', source: String.raw`${B}(?:viskas|viskasid|viskab|visati|viskavad|ajas|ajasid|ajavad) (?:mind |meid |mu )?(?:kodust|majast) (?:välja|minema)|${B}(?:mind )?visati kodust välja` },
		{ category: 'neglect', source: String.raw`${B}(?:ei vii|ei viinud|ei lase|ei lasknud|ei vea)(?: mind| meid)? (?:arsti|hambaarsti|haiglasse|arstile|arsti juurde)` },
		{ category: 'neglect', source: String.raw`${B}(?:pole|ei ole) (?:puhtaid|sooje|korralikke) (?:riideid|jopesid|saapaid)|${B}(?:kannan|käin) (?:samades|samu) riie\p{L}{1,4} (?:iga päev|terve nädala|mitu päeva)|${B}(?:pole|ei ole) talvejopet` },

		// violence: by peers or others, threats, fear of someone
		{ category: 'violence', source: String.raw`${B}(?:mind|meid|mu (?:sõpra|sõbrannat|venda|õde|klassivenda))(?: \p{L}{1,12}){0,3} (?:kiusatakse|kiusati|kiusatud|narritakse|narriti|mõnitatakse|mõnitati|tõugatakse|tõugati|löödi|lüüakse|pekstakse|peksti|ähvardati|ähvardatakse|jälitatakse|jälitati|rööviti|alandatakse|alandati|sõimatakse|sõimati|pussitati)${E}` },
		{ category: 'violence', source: String.raw`${B}(?:kiusatakse|kiusati|narritakse|mõnitatakse|pekstakse|peksti|lüüakse|löödi|ähvardati|sõimatakse)(?: \p{L}{1,12}){0,2} (?:mind|meid|mu (?:sõpra|sõbrannat|venda|õde))${E}` },
		{ category: 'violence', source: String.raw`${B}(?:kiusab|kiusavad|kiusas|kiusasid|kiusanud|narrib|narrivad|mõnitab|mõnitavad|ähvardab|ähvardavad|ähvardas|ähvardasid|tõukab|tõukavad|tõukas|tõukasid|müksab|müksavad|togib|togivad|l(?:öö|oo)vad|l(?:öö|oo)b|l(?:õ|o)id|l(?:õ|o)i|peksavad|peksab|peksid|peksis|jälitab|jälitas|jälitavad|ründas|ründasid|röövis|röövisid|sõimavad|sõimab|alandavad|alandab|sülitavad|sülitas|sülitasid) (?:mind|meid|mu (?:sõpra|sõbrannat|venda|õde))${E}${NOT_SPORT}` },
		{ category: 'violence', source: String.raw`${B}(?:mind|meid) (?:kiusab|kiusavad|kiusas|kiusasid|kiusanud|l(?:öö|oo)b|l(?:öö|oo)vad|l(?:õ|o)i|l(?:õ|o)id|peksab|peksavad|peksis|peksid|ähvardab|ähvardavad|ähvardas|tõukab|tõukavad|jälitab|narrivad|mõnitavad)${E}${NOT_SPORT}` },
		{ category: 'violence', source: String.raw`${B}(?:kiusamise|vägivalla|küberkiusamise|koolikiusamise) (?:ohver|all)${E}` },
		{ category: 'violence', source: String.raw`${B}(?:saan|sain|saime)(?: (?:koolis|vahetunnis|tänaval|poistelt|vanematelt poistelt|klassikaaslastelt|neilt|jälle|tihti|iga päev)){1,2} (?:peksa|kolki|vastu pead)${E}` },
		{ category: 'violence', source: String.raw`${B}ähvard\p{L}{1,5}(?: mind| meid)?(?: \p{L}{1,12}){0,2} (?:tappa|ära tappa|peksta|läbi peksta|lüüa|noaga|pussitada|maha lüüa|vägistada)${E}|${B}(?:tahab|tahavad|lubas|lubasid|lubab|lubavad|ütles et|ütlesid et)(?: ta| nad)? (?:mind|mu|meid) (?:ära )?(?:tappa|tapab|tapavad|peksta|läbi peksta|pussitada|maha lüüa)${E}` },
		{ category: 'violence', source: String.raw`${B}(?:kardan|kardame|pelgan|hirm on|mul on hirm) (?:neid|teda|tema ees|nende ees|seda poissi|seda tüdrukut|seda meest|vanemaid poisse|neid poisse|neid tüdrukuid|oma klassikaaslasi|poisse|tüdrukuid|ühte poissi|ühte tüdrukut|üht poissi|klassikaaslasi)${E}` },
		{ category: 'violence', source: String.raw`${B}(?:kardan|kardame|ei julge|hirm on)(?: enam)? (?:kooli|koolis|bussis|vahetunnis|õue|tualetti|välja|bussiga) (?:minna|käia|olla|sõita)${E}` },
		{ category: 'violence', source: String.raw`${B}noaga (?:ähvard\p{L}{1,5}|rünna\p{L}{1,5}|torga\p{L}{1,5})|${B}(?:pussitas|pussitasid|torkas noaga) mind${E}|${B}nuga (?:mu|minu) (?:kõrile|kaela|kõri)` },
		{ category: 'violence', source: String.raw`${B}(?:ütles|ütlesid|ütleb|ütlevad|kirjutas|kirjutasid|kirjutab|kirjutavad)(?: mulle)?,? et ma (?:peaksin|pean|võiksin) (?:end|ennast|endale) (?:ära )?(?:tapma|tappa|otsa peale tegema|üles pooma)|${B}(?:ütles|ütlesid|kirjutas|kirjutasid)(?: mulle)?,? et ma (?:sureksin|sureks|läheksin surema|sure ära)` },
		{ category: 'violence', source: String.raw`${B}(?:jälitab|jälitas|jälitavad|käib|käis) (?:mul )?(?:mind|järel|kannul)(?: \p{L}{1,10})? (?:koju|koolist|kooli|iga päev|kogu aeg)${E}` },
		{ category: 'violence', source: String.raw`${B}keegi ei taha minuga (?:olla|mängida|rääkida|sõbrustada|istuda)|${B}kõik naeravad (?:mu|minu) üle|${B}levitavad (?:minust|minu kohta) (?:kuulujutte|valesid|pilte)|${B}jätavad mind (?:alati )?kõrvale|${B}(?:nimetavad|kutsuvad|sõimavad) mind (?:paksuks|koledaks|lolliks|geiks|pedeks|litsiks|hooraks|friigiks|luuseriks)` },

		// self-harm
		{ category: 'self-harm', source: String.raw`${B}(?:lõikun|lõikusin|lõikunud|lõikuma|lõikuda|lõikumine|lõikumist|lõikumisega|lõikub|lõikuvad|lõikus|loikun|loikusin)${E}` },
		{ category: 'self-harm', source: String.raw`${B}(?:lõikan|lõikasin|lõikab|lõikas|lõikavad|lõiganud|lõigata|lõikama|loikan|loikasin)(?: (?:jälle|uuesti|taas|vahel|tihti))? (?:end|ennast|iseennast)${E}|${B}(?:lõikan|lõikasin|lõikab|lõikas|lõiganud|lõigata|lõikama)(?: (?:jälle|uuesti|taas|vahel|tihti))? (?:endale |oma )?(?:käsi|kätesse|käte|randmeid|randmetesse|randmesse|jalgu|reisi|reitesse)${E}` },
		{ category: 'self-harm', source: String.raw`${B}(?:enese)?vigasta\p{L}{0,8} (?:end|ennast)${E}|${B}(?:end|ennast) vigasta\p{L}{0,6}|${B}enesevigast\p{L}{0,8}|${B}self[- ]?harm\p{L}{0,3}` },
		{ category: 'self-harm', source: String.raw`${B}(?:teen|teed|teeb|teeme) (?:endale|iseendale) (?:meelega |tahtlikult |jälle |vahel |tihti )?haiget${E}|${B}(?:tegin|tegi|teinud|teha) (?:endale|iseendale) (?:meelega|tahtlikult|jälle) haiget` },
		{ category: 'self-harm', source: String.raw`${B}(?:tahan|tahaks|tahaksin|mõtlen|tahtmine|isu|vajadus)(?: \p{L}{1,8})? (?:end|ennast|endale) (?:haiget teha|vigastada|lõigata|karistada|põletada)${E}` },
		{ category: 'self-harm', source: String.raw`${B}(?:põletan|põletasin|kraabin|kraapisin|karistan|karistasin|näljutan|näljutasin|hammustan|löön) (?:end|ennast)${E}` },
		{ category: 'self-harm', source: String.raw`${B}oksendan (?:meelega|tahtlikult|pärast söömist|iga söögikorra järel)|${B}(?:ajan|ajasin) (?:end|ennast|endal) (?:meelega )?oksele|${B}sõrmed kurku` },
		{ category: 'self-harm', source: String.raw`${B}(?:peidan|peitsin|varjan|varjasin|katan) (?:oma |neid |need )?(?:arme|armid|lõikehaavu|haavu)${E}|${B}(?:arme|armid|lõikehaavu)(?: \p{L}{1,10}){0,3} (?:peita|varjata|katta)${E}|${B}armid (?:mu |minu )?(?:kätel|käte peal|randmetel|reitel)|${B}(?:tagun|taon|löön|tagusin) (?:oma )?pead(?: vastu)? (?:seina|põrandat|ust)` },

		// suicide
		{ category: 'suicide', source: String.raw`${B}(?:tahan|tahaks|tahaksin|tahtsin|soovin|sooviksin|mõtlen|mõtlesin|plaanin|kavatsen|(?:et|kui) (?:ta|tema|nad) (?:tahab|tahtis|tahaks|tahavad|mõtleb|mõtles|plaanib|kavatseb))(?: (?:lihtsalt|vahel|ära|juba|kohe|väga|tihti|nii))? (?:surra|ära surra|surnud olla|olla surnud|ennast tappa|end tappa|ennast ära tappa|end ära tappa|enesetappu teha|endale otsa peale teha|endale lõppu teha|ära kaduda|igaveseks kaduda|mitte eksisteerida|mitte enam elada|mitte olemas olla)${E}` },
		{ category: 'suicide', source: String.raw`${B}(?:tapan|tapaksin|tapsin|tapma|tappa|tapab|tappis|tapnud) (?:end|ennast|enda|iseennast)${E}|${B}(?:end|ennast|iseennast) (?:ära )?(?:tappa|tapma|tapan|tapaksin)${E}` },
		{ category: 'suicide', source: String.raw`${B}(?:enesetaa?p\p{L}{0,10}|suitsi(?:id|daal)\p{L}{0,8})${E}` },
		{ category: 'suicide', source: String.raw`${B}(?:ei taha|ei tahaks|ei jaksa|ei suuda|ei viitsi)(?: enam)? (?:elada|elus olla|olemas olla|edasi elada|ärgata)${E}(?! (?:\p{L}{1,15}(?:linnas|maal|majas|korteris|riigis|külas)|koos|ilma|seal|siin|välismaal|nii|üksi|selle|sellise)${E})` },
		{ category: 'suicide', source: String.raw`${B}ilma minuta (?:oleks|läheks|on|oleksid)(?: \p{L}{1,12}){0,2} (?:parem|kergem|lihtsam|õnnelikum|õnnelikumad)${E}|${B}(?:kõigil|kõikidel|teistel|perel|emal|vanematel) (?:oleks|läheks) (?:parem|kergem|lihtsam) (?:ilma minuta|kui ma (?:oleksin surnud|poleks|ei oleks|sureksin|kaoksin))|${B}keegi ei igatseks (?:mind|mu järele)|${B}parem oleks,? kui ma (?:oleksin surnud|poleks sündinud|sureksin|poleks olemas)|${B}(?:soovin|tahaksin|oleks tahtnud|kahju),? et ma (?:olen )?(?:sündinud|poleks kunagi sündinud|poleks sündinud|oleksin surnud)` },
		{ category: 'suicide', source: String.raw`${B}elu (?:pole|ei ole) (?:elamist )?väärt|${B}(?:pole|ei ole) mõtet (?:elada|edasi elada|elus olla)|${B}(?:väsinud|tüdinud) elust|${B}elust (?:väsinud|tüdinud)` },
		{ category: 'suicide', source: String.raw`${B}(?:hüppan|hüppaksin|hüpata|hüppama|viskan|viskaksin) (?:end |ennast )?(?:sillalt|katuselt|aknast|rõdult|majalt|kaljult|rongi alla|auto alla|bussi alla)|${B}(?:võtan|võtsin|võtta|neelan|neelasin) (?:kõik|terve paki|palju|kõik oma|kõik ema) (?:tablette|tabletid|rohud|rohtu|pille|pillid)|${B}üledoos\p{L}{0,4}|${B}(?:poon|poos|pooma|puua|poonud) (?:end|ennast)|${B}(?:otsa peale teha|endale otsa peale)` },
		{ category: 'suicide', source: String.raw`${B}magama (?:jääda|jään|jääksin) ja (?:mitte |enam mitte |ei |enam ei |mitte enam )?(?:kunagi )?(?:ärgata|ärka|ärkaks|üles ärgata)|${B}(?:ei tahaks|ei taha) (?:enam )?(?:kunagi )?(?:üles )?ärgata` }
	],
	exclusions: [
		// hyperbole
		String.raw`${B}(?:tapaksin|tapan|sureksin|annaksin hinge)(?: \p{L}{1,12}){1,3} (?:eest|nimel|pärast)${E}`,
		String.raw`${B}(?:see|need|kodutöö|kodutööd|kool|matemaatika|matem|kontrolltöö|eksam|eksamid|igavus|kuumus|see mäng|see laul|õpetaja)(?: \p{L}{1,10}){0,2} (?:tapab|tapavad) (?:mind|mu|meid)(?: ära)?`,
		String.raw`${B}(?:tapab|tapavad|tapaks|tapaksid) (?:mu|mind|meid)(?: ära| maha)?,? (?:kui|kuna|sest)${E}(?! ma (?:kellelegi|emale|isale|õpetajale|politseisse|politseile|sellest))`,
		String.raw`${B}(?:suren|surin|surema|sureks|suren ära) (?:naerust|häbist|igavusest|näljast|janust|kuumusest|piinlikkusest)${E}|${B}(?:tahan|tahaks|tahaksin)(?: lihtsalt)? (?:surra|ära surra) (?:häbist|piinlikkusest|naerust|igavusest)${E}|${B}(?:häbist|piinlikkusest|naerust|igavusest) (?:tahan|tahaks|tahaksin)(?: lihtsalt)? (?:surra|ära surra)${E}`,
		String.raw`${B}(?:väike ?vend|väike ?õde|noorem vend|noorem õde|pisivend|pisiõde|vennake|õeke|vend|õde|koer|kass|kutsikas)(?: \p{L}{1,10}){0,2} (?:l(?:öö|oo)b|l(?:õ|o)i|tõukab|tõukas|müksab|müksas|togib|hammustab|kriipis) (?:mind|mu)${E}`,
		String.raw`${B}(?:mind|meid)(?: \p{L}{1,12}){0,3} (?:peksti|löödi|pekstakse|lüüakse) (?:jalgpallis|korvpallis|võrkpallis|mängus|males|võistlusel|finaalis|turniiril|\d{1,2}[:-]\d{1,2})`,
		String.raw`${B}(?:mind|meid) (?:peksti|löödi|pekstakse|lüüakse)(?: \p{L}{1,12}){0,3} (?:jalgpallis|korvpallis|võrkpallis|mängus|males|võistlusel|finaalis|turniiril|\d{1,2}[:-]\d{1,2})`,
		// accidents
		String.raw`${B}(?:lõikasin|lõikas|lõikan)(?: \p{L}{1,10})? (?:end|ennast|endale) (?:kogemata|noaga kogemata|paberiga|köögis|süüa tehes|kartuleid koorides)${E}|${B}kogemata (?:lõikasin|lõikas) (?:end|ennast|endale)`,
		String.raw`${B}(?:kukkusin|kukkus|komistasin|trennis|mängides|jalgpallis|kogemata)(?: \p{L}{1,10}){0,3} (?:tegin|tegi|teen|teinud) (?:endale|iseendale) (?:jälle )?haiget|${B}(?:tegin|tegi) (?:endale|iseendale) (?:jälle )?haiget,? (?:kui (?:ma )?(?:kukkusin|komistasin)|trennis|mängides|kogemata|jalgpallis|korvpallis|köögis)`,
		// negation
		String.raw`${B}(?:pole|ei ole|polnud|ei)(?: (?:ma|mina|kunagi|veel|iial|enam|ise)){0,2} (?:end|ennast) (?:kunagi )?vigastanud${E}`,
		String.raw`${B}(?:ei|pole|ei ole)(?: \p{L}{1,10}){0,2} (?:enesetap\p{L}{0,6}|suitsiid\p{L}{0,6}|suitsidaalne)${E}`,
		String.raw`${B}(?:ei|ei ole|pole)(?: (?:kunagi|iialgi|mitte kunagi))? (?:ennast|end) (?:ära )?(?:tapaks|tapa|vigastaks)${E}`,
		// fiction, lessons, news
		String.raw`${B}(?:filmis|filmi lõpus|raamatus|sarjas|laulus|muinasjutus|animes|näidendis|luuletuses|uudistes|ajalootunnis|ajaloos|kirjandustunnis|sõjas|teises maailmasõjas|esimeses maailmasõjas|keskajal|romeos ja julias)(?: ${WORD}){0,14}`,
		String.raw`${B}(?:${WORD} ){0,12}(?:filmis|raamatus|sarjas|laulus|muinasjutus|animes|näidendis|luuletuses|uudistes)${E}`,
		String.raw`${B}(?:hitler|romeo|julia|kleopatra)(?: ${WORD}){0,12}`,
		String.raw`${B}(?:laul|laulu|film|filmi|raamat|raamatu|luuletus|luuletuse|sari|sarja)(?:st|s|d)? (?:kes|mis|kus|millest|mille|kellest)(?: ${WORD}){0,12}`,
		String.raw`${B}(?:noorte|laste|teismeliste|meeste|naiste) (?:enesetapud|enesetappude|enesetappe|enesetapp)${E}`,
		String.raw`${B}(?:tund|tunnis|loeng|loengus|koolitus|koolitusel|räägiti|rääkisime|õppisime|projekt|kampaania|video)(?: \p{L}{1,10}){0,3} (?:enesetap\p{L}{0,8}|kiusamis\p{L}{0,4}|enesevigastamis\p{L}{0,4})${E}`,
		String.raw`${B}(?:enesetappude|enesetapu|suitsiidi) (?:ennetamine|ennetamisest|ennetus|arv|statistika|määr)\p{L}{0,4}${E}|${B}(?:enesetapu|suitsiidi)(?:ründaja|pommitaja|rünnak)\p{L}{0,3}`
	]
};
