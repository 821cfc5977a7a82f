"""English, Spanish and Portuguese pages."""

PAGES = []

# published and updated both printed; a tweet dated the day before; header date = the update day
PAGES.append(dict(
    case="en-news-newsroom-ferrycuts", lang="en", html_lang="en-GB", skin="newsroom", domain="northerncourier.example", site="The Northern Courier", secpath="news/scotland",
    url="https://www.northerncourier.example/news/scotland/solway-isles-ferry-timetable-cut-winter-sailings-a8812",
    h1="Island ferry to lose a third of its winter sailings under council plan",
    og_title="Island ferry to lose a third of its winter sailings under council plan | The Northern Courier",
    deck="Residents of Inchmore say the cuts would leave them without a same-day return to the mainland hospital on four days a week.",
    section="Scotland", authors=["Fiona MacRae"], byline_text="By Fiona MacRae, Highlands and Islands correspondent",
    byline_html='By <a href="/author/fiona-macrae">Fiona MacRae</a>, Highlands and Islands correspondent',
    ld_authors=["Fiona MacRae"], ld={"datePublished": "2026-03-03T07:30:00Z", "dateModified": "2026-03-05T14:10:00Z"},
    og_pub="2026-03-03T07:30:00Z", og_mod="2026-03-05T14:10:00Z",
    dates='Published <time datetime="2026-03-03T07:30:00Z">3 March 2026</time> · <span class="updated">⟪Updated 5 March 2026, 14:10 GMT⟫</span>',
    topdate="⟪Thursday 5 March 2026⟫", pub="2026-03-03",
    hero="The MV Inchmore Lass at Portbrae pier. Photograph: Courier archive",
    tags=["Ferries", "Islands", "Transport", "Council budgets"],
    related=[("⟪Pier repairs delayed again as costs rise⟫", "⟪12 February 2026⟫"), ("Island school roll falls below 20", "27 January 2026"), ("Ferry fares frozen for third year", "9 January 2026")],
    most=[("Snow gates closed on the A93 overnight", ""), ("Distillery plans 40 jobs at former creamery", ""), ("Five walks for the first weekend of spring", ""), ("Man charged after harbour break-in", "")],
    comments=[("Morag D", "⟪4 March 2026 at 21:02⟫", "We were told the same thing in 2019. Nothing changed then either."), ("Iain_Portbrae", "5 March 2026 at 08:15", "Four days without a return crossing is not a timetable, it is a sentence.")],
    footer="© 2026 Northern Courier Media Ltd. All rights reserved.",
    body="""⟦Ferry sailings to the island of Inchmore would fall by a third this winter under a plan⟧ put to the council’s transport committee on Tuesday, leaving residents without a same-day return to the mainland on four days of the week.

The proposal would cut the route from six return crossings a day to four between October and March, and drop the first morning sailing on Mondays, Wednesdays, Fridays and Saturdays.

[[TWEET|Crossing cancelled again this morning. Third time this week. Dialysis patients rebooked for Thursday.|Inchmore Community Council (@inchmorecc)|⟪March 2, 2026⟫]]

⟦Council officers say the change would save £410,000 a year⟧ and reflect passenger numbers that have fallen by 18 per cent since 2022. They propose a demand-responsive water taxi for medical appointments.

[[ALSO|Pier repairs delayed again as costs rise|12 February 2026]]

“A water taxi that has to be booked 48 hours ahead is no use when your child wakes up with a fever,” said Ruth Campbell, who chairs the island’s community council.

[[AD]]

Updated figures released on Thursday showed that the route ran at a loss of £1.2m last year. ⟦Committee members will vote on the plan on 19 March, after a public meeting on the island.⟧

The ferry operator said it had not been consulted. ⟦A spokesperson said the company would “study the detail before commenting”.⟧""",
    kind="news", why="regional report on a proposed ferry timetable cut",
))

# date only in a wire dateline; no printed date line, no date metadata; header date two days later
PAGES.append(dict(
    case="en-news-newsroom-lagosfuel", lang="en", html_lang="en", skin="newsroom", domain="globalwirenews.example", site="Global Wire News", secpath="world/africa",
    url="https://globalwirenews.example/world/africa/nigeria-fuel-queues-return-as-depot-prices-jump-idGWN7731",
    h1="Fuel queues return to Lagos as depot prices jump 14%",
    og_title="Fuel queues return to Lagos as depot prices jump 14% | Global Wire News",
    section="Africa", authors=None, byline_text="Westwire",
    byline_html='<span class="agency">Westwire</span>',
    ld_authors=["org:Westwire"], ld={}, ld_type="NewsArticle",
    dates='<span class="read-time">3 min read</span>',
    topdate="⟪Friday, March 6, 2026⟫", pub="2026-03-04",
    hero="Motorists queue at a filling station in Lagos. Westwire/File photo",
    tags=["Nigeria", "Energy", "Markets"],
    related=[("⟪Nigeria central bank holds rate at 26.5%⟫", "⟪March 3, 2026⟫"), ("Ghana cedi slides ahead of IMF review", "February 27, 2026"), ("Refinery output hits record in February", "March 2, 2026")],
    most=[("⟪Oil steadies after three-day fall⟫", ""), ("Kenya opens bids for geothermal plant", ""), ("Gold hovers near record", ""), ("Airline strike grounds flights in Accra", "")],
    ticker=[("Asian shares mixed as traders await jobs data", "06:12 GMT"), ("Dollar eases against yen", "05:48 GMT")], ticker_label="Latest",
    footer="© 2026 Global Wire News. Westwire content is used under licence.",
    body="""⟦LAGOS, March 4 (Westwire) – Long queues returned to filling stations in Lagos on Wednesday⟧ after depot prices for petrol rose 14% in a week, traders said, and several independent marketers stopped selling rather than take losses.

The ex-depot price reached 1,140 naira a litre in Lagos, up from 1,000 naira a week earlier, according to three depot owners who asked not to be named.

[[AD]]

Independent stations, which sell about half the petrol consumed in the city, priced the fuel at up to 1,290 naira. ⟦Some closed their pumps, saying they could not sell at the official price⟧ without losing money on each litre.

“We bought at the new price and we are told to sell at the old price. That is not possible,” said Adewale Ogun, who runs two stations in Ikeja.

[[ALSO|Refinery output hits record in February|March 2, 2026]]

The state oil company said in a statement that supply was “adequate” and blamed the queues on panic buying. ⟦It said 42 trucks had been added to the Lagos loading schedule⟧ and that prices would be reviewed on March 16.

Nigeria removed most petrol subsidies ⟦in 2023, and prices have been set by the market since.⟧""",
    kind="news", why="agency report on fuel prices and queues",
))

# republished column: first publication elsewhere printed above the text; page and metadata carry the republication date
PAGES.append(dict(
    case="en-opinion-column-harbourrent", lang="en", html_lang="en-US", skin="column", domain="baysidevoices.example", site="Bayside Voices", secpath="opinion",
    url="https://baysidevoices.example/opinion/2026/02/02/rent-caps-harbour-district-wont-fix-what-zoning-broke/",
    h1="Rent caps won’t fix what zoning broke in the Harbor District",
    og_title="Rent caps won’t fix what zoning broke in the Harbor District – Bayside Voices",
    deck="A city that refuses to build will always end up arguing about who gets the scarce apartments.",
    section="Opinion", authors=["Dolores Whitfield"], byline_text="By Dolores Whitfield",
    role="Contributing columnist", ld_type="OpinionNewsArticle", ld_authors=["Dolores Whitfield"],
    ld={"datePublished": "2026-02-02T09:00:00-08:00", "dateModified": "2026-02-02T09:00:00-08:00"},
    og_pub="2026-02-02T17:00:00Z",
    dates='<time datetime="2026-02-02T09:00:00-08:00">⟪February 2, 2026 at 9:00 a.m. PST⟫</time>',
    before='<p class="republish-note">⟪This column was first published on January 10, 2026, in The Harbor Ledger⟫ and is republished here with permission.</p>\n',
    topdate="⟪Monday, February 2, 2026⟫", pub="2026-01-10",
    bio="Dolores Whitfield is a former city planner and writes about housing in the Bay Area.",
    more=[("⟪Our bus lanes are a half-measure⟫", "⟪December 14, 2025⟫"), ("What the library bond got right", "November 30, 2025")],
    related=[("Council delays vote on tenant protections", "January 29, 2026"), ("Editorial: The housing element is due. Again.", "January 22, 2026")],
    most=[("Ferry terminal reopens after six-month closure", ""), ("The best tacos on the waterfront, ranked", ""), ("School board picks new superintendent", "")],
    comments=[("kt_oakland", "⟪Feb 2, 2026, 11:48 AM⟫", "Finally someone says it out loud.")],
    footer="Copyright © 2026 Bayside Voices. All rights reserved.",
    body="""⟦Every few years the Harbor District discovers that it has too few apartments and too many people who want them,⟧ and every few years the City Council reaches for the same tool: a cap on what landlords may charge.

I understand the impulse. When the median one-bedroom rent rises 11 percent in a year, as it did here in 2025, families who have lived in the district for decades are pushed out within a lease or two.

[[ALSO|Council delays vote on tenant protections|January 29, 2026]]

But a cap divides scarcity; it does not end it. ⟦The district has added 212 homes since 2019, while the waterfront campus added 3,400 jobs.⟧ No rent rule can close that gap.

The real culprit is a zoning map that allows nothing taller than three stories on 80 percent of the district’s residential land. ⟦A parking minimum of two spaces per unit makes small buildings impossible to pencil out.⟧

[[AD]]

The council will hold a hearing on the proposed cap on February 24. If members are serious, they should put an upzoning plan on the same agenda and vote on both together.

Protect the tenants we have, by all means, ⟦and then let the city build for the ones still coming.⟧""",
    kind="opinion", why="signed column arguing for zoning reform over rent caps",
))

# US numeric date with a 12-hour clock in the evening; metadata in UTC on the next day
PAGES.append(dict(
    case="en-other-newsroom-taxguide", lang="en", html_lang="en-US", skin="newsroom", domain="pocketledger.example", site="Pocket Ledger", secpath="money/taxes",
    url="https://www.pocketledger.example/money/taxes/how-to-claim-the-home-office-deduction-if-you-freelance",
    h1="How to claim the home office deduction if you freelance",
    og_title="How to claim the home office deduction if you freelance - Pocket Ledger",
    deck="Two methods, one form and the mistakes that trigger letters. A plain guide for this filing season.",
    section="Taxes", authors=["Marcus Bellamy"], byline_text="By Marcus Bellamy | Reviewed by Janet Oduya, CPA",
    byline_html='By <a href="/authors/marcus-bellamy">Marcus Bellamy</a> | Reviewed by <a href="/experts/janet-oduya">Janet Oduya, CPA</a>',
    ld_type="Article", ld_authors=["Marcus Bellamy"], ld={"datePublished": "2026-03-05T02:15:00Z", "dateModified": "2026-03-06T15:02:00Z"},
    og_pub="2026-03-05T02:15:00Z", og_mod="2026-03-06T15:02:00Z",
    dates='<span class="pub">03/04/2026 9:15 PM EST</span> · <span class="upd">⟪Updated 03/06/2026 10:02 AM EST⟫</span>',
    topdate="⟪Friday, March 6, 2026⟫", pub="2026-03-04",
    hero="A home office set up in a spare bedroom. Getty Images",
    tags=["Taxes", "Self-employment", "Deductions"],
    related=[("⟪Quarterly estimated taxes: the 2026 due dates⟫", "⟪03/02/2026⟫"), ("Do you need an LLC to freelance?", "02/26/2026"), ("The best budgeting apps of 2026", "02/19/2026")],
    most=[("⟪5 CD rates above 4% this week⟫", ""), ("Is a Roth conversion worth it now?", ""), ("What a 720 credit score gets you", "")],
    comments=[("dsanchez", "⟪03/05/2026 7:41 AM⟫", "The simplified method saved me hours last year.")],
    footer="© 2026 Pocket Ledger Inc. Pocket Ledger is not a tax adviser.",
    body="""⟦If you work for yourself and use part of your home only for that work, you may deduct part of your housing costs.⟧ The rules are stricter than many freelancers assume, and the deduction is one of the items most often questioned.

[[H|Who qualifies]]

The space must be used regularly and exclusively for business. ⟦A desk in the corner of the living room where the family also watches television does not qualify;⟧ a spare room used only as an office does.

[[H|The simplified method]]

You multiply the office’s square footage by $5, up to 300 square feet. That caps the deduction at $1,500, but there is no depreciation to track and no need to keep utility bills.

[[AD]]

[[H|The regular method]]

⟦You work out the share of your home the office takes up⟧ and deduct that share of rent or mortgage interest, insurance, utilities and repairs. It usually gives a larger deduction for bigger spaces or expensive homes.

[[NEWS]]

Employees who work from home for an employer cannot claim the deduction, even if they never go to an office. Keep photos of the space and a ⟦floor plan with your tax records for at least three years.⟧""",
    kind="other", why="practical tax guide for freelancers",
))

# relative date printed, absolute date only in <time datetime>; JSON-LD has dateModified only
PAGES.append(dict(
    case="es-news-portal-granizada", lang="es", html_lang="es-MX", skin="portal", domain="diariodelaltiplano.example", site="Diario del Altiplano", secpath="estados",
    url="https://www.diariodelaltiplano.example/estados/granizada-deja-sin-techo-a-300-familias-en-tlaxcala/",
    h1="Granizada deja sin techo a 300 familias en el sur de Tlaxcala",
    og_title="Granizada deja sin techo a 300 familias en el sur de Tlaxcala | Diario del Altiplano",
    deck="Protección Civil instaló tres albergues; el gobierno estatal entregará láminas a partir del lunes.",
    section="Estados", authors=["Rocío Maldonado"], byline_text="Rocío Maldonado | Corresponsal",
    ld_authors=["Rocío Maldonado"], ld={"dateModified": "2026-03-13T09:10:00-06:00"}, og_updated="2026-03-13T09:10:00-06:00",
    dates='<time datetime="2026-03-12T19:40:00-06:00" title="12/03/2026 19:40">⟪hace 2 días⟫</time>',
    topdate="⟪Sábado 14 de marzo de 2026⟫", weather="CDMX 24°C", pub="2026-03-12",
    tags=["Tlaxcala", "granizo", "Protección Civil"],
    ticker=[("Sismo de 4.1 sacude Oaxaca; sin daños", "hace 35 min"), ("Suben tarifas del Metrobús", "hace 1 hora")], ticker_label="Última hora",
    related=[("⟪Lluvias atípicas golpean cosechas en Puebla⟫", "⟪hace 5 horas⟫"), ("Conagua prevé frente frío número 38", "hace 1 día"), ("Cómo pedir apoyo del Fonden estatal", "hace 3 días")],
    most=[("⟪Cierran la México-Puebla por bloqueo⟫", "hace 2 horas"), ("Estos son los horarios del Metro en Semana Santa", "hace 4 horas"), ("Pumas vence a Toluca en CU", "hace 9 horas")],
    footer="© 2026 Diario del Altiplano. Todos los derechos reservados.",
    body="""⟦Una granizada de casi una hora dañó el jueves por la tarde los techos de unas 300 viviendas⟧ en los municipios de Zacatelco, Nativitas y Tetlatlahuca, informó la Coordinación Estatal de Protección Civil.

Las piedras de granizo, de hasta tres centímetros, perforaron láminas de cartón y asbesto y derribaron al menos 40 árboles sobre la carretera federal.

[[ALSO|Conagua prevé frente frío número 38|hace 1 día]]

⟦El coordinador estatal, Efraín Tecpa, dijo que se instalaron tres albergues⟧ en escuelas primarias, donde pasaron la noche 87 personas, la mayoría adultos mayores y niños.

[[AD]]

“Hubo familias que se quedaron literalmente a la intemperie, con el granizo dentro de la casa”, relató Tecpa en entrevista.

⟦El gobierno del estado anunció que a partir del lunes 16 de marzo entregará láminas galvanizadas⟧ a las familias afectadas, previo censo casa por casa.

[[PHOTO|⟪Vecinos retiran granizo de una vivienda en Zacatelco. Foto: Especial⟫]]

El Servicio Meteorológico Nacional mantiene el pronóstico de tormentas para el fin de semana. ⟦Protección Civil pidió no refugiarse bajo árboles ni anuncios espectaculares.⟧""",
    kind="news", why="regional report on hailstorm damage",
))

# 12-hour clock with "p. m." just before midnight in Buenos Aires; metadata in UTC on the next day; event date in the text
PAGES.append(dict(
    case="es-opinion-column-subte", lang="es", html_lang="es-AR", skin="column", domain="laventanaportena.example", site="La Ventana Porteña", secpath="opinion",
    url="https://www.laventanaportena.example/opinion/el-subte-no-puede-seguir-cerrando-a-las-23-nid17032026/",
    h1="El subte no puede seguir cerrando a las 23",
    og_title="El subte no puede seguir cerrando a las 23 - La Ventana Porteña",
    deck="La ciudad que presume de vida nocturna deja a pie a quienes la sostienen.",
    section="Opinión", authors=["Gustavo Ferrándiz"], byline_text="Por Gustavo Ferrándiz",
    role="Periodista y docente", ld_type="OpinionNewsArticle", ld_authors=["Gustavo Ferrándiz"],
    ld={"datePublished": "2026-03-18T02:50:00Z", "dateModified": "2026-03-18T02:50:00Z"}, og_pub="2026-03-18T02:50:00Z",
    dates='<time>Martes, 17 de marzo de 2026 · 11:50 p. m.</time>',
    topdate="⟪Miércoles 18 de marzo de 2026⟫", pub="2026-03-17",
    bio="Gustavo Ferrándiz es periodista, docente de la UBA y usuario diario de la línea B.",
    more=[("⟪Las bicisendas que nadie usa⟫", "⟪3 de marzo de 2026⟫"), ("Defensa del colectivo 60", "17 de febrero de 2026")],
    related=[("El Gobierno porteño evalúa extender el horario los viernes", "16 de marzo de 2026"), ("Subte: cuánto cuesta el boleto desde abril", "12 de marzo de 2026")],
    most=[("⟪Dólar blue: a cuánto cerró este martes⟫", ""), ("Paro de colectivos: qué líneas funcionan", ""), ("River empató en Mendoza", "")],
    comments=[("Laura P.", "⟪18/03/2026 08:12⟫", "Trabajo en un bar de Palermo y tardo dos horas en volver."), ("ezequiel_b", "18/03/2026 09:40", "En Madrid cierra a la 1:30 y no pasa nada.")],
    footer="© 2026 La Ventana Porteña S.A. Prohibida su reproducción total o parcial.",
    body="""⟦Buenos Aires se presenta al mundo como una ciudad que no duerme,⟧ pero su subte cierra de lunes a jueves a las 23. Quien sale de trabajar de un restaurante, de un hospital o de un teatro a esa hora tiene dos opciones: un colectivo que tarda, o un taxi que no puede pagar.

Según los datos de la propia empresa, el último tren de la línea B lleva en promedio 1.400 pasajeros. ⟦No son turistas ni noctámbulos: son mozos, enfermeras, cocineros y guardias de seguridad.⟧

[[ALSO|Subte: cuánto cuesta el boleto desde abril|12 de marzo de 2026]]

El argumento oficial es el mantenimiento. Es cierto que las vías necesitan horas sin trenes. ⟦Pero otras ciudades resuelven eso cerrando por tramos, con buses puente,⟧ y no apagando toda la red a la misma hora.

[[AD]]

La Legislatura tratará el 2 de abril un proyecto para extender el servicio hasta la 1 los viernes y sábados. Es un paso, pero corto.

Una ciudad se mide también por cómo ⟦lleva a casa a quienes trabajan mientras los demás se divierten.⟧""",
    kind="opinion", why="signed column arguing for later metro hours",
))

# date only in the URL path; no printed date and no date metadata; header and rails show other dates
PAGES.append(dict(
    case="pt-news-portal-pedagio", lang="pt", html_lang="pt-BR", skin="portal", domain="gazetadoparana.example", site="Gazeta do Paraná", secpath="parana",
    url="https://gazetadoparana.example/parana/2026/03/09/pedagio-na-br-277-sobe-8-e-caminhoneiros-anunciam-protesto.html",
    h1="Pedágio na BR-277 sobe 8% e caminhoneiros anunciam protesto",
    og_title="Pedágio na BR-277 sobe 8% e caminhoneiros anunciam protesto | Gazeta do Paraná",
    deck="Reajuste vale a partir de domingo nas praças entre Curitiba e Paranaguá.",
    section="Paraná", authors=["Thiago Wendler"], byline_text="Thiago Wendler",
    ld=None, dates='<span class="reading">Leitura: 2 min</span>',
    topdate="⟪sexta-feira, 13 de março de 2026⟫", weather="Curitiba 19°C", pub="2026-03-09",
    tags=["pedágio", "BR-277", "caminhoneiros"],
    ticker=[("Chuva forte atinge Ponta Grossa", "10h42"), ("Concurso da Sanepar tem inscrições abertas", "09h15")], ticker_label="Agora",
    related=[("⟪Porto de Paranaguá bate recorde de exportação de soja⟫", "⟪11/03/2026⟫"), ("Obras na Serra do Mar: veja os desvios", "06/03/2026"), ("ANTT publica novas tarifas para 2026", "27/02/2026")],
    most=[("⟪Coritiba anuncia novo técnico⟫", "12/03/2026"), ("Onde comer barreado em Morretes", "10/03/2026"), ("Frio volta ao Paraná no fim de semana", "13/03/2026")],
    footer="Gazeta do Paraná © 2026 — Todos os direitos reservados.",
    body="""⟦A tarifa de pedágio na BR-277 entre Curitiba e Paranaguá vai subir 8% a partir de domingo (15),⟧ segundo deliberação publicada nesta segunda-feira pela agência reguladora. Para carros de passeio, o valor na praça de São José dos Pinhais passa de R$ 22,40 para R$ 24,20.

A concessionária justificou o reajuste com a inflação do período e com o início das obras de duplicação na Serra do Mar.

[[ALSO|ANTT publica novas tarifas para 2026|27/02/2026]]

⟦O Sindicato dos Transportadores de Cargas convocou um protesto para a próxima quinta-feira (19),⟧ com carreata lenta no acostamento entre os quilômetros 60 e 85.

[[AD]]

“Um caminhão de nove eixos vai pagar mais de R$ 200 só para descer a serra. Isso sai do bolso do motorista”, disse o presidente da entidade, Osvaldo Kruger.

⟦A concessionária afirmou que o protesto não deve bloquear as pistas⟧ e que a Polícia Rodoviária Federal acompanhará a manifestação.

⟦O reajuste ainda pode ser contestado na Justiça pela Assembleia Legislativa.⟧""",
    kind="news", why="regional report on a toll increase and planned protest",
))

# published and updated printed; article:published_time carries the update time (CMS bug), JSON-LD is right
PAGES.append(dict(
    case="pt-opinion-column-eletricos", lang="pt", html_lang="pt-PT", skin="column", domain="jornaldoatlantico.example", site="Jornal do Atlântico", secpath="opiniao",
    url="https://www.jornaldoatlantico.example/opiniao/cronica/os-eletricos-de-lisboa-merecem-mais-do-que-turistas",
    h1="Os elétricos de Lisboa merecem mais do que turistas",
    og_title="Os elétricos de Lisboa merecem mais do que turistas | Jornal do Atlântico",
    section="Opinião", authors=["Inês Carvalhal"], byline_text="Inês Carvalhal",
    role="Cronista", ld_type="OpinionNewsArticle", ld_authors=["Inês Carvalhal"],
    ld={"datePublished": "2026-03-24T07:00:00+00:00", "dateModified": "2026-03-25T18:31:00+00:00"},
    og_pub="2026-03-25T18:31:00Z", og_mod="2026-03-25T18:31:00Z",
    dates='<span class="pub">Publicado a 24 mar 2026, 07:00</span> · <span class="upd">⟪Atualizado a 25 mar 2026, 18:31⟫</span>',
    topdate="⟪quarta-feira, 25 de março de 2026⟫", pub="2026-03-24",
    bio="Inês Carvalhal é arquiteta e escreve às terças-feiras.",
    more=[("⟪A Baixa às nove da noite⟫", "⟪10 mar 2026⟫"), ("Elogio da calçada", "24 fev 2026")],
    related=[("Carris anuncia compra de 15 elétricos articulados", "20 mar 2026"), ("Linha 28: filas de duas horas no Martim Moniz", "14 mar 2026")],
    most=[("⟪Benfica vence em Braga e reforça liderança⟫", ""), ("IRS 2026: o que muda na declaração", ""), ("Greve dos comboios na sexta-feira", "")],
    comments=[("Rui M.", "⟪25 mar 2026, 09:14⟫", "Moro na Graça e desisti do 28 há anos.")],
    footer="© Jornal do Atlântico 2026",
    body="""⟦Quem mora na Graça sabe que o 28 deixou de ser um meio de transporte.⟧ É uma fila de turistas que começa no Martim Moniz às nove da manhã e só acaba ao fim da tarde, e em que os moradores, com os sacos das compras, já não tentam entrar.

Não culpo quem nos visita. O elétrico amarelo é bonito e está em todos os postais. ⟦A culpa é de uma cidade que transformou uma linha de bairro num produto⟧ e se esqueceu de que ela servia, primeiro, para subir a colina.

[[ALSO|Linha 28: filas de duas horas no Martim Moniz|14 mar 2026]]

Há soluções simples. ⟦Um bilhete turístico mais caro e um circuito próprio,⟧ com veículos históricos a partir da Praça da Figueira, libertariam os elétricos regulares para quem vive nas ruas por onde passam.

[[AD]]

A Carris anunciou a compra de 15 elétricos articulados, que chegam em 2027. Boa notícia, mas não chega se continuarem a correr no mesmo percurso postal.

Lisboa precisa de decidir se o ⟦28 é um museu ou uma linha de autocarro sobre carris.⟧""",
    kind="opinion", why="signed column arguing about Lisbon tram use",
))

# European numeric date with the day <= 12 (03/04 = 3 April); only dateModified in JSON-LD; vote date in the text
PAGES.append(dict(
    case="fr-news-newsroom-referendum", lang="fr", html_lang="fr-FR", skin="newsroom", domain="lecourrierdumidi.example", site="Le Courrier du Midi", secpath="occitanie",
    url="https://www.lecourrierdumidi.example/occitanie/montpellier/referendum-local-sur-la-gratuite-des-cantines-la-date-est-fixee_8841205.html",
    h1="Référendum local sur la gratuité des cantines : la date est fixée",
    og_title="Référendum local sur la gratuité des cantines : la date est fixée - Le Courrier du Midi",
    deck="Les habitants de Castelnau-sur-Lez voteront le 12 avril. La majorité municipale est divisée.",
    section="Montpellier", authors=["Camille Roubaud"], byline_text="Par Camille Roubaud",
    ld_authors=["Camille Roubaud"], ld={"dateModified": "2026-04-04T10:02:00+02:00"},
    dates='<span class="pub">Publié le 03/04/2026 à 08h15</span> · <span class="maj">⟪Mis à jour le 04/04/2026 à 10h02⟫</span>',
    topdate="⟪samedi 4 avril 2026⟫", pub="2026-04-03",
    hero="La cantine de l’école Jean-Moulin. Photo archives C. R.",
    tags=["Castelnau-sur-Lez", "Éducation", "Municipales"],
    related=[("⟪Montpellier : la ligne 5 du tram ouvre en juin⟫", "⟪02/04/2026⟫"), ("Cantines : le bio progresse dans l’Hérault", "28/03/2026"), ("Budget 2026 : la taxe foncière stable", "21/03/2026")],
    most=[("⟪Pézenas : un incendie détruit un entrepôt viticole⟫", ""), ("Le MHSC s’impose à Reims", ""), ("Météo : un week-end printanier", "")],
    comments=[("Sylvie34", "⟪03/04/2026 à 12h40⟫", "Enfin une consultation des parents."), ("jpm", "03/04/2026 à 19h02", "Qui va payer ?")],
    footer="© Le Courrier du Midi 2026 - Reproduction interdite",
    body="""⟦Les électeurs de Castelnau-sur-Lez se prononceront par référendum local sur la gratuité des cantines scolaires.⟧ Le conseil municipal a fixé jeudi soir la date du scrutin au dimanche 12 avril, par 19 voix contre 14.

La mesure concernerait 1 150 élèves des six écoles publiques de la commune. Son coût est estimé à 1,3 million d’euros par an.

[[ALSO|Cantines : le bio progresse dans l’Hérault|28/03/2026]]

⟦Le maire, Hervé Castan, défend une « mesure d’égalité »⟧ et propose de la financer par le report de la rénovation de la salle des fêtes. Une partie de sa majorité a voté contre.

[[AD]]

« Promettre la gratuité sans dire ce que l’on supprime, c’est une facilité », a estimé Nadia Ferrier, adjointe aux finances, qui a quitté la séance avant le vote.

⟦Pour être valable, le référendum devra réunir au moins la moitié des inscrits.⟧ Les bureaux seront ouverts de 8 heures à 19 heures.

[[NEWS]]

⟦Le résultat sera proclamé en mairie le soir même.⟧""",
    kind="news", why="local report on a municipal referendum date",
))

# updated printed before published; comments dated the next morning
PAGES.append(dict(
    case="fr-opinion-column-tribune", lang="fr", html_lang="fr-FR", skin="column", domain="lesidees.example", site="Les Idées", secpath="tribunes",
    url="https://www.lesidees.example/tribunes/il-faut-rendre-les-cours-d-ecole-aux-arbres-20260316",
    h1="« Il faut rendre les cours d’école aux arbres »",
    og_title="« Il faut rendre les cours d’école aux arbres » | Les Idées",
    deck="Une urbaniste plaide pour débitumer les cours de récréation avant l’été, et pas seulement dans les grandes villes.",
    section="Tribunes", authors=["Hélène Marchetti"], byline_text="Par Hélène Marchetti, urbaniste",
    role="Urbaniste", ld_type="OpinionNewsArticle", ld_authors=["Hélène Marchetti"],
    ld={"datePublished": "2026-03-16T17:30:00Z", "dateModified": "2026-03-17T08:12:00Z"}, og_pub="2026-03-16T17:30:00Z", og_mod="2026-03-17T08:12:00Z",
    dates='<span class="maj">⟪Mis à jour le 17 mars 2026 à 09h12⟫</span> | <span class="pub">Publié le 16 mars 2026 à 18h30</span>',
    topdate="⟪Mardi 17 mars 2026⟫", pub="2026-03-16",
    bio="Hélène Marchetti est urbaniste et enseigne à l’école d’architecture de Lyon.",
    more=[("⟪Les villes moyennes ont besoin de trains, pas de rocades⟫", "⟪2 février 2026⟫")],
    related=[("Canicule : les écoles les plus chaudes de France", "12 mars 2026"), ("Débat : faut-il fermer les écoles en cas de vague de chaleur ?", "9 mars 2026")],
    most=[("⟪Retraites : ce que contient le nouveau texte⟫", ""), ("Le grand entretien du dimanche", ""), ("Mots croisés n° 1712", "")],
    comments=[("Anne-Laure", "⟪17 mars 2026 à 08:14⟫", "Notre école l’a fait en 2024 : les enfants jouent enfin à l’ombre."), ("Bruno R.", "17 mars 2026 à 10:30", "Et l’entretien des arbres, qui le paie ?")],
    footer="Les Idées © 2026. Tous droits réservés.",
    body="""⟦Chaque été, les cours de récréation deviennent les endroits les plus chauds du quartier.⟧ Le bitume noir y dépasse facilement 55 °C en fin d’après-midi, alors que, sous un tilleul de la même rue, le sol reste à 30 °C.

Nous savons comment faire autrement. Plusieurs villes ont remplacé l’enrobé par de la terre, du gravier clair et des arbres, et mesuré une baisse de cinq à sept degrés de la température ressentie.

[[ALSO|Canicule : les écoles les plus chaudes de France|12 mars 2026]]

⟦Le coût n’est pas l’obstacle que l’on croit : entre 150 et 300 euros le mètre carré,⟧ soit souvent moins qu’une réfection classique du revêtement, qu’il faut de toute façon refaire tous les vingt ans.

[[AD]]

L’obstacle est ailleurs : dans les règlements de sécurité, dans la crainte de la boue, dans l’habitude. ⟦Il faut un plan national, doté d’un fonds pour les petites communes,⟧ qui n’ont ni bureau d’études ni agent pour monter les dossiers.

Les enfants qui auront dix ans ⟦en 2050 vivront des étés bien plus chauds que les nôtres.⟧""",
    kind="opinion", why="signed op-ed arguing for greening schoolyards",
))
