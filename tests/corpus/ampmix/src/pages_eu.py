"""German, French, Spanish, Portuguese, Italian and Polish AMP and mobile pages."""
from common import mk

PAGES = []

PAGES.append(mk(
    "de-news-ampnews-dpa", "https://www.rheinbote.example/panorama/hochwasser-mosel-pegel-sinkt-langsam-a-83a1f2",
    "Hochwasser an der Mosel: Pegel sinkt langsam, Schifffahrt bleibt gesperrt", "dpa", None,
    "2026-02-12T09:45:00+01:00", "12.02.2026, 09:45 Uhr",
    """⟦Nach tagelangem Regen sinken die Pegelstände an der Mosel wieder, doch die Schifffahrt bleibt vorerst gesperrt.⟧ In Trier lag der Wasserstand am Donnerstagmorgen bei 7,80 Metern, rund einen halben Meter unter dem Höchststand vom Dienstag.

Das Wasser- und Schifffahrtsamt teilte mit, der Verkehr auf dem Fluss könne frühestens am Wochenende wieder freigegeben werden. ⟦Zunächst müssten Schleusen und Uferbefestigungen auf Schäden geprüft werden.⟧

[[PHOTO|⟪Überflutete Uferpromenade in Cochem. Foto: dpa⟫]]

In mehreren Orten standen Keller und Straßen unter Wasser. In Zell und Bernkastel-Kues waren Feuerwehr und Technisches Hilfswerk seit Montag im Einsatz, um Sandsäcke zu verteilen und Keller auszupumpen. Verletzt wurde nach Angaben der Behörden niemand.

[[AD]]

⟦Der Deutsche Wetterdienst erwartet für die kommenden Tage trockeneres Wetter.⟧ Erst zur Mitte der nächsten Woche könnte erneut Regen aus Westen aufziehen, allerdings deutlich weniger als zuletzt.

Winzer an den Steillagen sehen die Lage gelassen. Für die Reben sei das Hochwasser im Winter kein Problem, sagte der Vorsitzende eines regionalen Weinbauverbands. Ärgerlich seien vor allem die Schäden an Wegen und Mauern.

⟦Die Kreisverwaltung rief Anwohner auf, Uferwege bis auf Weiteres zu meiden.⟧""",
    ("Glatteis sorgt für Unfälle in der Eifel", "Die Polizei zählte mehr als 40 Unfälle."),
    "Agenturmeldung über Hochwasser",
    site="Rheinbote", meta="full", ld_type="NewsArticle", ld_authors=["org:dpa"], crumbs=["Panorama", "Rheinland-Pfalz"], secpath="panorama"))

PAGES.append(mk(
    "de-opinion-ampnews-kommentar", "https://www.rheinbote.example/meinung/kommentar-zum-deutschlandticket-der-preis-darf-nicht-weiter-steigen-a-5c0e77",
    "Der Preis darf nicht weiter steigen", "Ein Kommentar von Lena Hoffmann", ["Lena Hoffmann"],
    "2026-03-02T17:10:00+01:00", "02.03.2026, 17:10 Uhr",
    """⟦Das Deutschlandticket war die beste verkehrspolitische Idee der vergangenen Jahre.⟧ Ausgerechnet seine Erfinder sind gerade dabei, es kaputtzumachen. Schon wieder soll der Preis steigen, diesmal auf 68 Euro im Monat.

⟦Wer so weitermacht, verspielt das Vertrauen der Fahrgäste.⟧ Der Charme des Tickets lag nie allein im Preis, sondern in seiner Einfachheit: ein Abo, ganz Deutschland, keine Tarifzonen. Jede Erhöhung aber zwingt Pendler, neu zu rechnen, und viele werden zu dem Ergebnis kommen, dass sich das Auto wieder lohnt.

[[NEWS|⟪Der Meinungs-Newsletter: Jeden Freitag die wichtigsten Kommentare⟫]]

Natürlich kostet das Ticket Geld. Bund und Länder streiten seit Monaten darüber, wer die Lücke in den Kassen der Verkehrsverbünde schließt. Doch dieser Streit darf nicht auf dem Rücken der Fahrgäste ausgetragen werden. ⟦Es ist eine Frage des politischen Willens, nicht der Kassenlage.⟧

[[AD]]

Es gäbe Alternativen: eine feste Finanzierung für fünf Jahre, ein Teil der Einnahmen aus der Lkw-Maut, oder ein günstigerer Tarif für Menschen mit kleinem Einkommen. Das alles wäre besser als das jährliche Ritual aus Drohung und Aufschlag.

⟦Die Politik sollte den Preis jetzt einfrieren, bevor die Kunden ihr das Ticket zurückgeben.⟧""",
    ("Bahn testet neue Ruhebereiche im ICE", "Der Versuch läuft zunächst auf zwei Linien."),
    "Kommentar, fordert Preisstopp",
    site="Rheinbote", meta="full", ld_type="OpinionNewsArticle", ld_section="Meinung", crumbs=["Meinung", "Kommentare"], label="Kommentar", secpath="meinung"))

PAGES.append(mk(
    "de-other-mobsite-ratgeber", "https://www.ratgeber-alltag.example/wohnen/heizkosten-sparen-sieben-tipps-fuer-mieter",
    "Heizkosten sparen: Sieben Tipps für Mieter", "Von Jonas Becker", ["Jonas Becker"],
    "2026-01-20T08:00:00+01:00", "20. Januar 2026",
    """⟦Wer zur Miete wohnt, kann an der Heizung selbst wenig ändern, beim Verbrauch aber eine ganze Menge.⟧ Mit ein paar Handgriffen lassen sich nach Schätzung von Verbraucherschützern zehn bis fünfzehn Prozent der Heizkosten sparen.

[[H|1. Richtig lüften]]

⟦Statt das Fenster stundenlang zu kippen, sollten Sie mehrmals täglich fünf Minuten stoßlüften.⟧ So tauschen Sie die Luft aus, ohne die Wände auskühlen zu lassen.

[[H|2. Heizkörper freihalten]]

Möbel, Vorhänge und Wäscheständer vor dem Heizkörper stauen die Wärme. Halten Sie mindestens zwanzig Zentimeter Abstand.

[[H|3. Temperatur anpassen]]

Schon ein Grad weniger spart rund sechs Prozent Energie. ⟦Im Wohnzimmer reichen meist 20 Grad, im Schlafzimmer 17 Grad.⟧

[[AD]]

[[H|4. Heizkörper entlüften]]

Gluckert es im Heizkörper, ist Luft darin. Mit einem Entlüftungsschlüssel aus dem Baumarkt ist das in wenigen Minuten erledigt.

[[H|5. Türen schließen]]

Kühle Räume sollten nicht über offene Türen mitgeheizt werden.

[[H|6. Rollläden nutzen]]

Nachts heruntergelassene Rollläden und dichte Vorhänge halten die Wärme im Raum.

[[H|7. Abrechnung prüfen]]

[[REL|Mehr zum Thema|⟪Nebenkostenabrechnung: Diese Fehler sind häufig⟫|Balkonkraftwerk für Mieter erlaubt]]

⟦Prüfen Sie die Heizkostenabrechnung genau und fragen Sie beim Vermieter nach, wenn Ihnen Posten unklar sind.⟧""",
    ("Stromanbieter wechseln: So geht es", "Der Wechsel dauert meist nur wenige Wochen."),
    "Ratgeber mit Spartipps",
    site="Ratgeber Alltag", meta="og", crumbs=["Wohnen", "Energie"], secpath="wohnen"))

PAGES.append(mk(
    "fr-news-ampnews-marseille", "https://www.lecourrierdusud.example/marseille/2026/03/03/le-tramway-vers-la-belle-de-mai-ouvrira-en-septembre_9911.html",
    "Le tramway vers la Belle de Mai ouvrira en septembre", "Par Camille Roux", ["Camille Roux"],
    "2026-03-03T06:45:00+01:00", "Publié le 03/03/2026 à 06h45",
    """⟦La prolongation du tramway jusqu’à la Belle de Mai sera mise en service en septembre, a annoncé lundi la métropole Aix-Marseille-Provence.⟧ Les essais sans voyageurs commenceront au début de l’été sur les 2,3 kilomètres de la nouvelle section.

Le chantier, lancé en 2023, a pris près d’un an de retard en raison de la découverte de vestiges archéologiques rue Guibal. ⟦Son coût final atteint 148 millions d’euros, contre 120 millions prévus au départ.⟧

[[PHOTO|⟪Les rails posés boulevard National, en février. Photo Le Courrier du Sud⟫]]

La ligne desservira cinq nouvelles stations, dont une devant la friche culturelle, très fréquentée le week-end. Les rames passeront toutes les six minutes aux heures de pointe.

[[AD]]

⟦Les commerçants du boulevard National, qui se plaignent depuis deux ans de la baisse de fréquentation, attendent cette date avec impatience.⟧ « On a perdu un tiers de notre chiffre d’affaires pendant les travaux », explique Karim Benali, gérant d’une boulangerie.

La métropole promet une indemnisation pour les commerces les plus touchés. Un dossier devra être déposé avant le 30 avril.

⟦Le prolongement suivant, vers le quartier de la Capelette, doit être présenté au conseil métropolitain en juin.⟧""",
    ("Marseille : le marché de Noailles va être rénové", "Les travaux débuteront après l’été."),
    "reportage local sur un tramway",
    site="Le Courrier du Sud", meta="full", ld_type="NewsArticle", crumbs=["Marseille", "Transports"], secpath="marseille",
    comments=[("Massilia13", "il y a 2 h", "Enfin ! On n’y croyait plus.")]))

PAGES.append(mk(
    "fr-news-ampmag-decryptage", "https://www.hebdo-eco.example/decryptage/2026/03/10/pourquoi-le-prix-du-beurre-s-envole.html",
    "Pourquoi le prix du beurre s’envole", "Par Julien Moreau", ["Julien Moreau"],
    "2026-03-10T07:00:00+01:00", "10 mars 2026",
    """⟦Le prix du beurre a augmenté de 18 % en un an dans les supermarchés français, une hausse spectaculaire qui surprend les consommateurs.⟧ Derrière ce chiffre se cachent plusieurs causes, dont certaines sont durables.

[[H|Moins de lait collecté]]

⟦La collecte de lait a reculé de 3 % en 2025, selon l’interprofession laitière.⟧ Le nombre d’éleveurs continue de baisser, et la sécheresse de l’été dernier a réduit les stocks de fourrage. Or il faut environ 22 litres de lait pour fabriquer un kilo de beurre.

[[H|Une demande mondiale soutenue]]

La demande de matières grasses laitières progresse en Asie, notamment en Chine et en Indonésie, où la pâtisserie de style européen est à la mode. Les industriels préfèrent donc vendre leur crème à l’export, où elle rapporte davantage.

[[GALLERY|⟪Une laiterie en Normandie. Photo Hebdo Éco⟫|⟪Le rayon crèmerie d’un hypermarché lyonnais⟫]]

[[H|Et maintenant ?]]

⟦Les économistes interrogés n’attendent pas de baisse rapide.⟧ Les négociations commerciales entre distributeurs et industriels, conclues fin février, ont entériné de nouvelles hausses. Certains boulangers ont déjà augmenté le prix du croissant de dix centimes.

Pour les ménages, l’effet reste limité : le beurre pèse peu dans le budget alimentaire. ⟦Mais la hausse est un signal de plus des tensions qui pèsent sur toute la filière laitière.⟧""",
    ("Carburants : les prix repartent à la hausse", "Le gazole dépasse de nouveau 1,80 euro."),
    "décryptage explicatif écrit comme un reportage",
    site="Hebdo Éco", meta="og", crumbs=["Économie", "Décryptage"], label="Décryptage", secpath="decryptage",
    gallery=["Consommation", "Agriculture", "Tribune : sauvons nos éleveurs"]))

PAGES.append(mk(
    "fr-opinion-mobsite-tribune", "https://m.lecourrierdusud.example/opinions/tribunes/2026/03/14/il-faut-rouvrir-les-petites-lignes_9987.html",
    "« Il faut rouvrir les petites lignes ferroviaires »", "Par Hélène Garnier, maire de Digne", ["Hélène Garnier"],
    "2026-03-14T08:00:00+01:00", "Publié le 14/03/2026 à 08h00",
    """⟦Depuis la fermeture de la ligne vers Saint-Auban, ma commune n’est plus reliée au réseau ferré national.⟧ Pour aller à Marseille, il faut prendre un car, puis un train, et compter près de trois heures pour cent cinquante kilomètres.

⟦Je le dis sans détour : l’abandon des petites lignes est une erreur que nous paierons longtemps.⟧ On nous a expliqué qu’elles coûtaient trop cher pour trop peu de voyageurs. Mais les voyageurs ont disparu parce que les trains étaient lents, rares et souvent supprimés.

[[QUOTE|⟦Un territoire sans train est un territoire que l’on invite à se vider.⟧]]

Partout où des régions ont investi, la fréquentation a suivi. En Occitanie, plusieurs lignes rouvertes ont dépassé leurs objectifs dès la deuxième année. Les habitants n’attendaient qu’une offre fiable.

[[NEWS|⟪Recevez chaque semaine notre sélection de tribunes et de chroniques⟫]]

L’État doit cesser de renvoyer la responsabilité aux régions, qui n’ont pas les moyens de financer seules la rénovation des voies. Un plan national, sur dix ans, avec des engagements chiffrés, permettrait de sauver les lignes menacées.

⟦Je demande au gouvernement de faire de la réouverture des petites lignes une priorité.⟧""",
    ("TER : les retards en hausse dans la région", "Un train sur cinq est arrivé en retard en février."),
    "tribune signée d’une maire, plaidoyer",
    site="Le Courrier du Sud", meta="og", crumbs=["Opinions", "Tribunes"], label="Tribune", secpath="opinions"))

PAGES.append(mk(
    "es-news-ampnews-sequia", "https://www.diariodelsur.example/andalucia/2026/03/05/los-embalses-andaluces-superan-el-50-por-ciento.html",
    "Los embalses andaluces superan el 50% por primera vez en tres años", "Carmen Ruiz", ["Carmen Ruiz"],
    "2026-03-05T10:12:00+01:00", "05/03/2026 - 10:12 CET",
    """⟦Los embalses de Andalucía superan ya el 50% de su capacidad, algo que no ocurría desde la primavera de 2023.⟧ Las lluvias de febrero, muy por encima de la media, han dado un respiro a una comunidad que llevaba años en sequía.

Según los datos publicados este jueves por la Junta, ⟦la cuenca del Guadalquivir almacena 4.120 hectómetros cúbicos, un 51% del total.⟧ Hace un año, la cifra apenas llegaba al 24%.

[[PHOTO|⟪El embalse de Iznájar, en Córdoba, a finales de febrero. Foto: Diario del Sur⟫]]

La mejora permitirá levantar algunas restricciones de riego en la campiña cordobesa y sevillana. Los regantes, sin embargo, piden prudencia. «Un mes de lluvia no arregla tres años malos», advierte el presidente de una comunidad de regantes de Écija.

[[AD]]

⟦La Junta mantiene por ahora las restricciones al consumo doméstico en varios municipios de la Costa del Sol.⟧ La consejería de Agricultura revisará la situación a finales de marzo, cuando se conozcan las previsiones para la primavera.

Los expertos recuerdan que el cambio climático hará más frecuentes los periodos secos y que las infraestructuras de la región necesitan inversiones para reducir las pérdidas de agua en las redes.

⟦La Aemet prevé una primavera algo más seca de lo normal en el sur de la península.⟧""",
    ("Sevilla prepara un plan contra el calor en los colegios", "Se instalarán toldos en 40 centros."),
    "noticia sobre reservas de agua",
    site="Diario del Sur", meta="full", ld_type="NewsArticle", crumbs=["Andalucía", "Medio ambiente"], secpath="andalucia"))

PAGES.append(mk(
    "es-opinion-ampmag-urlonly", "https://www.diariodelsur.example/opinion/2026/03/12/la-siesta-no-es-el-problema.html",
    "La siesta no es el problema", "Javier Lozano", ["Javier Lozano"],
    "2026-03-12T06:00:00+01:00", "12 de marzo de 2026",
    """⟦Cada vez que alguien habla de la productividad en España, aparece la siesta como culpable.⟧ Es un tópico cómodo, que se repite en tertulias y en informes extranjeros, y que tiene muy poco que ver con la realidad.

⟦La inmensa mayoría de los trabajadores españoles no duerme la siesta, ni puede permitírsela.⟧ Lo que sí tenemos son jornadas partidas que empiezan a las nueve y terminan a las ocho, con una pausa de dos horas que no sirve para descansar y alarga el día hasta lo absurdo.

[[PHOTO|⟪Oficinas en el centro de Sevilla. Foto: Diario del Sur⟫]]

El problema, por tanto, no es dormir después de comer. Es un horario pensado para otra época, que nos obliga a cenar tarde, a dormir poco y a pasar en la oficina horas que no producen nada.

⟦Yo defiendo la jornada continua allí donde sea posible, y no por pereza.⟧ Las empresas que la han adoptado hablan de menos bajas, menos rotación y empleados más contentos. Y las familias ganan una tarde que hoy pierden entre el trabajo y el tráfico.

Hay sectores donde no es viable, claro. Pero en la administración y en buena parte de las oficinas, bastaría con voluntad.

⟦Dejemos en paz la siesta y hablemos, por fin, de los horarios.⟧""",
    ("Sevilla estrena carril bici en la Ronda Histórica", "El nuevo tramo tiene tres kilómetros."),
    "argumenta por la jornada continua; solo la URL dice opinión",
    site="Diario del Sur", meta="og", crumbs=["Sociedad"], secpath="opinion",
    gallery=["Feria de Abril", "Semana Santa", "Opinión: el turismo necesita límites"]))

PAGES.append(mk(
    "es-other-mobsite-horoscopo", "https://m.revistaluna.example/horoscopo/semanal/aries-semana-del-16-al-22-de-marzo-2026",
    "Horóscopo de Aries: semana del 16 al 22 de marzo", "Por Estrella Navarro", ["Estrella Navarro"],
    "2026-03-15T20:00:00+01:00", "15 mar 2026",
    """⟦Esta semana el Sol sigue en Piscis y te invita a bajar el ritmo antes de tu cumpleaños.⟧ Para Aries, que siempre va con prisa, no es fácil, pero los astros insisten: conviene terminar lo pendiente antes de empezar nada nuevo.

[[H|Amor]]

⟦Venus favorece las conversaciones sinceras, sobre todo a partir del miércoles.⟧ Si tienes pareja, es buen momento para hablar de planes de verano. Si estás soltero, alguien de tu entorno laboral podría sorprenderte con una invitación.

[[H|Trabajo y dinero]]

Mercurio te pide revisar contratos y facturas con calma. Evita firmar nada importante el lunes. ⟦El fin de semana llega con una pequeña alegría económica que no esperabas.⟧

[[AD]]

[[H|Salud]]

Tu energía estará algo baja a mitad de semana. Duerme más, camina al aire libre y reduce el café por la tarde.

[[LIST|⟦Día de suerte: jueves⟧|Número: 7|Color: rojo coral]]

[[REL|Te puede interesar|⟪Tauro: semana del 16 al 22 de marzo⟫|Luna llena de marzo: cómo te afecta]]

⟦Consejo de la semana: escucha antes de responder, aunque te cueste.⟧""",
    ("Compatibilidad de Aries con los signos de fuego", "Leo y Sagitario, tus mejores aliados."),
    "horóscopo semanal",
    site="Revista Luna", meta="bare", crumbs=["Horóscopo", "Aries"], secpath="horoscopo"))

PAGES.append(mk(
    "pt-news-ampnews-chuva", "https://www.jornaldoplanalto.example/cidades/2026/03/09/chuva-forte-alaga-ruas-e-deixa-bairros-sem-energia.ghtml",
    "Chuva forte alaga ruas e deixa bairros sem energia em Campinas", "Por Rafael Souza", ["Rafael Souza"],
    "2026-03-09T21:30:00-03:00", "09/03/2026 21h30",
    """⟦Uma chuva forte que caiu no fim da tarde desta segunda-feira alagou ruas e deixou pelo menos seis bairros sem energia em Campinas.⟧ Segundo a Defesa Civil, choveu 78 milímetros em pouco mais de uma hora, quase metade do previsto para todo o mês.

⟦A avenida Norte-Sul ficou interditada nos dois sentidos durante cerca de duas horas.⟧ Motoristas abandonaram carros na pista, e o trânsito ficou congestionado em boa parte da região central.

[[PHOTO|⟪Carros ilhados na avenida Norte-Sul. Foto: Jornal do Planalto⟫]]

A concessionária de energia informou que cerca de 22 mil imóveis ficaram sem luz, principalmente nos bairros Taquaral e Castelo. As equipes trabalhavam durante a noite para restabelecer o fornecimento.

[[AD]]

Não houve registro de feridos. ⟦O Corpo de Bombeiros atendeu 31 chamados de queda de árvores e alagamentos.⟧

A prefeitura pediu que os moradores evitem áreas de risco e acompanhem os alertas enviados por SMS. A Defesa Civil mantém o alerta para temporais até quarta-feira, com possibilidade de granizo e rajadas de vento.

Moradores do bairro Proença reclamaram que o mesmo ponto alaga todos os anos. A prefeitura diz que as obras de drenagem da região devem começar no segundo semestre.

⟦A previsão é de tempo mais firme a partir de quinta-feira.⟧""",
    ("Vacinação contra gripe começa em abril", "A campanha será aberta a idosos e crianças."),
    "notícia sobre temporal",
    site="Jornal do Planalto", meta="full", ld_type="NewsArticle", crumbs=["Cidades", "Campinas"], secpath="cidades"))

PAGES.append(mk(
    "pt-opinion-mobsite-cronica", "https://m.jornaldoplanalto.example/opiniao/colunistas/ana-lucia-prado/2026/03/16/a-padaria-da-esquina.ghtml",
    "A padaria da esquina", "Ana Lúcia Prado, colunista", ["Ana Lúcia Prado"],
    "2026-03-16T05:00:00-03:00", "16/03/2026 05h00",
    """⟦A padaria da esquina fechou na semana passada, depois de quarenta e dois anos.⟧ Não houve anúncio, nem festa de despedida. Numa manhã a porta simplesmente não abriu, e um papel colado no vidro agradecia aos clientes.

Eu comprava pão ali desde que me mudei para o bairro. O seu Antônio sabia o meu pedido antes de eu abrir a boca. ⟦Era o tipo de lugar que não aparece em nenhuma estatística, mas que segura uma rua inteira.⟧

[[PHOTO|⟪Fachada de padaria em São Paulo. Foto: Jornal do Planalto⟫]]

O que fechou a padaria não foi a falta de clientes. Foi o aluguel, que dobrou em três anos, e a farinha, que subiu junto com tudo. No lugar, dizem, vai abrir mais uma farmácia.

⟦Defendo, sem medo de parecer nostálgica, que as cidades protejam esse comércio de bairro.⟧ Há instrumentos para isso: aluguel social para pequenos negócios antigos, redução de impostos municipais, prioridade em compras públicas. Lisboa e Buenos Aires já fizeram algo parecido.

Não se trata de congelar a cidade no tempo. Trata-se de entender que uma rua com padaria, banca e sapateiro é mais segura, mais viva e mais humana do que uma fileira de portas de aço.

⟦Sinto falta do pão, mas sinto mais falta do bom-dia.⟧""",
    ("Preço do aluguel sobe 12% em um ano", "O índice é o maior desde 2014."),
    "crônica de colunista que defende o comércio de bairro",
    site="Jornal do Planalto", meta="ld", ld_type="OpinionNewsArticle", ld_section="Opinião", crumbs=["Opinião", "Colunistas"], label="Opinião", secpath="opiniao"))

PAGES.append(mk(
    "it-news-ampnews-treni", "https://www.gazzettadelnord.example/cronaca/2026/03/06/frana-sulla-linea-del-brennero-treni-deviati-news-44102",
    "Frana sulla linea del Brennero, treni deviati per tre giorni", "di Marco Ferrari", ["Marco Ferrari"],
    "2026-03-06T13:05:00+01:00", "06 marzo 2026 - 13:05",
    """⟦Una frana caduta nella notte tra Bolzano e Bressanone ha interrotto la linea ferroviaria del Brennero.⟧ Nessun treno era in transito al momento del distacco e non ci sono feriti, ha comunicato la Provincia.

⟦Circa duemila metri cubi di roccia e terra sono finiti sui binari poco dopo le tre del mattino.⟧ I tecnici delle ferrovie stanno verificando la stabilità del versante prima di iniziare a liberare la linea.

[[PHOTO|⟪I detriti sui binari vicino a Chiusa. Foto Gazzetta del Nord⟫]]

I treni regionali sono sostituiti da autobus tra Bolzano e Fortezza. ⟦I convogli internazionali diretti a Monaco e Innsbruck vengono deviati o cancellati.⟧ I viaggiatori possono chiedere il rimborso del biglietto.

[[AD]]

Secondo i geologi della Provincia, la frana è legata alle forti piogge delle ultime settimane, seguite da un brusco aumento delle temperature. Il versante era già monitorato da alcuni anni.

Anche l'autostrada ha registrato rallentamenti per il traffico in più, soprattutto di camion. L'assessore ai trasporti ha detto che la riapertura richiederà almeno tre giorni.

⟦La linea dovrebbe tornare percorribile lunedì mattina, se le verifiche daranno esito positivo.⟧""",
    ("Neve in quota, riaprono gli impianti in Val Gardena", "Gli operatori contano su un buon fine stagione."),
    "cronaca di una frana",
    site="Gazzetta del Nord", meta="full", ld_type="NewsArticle", crumbs=["Cronaca", "Alto Adige"], secpath="cronaca"))

PAGES.append(mk(
    "it-other-ampmag-guida", "https://www.viaggiareitalia.example/guide/2026/03/cosa-vedere-a-matera-in-un-weekend",
    "Cosa vedere a Matera in un weekend", "di Giulia Conti", ["Giulia Conti"],
    "2026-03-08T09:00:00+01:00", "8 marzo 2026",
    """⟦Matera si visita bene in due giorni, a patto di avere scarpe comode e un po’ di pazienza con le scale.⟧ Ecco un itinerario pensato per chi arriva il venerdì sera e riparte la domenica.

[[H|Sabato mattina: i Sassi]]

⟦Cominciate dal Sasso Caveoso, il quartiere più antico, dove le case sono scavate nella roccia.⟧ Una casa-grotta arredata com’era negli anni Cinquanta aiuta a capire come si viveva qui prima dello sgombero.

[[H|Sabato pomeriggio: le chiese rupestri]]

Sull’altopiano della Murgia, di fronte alla città, si trovano decine di chiese scavate nella roccia, alcune con affreschi medievali. Si raggiungono a piedi in circa quaranta minuti dal belvedere.

[[GALLERY|⟪Il Sasso Barisano al tramonto. Foto Viaggiare Italia⟫|⟪Affreschi in una chiesa rupestre della Murgia⟫]]

[[H|Domenica: cattedrale e musei]]

La cattedrale romanica domina la città dall’alto della Civita. ⟦Nei dintorni ci sono piccoli musei dedicati alla civiltà contadina e alla scultura contemporanea.⟧

[[H|Dove mangiare]]

[[LIST|Pane di Matera con olio e pomodoro|Crapiata, zuppa di legumi|Peperoni cruschi fritti]]

⟦Se potete, evitate agosto: fa molto caldo e le strade dei Sassi sono affollate.⟧""",
    ("Lecce in tre giorni: l’itinerario", "Barocco, mare e cucina salentina."),
    "guida di viaggio con itinerario",
    site="Viaggiare Italia", meta="og", crumbs=["Guide", "Basilicata"], secpath="guide",
    gallery=["Weekend", "Borghi", "Il commento: basta turismo mordi e fuggi"]))

PAGES.append(mk(
    "pl-news-ampnews-smog", "https://www.kurierkrakowski.example/krakow/2026/02/18/alarm-smogowy-w-malopolsce-darmowa-komunikacja",
    "Alarm smogowy w Małopolsce. W Krakowie darmowa komunikacja", "Tomasz Wójcik", ["Tomasz Wójcik"],
    "2026-02-18T07:20:00+01:00", "18.02.2026, 07:20",
    """⟦W środę rano w Krakowie i kilku innych miastach Małopolski ogłoszono alarm smogowy.⟧ Stężenie pyłu PM10 przekroczyło w nocy 150 mikrogramów na metr sześcienny, czyli trzykrotnie więcej niż dopuszczalna norma dobowa.

⟦Miasto wprowadziło bezpłatną komunikację miejską dla kierowców samochodów osobowych.⟧ Aby z niej skorzystać, wystarczy mieć przy sobie dowód rejestracyjny pojazdu.

[[PHOTO|⟪Smog nad Nową Hutą we wtorek wieczorem. Fot. Kurier Krakowski⟫]]

Eksperci wskazują, że przyczyną jest bezwietrzna, mroźna pogoda, która sprzyja gromadzeniu się zanieczyszczeń przy ziemi. Problemem pozostają też piece na węgiel w gminach wokół Krakowa, gdzie zakaz palenia węglem wciąż nie obowiązuje.

[[AD]]

⟦Lekarze zalecają, by osoby starsze, dzieci i kobiety w ciąży ograniczyły przebywanie na zewnątrz.⟧ Szkoły odwołały zajęcia wychowania fizycznego na świeżym powietrzu.

Wojewódzki inspektorat ochrony środowiska przypomina, że aktualne pomiary można sprawdzać na bieżąco w aplikacji i na stronie internetowej.

⟦Według prognoz poprawa jakości powietrza nastąpi dopiero w piątek, gdy zacznie wiać zachodni wiatr.⟧""",
    ("Nowa linia tramwajowa na Górkę Narodową gotowa", "Pierwsze tramwaje pojadą w kwietniu."),
    "informacja o alarmie smogowym",
    site="Kurier Krakowski", meta="full", ld_type="NewsArticle", crumbs=["Kraków", "Wiadomości"], secpath="krakow"))

PAGES.append(mk(
    "pl-opinion-mobsite-felieton", "https://m.kurierkrakowski.example/krakow/2026/03/07/kolejka-do-lekarza",
    "Kolejka do lekarza, czyli jak przestaliśmy się dziwić", "Agnieszka Zielińska, felietonistka", ["Agnieszka Zielińska"],
    "2026-03-07T10:00:00+01:00", "07.03.2026, 10:00",
    """⟦W zeszłym tygodniu zadzwoniłam do poradni kardiologicznej i usłyszałam termin: październik przyszłego roku.⟧ Pani w rejestracji powiedziała to spokojnie, jakby podawała godzinę odjazdu autobusu. Ja też się nie zdziwiłam. I to właśnie jest najgorsze.

⟦Przyzwyczailiśmy się do tego, że na specjalistę czeka się rok albo dłużej.⟧ Kto może, idzie prywatnie. Kto nie może, czeka i ma nadzieję, że zdąży.

[[PHOTO|⟪Rejestracja w przychodni w Krakowie. Fot. Kurier Krakowski⟫]]

Politycy od lat obiecują skrócenie kolejek. Zmieniają się ministrowie, nazwy programów i kolory ulotek, a kolejki trwają. ⟦Uważam, że bez uczciwej rozmowy o pieniądzach i o brakach kadrowych nic się nie zmieni.⟧

Potrzebujemy więcej lekarzy i pielęgniarek, ale też lepszej organizacji. Dlaczego wciąż nie ma jednego systemu, w którym widać wszystkie wolne terminy w regionie? Dlaczego pacjent musi dzwonić do pięciu poradni, żeby znaleźć najbliższą wizytę?

To nie są pytania techniczne. To pytania o to, czy państwo traktuje chorych poważnie.

⟦Nie chcę się już nie dziwić, i Państwu też tego nie życzę.⟧""",
    ("Szpital Uniwersytecki otwiera nowy oddział", "Na oddziale będzie 40 łóżek."),
    "felieton argumentujący; tylko rola w podpisie",
    site="Kurier Krakowski", meta="og", crumbs=["Kraków", "Zdrowie"], secpath="krakow"))
