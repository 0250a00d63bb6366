import type { DemoContent } from './content.ts';

export const lv: DemoContent = {
	title: {
		child: 'Justies droši internetā',
		teen: 'Justies droši internetā',
		adult: 'Drošība internetā: jauniešu pieredze'
	},
	purpose: {
		child: 'Mēs gribam uzzināt, cik droši tu jūties internetā un kas to padarītu labāku.',
		teen: 'Mēs gribam dzirdēt, cik droši tu jūties internetā un kas padarītu internetu labāku taviem vienaudžiem.',
		adult: 'Mēs vēlamies uzzināt, cik droši jaunieši jūtas internetā un kuras pārmaiņas viņi liktu pirmajā vietā.'
	},
	audience: {
		child: 'To, ko tu saki, lasīs pieaugušie no valstīm ap Baltijas jūru, kuri veido noteikumus bērniem. Viņi to lasīs pēc vasaras.',
		teen: 'Baltijas jūras valstu padomes eksperti, kuri konsultē valdības bērnu drošības jautājumos, izlasīs atbildes pēc tam, kad aptauja būs noslēgusies.',
		adult: 'Baltijas jūras valstu padomes ekspertu grupa riska grupas bērnu jautājumos pēc aptaujas noslēgšanās izlasīs anonimizētās atbildes un izmantos tās savos ieteikumos valdībām.'
	},
	feedbackPlan: {
		child: 'Kad pieaugušie visu būs izlasījuši, mēs tev pastāstīsim, ko viņi uzzināja un ko viņi darīs. Saglabā savu kvīts kodu, lai to redzētu.',
		teen: 'Kad atbildes būs izlasītas, mēs publicēsim, ko uzzinājām un kas notiks tālāk. Izmanto savu kvīts kodu, lai to atrastu.',
		adult: 'Kad atbildes būs izskatītas, mēs publicēsim kopsavilkumu par to, ko uzzinājām, un par darbībām, kas sekos. Pie tā tevi aizvedīs tavs kvīts kods.'
	},
	questions: [
		{
			prompt: { child: 'Pirms sākam', teen: 'Pirms tu sāc', adult: 'Pirms tu sāc' },
			body: {
				child: 'Nav pareizu vai nepareizu atbilžu. Tu vari izlaist jebkuru jautājumu. Neviens neuzzinās, kas tu esi.',
				teen: 'Nav pareizu vai nepareizu atbilžu, un tu vari izlaist jebkuru jautājumu vai beigt jebkurā brīdī. Tavas atbildes ir anonīmas.',
				adult: 'Nav pareizu vai nepareizu atbilžu. Tu drīksti izlaist jebkuru jautājumu vai pārtraukt jebkurā brīdī. Tavas atbildes ir anonīmas.'
			}
		},
		{
			prompt: {
				child: 'Cik droši tu jūties, kad esi internetā?',
				teen: 'Cik droši tu jūties internetā?',
				adult: 'Kopumā – cik droši tu jūties internetā?'
			},
			options: [
				{ child: 'Ļoti nedroši', teen: 'Ļoti nedroši', adult: 'Ļoti nedroši' },
				{ child: 'Mazliet nedroši', teen: 'Diezgan nedroši', adult: 'Drīzāk nedroši' },
				{ child: 'Pa vidu', teen: 'Ne droši, ne nedroši', adult: 'Ne droši, ne nedroši' },
				{ child: 'Diezgan droši', teen: 'Diezgan droši', adult: 'Drīzāk droši' },
				{ child: 'Ļoti droši', teen: 'Ļoti droši', adult: 'Ļoti droši' }
			]
		},
		{
			prompt: {
				child: 'Ja tevi internetā kaut kas satrauc, vai tu zini, kam lūgt palīdzību?',
				teen: 'Ja tevi internetā kaut kas satrauc, vai tu zini, kam tu varētu lūgt palīdzību?',
				adult: 'Ja tevi internetā kaut kas satrauc, vai tu zini, kur vērsties pēc palīdzības?'
			}
		},
		{
			prompt: {
				child: 'Kur tu internetā pavadi visvairāk laika?',
				teen: 'Kur tu internetā pavadi visvairāk laika?',
				adult: 'Kur tu internetā pavadi visvairāk laika?'
			},
			hint: { child: 'Izvēlies vienu.', teen: 'Izvēlies vienu.', adult: 'Izvēlies vienu.' },
			options: [
				{ child: 'Spēles', teen: 'Spēles', adult: 'Tiešsaistes spēles' },
				{ child: 'Lietotnes, kur cilvēki dalās ar bildēm un video', teen: 'Sociālie tīkli', adult: 'Sociālie mediji' },
				{ child: 'Video skatīšanās', teen: 'Video vietnes', adult: 'Video platformas' },
				{ child: 'Sarakstīšanās ar draugiem', teen: 'Tērzēšanas lietotnes', adult: 'Ziņapmaiņas lietotnes' },
				{ child: 'Lietas skolai', teen: 'Skolas darbi', adult: 'Mācības vai darbs' }
			]
		},
		{
			prompt: {
				child: 'Kas liek tev internetā justies nedroši?',
				teen: 'Kas liek tev internetā justies nedroši?',
				adult: 'Kas liek tev internetā justies nedroši?'
			},
			hint: { child: 'Vari izvēlēties līdz trim.', teen: 'Izvēlies ne vairāk kā trīs.', adult: 'Izvēlies ne vairāk kā trīs.' },
			options: [
				{ child: 'Kad man raksta cilvēki, kurus es nepazīstu', teen: 'Svešinieki, kas ar mani sazinās', adult: 'Svešinieku sazināšanās ar mani' },
				{ child: 'Ļauni komentāri', teen: 'Ļauni vai naidīgi komentāri', adult: 'Uzmākšanās vai naidīgi komentāri' },
				{ child: 'Kad manas bildes izliek, man nepajautājot', teen: 'Manas bildes, ar kurām dalās bez manas atļaujas', adult: 'Mani attēli, kas izplatīti bez manas piekrišanas' },
				{ child: 'Viltības, lai dabūtu manu naudu vai paroles', teen: 'Krāpšana', adult: 'Krāpnieciskas shēmas un krāpšana' },
				{ child: 'Kad redzu kaut ko, kas mani satrauc', teen: 'Redzēt satraucošas lietas', adult: 'Satraucošs vai vardarbīgs saturs' }
			]
		},
		{
			prompt: {
				child: 'Kas pieaugušajiem būtu jādara vispirms, lai internets kļūtu drošāks? Saliec tos pēc kārtas.',
				teen: 'Kas pieaugušajiem būtu jādara vispirms, lai internets kļūtu drošāks? Sakārto tos secībā.',
				adult: 'Kuras darbības lēmumu pieņēmējiem būtu jāveic vispirms, lai internets kļūtu drošāks? Sakārto tās pēc svarīguma.'
			},
			hint: {
				child: 'Numurs 1 ir pats svarīgākais.',
				teen: 'Liec pašu svarīgāko pirmajā vietā.',
				adult: 'Liec pašu svarīgāko darbību pirmajā vietā.'
			},
			options: [
				{ child: 'Skolā mācīt mums, kā būt drošībā', teen: 'Mācīt drošību internetā skolā', adult: 'Izglītība par drošību internetā skolās' },
				{ child: 'Gādāt, lai būtu viegli kādam pastāstīt par problēmu', teen: 'Atvieglot ziņošanu par problēmām', adult: 'Vienkāršāka ziņošana par kaitīgu saturu' },
				{ child: 'Padarīt lietotnes drošākas bērniem', teen: 'Padarīt lietotnes drošākas jau to izstrādē', adult: 'Integrēta drošība lietotnēs un platformās' },
				{ child: 'Vairāk klausīties bērnos', teen: 'Vairāk uzklausīt jauniešus', adult: 'Jauniešu iesaistīšana lēmumu pieņemšanā' }
			]
		},
		{
			prompt: {
				child: 'Pirms nākamā jautājuma',
				teen: 'Pirms nākamā jautājuma',
				adult: 'Pirms nākamā jautājuma'
			},
			body: {
				child: 'Tālāk tu vari rakstīt saviem vārdiem. Lūdzu, neraksti savu vārdu vai kāda cita cilvēka vārdu. Pieaugušie, kas to lasīs, nevar uzzināt, kas tu esi, tāpēc viņi nevar atnākt un tev palīdzēt. Ja tu neesi drošībā, lūdzu, zvani uz uzticības tālruni, kas ir lapas apakšā.',
				teen: 'Tālāk tu vari rakstīt saviem vārdiem. Neraksti vārdus, uzvārdus vai ko citu, kas parāda, kas tu esi. Tie, kas lasa atbildes, nevar uzzināt, kas tās uzrakstīja, tāpēc viņi nevar ar tevi sazināties. Ja tu neesi drošībā, lūdzu, sazinies ar uzticības tālruni lapas apakšā.',
				adult: 'Nākamajā jautājumā tev jāatbild saviem vārdiem. Lūdzu, neraksti vārdus, uzvārdus un neko, pēc kā varētu identificēt tevi vai citus. Atbildes ir anonīmas, tāpēc neviens nevar ar tevi sazināties par to, ko tu raksti. Ja tu neesi drošībā, lūdzu, sazinies ar uzticības tālruni, kas norādīts lapas apakšā.'
			}
		},
		{
			prompt: {
				child: 'Ko tu gribētu pateikt pieaugušajiem, kuri veido noteikumus par internetu?',
				teen: 'Ko tu gribētu pateikt cilvēkiem, kuri pieņem lēmumus par internetu?',
				adult: 'Ko tu vēlētos, lai lēmumu pieņēmēji zinātu par tavu dzīvi internetā?'
			}
		}
	]
};
