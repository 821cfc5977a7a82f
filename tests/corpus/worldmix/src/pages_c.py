"""French, Italian, Spanish, Portuguese (FR, SN, IT, MX, AR, CO, BR, PT)."""

PAGES = []

# ---------------------------------------------------------------- France: Arc XP, AFP, "Lire aussi", "Mis à jour"
PAGES.append(dict(
    case="fr-news-lyon", lang="fr", country="FR", skin="arc", domain="le-progres-rhone.example",
    site="Le Courrier du Rhône", url="https://www.le-progres-rhone.example/transports/2026/03/13/lyon-le-metro-e-obtient-son-feu-vert",
    secpath="transports", section="Transports",
    title_tag="Lyon : le métro E obtient son feu vert définitif | Le Courrier du Rhône",
    og_title="Métro E : le feu vert définitif, travaux dès 2027",
    kicker="Transports", h1="Lyon : le métro E obtient son feu vert, les travaux commenceront en 2027",
    deck="⟦Le Sytral a voté jeudi soir la déclaration de projet de la future ligne vers l’ouest lyonnais.⟧",
    by_word="Par", byline='<a href="/auteurs/claire-morel">Claire Morel</a> avec AFP', body_extra=["h2.b-subheadline"],
    date="Le 13/03/2026 à 07:15", updated=' <span class="c-date--updated">Mis à jour le 13/03/2026 à 11:40</span>',
    pub="2026-03-13T07:15:00+01:00", mod="2026-03-13T11:40:00+01:00", ld_authors=["Claire Morel"],
    sections_word="Rubriques", ad_label="Publicité",
    topbar='<a href="/abonnement" class="c-button--primary">S’abonner</a> <a href="/connexion">Se connecter</a>',
    nav=["Actualité", ("Lyon", ["Villeurbanne", "Vénissieux", "Croix-Rousse"]), "Faits divers", "Politique", "Économie", "Sport", "OL", "Loisirs", "Météo"],
    ticker=("EN DIRECT", ["⟪Grève des TCL : le point sur le trafic ce vendredi⟫"]),
    figure="Le tracé du métro E reliera Bellecour à Alaï. Photo Sytral",
    body="""<p class="c-paragraph">⟦C’est une étape décisive pour le projet de métro le plus attendu de l’agglomération.⟧ Réunis jeudi soir, les élus du Sytral, l’autorité organisatrice des transports lyonnais, ont approuvé la déclaration de projet de la ligne E, qui reliera la place Bellecour au quartier d’Alaï, à Tassin-la-Demi-Lune.</p>
<p class="c-paragraph">La ligne, longue de 7 kilomètres, comptera six stations. Elle doit transporter jusqu’à 140 000 voyageurs par jour et mettre l’ouest de l’agglomération à un quart d’heure du centre. Coût estimé : 2,2 milliards d’euros.</p>
<div class="b-ad-block"><div class="arcad" id="arcad-inarticle-1"></div><p class="b-ad-block__label">Publicité</p></div>
<div class="c-interstitial-link"><b>Lire aussi :</b> <a href="/transports/2026/02/20/tcl-les-tarifs-augmentent">⟪TCL : les tarifs augmentent de 3 % au 1er juillet⟫</a></div>
<p class="c-paragraph">Les travaux préparatoires commenceront début 2027, pour une mise en service espérée en 2032. ⟦« Nous avons tenu compte des remarques formulées pendant l’enquête publique »⟧, a assuré le président du Sytral, qui évoque notamment la modification de l’emplacement de la station de Point-du-Jour.</p>
<h2 class="c-heading">Des riverains toujours inquiets</h2>
<p class="c-paragraph">La future ligne sera entièrement automatique, comme la ligne D, avec des rames circulant toutes les deux minutes aux heures de pointe. Elle offrira des correspondances avec les lignes A et D à Bellecour, ainsi qu’avec plusieurs lignes de bus et le tram-train de l’ouest lyonnais à Alaï.</p>
<p class="c-paragraph">Pour les habitants des monts d’Or et de l’ouest, qui dépendent aujourd’hui largement de la voiture, le métro doit offrir une alternative attendue depuis les années 1990. Les maires de Tassin, Francheville et Craponne ont salué une décision « historique » dans un communiqué commun.</p>
<p class="c-paragraph">Tous ne sont pas convaincus. Une association de riverains du 5e arrondissement redoute des années de chantier et des fissures dans les immeubles anciens de la colline. Elle envisage un recours devant le tribunal administratif, selon l’AFP.</p>
<div class="b-paywall-teaser"><p>⟪Cet article est réservé aux abonnés⟫. Il vous reste 70 % à découvrir.</p><a href="/abonnement">Je m’abonne</a></div>
<p class="c-paragraph">⟦Le Sytral assure de son côté que le tunnelier passera à plus de 30 mètres de profondeur⟧ sous les zones sensibles et que des capteurs surveilleront les bâtiments pendant toute la durée des travaux.</p>
<p class="c-paragraph">⟦Les premières études de sol ont déjà commencé cet hiver.⟧</p>""",
    exclude=["div.b-ad-block", "div.c-interstitial-link", "div.b-paywall-teaser"],
    after='<a class="c-link" href="/sujets/metro">Métro</a> <a class="c-link" href="/sujets/grand-lyon">⟪Métropole de Lyon⟫</a>',
    related=("À lire aussi", ["⟪Vélo’v : 2 000 nouveaux vélos électriques d’ici l’été⟫", "Part-Dieu : la gare sera fermée un week-end"]),
    mostread=("Les plus lus", ["Météo : un épisode de gel attendu", "OL : le onze probable face à Lens", "Les restaurants qui ouvrent ce mois-ci"]),
    ago="il y a 3 heures",
    cookie="Avec votre accord, nous et nos partenaires utilisons des cookies pour stocker et accéder à des informations sur votre appareil.", cookie_ok="Accepter et fermer",
    footer="© Le Courrier du Rhône 2026 - Tous droits réservés",
    authors=["Claire Morel"], byline_text="Par Claire Morel avec AFP",
    kind="news", why="transport news report with agency contribution",
))

# ---------------------------------------------------------------- Senegal: Jannah, "Contribution" op-ed, no opinion URL
PAGES.append(dict(
    case="fr-opinion-dakar", lang="fr", country="SN", skin="jannah", domain="dakar-actu.example",
    site="Dakar Actu Plus", url="https://www.dakar-actu.example/2026/03/10/le-brt-ne-suffira-pas-a-desengorger-dakar/",
    secpath="contributions", section="Contributions", home="Accueil", search="Rechercher",
    title_tag="Le BRT ne suffira pas à désengorger Dakar (Par Ousmane Diallo) - Dakar Actu Plus",
    h1="Le BRT ne suffira pas à désengorger Dakar",
    byline='<a href="/author/contribution/" class="author-name tie-icon">Contribution</a>',
    date="10 mars 2026", today="mardi 10 mars 2026", reading="4 minutes de lecture",
    pub="2026-03-10T09:30:00+00:00", ld_authors=["org:Dakar Actu Plus"],
    ticker=("Flash Info", ["⟪Coupure d’eau prévue à Pikine ce week-end⟫", "Les Lions en stage à Saly", "Hausse du prix du pain"]),
    nav=["Accueil", ("Actualités", ["Politique", "Société", "Économie"]), "Sport", "Culture", "Régions", "International", "Contributions", "Vidéos"],
    mega_posts=["Le port de Dakar bat un record de trafic"],
    body="""<p><strong>Par Ousmane Diallo</strong></p>
<p>⟦Depuis sa mise en service, le BRT a changé le quotidien de milliers de Dakarois.⟧ Je le prends moi-même deux fois par jour entre Guédiawaye et le centre-ville, et je mesure le progrès : trois quarts d’heure au lieu de deux heures dans les cars rapides. Mais je crois que nous faisons fausse route si nous pensons qu’il réglera à lui seul le problème des embouteillages.</p>
<p>La raison est simple : Dakar continue de grandir vers l’est, alors que les emplois restent concentrés dans le Plateau. Tant que chaque matin un million de personnes devront traverser la presqu’île dans le même sens, aucune ligne de bus, si moderne soit-elle, ne suffira.</p>
<div class="stream-item stream-item-in-post"><span class="stream-title">Publicité</span></div>
<p><strong>LIRE AUSSI :</strong> <a href="/2026/03/02/ter-phase-2-retard/">⟪TER : la phase 2 vers l’aéroport encore retardée⟫</a></p>
<p>⟦Il faut d’abord rapprocher les emplois des habitants.⟧ L’État pourrait installer une partie des administrations à Diamniadio, comme prévu depuis dix ans, et encourager les entreprises à s’y établir par des avantages fiscaux réels. Ensuite, il faut des lignes de rabattement : à quoi sert un BRT rapide si l’on met une heure à pied pour atteindre la station ?</p>
<p>Enfin, les cars rapides et les Ndiaga Ndiaye ne doivent pas être chassés mais intégrés. ⟦Ils connaissent chaque ruelle et transportent encore la majorité des Dakarois.⟧</p>
<p>⟦Dakar mérite mieux qu’une vitrine : elle mérite un vrai réseau.⟧</p>
<p><em>Ousmane Diallo est urbaniste.</em></p>""",
    exclude=["div.stream-item", "p^LIRE AUSSI"],
    after='<span class="tagcloud"><a href="/tag/brt/">BRT</a> <a href="/tag/mobilite/">⟪mobilité urbaine⟫</a></span>',
    related=("Articles similaires", ["⟪Embouteillages : Dakar parmi les villes les plus lentes d’Afrique⟫", "Le prix du ticket BRT inchangé"]),
    mostread=("Les plus lus", ["Bac 2026 : les dates des épreuves", "Lutte : le combat de l’année reporté", "Météo : forte chaleur sur le pays"]),
    ago="il y a 5 heures",
    comments=("Commentaires", [("Modou", "il y a 2 heures", "⟪Très juste, surtout pour Diamniadio⟫")]),
    newsletter=("Newsletter", "⟪Recevez chaque matin l’essentiel de l’actualité sénégalaise⟫", "S’inscrire"),
    footer="© 2026 Dakar Actu Plus - Tous droits réservés",
    authors=["Ousmane Diallo"], byline_text="Par Ousmane Diallo",
    kind="opinion", why="contribution op-ed arguing transport policy",
))

# ---------------------------------------------------------------- Italy: portal, ANSA, "Leggi anche", two ad slots, agency desk
PAGES.append(dict(
    case="it-news-napoli", lang="it", country="IT", skin="tagdiv", domain="cronache-campane.example",
    site="Cronache Campane", url="https://www.cronache-campane.example/napoli/funicolare-centrale-riapre-dopo-lavori/",
    secpath="napoli", section="Napoli", home="Home",
    title_tag="Napoli, riapre la funicolare Centrale dopo otto mesi - Cronache Campane",
    og_title="Riapre la funicolare Centrale: corse ogni 10 minuti",
    h1="Napoli, riapre la funicolare Centrale dopo otto mesi di lavori",
    deck="⟦Nuove cabine, orari prolungati fino all’una di notte nel fine settimana⟧",
    by_word="di", byline='<a class="td-author-name" href="/author/redazione/">Redazione</a>',
    date="16 Marzo 2026", today="lunedì, 16 Marzo 2026",
    pub="2026-03-16T08:45:00+01:00", ld_authors=["org:Redazione Cronache Campane"],
    nav=["Home", ("Napoli", ["Vomero", "Chiaia", "Centro storico"]), "Provincia", "Cronaca", "Politica", "Sport", "Spettacoli", "Opinioni", "Meteo"],
    ticker=("Ultim’ora", ["⟪Traffico in tilt sulla tangenziale per un incidente⟫", "Il Napoli prepara la trasferta di Torino"]),
    body="""<p><strong>NAPOLI</strong> – ⟦Dopo otto mesi di chiusura per lavori di ammodernamento, riapre oggi la funicolare Centrale⟧, che collega via Toledo al Vomero. La prima corsa è partita alle 7 dalla stazione di Augusteo, tra gli applausi di qualche decina di passeggeri.</p>
<p>Le cabine sono state completamente rinnovate e ora possono trasportare fino a 350 persone per corsa. Sono stati sostituiti anche le funi e l’impianto elettrico. Il costo complessivo dei lavori è stato di 18 milioni di euro, secondo quanto riferito dall’azienda dei trasporti.</p>
<div class="td-a-rec td-a-rec-id-content_inline"><span class="td-adspot-title">- Pubblicità -</span></div>
<p><strong>Leggi anche:</strong> <a href="/napoli/metro-linea-1-nuove-stazioni/">⟪Metro Linea 1, le nuove stazioni apriranno entro l’estate⟫</a></p>
<p>⟦Le corse saranno ogni dieci minuti nelle ore di punta⟧ e il servizio sarà prolungato fino all’una di notte il venerdì e il sabato. «Era una richiesta dei residenti e dei commercianti del Vomero», ha spiegato l’assessore ai trasporti.</p>
<p>Soddisfatti i pendolari. «Per otto mesi ho preso tre autobus per arrivare in ufficio», racconta Giovanna, impiegata. ⟦«Oggi ci ho messo sei minuti.»⟧</p>
<p>Restano invece chiuse per manutenzione la funicolare di Montesanto e quella di Mergellina, che dovrebbero riaprire in autunno. ⟦L’azienda ha annunciato un piano di controlli straordinari su tutti gli impianti.⟧</p>
<p class="fonte"><em>(Fonte: ANSA)</em></p>""",
    exclude=["div.td-a-rec", "p^Leggi anche"],
    after='<li><span>TAGS</span></li><li><a href="/tag/funicolare/">funicolare</a></li><li><a href="/tag/vomero/">⟪trasporti Napoli⟫</a></li>',
    related=("Articoli correlati", ["⟪Anm, arrivano 40 nuovi autobus elettrici⟫", "Vomero, nuova isola pedonale in via Scarlatti"]),
    mostread=("I più letti", ["Meteo Napoli, arriva la pioggia", "Concorso Comune di Napoli: il bando", "Stadio Maradona, lavori in estate"]),
    ago="2 ore fa",
    cookie="Questo sito utilizza cookie tecnici e, previo tuo consenso, cookie di profilazione. Chiudendo questo banner acconsenti.", cookie_ok="Accetta",
    footer="© 2026 Cronache Campane - P.IVA 01234567890 - Tutti i diritti riservati",
    authors=None, byline_text="di Redazione",
    kind="news", why="local transport news report, unsigned desk",
    body_extra=["p.td-post-sub-title"],
))

# ---------------------------------------------------------------- Mexico: custom portal, "hace 2 horas", Redacción, "Te recomendamos"
PAGES.append(dict(
    case="es-news-cdmx", lang="es", country="MX", skin="portal", px="nota", body_cls="nota__body",
    domain="el-capitalino.example", site="El Capitalino",
    url="https://www.el-capitalino.example/metropoli/cdmx/2026/03/18/linea-12-del-metro-reabre-tramo-elevado/",
    section="Metrópoli", crumbs=["Inicio", "Metrópoli", "CDMX"],
    title_tag="Línea 12 del Metro reabre tramo elevado: horarios y estaciones | El Capitalino",
    h1="Reabre el tramo elevado de la Línea 12 del Metro tras cinco años",
    deck="⟦Las estaciones Culhuacán a Tláhuac vuelven a operar con horario completo desde este miércoles.⟧",
    byline='<span class="nota__author">Redacción El Capitalino</span>',
    date='<span class="nota__ago">hace 2 horas</span>', updated=' <span class="nota__pubdate">18/03/2026 07:30</span>',
    pub="2026-03-18T07:30:00-06:00", ld_authors=["org:Redacción El Capitalino"],
    today="Miércoles 18 de marzo de 2026",
    topbar='<a href="/suscripcion">Suscríbete</a> <a href="/ingresar">Ingresar</a>',
    nav=["Inicio", ("Metrópoli", ["CDMX", "Edomex", "Movilidad", "Seguridad"]), "Nación", "Mundo", "Finanzas", "Deportes", "Espectáculos", "Opinión", "Tendencias", "Videos"],
    ticker=("Última hora", ["⟪Sismo de magnitud 4.8 sacude Oaxaca; no se reportan daños⟫", "Hoy No Circula: qué autos descansan este jueves"]),
    figure="Usuarios en la estación Tezonco de la Línea 12. Foto: Cuartoscuro",
    body="""<p>⟦El tramo elevado de la Línea 12 del Metro, que va de Culhuacán a Tláhuac⟧, volvió a operar este miércoles con horario completo, casi cinco años después del colapso que obligó a cerrarlo.</p>
<p>El Sistema de Transporte Colectivo informó que los trenes circularán de 5:00 a 24:00 horas entre semana, con intervalos de cinco minutos en horas pico. Durante las primeras semanas habrá personal de apoyo en todas las estaciones.</p>
<div class="nota__recomendamos"><span>Te recomendamos:</span> <a href="/metropoli/cdmx/2026/03/10/tarifa-metro-2026/">⟪¿Subirá el precio del boleto del Metro? Esto dijo el gobierno⟫</a></div>
<p>⟦Vecinos de Tláhuac celebraron la reapertura, aunque con reservas.⟧ «Nos tardábamos hasta dos horas en llegar a Mixcoac en los autobuses que pusieron de apoyo», contó Rosa María Hernández, comerciante de San Lorenzo Tezonco.</p>
<div class="ad-dfp ad-dfp--box"><div id="gpt-box-1"></div><span>Publicidad</span></div>
<p>Las autoridades aseguraron que la estructura fue reforzada con nuevas trabes y que un comité externo revisó los trabajos. ⟦Cada seis meses se publicará un informe de inspección⟧, según el director del organismo.</p>
<div class="nota__recomendamos"><span>Te recomendamos:</span> <a href="/metropoli/cdmx/2026/03/12/trolebus-elevado/">⟪Trolebús elevado amplía su horario⟫</a></div>
<p>⟦Las rutas de autobuses que sustituían al Metro dejarán de operar el próximo lunes.⟧</p>
<div class="nota__follow">⟪Síguenos en Google Noticias para mantenerte informado⟫</div>""",
    exclude=["div.nota__recomendamos", "div.ad-dfp", "div.nota__follow"],
    after='<div class="nota__tags"><a href="/tags/metro-cdmx">Metro CDMX</a> <a href="/tags/stc">⟪Sistema de Transporte Colectivo Metro⟫</a></div>',
    related=("Notas relacionadas", ["⟪Así funcionará el nuevo Cablebús en Iztapalapa⟫", "Cierran Calzada de Tlalpan por obras"]),
    mostread=("Lo más visto", ["Clima en CDMX: lluvias por la tarde", "Precio del dólar hoy", "Resultados de la Liga MX"]),
    times=["hace 1 hora", "hace 3 horas", "ayer"],
    cookie="Utilizamos cookies para mejorar tu experiencia. Al continuar navegando aceptas nuestro aviso de privacidad.", cookie_ok="Aceptar",
    footer="© 2026 El Capitalino. Todos los derechos reservados.",
    authors=None, byline_text="Redacción El Capitalino",
    kind="news", why="news report on metro line reopening",
    body_extra=["p.nota__lead"],
))

# ---------------------------------------------------------------- Argentina: Arc XP, column (byline role only), "Seguí leyendo"
PAGES.append(dict(
    case="es-opinion-baires", lang="es", country="AR", skin="arc", domain="diario-del-plata.example",
    site="Diario del Plata", url="https://www.diario-del-plata.example/sociedad/2026/03/07/la-ciudad-que-no-sabe-esperar/",
    secpath="sociedad", section="Sociedad",
    title_tag="La ciudad que no sabe esperar - Diario del Plata",
    kicker="Sociedad", h1="La ciudad que no sabe esperar",
    by_word="Por", byline='<a href="/autor/martin-ferreyra/">Martín Ferreyra</a> <span class="b-byline__role">Columnista</span>',
    date="7 de marzo de 2026", pub="2026-03-07T00:01:00-03:00", ld_authors=["Martín Ferreyra"], ld_section="Sociedad",
    sections_word="Secciones", ad_label="Publicidad",
    topbar='<a href="/suscripciones" class="c-button--primary">Suscribite</a> <a href="/ingresar">Ingresar</a>',
    nav=["Últimas noticias", "Política", "Economía", "Sociedad", "El Mundo", "Deportes", "Espectáculos", "Cultura", "Opinión"],
    body="""<p class="c-paragraph">⟦Hace unos días, en una esquina de Palermo, vi a un conductor tocar bocina⟧ durante casi un minuto porque una señora mayor tardaba en cruzar. La señora no apuró el paso; él no dejó de tocar. Nadie dijo nada. Me quedé pensando en esa escena todo el día.</p>
<p class="c-paragraph">Creo que Buenos Aires se volvió una ciudad que no sabe esperar. Esperamos el colectivo mirando el celular con fastidio, esperamos en la fila del banco como si fuera una ofensa personal, y en el tránsito cada segundo perdido parece una injusticia.</p>
<div class="b-ad-block"><div class="arcad" id="arcad-inline"></div></div>
<div class="c-interstitial-link"><span>Seguí leyendo:</span> <a href="/sociedad/2026/02/28/ciclovias-nuevas/">⟪Las nuevas ciclovías que llegan a Caballito y Flores⟫</a></div>
<p class="c-paragraph">⟦La impaciencia tiene costos concretos.⟧ Las estadísticas de siniestros viales muestran que la mayoría de los atropellos ocurren en cruces con semáforo, cuando alguien decide que la luz amarilla todavía es verde. No es un problema de infraestructura solamente: es de cultura.</p>
<p class="c-paragraph">No tengo una receta. Pero sospecho que empezar por lo chico ayudaría: frenar en la senda peatonal, ceder el asiento, dejar bajar antes de subir. ⟦Son gestos que no cuestan nada y que cambian el clima de una ciudad.⟧</p>
<p class="c-paragraph">⟦Tal vez la próxima vez que alguien tarde en cruzar, podamos simplemente esperar.⟧</p>""",
    exclude=["div.b-ad-block", "div.c-interstitial-link"],
    authorbox='<div class="b-author-bio"><p>⟪Martín Ferreyra es periodista y escritor. Publicó tres libros de crónicas⟫.</p></div>',
    related=("Más noticias", ["⟪Subte: cuándo abre la nueva estación de la línea E⟫", "Ola de calor en el AMBA"]),
    mostread=("Lo más leído", ["Dólar hoy: a cuánto cotiza", "Boca y River, fecha confirmada", "Aumentos de prepagas en abril"]),
    ago="hace 6 horas",
    cookie="⟪Usamos cookies para darte una mejor experiencia.⟫", cookie_ok="Entendido",
    footer="© 2026 Diario del Plata. Todos los derechos reservados.",
    authors=["Martín Ferreyra"], byline_text="Por Martín Ferreyra, Columnista",
    kind="opinion", why="column (role Columnista) arguing about urban impatience",
))

# ---------------------------------------------------------------- Colombia: listicle travel guide, Soledad, "Actualizado"
PAGES.append(dict(
    case="es-other-bogota", lang="es", country="CO", skin="soledad", domain="viajeros-colombia.example",
    site="Viajeros Colombia", url="https://viajeros-colombia.example/bogota/planes-gratis-en-bogota/",
    secpath="bogota", section="Bogotá", home="Inicio",
    title_tag="7 planes gratis en Bogotá para este fin de semana » Viajeros Colombia",
    h1="Siete planes gratis en Bogotá para disfrutar el fin de semana",
    byline='<a href="/author/valentina-rojas/">Valentina Rojas</a>',
    date="5 marzo, 2026", updated=' <span class="penci-updated">Actualizado: 11 marzo, 2026</span>',
    pub="2026-03-05T09:00:00-05:00", mod="2026-03-11T16:00:00-05:00", ld_type="BlogPosting", ld_authors=["Valentina Rojas"],
    reading="5 minutos",
    nav=["Inicio", "Bogotá", "Caribe", "Eje Cafetero", "Presupuesto", "Gastronomía", "Guías"],
    body="""<p>⟦Bogotá puede ser una ciudad costosa, pero también tiene muchos planes que no cuestan un peso.⟧ Estos son siete que puedes hacer este fin de semana.</p>
<h2>1. Ciclovía dominical</h2>
<p>Cada domingo y festivo, de 7:00 a 14:00, más de 120 kilómetros de vías se cierran a los carros. Puedes ir en bicicleta, patines o a pie.</p>
<h2>2. Museo del Oro</h2>
<p>⟦La entrada es gratuita los domingos y tiene la colección de orfebrería prehispánica más grande del mundo.⟧ Llega temprano porque se llena.</p>
<div class="penci-ad-inline"><ins class="adsbygoogle"></ins></div>
<h2>3. Quebrada La Vieja</h2>
<p>Un sendero entre eucaliptos en los cerros orientales. Hay que registrarse en línea y subir antes de las 9:00.</p>
<h2>4. Mercado de las pulgas de Usaquén</h2>
<p>Artesanías, música en vivo y mucho ambiente. No hace falta comprar nada para pasarla bien.</p>
<div class="penci-inline-related"><strong>También te puede interesar:</strong> <a href="/bogota/mejores-cafes/">⟪Los mejores cafés de especialidad en Chapinero⟫</a></div>
<h2>5. Parque Simón Bolívar</h2>
<p>⟦El pulmón de la ciudad es perfecto para un picnic o para ver a las familias volando cometa.⟧</p>
<h2>6. Biblioteca Virgilio Barco</h2>
<p>Su arquitectura de ladrillo y agua merece la visita aunque no vayas a leer.</p>
<h2>7. Grafitour en La Candelaria</h2>
<p>⟦Varios colectivos ofrecen recorridos a cambio de una propina voluntaria.⟧</p>""",
    exclude=["div.penci-ad-inline", "div.penci-inline-related"],
    after='<a href="/tag/bogota/">Bogotá</a> <a href="/tag/planes-gratis/">⟪planes gratis⟫</a>',
    authorbox='<div class="post-author"><div class="author-content"><h5>Valentina Rojas</h5><p>⟪Periodista de viajes, bogotana y amante del café⟫.</p></div></div>',
    related=("Te puede gustar", ["⟪Qué hacer en Villa de Leyva en un día⟫", "Guía para subir a Monserrate"]),
    mostread=("Más leídos", ["Los pueblos más bonitos de Boyacá", "Cuánto cuesta viajar a San Andrés", "Festivales de abril"]),
    cookie="Este sitio usa cookies para mejorar tu experiencia de navegación.", cookie_ok="Acepto",
    footer="© 2026 Viajeros Colombia",
    authors=["Valentina Rojas"], byline_text="Valentina Rojas",
    kind="other", why="listicle travel guide with numbered h2 parts",
))

# ---------------------------------------------------------------- Brazil: big portal, "Leia também", byline "Por ..., g1"-like, Atualizado
PAGES.append(dict(
    case="pt-news-saopaulo", lang="pt", country="BR", skin="portal", px="materia", body_cls="mc-article-body",
    domain="portal-paulista.example", site="Portal Paulista",
    url="https://www.portal-paulista.example/sp/sao-paulo/noticia/2026/03/12/linha-6-laranja-do-metro-inicia-operacao-assistida.ghtml",
    section="São Paulo", crumbs=["Início", "SP", "São Paulo"],
    title_tag="Linha 6-Laranja do Metrô inicia operação assistida em SP | São Paulo | Portal Paulista",
    h1="Linha 6-Laranja do Metrô começa a operar em horário reduzido",
    deck="⟦Nesta primeira fase, os trens circulam das 10h às 15h entre as estações Brasilândia e São Joaquim.⟧",
    byline='<span class="content-publication-data__from">Por <a href="/autor/beatriz-santos">Beatriz Santos</a>, Portal Paulista — São Paulo</span>',
    date="12/03/2026 06h00", updated=' <span class="content-publication-data__updated">Atualizado há 2 horas</span>',
    pub="2026-03-12T06:00:00-03:00", mod="2026-03-12T10:12:00-03:00", ld_authors=["Beatriz Santos"],
    today="quinta-feira, 12 de março de 2026",
    topbar='<a href="/login">Entrar</a> <a href="/assine">Assine</a>',
    nav=["Início", ("SP", ["São Paulo", "Campinas", "Santos", "Vale do Paraíba"]), "Política", "Economia", "Mundo", "Esportes", "Pop & Arte", "Tecnologia", "Saúde", "Podcasts"],
    ticker=("Agora", ["⟪Chuva forte provoca alagamentos na Zona Sul⟫", "Dólar fecha em queda"]),
    figure="Trem da Linha 6-Laranja na estação Freguesia do Ó — Foto: Divulgação",
    body="""<div class="content-text"><p class="content-text__container">⟦A Linha 6-Laranja do Metrô de São Paulo começou a operar nesta quinta-feira⟧ em fase de operação assistida, com horário reduzido e sem cobrança de tarifa nas primeiras duas semanas.</p></div>
<div class="content-text"><p class="content-text__container">Os trens circulam das 10h às 15h entre as estações Brasilândia, na Zona Norte, e São Joaquim, na região central. A linha tem 15 quilômetros e 15 estações, e deve atender 630 mil passageiros por dia quando estiver em operação plena.</p></div>
<div class="content-ads"><div id="banner_materia"></div></div>
<div class="content-intertitle"><h2>Obra atrasada</h2></div>
<div class="content-text"><p class="content-text__container">⟦A construção começou em 2015 e ficou parada por quase quatro anos⟧ por problemas financeiros do consórcio responsável. A previsão inicial de entrega era 2020.</p></div>
<div class="mc-read-more-wrapper"><p class="mc-read-more-title">LEIA TAMBÉM:</p><ul><li><a href="/sp/sao-paulo/noticia/2026/03/01/tarifa-onibus.ghtml">⟪Tarifa de ônibus em SP vai a R$ 5,20 em abril⟫</a></li><li><a href="/sp/sao-paulo/noticia/2026/02/20/linha-15.ghtml">Linha 15-Prata tem falha e opera com lentidão</a></li></ul></div>
<div class="content-text"><p class="content-text__container">Moradores da Brasilândia comemoraram. “Eu levava duas horas para chegar ao centro; hoje levei 25 minutos”, disse a diarista Joana Ferreira, de 52 anos.</p></div>
<div class="content-text"><p class="content-text__container">⟦A concessionária afirma que a operação comercial completa deve começar até o fim de abril.⟧</p></div>""",
    exclude=["div.content-ads", "div.mc-read-more-wrapper"],
    after='<div class="entities__list"><a href="/tudo-sobre/metro-sp">⟪Metrô SP⟫</a> <a href="/tudo-sobre/mobilidade">Mobilidade</a></div>',
    related=("Veja também", ["⟪Trem Intercidades: governo define data do leilão⟫", "Marginal Tietê terá faixa exclusiva"]),
    mostread=("Mais lidas", ["Previsão do tempo para o fim de semana", "Mega-Sena acumula de novo", "Corinthians anuncia técnico"]),
    times=["há 1 hora", "há 3 horas"],
    cookie="Utilizamos cookies essenciais e tecnologias semelhantes de acordo com a nossa Política de Privacidade.", cookie_ok="Prosseguir",
    footer="© Copyright 2026 Portal Paulista. Todos os direitos reservados.",
    authors=["Beatriz Santos"], byline_text="Por Beatriz Santos, Portal Paulista — São Paulo",
    kind="news", why="news report on metro line opening",
    body_extra=["p.materia__lead"],
))

# ---------------------------------------------------------------- Portugal: opinion with paywall block, author box below
PAGES.append(dict(
    case="pt-opinion-lisboa", lang="pt", country="PT", skin="portal", px="artigo", body_cls="artigo-corpo",
    domain="diario-lisboeta.example", site="Diário Lisboeta",
    url="https://www.diario-lisboeta.example/opiniao/2026/03/15/o-rio-que-virou-costas/",
    section="Opinião", crumbs=["Início", "Opinião"],
    title_tag="O rio a que virámos as costas | Opinião | Diário Lisboeta",
    kicker="Opinião", h1="O rio a que virámos as costas",
    byline='<span class="artigo-autor"><a href="/autores/joana-matos">Joana Matos</a></span>',
    date="15 de março de 2026, 7:00", pub="2026-03-15T07:00:00+00:00", ld_type="OpinionNewsArticle", ld_authors=["Joana Matos"],
    meta_section="Opinião", today="domingo, 15 de março de 2026",
    topbar='<a href="/assinaturas">Assinar</a> <a href="/entrar">Entrar</a>',
    nav=["Última hora", "Política", "Sociedade", "Economia", "Mundo", "Cultura", "Desporto", "Opinião", "Local"],
    body="""<p>⟦Lisboa é uma cidade de rio, mas vive como se ele não existisse.⟧ Quem sai do Cais do Sodré para Belém encontra, entre a água e a cidade, uma avenida de seis faixas, uma linha de comboio e uma sucessão de parques de estacionamento. É preciso coragem, e semáforos pacientes, para chegar à margem.</p>
<p>Não é um problema novo, e a culpa não é de um só governo. Mas parece-me que chegou a altura de tomar uma decisão que adiamos há décadas: enterrar a linha de Cascais no troço central, como já foi estudado, e devolver a frente ribeirinha às pessoas.</p>
<div class="paywall-box"><p class="paywall-box__title">⟪Este artigo é exclusivo para assinantes⟫</p><p>Assine por 1€ no primeiro mês e leia sem limites.</p><a href="/assinaturas">Assinar agora</a></div>
<p>⟦Dir-me-ão que é caro. É.⟧ ⟦Mas também foi caro construir o metro⟧, e ninguém hoje põe em causa que valeu a pena. As cidades que recuperaram os seus rios — Bilbau, Lyon, Seul — ganharam espaço público, turismo e qualidade de vida.</p>
<aside class="artigo-relacionado"><span>Leia também</span> <a href="/local/2026/03/10/ciclovia-ribeirinha/">⟪Ciclovia ribeirinha vai ligar Algés ao Parque das Nações⟫</a></aside>
<p>⟦O rio é o maior jardim que Lisboa tem.⟧ Está na hora de deixarmos de o ver apenas pela janela do carro.</p>""",
    exclude=["div.paywall-box", "aside.artigo-relacionado"],
    authorbox='<div class="artigo-autor-box"><p>⟪Joana Matos é arquiteta e professora universitária⟫. Escreve ao domingo.</p></div>',
    related=("Mais opinião", ["⟪A habitação não se resolve com anúncios⟫", "Carta a um jovem autarca"]),
    mostread=("Mais lidas", ["Greve da CP: serviços mínimos", "Benfica vence em Braga", "IRS 2026: prazos de entrega"]),
    times=["há 2 horas", "há 5 horas", "ontem"],
    newsletter=("Newsletter", "⟪Receba as crónicas da semana no seu e-mail⟫", "Subscrever"),
    cookie="Este site utiliza cookies para melhorar a sua experiência de navegação.", cookie_ok="Aceitar",
    footer="© 2026 Diário Lisboeta. Todos os direitos reservados.",
    authors=["Joana Matos"], byline_text="Joana Matos",
    kind="opinion", why="opinion column arguing to reopen the riverfront",
))
