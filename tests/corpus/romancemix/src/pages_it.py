"""Italian (quotidiano skin): an Editoriale by an editorialista with a "Continua a leggere" fold, a Lettera aperta in
Commenti, an interview (L'intervista, Q&A), an obituary with ANSA material, "L'analisi" written as reporting
(AnalysisNewsArticle), a local story with a paywall div and no date metadata, a film review with a vote."""
from parts import curly

PAGES = []

GP_NAV = ["Cronaca", "Politica", "Economia", "Esteri", "Opinioni", "Editoriali", "Commenti", "Cultura", "Spettacoli", "Sport", "Milano", "Cremona"]
GP_FOOT = ["Chi siamo", "Redazione", "Pubblicità", "Privacy policy", "Cookie policy", "Contatti"]
GP_SIDE = [("I più letti", ["⟪Milano, chiude per lavori la stazione di Porta Venezia fino a maggio⟫", "Maltempo, allerta gialla su tutta la Lombardia",
                             "Cremonese, il nuovo allenatore firma fino al 2028"]),
           ("Opinioni", [("L'editoriale", "Il Nord che non fa più figli"), ("Il commento", "Le due velocità della sanità lombarda"),
                         ("Lettere al direttore", "Quei treni che non arrivano mai")])]
GP_COOKIE = "Noi e terze parti selezionate utilizziamo cookie o tecnologie simili per finalità tecniche e, con il tuo consenso, anche per altre finalità."
GP_FOOTER = "© 2026 Gazzetta Padana S.p.A. - P.IVA 00000000000 - Tutti i diritti riservati"

# ---------------------------------------------------------------- 1. Editoriale by an editorialista, fold "Continua a leggere", OpinionNewsArticle
PAGES.append(dict(
    case="it-opinion-quotidiano-editoriale", lang="it", skin="quotidiano", domain="www.gazzettapadana.example", site="Gazzetta Padana", secpath="editoriali",
    url="https://www.gazzettapadana.example/editoriali/26_marzo_05/il-paese-che-rinvia-tutto-anche-le-scuole-a1b2c3.shtml",
    h1="Il Paese che rinvia tutto, anche le scuole",
    deck="Metà dei cantieri per mettere in sicurezza gli edifici scolastici è ancora fermo. E nessuno sembra accorgersene",
    kicker="Editoriale", kicker_path="editoriali", authors=["Giovanni Ferraris"], byline_text="di Giovanni Ferraris",
    byline_html='di <a href="/autori/giovanni-ferraris/">Giovanni Ferraris</a>', role="Editorialista",
    ld_authors=["Giovanni Ferraris"], ld_type="OpinionNewsArticle", ld_section="Editoriali",
    pub="2026-03-05T06:00:00+01:00", date="5 marzo 2026, ore 06:00", reading="4 min di lettura", today="giovedì 5 marzo 2026",
    nav=GP_NAV, ticker=["Governo, vertice di maggioranza sulla legge elettorale", "Borsa, Piazza Affari apre in rialzo"],
    cookie=GP_COOKIE, side=GP_SIDE,
    tags=["Scuola", "Edilizia scolastica", "Pnrr"],
    related=["Edilizia scolastica, il ministero promette un commissario", "Crolli e calcinacci: i casi dell'ultimo anno"],
    comments=[("maestra_lodi", "5 marzo 2026", "⟪Da noi la palestra è chiusa da tre anni, aspettiamo ancora.⟫")],
    newsletter="Ricevi ogni mattina gli editoriali e i commenti della Gazzetta Padana.",
    footer="⟪" + GP_FOOTER + "⟫", footer_nav=GP_FOOT,
    body="""⟦Ci sono notizie che non fanno rumore perché non succede niente.⟧ Quella sulle scuole italiane è una di queste: metà dei cantieri finanziati per mettere in sicurezza gli edifici scolastici, secondo l'ultimo monitoraggio del ministero, non è mai partita o si è fermata dopo le prime gare. Nessun crollo, per fortuna, e quindi nessun titolo.

Eppure dovremmo chiederci come sia possibile che, con i fondi già stanziati, un Paese impieghi sei o sette anni per rifare un tetto o adeguare una palestra alle norme antisismiche. ⟦La risposta, purtroppo, la conosciamo tutti⟧: progettazioni affidate a uffici tecnici comunali svuotati, gare che vanno deserte perché i prezzi sono fermi al 2021, ricorsi, varianti, collaudi che nessuno firma.

[[FOLD|Continua a leggere]]

Si dirà che la colpa è della burocrazia, come sempre. È vero solo in parte. La burocrazia non è un fenomeno naturale come la nebbia in pianura: è fatta di regole che qualcuno ha scritto e che qualcun altro potrebbe cambiare. ⟦Non serve una riforma epocale, basterebbe un po' di coraggio amministrativo.⟧

[[READ|⟪Scuole, la mappa dei cantieri fermi regione per regione⟫]]

Prendiamo i piccoli Comuni, che gestiscono gran parte degli edifici delle scuole primarie. Molti non hanno un ingegnere in organico. Perché non affidare la progettazione a centrali uniche provinciali, come si fa già in alcune regioni? Perché non aggiornare automaticamente i prezzi dei bandi all'inflazione, invece di costringere ogni sindaco a ricominciare da capo?

Nel frattempo, ogni settembre, migliaia di bambini entrano in aule con le crepe nei muri e le finestre che non si chiudono. Genitori e insegnanti si sono abituati, ed è proprio questa abitudine a dover preoccupare. ⟦Un Paese che rinvia la sicurezza delle sue scuole ha già deciso, senza dirlo, quanto valgono.⟧""",
    kind="opinion", why="signed editorial arguing on school safety; Editoriale label",
))

# ---------------------------------------------------------------- 2. Lettera aperta in Commenti, signer with role, Open Graph only
CT_NAV = ["Livorno", "Pisa", "Genova", "La Spezia", "Cronaca", "Politica", "Commenti", "Opinioni", "Sport", "Cultura", "Necrologie"]
CT_FOOT = ["Redazione", "Abbonamenti", "Pubblicità", "Privacy", "Contatti"]
CT_SIDE = [("I più letti", ["⟪Livorno, tornano i traghetti notturni per la Capraia⟫", "Pisa, l'aeroporto chiude una pista per lavori",
                             "Genova, sciopero dei bus venerdì: le fasce garantite"]),
           ("Opinioni", [("Il commento", "La costa che non sappiamo difendere"), ("Lettere", "Il porto e la città, un matrimonio difficile")])]
PAGES.append(dict(
    case="it-opinion-quotidiano-letteraaperta", lang="it", skin="quotidiano", domain="www.corrieredeltirreno.example", site="Corriere del Tirreno", secpath="commenti",
    url="https://www.corrieredeltirreno.example/livorno/commenti/2026/03/09/news/lettera-aperta-al-sindaco-non-lasci-morire-il-mercato-coperto-1.4412096",
    h1="Lettera aperta al sindaco: non lasci morire il mercato coperto di San Jacopo",
    kicker="Commenti · Lettera aperta", kicker_path="commenti", authors=["Elena Vassallo"], byline_text="di Elena Vassallo",
    byline_html='di <a href="/autori/elena-vassallo">Elena Vassallo</a>', role="presidente del comitato Amici del mercato di San Jacopo",
    meta="og", meta_section="Commenti",
    pub="2026-03-09T07:30:00+01:00", date="09 marzo 2026", today="lunedì 9 marzo 2026",
    nav=CT_NAV, ticker=["Livorno, incidente sulla variante Aurelia: traffico in tilt"],
    cookie="Questo sito utilizza cookie tecnici e, previo tuo consenso, cookie di profilazione.", side=CT_SIDE,
    after=[("disclaimer", "⟪Le lettere aperte esprimono esclusivamente il punto di vista di chi le firma.⟫")],
    tags=["Livorno", "Mercato coperto", "Commercio"],
    related=["Mercato di San Jacopo, il Comune prepara il bando", "Quanto costa un banco al mercato"],
    comments=[("Gino58", "9 marzo 2026", "⟪Ci andava mia nonna tutte le mattine, sarebbe un delitto chiuderlo.⟫")],
    footer="⟪© Corriere del Tirreno - Riproduzione riservata⟫", footer_nav=CT_FOOT,
    body="""[[TEXT|Gentile signor sindaco,]]

⟦le scriviamo a nome dei 1.240 livornesi che in due settimane hanno firmato la nostra petizione.⟧ Le chiediamo una cosa sola: che il mercato coperto di San Jacopo non venga trasformato nell'ennesimo spazio per eventi aperto tre sere al mese e chiuso il resto dell'anno.

Sappiamo che l'edificio ha bisogno di lavori e che il Comune non ha i soldi per farli tutti. Sappiamo anche che dei trentadue banchi di un tempo ne restano nove. ⟦Ma un mercato non si misura solo con i canoni che incassa.⟧

[[AD]]

Al mercato di San Jacopo si fa la spesa a piedi, senza prendere la macchina. Ci vanno gli anziani del quartiere, che lì trovano il pesce del giorno e una chiacchiera; ci vanno le famiglie giovani, che negli ultimi anni hanno riscoperto i prodotti delle aziende agricole delle colline. Chiuderlo, o svuotarlo, vorrebbe dire spingere tutti verso i centri commerciali della periferia.

Non le chiediamo di fermare il progetto di riqualificazione. ⟦Le chiediamo di scriverlo insieme a chi il mercato lo vive ogni giorno.⟧ Si potrebbero ridurre i canoni per i nuovi banchi, aprire il sabato pomeriggio, ospitare un piccolo laboratorio di cucina per le scuole. Altre città toscane lo hanno fatto, e i loro mercati oggi sono pieni.

Sarebbe bello, signor sindaco, che lei venisse a trovarci un sabato mattina, senza telecamere. Capirebbe subito di cosa parliamo. ⟦La aspettiamo al banco del pesce, dove si comincia sempre la giornata.⟧

[[TEXT|Elena Vassallo, per il comitato Amici del mercato di San Jacopo]]""",
    kind="opinion", why="open letter urging the mayor to save a market",
))

# ---------------------------------------------------------------- 3. Interview, Q&A, "(modifica il …)"
PAGES.append(dict(
    case="it-news-quotidiano-intervista", lang="it", skin="quotidiano", domain="www.gazzettapadana.example", site="Gazzetta Padana", secpath="cronaca",
    url="https://www.gazzettapadana.example/cronaca/26_marzo_07/nardelli-le-liste-d-attesa-si-battono-nei-distretti-non-negli-ospedali-d4e5f6.shtml",
    h1="Nardelli: «Le liste d'attesa si battono nei distretti, non negli ospedali»",
    deck="Il direttore dell'Agenzia sanitaria regionale: entro l'estate 40 nuove case di comunità aperte anche il sabato",
    kicker="L'intervista", authors=["Chiara Lombardi"], byline_text="di Chiara Lombardi",
    byline_html='di <a href="/autori/chiara-lombardi/">Chiara Lombardi</a>',
    ld_authors=["Chiara Lombardi"], ld_type="NewsArticle", ld_section="Cronaca", mod="2026-03-07T09:15:00+01:00",
    pub="2026-03-07T07:00:00+01:00", date="7 marzo 2026 (modifica il 7 marzo 2026 | 09:15)", reading="5 min di lettura", today="sabato 7 marzo 2026",
    nav=GP_NAV, ticker=["Sanità, firmato il nuovo contratto dei medici di famiglia"],
    caption="⟪Marco Nardelli nel suo ufficio di via Pola, a Milano.⟫ (Foto Ansa)",
    cookie=GP_COOKIE, side=GP_SIDE,
    tags=["Sanità", "Liste d'attesa", "Lombardia"],
    related=["Liste d'attesa, quanto si aspetta per una risonanza", "⟪Case di comunità: dove sono e cosa offrono⟫"],
    footer="⟪" + GP_FOOTER + "⟫", footer_nav=GP_FOOT,
    body="""⟦Marco Nardelli dirige da un anno l'Agenzia sanitaria regionale⟧ e ha sul tavolo il dossier più scomodo della sanità lombarda: le liste d'attesa. Per una visita cardiologica non urgente, oggi, si aspettano in media 94 giorni.

[[Q|Direttore, perché i tempi non scendono?]]

«Perché per anni abbiamo pensato di risolvere il problema aumentando le prestazioni negli ospedali. ⟦Ma l'ospedale è il posto sbagliato per una visita di controllo⟧: è costoso, è congestionato e risponde prima alle urgenze, com'è giusto che sia.»

[[Q|Qual è l'alternativa?]]

«I distretti. Le case di comunità devono diventare il primo punto di accesso per la diagnostica di base: ecografie, elettrocardiogrammi, esami del sangue. Entro l'estate ne apriremo altre quaranta, e saranno aperte anche il sabato mattina.»

[[READ|⟪Case di comunità, a Lodi la prima aperta fino alle 22⟫]]

[[Q|Con quale personale? Mancano medici e infermieri.]]

«È il punto critico, non lo nascondo. Abbiamo firmato un accordo con i medici di famiglia perché dedichino alcune ore settimanali alle case di comunità, e stiamo assumendo 600 infermieri di famiglia. ⟦Non basterà subito, ma è la strada giusta.⟧»

[[AD]]

[[Q|I sindacati dicono che sono annunci già sentiti.]]

«Capisco lo scetticismo. Per questo pubblicheremo ogni mese, distretto per distretto, i tempi di attesa reali, non le medie regionali che nascondono le differenze. Se tra un anno non saranno scesi, sarà giusto che me lo rinfaccino.»

[[Q|E il privato convenzionato?]]

«Ha un ruolo, ma deve rispettare le stesse regole del pubblico. Dal primo aprile le strutture convenzionate dovranno mettere tutte le loro agende nel centro unico di prenotazione regionale. Chi non lo farà perderà una parte dei rimborsi.»

[[Q|Un obiettivo concreto?]]

«⟦Portare sotto i sessanta giorni le visite differibili entro la fine del 2026.⟧»""",
    kind="news", why="Q&A interview with an official; reports his views",
))

# ---------------------------------------------------------------- 4. Obituary, ANSA material, Open Graph only
PAGES.append(dict(
    case="it-news-quotidiano-necrologio", lang="it", skin="quotidiano", domain="www.gazzettapadana.example", site="Gazzetta Padana", secpath="cultura",
    url="https://www.gazzettapadana.example/cultura/26_marzo_12/addio-a-renato-bellini-il-fotografo-che-racconto-il-po-f7g8h9.shtml",
    h1="Addio a Renato Bellini, il fotografo che raccontò il Po",
    deck="Aveva 88 anni. Le sue immagini delle golene e dei traghetti sono state esposte a Parigi e a New York",
    kicker="Lutto nella cultura", authors=["Marco Ventura"], byline_text="di Marco Ventura",
    byline_html='di <a href="/autori/marco-ventura/">Marco Ventura</a>', meta="og", meta_section="Cultura",
    pub="2026-03-12T18:20:00+01:00", date="12 marzo 2026, ore 18:20", today="giovedì 12 marzo 2026",
    nav=GP_NAV, ticker=["Cremona, la Fiera del torrone cambia date"],
    caption="⟪Renato Bellini nel 2015 a Isola Serafini.⟫ (Foto Archivio Gazzetta Padana)",
    cookie=GP_COOKIE, side=GP_SIDE,
    tags=["Fotografia", "Po", "Cremona"],
    related=["Le foto più belle di Renato Bellini", "Il Po in secca, vent'anni dopo"],
    comments=[("Franca B.", "12 marzo 2026", "⟪Un uomo gentile, ci ha insegnato a guardare il fiume.⟫")],
    footer=GP_FOOTER, footer_nav=GP_FOOT,
    body="""⟦È morto nella sua casa di Casalmaggiore, a 88 anni, Renato Bellini⟧, il fotografo che per oltre mezzo secolo ha raccontato il Po e la gente che ci viveva accanto. Lo ha annunciato la figlia Anna, che ne curava l'archivio.

Nato a Viadana nel 1937, figlio di un barcaiolo, Bellini aveva cominciato a fotografare da ragazzo con una macchina presa in prestito da un parroco. ⟦Negli anni Sessanta lavorò come fotoreporter per alcuni quotidiani di Milano⟧, ma tornò presto sulle rive del fiume, dove trovò il soggetto di tutta la sua vita: le golene allagate, i traghetti, i pescatori, le osterie e le piene.

[[READ|⟪Le foto più belle di Renato Bellini in una galleria⟫]]

Il suo libro più noto, «Acqua lenta», uscito nel 1978, è stato ristampato sei volte. Le sue fotografie sono state esposte, tra gli altri, al Centre Pompidou di Parigi e all'International Center of Photography di New York, e fanno parte della collezione dello CSAC dell'Università di Parma.

[[AD]]

Nel 2000 aveva donato al Comune di Casalmaggiore oltre 40 mila negativi. ⟦«Fotografava il fiume come si fotografa una persona cara», ha detto il sindaco⟧, che ha proclamato il lutto cittadino per il giorno dei funerali.

Negli ultimi anni, nonostante la malattia, aveva continuato a uscire all'alba con la sua Leica. L'ultima mostra, dedicata alla siccità del 2022, si era chiusa lo scorso dicembre a Cremona.

Schivo con i giornalisti, amava ripetere che il fiume «non si lascia fotografare da chi ha fretta». Per anni aveva tenuto corsi gratuiti per i ragazzi delle scuole della Bassa, portandoli in barca all'alba.

⟦I funerali si terranno sabato alle 10 nel duomo di Casalmaggiore.⟧

[[CREDIT|⟪(Con informazioni ANSA)⟫]]""",
    kind="news", why="obituary written as reporting",
))

# ---------------------------------------------------------------- 5. "L'analisi" written as reporting, AnalysisNewsArticle
PAGES.append(dict(
    case="it-news-quotidiano-gas", lang="it", skin="quotidiano", domain="www.gazzettapadana.example", site="Gazzetta Padana", secpath="economia",
    url="https://www.gazzettapadana.example/economia/26_marzo_10/perche-il-prezzo-del-gas-torna-a-salire-e-cosa-aspettarsi-per-le-bollette-k1l2m3.shtml",
    h1="Perché il prezzo del gas torna a salire (e cosa aspettarsi per le bollette)",
    deck="Scorte europee ai minimi, inverno freddo e manutenzioni in Norvegia: i fattori dietro il rialzo del 30% in un mese",
    kicker="L'analisi", authors=["Paolo Rinaldi"], byline_text="di Paolo Rinaldi",
    byline_html='di <a href="/autori/paolo-rinaldi/">Paolo Rinaldi</a>',
    ld_authors=["Paolo Rinaldi"], ld_type="AnalysisNewsArticle", ld_section="Economia",
    pub="2026-03-10T07:00:00+01:00", date="Pubblicato il 10/03/2026 alle 07:00", reading="6 min di lettura", today="martedì 10 marzo 2026",
    nav=GP_NAV, ticker=["Spread in calo a 98 punti"],
    cookie=GP_COOKIE, side=GP_SIDE,
    tags=["Gas", "Bollette", "Energia", "Arera"],
    related=["Bollette, le offerte a prezzo fisso convengono ancora?", "Il piano europeo per gli stoccaggi"],
    comments=[("Rocco", "10 marzo 2026", "⟪Ogni inverno la stessa storia, e paghiamo sempre noi.⟫")],
    footer="⟪" + GP_FOOTER + "⟫", footer_nav=GP_FOOT,
    body="""⟦Il prezzo del gas sul mercato di riferimento europeo, il TTF di Amsterdam, è salito del 30% in un mese⟧ e lunedì ha chiuso a 48 euro al megawattora, il livello più alto da ottobre 2024. Un rialzo che preoccupa famiglie e imprese, anche se gli analisti escludono, per ora, un ritorno ai picchi del 2022.

[[H|Scorte basse dopo un inverno freddo]]

Il primo fattore è il livello degli stoccaggi. Secondo i dati di Gas Infrastructure Europe, ⟦i depositi europei sono pieni al 34%, contro il 58% di un anno fa⟧. Il freddo di gennaio e febbraio ha fatto aumentare i consumi per il riscaldamento, e ora i Paesi dovranno acquistare più gas durante l'estate per arrivare all'obiettivo del 90% entro novembre.

[[H|Le manutenzioni in Norvegia]]

Il secondo è l'offerta. Alcuni giacimenti norvegesi, che forniscono circa un terzo del gas consumato in Europa, saranno fermi per manutenzione tra marzo e aprile. A questo si aggiunge la forte domanda di gas liquefatto in Asia, che sottrae carichi al mercato europeo.

[[AD]]

[[H|Cosa succede alle bollette]]

Per le famiglie ancora nel servizio di tutela per i vulnerabili, l'Arera aggiorna il prezzo ogni mese sulla base delle quotazioni all'ingrosso. ⟦Secondo le stime di Nomisma Energia, la bolletta di aprile potrebbe aumentare tra l'8 e il 12%⟧ per un consumo medio. Chi ha un contratto a prezzo fisso sul mercato libero, invece, non vedrà variazioni fino alla scadenza.

«È un rialzo significativo, ma non drammatico», spiega Davide Tabarelli, presidente di Nomisma Energia. Il mercato, aggiunge, sconta già un'estate complicata per gli acquisti.

[[READ|⟪Bollette, come leggere la nuova fattura del gas⟫]]

Il governo ha fatto sapere di non avere in programma nuovi aiuti generalizzati. ⟦Restano in vigore i bonus sociali per le famiglie con Isee sotto i 9.530 euro.⟧""",
    kind="news", why="analysis explaining price rise with sources; no argued stance",
    sure=False,
))

# ---------------------------------------------------------------- 6. Local story, paywall div around the second half, printed date only
PAGES.append(dict(
    case="it-news-quotidiano-frana", lang="it", skin="quotidiano", domain="www.corrieredeltirreno.example", site="Corriere del Tirreno", secpath="genova",
    url="https://www.corrieredeltirreno.example/genova/cronaca/2026/03/05/news/frana-sulla-provinciale-in-val-trebbia-isolate-40-famiglie-1.4409871",
    h1="Frana sulla provinciale in Val Trebbia, isolate 40 famiglie",
    deck="Il fronte è largo trenta metri. La Città metropolitana: «Servirà almeno una settimana per riaprire»",
    kicker="Genova", authors=["Simona Parodi"], byline_text="di Simona Parodi",
    byline_html='di <a href="/autori/simona-parodi">Simona Parodi</a>', meta="og", meta_pub=False,
    pub="2026-03-05T18:40:00+01:00", date="05 Mar 2026 - 18:40", today="giovedì 5 marzo 2026",
    nav=CT_NAV, ticker=["Allerta arancione in Liguria fino a venerdì"],
    caption="⟪Il fronte della frana sulla strada provinciale 45.⟫ (Foto Vigili del fuoco)",
    cookie="Questo sito utilizza cookie tecnici e, previo tuo consenso, cookie di profilazione.", side=CT_SIDE,
    after=[("paywall-note", "⟪Articolo riservato agli abbonati: grazie per sostenere il Corriere del Tirreno.⟫")],
    tags=["Genova", "Maltempo", "Val Trebbia"],
    related=["Allerta meteo, le scuole chiuse domani", "Liguria, dieci frane in tre giorni"],
    footer="⟪© Corriere del Tirreno - Riproduzione riservata⟫", footer_nav=CT_FOOT,
    body="""⟦Una frana di circa trenta metri si è staccata nel primo pomeriggio dal versante sopra la strada provinciale 45⟧, tra Torriglia e Montebruno, isolando quaranta famiglie che vivono nelle frazioni più a monte. Non ci sono feriti.

Il movimento franoso, secondo i tecnici della Città metropolitana, è stato causato dalle piogge intense degli ultimi tre giorni, che in alcune zone della Val Trebbia hanno superato i 200 millimetri. Massi e tronchi hanno invaso entrambe le corsie e travolto un tratto di guardrail.

[[PAYWALL]]

⟦I vigili del fuoco hanno raggiunto le frazioni a piedi⟧ per verificare le condizioni degli abitanti, in gran parte anziani. Il Comune ha attivato un servizio di consegna di farmaci e generi alimentari e ha messo a disposizione un'area di atterraggio per l'elisoccorso.

«Servirà almeno una settimana per rimuovere il materiale e mettere in sicurezza il versante», ha spiegato il consigliere delegato alla viabilità. Nel frattempo si lavora a un percorso alternativo su una strada forestale, che potrebbe essere aperta ai mezzi di soccorso già domani.

[[READ|⟪Allerta arancione, cosa significa e cosa fare⟫]]

⟦L'allerta meteo resterà arancione su tutto il Levante fino a venerdì sera⟧, secondo l'ultimo bollettino dell'Arpal. La protezione civile regionale raccomanda di evitare gli spostamenti non necessari nelle zone collinari e di non sostare vicino a corsi d'acqua.

Tra le famiglie isolate ci sono anche quelle di due allevatori, che hanno chiesto aiuto per portare il foraggio agli animali. La Coldiretti provinciale ha messo a disposizione mezzi fuoristrada per raggiungere le stalle.

È la terza frana in Val Trebbia dall'inizio dell'anno. ⟦I sindaci della vallata chiedono da tempo un piano di manutenzione dei versanti.⟧""",
    kind="news", why="local landslide report",
))

# ---------------------------------------------------------------- 7. Film review with vote, critic role, JSON-LD Review
PAGES.append(dict(
    case="it-other-quotidiano-recensione", lang="it", skin="quotidiano", domain="www.gazzettapadana.example", site="Gazzetta Padana", secpath="spettacoli",
    url="https://www.gazzettapadana.example/spettacoli/cinema/26_marzo_06/il-silenzio-delle-cicale-recensione-n4o5p6.shtml",
    h1="«Il silenzio delle cicale», il Sud di Marta Fontana è un film che sa aspettare",
    deck="L'opera seconda della regista lucana racconta un'estate in un paese che si svuota. Con una grande Lucia Sardo",
    kicker="Cinema · La recensione", authors=["Luca Serafini"], byline_text="di Luca Serafini",
    byline_html='di <a href="/autori/luca-serafini/">Luca Serafini</a>', role="Critico cinematografico",
    ld_authors=["Luca Serafini"], ld_type="Review", ld_section="Spettacoli",
    ld_extra={"itemReviewed": {"@type": "Movie", "name": "Il silenzio delle cicale", "director": {"@type": "Person", "name": "Marta Fontana"}},
              "reviewRating": {"@type": "Rating", "ratingValue": 4, "bestRating": 5}},
    pub="2026-03-06T12:00:00+01:00", date="6 marzo 2026, ore 12:00", today="venerdì 6 marzo 2026",
    nav=GP_NAV, ticker=["Oscar, tutti i vincitori"],
    caption="⟪Lucia Sardo in una scena del film.⟫ (Foto Ufficio stampa)",
    cookie=GP_COOKIE, side=GP_SIDE,
    after=[("voto", "⟪Voto: 4 su 5⟫ · Regia di Marta Fontana · Italia, 2026 · 104 minuti · In sala dal 5 marzo")],
    tags=["Cinema", "Recensioni", "Cinema italiano"],
    related=["⟪I film in sala questo fine settimana⟫", "Marta Fontana: «Racconto i paesi che nessuno guarda»"],
    footer="⟪" + GP_FOOTER + "⟫", footer_nav=GP_FOOT,
    body="""⟦Ci sono film che hanno fretta di dire quello che pensano, e film che preferiscono aspettare.⟧ «Il silenzio delle cicale», opera seconda di Marta Fontana, appartiene alla seconda specie, e ha il coraggio di chiedere allo spettatore la stessa pazienza dei suoi personaggi.

Siamo in un paese della Basilicata, d'estate. Nunzia, settant'anni, è una delle ultime abitanti di una via dove le case sono quasi tutte chiuse. Quando il nipote Matteo arriva da Torino per convincerla a vendere la casa, la storia sembra avviata verso il più classico degli scontri generazionali. ⟦Fontana, invece, sceglie di non forzare nulla.⟧

[[H|Un film di sguardi]]

Gran parte del film è fatta di gesti quotidiani: il pane messo a raffreddare sul davanzale, le visite al cimitero, le partite a carte con l'unica vicina rimasta. La fotografia di Giulio Pietrantoni usa la luce naturale delle ore più calde, quando tutto sembra fermarsi. ⟦Lucia Sardo regala a Nunzia una durezza che si incrina poco alla volta⟧, senza mai cedere al sentimentalismo.

[[AD]]

La colonna sonora, quasi assente, lascia spazio ai rumori del paese: le cicale del titolo, le campane, una radio accesa in una cucina. È una scelta rischiosa, che alla lunga paga.

Non tutto funziona. Il personaggio di Matteo resta a lungo troppo schematico, e una sottotrama sulla chiusura dell'ufficio postale sembra appartenere a un altro film, più didascalico. Qualche spettatore troverà la parte centrale lenta, e non avrà tutti i torti.

Ma il finale, che non anticiperemo, ripaga l'attesa con una scena di rara delicatezza. ⟦È un film che parla di spopolamento senza trasformarlo in uno slogan⟧, e che si ricorda a lungo dopo l'uscita dalla sala.""",
    kind="other", why="film critic’s review with a vote",
))

curly(PAGES)
