"""Old templates: early WordPress Kubrick (English), a phpBB 2 topic (English), FrontPage (Italian),
Blogger classic (Spanish), AMP (English), a print-friendly page (German), a <marquee> site
(Portuguese)."""

PAGES = []

PAGES.append(dict(
    case="en-opinion-kubrick-allotment", lang="en", skin="kubrick", charset="UTF-8", decl="http-equiv",
    domain="plotfourteen.example", site="Plot Fourteen",
    url="http://plotfourteen.example/2026/03/29/the-waiting-list-is-the-point/",
    h1="The waiting list is the point",
    authors=["Dennis Fairweather"], byline_text="Posted by Dennis Fairweather",
    byline_date_html="March 29th, 2026 <!-- by Dennis Fairweather -->",
    pub="2026-03-29", html_lang="en-US",
    keywords=["allotments", "council", "gardening"],
    tagline="⟪Notes from an allotment on the edge of town⟫",
    prev="Seed potatoes and the art of patience",
    postmeta="Posted by Dennis Fairweather in <a href=\"/category/politics/\">Allotment politics</a> | <a href=\"/edit\">Edit</a> | <a href=\"#comments\">⟪3 Comments &#187;⟫</a>",
    comments_title="3 Responses to &#8220;The waiting list is the point&#8221;",
    comments=[("Jean M", "March 29th, 2026 at 8:14 pm", "⟪Well said. Half plots were the best thing our site ever did.⟫"),
              ("Raj", "March 30th, 2026 at 7:02 am", "I have been on the list for four years, so thank you."),
              ("Colin (plot 22)", "March 30th, 2026 at 9:45 am", "⟪Not sure about the rent though, some of us are pensioners.⟫")],
    side=["Seed potatoes and the art of patience", "⟪Why I gave up on the greenhouse⟫", "The great slug war of 2025", "Rhubarb, again"],
    blogroll=["veg-patch-diaries.example", "muddyboots.example", "allotment-society.example"],
    footer="Plot Fourteen is proudly powered by <a href=\"http://wordpress.example/\">WordPress</a>",
    body="""⟦There are 212 people on the waiting list for an allotment in this town, and the council thinks that is a problem to be managed.⟧ I think it is the best news our allotments have had in forty years.

When I took on plot fourteen in 2009, a third of the site was brambles. Nobody wanted an allotment. The council talked openly about selling the land for houses, and the only reason it did not was that nobody could agree on who owned the access road. ⟦Now there are people queueing to dig, and the council wants to raise the rent to cut the queue.⟧

That is the wrong lesson. A waiting list is not a sign that allotments are too cheap. It is a sign that people want to grow their own food, get out of the house, and talk to neighbours they would otherwise never meet. The council should be asking how to give more of them the chance.

[[H|Three things that would actually help]]

First, split the larger plots. ⟦Many of us, me included, struggle to keep a full plot going, and a half plot is plenty for most families.⟧ Our site did this on a few plots last year and the waiting list moved for the first time in a decade.

Second, look for land. There is a strip behind the old depot on Canal Street that has been fenced off and empty since 2019. It has water, it has a gate, and it would take thirty plots.

Third, keep the rent where it is. The allotment rent is £48 a year for a full plot. Doubling it would raise a few thousand pounds and price out exactly the people who need an allotment most.

[[QUOTE|The council should be asking how to give more of them the chance.]]

I will be taking these points to the allotment association meeting on 14 April, and I would encourage anyone who agrees to come along. ⟦Bring a cake if you can; it helps the committee listen.⟧""",
    kind="opinion", why="allotment blogger argues against raising plot rents",
))

PAGES.append(dict(
    case="en-other-phpbb-boiler", lang="en", skin="phpbb", charset="iso-8859-1", enc="cp1252",
    domain="oldhouseforum.example", site="Old House Forum",
    url="http://www.oldhouseforum.example/viewtopic.php?t=48120",
    h1="Bleeding radiators on a 1930s gravity system - what worked for me",
    authors=["Martin Hale"], byline_text="Martin Hale",
    poster="Martin Hale", rank="Site Admin", joined="Joined: 03 Mar 2006<br />Posts: 4127<br />Location: Leeds",
    pub="2026-02-22", date="Sun Feb 22, 2026 8:41 pm",
    keywords=["radiators", "heating", "old house", "forum"], tagline="⟪Restoring, repairing and living in old houses since 2004⟫",
    forum="Heating and plumbing",
    sig="⟪Martin - 1931 semi, slowly putting back everything the 1970s took out⟫",
    replies=[("jules_b", "Sun Feb 22, 2026 9:30 pm", "⟪Brilliant write-up, the tip about the header tank saved me a plumber call-out.⟫"),
             ("Pete in Bristol", "Mon Feb 23, 2026 7:12 am", "Same system here. Did you ever add inhibitor?"),
             ("Martin Hale", "Mon Feb 23, 2026 8:05 am", "⟪Pete, yes, a litre through the header tank, see above.⟫")],
    jump="Jump to: ⟪Heating and plumbing⟫ | Windows and doors | Damp and timber | Planning and listed buildings",
    footer="⟪Old House Forum is run by volunteers. Please read the rules before posting.⟫",
    body="""⟦A few people have asked in other threads how I got the radiators on our old gravity system working again, so here is the long version.⟧ Ours is a 1931 semi with the original cast iron radiators and a system that was converted to a pumped boiler sometime in the seventies, but the pipework is mostly still the old wide bore.

The problem was the usual one. Downstairs was fine, the upstairs radiators were cold at the top and the one in the back bedroom never got more than lukewarm. Bleeding them helped for a day or two and then they were cold again.

⟦The first thing I learned is that if a radiator keeps filling with air, bleeding it is treating the symptom.⟧ Air is getting in somewhere, or the system is making gas because of corrosion. In our case it was both. The header tank in the loft had a ball valve that stuck, so the water level dropped below the vent pipe and the pump was pulling air in.

So step one was replacing the ball valve, which is a cheap part and an easy job if you turn the water off first. Step two was draining the system down and refilling it, with a litre of inhibitor added through the header tank. ⟦The water that came out was black, which tells you how long it had been since anyone did this.⟧

After refilling, I bled every radiator starting from the lowest one downstairs and working up, with the pump off. Then I ran the heating for an hour and did it all again. It took two rounds before nothing but water came out of the valves.

The last thing was balancing. I closed the lockshield valves on the downstairs radiators by a turn or so, which pushed more hot water upstairs. ⟦Three weeks later, every radiator in the house is hot all the way to the top.⟧""",
    kind="other", why="forum post giving practical heating repair advice",
))

PAGES.append(dict(
    case="it-other-frontpage-ciclabile", lang="it", skin="frontpage", tool="fp", charset="windows-1252", enc="cp1252",
    domain="prolocovaldera.example", site="Pro Loco Valdera",
    url="http://www.prolocovaldera.example/itinerari/ciclabile_del_fiume.htm",
    h1="La ciclabile del fiume: itinerario da Ponte a Pontedera",
    authors=["Lucia Bartolini"], byline_text="a cura di Lucia Bartolini",
    byline_date_html="a cura di Lucia Bartolini - pagina aggiornata il 7 aprile 2026",
    pub="2026-04-07", keywords=["ciclabile", "itinerario", "Valdera", "bicicletta"],
    menu=["Home", "Chi siamo", "Eventi", "Itinerari", "Dove dormire", "Fotogallery", "Contatti"],
    left_html="<b>Itinerari</b><br><a href=\"sentiero_colline.htm\">Il sentiero delle colline</a><br><a href=\"ciclabile_del_fiume.htm\">La ciclabile del fiume</a><br><a href=\"borghi.htm\">Giro dei borghi</a><br><br><b>Prossimi eventi</b><br>⟪Sagra della focaccia, 25 aprile⟫<br>Mercatino dell'antiquariato ogni prima domenica<br>⟪Concerto della banda in piazza, 2 giugno⟫<br>⟪Camminata tra gli ulivi, 10 maggio⟫",
    w=dict(visitors="Visitatori:", guestbook="Firma il nostro guestbook", updated="Ultimo aggiornamento: aprile 2026", archive="Archivio notizie"),
    footer="⟪Pro Loco Valdera - Associazione di promozione turistica - C.F. 90012345678⟫",
    body="""⟦La ciclabile del fiume è il modo più semplice per scoprire la Valdera in bicicletta.⟧ Il percorso segue l’argine per circa 18 chilometri, quasi sempre in piano, ed è adatto anche alle famiglie con bambini e a chi non pedala spesso.

[[H|Partenza e arrivo]]

Si parte dal piazzale del vecchio mulino a Ponte, dove c’è un piccolo parcheggio gratuito e una fontanella. ⟦Il primo tratto, fino al ponte della ferrovia, è asfaltato e condiviso con i pedoni.⟧ Dopo il ponte la ciclabile diventa sterrata ma ben battuta, con fondo compatto anche dopo la pioggia.

[[IMG|Il tratto sterrato lungo l’argine, in primavera]]

A metà strada si incontra l’area di sosta della Fornace, con tavoli, ombra e una bacheca che racconta la storia delle fornaci di mattoni della zona. È il posto ideale per una pausa o per un picnic. L’arrivo è al parco fluviale di Pontedera, a pochi minuti dalla stazione.

[[H|Informazioni utili]]

[[LIST|Lunghezza: 18 km solo andata, circa 1 ora e mezza con soste.|Difficoltà: facile, dislivello quasi nullo.|Bici consigliata: city bike, trekking o mountain bike.|Ritorno: in treno da Pontedera, le bici viaggiano gratis nei regionali.]]

⟦In estate conviene partire presto la mattina, perché lungo l’argine ci sono pochi alberi.⟧ Portate acqua a sufficienza: oltre alla fontanella della partenza e a quella dell’area della Fornace non ci sono altri punti di rifornimento.

Il noleggio bici è disponibile presso l’ufficio della Pro Loco, aperto il sabato e la domenica dalle 9 alle 13. È gradita la prenotazione telefonica. ⟦Buona pedalata, e mandateci le vostre foto per la nostra galleria!⟧""",
    kind="other", why="tourist association guide to a riverside cycle route",
))

PAGES.append(dict(
    case="es-opinion-blogger-persianas", lang="es", skin="blogger", charset="UTF-8", decl="http-equiv",
    domain="desdemiventana.example", site="Desde mi ventana",
    url="http://desdemiventana.example/2026/02/las-persianas-bajadas.html",
    h1="Las persianas bajadas",
    authors=["Ana Belén Quiroga"], byline_text="Publicado por Ana Belén Quiroga",
    byline_date_html="Publicado por Ana Belén Quiroga en 23:05",
    pub="2026-02-26", date="jueves 26 de febrero de 2026",
    keywords=["vivienda", "barrio", "pisos turísticos"],
    imghost="bp3.blogger.example", tagline="⟪Cosas que veo, cosas que pienso, desde un tercero sin ascensor⟫",
    comment_count="6 comentarios", about="Ana Belén Quiroga<br>Maestra en Valencia. Escribo aquí desde 2006, cuando todavía se escribían blogs.",
    side=["El mercado de los sábados", "⟪Carta a mi antigua profesora⟫", "El autobús 19 y sus misterios", "Lo que no cuentan los folletos"],
    archive=["2026_02_01_archive.html", "2026_01_01_archive.html", "2025_12_01_archive.html", "2025_11_01_archive.html"],
    blogroll=["cuadernodelbarrio.example", "lasmananasdepaco.example", "cronicasdeltranvia.example"],
    comments=[("Lola", "27 de febrero de 2026 9:10", "⟪En mi calle pasa lo mismo, ya no conozco a nadie.⟫"), ("Anónimo", "27 de febrero de 2026 11:45", "Los propietarios también tienen derecho a ganarse la vida."),
              ("Jordi", "28 de febrero de 2026 20:02", "⟪Qué bien escrito, Ana, me has hecho pensar en mi abuela.⟫")],
    w=dict(said="dijo...", post_comment="Publicar un comentario", home="Página principal", about="Datos personales", previous="Entradas anteriores", archives="Archivo del blog", links="Blogs que sigo"),
    footer="⟪Los textos de este blog tienen licencia Creative Commons.⟫",
    body="""⟦Desde mi ventana se ven once balcones.⟧ Los he contado esta noche, porque me he dado cuenta de que solo en dos había luz. Los otros nueve tienen las persianas bajadas casi todo el año, y se abren de golpe los viernes, cuando llegan maletas con ruedas que hacen un ruido enorme sobre los adoquines.

Cuando llegué al barrio, hace veinte años, conocía a casi todos los vecinos de la calle. La señora Amparo, que regaba los geranios a las ocho en punto. El matrimonio del segundo, que discutía en valenciano y se reconciliaba en castellano. ⟦Los niños del cuarto, que tiraban aviones de papel al patio y que ahora tienen hijos en otra ciudad.⟧

No quiero escribir una queja contra los turistas. Yo también viajo, yo también he dormido en pisos que eran de alguien. El problema no es la gente que viene a conocer la ciudad. ⟦El problema es que una calle sin vecinos deja de ser una calle y se convierte en un pasillo.⟧

Un pasillo no tiene panadería, porque nadie compra pan para un fin de semana. No tiene mercería, ni zapatero, ni ese bar donde el camarero sabe cómo te gusta el café. Tiene tiendas de recuerdos y cajas con candado para dejar las llaves. Los niños del colegio de la esquina son cada año menos, y este curso han cerrado una de las dos clases de primero.

El ayuntamiento dice que va a limitar las nuevas licencias. Me parece bien, pero llega tarde para mi calle. ⟦Lo que me pregunto es si alguien pensará en devolver algunos de estos pisos a quienes quieren vivir en ellos.⟧

Mañana volveré a contar los balcones. ⟦Ojalá algún día vuelva a ver luz en más de dos.⟧""",
    kind="opinion", why="personal blog essay on tourist flats emptying a street",
))

PAGES.append(dict(
    case="en-news-amp-floodgate", lang="en", skin="amp", charset="utf-8",
    domain="riverdalestar.example", site="Riverdale Star",
    url="https://www.riverdalestar.example/news/2026/04/08/floodgate-tested-amp.html",
    h1="New flood gate passes its first real test as river peaks overnight",
    authors=["Hannah Okafor", "Liam Teague"], byline_text="By Hannah Okafor and Liam Teague",
    byline_date_html="By <a href=\"/staff/hannah-okafor\">Hannah Okafor</a> and <a href=\"/staff/liam-teague\">Liam Teague</a> &middot; <time datetime=\"2026-04-08T07:45:00-05:00\">April 8, 2026, 7:45 a.m.</time>",
    pub="2026-04-08T07:45:00-05:00",
    lead_caption="⟪The new gate at Front Street closed for the first time late Tuesday. (Riverdale Star photo)⟫",
    menu=["Home", "Local News", "Sports", "Obituaries", "Opinion", "Weather", "E-Edition", "Subscribe"],
    w=dict(ad="Advertisement", readmore="Read more:", share="Share this story", related="More local news", full="View the full site"),
    side=["⟪School board approves later start times⟫", "Hospital parking garage to open in June", "Riverdale girls win regional title", "Road work on Route 9 resumes Monday"],
    footer="⟪Copyright 2026 Riverdale Star Publishing. All rights reserved.⟫",
    body="""⟦A flood gate built last year to protect downtown Riverdale closed for the first time late Tuesday, as the Milk River rose to its highest level since 2019.⟧

The river crested at 21.4 feet at the Front Street gauge shortly after 2 a.m. Wednesday, according to the National Weather Service, more than four feet above flood stage. In 2019, a similar crest sent water into more than 40 downtown businesses.

[[IMG|Crews check the gate seals early Wednesday morning]]

This time, Front Street stayed dry. ⟦“It did exactly what it was designed to do,” said city engineer Marisol Vega, who watched the gate close from the levee.⟧ Crews checked the seals every hour through the night and found only minor seepage, she said.

[[AD]]

The $6.8 million project, paid for largely with a state resilience grant, includes the steel gate across Front Street, a raised section of levee along the park, and two new pumps that move rainwater out of the downtown storm drains.

[[REL|⟪How the Front Street flood gate works⟫]]

Business owners who spent Tuesday evening stacking sandbags said they were relieved. ⟦Dale Kowalski, who owns a hardware store a block from the river, said his basement took on six feet of water in 2019.⟧ “I did not sleep much, but I slept,” he said.

Not everyone was protected. Homes on the low-lying east side of the river, outside the new levee, saw water in yards and basements, and the fire department helped evacuate 11 residents by boat. City officials said a second phase of the project, covering the east side, is still waiting for funding.

[[AD]]

The river is expected to fall below flood stage by Thursday evening. ⟦The gate will remain closed until then, and Front Street between Main and Elm will stay shut to traffic.⟧""",
    kind="news", why="local report on flood gate performance during river crest",
))

PAGES.append(dict(
    case="de-news-print-wasserturm", lang="de", skin="printpage", charset="ISO-8859-15", enc="iso8859_15",
    domain="westfalenbote.example", site="Westfalen-Bote",
    url="http://www.westfalenbote.example/lokales/hamm/2026/03/wasserturm-verkauft.php",
    h1="Alter Wasserturm geht an Genossenschaft: Wohnungen statt Abriss",
    authors=["Birgit Overbeck"], byline_text="Von Birgit Overbeck",
    byline_date_html="Von Birgit Overbeck &middot; Hamm, 04.03.2026",
    pub="2026-03-04", title_fmt="Druckversion: %s",
    keywords=["Wasserturm", "Genossenschaft", "Hamm", "Wohnen"],
    links=["http://www.westfalenbote.example/lokales/hamm/2025/11/wasserturm-abriss.php", "http://www.westfalenbote.example/lokales/hamm/2026/01/genossenschaft-gegruendet.php"],
    source_line="Westfalen-Bote Online &middot; Lokales Hamm",
    w=dict(print="Drucken", close="Fenster schließen", url="Adresse dieses Artikels", links="Links in diesem Artikel"),
    after="⟪Alle Rechte vorbehalten. Vervielfältigung nur mit Genehmigung der Redaktion.⟫ ⟪Leserbriefe an: leserbriefe@westfalenbote.example⟫",
    footer="&copy; 2026 Westfalen-Bote Verlag GmbH &amp; Co. KG. ⟪Druckversion erstellt am 04.03.2026⟫ ⟪Kostenloses Probeabo: Telefon 02381 123456⟫",
    body="""⟦Der alte Wasserturm an der Ostenallee wird nicht abgerissen.⟧ Der Rat der Stadt hat am Dienstagabend beschlossen, das denkmalgeschützte Gebäude für einen symbolischen Euro an die Wohnungsgenossenschaft »Turmblick« zu verkaufen. Sie will im Turm und in einem Anbau 24 Wohnungen bauen.

Der 1911 errichtete Turm steht seit mehr als zwanzig Jahren leer. Zuletzt hatte die Stadt einen Abriss geprüft, weil die Sanierung zu teuer schien. ⟦Dagegen hatten sich im vergangenen Herbst mehr als 3000 Bürgerinnen und Bürger mit einer Unterschriftenliste gewehrt.⟧ Aus dieser Initiative ist im Januar die Genossenschaft hervorgegangen.

[[H|Sanierung kostet rund neun Millionen Euro]]

Die Genossenschaft rechnet mit Kosten von rund 9 Mio. €. Ein Teil soll über Fördermittel des Landes für den Denkmalschutz finanziert werden, der Rest über Genossenschaftsanteile und Kredite. ⟦Bisher haben 140 Mitglieder Anteile gezeichnet, sagte Vorstand Heiner Kortmann nach der Sitzung.⟧

Geplant sind Wohnungen zwischen 45 und 95 Quadratmetern, ein Drittel davon öffentlich gefördert. Im obersten Geschoss, wo früher der Wasserbehälter stand, soll ein Gemeinschaftsraum mit Blick über die Stadt entstehen, der auch für Veranstaltungen gemietet werden kann.

Nicht alle im Rat waren überzeugt. Die Fraktion der Freien Wähler stimmte dagegen, weil sie das Risiko für zu groß hält, dass die Stadt am Ende doch für die Sanierung aufkommen muss. Im Vertrag ist deshalb festgelegt, dass der Turm an die Stadt zurückfällt, falls die Arbeiten nicht bis Ende 2029 beginnen.

⟦Baubeginn soll nach den Plänen der Genossenschaft im Frühjahr 2027 sein.⟧""",
    kind="news", why="local council decision on selling water tower to cooperative",
))

PAGES.append(dict(
    case="pt-news-marquee-enchente", lang="pt", skin="marquee", charset="ISO-8859-1", enc="latin-1", unclosed_p=True,
    domain="folhadovale.example", site="Folha do Vale",
    url="http://www.folhadovale.example/noticias/noticia.asp?id=15502",
    h1="Chuva forte alaga centro de São Lourenço e desaloja 30 famílias",
    authors=["Paulo Henrique Siqueira"], byline_text="Por Paulo Henrique Siqueira",
    byline_date_html="Publicada em 13/02/2026 - 17h40 - Por Paulo Henrique Siqueira",
    pub="2026-02-13", keywords=["chuva", "enchente", "São Lourenço"],
    menu=["Página inicial", "Notícias", "Esportes", "Política", "Classificados", "Fotos", "Fale conosco"],
    ticker=["⟪Vacinação contra a gripe começa na segunda-feira⟫", "Prefeitura anuncia concurso com 45 vagas", "⟪Festa do Peão: ingressos à venda⟫"],
    side=["Obras na ponte do Ribeirão começam em março", "⟪Time da cidade estreia no Regional⟫", "Feira livre muda de endereço"],
    w=dict(latest="ÚLTIMAS:", more="Mais notícias", guestbook="Assine nosso livro de visitas", mail="Fale com a redação", visitor="Você é o visitante número", archive="Arquivo", search="Buscar"),
    after="⟪Envie sua notícia para a redação pelo e-mail ou pelo telefone (35) 3332-0000.⟫",
    footer="Folha do Vale - O jornal da nossa terra - desde 1987. ⟪Melhor visualizado em 800x600.⟫",
    body="""⟦Uma chuva forte que durou cerca de duas horas alagou na tarde desta quinta-feira várias ruas do centro de São Lourenço.⟧ Segundo a Defesa Civil, 30 famílias tiveram de deixar suas casas e estão abrigadas no ginásio municipal.

[[IMG|Rua Coronel José Justino tomada pela água na tarde de quinta]]

O temporal começou por volta das 14 horas. Em menos de uma hora, o córrego que atravessa o centro transbordou e a água chegou a quase um metro de altura na Rua Coronel José Justino e na Praça João Lage. Lojas fecharam as portas e comerciantes tentaram salvar as mercadorias colocando-as em prateleiras mais altas.

⟦De acordo com o coordenador da Defesa Civil, Antônio Carlos Meireles, choveu 92 milímetros em duas horas, quase a metade do esperado para todo o mês de fevereiro.⟧ Não houve feridos, mas um muro desabou no bairro Carioca e duas casas foram interditadas por risco de desmoronamento.

A prefeitura montou um ponto de arrecadação de roupas, colchões e alimentos no ginásio. Voluntários da igreja matriz e de um clube de serviço ajudaram a preparar o jantar para os desabrigados. ⟦Quem quiser ajudar pode levar doações até as 20 horas, todos os dias.⟧

Moradores reclamam que o problema se repete todos os anos. "Limpam o córrego depois da enchente, nunca antes", disse o comerciante Valdir Pereira, que perdeu parte do estoque da sua loja de calçados. A prefeitura informou que o projeto de ampliação das galerias pluviais aguarda verba estadual.

A previsão é de mais chuva nos próximos dias. ⟦A Defesa Civil pede que moradores de áreas de risco fiquem atentos e liguem 199 em caso de emergência.⟧""",
    kind="news", why="local report on flash flooding and displaced families",
))
