import type { DemoContent } from './content.ts';

export const pl: DemoContent = {
	title: {
		child: 'Bezpiecznie w internecie',
		teen: 'Poczucie bezpieczeństwa w internecie',
		adult: 'Bezpieczeństwo w internecie: doświadczenia młodych ludzi'
	},
	purpose: {
		child: 'Chcemy wiedzieć, jak bezpiecznie czujesz się w internecie i co by pomogło, żeby było lepiej.',
		teen: 'Chcemy usłyszeć, jak bezpiecznie czujesz się w sieci i co sprawiłoby, że internet byłby lepszy dla osób w twoim wieku.',
		adult: 'Chcemy się dowiedzieć, na ile bezpiecznie młodzi ludzie czują się w internecie i jakie zmiany wprowadziliby w pierwszej kolejności.'
	},
	audience: {
		child: 'Dorośli z krajów wokół Morza Bałtyckiego, którzy ustalają zasady dotyczące dzieci, przeczytają to, co nam powiesz. Przeczytają to po wakacjach.',
		teen: 'Eksperci z Rady Państw Morza Bałtyckiego, którzy doradzają rządom w sprawach bezpieczeństwa dzieci, przeczytają odpowiedzi po zakończeniu konsultacji.',
		adult: 'Grupa Ekspertów ds. Dzieci Zagrożonych przy Radzie Państw Morza Bałtyckiego przeczyta zanonimizowane odpowiedzi po zakończeniu konsultacji i wykorzysta je, doradzając rządom.'
	},
	feedbackPlan: {
		child: 'Kiedy dorośli wszystko przeczytają, powiemy ci, co usłyszeli i co zamierzają zrobić. Zachowaj swój kod potwierdzenia, żeby to zobaczyć.',
		teen: 'Gdy odpowiedzi zostaną przeczytane, opublikujemy, co usłyszeliśmy i co będzie dalej. Użyj swojego kodu potwierdzenia, żeby to znaleźć.',
		adult: 'Po przeanalizowaniu odpowiedzi opublikujemy podsumowanie tego, co usłyszeliśmy, oraz działań, które z tego wynikną. Twój kod potwierdzenia cię do niego zaprowadzi.'
	},
	questions: [
		{
			prompt: { child: 'Zanim zaczniemy', teen: 'Zanim zaczniesz', adult: 'Zanim zaczniesz' },
			body: {
				child: 'Nie ma dobrych ani złych odpowiedzi. Możesz pominąć każde pytanie. Nikt się nie dowie, kim jesteś.',
				teen: 'Nie ma dobrych ani złych odpowiedzi, a każde pytanie możesz pominąć albo w każdej chwili przerwać. Twoje odpowiedzi są anonimowe.',
				adult: 'Nie ma dobrych ani złych odpowiedzi. Możesz pominąć dowolne pytanie lub przerwać w każdej chwili. Twoje odpowiedzi są anonimowe.'
			}
		},
		{
			prompt: {
				child: 'Jak bezpiecznie się czujesz, kiedy jesteś w internecie?',
				teen: 'Jak bezpiecznie się czujesz, kiedy jesteś online?',
				adult: 'Ogólnie rzecz biorąc, na ile bezpiecznie czujesz się w internecie?'
			},
			options: [
				{ child: 'Bardzo niebezpiecznie', teen: 'Bardzo niebezpiecznie', adult: 'Bardzo niebezpiecznie' },
				{ child: 'Trochę niebezpiecznie', teen: 'Dość niebezpiecznie', adult: 'Raczej niebezpiecznie' },
				{ child: 'Tak pośrodku', teen: 'Ani bezpiecznie, ani niebezpiecznie', adult: 'Ani bezpiecznie, ani niebezpiecznie' },
				{ child: 'Dość bezpiecznie', teen: 'Dość bezpiecznie', adult: 'Raczej bezpiecznie' },
				{ child: 'Bardzo bezpiecznie', teen: 'Bardzo bezpiecznie', adult: 'Bardzo bezpiecznie' }
			]
		},
		{
			prompt: {
				child: 'Jeśli coś w internecie cię martwi, czy wiesz, kogo poprosić o pomoc?',
				teen: 'Jeśli coś w sieci cię niepokoi, czy wiesz, kogo możesz poprosić o pomoc?',
				adult: 'Jeśli coś w internecie cię niepokoi, czy wiesz, gdzie szukać pomocy?'
			}
		},
		{
			prompt: {
				child: 'Gdzie w internecie spędzasz najwięcej czasu?',
				teen: 'Gdzie w sieci spędzasz najwięcej czasu?',
				adult: 'Gdzie w internecie spędzasz najwięcej czasu?'
			},
			hint: { child: 'Wybierz jedno.', teen: 'Wybierz jedną odpowiedź.', adult: 'Wybierz jedną odpowiedź.' },
			options: [
				{ child: 'Gry', teen: 'Gry', adult: 'Gry online' },
				{ child: 'Aplikacje, w których ludzie wrzucają zdjęcia i filmiki', teen: 'Media społecznościowe', adult: 'Media społecznościowe' },
				{ child: 'Oglądanie filmików', teen: 'Serwisy wideo', adult: 'Platformy wideo' },
				{ child: 'Czatowanie z przyjaciółmi', teen: 'Aplikacje do czatowania', adult: 'Komunikatory' },
				{ child: 'Rzeczy do szkoły', teen: 'Zadania szkolne', adult: 'Nauka lub praca' }
			]
		},
		{
			prompt: {
				child: 'Co sprawia, że w internecie nie czujesz się bezpiecznie?',
				teen: 'Co sprawia, że w sieci nie czujesz się bezpiecznie?',
				adult: 'Co sprawia, że w internecie nie czujesz się bezpiecznie?'
			},
			hint: { child: 'Możesz wybrać najwyżej trzy.', teen: 'Wybierz najwyżej trzy.', adult: 'Wybierz maksymalnie trzy odpowiedzi.' },
			options: [
				{ child: 'Piszą do mnie ludzie, których nie znam', teen: 'Obce osoby, które się ze mną kontaktują', adult: 'Kontakt ze strony nieznajomych' },
				{ child: 'Niemiłe komentarze', teen: 'Złośliwe lub nienawistne komentarze', adult: 'Nękanie lub nienawistne komentarze' },
				{ child: 'Ktoś pokazuje moje zdjęcia bez pytania', teen: 'Moje zdjęcia udostępniane bez mojej zgody', adult: 'Udostępnianie mojego wizerunku bez zgody' },
				{ child: 'Sztuczki, żeby zabrać mi pieniądze albo hasła', teen: 'Oszustwa', adult: 'Oszustwa i wyłudzenia' },
				{ child: 'Widzę rzeczy, po których źle się czuję', teen: 'Oglądanie niepokojących rzeczy', adult: 'Treści niepokojące lub pełne przemocy' }
			]
		},
		{
			prompt: {
				child: 'Co dorośli powinni zrobić najpierw, żeby internet był bezpieczniejszy? Ułóż je po kolei.',
				teen: 'Co dorośli powinni zrobić w pierwszej kolejności, żeby internet był bezpieczniejszy? Ułóż odpowiedzi w kolejności.',
				adult: 'Jakie działania decydenci powinni podjąć w pierwszej kolejności, aby internet był bezpieczniejszy? Uszereguj je.'
			},
			hint: {
				child: 'Numer 1 to najważniejsze.',
				teen: 'Ustaw najważniejsze na pierwszym miejscu.',
				adult: 'Na pierwszym miejscu umieść najważniejsze działanie.'
			},
			options: [
				{ child: 'Uczyć nas w szkole, jak dbać o swoje bezpieczeństwo', teen: 'Uczyć w szkole bezpieczeństwa w sieci', adult: 'Edukacja szkolna w zakresie bezpieczeństwa w internecie' },
				{ child: 'Sprawić, żeby łatwo było komuś powiedzieć o problemie', teen: 'Ułatwić zgłaszanie problemów', adult: 'Prostsze zgłaszanie szkodliwych treści' },
				{ child: 'Sprawić, żeby aplikacje były bezpieczniejsze dla dzieci', teen: 'Projektować aplikacje tak, żeby od początku były bezpieczniejsze', adult: 'Bezpieczeństwo uwzględnione już na etapie projektowania aplikacji i platform' },
				{ child: 'Bardziej słuchać dzieci', teen: 'Bardziej słuchać młodych ludzi', adult: 'Włączanie młodych ludzi w podejmowanie decyzji' }
			]
		},
		{
			prompt: {
				child: 'Przed następnym pytaniem',
				teen: 'Przed następnym pytaniem',
				adult: 'Przed następnym pytaniem'
			},
			body: {
				child: 'Za chwilę możesz napisać coś własnymi słowami. Prosimy, nie pisz swojego imienia ani imienia nikogo innego. Dorośli, którzy to przeczytają, nie mogą się dowiedzieć, kim jesteś, więc nie mogą przyjść i ci pomóc. Jeśli jesteś w niebezpieczeństwie, zadzwoń pod numer telefonu zaufania, który jest na dole strony.',
				teen: 'Za chwilę możesz napisać coś własnymi słowami. Nie podawaj imion ani niczego, co zdradza, kim jesteś. Osoby, które czytają odpowiedzi, nie mogą się dowiedzieć, kto je napisał, więc nie mogą się z tobą skontaktować. Jeśli jesteś w niebezpieczeństwie, skontaktuj się z telefonem zaufania podanym na dole strony.',
				adult: 'Następne pytanie wymaga odpowiedzi własnymi słowami. Prosimy, pomiń imiona i nazwiska oraz wszystko, co mogłoby pozwolić zidentyfikować ciebie lub inne osoby. Odpowiedzi są anonimowe, więc nikt nie może się z tobą skontaktować w sprawie tego, co napiszesz. Jeśli jesteś w niebezpieczeństwie, skontaktuj się z telefonem zaufania podanym na dole strony.'
			}
		},
		{
			prompt: {
				child: 'Co chcesz powiedzieć dorosłym, którzy ustalają zasady dotyczące internetu?',
				teen: 'Co chcesz przekazać osobom, które podejmują decyzje dotyczące internetu?',
				adult: 'Co chcesz, żeby decydenci wiedzieli o twoim życiu w internecie?'
			}
		}
	]
};
