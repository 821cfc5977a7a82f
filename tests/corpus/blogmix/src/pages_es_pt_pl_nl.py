"""Spanish, Portuguese, Polish and Dutch pages: a Spanish Medium-like critique of bootcamps, a Spanish Blogger recipe
with a family story, a Portuguese Blogger travel diary, a Polish Blogger local-news report, a Polish Hugo tutorial and
a Dutch newsletter rant."""

PAGES = []

# ---------------------------------------------------------------- es: Medium-like critique of a trend
PAGES.append(dict(
    case="es-opinion-bootcamps", lang="es", skin="medium", domain="medium.example", site="Medium",
    url="https://medium.example/@lauragimenez/los-bootcamps-no-van-a-arreglar-el-empleo-tecnologico-5b7e0d91c2aa",
    h1="Los bootcamps no van a arreglar el empleo tecnológico",
    authors=["Laura Giménez"], byline_text="Laura Giménez", byline_name="Laura Giménez", handle="lauragimenez",
    meta="og", pub="2026-02-15T18:20:00.000Z", date="15 feb 2026", read=6, claps="734", followers="2,3 mil",
    bio="⟪Desarrolladora en Zaragoza. Escribo sobre formación, empleo y software.⟫",
    tags=["Programación", "Educación", "Empleo", "Bootcamps"],
    comments=[("Iker", "16 feb", "⟪Yo hice un bootcamp y encontré trabajo en dos meses. No todo es negro.⟫",
               [("Laura Giménez", "16 feb", "Me alegro mucho, Iker. Lo que critico es la promesa, no a quien lo hace.")])],
    more=[("⟪Lo que nadie te cuenta de tu primer trabajo como junior⟫", "5 min de lectura · 20 ene 2026"), ("Mentorizar sin quemarse", "4 min de lectura · 3 dic 2025")],
    recommended=[("⟪Cómo preparé mi primera entrevista técnica⟫", "7 min de lectura · 2 feb 2026"), ("El mito del programador 10x", "6 min de lectura · 28 ene 2026")],
    body="""<p class="pw-post-body-paragraph">⟦Cada semana recibo al menos un mensaje de alguien que está pensando en apuntarse a un bootcamp de programación.⟧ Suelen ser personas de treinta y tantos años, con trabajos precarios en otros sectores, que han visto un anuncio prometiendo un empleo como desarrollador en doce semanas. Me preguntan si merece la pena. Mi respuesta honesta es cada vez más incómoda: para la mayoría, no tal y como se venden hoy.</p>
<p class="pw-post-body-paragraph">No tengo nada contra la formación intensiva. Conozco a gente estupenda que empezó así. Mi problema es con la promesa. Durante años, el mercado necesitaba tantos perfiles junior que casi cualquiera con conocimientos básicos encontraba algo. Ese mercado ya no existe. Las empresas contratan menos juniors, exigen más experiencia y reciben cientos de candidaturas por cada puesto. ⟦Sin embargo, la publicidad de muchos bootcamps sigue hablando como si estuviéramos en 2019.⟧</p>
<p class="pw-post-body-paragraph">Las cifras de colocación que se publican merecen un vistazo atento. Algunas escuelas cuentan como “empleado en el sector” a quien consigue unas prácticas sin sueldo, o excluyen de la estadística a quienes no respondieron a la encuesta. Un noventa por ciento de empleabilidad suena muy distinto cuando sabes que se calcula sobre la mitad de los alumnos.</p>
<p class="pw-post-body-paragraph">Y luego está el precio. Entre seis y nueve mil euros, a menudo financiados con un préstamo o con un acuerdo de “pago cuando encuentres trabajo” cuyas condiciones pocos leen completas. Para alguien que deja su empleo para estudiar tres meses, es una apuesta enorme.</p>
<p class="pw-post-body-paragraph">¿Qué haría yo en su lugar? Primero, probar gratis durante un par de meses con los muchos recursos abiertos que existen, para saber si programar te gusta de verdad. Segundo, mirar los ciclos formativos de la formación profesional pública, que son más largos pero mucho más baratos y tienen prácticas en empresas. ⟦Y tercero, desconfiar de cualquier promesa con un plazo exacto.⟧</p>
<p class="pw-post-body-paragraph">Tampoco quiero cargar toda la culpa sobre las escuelas. Las empresas también tienen responsabilidad: si nadie contrata juniors, nadie llegará nunca a senior. Un sector que se queja de falta de talento y al mismo tiempo cierra la puerta a quien empieza tiene un problema que ningún curso va a solucionar.</p>
<p class="pw-post-body-paragraph">Necesitamos programas de aprendizaje pagados dentro de las empresas, formación pública bien financiada y más transparencia en las cifras. Los bootcamps pueden ser una pieza de eso, pero no la solución.</p>
<p class="pw-post-body-paragraph">⟦Si estás pensando en apuntarte, no te digo que no lo hagas; te digo que preguntes mucho antes.⟧</p>""",
    kind="opinion", why="critique of the coding-bootcamp trend and its promises",
))

# ---------------------------------------------------------------- es: recipe with family story on Blogger
PAGES.append(dict(
    case="es-other-gazpachotia", lang="es", skin="blogger", domain="lacocinadepili.blogspot.example", site="La cocina de Pili",
    tagline="Recetas de casa, de Jaén a Madrid",
    url="https://lacocinadepili.blogspot.example/2026/03/el-gazpacho-de-mi-tia-lola.html",
    h1="El gazpacho de mi tía Lola",
    authors=["Pilar Montoro"], byline_text="Publicado por Pili Montoro", byline_name="Pili Montoro", meta="og", meta_pub=False,
    pub="2026-03-22T13:05:00+01:00", date_header="domingo, 22 de marzo de 2026", time="13:05",
    nav=["Inicio", "Recetas", "Postres", "Sobre mí"],
    labels=["recetas", "verano", "sin cocción"],
    profile=("Pilar Montoro", "⟪Pili para los amigos. Cocino lo que comía en casa de mis abuelos.⟫"),
    archive=["marzo", "febrero", "enero"],
    recent=["⟪Salmorejo cordobés paso a paso⟫", "Pipirrana de mi madre", "Torrijas de leche"],
    prev="Torrijas de leche", next="⟪Salmorejo cordobés paso a paso⟫",
    comments=[("Mari Carmen", "22 de marzo de 2026, 15:40", "⟪¡Yo también le pongo un poco de comino! Qué recuerdos.⟫", [])],
    footer="⟪La cocina de Pili. Tema Sencillo.⟫",
    body="""<p>⟦Mi tía Lola tenía una regla: el gazpacho no se hace, se deja hacer.⟧ Lo decía mientras metía los tomates en una fuente de barro y se iba a tender la ropa, como si la receta fuera cosa del tiempo y no suya. Yo pasaba los veranos en su casa de Jaén, y el olor a tomate, ajo y vinagre de Jerez es, para mí, el olor de agosto.</p>
<p>Ya sé que estamos en marzo y que el gazpacho es cosa de verano. Pero el otro día encontré tomates buenos en el mercado, de esos que huelen, y no pude resistirme. Así que aquí va la receta de mi tía, tal y como me la enseñó, con las cantidades que yo he ido apuntando porque ella nunca midió nada.</p>
<h3>Ingredientes (para 4 personas)</h3>
<ul>
<li>⟦1 kilo de tomates maduros, mejor de pera⟧</li>
<li>1 pimiento verde italiano</li>
<li>1 pepino pequeño</li>
<li>1 diente de ajo, sin el germen</li>
<li>50 gramos de pan del día anterior</li>
<li>80 mililitros de aceite de oliva virgen extra</li>
<li>2 cucharadas de vinagre de Jerez</li>
<li>Sal y una pizca de comino</li>
</ul>
<h3>Preparación</h3>
<p>Lava bien las verduras. Trocea los tomates, el pimiento y el pepino pelado, y ponlos en un bol grande con el ajo, el pan remojado en agua y escurrido, la sal y el comino. ⟦Aquí viene el secreto de mi tía: déjalo reposar una hora⟧ tapado, para que los tomates suelten su jugo y todo se mezcle. Ella decía que así “se conocen”.</p>
<p>Después tritura todo con la batidora hasta que quede muy fino. Con la batidora en marcha, añade el aceite poco a poco, en un hilo, para que emulsione y el gazpacho quede cremoso y de color anaranjado. Añade el vinagre, prueba y ajusta de sal.</p>
<p>Pásalo por un colador si te gusta muy fino. Mi tía no lo colaba nunca, porque decía que la piel también alimenta, pero reconozco que colado queda más elegante. Mételo en la nevera al menos dos horas. El gazpacho tiene que estar muy frío.</p>
<p>Un consejo que me dio mi madre, no mi tía: si los tomates no son muy sabrosos, añade media cucharadita de azúcar. La tía Lola se habría escandalizado, pero funciona.</p>
<h3>Para servir</h3>
<p>En casa de mi tía se tomaba en vaso, a media tarde, sin nada más. Si lo sirves en plato, acompáñalo con pepino, pimiento y cebolla picados muy pequeños, y unos picatostes.</p>
<p>Aguanta dos o tres días en la nevera, aunque en mi casa nunca dura tanto. ⟦Y si un día lo preparáis, dejadlo hacer, como decía la tía Lola.⟧</p>""",
    kind="other", why="recipe told through a family memory",
))

# ---------------------------------------------------------------- pt: travel diary on Blogger
PAGES.append(dict(
    case="pt-other-diarioacores", lang="pt", skin="blogger", domain="mochilaeboina.blogspot.example", site="Mochila e Boina",
    tagline="Viagens lentas de um casal do Porto", html_lang="pt-PT",
    url="https://mochilaeboina.blogspot.example/2026/02/diario-dos-acores-dia-3-flores.html",
    h1="Diário dos Açores, dia 3: chuva, cascatas e uma sopa inesquecível",
    authors=["Rui Carvalho"], byline_text="Postado por Rui Carvalho", byline_name="Rui Carvalho", meta="min",
    pub="2026-02-27T21:48:00+00:00", date_header="sexta-feira, 27 de fevereiro de 2026", time="21:48",
    nav=["Página inicial", "Viagens", "Dicas", "Sobre nós"],
    labels=["Açores", "diário de viagem", "Flores"],
    profile=("Rui Carvalho", "⟪Professor de geografia, viajante de fim de semana, pai de duas.⟫"),
    archive=["fevereiro", "janeiro"],
    recent=["⟪Diário dos Açores, dia 2: o voo que quase não saiu⟫", "O que levar para os Açores no inverno", "Uma semana em Trás-os-Montes"],
    prev="⟪Diário dos Açores, dia 2: o voo que quase não saiu⟫", next="Diário dos Açores, dia 4: Corvo",
    comments=[("Marta S.", "28 de fevereiro de 2026 às 09:15", "⟪Que fotografias lindas! Qual era o restaurante da sopa?⟫",
               [("Rui Carvalho", "28 de fevereiro de 2026 às 10:02", "Fica em Fajã Grande, ao lado da igreja. Não tem nome na porta!")])],
    footer="⟪Mochila e Boina. Tema Simples.⟫",
    body="""<p>⟦Acordámos às sete com o barulho da chuva no telhado de zinco⟧ e a certeza de que o plano do dia, subir ao miradouro da Rocha dos Bordões, não ia acontecer. A senhora da casa onde estamos, a D. Conceição, riu-se quando lhe perguntámos pela previsão. “Aqui nas Flores a previsão é olhar pela janela”, disse, e serviu-nos café e bolo de milho.</p>
<p>Às dez a chuva abrandou e decidimos arriscar. Metemo-nos no carro alugado, um pequeno utilitário com mais quilómetros do que devia, e seguimos pela estrada da costa oeste. ⟦Cada curva mostrava uma cascata nova,⟧ algumas tão finas que pareciam fios de prata a cair das falésias, outras grossas e barulhentas. Parámos tantas vezes que a Inês deixou de tirar fotografias e passou só a olhar.</p>
<p>No Poço do Bacalhau, a cascata cai de uns noventa metros para uma lagoa escura. Estávamos sozinhos. O caminho desde a estrada é curto mas escorregadio, e eu caí uma vez, sem grandes consequências além das calças enlameadas e do orgulho ferido.</p>
<p>Ao meio-dia voltou a chover a sério. Abrigámo-nos num pequeno restaurante em Fajã Grande, sem nome na porta, onde um senhor nos serviu uma sopa de agrião com feijão e chouriço que vou recordar durante muito tempo. Comemos devagar, a ver a chuva bater no mar, enquanto o dono nos contava que no inverno a ilha fica semanas sem ver turistas.</p>
<p>À tarde o céu abriu de repente, como se alguém tivesse desligado a chuva. Subimos às Lagoas Negra e Comprida, lado a lado numa cratera, uma quase preta e a outra verde-azulada. O vento era tão forte que mal conseguíamos falar. ⟦Ficámos ali uns vinte minutos, calados, até as nuvens voltarem.⟧</p>
<p>No regresso a casa parámos na Fajãzinha, uma aldeia minúscula entre a falésia e o mar, onde um rebanho de vacas ocupava a estrada inteira e ninguém parecia ter pressa. Esperámos uns dez minutos, com o motor desligado, enquanto um rapaz de bicicleta as empurrava devagar para um pasto. A Inês disse que foi o engarrafamento mais bonito da vida dela, e eu concordo.</p>
<p>Algumas notas práticas para quem quiser fazer o mesmo: o carro é indispensável, porque os autocarros são raros; as estradas são boas mas estreitas; e convém levar sempre roupa de chuva e um par de meias secas no carro. Os restaurantes fecham cedo fora da época, por isso jantámos às sete, como toda a gente na ilha.</p>
<p>Amanhã, se o mar deixar, apanhamos o barco para o Corvo. ⟦A D. Conceição diz que depende do vento, e nós já aprendemos a acreditar nela.⟧</p>""",
    kind="other", why="first-person travel diary with practical notes",
))

# ---------------------------------------------------------------- pl: local-news report on Blogger
PAGES.append(dict(
    case="pl-news-bibliotekaotwarta", lang="pl", skin="blogger", domain="wiesciznadbugu.blogspot.example", site="Wieści znad Bugu",
    tagline="Niezależny blog o sprawach naszej gminy",
    url="https://wiesciznadbugu.blogspot.example/2026/03/biblioteka-w-starym-mlynie-otwarta-po-remoncie.html",
    h1="Biblioteka w starym młynie otwarta po remoncie",
    authors=["Magdalena Wrona"], byline_text="Autor: Magdalena Wrona", byline_name="Magdalena Wrona", meta="og", meta_pub=False,
    pub="2026-03-07T19:20:00+01:00", date_header="sobota, 7 marca 2026", time="19:20",
    nav=["Strona główna", "Gmina", "Szkoły", "Kultura", "Kontakt"],
    labels=["biblioteka", "kultura", "inwestycje"],
    profile=("Magdalena Wrona", "⟪Emerytowana nauczycielka polskiego. Piszę o tym, co dzieje się w gminie.⟫"),
    archive=["marzec", "luty", "styczeń"],
    recent=["⟪Sesja rady gminy: budżet na 2026 przyjęty⟫", "Nowy rozkład autobusów do Siedlec", "Zebranie w sprawie kanalizacji"],
    prev="Nowy rozkład autobusów do Siedlec", next="⟪Sesja rady gminy: budżet na 2026 przyjęty⟫",
    comments=[("Krzysztof", "7 marca 2026 19:55", "⟪Byliśmy z dziećmi, kącik dla najmłodszych jest świetny.⟫", [])],
    footer="⟪Wieści znad Bugu. Motyw Prosty.⟫",
    body="""<p>⟦Gminna biblioteka publiczna wróciła w sobotę do budynku dawnego młyna przy ulicy Rzecznej,⟧ po prawie dwóch latach remontu. Na uroczystym otwarciu pojawiło się około dwustu osób, w tym wójt gminy, radni oraz uczniowie miejscowej szkoły podstawowej.</p>
<p>Remont kosztował 4,2 mln zł, z czego 2,9 mln zł pochodziło z programu rządowego na rozwój bibliotek, a resztę pokryła gmina. Prace obejmowały wymianę dachu, osuszenie piwnic, montaż windy oraz dobudowę przeszklonej czytelni od strony rzeki.</p>
<p>Biblioteka ma teraz ponad 600 metrów kwadratowych powierzchni, dwa razy więcej niż przed remontem. ⟦Na parterze znajduje się wypożyczalnia i kącik dla dzieci,⟧ na piętrze czytelnia z dwunastoma stanowiskami komputerowymi, a w piwnicy sala na spotkania i zajęcia dla seniorów.</p>
<p>– To był trudny budynek, stary, zawilgocony, z drewnianymi stropami, które trzeba było wzmacniać – mówiła podczas otwarcia dyrektorka biblioteki, Anna Kowalik. – Ale chcieliśmy, żeby biblioteka została w młynie, bo mieszkańcy są z nim związani.</p>
<p>W czasie remontu biblioteka działała w tymczasowym lokalu w budynku szkoły, gdzie zmieściła się tylko część księgozbioru. Według dyrektorki liczba wypożyczeń spadła w tym okresie o około 40 procent.</p>
<p>Wójt gminy Tadeusz Sokołowski podkreślił, że inwestycja jest największą w gminie od czasu budowy hali sportowej. ⟦– Biblioteka to dziś nie tylko książki, ale miejsce spotkań – powiedział.⟧ Zapowiedział też, że w przyszłym roku gmina chce wyremontować drogę prowadzącą do młyna i urządzić przy niej parking.</p>
<p>Część mieszkańców zwracała uwagę na godziny otwarcia. Biblioteka będzie czynna od wtorku do soboty, ale w soboty tylko do godziny 14. Dyrektorka zapowiedziała, że jeśli zainteresowanie będzie duże, godziny zostaną wydłużone od maja.</p>
<p>Nowością jest także wypożyczalnia gier planszowych oraz czytników książek elektronicznych, z której będą mogli korzystać wszyscy mieszkańcy posiadający kartę biblioteczną. Biblioteka przygotowała również regał z książkami w dużym druku i audiobookami dla osób starszych oraz słabowidzących. Według dyrektorki pomysł zgłosili sami czytelnicy w ankiecie przeprowadzonej jesienią ubiegłego roku.</p>
<p>Nie wszyscy byli zadowoleni z przebiegu inwestycji. Kilku mieszkańców ulicy Rzecznej przypomniało, że prace przedłużyły się o ponad pół roku, a ciężki sprzęt zniszczył nawierzchnię drogi dojazdowej. Wykonawca zobowiązał się naprawić ją do końca kwietnia. Gmina nie naliczyła kar umownych za opóźnienie, tłumacząc, że wynikało ono ze złego stanu stropów, którego nie dało się przewidzieć przed rozpoczęciem prac.</p>
<p>Podczas otwarcia uczniowie szkoły podstawowej przygotowali przedstawienie na podstawie legend o młynie, a miejscowe koło gospodyń wiejskich poczęstowało gości ciastem drożdżowym. Wieczorem w czytelni odbył się jeszcze koncert miejscowego chóru.</p>
<p>⟦Pierwsze zajęcia dla dzieci w nowej bibliotece odbędą się we wtorek 10 marca.⟧</p>""",
    kind="news", why="local blog report of a library reopening with quotes",
))

# ---------------------------------------------------------------- pl: Hugo tutorial
PAGES.append(dict(
    case="pl-other-poradnikcron", lang="pl", skin="hugo", domain="kamilnowicki.example", site="Kamil Nowicki — notatki",
    url="https://kamilnowicki.example/wpisy/cron-od-podstaw/",
    h1="Cron od podstaw: jak uruchamiać skrypty o stałej porze",
    authors=["Kamil Nowicki"], byline_text="Kamil Nowicki", byline_name="Kamil Nowicki", ld_authors=["Kamil Nowicki"], meta="ld",
    pub="2026-02-03T18:00:00+01:00", date="3 lutego 2026", read="5 min czytania",
    nav=["Wpisy", "Projekty", "O mnie"],
    tags=["Linux", "cron", "poradnik"], recent=["⟪Git dla początkujących, część 3⟫", "⟪Jak czytać logi systemd⟫", "⟪Mój zestaw narzędzi na 2026⟫"],
    prev="⟪Git dla początkujących, część 3⟫", next="Jak czytać logi systemd",
    footer="⟪© 2026 Kamil Nowicki. Treści na licencji CC BY 4.0.⟫",
    body="""<p>⟦Cron to jedno z najstarszych narzędzi w systemach uniksowych⟧ i wciąż jedno z najbardziej przydatnych. Pozwala uruchamiać dowolne polecenie o określonej porze: co minutę, codziennie o trzeciej w nocy albo w każdy pierwszy poniedziałek miesiąca. W tym wpisie pokażę, jak go używać i jak uniknąć najczęstszych błędów.</p>
<h2>Edycja tabeli crona</h2>
<p>Każdy użytkownik ma własną tabelę zadań. Edytuje się ją poleceniem <code>crontab -e</code>, a wyświetla poleceniem <code>crontab -l</code>. Nie edytujcie plików w katalogu <code>/var/spool/cron</code> bezpośrednio, bo cron może nie zauważyć zmian.</p>
<h2>Składnia</h2>
<p>Każda linia składa się z pięciu pól określających czas i polecenia do wykonania. Pola oznaczają kolejno: minutę, godzinę, dzień miesiąca, miesiąc i dzień tygodnia.</p>
<pre><code># min godz dzień mies dzień_tyg polecenie
30 3 * * * /home/kamil/bin/kopia.sh
*/15 * * * * /home/kamil/bin/sprawdz-strone.sh
⟦0 8 * * 1 /home/kamil/bin/raport-tygodniowy.sh⟧</code></pre>
<p>Pierwsza linia uruchamia skrypt codziennie o 3:30. Druga co piętnaście minut. ⟦Trzecia w każdy poniedziałek o ósmej rano.⟧ Gwiazdka oznacza „każda wartość”, a zapis z ukośnikiem oznacza krok.</p>
<h2>Najczęstsze błędy</h2>
<p>Pierwszy błąd to zakładanie, że cron zna te same zmienne środowiskowe co terminal. Nie zna. Ścieżka <code>PATH</code> w cronie jest bardzo krótka, więc w skryptach używajcie pełnych ścieżek do programów albo ustawcie <code>PATH</code> na początku tabeli.</p>
<p>Drugi błąd to brak logów. Domyślnie wynik polecenia jest wysyłany pocztą lokalną, której nikt nie czyta. Lepiej przekierować go do pliku:</p>
<pre><code>30 3 * * * /home/kamil/bin/kopia.sh >> /home/kamil/logi/kopia.log 2>&1</code></pre>
<p>Trzeci błąd to znak procentu. W tabeli crona ma on specjalne znaczenie, więc polecenie zawierające na przykład <code>date +%F</code> trzeba zapisać z ukośnikiem przed każdym procentem albo przenieść do osobnego skryptu. Ja zawsze wybieram tę drugą opcję.</p>
<p>Czwarty błąd dotyczy strefy czasowej. Cron używa czasu systemowego serwera, który na wielu maszynach wirtualnych jest ustawiony na UTC. Jeśli zadanie ma się uruchamiać o trzeciej w nocy czasu polskiego, sprawdźcie najpierw poleceniem <code>timedatectl</code>, jaka strefa jest ustawiona. Pamiętajcie też o zmianie czasu: zadanie zaplanowane na 2:30 może w marcu nie uruchomić się wcale, a w październiku uruchomić się dwa razy.</p>
<h2>Jak sprawdzić, czy działa</h2>
<p>Najprościej dodać zadanie uruchamiane co minutę, które dopisuje datę do pliku, i po kilku minutach zajrzeć do tego pliku. W systemach z systemd logi crona znajdziecie poleceniem <code>journalctl -u cron</code>.</p>
<p>Cron ma swoje ograniczenia: nie nadrabia zadań pominiętych, gdy komputer był wyłączony, i nie pilnuje, żeby to samo zadanie nie uruchomiło się dwa razy. Do prostych zadań na serwerze w zupełności jednak wystarcza.</p>
<p>⟦W następnym wpisie pokażę, jak to samo zrobić za pomocą timerów systemd.⟧</p>""",
    kind="other", why="Linux tutorial with crontab examples",
))

# ---------------------------------------------------------------- nl: newsletter rant against app-only parking
PAGES.append(dict(
    case="nl-opinion-parkeerapp", lang="nl", skin="newsletter", domain="stadsbrief.example", site="De Stadsbrief",
    url="https://stadsbrief.example/p/stop-met-de-parkeerautomaat-die-alleen-een-app-is",
    h1="Stop met de parkeerautomaat die alleen nog een app is",
    deck="Wie geen smartphone heeft, kan in mijn stad niet meer parkeren. Dat is geen vooruitgang.",
    authors=["Femke de Wit"], byline_text="Femke de Wit", byline_name="Femke de Wit", meta="og",
    pub="2026-03-18T07:00:00.000Z", date="18 mrt 2026", likes="91",
    nav=["Home", "Archief", "Over"],
    sub_inline="⟪De Stadsbrief verschijnt elke woensdag. Gratis, in je inbox.⟫",
    sub_end="⟪Bedankt voor het lezen! Abonneer je gratis om nieuwe stukken te ontvangen.⟫",
    comments=[("Henk", "18 mrt", "⟪Mijn moeder van 81 heeft vorige week een boete gekregen hierdoor.⟫",
               [("Femke de Wit", "18 mrt", "Wat vervelend, Henk. Bezwaar maken kan, ik zet de link in de volgende brief.")])],
    footer="⟪© 2026 Femke de Wit⟫",
    body="""<p>⟦Sinds 1 februari kun je in het centrum van mijn stad niet meer met munten of een pinpas parkeren.⟧ De oude automaten zijn weggehaald. Op de palen staat nu alleen een bord met een QR-code en de namen van drie apps. Wie geen smartphone heeft, of wiens telefoon leeg is, of wie geen bankrekening aan een app wil koppelen, krijgt een boete. Ik vind dat onaanvaardbaar, en ik denk dat de gemeente dit moet terugdraaien.</p>
<p>De gemeente noemt het modernisering. De automaten waren duur in onderhoud, werden soms opengebroken en bijna negen op de tien parkeerders betaalden toch al via een app. Dat zijn echte argumenten. ⟦Maar de vraag is niet wat de meerderheid doet, de vraag is wat er gebeurt met de rest.⟧</p>
<p>Die rest is niet klein. Het zijn ouderen die nooit aan een smartphone gewend zijn geraakt. Het zijn bezoekers uit het buitenland, die geen Nederlandse app hebben. Het zijn mensen met een beperking, voor wie een app met kleine knoppen lastig is. En het zijn mensen die simpelweg niet willen dat een commercieel bedrijf bijhoudt waar hun auto staat en wanneer.</p>
<p>Vorige week stond ik naast een vrouw van in de zeventig die bij de paal stond te bellen met haar kleinzoon, omdat ze niet begreep hoe ze moest betalen. Na tien minuten gaf ze het op en reed weg. Ze kwam voor de apotheek.</p>
[[SUBSCRIBE]]
<p>Een overheid mag best digitale diensten aanbieden, graag zelfs. Maar een openbare voorziening die alleen nog bereikbaar is via een privé-app van een bedrijf, is geen openbare voorziening meer. Bovendien rekenen die apps vaak transactiekosten. ⟦Wie met de app betaalt, betaalt dus meer dan het tarief dat de gemeenteraad heeft vastgesteld.⟧</p>
<p>Er zijn eenvoudige oplossingen. Laat op elk plein ten minste één automaat staan waar je met een pinpas kunt betalen. Maak het mogelijk om via een gewoon telefoonnummer te betalen, zonder app. Of verkoop parkeerkaarten bij de bibliotheek en het stadskantoor, zoals andere steden doen.</p>
<p>Ik hoor vaak dat dit nu eenmaal de toekomst is en dat ouderen het wel zullen leren. Sommigen wel. Maar een overheid die een dienst ontwerpt voor de mensen die het makkelijkst mee kunnen, en de rest laat betalen met boetes, heeft haar taak verkeerd begrepen.</p>
<p>De gemeenteraad bespreekt de evaluatie van het nieuwe systeem in april. Ik hoop dat raadsleden dan niet alleen naar de kosten kijken, maar ook naar de mensen die nu buiten de boot vallen.</p>
<p>⟦Een stad die alleen nog werkt voor wie de juiste telefoon heeft, is geen stad voor iedereen.⟧</p>""",
    kind="opinion", why="newsletter rant arguing the city must restore non-app parking payment",
))
