// Awaits a native speaker's review (none so far): locales/review.json, "$screening-risk" → "src/lib/server/screening/risk/fi.ts".
import type { RiskLexicon } from '../types.ts';

/*
 * Finnish risk phrases, in written standard Finnish and in the spoken forms children write
 * (mä, mua, mut, mun, itteni, haluun, lyöny, ei oo).
 *
 * Every source is linear: alternations of word forms, and at most one bounded gap of a few
 * words of bounded length, so that `recheck` proves it safe with its automaton checker.
 *
 * The Finnish negative verb takes a form that is often the same as the affirmative ("isä ei
 * lyö mua", "kukaan ei kiusaa mua"): negations are kept out of the gaps, and an exclusion
 * spans "ei … lyö mua". The impersonal passive ("mua kiusataan", "mua lyödään kotona") is how
 * bullying and abuse are usually told. "Viiltely" is the word for self-harm by cutting;
 * "tappaa mut" is everyday hyperbole ("äiti tappaa mut jos myöhästyn").
 *
 * Review notes for a native speaker: `CARER` (faija, mutsi, isäpuoli), the verbs in `HIT`,
 * the slang (saada selkään / turpaan, kännissä, itsari, nudet), and the exclusions.
 */

const B = String.raw`(?<!\p{L})`;
const E = String.raw`(?!\p{L})`;
const NEG = String.raw`ei|en|et|eivät|emme|ette|eikä|enkä|ettei|etten`;
/** Up to four words (none of them a negation) between two parts of a phrase. */
const GAP = String.raw`(?:,? (?!(?:${NEG})${E})[\p{L}\d'’-]{1,16}\.?){0,4},? `;
/** A word of a sentence that an exclusion spans (fiction, lessons, news). */
const WORD = String.raw`[\p{L}\d'’"“”,-]{1,15}`;
/** Parents and carers (subject forms, and the partitive after "pelkään"). */
const PARENT = String.raw`äidin (?:poikaystävä|poikaystävää|miesystävä|mies|miestä|uusi mies|kaveri)|isän (?:tyttöystävä|vaimo|uusi vaimo)|isä|isää|iskä|iskää|isi|isiä|faija|faijaa|fatsi|äiti|äitiä|äitee|mutsi|mutsia|äiskä|äippä|isäpuoli|isäpuolta|äitipuoli|äitipuolta|vanhemmat|vanhempia|sijaisisä|sijaisäiti|sijaisvanhemmat`;
/** People a child may be abused by: carers, relatives, adults in charge, partners. */
const CARER = String.raw`${PARENT}|ukki|ukkia|pappa|vaari|mummo|mummi|isoisä|isoäiti|setä|setää|eno|enoa|täti|isoveli|isoveljeä|isosisko|velipuoli|serkku|opettaja|opettajaa|ope|valmentaja|valmentajaa|valkku|kouluttaja|lastenvahti|naapuri|poikaystävä|poikkis`;
/** Hitting and hurting, finite forms and participles, standard and spoken. */
const HIT = String.raw`ly(?:ö|o)|l(?:ö|o)i|lyövät|löivät|lyöny|lyönyt|lyöneet|hakkaa|hakkas|hakkasi|hakkaavat|hakkasivat|hakannu|hakannut|potkii|potki|potkaisi|potkas|potkinu|potkinut|tönii|töni|tönäisi|tönäs|kuristaa|kuristi|kuristanu|kuristanut|läpsii|läpsi|läpsäisi|läpsäs|läimäytti|läimäyttää|piiskaa|piiskasi|piiskas|satuttaa|satutti|satuttanu|satuttanut|pahoinpitelee|pahoinpiteli|kurittaa|kuritti|pieksee|pieksi|mukiloi|raahaa|raahasi|ravistelee|ravisteli`;
const OBJECT = String.raw`(?:mua|minua|mut|minut|meitä|meidät|äitiä|äitii|äitiäni|mutsia|siskoa|siskoani|veljeä|veljeäni|pikkuveljeä|pikkusiskoa)`;
/** After a verb of hitting: not a game, a pillow fight or the group chat. */
const NOT_SPORT = String.raw`(?!(?: aina| taas| usein)? (?:shakissa|fifassa|pelissä|pelis|pingiksessä|sulkapallossa|tenniksessä|kisassa|juoksussa|fortnitessa|minecraftissa|tyynysodassa|lumisodassa|painissa|leikisti|leikillään|leikeissä|ryhmästä|ryhmächatista|chatista|pelistä|joukkueesta|porukasta|discordista|\d{1,2}[-:]\d{1,2})${E})`;
const MEDIA = String.raw`alastonkuvia|alastonkuvii|nakukuvia|nakukuvii|kuvia|kuvii|kuva|kuvan|videoita|videon|valokuvia|nudeja|nudesii|nudesia|nudeit|selfieitä|snappeja`;
const HARMLESS_MEDIA = String.raw`(?! (?:\p{L}{1,8} )?(?:reissusta|matkasta|koirasta|kissasta|lemmikistä|lemmikeistä|juhlista|projektiin|projektia|luokkaretkeltä|kesältä|lomalta|ruoasta|kakusta|puutarhasta|konsertista))`;

export const lexicon: RiskLexicon = {
	patterns: [
		// abuse: physical, by a carer or relative
		{ category: 'abuse', source: String.raw`${B}(?:${CARER})${GAP}(?:${HIT}) ${OBJECT}${E}${NOT_SPORT}` },
		{ category: 'abuse', source: String.raw`${B}(?:${CARER})${GAP}(?:mua|minua|mut|minut|meitä|meidät)(?: (?:aina|taas|usein|joskus|vyöllä|remmillä|kepillä|nyrkillä|kädellä|kotona)){0,2} (?:${HIT})${E}${NOT_SPORT}` },
		{ category: 'abuse', source: String.raw`${B}(?:${CARER})(?: ${WORD}){0,6} (?:se|hän|ne|he) (?:${HIT}) ${OBJECT}${E}${NOT_SPORT}` },
		{ category: 'abuse', source: String.raw`${B}(?:saan|sain|saanu|saanut|saa)(?: (?:kotona|isältä|äidiltä|iskältä|faijalta|isäpuolelta|vanhemmilta|taas|aina|usein|joskus|joka päivä|kunnolla)){0,2} (?:selkään|remmiä|piiskaa|vitsaa|kuritusta|läpsyä|korvapuustia|luunappia|turpaan kotona)${E}` },
		{ category: 'abuse', source: String.raw`${B}kotona (?:mua|minua|mut|minut|meitä) (?:lyödään|lyötiin|hakataan|hakattiin|kuritetaan|piiskataan|lukitaan)|${B}(?:mua|minua|mut|minut|meitä) (?:lyödään|lyötiin|hakataan|hakattiin) kotona` },
		{ category: 'abuse', source: String.raw`${B}(?:antaa|antoi|antavat|antoivat) (?:mulle|minulle|meille) (?:selkään|remmiä|piiskaa|vitsaa|luunappia|luunappeja|korvapuustia|läpsyä|läpsyjä|turpaan)${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:heittelee|heitteli|heittää|heitti|viskoo|viskas|viskasi) (?:mua|minua|mut|minut|meitä) (?:tavaroilla|lautasilla|lautasella|pulloilla|pullolla|tuolilla|kengällä|jollain)|${B}(?:repii|repi|repäisi|vetää|veti|kiskoo|kisko|kiskoi) (?:mua|minua|mut) (?:tukasta|hiuksista|korvasta)|${B}(?:ottaa|otti|tarttuu|tarttui) (?:mua |minua )?(?:kurkusta|kurkkuun|kaulasta)` },
		{ category: 'abuse', source: String.raw`${B}mustelm\p{L}{0,4} (?:isän|äidin|iskän|faijan|mutsin|isäpuolen|vanhempien) (?:takia|jäljiltä|lyönneistä)|${B}(?:piilotan|piilottaa|peitän|peittää|peittelen) (?:mun |minun )?(?:mustelmat|mustelmia)` },
		{ category: 'abuse', source: String.raw`${B}(?:lukitsee|lukitsi|lukitsevat|lukitsivat|sulkee|sulki) (?:mut|minut|meidät) (?:huoneeseen|huoneeseeni|kellariin|vessaan|komeroon|kaappiin|ulos|parvekkeelle)` },
		// abuse: emotional
		{ category: 'abuse', source: String.raw`${B}(?:${CARER})${GAP}(?:sanoo|sano|sanoi|huutaa|huusi|väittää|toistaa)(?: mulle| minulle)?,? (?:et|että) (?:mä |minä )?(?:oon|olen|olisin|oisin|olin) (?:ihan |tosi |niin |vaan |vain |pelkkä )?(?:tyhmä|turha|arvoton|läski|lihava|ruma|virhe|taakka|epäonnistuja|idiootti|surkea|pettymys|paska|huora|lutka|hyödytön|mitätön)${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:${CARER})${GAP}(?:haukkuu|haukku|haukkui|kutsuu|kutsui|nimittää|nimitti) (?:mua |minua )?(?:tyhmäksi|läskiksi|rumaksi|huoraksi|idiootiksi|arvottomaksi|hyödyttömäksi|lutkaksi|paskaksi|luuseriksi|epäonnistujaksi)${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:olis|olisi|ois) parempi,? (?:et|ettei|että) (?:sua|sinua|sä|sinä) (?:ei )?(?:olis|olisi|ois) (?:koskaan )?(?:syntyny|syntynyt|olemassa)|${B}(?:kunpa|toivoisin et|toivoisin että) (?:sua|sinua) ei (?:olis|olisi|ois) (?:koskaan )?(?:syntyny|syntynyt)` },
		{ category: 'abuse', source: String.raw`${B}pelkään (?:mun |minun |omaa |mun omaa )?(?:${CARER})${E}(?! (?:reaktiota|mielipidettä)${E})|${B}(?:pelkään|pelottaa|en uskalla|mä en uskalla)(?: enää)? (?:mennä |lähteä |tulla )?(?:kotiin|olla kotona)${E}|${B}kotona (?:ei ole|ei oo|ei o)(?: yhtään)? turvallista|${B}(?:en tunne|en koe) (?:oloani|itseäni) turvallise(?:ksi|ks) kotona` },
		// abuse: sexual
		{ category: 'abuse', source: String.raw`${B}(?:${CARER}|se|hän|joku|yks mies|yksi mies|eräs mies|vanha mies|aikuinen mies|aikuinen|tuntematon)${GAP}(?:koskettelee|kosketteli|kosketti|lääppii|lääppi|hipelöi|hiplaa|hiplas|ahdistelee|ahdisteli|kourii|kouri|kopeloi) (?:mua|minua|mun|minun|mut|minut)${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:koskettelee|kosketteli|kosketti|koskee|koski|lääppii|lääppi|hipelöi|hiplaa|kourii|kouri|kopeloi|laittoi kätensä|laittaa kätensä|työnsi kätensä|työntää kätensä) (?:mua |minua |mun |minun )?(?:jalkoväliin|jalkovälistä|jalkoväliä|rintoihin|rinnoista|rintoja|tisseihin|tissejä|pyllyyn|pyllystä|takapuoleen|takapuolesta|perseeseen|housuihin|housujen sisään|paidan alle|vaatteiden alle|peiton alla|peiton alle|intiimialueille|intiimialueita|pimppiin|pippeliin|sukupuolielimiin|yksityisiin paikkoihin|paikkoihin joihin)` },
		{ category: 'abuse', source: String.raw`${B}(?:raiskasi|raiskaa|raiskas|raiskannu|raiskannut|hyväksikäytti|hyväksikäyttää|hyväksikäyttäny|hyväksikäyttänyt) (?:mut|minut|mua|minua|mun (?:siskoa|siskon|kaveria|ystävää))${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:mut|minut|mua|minua)(?: on)?(?: \p{L}{1,10})? (?:raiskattiin|raiskattu|hyväksikäytettiin|hyväksikäytetty|ahdisteltiin seksuaalisesti|ahdisteltu seksuaalisesti)${E}|${B}(?:oon|olen|mä oon) (?:joutunu|joutunut) (?:seksuaalisen )?(?:hyväksikäytön|raiskauksen|ahdistelun) (?:uhriksi|kohteeksi)` },
		{ category: 'abuse', source: String.raw`${B}(?:pakottaa|pakotti|pakottanu|pakottanut|käskee|käski|haluu|halusi)(?: mut| minut| mua| minua)? (?:koskemaan|koskettelemaan|riisuutumaan|katsomaan pornoa|olemaan alasti|nukkumaan (?:sen|hänen) sängyssä|harrastamaan seksiä|tekemään (?:asioita|juttuja) joita)` },
		{ category: 'abuse', source: String.raw`${B}(?:näyttää|näytti|lähettää|lähetti|laittaa|laittoi) (?:mulle|minulle|meille) (?:pornoa|pornovideoita|kuvia (?:sen|hänen) (?:munasta|peniksestä|kullista|pippelistä)|(?:sen|hänen) (?:munan|peniksen|kullin|pippelin)|alastonkuvia|nakukuvia|dickpicin|dick picin|dickpicejä)|${B}dick ?pic\p{L}{0,3}${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:${CARER})${GAP}(?:tulee|tuli|hiipii|hiipi|menee|meni) (?:öisin |yöllä |aina )?(?:mun|minun) (?:sänkyyn|sänkyyni|huoneeseen öisin|huoneeseen yöllä)` },
		// abuse: grooming and exploitation online
		{ category: 'abuse', source: String.raw`${B}(?:pyysi|pyytää|pyytelee|pyyteli|kysyi|kysyy|kyseli|kyselee|vaati|vaatii|halus|halusi|haluu|haluaa|painostaa|painosti|aneli)(?: (?:koko ajan|jatkuvasti|taas|monta kertaa|aina))?(?: multa| minulta| mua| minua| mut)?(?: (?:koko ajan|jatkuvasti|taas|aina))?(?: lähettämään| näyttämään| ottamaan| laittamaan)? (?:alasti |alastomia |paljaita |seksikkäitä |kuumia |intiimejä )?(?:${MEDIA})${E}${HARMLESS_MEDIA}` },
		{ category: 'abuse', source: String.raw`${B}(?:lähetä|lähettää|lähetin|lähettämään|lähettäisin|lähettäny|lähettänyt|pyysi|pyytää|haluu|halusi|kysyi|kysyy|vaati)(?: \p{L}{1,10}){0,3} (?:alastonkuv\p{L}{0,4}|nakukuv\p{L}{0,4}|paljaita kuvia|nude\p{L}{0,4}|kuvia ilman vaatteita|kuvia alusvaatteissa)` },
		{ category: 'abuse', source: String.raw`${B}(?:sanoi|sano|sanoo|käski|käskee|uhkas|uhkasi)(?: mulle| minulle)?,? (?:et|että) (?:mä |minä )?(?:en saa|ei saa|ei saisi|en sais|en saa ikinä) (?:kertoa|sanoa|puhua) (?:tästä |siitä )?(?:kenellekään|kellekään|äidille|isälle|vanhemmille|opelle|opettajalle)|${B}meidän (?:pieni|oma pieni) salaisuus` },
		{ category: 'abuse', source: String.raw`${B}(?:haluu|haluaa|halusi|pyysi|pyytää) (?:mut |minut |mua |minua )?(?:tapaamaan|tavata|näkemään|nähdä) (?:salaa|yksin|kahden kesken|ilman vanhempia)` },
		{ category: 'abuse', source: String.raw`${B}uhka\p{L}{1,6}(?: \p{L}{1,10}){0,3} (?:levittää|jakaa|lähettää|julkaista|postata) (?:mun|minun|ne|niitä) (?:kuvi\p{L}{0,3}|kuvat|videot|videoita|nudet|nudeja)` },

		// neglect
		{ category: 'neglect', source: String.raw`${B}(?:kotona|meillä|jääkaapissa|meillä kotona)(?: \p{L}{1,10})? (?:ei ole|ei oo|ei o|ei ikinä ole|ei koskaan ole|ei koskaan oo|ei ikinä oo|on harvoin)(?: (?:ikinä|koskaan|yleensä|juuri|tarpeeks|tarpeeksi|kotona)){0,2} (?:mitään )?(?:ruokaa|syötävää|safkaa|evästä)${E}` },
		{ category: 'neglect', source: String.raw`${B}(?:en saa|en oo saanu|en ole saanut|en saanut|en saanu|saan harvoin) (?:kotona )?(?:ruokaa|syötävää|safkaa|aamupalaa|iltapalaa|päivällistä|tarpeeksi ruokaa|tarpeeks ruokaa)${E}(?! (?:ennen|kun|koska|ku)${E})` },
		{ category: 'neglect', source: String.raw`${B}kukaan ei (?:tee|laita|anna) (?:mulle|minulle|meille) (?:ruokaa|syötävää|safkaa)|${B}kukaan ei (?:huolehdi|välitä|pidä huolta) (?:musta|minusta|meistä)` },
		{ category: 'neglect', source: String.raw`${B}(?:koko ajan|jatkuvasti|aina) nälkä,? (?:koska|kun|kotona)|${B}(?:menen|meen|mennään|menin|lähden)(?: (?:usein|aina|taas|joka päivä))? (?:nälkäisenä|nälissäni|tyhjällä vatsalla) (?:kouluun|nukkumaan)|${B}(?:en oo|en ole|en ollu|en ollut)(?: \p{L}{1,10})? syöny[tt]? (?:mitään )?(?:kahteen|kolmeen|neljään|moneen|\d{1,2}) päivään|${B}(?:en oo|en ole) syöny[tt]? (?:mitään )?(?:eilisen jälkeen|eilen aamusta|eilisestä)` },
		{ category: 'neglect', source: String.raw`${B}(?:päiväkausia|monta päivää|koko viikon|viikkoja|päiviä) (?:yksin|yksinään)(?: kotona)?${E}|${B}(?:yksin|yksinään) kotona (?:päiväkausia|monta päivää|koko viikon|viikkoja|päiviä)|${B}(?:jättää|jättävät|jätti|jättivät) (?:mut|minut|meidät)(?: \p{L}{1,10}){0,2} (?:päiviksi|moneksi päiväksi|viikoksi|yöksi|koko viikoksi|viikonlopuksi) (?:yksin|yksinään)` },
		{ category: 'neglect', source: String.raw`${B}(?:mut|minut|meidät) (?:jätetään|jätettiin|jätetään usein|jätetään aina) (?:päiviksi|moneksi päiväksi|viikoksi|yöksi|koko viikoksi|viikonlopuksi) (?:yksin|yksinään)` },
		{ category: 'neglect', source: String.raw`${B}(?:${PARENT})${GAP}(?:ei tuu|ei tule|ei tullu|ei tullut|ei oo tullu|ei ole tullut|ei oo käyny|ei ole käynyt) (?:kotiin|kotona) (?:päiviin|moneen päivään|öisin|yöksi|viikkoon|koskaan|ikinä|pariin päivään|kahteen päivään|kolmeen päivään|\d{1,2} päivään)` },
		{ category: 'neglect', source: String.raw`${B}(?:${PARENT}|se|ne|hän|he)(?: on| oli| ovat| oo| o| olis| on taas| on aina)(?: (?:koko ajan|aina|taas|usein|joka päivä|joka ilta|ihan|täysin|jatkuvasti)){0,2} (?:kännissä|humalassa|päissään|aineissa|pilvessä|juovuksissa|kännis|jurrissa|lärveissä|huumeissa)${E}` },
		{ category: 'neglect', source: String.raw`${B}(?:${PARENT}|se|ne) (?:juo|joi|juovat|ryyppää|ryyppäs|ryyppäsi|ryyppäävät|dokaa|dokas|kittaa)(?: (?:joka päivä|koko ajan|liikaa|paljon|taas|joka ilta|joka viikonloppu|viinaa|kaljaa|alkoholia|jatkuvasti|aina))${E}(?! (?:kahvia|vettä|teetä|mehua|maitoa|kaakaota)${E})|${B}(?:${PARENT}) (?:ryyppää|dokaa|ryyppäs|dokas|ryyppäävät)${E}` },
		{ category: 'neglect', source: String.raw`${B}(?:${PARENT}) (?:on|oli|o|oo|ovat)(?: \p{L}{1,10})? (?:alkoholisti|alkoholisteja|alkkis|alkkiksia|narkkari|narkkareita|narkomaani|addikti|juoppo|juoppoja)${E}` },
		{ category: 'neglect', source: String.raw`${B}(?:${PARENT})${GAP}(?:käyttää|käytti|käyttävät|polttaa|myy|vetää) (?:huumei\p{L}{0,3}|huumeita|kamaa|pilveä|kokaiinia|amfetamiinia|piriä|subua|pillereitä)${E}` },
		{ category: 'neglect', source: String.raw`${B}(?:heitti|heittivät|heittää|heittävät|potki|potkivat|potkaisi|ajoi|ajoivat) (?:mut|minut|meidät) (?:ulos|pihalle|pois) (?:kotoa|talosta)|${B}(?:mut|minut) (?:heitettiin|potkittiin) (?:ulos|pihalle)(?: kotoa)?${E}|${B}(?:heittää|heitti|potki|potkaisi) (?:mut|minut) (?:ulos|pihalle)${E}(?! (?:ryhmästä|ryhmächatista|chatista|tunnilta|luokasta|joukkueesta|pelistä|kaupasta|discordista|serveriltä)${E})` },
		{ category: 'neglect', source: String.raw`${B}(?:ei vie|ei vieny|eivät vie|ei viitsi viedä|ei päästä) (?:mua |mut |minua |minut )?(?:lääkäriin|hammaslääkäriin|sairaalaan|lääkärille)` },
		{ category: 'neglect', source: String.raw`${B}(?:ei oo|ei ole) (?:puhtaita|lämpimiä|kunnon) (?:vaatteita|vaatteit|talvitakkia|kenkiä)|${B}(?:samat|samoissa) (?:likaiset )?vaatteet? (?:joka päivä|koko viikon|monta päivää)|${B}(?:ei oo|ei ole) talvitakkia` },

		// violence: by peers or others, threats, fear of someone
		{ category: 'violence', source: String.raw`${B}(?:mua|minua|mut|minut|meitä|meidät|mun (?:kaveria|ystävää|siskoa|veljeä))(?: \p{L}{1,12}){0,3} (?:kiusataan|kiusattiin|kiusattu|lyödään|lyötiin|hakataan|hakattiin|potkitaan|potkittiin|tönitään|tönittiin|uhkaillaan|uhkailtiin|uhattiin|haukutaan|haukuttiin|nimitellään|nimiteltiin|ryöstettiin|pahoinpideltiin|seurataan|seurattiin|vainotaan|puukotettiin|nöyryytetään|syrjitään)${E}` },
		{ category: 'violence', source: String.raw`${B}(?:kiusataan|kiusattiin|lyödään|lyötiin|hakataan|hakattiin|uhkaillaan|haukutaan|nimitellään)(?: \p{L}{1,12}){0,2} (?:mua|minua|mut|minut|meitä|mun (?:kaveria|ystävää|siskoa|veljeä))${E}` },
		{ category: 'violence', source: String.raw`${B}(?:kiusaa|kiusaavat|kiusas|kiusasi|kiusasivat|kiusannu|kiusannut|ly(?:ö|o)|l(?:ö|o)i|lyövät|löivät|hakkaa|hakkas|hakkasi|hakkaavat|hakkasivat|potkii|potki|potkivat|potkaisi|tönii|töni|tönivät|tönäisi|uhkailee|uhkaili|uhkailevat|uhkailivat|uhkaa|uhkasi|uhkas|haukkuu|haukku|haukkui|haukkuvat|nimittelee|nimitteli|nimittelevät|sylkee|sylki|ryösti|ryöstivät|pahoinpiteli|pahoinpitelivät|nöyryyttää|nöyryytti|mukiloi|pieksi|pieksee) (?:mua|minua|mut|minut|meitä|mun (?:kaveria|ystävää|siskoa|veljeä|kaveri|ystävä))${E}${NOT_SPORT}` },
		{ category: 'violence', source: String.raw`${B}(?:saan|sain|saanu|saanut)(?: (?:taas|aina|usein|eilen|koulussa|välkällä|välitunnilla|niiltä|pojilta|isommilta|puistossa)){0,2} (?:turpaan|turpiin|pataan|kuonoon|nyrkistä)${E}` },
		{ category: 'violence', source: String.raw`${B}uhka\p{L}{1,6}(?: mua| minua| mut| minut| meitä)?(?: \p{L}{1,12}){0,2} (?:tappaa|hakata|lyödä|puukottaa|puukottavansa|tappavansa|hakkaavansa|ampua|raiskata)${E}` },
		{ category: 'violence', source: String.raw`${B}(?:aikoo|aikovat|haluu|haluaa|lupas|lupasi|sanoi|sano|sanoivat)(?: et| että)?(?: se| ne| hän)? (?:tappaa|tappaisi|tappais|hakkaa|hakkaisi|puukottaa|lyö|ampuu) (?:mut|minut|mua|minua|meidät)${E}` },
		{ category: 'violence', source: String.raw`${B}pelkään (?:niitä|sitä|häntä|heitä|noita|niitä poikia|niitä tyttöjä|yhtä poikaa|yhtä tyttöä|isompia poikia|vanhempia poikia|luokkakavereita|mun luokkalaisia|jengiä|sitä poikaa|sitä tyttöä|sitä miestä)${E}` },
		{ category: 'violence', source: String.raw`${B}(?:pelkään|pelottaa|en uskalla|mä en uskalla)(?: enää)? (?:mennä |lähteä )?(?:kouluun|koulussa|välkälle|välitunnille|vessaan|bussiin)${E}` },
		{ category: 'violence', source: String.raw`${B}puukot\p{L}{0,6} (?:mua|minua|mut|minut)${E}|${B}(?:mut|minut) puukotettiin|${B}(?:veitsellä|puukolla) (?:uhkaili|uhkas|uhkasi|uhattiin)` },
		{ category: 'violence', source: String.raw`${B}(?:sano|sanoi|sanoo|sanoivat|kirjotti|kirjoitti|kirjoittaa|käski|käskee|käskivät)(?: mulle| minulle)?,?(?: et| että)?(?: mun| minun)?(?: pitäis| pitäisi| kannattais| kannattaisi| pitää)? (?:tappaa (?:itteni|itseni)|kuolla|hirttää (?:itteni|itseni)|tappaa ittes|tapa ittes|tapa itsesi|kys)${E}` },
		{ category: 'violence', source: String.raw`${B}(?:seuraa|seuras|seurasi|seuraavat|seurasivat|vaanii|vaani|vainoaa|vainosi) (?:mua|minua|mut|minut|meitä)(?: \p{L}{1,10})? (?:kotiin|koulusta|kouluun|joka päivä|koko ajan|kaikkialle)${E}` },
		{ category: 'violence', source: String.raw`${B}kukaan ei (?:halua|haluu) (?:olla|leikkiä|istua|puhua|jutella) (?:mun|minun) kanssa|${B}kaikki nauraa (?:mulle|minulle)|${B}levittää (?:huhuja|juoruja|valheita|kuvia) (?:musta|minusta)|${B}jättää mut (?:aina )?ulkopuolelle|${B}(?:haukkuu|haukkuvat|nimittelee|nimittelevät|sanoo|sanovat) (?:mua|minua) (?:läskiksi|rumaksi|homoksi|huoraksi|luuseriksi|friikiksi|idiootiksi)` },

		// self-harm
		{ category: 'self-harm', source: String.raw`${B}(?:viiltel\p{L}{0,6}|viillel\p{L}{0,6}|viiltely\p{L}{0,4})${E}` },
		{ category: 'self-harm', source: String.raw`${B}(?:viillän|viilsin|viiltää|viilsi|viiltäny|viiltänyt)(?: (?:taas|uudestaan|aina))?(?: (?:mun|minun))? (?:itseäni|itteäni|itseään|itteään|itseeni|itteeni|käsiä|käsiäni|ranteita|ranteitani|ranteisiin|käsiin|reisiin|reisiä|jalkoja)${E}` },
		{ category: 'self-harm', source: String.raw`${B}(?:satutan|satutin|satuttaa|satuttanu|satuttanut|vahingoitan|vahingoitin|vahingoittaa|vahingoittanut|lyön|löin|poltan|poltin|raavin|raavit|näännytän|näännytin|rankaisen|rankaisin|puren|purin) (?:itseäni|itteäni|itseään|itteään|itseni|itteni)${E}` },
		{ category: 'self-harm', source: String.raw`${B}itsetuho\p{L}{0,8}|${B}itsensä (?:vahingoittami|satuttami)\p{L}{0,4}` },
		{ category: 'self-harm', source: String.raw`${B}(?:haluun|haluan|haluisin|haluaisin|tekee mieli|teki mieli) (?:satuttaa|vahingoittaa|viiltää|rangaista|polttaa|lyödä) (?:itseäni|itteäni)${E}` },
		{ category: 'self-harm', source: String.raw`${B}oksennan (?:tahallaan|tahallani|tahalleen|aina syömisen jälkeen|syömisen jälkeen)|${B}(?:pakotan|pakotin) (?:itteni|itseni) oksentamaan|${B}sormet kurkkuun` },
		{ category: 'self-harm', source: String.raw`${B}(?:piilotan|piilottaa|piilottelen|peitän|peittää|peittelen|piilotin) (?:mun |minun |ne )?(?:arvet|arpia|arpeja|haavat|haavoja|viillot|viiltoja)${E}|${B}arpia (?:käsissä|ranteissa|reisissä|käsivarsissa)|${B}(?:hakkaan|lyön|takon|hakkasin) (?:päätä|päätäni|pääni) (?:seinään|lattiaan|oveen)` },

		// suicide
		{ category: 'suicide', source: String.raw`${B}(?:haluun|haluan|haluisin|haluaisin|halusin|toivon|toivoisin|mietin|ajattelen|suunnittelen|aion|meinaan|(?:et|että|kun) (?:se|hän|ne) (?:haluu|haluaa|haluaisi|halus|halusi|aikoo|miettii|suunnittelee))(?: (?:vaan|vain|niin|oikeesti|oikeasti|ihan|joskus|usein))? (?:kuolla|kuolla pois|olla kuollut|olla kuollu|tappaa (?:itteni|itseni|ittensä|itsensä)|tehdä itsemurhan|tehdä itsarin|päättää (?:päiväni|elämäni|päivänsä)|lopettaa (?:kaiken|elämäni)|kadota (?:ikuisesti|lopullisesti)|nukahtaa enkä herätä)${E}` },
		{ category: 'suicide', source: String.raw`${B}(?:tapan|tappaisin|tapoin|tappaa|tappamaan) (?:itteni|itseni)${E}|${B}(?:itteni|itseni) (?:tappaa|tappamaan|tapan|tappaisin)${E}|${B}(?:tappoi|tappaa|tappanut|tappanu) (?:ittensä|itsensä)${E}` },
		{ category: 'suicide', source: String.raw`${B}(?:itsemurh\p{L}{0,10}|itsemuhra\p{L}{0,4}|itsmurha\p{L}{0,4}|itsari\p{L}{0,4})` },
		{ category: 'suicide', source: String.raw`${B}(?:en|mä en|ei) (?:halua|haluu|jaksa|jaksais|kestä|viitsi) (?:enää )?(?:elää|olla elossa|olla olemassa|herätä|jatkaa elämää)${E}(?! (?:\p{L}{1,15}(?:ssa|ssä)|yksin|ilman|siellä|täällä|niin)${E})` },
		{ category: 'suicide', source: String.raw`${B}(?:kaikilla|kaikille|muilla|perheellä|äidillä|vanhemmilla) (?:olis|olisi|ois) (?:parempi|helpompaa|helpompi) (?:ilman mua|ilman minua|jos (?:mä |minä )?(?:kuolisin|olisin kuollut|en olis|en olisi|katoaisin))|${B}ilman (?:mua|minua) (?:kaikilla|kaikki|muilla) (?:olis|olisi|ois) (?:parempi|paremmin)` },
		{ category: 'suicide', source: String.raw`${B}kukaan ei (?:kaipais|kaipaisi|ikävöis|huomais|huomaisi) (?:mua|minua|jos)|${B}(?:kunpa|toivon että|toivon et|toivoisin että|toivoisin et) (?:mä |minä )?(?:en olis|en olisi|olisin|en ois) (?:koskaan )?(?:syntyny|syntynyt|kuollut|kuollu|olemassa)` },
		{ category: 'suicide', source: String.raw`${B}(?:elämä|elämällä) (?:ei ole|ei oo|ei o) (?:elämisen arvoista|mitään (?:merkitystä|arvoa|järkeä)|järkeä)|${B}(?:ei oo|ei ole) (?:mitään )?(?:syytä|järkeä) (?:elää|jatkaa elämää)|${B}(?:kyllästynyt|kyllästyny|väsynyt|väsyny) elämään` },
		{ category: 'suicide', source: String.raw`${B}(?:hyppään|hyppäisin|hypätä|hyppäämään|heittäydyn|heittäytyä) (?:sillalta|katolta|ikkunasta|parvekkeelta|junan alle|auton alle|bussin alle|kalliolta)|${B}(?:otan|otin|ottaa|nielen|nielin|syön|söin) (?:kaikki|kaikki mun|paljon|koko purkin|purkillisen) (?:pillerit|pillereitä|lääkkeet|lääkkeitä|tabletit|tabletteja|unilääkkeet)|${B}yliannost\p{L}{1,4}|${B}(?:hirttää|hirttäydyn|hirtän|hirttäytyä) (?:itteni|itseni)` },
		{ category: 'suicide', source: String.raw`${B}(?:nukahtaa|nukahtaisin|nukkua|nukun) (?:ja|enkä|eikä) (?:koskaan |enää |ikinä )?(?:herätä|heräis|heräisi|herää)${E}|${B}en (?:haluu|halua) enää herätä` }
	],
	exclusions: [
		// hyperbole
		String.raw`${B}(?:tappaisin|voisin tappaa|kuolisin)(?! (?:itteni|itseni|mut|minut)${E})(?: \p{L}{1,15}){1,2}${E}`,
		String.raw`${B}(?:tää|tämä|nää|nämä|läksyt|läksy|kotitehtävät|koulu|matikka|koe|kokeet|tylsyys|helle|kuumuus|stressi|ope)(?: \p{L}{1,10}){0,2} (?:tappaa|tappavat) (?:mut|minut|meidät)`,
		String.raw`${B}(?:tappaa|tappaisi|tappais|tappavat) (?:mut|minut|meidät),? (?:jos|kun|ku)${E}(?! (?:mä |minä |joku )?(?:kerron|kertoo|kertoisin|puhun|paljastan))`,
		String.raw`${B}(?:kuolen|kuolin|kuolla|kuoleen|kuollu|kuollut) (?:nauruun|nauramaan|häpeään|tylsyyteen|nälkään|janoon|kuumuuteen|myötähäpeään|jännitykseen|ikävään)${E}|${B}(?:haluun|haluan|haluaisin) (?:kuolla|vajota maan alle) (?:häpeästä|häpeään|myötähäpeästä|nolouteen|nauruun)${E}`,
		String.raw`${B}(?:koira|kissa|pikkuveli|pikkusisko|veli|sisko|pikku veli|pikku sisko|koiranpentu)(?: \p{L}{1,10}){0,2} (?:ly(?:ö|o)|l(?:ö|o)i|potkii|potki|tönii|töni|puree|puri|haukkuu|haukku|raapi) (?:mua|minua|mut|minut)${E}`,
		// accidents
		String.raw`${B}(?:kaaduin|kompastuin|vahingossa|treeneissä|pelatessa|pyörällä|leikkiessä)(?: \p{L}{1,10}){0,3} (?:satutin|satutan|löin|poltin|viilsin) (?:itseni|itteni|itseäni|itteäni)`,
		String.raw`${B}(?:satutin|löin|poltin) (?:itseni|itteni) (?:vahingossa|kun kaaduin|uuniin|liesiin|hellaan|silitysrautaan|silitysraudalla)`,
		// negation
		String.raw`${B}(?:ei|en|eivät|eikä|kukaan ei|ei kukaan|ei enää|ei koskaan|ei ikinä)(?: \p{L}{1,10}){0,2} (?:kiusaa|lyö|hakkaa|potki|töni|uhkaile|uhkaa|hauku|haukkuu|nimittele|ahdistele|sylje|kosketa|koskettele|lääpi|satuta|vahingoita|pahoinpitele|kurita|piiskaa|ole lyönyt|oo lyöny) (?:mua|minua|mut|minut|meitä|meidät)${E}`,
		String.raw`${B}(?:en|en oo|en ole|en ole koskaan|en oo koskaan|en ikinä|en koskaan|mä en)(?: \p{L}{1,10})? (?:viillä|viillellyt|viillelly|viiltele|satuta itseäni|vahingoita itseäni|ole itsetuhoinen|oo itsetuhoinen|tapa itseäni|tappais itteäni|tappaisi itseäni)${E}`,
		String.raw`${B}(?:en ole|en oo|ei oo|ei ole)(?: \p{L}{1,10})? (?:itsetuhoinen|itsetuhoisia ajatuksia|itsemurha-ajatuksia)${E}|${B}(?:en halua|en haluu) kuolla${E}`,
		// fiction, lessons, news
		String.raw`${B}(?:elokuvassa|leffassa|kirjassa|sarjassa|laulussa|biisissä|kappaleessa|sadussa|animessa|näytelmässä|runossa|uutisissa|historiantunnilla|historian tunnilla|historiassa|äidinkielen tunnilla|sodassa|toisessa maailmansodassa|ensimmäisessä maailmansodassa|keskiajalla)(?: ${WORD}){0,14}`,
		String.raw`${B}(?:${WORD} ){0,12}(?:elokuvassa|leffassa|kirjassa|sarjassa|laulussa|biisissä|sadussa|animessa|näytelmässä|runossa|uutisissa)${E}`,
		String.raw`${B}(?:hitler|romeo|julia|kleopatra|päähenkilö|hahmo|pahis|sankari|kuningas|kuningatar|(?:leffan|elokuvan|kirjan|sarjan|biisin|kappaleen|laulun|pelin|tarinan) (?:lopussa|alussa|aikana|mukaan|päähenkilö|hahmo))(?: ${WORD}){0,12}`,
		String.raw`${B}(?:nuorten|poikien|tyttöjen|ihmisten|suomalaisten|miesten|naisten) itsemurh\p{L}{0,6}${E}|${B}itsemurhat (?:on|ovat|lisääntyneet|vähentyneet)${E}`,
		String.raw`${B}(?:tunnilla|tunti|luento|luennolla|koulutus|koulutuksessa|projekti|kampanja|video|puhuttiin|puhuimme|opittiin|opimme|luettiin)(?: \p{L}{1,10}){0,3} itsemurh\p{L}{0,8}`,
		String.raw`${B}(?:tunnilla|tunti|luento|luennolla|koulutus|koulutuksessa|projekti|kampanja|video|puhuttiin|puhuimme|opittiin|opimme|luettiin)(?: \p{L}{1,10}){0,3} (?:itsetuho|viiltely)\p{L}{0,8}`,
		String.raw`${B}itsemurh\p{L}{0,4}(?:isku|iskut|iskuja|iskun|pommittaja|ehkäisy|ehkäisyä|ehkäisystä|tilastot|tilastoja|luvut)${E}|${B}itsemurhien (?:ehkäisy|ehkäisyä|ehkäisystä|määrä|määrästä)${E}`
	]
};
