"""Italian, Portuguese, Dutch and Polish: an unmarked rubrica, a profile, an exhibition review; a
crónica marked only by the byline role, an interview, a guide; a beschouwing, a science feature; a
felieton with no date metadata, a reportaż and a recipe."""
from sites import use

PAGES = []

PAGES.append(use(dict(
    case="it-opinion-screview-dialetti", lang="it", skin="screview", secpath="cultura",
    url="https://www.ilquaderno-rivista.example/cultura/2026/03/lasciate-parlare-i-nonni",
    h1="Lasciate parlare i nonni", crumbs=["Cultura"], kicker="",
    authors=["Giulia Ferraresi"], byline_text="di Giulia Ferraresi", byline_html='di <a href="/autori/giulia-ferraresi">Giulia Ferraresi</a>',
    ld_authors=["Giulia Ferraresi"], ld_type="Article", ld_section="Cultura", meta="og", pub="2026-03-17T09:00:00+01:00", date="17 marzo 2026", readmin=5,
    bio_head="L’autrice", bio="⟪Giulia Ferraresi è linguista e insegna a Bologna.⟫",
    comments=[("Pietro R.", "17/03", "⟪Mia nonna parlava solo modenese. Ho capito tardi quanto fosse prezioso.⟫")],
    body="""⟦Quando ero bambina, a scuola mi correggevano ogni volta che mi scappava una parola in dialetto.⟧ Mia nonna, invece, non parlava altro. Tra le due lingue c’era un confine preciso: la casa e la classe.

Oggi quel confine si è quasi dissolto, perché il dialetto è sparito da entrambe. ⟦E credo che sia arrivato il momento di riportarlo nelle scuole, non come folclore ma come lingua.⟧

[[BREAK|◆]]

Non si tratta di nostalgia. I dialetti conservano parole per mestieri, piante e attrezzi che l’italiano non ha mai avuto. Perderli significa perdere una parte della storia materiale del Paese.

[[PULL|Non si tratta di nostalgia.]]

⟦Basterebbe un’ora alla settimana, con i nonni invitati in classe a raccontare.⟧ Costerebbe poco e insegnerebbe ai ragazzi che esistono molti modi di dire il mondo.

⟦Lasciamoli parlare, finché siamo in tempo ad ascoltarli.⟧""",
    kind="opinion", sure=True, why="signed first-person piece under Cultura arguing for dialect teaching",
), "quaderno"))

PAGES.append(use(dict(
    case="it-news-nextweekly-liutaio", lang="it", skin="nextweekly", secpath="ritratti",
    url="https://www.settimanalelevante.example/ritratti/2026/03/il-liutaio-di-bari-vecchia",
    h1="Il liutaio di Bari Vecchia", kicker="Ritratti", section="Ritratti", deck="Nicola Amoruso costruisce mandolini in una bottega di sei metri quadrati. Ha clienti in Giappone.",
    authors=["Serena Colucci"], byline_text="di Serena Colucci", byline_html='di <a href="/autori/serena-colucci">Serena Colucci</a>',
    ld_authors=["Serena Colucci"], ld_type="NewsArticle", pub="2026-03-13T07:00:00+01:00", date="13 marzo 2026", readmin=6,
    hero="⟪Nicola Amoruso nella sua bottega. Foto di Levante⟫", bio="⟪Serena Colucci è giornalista e vive a Bari.⟫",
    body="""⟦La bottega di Nicola Amoruso è così piccola che per entrare bisogna spostare un mandolino.⟧ Alle pareti pendono tavole di abete, manici non ancora verniciati, vecchie fotografie di suo padre.

«Ho cominciato a dodici anni, pulendo i trucioli», racconta.

[[AD]]

⟦Oggi Amoruso costruisce circa quindici strumenti all’anno.⟧ Metà vanno all’estero: Giappone, Stati Uniti, Germania. Un mandolino richiede tre mesi di lavoro.

[[H|Una tradizione fragile]]

⟦In città, i liutai erano una ventina negli anni Sessanta; oggi sono tre.⟧ Amoruso ha un apprendista, un ragazzo di ventidue anni che suona nella banda del quartiere.

⟦Prima di salutarci, accorda uno strumento appena finito e suona una vecchia tarantella.⟧""",
    kind="news", why="reported profile of a luthier",
), "levante"))

PAGES.append(use(dict(
    case="it-other-culturemag-mostra", lang="it", skin="culturemag", secpath="recensioni",
    url="https://www.sguardi-magazine.example/recensioni/la-luce-del-nord-mostra-torino",
    h1="«La luce del Nord»: la mostra che porta i pittori danesi a Torino", kicker="Recensione", crumbs=["Arte", "Recensioni"], section="Arte",
    authors=["Marco Bellandi"], byline_text="Marco Bellandi", byline_html='<a href="/autori/marco-bellandi">Marco Bellandi</a>',
    ld_authors=["Marco Bellandi"], ld_type="Review", meta="nodate", ld=False, pub="2026-03-22T00:00:00+01:00", date="22/03/2026", readmin=4,
    rating="Voto: 4/5 · Fino al 14 giugno 2026 · Biglietto 14 euro",
    hero="⟪Un interno danese dell’Ottocento in mostra.⟫", bio="⟪Marco Bellandi è critico d’arte.⟫",
    body="""⟦Stanze vuote, finestre, una donna di spalle: la pittura danese dell’Ottocento è fatta di silenzi.⟧ La mostra torinese ne raccoglie sessanta opere, molte mai viste in Italia.

⟦L’allestimento è sobrio e lascia respirare i quadri.⟧ Le pareti grigio chiaro esaltano la luce fredda delle tele.

[[AD]]

Qualche riserva sul catalogo, troppo accademico, e sulle didascalie, scritte in caratteri minuscoli. ⟦Ma la sala finale, dedicata agli interni, vale da sola il viaggio.⟧

⟦Una mostra da vedere con calma, magari in un giorno feriale.⟧""",
    kind="other", why="exhibition review with a rating; no date metadata",
), "sguardi"))

PAGES.append(use(dict(
    case="pt-opinion-nextweekly-cronica", lang="pt", skin="nextweekly", secpath="sociedade",
    url="https://www.semanarioatlantico.example/sociedade/2026/03/o-cafe-da-esquina",
    h1="O café da esquina", kicker="Sociedade", section="Sociedade",
    authors=["Rui Valadares"], byline_text="Rui Valadares, cronista", byline_html='<a href="/autores/rui-valadares">Rui Valadares</a>, cronista',
    ld_authors=["Rui Valadares"], ld_type="Article", ld_section="Sociedade", meta="og", pub="2026-03-08T10:00:00+00:00", date="8 de março de 2026", readmin=4,
    hero="⟪Um café em Campo de Ourique, Lisboa.⟫", bio="⟪Rui Valadares escreve ao domingo no Semanário Atlântico.⟫",
    body="""⟦O café da minha rua fechou na semana passada, depois de quarenta e dois anos.⟧ No lugar dele vai abrir, dizem, uma loja de bicicletas elétricas para turistas.

Não escrevo isto por saudade. ⟦Escrevo porque acho que as cidades estão a perder os sítios onde as pessoas se encontram sem marcar.⟧

[[AD]]

O café da esquina era isso: o senhor Armindo a ler o jornal, a vizinha do terceiro andar com o cão, os miúdos que passavam para comprar gomas. Ninguém era cliente; eram todos conhecidos.

⟦As câmaras municipais deviam proteger estes espaços como protegem os monumentos.⟧ Rendas limitadas, licenças favoráveis, alguma imaginação.

⟦Uma cidade sem cafés de bairro é uma cidade onde já ninguém se cruza.⟧""",
    kind="opinion", why="crónica arguing to protect neighbourhood cafés; only byline says cronista",
), "atlantico"))

PAGES.append(use(dict(
    case="pt-news-culturemag-entrevista", lang="pt", skin="culturemag", secpath="entrevistas",
    url="https://www.revistavaranda.example/entrevistas/ines-tavares-ceramista",
    h1="Inês Tavares: “O barro ensina a perder”", kicker="Entrevista", crumbs=["Entrevistas"], section="Entrevistas",
    authors=["Beatriz Moura"], byline_text="Entrevista de Beatriz Moura", byline_html='Entrevista de <a href="/autores/beatriz-moura">Beatriz Moura</a>',
    ld_authors=["Beatriz Moura"], ld_type="Article", pub="2026-03-26T09:00:00+00:00", date="26 mar 2026", readmin=6,
    hero="⟪Inês Tavares no seu atelier nas Caldas da Rainha.⟫", bio="⟪Beatriz Moura é jornalista de cultura.⟫",
    body="""⟦Inês Tavares tem 41 anos e trabalha o barro desde os dezanove.⟧ A sua nova exposição abre em abril, em Lisboa. Conversámos no atelier, entre prateleiras de peças a secar.

[[H|Porque escolheu a cerâmica?]]

⟦Porque é uma arte em que se falha muito.⟧ Metade das peças parte-se no forno. Aprende-se a perder.

[[H|A tradição das Caldas pesa?]]

Pesa e ajuda. ⟦Cresci a ver as louças de Bordallo nas montras, e isso fica.⟧

[[NEWS]]

[[H|O que vem a seguir?]]

⟦Quero fazer peças maiores, que as pessoas possam tocar.⟧""",
    kind="news", why="Q&A interview with a ceramicist",
), "varanda"))

PAGES.append(use(dict(
    case="pt-other-sciencemag-aves", lang="pt", skin="sciencemag", secpath="guias",
    url="https://www.revistalupa.example/guias/2026/03/como-comecar-a-observar-aves",
    h1="Como começar a observar aves: guia para principiantes", kicker="Guia", crumbs=["Natureza", "Guias"],
    authors=["Tiago Ferreira"], byline_text="Por Tiago Ferreira", byline_html='Por <a href="/autores/tiago-ferreira">Tiago Ferreira</a>',
    ld_authors=["Tiago Ferreira"], ld_type="Article", meta="og", pub="2026-03-18T08:00:00+00:00", date="18/03/2026", readmin=5,
    hero="⟪Um pisco-de-peito-ruivo num jardim de Coimbra.⟫", bio="⟪Tiago Ferreira é biólogo e guia de natureza.⟫",
    body="""⟦A primavera é a melhor altura do ano para começar a observar aves.⟧ Não é preciso muito equipamento, apenas curiosidade e alguma paciência.

[[H|1. Escolha uns binóculos simples]]

⟦Uns binóculos 8x42 servem para quase tudo.⟧ Não compre os mais caros antes de saber se gosta.

[[H|2. Comece no jardim]]

[[LIST|⟦Ponha um comedouro e observe durante dez minutos por dia.⟧|Aprenda primeiro as espécies comuns.|Anote o que vê num caderno.]]

[[H|3. Junte-se a um grupo]]

⟦As associações de observação de aves organizam saídas gratuitas quase todos os fins de semana.⟧""",
    kind="other", why="beginner’s how-to guide with numbered steps",
), "lupa"))

PAGES.append(use(dict(
    case="nl-opinion-longread-polder", lang="nl", skin="longread", secpath="beschouwingen",
    url="https://www.delangeadem.example/beschouwingen/2026/03/laat-het-veen-weer-nat-worden",
    h1="Laat het veen weer nat worden", kicker="Beschouwing", section="Opinie", deck="Waarom de polder niet eeuwig droog kan blijven.",
    authors=["Sanne de Wit"], byline_text="Door Sanne de Wit", byline_html='Door <a href="/auteurs/sanne-de-wit">Sanne de Wit</a>',
    ld_authors=["Sanne de Wit"], ld_type="OpinionNewsArticle", ld_section="Opinie", pub="2026-03-28T07:00:00+01:00", date="28 maart 2026", readmin=11,
    hero="⟪Veenweide bij Zegveld, maart 2026.⟫", bio="⟪Sanne de Wit is landschapshistoricus.⟫",
    body="""[[CHAP|1|Zakkende grond]]

⟦Wie door het Groene Hart fietst, ziet het niet, maar de grond zakt elk jaar een centimeter.⟧ Het veen droogt uit, oxideert en verdwijnt letterlijk in de lucht.

[[CHAP|2|Een keuze]]

⟦Ik denk dat we moeten ophouden met het droogmalen van de diepste veenpolders.⟧ Niet overal en niet in één keer, maar wel beslist.

[[FADE]]

Boeren moeten daarvoor ruim worden gecompenseerd. Natte teelten, zoals lisdodde en cranberry’s, bieden een begin van een nieuw verdienmodel.

[[PULL|Boeren moeten daarvoor ruim worden gecompenseerd.]]

⟦Het alternatief is een polder die steeds dieper komt te liggen, met steeds hogere kosten.⟧

⟦Laten we het water weer toelaten, voordat het zelf komt.⟧""",
    kind="opinion", why="beschouwing arguing to rewet peat polders",
), "langeadem"))

PAGES.append(use(dict(
    case="nl-news-sciencemag-dijken", lang="nl", skin="sciencemag", secpath="achtergrond",
    url="https://www.kennislab-magazine.example/achtergrond/2026/03/de-dijk-die-zichzelf-meet",
    h1="De dijk die zichzelf meet", kicker="Achtergrond", crumbs=["Natuur", "Water"], deck="Bij Delfzijl zitten honderden sensoren in een dijk. Ze moeten vertellen wanneer hij zwak wordt.",
    authors=["Pieter Bosman"], byline_text="Door Pieter Bosman", byline_html='Door <a href="/auteurs/pieter-bosman">Pieter Bosman</a>',
    ld_authors=["Pieter Bosman"], ld_type="NewsArticle", pub="2026-03-11T12:00:00+01:00", date="11-03-2026", readmin=6,
    hero="⟪Onderzoekers plaatsen een sensor in de dijk bij Delfzijl.⟫", bio="⟪Pieter Bosman is wetenschapsjournalist.⟫",
    body="""⟦In de dijk bij Delfzijl zitten sinds vorig jaar 340 sensoren verstopt.⟧ Ze meten vocht, druk en beweging, elke vijf minuten.

„We willen weten wat er in een dijk gebeurt vóórdat je het aan de buitenkant ziet”, zegt onderzoeker Marieke Jansen van de TU Delft.

[[FIG|⟪Doorsnede van de dijk met de posities van de sensoren.⟫]]

⟦Tijdens de stormen van januari zagen de onderzoekers de waterdruk binnen enkele uren stijgen.⟧ Dat bevestigt modellen die tot nu toe nooit in het veld waren getest.

[[H|Goedkoper onderhoud]]

⟦Als de metingen betrouwbaar blijken, kan het waterschap gerichter onderhoud plegen.⟧

⟦Volgend jaar worden nog twee dijken uitgerust.⟧""",
    kind="news", why="reported background piece on dike sensors",
), "kennislab"))

PAGES.append(use(dict(
    case="pl-opinion-culturemag-felieton", lang="pl", skin="culturemag", secpath="felietony",
    url="https://www.widnokrag.example/felietony/pochwala-pociagu-osobowego",
    h1="Pochwała pociągu osobowego", kicker="Felieton", crumbs=["Felietony"], section="Felietony",
    authors=["Agnieszka Wróbel"], byline_text="Agnieszka Wróbel", byline_html='<a href="/autorzy/agnieszka-wrobel">Agnieszka Wróbel</a>',
    ld_authors=["Agnieszka Wróbel"], meta="nodate", ld=False, pub="2026-03-14T00:00:00+01:00", date="14 marca 2026", readmin=4,
    hero="⟪Stacja w Bieszczadach.⟫", bio="⟪Agnieszka Wróbel jest pisarką i felietonistką.⟫",
    body="""⟦Lubię pociągi osobowe, te, które zatrzymują się na każdej stacji.⟧ Jadą wolno, często się spóźniają i nikt nie pisze o nich reportaży.

⟦Uważam jednak, że to właśnie one są prawdziwą koleją.⟧ Szybkie pociągi łączą wielkie miasta, osobowe łączą ludzi.

[[AD]]

Każde zamknięcie małej stacji to dla jakiejś wsi koniec kontaktu ze światem. ⟦Państwo powinno finansować te linie tak, jak finansuje drogi.⟧

⟦Wsiądźmy czasem do osobowego i zobaczmy, dokąd jeszcze dojeżdża.⟧""",
    kind="opinion", why="felieton arguing to fund local trains",
), "widnokrag"))

PAGES.append(use(dict(
    case="pl-news-screview-reportaz", lang="pl", skin="screview", secpath="reportaz",
    url="https://www.tygodnikprzystan.example/reportaz/ostatni-zegarmistrz-z-krosna",
    h1="Ostatni zegarmistrz z Krosna", kicker="Reportaż", crumbs=["Reportaż"],
    authors=["Michał Zawada"], byline_text="Michał Zawada", byline_html='<a href="/autorzy/michal-zawada">Michał Zawada</a>',
    ld_authors=["Michał Zawada"], ld_type="NewsArticle", pub="2026-03-19T06:00:00+01:00", date="19.03.2026", readmin=8,
    bio_head="O autorze", bio="⟪Michał Zawada jest reporterem tygodnika.⟫",
    comments=[("Basia K.", "19.03", "⟪Pan Józef naprawił zegar mojego dziadka. Piękny tekst.⟫")],
    body="""⟦Zakład Józefa Lisa mieści się w bramie kamienicy przy rynku.⟧ Ma osiem metrów kwadratowych i ponad sto zegarów, które tykają jednocześnie.

– Ludzie myślą, że to hałas. Dla mnie to cisza – mówi.

[[AD]]

⟦Józef Lis ma 74 lata i naprawia zegary od 1968 roku.⟧ Kiedyś w mieście było siedmiu zegarmistrzów. Dziś został tylko on.

[[PULL|Dziś został tylko on.]]

⟦Klienci przyjeżdżają nawet z Rzeszowa i Krakowa.⟧ Najczęściej przynoszą zegary po dziadkach.

⟦Gdy wychodzę, wszystkie zegary w zakładzie wybijają południe.⟧

[[ISSUE|⟪Tekst ukazał się w numerze 12/2026 Tygodnika Przystań.⟫]]""",
    kind="news", why="reportage about a watchmaker",
), "przystan"))

PAGES.append(use(dict(
    case="pl-other-nextweekly-przepis", lang="pl", skin="nextweekly", secpath="kuchnia",
    url="https://www.magazynzenit.example/kuchnia/2026/03/zurek-na-domowym-zakwasie",
    h1="Żurek na domowym zakwasie", kicker="Kuchnia", section="Kuchnia", deck="Przepis na wielkanocny klasyk krok po kroku.",
    authors=["Ewa Kaczmarek"], byline_text="Ewa Kaczmarek", byline_html='<a href="/autorzy/ewa-kaczmarek">Ewa Kaczmarek</a>',
    ld_authors=["Ewa Kaczmarek"], ld_type="Article", pub="2026-03-30T09:00:00+02:00", date="30 marca 2026", readmin=4,
    hero="⟪Żurek z jajkiem i białą kiełbasą.⟫", bio="⟪Ewa Kaczmarek prowadzi dział kulinarny magazynu.⟫",
    body="""⟦Zakwas na żurek trzeba nastawić mniej więcej pięć dni przed świętami.⟧ Reszta jest prosta.

[[H|Składniki]]

[[LIST|⟦500 ml zakwasu na żurek⟧|300 g białej kiełbasy|2 ziemniaki|1 cebula|2 ząbki czosnku|majeranek, sól, pieprz]]

[[H|Przygotowanie]]

[[OL|Kiełbasę gotuj w litrze wody przez 20 minut.|⟦Dodaj pokrojone ziemniaki i podsmażoną cebulę.⟧|Wlej zakwas, dopraw czosnkiem i majerankiem.|Gotuj jeszcze 10 minut.]]

[[AD]]

⟦Podawaj z jajkiem na twardo i świeżym chlebem.⟧""",
    kind="other", why="recipe with ingredients and steps",
), "zenit"))
