// Awaits a native speaker's review (none so far): locales/review.json, "$screening-risk" → "src/lib/server/screening/risk/is.ts".
import type { RiskLexicon } from '../types.ts';

/**
 * Icelandic. Children often type without Icelandic letters (þ → th, ð → d, æ → ae, á → a, ö → o),
 * so those letters are written as small alternations. Verbs are listed in the forms children use
 * (lemur, lamdi, lamið, laminn; barði, barinn; kýldi; sparkaði í mig), pronouns in the case the
 * verb takes (lemur mig, hrinti mér, káfar á mér).
 *
 * Every pattern starts with a word, never with a gap, and uses bounded repetition only: one \s
 * between words, gaps such as (?:\s\p{L}{1,14}){0,3}, and stems left open at the end rather than
 * closed with \p{L}*. That keeps each source small enough for recheck's automaton checker, which
 * proves it linear in milliseconds (unbounded + or * next to the lookarounds would send it to the
 * slow, randomised fuzz checker). A run of white space reads as one space (matching.ts).
 */

const B = String.raw`(?<!\p{L})`;
const E = String.raw`(?!\p{L})`;
/** Up to three words between subject and verb: «pabbi minn verður fullur og lemur mig». */
const GAP = String.raw`(?:\s\p{L}{1,14}){0,3}\s`;
const TH = String.raw`(?:þ|th)`;
const D = String.raw`(?:ð|d)`;
const AE = String.raw`(?:æ|ae)`;
const EG = String.raw`(?:[ée]g)`;
const MER = String.raw`(?:m[ée]r)`;
const AD = String.raw`(?:a${D})`;

/** Parents and carers in the cases they take (pabbi/pabba, mamma/mömmu, móðir/móður). */
const CARER = String.raw`(?:mamm(?:a|an)|m[öo]mmu|pabb(?:i|a|inn)|m[óo]${D}ir|fa${D}ir|stj[úu]p(?:pabbi|pabba|mamma|m[öo]mmu)|foreldr(?:ar|arnir|um)|af(?:i|a)|amma|[öo]mmu|fr${AE}nd(?:i|a)|k${AE}rast(?:i|inn)\sm[öo]mmu)(?:\s(?:minn|m[íi]n|hennar|hans))?`;

/** Hitting and hurting (3rd person present, past, infinitive, supine), in two groups to keep each pattern small. */
const HIT_BEAT = String.raw`(?:lemur|lamdi|l[öo]mdu|lami${D}|lemja|berur|bar${D}i|b[öo]r${D}u|bari${D}|berja|sl${AE}r|sl[óo]|sl[óo]gu|slegi${D}|sl[áa]|k[ýy]lir|k[ýy]ldi|k[ýy]ldu|k[ýy]lt|k[ýy]la|l[öo]${D}rung\p{L}{0,10}|flengir|flengdi|flengja)`;
const HIT_HURT = String.raw`(?:sparkar|sparka${D}i|sparka${D}|sparka|sp[öo]rku${D}u|hrindir|hrinti|hrint|hrinda|kyrkir|kyrkti|kyrkja|mei${D}ir|kl[íi]pur|kleip|tekur\shart\s[íi]|t[óo]k\shart\s[íi]|r[íi]fur\s[íi]|reif\s[íi]|hendir\shlutum\s[íi]|henti\shlutum\s[íi])`;
const HIT = String.raw`(?:${HIT_BEAT}|${HIT_HURT})`;
const HITPART = String.raw`(?:lami${D}|bari${D}|slegi${D}|k[ýy]lt|sparka${D}|hrint|meitt|flengt)`;
/** «sló mig út í skák», «lemur mig ekki»: games and negation, not blows. */
const NOT_GAME = String.raw`(?!\s(?:[úu]t${E}|vi${D}${E}|aldrei${E}|ekki${E}|[íi]\s(?:fifa|f[óo]tbolta|sk[áa]k|spil|leik|kapp)))`;
const OBJ = String.raw`(?:mig|m[ée]r|okkur|hana|hann|m[öo]mmu|br[óo]${D}ur\sminn|l[íi]tla\sbr[óo]${D}ur|systur\sm[íi]na|l[íi]tlu\ssystur|systkini\sm[íi]n)`;
const PASSIVE = String.raw`(?:lami(?:nn|n|${D})|bari(?:nn|n|${D})|k[ýy]ld(?:ur)?|mis${TH}yrmt|l[öo]${D}rungu${D}(?:ur)?|flengd(?:ur)?)`;
/** Films, books, songs, news and lessons: what happens there is not the child's own life. */
const FICTION = String.raw`(?:myndinni|kvikmyndinni|b[íi][óo]myndinni|${TH}${AE}ttinum|${TH}[áa]ttar[öo]${D}inni|s[öo]gunni|b[óo]kinni|laginu|textanum|fr[ée]ttunum|fr[ée]ttum|fr[ée]ttinni|bla${D}inu|s[öo]gut[íi]manum|s[öo]gut[íi]ma|heimildarmyndinni|lj[óo]${D}inu|sk[áa]lds[öo]gunni|teiknimyndas[öo]gunni|anime)`;

/** «ég vil deyja», «mig langar að deyja», «langar bara að deyja». */
const WANT_DIE = String.raw`${B}(?:langar|langa${D}i|vil|vill|vildi|${AE}tla|${AE}tla${D}i)\s(?:bara\s|svo\s|eiginlega\s|helst\s|stundum\s|oft\s)?(?:${AD}\s)?deyja${E}`;
/** «hann/þeir ætla að drepa mig»: a threat, unless about coming home late or losing a phone. */
const THREAT_KILL = String.raw`${B}(?:hann|h[úu]n|${TH}eir|${TH}au|${TH}${AE}r|str[áa]karnir|stelpurnar)\s(?:${AE}tlar|${AE}tla|${AE}tla${D}i|${AE}tlu${D}u|segist\s${AE}tla|sag${D}ist\s${AE}tla|seg${D}ust\s${AE}tla)\s${AD}\s(?:drepa|lemja|berja|st[iy]nga|sk[ij][óo]ta|mei${D}a|n[áa]\s[íi])\s(?:mig|okkur)${E}(?!\sef\s${EG}\s(?:kem|k[ée]m|t[ýy]ni|gleymi|f${AE}|br[ýy]t|eyðilegg|ey${D}ilegg|kl[áa]ra\sekki|tek\sekki))`;
/** «ég ætla að drepa mig», «mig langar stundum að drepa mig», not «… ef við töpum». */
const KILL_SELF = String.raw`${B}(?:${EG}|mig)\s(?:\p{L}{1,10}\s)?(?:${AE}tla|${AE}tla${D}i|langar|langa${D}i|vil|vildi|hugsa|hugsa${D}i|reyndi|reyni|pl[ae]na|pl[ae]na${D}i)\s(?:\p{L}{1,10}\s)?(?:${AD}\s|um\s${AD}\s)?drepa\smig(?:\ssj[áa]lf(?:a|an|ur)?)?${E}(?!\sef\s(?:vi${D}|${EG}|${TH}eir|li${D}i${D})\s(?:t[öo]pum|tapa|tapar|f${AE}|f[áa]um|ver${D}\sa${D}))`;

export const lexicon: RiskLexicon = {
	patterns: [
		// —— abuse: physical, by a parent or carer
		{ category: 'abuse', source: String.raw`${B}${CARER}${GAP}${HIT_BEAT}\s(?:[íi]\s)?${OBJ}${E}${NOT_GAME}` },
		{ category: 'abuse', source: String.raw`${B}${CARER}${GAP}${HIT_HURT}\s(?:[íi]\s)?${OBJ}${E}${NOT_GAME}` },
		{ category: 'abuse', source: String.raw`${B}(?:er|var|ver${D}|var${D}|hef\sveri${D}|or${D}i${D}|f${AE}|f[ée]kk)\s(?:\p{L}{1,14}\s)?(?:${PASSIVE}|r[áa]ssskell|rassskell|rasskell|h[öo]gg|barsm[íi]${D})\p{L}{0,10}\s(?:af\s${CARER}|heima)${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:heimilisofbeldi|ofbeldi\sheima|ofbeldi\s[áa]\sheimilinu|mis${TH}yrm|r[áa]?s{2,3}kell)` },
		{ category: 'abuse', source: String.raw`${B}beit(?:ir|ti|tu|a)\s(?:mig|okkur|m[öo]mmu|hana|b[öo]rnin)\s(?:\p{L}{1,10}\s)?ofbeldi${E}|${B}${CARER}${GAP}(?:er|ver${D}ur|var${D})\s(?:mj[öo]g\s|svo\s|oft\s|alltaf\s)?ofbeldisfull(?:ur|t|a|ir)?${E}` },
		// abuse: afraid of home or of a carer
		{ category: 'abuse', source: String.raw`${B}(?:${TH}|t)ori\sekki\s(?:${AD}\s)?(?:fara\s|koma\s|vera\s)?heim(?:a)?${E}` },
		{ category: 'abuse', source: String.raw`${B}hr${AE}dd(?:ur|ar|ir|ari)?\s(?:vi${D}\s${AD}\s(?:fara|koma|vera)\sheim(?:a)?|vi${D}\s${CARER})${E}` },
		// abuse: emotional
		{ category: 'abuse', source: String.raw`${B}${CARER}(?:\s\p{L}{1,14}){0,2}\s(?:kallar|kalla${D}i|segir|sag${D}i|[öo]skrar|[öo]skra${D}i)\s(?:mig|${AD}\s${EG}\ss[ée]|[áa]\smig\s${AD}\s${EG}\ss[ée]|${EG}\ss[ée])\s(?:aumingj|heimsk|fit|feit|lj[óo]t|h[óo]r|drasl|einskis\svir${D}i|einskisn[ýy]t|misheppn|mist[öo]k|[öo]murleg|f[íi]fl|vitleysing|byr${D}i|t[íi]k|gagnslaus)` },
		{ category: 'abuse', source: String.raw`${B}(?:${CARER}|hann|h[úu]n|${TH}eir|${TH}au)(?:\s\p{L}{1,14}){0,2}\s(?:l${AE}sir|l${AE}sa|l${AE}sti|l${AE}stu|lokar|loka|loka${D}i|loku${D}u)\s(?:mig|okkur)\sinni${E}` },
		{ category: 'abuse', source: String.raw`${B}${CARER}${GAP}(?:segir|sag${D}i|segist|sag${D}ist|[öo]skra${D}i)\s(?:${AD}\s)?(?:(?:h[úu]n|hann|${TH}au)\s)?(?:vildi|vilji|[óo]ski|[óo]ska${D}i)\s${AD}\s${EG}\s(?:hef${D}i\saldrei\sf${AE}${D}st|v${AE}ri\sekki\stil|v${AE}ri\sd[áa]in)` },
		// abuse: sexual
		{ category: 'abuse', source: String.raw`${B}nau${D}?g(?:a|ar|a${D}i|u${D}u|a${D}|un|unin|unar|u${D}|ara|ari)${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:kynfer${D}isleg\p{L}{0,10}\s(?:misnotkun|ofbeldi|[áa]reitni)|kynfer${D}isofbeldi|misnot(?:ar|a${D}i|u${D}u|a)\s(?:mig|okkur|hana|hann)|misnotu${D}(?:ur)?\s(?:kynfer${D}islega|af)|barnan[íi]${D})` },
		{ category: 'abuse', source: String.raw`${B}(?:k[áa]f|${TH}ukl|tukl)\p{L}{0,10}\s(?:[áa]\s)?(?:${MER}|mig|henni|okkur)${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:hann|h[úu]n|${CARER})(?:\s\p{L}{1,14}){0,2}\s(?:snertir|snerti|hefur\ssnert|str[ýy]kur|strauk|kyssir|kyssti|${TH}uklar|${TH}ukla${D}i)\s(?:mig|${MER}|[áa]\s${MER})${E}(?!\s(?:[íi]\shjartasta${D}|dj[úu]pt|innilega|mj[öo]g))` },
		{ category: 'abuse', source: String.raw`${B}(?:snert|k[áa]f|${TH}ukl|strauk|str[ýy]kur)\p{L}{0,10}\s(?:mig\s|${MER}\s|[áa]\s${MER}\s)?(?:${TH}ar\sni${D}ri|[áa]\s(?:einkast[öo]${D}um|brj[óo]st|rassinum|rassi|typpinu|pj[öo]ll|kynf${AE}r|l${AE}rinu)|undir\s(?:f[öo]tunum|f[öo]tin|n${AE}rf[öo]tunum|buxunum|s${AE}nginni|teppinu))` },
		{ category: 'abuse', source: String.raw`${B}ney${D}(?:ir|di|du|dur|d)\s(?:mig\s|hana\s)?til\s(?:${AD}\s)?(?:sofa\shj[áa]|stunda\skynl[íi]f|snerta|kyssa|f${AE}ra\smig\s[úu]r|s[ýy]na\ss[ée]r|senda\s(?:s[ée]r\s)?mynd)` },
		{ category: 'abuse', source: String.raw`${B}(?:sofa|svaf|sefur)\shj[áa]\s(?:${MER}|okkur)${E}|${B}kynl[íi]f\sme${D}\s(?:${MER}|okkur)${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:kemur|kom|skr[íi]${D}ur|skrei${D})\s(?:inn\s[íi]\sherbergi${D}\smitt|upp\s[íi]\sr[úu]m\stil\sm[íi]n)\s(?:[áa]\sn[óo]ttunni|[áa]\sn[óo]ttinni|[áa]\skv[öo]ldin|${TH}egar\sallir\ssofa)` },
		{ category: 'abuse', source: String.raw`${B}(?:tekur|t[óo]k|tekur\supp)\s(?:myndir|mynd|myndband)\saf\s${MER}\s(?:[íi]\ssturtu|[íi]\ssturtunni|nakinni|nakinn|n[áa]ttf[öo]tum|${TH}egar\s${EG}\s(?:er\s)?(?:[íi]\ssturtu|${AD}\sskipta|sef))` },
		{ category: 'abuse', source: String.raw`${B}(?:mynd|myndir|myndum|myndband|snap)\p{L}{0,10}\saf\s(?:typpinu|typpi|tittlingnum|kynf${AE}r|brj[óo]stunum|rassinum|pj[öo]ll|klofinu)\p{L}{0,10}${E}|${B}(?:hluti|eitthva${D})\s(?:vi${D}\smig\s)?sem\s${EG}\s(?:vildi|vil)\sekki${E}` },
		// abuse: grooming and sextortion
		{ category: 'abuse', source: String.raw`${B}(?:nektarmynd|nekt\smynd|nektar\smynd|typpamynd|typpa\smynd|dick\s?pic)|${B}nude[sz]?${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:mynd|myndir|myndum|myndband|vid[eé]?[óo]|snap)\p{L}{0,10}\s(?:af\s(?:${MER}|s[ée]r|l[íi]kamanum\sm[íi]num)\s)?(?:ber(?:a|ri|an|ar|um|ur)?|nakt|nakin|[áa]n\sf[ao]ta|[íi]\sn${AE}rf[öo]tum|[íi]\sn${AE}rbuxum|fatalaus|kyn${TH}okkafull|d[óo]nalega)\p{L}{0,10}${E}` },
		{ category: 'abuse', source: String.raw`${B}(?:fullor${D}in(?:n|na)?|eldri|gamall|gamlan|gamla|[óo]kunnug(?:ur|an|a)?|[óo]kunn(?:ur|an)?)\s(?:ma${D}ur|mann|manni|str[áa]k(?:ur)?|gaur|kona|konu|n[áa]ungi|karl)(?:\s\p{L}{1,14}){0,3}\s(?:mynd|hitta|hittast|leyndarm[áa]l|nakin|snap|heimilisfang|kynl[íi]f|k${AE}rust|sofa)` },
		{ category: 'abuse', source: String.raw`${B}leyndarm[áa]li${D}\sokkar${E}|${B}okkar\sleyndarm[áa]l${E}|${B}(?:m[áa]|m[áa]tt[ui]|m${AE}tti)\sekki\ssegja\s(?:m[öo]mmu|pabba|foreldrum\sm[íi]num|neinum\sfr[áa]\s${TH}essu)` },
		{ category: 'abuse', source: String.raw`${B}h[óo]t(?:ar|a${D}i|u${D}u|a)\s(?:${MER}\s)?(?:${AD}\s)?(?:birta|dreifa|senda|setja)\s(?:\p{L}{1,14}\s)?(?:mynd|myndband|vid[eé]?[óo])` },
		{ category: 'abuse', source: String.raw`${B}(?:senda|sendi|sendir|send)\s(?:\p{L}{1,14}\s)?(?:mynd|myndband|snap)\p{L}{0,10}\s(?:annars|e${D}a\sannars|ef\s${EG}\s(?:geri\s)?${TH}a${D}\sekki)` },

		// —— neglect
		{ category: 'neglect', source: String.raw`${B}(?:enginn|ekki|aldrei|l[íi]till|ekkert|engin)\s(?:til\s)?(?:matur|mat|${AD}\sbor${D}a|til\s${AD}\sbor${D}a|kv[öo]ldmatur)\s(?:heima|[íi]\s[íi]ssk[áa]pnum|[áa]\sheimilinu|handa\sokkur|handa\s${MER})${E}` },
		{ category: 'neglect', source: String.raw`${B}(?:f${AE}|f[ée]kk|fengi${D}|f[áa]um)\s(?:ekki|aldrei|sjaldan|ekkert)\s(?:n[óo]g\s)?(?:mat|kv[öo]ldmat|morgunmat|${AD}\sbor${D}a${E}(?!\s(?:nammi|s${AE}lg${AE}ti|snakk|[íi]\s|inni|fyrir|eftir|me${D}an|n[úu]na|pizz|${TH}a${D}|neitt\ss${AE}tt)))` },
		{ category: 'neglect', source: String.raw`${B}(?:ekki|aldrei)\stil\s(?:neinn\s)?matur${E}(?!\s(?:[íi]\sm[öo]tuneyt|[íi]\ssk[óo]l|[áa]\ssk[óo]l))` },
		{ category: 'neglect', source: String.raw`${B}[íi]ssk[áa]pur(?:inn)?\s(?:er|var)\s(?:alltaf\s|n[áa]nast\s|oft\s|alveg\s)?t[óo]m(?:ur)?${E}` },
		{ category: 'neglect', source: String.raw`${B}(?:sv[öo]ng|svangur|svangir|svangar)\s(?:alla\sdaga|allan\sdaginn|alltaf|[íi]\ssk[óo]lanum|${TH}egar\s${EG}\sfer\s${AD}\ssofa)|${B}(?:alltaf|oft|st[öo]${D}ugt)\s(?:sv[öo]ng|svangur)${E}|${B}(?:fer|f[óo]r)\s(?:sv[öo]ng|svangur)\s${AD}\ssofa` },
		{ category: 'neglect', source: String.raw`${B}hef\sekki\s(?:bor${D}a${D}|fengi${D}\smat|fengi${D}\s${AD}\sbor${D}a)\s[íi]\s(?:tvo|${TH}rj[áa]|fj[óo]ra|marga|nokkra|\d{1,3})\s(?:daga|s[óo]larhringa)` },
		{ category: 'neglect', source: String.raw`${B}${CARER}${GAP}(?:er\s)?(?:alki|alk[óo]h[óo]listi|fyllibytta|d[óo]pisti|f[íi]kill|[íi]\sneyslu|[íi]\sd[óo]pi|d[óo]pa${D}\p{L}{0,10}|[íi]\s[óo]reglu|d[óo]par|reykir\sgras|sprautar\ssig|[áa]\sfyller[íi]i?|[áa]\sfyllir[íi]i?)${E}` },
		{ category: 'neglect', source: String.raw`${B}${CARER}${GAP}(?:fullur|full|fullir|drukkin\p{L}{0,10}|drekkur|drukku|drakk)\s(?:alltaf|alla\sdaga|[íi]\shverri\sviku|[öo]ll\skv[öo]ld|alla\shelgina|hverja\shelgi|allan\sdaginn|mj[öo]g\soft|of\smiki${D}|svo\smiki${D}|st[öo]${D}ugt|endalaust)${E}(?!\s(?:vatn|kaff|te|mj[óo]lk|gos|kók|k[óo]k|safa|orkudrykk))` },
		{ category: 'neglect', source: String.raw`${B}${CARER}\s(?:drekkur|drakk|dópar|d[óo]par)(?=\s?(?:$|[.,!?;…]|og\s|en\s))` },
		{ category: 'neglect', source: String.raw`${B}${CARER}\s(?:er|var|ver${D}ur)\s(?:alltaf|oft|n[áa]nast\salltaf|alla\sdaga|[öo]ll\skv[öo]ld)\s(?:fullur|full|fullir|drukkin|[íi]\sd[óo]pi|[íi]\sneyslu|skakk|fre${D}in|[íi]\s[óo]reglu)\p{L}{0,10}${E}` },
		{ category: 'neglect', source: String.raw`${B}ein(?:n|ar|ir)?\sheima\s(?:[íi]\s)?(?:marga|nokkra|tvo|${TH}rj[áa]|fj[óo]ra|fimm|heila|heilan|alla)\s(?:daga|s[óo]larhring\p{L}{0,10}|n${AE}tur|viku|vikur)${E}` },
		{ category: 'neglect', source: String.raw`${B}${CARER}${GAP}(?:kemur\sekki\sheim|koma\sekki\sheim|komu\sekki\sheim|er\s[íi]\sburtu|eru\s[íi]\sburtu|hverfur|hvarf|l${AE}tur\ssig\shverfa|skilur\sokkur\seftir|skildi\sokkur\seftir)\s(?:[íi]\s)?(?:d[öo]gum\ssaman|marga\sdaga|nokkra\sdaga|heila\sviku|alla\shelgina|vikum\ssaman|n[óo]ttum\ssaman|ein)` },
		{ category: 'neglect', source: String.raw`${B}(?:enginn|engin)\s(?:hugsar\sum|passar|s[ée]r\sum|eldar\sfyrir|gefur\s${MER}\s${AD}\sbor${D}a|annast|hugsar\svel\sum)\s(?:mig|okkur|systkini\sm[íi]n|l[íi]tla\sbr[óo]${D}ur)${E}` },
		{ category: 'neglect', source: String.raw`${B}(?:hentu|henti|hendir|rak|r[áa]ku|rekur)\s(?:${MER}|mig|okkur)\s[úu]t\s(?:af\sheimilinu|${AD}\sheiman|[úu]r\sh[úu]sinu|[úu]r\s[íi]b[úu]${D}inni|[áa]\sg[öo]tuna|[íi]\skuldann)|${B}(?:m[áa]|f${AE}|f[ée]kk)\sekki\s(?:${AD}\s)?(?:koma\sheim|sofa\sheima|vera\sheima|b[úu]a\sheima)${E}` },
		{ category: 'neglect', source: String.raw`${B}(?:sef|svaf|sofum|${TH}arf\s${AD}\ssofa|${TH}urfti\s${AD}\ssofa)\s(?:[íi]\sb[íi]lnum|[áa]\sg[öo]tunni|[íi]\sstigaganginum|[úu]ti\s(?:af\s${TH}v[íi]|${TH}v[íi]|${TH}egar))` },
		{ category: 'neglect', source: String.raw`${B}[áa]\sekki\s(?:neina\s|nein\s|almennilega\s)?(?:[úu]lpu|vetrarf[öo]t|vetrar[úu]lpu|vetrarsk[óo]|sk[óo]|hrein\sf[öo]t|r[úu]m|tannbursta)${E}|${B}(?:ekkert|ekki)\s(?:rafmagn|hiti|heitt\svatn)\s(?:heima|[íi]\s[íi]b[úu]${D}inni|hj[áa]\sokkur)` },
		{ category: 'neglect', source: String.raw`${B}(?:enginn|aldrei)\s(?:fer\sme${D}\smig|tekur\smig|fari${D}\sme${D}\smig)\stil\s(?:l${AE}knis|tannl${AE}knis)|${B}f${AE}\sekki\s${AD}\sfara\stil\s(?:l${AE}knis|tannl${AE}knis)` },
		{ category: 'neglect', source: String.raw`${B}(?:${TH}arf|${TH}urfti|ver${D}|var${D})\s(?:alltaf\s|oft\s)?${AD}\s(?:passa|sj[áa]\sum|hugsa\sum|elda\sfyrir)\s(?:systkini\sm[íi]n|litlu\ssystkini|l[íi]tlu\ssystkini\p{L}{0,10}|l[íi]tla\sbr[óo]${D}ur|litlu\ssystur|l[íi]tlu\ssystur)\s(?:af\s${TH}v[íi]|${TH}v[íi])\s${CARER}` },

		// —— violence: bullying, beatings and threats by others
		{ category: 'violence', source: String.raw`${B}(?:l[öo]g${D}(?:ur)?|lag${D}(?:ur)?|leggja|leggur|l[öo]g${D}u|lag${D}i|veri${D}\sl[öo]g${D})\s(?:mig\s|okkur\s|hana\s|hann\s)?[íi]\seinelti${E}` },
		{ category: 'violence', source: String.raw`${B}(?:ver${D}|var${D}|ur${D}um|or${D}i${D}|lendi|lenti|lent|lentum|lenda)\s(?:\p{L}{1,14}\s)?(?:fyrir|[íi])\s(?:miklu\s|st[öo]${D}ugu\s|gr[óo]fu\s|alvarlegu\s|sm[áa]\s)?(?:einelti|ofbeldi|h[óo]tunum|[áa]r[áa]s|netein\p{L}{0,10}|rasisma|[áa]reitni)${E}` },
		{ category: 'violence', source: String.raw`${B}${HIT}\s(?:[íi]\s)?(?:mig|${MER}|okkur)${E}${NOT_GAME}` },
		{ category: 'violence', source: String.raw`${B}(?:er|var|ver${D}|var${D}|hef\sveri${D}|or${D}i${D}|vorum)\s(?:\p{L}{1,14}\s)?(?:lami(?:nn|n)|bari(?:nn|n)|r${AE}nd(?:ur)?|stungin[n]?|ógna${D}|[óo]gna${D}|h[óo]ta${D}|[úu]tiloku${D}(?:ur)?|l[öo]g${D}\s[íi]\seinelti|lag${D}ur\s[íi]\seinelti)${E}${NOT_GAME}(?!\sme${D}\s(?:boltanum|bolta|kodda|snj[óo]bolt))` },
		{ category: 'violence', source: String.raw`${B}str[íi]${D}(?:a|ir|i|du|ddu|di)\s${MER}\s(?:alla\sdaga|alltaf|st[öo]${D}ugt|endalaust|[íi]\shverjum\sfr[íi]m[íi]n[úu]tum|allan\sdaginn)|${B}(?:skilja|skilur|skildu|skilji)\smig\s(?:alltaf\s)?[úu]tundan${E}|${B}[úu]tiloka\p{L}{0,10}\smig${E}` },
		{ category: 'violence', source: String.raw`${B}h[óo]t(?:ar|a${D}i|u${D}u|a)\s(?:${MER}|okkur)${E}|${B}h[óo]t(?:ar|a${D}i|u${D}u|a)\s(?:${MER}\s|okkur\s)?(?:${AD}\s)?(?:drepa|lemja|berja|st[iy]nga|sk[ij][óo]ta|mei${D}a|nau${D}?ga)` },
		{ category: 'violence', source: THREAT_KILL },
		{ category: 'violence', source: String.raw`${B}(?:mor${D}h[óo]tun|l[íi]fl[áa]tsh[óo]tun|h[óo]tanir)\p{L}{0,10}${E}` },
		{ category: 'violence', source: String.raw`${B}hr${AE}dd(?:ur|ar|ir|ari)?\svi${D}\s(?:hann|hana|${TH}[áa]|str[áa]kana|stelpurnar|gengi${D}|einhvern\s[íi]\s\p{L}{1,20}|k${AE}rastann\sminn|fyrrverandi|eldri\sstr[áa]kana|kennarann)${E}` },
		{ category: 'violence', source: String.raw`${B}(?:${TH}|t)ori\sekki\s(?:${AD}\s(?:fara|m${AE}ta)\s)?(?:[íi]\s(?:sk[óo]lann|sk[óo]la|fr[íi]m[íi]n[úu]t\p{L}{0,10}|b[úu]ningsklefann|str${AE}t[óo]|r[úu]tuna|f[ée]lagsmi${D}st[öo]${D}ina)|[úu]t\s[íi]\sfr[íi]m[íi]n[úu]t\p{L}{0,10})${E}` },
		{ category: 'violence', source: String.raw`${B}(?:r[ée]${D}ust|r[ée]${D}st|r${AE}${D}st|r[áa]${D}ast)(?:\s\p{L}{1,14}){0,3}\s[áa]\s(?:mig|okkur)${E}|${B}(?:r${AE}ndu|r${AE}ndi|r${AE}nir|stungu|stakk)\s(?:mig|okkur)${E}` },
		{ category: 'violence', source: String.raw`${B}(?:kalla|kallar|kalla${D}i|k[öo]llu${D}u)\smig\s(?:h[óo]ru|homma|tussu|feita|feitabollu|lj[óo]ta|aumingja|h[áa]lfvita|[óo]ge${D}|ne?gra|mongol[íi]ta|ræfil|r${AE}fil)${E}` },
		{ category: 'violence', source: String.raw`${B}(?:sag${D}i|seg${D}u|segir|segja|skrifa${D}i|skrifu${D}u)\s${MER}\s${AD}\s(?:drepa\smig|deyja|hengja\smig|fara\s${AD}\sdeyja)${E}` },

		// —— self-harm
		{ category: 'self-harm', source: String.raw`${B}(?:sker|skar|skori${D}|skera|skorin)\s(?:mig|sig)${E}(?!\s[úu]r${E})` },
		{ category: 'self-harm', source: String.raw`${B}(?:ska${D}a|ska${D}i|ska${D}a${D}i|ska${D}a${D}|mei${D}a|mei${D}i|meiddi|meitt|lem|lemja|lamdi|sl${AE}|berja|ber|brenni|brenna|brenndi|kl[óo]ra|kl[óo]ri|kl[óo]ra${D}i|svelti|svelta|refsa|refsi|sker|skera)\s(?:sj[áa]lfa[n]?\s(?:mig|sig)|(?:mig|sig)\ssj[áa]lf(?:a|an|ur)?)${E}` },
		{ category: 'self-harm', source: String.raw`${B}(?:sj[áa]lfs?ska${D}|sj[áa]lfsmei${D}|sj[áa]lfssk(?:e|a)r|sj[áa]lfsk(?:e|a)r|cutt(?:a|ing|ar)|k[ae]tta\smig)` },
		{ category: 'self-harm', source: String.raw`${B}(?:sker|skar|skera|skori${D})\s(?:mig\s)?[íi]\s(?:h[öo]ndina|hendurnar|handlegg|[úu]lnli${D}|l${AE}ri${D}|l${AE}rin|magann|h[úu]${D}ina)\p{L}{0,10}${E}` },
		{ category: 'self-harm', source: String.raw`${B}(?:[öo]r|skur${D}i|skur${D}ir|s[áa]r|f[öo]r)\s[áa]\s(?:handleggjunum|h[öo]ndunum|[úu]lnli${D}unum|l${AE}runum|h[öo]ndum)${E}|${B}(?:fel|fela|faldi|hyl|hylja)\s(?:[öo]rin|skur${D}ina|s[áa]rin)${E}` },
		{ category: 'self-harm', source: String.raw`${B}(?:langar|langa${D}i|${TH}arf|${TH}urfti|freistast)\s(?:svo\s|oft\s)?(?:${AD}\s|til\s${AD}\s)?(?:skera|ska${D}a|mei${D}a|brenna|refsa)\smig${E}` },
		{ category: 'self-harm', source: String.raw`${B}(?:${AE}li|${AE}ldi|k[ae]sta\supp|kasta${D}i\supp)\s(?:viljandi|eftir\s(?:hverja|allar)\sm[áa]lt[íi]${D}|matnum)|${B}svelt(?:i|a)\smig${E}|${B}h${AE}tti\s${AD}\sbor${D}a\stil\s${AD}\s(?:grennast|l[ée]ttast)` },
		{ category: 'self-harm', source: String.raw`${B}(?:byrju${D}|byrja${D}ur|byrja${D}i|byrja${D}|h${AE}tt[aur]?|h${AE}tti|get\sekki\sh${AE}tt)\s(?:aftur\s)?${AD}\s(?:skera|ska${D}a\smig|mei${D}a\smig|brenna\smig)` },

		{ category: 'self-harm', source: String.raw`${B}(?:kl[óo]r|kropp|b[íi]t|beit)\p{L}{0,10}\s(?:mig|sig)\s(?:sj[áa]lf\p{L}{0,10}\s)?til\sbl[óo]${D}s${E}` },
		// —— suicide
		{ category: 'suicide', source: WANT_DIE },
		{ category: 'suicide', source: String.raw`${B}(?:langar|langa${D}i|vil|vill|vildi|nenni|get)\sekki\s(?:${AD}\s)?lifa(?:\slengur|\smeira|\ssvona)?${E}` },
		{ category: 'suicide', source: String.raw`${B}(?:vildi|vil|vona|[óo]ska|[óo]ska${D}i)\s(?:${AD}\s)?${EG}\sv${AE}ri\s(?:d[áa]in[n]?|dau${D}ur|dau${D}|ekki\stil)${E}|${B}aldrei\s(?:hafa\s)?f${AE}${D}st${E}` },
		{ category: 'suicide', source: KILL_SELF },
		{ category: 'suicide', source: String.raw`${B}langar\smig\s(?:\p{L}{1,14}\s)?${AD}\s(?:drepa\smig|deyja|hverfa\sa${D}\seil[íi]fu)${E}|${B}(?:${AE}tl\p{L}{0,10}|langar|vill|vildi|reyndi|reynir)\s(?:${AD}\s)?drepa\ssig${E}` },
		{ category: 'suicide', source: String.raw`${B}(?:sj[áa]lfsv[íi]gshugsan|sj[áa]lfsv[íi]gstilraun|sj[áa]lfsv[íi]gsbr[ée]f|sj[áa]lfsmor${D}s?hugsan|kve${D}jubr[ée]f)` },
		{ category: 'suicide', source: String.raw`${B}(?:hugsa|hugsa${D}|hugsa${D}i|reyna|reyndi|reynt|fremja|pl[ae]na|[íi]huga|[íi]huga${D})\s(?:um\s)?(?:${AD}\s)?(?:fremja\s)?sj[áa]lfs?v[íi]g` },
		{ category: 'suicide', source: String.raw`${B}(?:taka|tek|t[óo]k|teki${D})\s(?:mitt\s)?(?:eigi${D}|mitt)\sl[íi]f${E}|${B}svipt(?:a|i)\s(?:mig|sig)\sl[íi]fi${E}|${B}stytt(?:a|i)\s(?:${MER}|s[ée]r)\saldur${E}` },
		{ category: 'suicide', source: String.raw`${B}(?:hengja|hengi|hengdi)\s(?:mig|sig)${E}` },
		{ category: 'suicide', source: String.raw`${B}(?:hoppa|st[öo]kkva|st[öo]kk|kasta\s${MER})\s(?:fram\saf\s(?:br[úu]nni|br[úu]|bj[öo]rgum|bjargi|kletti|klettum|h[úu]sinu|${TH}akinu|sv[öo]lunum)|fyrir\s(?:b[íi]l|b[íi]la|str${AE}t[óo]|rútu|r[úu]tu|lest|v[öo]rub[íi]l))${E}` },
		{ category: 'suicide', source: String.raw`${B}(?:of\sst[óo]r(?:an)?\sskammt|ofskammt)|${B}(?:taka|t[óo]k|gleypa|gleypti)\s(?:allar|fullt\saf|margar|heilt\sglas\saf|heilan\spakka\saf)\s(?:pillur|pillurnar|t[ao]fl|verkjat[ao]fl|panod|parkód|svefnt[ao]fl)` },
		{ category: 'suicide', source: String.raw`${B}betra\s(?:fyrir\salla\s)?(?:ef\s${EG}\s(?:v${AE}ri\sekki\stil|v${AE}ri\sd[áa]in\p{L}{0,10}|v${AE}ri\sekki\sh[ée]r|hyrfi|myndi\shverfa|d${AE}i)|[áa]n\sm[íi]n)${E}|${B}betur\ssett(?:ir|ur|ari)?\s[áa]n\sm[íi]n${E}` },
		{ category: 'suicide', source: String.raw`${B}(?:enginn|engin)\s(?:myndi|mundi|mun|myndu)\s(?:sakna\sm[íi]n|taka\seftir\s(?:${TH}v[íi]\s)?(?:ef|${AD})\s${EG})` },
		{ category: 'suicide', source: String.raw`${B}(?:enda|binda\senda\s[áa])\s(?:${TH}etta\sallt|l[íi]f\smitt|l[íi]fi${D}|${TH}etta\sl[íi]f|allt\ssaman)${E}` },
		{ category: 'suicide', source: String.raw`${B}(?:vakni|vakna|vakna${D}i)\s(?:ekki|aldrei)\s(?:aftur|meira)${E}` },
		{ category: 'suicide', source: String.raw`${B}(?:tilgangslaust\s${AD}\slifa|enginn\stilgangur\s(?:me${D}\s)?(?:${AD}\slifa|l[íi]finu|me${D}\sl[íi]finu)|ekki\s(?:${TH}ess\s)?vir${D}i\s${AD}\slifa|nenni\sekki\s${TH}essu\sl[íi]fi|nenni\sekki\s${AD}\svera\stil)` },
		{ category: 'suicide', source: String.raw`${B}(?:vil|vilji|vildi|langar|langa${D}i|nenni)\sekki\s(?:${AD}\s)?vera\stil${E}|${B}of\smargar\s(?:pillur|t[ao]fl|verkjat[ao]fl|svefnt[ao]fl)\p{L}{0,10}${E}` },
		{ category: 'suicide', source: String.raw`${B}kms${E}` }
	],
	exclusions: [
		// hyperbole: «deyja úr hlátri», «hún ætlar að drepa mig ef ég kem of seint»
		String.raw`${WANT_DIE}\s[úu]r\s(?:hl[áa]tri|lei${D}indum|hungri|spenningi|sk[öo]mm|hita|kulda|forvitni|${TH}orsta)`,
		String.raw`${B}kms\s?(?:lol|haha\p{L}{0,10}|xd|jk|😂|💀|🤣|😭)`,
		// negation: «enginn lemur mig», «pabbi lemur mig ekki», «ég hef aldrei lent í einelti»
		String.raw`${B}(?:enginn|engin|enginn\sheima)\s(?:hefur\s)?(?:nokkurn\st[íi]ma(?:nn)?\s)?(?:${HIT}\s(?:[íi]\s)?(?:mig|${MER}|okkur)|(?:lagt|leggur)\smig\s[íi]\seinelti|str[íi]${D}ir\s${MER}|h[óo]tar\s${MER}|snertir\smig)${E}`,
		String.raw`${B}${CARER}(?:\s\p{L}{1,10}){0,2}\s(?:aldrei|ekki)\s(?:\p{L}{1,8}\s)?${HITPART}\s(?:[íi]\s)?${OBJ}${E}`,
		String.raw`${B}(?:ver${D}|var${D}|or${D}i${D}|lendi|lenti|lent|hef|hef${D}i)\s(?:ekki|aldrei)\s(?:or${D}i${D}\s|lent\s)?(?:fyrir|[íi])\s(?:\p{L}{1,14}\s)?(?:einelti|ofbeldi|h[óo]tunum|[áa]r[áa]s)${E}`,
		String.raw`${B}(?:aldrei|ekki)\s(?:veri${D}\s)?(?:l[öo]g${D}(?:ur)?|lag${D}(?:ur)?|lami(?:nn|n)|bari(?:nn|n))\s(?:[íi]\seinelti)?`,
		String.raw`${B}(?:aldrei|ekki)\s(?:\p{L}{1,14}\s)?(?:skori${D}|ska${D}a${D}|mei${D}a|meitt|sko${D}i${D})\s(?:mig|sj[áa]lf(?:a|an)\smig)(?:\ssj[áa]lf(?:a|an|ur)?)?${E}`,
		String.raw`${B}(?:aldrei|ekki)\s(?:hugsa${D}\sum|reynt|${AE}tla${D}\s${AD})\s(?:${AD}\s)?(?:fremja\s)?(?:sj[áa]lfs?v[íi]g\p{L}{0,10}|drepa\smig)`,
		String.raw`${B}(?:ekki|aldrei)\shr${AE}dd(?:ur|ar|ir)?\svi${D}\s(?:${AD}\sfara\sheim|${CARER})`,
		String.raw`${B}(?:${TH}a${D}|hva${D}|${TH}etta)\ssl[óo]\smig${E}`,
		// accidents and idiom: «skar mig í puttann», «sker mig úr hópnum»
		String.raw`${B}(?:sker|skar|skori${D}|skera)\s(?:mig|sig)\s(?:[íi]\s(?:puttann|puttanum|fingurinn|fingri|f[óo]tinn|h[öo]ndina)\s(?:[óo]vart|${TH}egar|me${D}\s(?:hn[íi]f|gler|bla${D}i))|[íi]\s(?:puttann|fingurinn|f[óo]tinn)|[áa]\s(?:bla${D}i|gleri|hn[íi]fnum|hn[íi]f|d[óo]s)|[óo]vart|${TH}egar\s${EG}\s(?:var\s${AD}\s)?(?:elda|sker|skar))`,
		// statements about children in general: «mörg börn verða fyrir einelti», «margir unglingar glíma við sjálfsskaða»
		String.raw`${B}(?:m[öo]rg|margir|margar|b[öo]rn|krakkar|unglingar|nemendur|f[óo]lk)(?:\s(?:b[öo]rn|krakkar|unglingar|nemendur|stelpur|str[áa]kar))?\s(?:ver${D}a|lenda|gl[íi]ma\svi${D}|eru|hafa|upplifa|str[íi]${D}a\svi${D})\s(?:\p{L}{1,14}\s)?(?:fyrir\s|[íi]\s)?(?:einelti|ofbeldi|sj[áa]lfs?ska${D}|sj[áa]lfsv[íi]g|l[öo]g${D}\s[íi]\seinelti|lamin|barin)\p{L}{0,10}${E}`,
		// fiction, news, lessons and hypotheticals about others
		String.raw`${B}(?:[íi]|[áa]|um)\s${FICTION}(?:[^.!?\n]{0,12}){0,7}`,
		String.raw`${B}(?:er|var|ver${D}|var${D}|sj[áa]lfsv[íi]g|nau${D}g|einelti|l[öo]g${D}(?:ur)?|lag${D}(?:ur)?|ofbeldi|misnot|drepa|deyja|laminn|lamin|barinn|barin)\p{L}{0,10}(?:\s\p{L}{1,14}){0,3}\s[íi]\s${FICTION}`,
		String.raw`${B}(?:l${AE}r${D}um|l${AE}r${D}i|l${AE}ra|t[öo]lu${D}um|r${AE}ddum|fr${AE}ddumst|fr${AE}${D}sla|fr${AE}${D}slu|fyrirlestur|fyrirlestri|verkefni|kynning|kynningu|[áa]tak|heimildarmynd|ritger${D}|umr${AE}${D}ur|umr${AE}${D}a|fjallar|fjalla${D}i|fjalla)\s(?:\p{L}{1,8}\s){0,2}um\s(?:[^.!?\n]{0,10}){0,5}`,
		String.raw`${B}(?:ef|${TH}egar)\s(?:einhver|ma${D}ur|b[öo]rn|krakkar|nemendur|f[óo]lk|${TH}[úu]|vinur\s${TH}inn|vinkona\s${TH}[íi]n)\s(?:\p{L}{1,10}\s)?(?:ver${D}ur|ver${D}a|lendir|lenda|er|eru|hefur|sker|vill|hugsar|upplifir|l[íi]${D}ur)(?:[^.!?\n]{0,12}){0,5}`,
		String.raw`${B}(?:b[öo]rn|krakkar|nemendur|unglingar|f[óo]lk|krakka)\ssem\s(?:ver${D}a|lenda|eru|hafa|skera|hugsa|upplifa|b[úu]a)(?:[^.!?\n]{0,12}){0,5}`,
		String.raw`${B}(?:enginn|engin|ekkert\sbarn|enginn\skrakki)\s(?:[áa]\s${AD}|${AE}tti\s${AD}|m[áa])\s(?:ver${D}a|lenda|${TH}urfa\s${AD})\s(?:[^.!?\n]{0,12}){0,4}`
	]
};
