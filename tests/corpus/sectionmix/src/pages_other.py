"""Other pages: a German theatre review ("Kritik"), an Italian book review ("Recensione"), a French film review
("Critique"), a Dutch recipe ("Recept"), a Brazilian service guide ("Guia") and English partner content."""
from parts import page

PAGES = []

# ---------------------------------------------------------------- German: theatre review, kicker "Kritik"
PAGES.append(page(
    case="de-other-theaterkritik", lang="de", skin="daily", domain="saalezeitung.example", site="Saale-Zeitung",
    url="https://www.saalezeitung.example/kultur/buehne/kritik-der-kirschgarten-am-neuen-theater-halle-4412093",
    h1="Ein Kirschgarten ohne Bäume", kicker="Kritik", crumbs=["Startseite", "Kultur", "Bühne"], meta_section="Kultur",
    deck="Am Neuen Theater inszeniert Clara Wendt Tschechows Klassiker als Wohnungsauflösung. Das gelingt nicht immer.",
    authors=["Stefan Brückner"], byline_text="Von Stefan Brückner", ld_type="Review",
    pub="2026-02-08T18:00:00+01:00", date="08.02.2026, 18:00 Uhr",
    nav=["Region", "Politik", "Kultur", "Sport", "⟪Meinung und Leserbriefe⟫", "Service"],
    cookie="⟪Wir nutzen Cookies, um Ihnen ein optimales Nutzererlebnis zu bieten.⟫", cookie_btns=("Einverstanden", "Anpassen"),
    side=[("Kultur-Tipps", ["⟪Händel-Festspiele: Vorverkauf hat begonnen⟫", "Lesung mit Jana Weiß in der Stadtbibliothek"])],
    more=("Weitere Kritiken", ["⟪Ein Faust, der nicht zur Ruhe kommt⟫", "Konzert: Die Staatskapelle in Hochform"]),
    footer="⟪© 2026 Saale-Zeitung Mediengruppe⟫", footer_nav=["Impressum", "Kontakt", "Datenschutz"],
    body="""<p>⟦Auf der Bühne des Neuen Theaters steht kein einziger Baum.⟧ Stattdessen stapeln sich Umzugskartons bis unter die Decke, und während der gesamten zwei Stunden tragen Möbelpacker in grauen Overalls Stühle, Lampen und ein Klavier hinaus. Clara Wendt erzählt Tschechows „Kirschgarten“ als Wohnungsauflösung – eine Idee, die sofort einleuchtet und sich leider bald erschöpft.</p>
<p>Stark ist der Anfang. Ljubow, gespielt von Katharina Roth, kehrt aus Paris zurück und findet ihr Elternhaus schon halb leer vor. ⟦Roth spielt diese Frau nicht als verwöhnte Gutsherrin, sondern als Erschöpfte,⟧ die jede Entscheidung aufschiebt, weil sie keine Kraft mehr für eine hat. In ihren besten Momenten ist das zum Lachen und zum Weinen zugleich.</p>
<p>Auch Jonas Feld als Lopachin überzeugt. Sein Kaufmann ist kein Emporkömmling, sondern ein unsicherer Mann, der zu laut redet, weil er nie gelernt hat, in diesen Räumen leise zu sein. Wenn er im dritten Akt verkündet, er habe den Garten gekauft, tanzt er allein zwischen den Kartons – der stärkste Moment des Abends.</p>
<p>Problematisch ist das Tempo. Die Möbelpacker sind ständig in Bewegung, und bald lenkt das mehr ab, als es erzählt. ⟦Manche Dialoge gehen im Rumpeln der Kisten schlicht unter.⟧ Die Nebenfiguren bleiben blass; Firs, der alte Diener, wirkt wie vergessen, was am Ende sogar passt, aber vorher zu wenig vorbereitet wird.</p>
<p>Die Musik von Tobias Lenz, ein zerbrechliches Klavierthema, das mit jedem Akt weniger Töne hat, ist dagegen ein kleines Kunststück.</p>
<p>Bleibt ein Abend mit zwei großartigen Darstellern und einer Idee, die für eine Stunde getragen hätte. ⟦Das Premierenpublikum applaudierte freundlich, aber nicht lange.⟧</p>
<p><em>Wieder am 12., 14. und 27. Februar, jeweils 19.30 Uhr.</em></p>""",
    kind="other", why="theatre review with kicker 'Kritik' and Review JSON-LD",
))

# ---------------------------------------------------------------- Italian: book review, kicker "Recensione"
PAGES.append(page(
    case="it-other-recensione", lang="it", skin="portal", domain="corrieredellaspezia.example", site="Corriere della Spezia",
    url="https://www.corrieredellaspezia.example/cultura/libri/recensione-le-isole-di-novembre-di-sara-lombardi-29384",
    h1="«Le isole di novembre», il romanzo sul mare d’inverno", kicker="Recensione", crumbs=["Home", "Cultura", "Libri"], meta_section="Cultura",
    authors=["Giulia Ferraro"], byline_text="di Giulia Ferraro", ld_type="Review", meta="og",
    pub="2026-01-24T09:30:00+01:00", date="24 gennaio 2026 - 09:30",
    nav=["Cronaca", "Politica", "Economia", "Cultura", "⟪Opinioni e commenti⟫", "Sport"],
    cookie="⟪Questo sito utilizza cookie tecnici e di profilazione.⟫", cookie_btns=("Accetta", "Personalizza"),
    side=[("I più letti", ["⟪Cinque Terre, nuove regole per i sentieri⟫", "Lo Spezia pareggia a Bari"])],
    more=("Altre recensioni", ["⟪Un giallo ligure che non convince⟫", "Poesie di confine"]),
    footer="⟪© 2026 Corriere della Spezia Srl – P.IVA 01234560117⟫", footer_nav=["Chi siamo", "Contatti", "Privacy"],
    body="""<p>⟦C’è un’isola che in novembre si svuota quasi del tutto,⟧ e c’è una donna che decide di restarci. Da qui parte «Le isole di novembre» (Edizioni Levante, 248 pagine, 18 euro), il secondo romanzo di Sara Lombardi, che dopo l’esordio di tre anni fa torna al paesaggio che conosce meglio: il Golfo in bassa stagione.</p>
<p>La protagonista, Marta, è una restauratrice di cinquant’anni che accetta di sistemare gli affreschi di una piccola chiesa sull’isola del Tino. Doveva restare un mese; resta un inverno. Intorno a lei ruotano pochi personaggi: il guardiano del faro, una vedova che gestisce l’unico bar, un ragazzo che porta la posta in barca.</p>
<p>⟦Il pregio maggiore del libro è la lingua:⟧ asciutta, precisa, capace di rendere il rumore del vento sulle persiane e l’odore di calce bagnata senza mai scivolare nel pittoresco. Lombardi sa anche tacere, e alcune delle pagine migliori sono quelle in cui non succede quasi niente.</p>
<p>Meno riuscita la parte centrale, dove un segreto di famiglia del guardiano prende troppo spazio e il romanzo rischia di diventare un giallo che non vuole essere. ⟦Alcuni dialoghi suonano più scritti che detti.⟧ Ma il finale, sobrio e aperto, riporta tutto al suo centro.</p>
<p>È un libro che piacerà a chi ama i romanzi di luogo e di attesa, meno a chi cerca una trama serrata. Si legge in due sere e resta in testa a lungo, come certe giornate di mare grigio che sembrano uguali e non lo sono mai.</p>
<p>L’autrice presenterà il romanzo sabato alla libreria Il Porto, alle 18. ⟦Voto: 7,5 su 10.⟧</p>""",
    kind="other", why="book review with kicker 'Recensione' and a score",
))

# ---------------------------------------------------------------- French: film review, kicker "Critique"
PAGES.append(page(
    case="fr-other-critiquefilm", lang="fr", skin="daily", domain="ouestmatin.example", site="Ouest Matin",
    url="https://www.ouestmatin.example/culture/cinema/critique-les-heures-claires-un-premier-film-lumineux-7c91b2",
    h1="« Les Heures claires », un premier film lumineux", kicker="Critique", crumbs=["Accueil", "Culture", "Cinéma"],
    ld_section="Culture", authors=["Camille Renaud"], byline_text="Par Camille Renaud", ld_type="Review",
    pub="2026-03-25T11:00:00+01:00", date="Publié le 25 mars 2026 à 11h00",
    nav=["Actualité", "Bretagne", "Économie", "Culture", "⟪Opinions et tribunes⟫", "Sports"],
    cookie="⟪Nous utilisons des cookies pour améliorer votre expérience de navigation.⟫", cookie_btns=("Accepter", "Paramétrer"),
    side=[("Les plus lus", ["⟪Rennes : le métro fermé dimanche pour travaux⟫", "Le Stade rennais s’impose à Lens"])],
    more=("Nos autres critiques", ["⟪Un thriller glacé qui manque de souffle⟫", "Animation : une fable réussie"]),
    footer="⟪© 2026 Ouest Matin – Tous droits réservés⟫", footer_nav=["Qui sommes-nous", "Contact", "Mentions légales"],
    body="""<p>⟦Il y a des premiers films qui veulent tout dire et d’autres qui savent regarder.⟧ « Les Heures claires », de la Brestoise Anaïs Le Goff, appartient à la seconde catégorie. En une heure et demie, elle suit un été dans la vie de Jeanne, quinze ans, qui aide sa grand-mère à tenir une crêperie sur la presqu’île de Crozon.</p>
<p>Le récit tient en peu de choses : une saison de travail, une amitié avec un saisonnier venu de Lyon, la maladie de la grand-mère que personne ne nomme. ⟦Le Goff filme ces petits riens avec une patience rare,⟧ laissant durer les plans sur les mains qui étalent la pâte ou sur la mer qui change de couleur à chaque heure.</p>
<p>La jeune Lou Marec, dont c’est le premier rôle, est une révélation. Elle joue la maladresse de l’adolescence sans jamais forcer, et ses silences disent plus que bien des dialogues. Face à elle, Françoise Kerhervé compose une grand-mère drôle et bourrue, loin des clichés.</p>
<p>Le film n’est pas sans défauts. ⟦La dernière demi-heure appuie un peu trop sur l’émotion,⟧ et une sous-intrigue autour d’un projet immobilier semble ajoutée pour donner au film un enjeu qu’il n’avait pas besoin d’avoir. La musique, omniprésente, aurait gagné à se faire plus discrète.</p>
<p>Mais on sort de la salle avec le sentiment d’avoir passé un été entier dans ce coin de Finistère, et c’est là le plus beau compliment qu’on puisse faire à un film de vacances.</p>
<p>La réalisatrice viendra présenter son film au cinéma Les Studios de Brest le 3 avril. ⟦En salles à partir du mercredi 25 mars.⟧</p>""",
    kind="other", why="film review with kicker 'Critique' and Review JSON-LD",
))

# ---------------------------------------------------------------- Dutch: recipe, kicker "Recept"
PAGES.append(page(
    case="nl-other-recept", lang="nl", skin="magazine", domain="brabantsekrant.example", site="Brabantse Krant",
    url="https://www.brabantsekrant.example/eten/recept-stamppot-boerenkool-met-geroosterde-pompoen~a4518823/",
    h1="Stamppot boerenkool met geroosterde pompoen en walnoten", kicker="Recept", crumbs=["Home", "Eten en drinken", "Recepten"],
    meta_section="Eten en drinken", authors=["Sanne de Vries"], byline_text="Sanne de Vries",
    ld_type="Recipe", pub="2026-01-10T07:00:00+01:00", date="10 jan. 2026",
    nav=["Nieuws", "Regio", "Sport", "⟪Opinie en columns⟫", "Eten en drinken", "Wonen"],
    cookie="⟪Wij gebruiken cookies om onze website te verbeteren.⟫", cookie_btns=("Akkoord", "Instellingen"),
    side=[("Meest gelezen", ["⟪Nieuwe fietsbrug over het Wilhelminakanaal geopend⟫", "PSV wint topper in eigen huis"])],
    more=("Meer recepten", ["⟪Erwtensoep zoals oma hem maakte⟫", "Snelle pasta met spruitjes"]),
    footer="⟪© 2026 Brabantse Krant B.V.⟫", footer_nav=["Over ons", "Contact", "Privacy"],
    body="""<p>⟦Stamppot hoeft niet saai te zijn.⟧ In deze versie krijgt de klassieke boerenkool gezelschap van zoete geroosterde pompoen, knapperige walnoten en een beetje mosterd. Het gerecht is vegetarisch, maar wie wil kan er een rookworst naast serveren.</p>
<h2>Ingrediënten (4 personen)</h2>
<ul>
<li>1 kg kruimige aardappelen</li>
<li>⟦500 g gesneden boerenkool⟧</li>
<li>half flespompoen (ca. 600 g)</li>
<li>50 g walnoten</li>
<li>150 ml warme melk</li>
<li>30 g roomboter</li>
<li>1 el grove mosterd</li>
<li>2 el olijfolie, zout en peper</li>
</ul>
<h2>Bereiding</h2>
<ol>
<li>Verwarm de oven voor op 200 graden. Schil de pompoen, verwijder de zaden en snijd het vruchtvlees in blokjes van twee centimeter.</li>
<li>⟦Meng de pompoen met de olijfolie, zout en peper⟧ en rooster hem in ongeveer 25 minuten goudbruin en gaar.</li>
<li>Schil de aardappelen, snijd ze in stukken en kook ze in ruim water met zout in 20 minuten gaar. Leg de boerenkool de laatste tien minuten bovenop de aardappelen en laat meekoken met de deksel op de pan.</li>
<li>Rooster intussen de walnoten in een droge koekenpan tot ze lekker ruiken. Hak ze grof.</li>
<li>Giet de aardappelen met de boerenkool af en stamp alles fijn. Roer de boter, de warme melk en de mosterd erdoor en breng op smaak met zout en peper.</li>
<li>⟦Schep de geroosterde pompoen er voorzichtig door⟧ en bestrooi de stamppot met de walnoten.</li>
</ol>
<h2>Tip</h2>
<p>Maak een kuiltje in de stamppot en vul het met een klontje boter of een scheut jus. Restjes zijn de volgende dag lekker als koekjes: vorm platte schijven en bak ze in een pan met een beetje boter bruin aan beide kanten.</p>
<p>Ook lekker met geitenkaas: verkruimel er 100 gram over vlak voor het serveren. ⟦Bereidingstijd: 45 minuten.⟧</p>""",
    kind="other", why="recipe with kicker 'Recept' and Recipe JSON-LD",
))

# ---------------------------------------------------------------- Portuguese (Brazil): service guide, kicker "Guia"
PAGES.append(page(
    case="pt-other-guiaimposto", lang="pt", html_lang="pt-BR", skin="magazine", domain="diariodocerrado.example", site="Diário do Cerrado",
    url="https://www.diariodocerrado.example/economia/guia-imposto-de-renda-2026-passo-a-passo/",
    h1="Imposto de Renda 2026: guia passo a passo para declarar", kicker="Guia", crumbs=["Início", "Economia", "Seu bolso"],
    meta_section="Economia", authors=["Beatriz Nogueira"], byline_text="Beatriz Nogueira",
    pub="2026-03-16T08:00:00-03:00", date="16/03/2026 08h00",
    nav=["Cidades", "Política", "Economia", "⟪Opinião e colunas⟫", "Esportes", "Cultura"],
    cookie="⟪Usamos cookies para melhorar sua experiência em nosso site.⟫", cookie_btns=("Aceitar", "Configurar"),
    side=[("Mais lidas", ["⟪Eixo Monumental terá faixa exclusiva para ônibus⟫", "Gama vence clássico no Bezerrão"])],
    more=("Leia também", ["⟪Como consultar a restituição⟫", "Dependentes: quem pode ser incluído"]),
    footer="⟪© 2026 Diário do Cerrado. Todos os direitos reservados.⟫", footer_nav=["Quem somos", "Fale conosco", "Política de privacidade"],
    body="""<p>⟦O prazo para entregar a declaração do Imposto de Renda 2026 vai de 17 de março a 29 de maio.⟧ Este guia explica, passo a passo, quem precisa declarar, quais documentos separar e como evitar os erros mais comuns.</p>
<h2>Quem precisa declarar</h2>
<p>Deve declarar quem recebeu, em 2025, rendimentos tributáveis acima do limite fixado pela Receita Federal, quem tinha bens acima de 800 mil reais em 31 de dezembro ou quem obteve receita de atividade rural acima do teto. Na dúvida, o programa da Receita indica se a entrega é obrigatória.</p>
<h2>Documentos que você vai precisar</h2>
<ul>
<li>⟦Informes de rendimentos do empregador e dos bancos⟧</li>
<li>Recibos de despesas médicas e de educação</li>
<li>Documentos de compra e venda de imóveis e veículos</li>
<li>Dados de dependentes, com CPF</li>
</ul>
<h2>Passo a passo</h2>
<ol>
<li>Baixe o programa no site da Receita ou use a versão on-line, acessada com a conta gov.br.</li>
<li>⟦Importe a declaração pré-preenchida, se tiver conta prata ou ouro.⟧ Ela já traz a maior parte dos rendimentos e despesas informados por terceiros.</li>
<li>Confira cada ficha e complete o que faltar, como bens e dívidas.</li>
<li>Escolha entre o desconto simplificado e as deduções legais; o programa mostra qual é mais vantajoso.</li>
<li>Transmita a declaração e guarde o recibo.</li>
</ol>
<h2>Erros mais comuns</h2>
<p>Esquecer rendimentos de dependentes, informar despesas médicas sem recibo e deixar de declarar aplicações financeiras são os principais motivos para cair na malha fina. Quem entregar fora do prazo paga multa mínima de 165,74 reais.</p>
<h2>Restituição</h2>
<p>⟦Quem entrega cedo e usa a pré-preenchida recebe a restituição antes.⟧ O primeiro lote será pago em 29 de maio.</p>""",
    kind="other", why="service guide with kicker 'Guia', step-by-step instructions",
))

# ---------------------------------------------------------------- English: sponsored "Partner content" in a news layout
PAGES.append(page(
    case="en-other-partnercontent", lang="en", skin="daily", domain="midlandsgazette.example", site="The Midlands Gazette",
    url="https://www.midlandsgazette.example/partner-content/2026/02/23/why-more-families-are-choosing-heat-pumps",
    h1="Why more Midlands families are choosing heat pumps", kicker="Partner content", byline_label="Sponsored by WarmHome Energy",
    crumbs=["Home", "Partner content"], meta_section="Partner content",
    authors=None, byline_text="Brand Studio", ld_authors=["org:Brand Studio"],
    pub="2026-02-23T09:00:00+00:00", date="23 February 2026",
    nav=["News", "Sport", "Business", "⟪Opinion and letters⟫", "What’s On", "Jobs"],
    cookie="⟪We and our partners use cookies to personalise your experience.⟫", cookie_btns=("Accept", "Options"),
    after="⟪This article was produced by Brand Studio for WarmHome Energy.⟫",
    side=[("Most read", ["⟪Bus station redevelopment gets green light⟫", "Derby County sign striker on loan"])],
    footer="⟪© 2026 Midlands Gazette Media Group⟫", footer_nav=["About us", "Contact", "Privacy"],
    body="""<p>⟦When Sarah and Dan Whitfield moved into their 1960s semi in Loughborough,⟧ the first winter’s gas bill came as a shock. “We were spending more on heating than on our mortgage some months,” Sarah says. Last autumn, the couple replaced their old boiler with an air source heat pump – and they are not alone.</p>
<p>According to industry figures, installations of heat pumps in the East Midlands rose by more than 40 per cent last year. Government grants of up to £7,500 have made the upfront cost far more manageable, and many households are finding that running costs compare well with gas.</p>
<h2>How does a heat pump work?</h2>
<p>⟦An air source heat pump works like a fridge in reverse.⟧ It draws heat from the outside air, even on cold days, and uses it to warm radiators and hot water. Because it moves heat rather than generating it, it can deliver three to four units of heat for every unit of electricity it uses.</p>
<h2>Is my home suitable?</h2>
<p>Most homes can be fitted with a heat pump, although some need better insulation or larger radiators first. WarmHome Energy offers a free home survey, with engineers checking insulation, pipework and radiator sizes before giving a fixed quote.</p>
<p>“People worry that a heat pump won’t keep them warm,” says Priya Shah, WarmHome’s head of installations. ⟦“Once it is set up properly, the house stays at an even temperature all day.”⟧</p>
<p>The Whitfields say their home has never been cosier. “The radiators are never scalding hot, but the rooms are warm all the time,” Dan says. Their energy bills have fallen by around a quarter, and they plan to add solar panels next year.</p>
<h2>Getting started</h2>
<p>WarmHome Energy is offering Gazette readers a free survey and £250 off installation until the end of March. ⟦Book a visit at warmhome.example or call 0800 000 0000.⟧</p>""",
    kind="other", why="sponsored 'Partner content', advertiser named; brand studio byline",
))
