import type { DemoContent } from './content.ts';

export const lt: DemoContent = {
	title: {
		child: 'Jaustis saugiai internete',
		teen: 'Jaustis saugiai internete',
		adult: 'Saugumas internete: jaunų žmonių patirtis'
	},
	purpose: {
		child: 'Norime sužinoti, kiek saugiai jautiesi internete ir kas galėtų tai pagerinti.',
		teen: 'Norime išgirsti, kiek saugiai jautiesi internete ir kas padarytų internetą geresnį tavo bendraamžiams.',
		adult: 'Norime sužinoti, kiek saugiai jauni žmonės jaučiasi internete ir kuriems pokyčiams jie teiktų pirmenybę.'
	},
	audience: {
		child: 'Tai, ką sakai, skaitys suaugusieji iš šalių aplink Baltijos jūrą, kurie kuria taisykles vaikams. Jie tai skaitys po vasaros.',
		teen: 'Baltijos jūros valstybių tarybos ekspertai, kurie pataria vyriausybėms vaikų saugumo klausimais, perskaitys atsakymus, kai apklausa pasibaigs.',
		adult: 'Baltijos jūros valstybių tarybos ekspertų grupė rizikos grupės vaikų klausimais, pasibaigus apklausai, perskaitys anonimizuotus atsakymus ir jais remsis teikdama patarimus vyriausybėms.'
	},
	feedbackPlan: {
		child: 'Kai suaugusieji viską perskaitys, papasakosime tau, ką jie sužinojo ir ką ketina daryti. Išsaugok savo kvito kodą, kad galėtum tai pamatyti.',
		teen: 'Kai atsakymai bus perskaityti, paskelbsime, ką sužinojome ir kas vyks toliau. Naudok savo kvito kodą, kad tai rastum.',
		adult: 'Peržiūrėję atsakymus, paskelbsime santrauką apie tai, ką sužinojome, ir apie tolesnius veiksmus. Prie jos tave nuves tavo kvito kodas.'
	},
	questions: [
		{
			prompt: { child: 'Prieš pradedant', teen: 'Prieš pradedant', adult: 'Prieš pradedant' },
			body: {
				child: 'Nėra teisingų ar neteisingų atsakymų. Gali praleisti bet kurį klausimą. Niekas nesužinos, kas tu esi.',
				teen: 'Nėra teisingų ar neteisingų atsakymų, gali praleisti bet kurį klausimą arba bet kada baigti. Tavo atsakymai yra anoniminiai.',
				adult: 'Nėra teisingų ar neteisingų atsakymų. Gali praleisti bet kurį klausimą arba bet kada sustoti. Tavo atsakymai yra anoniminiai.'
			}
		},
		{
			prompt: {
				child: 'Kiek saugiai jautiesi, kai esi internete?',
				teen: 'Kiek saugiai jautiesi internete?',
				adult: 'Apskritai, kiek saugiai jautiesi internete?'
			},
			options: [
				{ child: 'Labai nesaugiai', teen: 'Labai nesaugiai', adult: 'Labai nesaugiai' },
				{ child: 'Šiek tiek nesaugiai', teen: 'Gana nesaugiai', adult: 'Greičiau nesaugiai' },
				{ child: 'Per vidurį', teen: 'Nei saugiai, nei nesaugiai', adult: 'Nei saugiai, nei nesaugiai' },
				{ child: 'Gana saugiai', teen: 'Gana saugiai', adult: 'Greičiau saugiai' },
				{ child: 'Labai saugiai', teen: 'Labai saugiai', adult: 'Labai saugiai' }
			]
		},
		{
			prompt: {
				child: 'Jei kas nors internete tave neramina, ar žinai, ko paprašyti pagalbos?',
				teen: 'Jei kas nors internete tave neramina, ar žinai, ko galėtum paprašyti pagalbos?',
				adult: 'Jei kas nors internete tave neramina, ar žinai, kur kreiptis pagalbos?'
			}
		},
		{
			prompt: {
				child: 'Kur internete praleidi daugiausia laiko?',
				teen: 'Kur internete praleidi daugiausia laiko?',
				adult: 'Kur internete praleidi daugiausia laiko?'
			},
			hint: { child: 'Pasirink vieną.', teen: 'Pasirink vieną.', adult: 'Pasirink vieną.' },
			options: [
				{ child: 'Žaidimai', teen: 'Žaidimai', adult: 'Internetiniai žaidimai' },
				{ child: 'Programėlės, kuriose žmonės dalijasi nuotraukomis ir vaizdo įrašais', teen: 'Socialiniai tinklai', adult: 'Socialiniai tinklai' },
				{ child: 'Filmukų žiūrėjimas', teen: 'Vaizdo įrašų svetainės', adult: 'Vaizdo įrašų platformos' },
				{ child: 'Susirašinėjimas su draugais', teen: 'Pokalbių programėlės', adult: 'Žinučių programėlės' },
				{ child: 'Mokyklos reikalai', teen: 'Mokykliniai darbai', adult: 'Studijos ar darbas' }
			]
		},
		{
			prompt: {
				child: 'Dėl ko internete jautiesi nesaugiai?',
				teen: 'Dėl ko internete jautiesi nesaugiai?',
				adult: 'Dėl ko internete jautiesi nesaugiai?'
			},
			hint: { child: 'Gali pasirinkti iki trijų.', teen: 'Pasirink ne daugiau kaip tris.', adult: 'Pasirink ne daugiau kaip tris.' },
			options: [
				{ child: 'Man rašo žmonės, kurių nepažįstu', teen: 'Su manimi susisiekia nepažįstamieji', adult: 'Nepažįstamų žmonių kreipimasis į mane' },
				{ child: 'Pikti komentarai', teen: 'Pikti ar neapykantos kupini komentarai', adult: 'Priekabiavimas ar neapykantos kupini komentarai' },
				{ child: 'Mano nuotraukomis dalijamasi manęs neatsiklausus', teen: 'Mano nuotraukomis dalijamasi be mano leidimo', adult: 'Mano atvaizdų platinimas be mano sutikimo' },
				{ child: 'Gudrybės, kuriomis bandoma išvilioti mano pinigus ar slaptažodžius', teen: 'Apgavystės', adult: 'Apgavystės ir sukčiavimas' },
				{ child: 'Kai pamatau ką nors, kas mane nuliūdina', teen: 'Kai matau trikdančius dalykus', adult: 'Trikdantis ar smurtinis turinys' }
			]
		},
		{
			prompt: {
				child: 'Ką suaugusieji turėtų padaryti pirmiausia, kad internetas būtų saugesnis? Sudėliok juos iš eilės.',
				teen: 'Ką suaugusieji turėtų daryti pirmiausia, kad internetas taptų saugesnis? Sudėliok juos eilės tvarka.',
				adult: 'Kokių veiksmų sprendimų priėmėjai turėtų imtis pirmiausia, kad internetas taptų saugesnis? Surikiuok juos pagal svarbą.'
			},
			hint: {
				child: 'Numeris 1 yra pats svarbiausias.',
				teen: 'Pirmą dėk patį svarbiausią.',
				adult: 'Svarbiausią veiksmą nurodyk pirmą.'
			},
			options: [
				{ child: 'Mokyti mus mokykloje, kaip saugotis', teen: 'Mokyti saugumo internete mokykloje', adult: 'Saugumo internete ugdymas mokyklose' },
				{ child: 'Padaryti, kad būtų lengva kam nors papasakoti apie problemą', teen: 'Palengvinti pranešimą apie problemas', adult: 'Paprastesnis pranešimas apie žalingą turinį' },
				{ child: 'Padaryti programėles saugesnes vaikams', teen: 'Kurti programėles, kurios būtų saugios nuo pat pradžių', adult: 'Saugumas, įdiegtas jau kuriant programėles ir platformas' },
				{ child: 'Daugiau klausytis vaikų', teen: 'Daugiau klausytis jaunimo', adult: 'Jaunimo įtraukimas į sprendimų priėmimą' }
			]
		},
		{
			prompt: {
				child: 'Prieš kitą klausimą',
				teen: 'Prieš kitą klausimą',
				adult: 'Prieš kitą klausimą'
			},
			body: {
				child: 'Toliau galėsi rašyti savais žodžiais. Prašome nerašyti nei savo, nei kieno nors kito vardo. Suaugusieji, kurie tai skaitys, negali sužinoti, kas tu esi, todėl jie negali ateiti tau padėti. Jei tau nesaugu, paskambink į pagalbos liniją, kurią rasi puslapio apačioje.',
				teen: 'Toliau galėsi rašyti savais žodžiais. Nerašyk vardų ar nieko, kas parodytų, kas tu esi. Atsakymus skaitantys žmonės negali sužinoti, kas juos parašė, todėl negali su tavimi susisiekti. Jei tau nesaugu, kreipkis į pagalbos liniją puslapio apačioje.',
				adult: 'Kitame klausime prašoma atsakyti savais žodžiais. Prašome nenurodyti vardų ir nieko, pagal ką būtų galima atpažinti tave ar kitus. Atsakymai anoniminiai, todėl niekas negalės su tavimi susisiekti dėl to, ką parašysi. Jei tau nesaugu, kreipkis į pagalbos liniją, nurodytą puslapio apačioje.'
			}
		},
		{
			prompt: {
				child: 'Ką norėtum pasakyti suaugusiesiems, kurie kuria interneto taisykles?',
				teen: 'Ką norėtum pasakyti žmonėms, kurie priima sprendimus dėl interneto?',
				adult: 'Ką norėtum, kad sprendimų priėmėjai žinotų apie tavo gyvenimą internete?'
			}
		}
	]
};
