"""Italian pages: an essay on regional trains with a paraphrasing pull quote, a collapsed second half ("Continua a
leggere") and an author bio in italics at the end; a long recipe story with a drop cap, sections, ad slots, a
"Leggi anche" box and captioned figures."""
from parts import P, ad, also, bio, fig, fold, lede, pq, sec

L = "it"
PAGES = []

_o, _c = fold(L, "collapsed")
PAGES.append(dict(
    case="it-opinion-trenilocali", lang=L, skin="magazine", domain="ilponte-rivista.example", site="Il Ponte",
    url="https://ilponte-rivista.example/idee/2026/01/elogio-del-treno-lento-che-vogliono-chiudere",
    h1="Elogio del treno lento che vogliono chiudere",
    deck="La linea tra Valbruna e Castel Serra perde soldi, come tutte le linee di montagna. Chiuderla sarebbe un errore che pagheremmo per cinquant’anni.",
    kicker="Idee", reading="Tempo di lettura: 15 minuti",
    authors=["Marco Ferretti"], byline_text="di Marco Ferretti", ld_authors=["Marco Ferretti"], meta="og",
    pub="2026-01-18T09:00:00+01:00", date="18 gennaio 2026",
    nav=["Idee", "Politica", "Territori", "Cultura", "Libri", "Abbonati"],
    cookie="⟪Questo sito utilizza cookie tecnici e, previo consenso, cookie di profilazione.⟫",
    related=["⟪La Regione presenta il piano dei trasporti 2026–2030⟫", "Pendolari di montagna: un anno di ritardi", "Il bus sostitutivo non è un treno"],
    most=["⟪Neve, chiusa la statale del Passo Serra⟫", "I borghi che rinascono con il lavoro da remoto"],
    comments=[("Giulia T.", "⟪Prendo quel treno ogni giorno per andare al liceo. Grazie per averlo scritto.⟫")],
    footer="⟪Il Ponte – Rivista di idee e territori. P. IVA 01234560789⟫",
    footer_nav=["Chi siamo", "Redazione", "Privacy", "Contatti"],
    body=P("""⟦Il treno delle 6.52 da Valbruna a Castel Serra ha due carrozze, un capotreno e, di solito, una trentina di passeggeri.⟧ Sale per quarantatré chilometri lungo la valle, attraversa undici gallerie e quattro ponti in pietra costruiti nel 1911, si ferma in nove stazioni, sei delle quali non hanno più una biglietteria, e arriva in città alle 8.01, in tempo per la prima campanella dei licei e per l’apertura degli uffici. Lo prendo da diciotto anni, due volte alla settimana. La Regione ha annunciato a dicembre che intende sostituirlo con un servizio di autobus a partire dal 2027.

Le ragioni sono note e, prese una per una, ragionevoli. La linea costa circa sei milioni di euro l’anno tra manutenzione ed esercizio, e ne incassa meno di uno. I binari e le gallerie hanno bisogno di lavori per trenta milioni nei prossimi dieci anni. I passeggeri sono pochi, in media 740 al giorno su tutte le corse, e un autobus, dice lo studio commissionato dalla Regione, costerebbe un terzo e impiegherebbe solo dodici minuti in più.

Vorrei provare a spiegare perché penso che questa decisione, presentata come un atto di buona amministrazione, sia invece un errore, e di quelli che non si correggono.

#Il conto sbagliato

Cominciamo dai numeri, perché è lì che la questione viene sempre portata. Il deficit della linea è reale. Ma nessuna linea ferroviaria di montagna, in nessun paese europeo, copre i propri costi con i biglietti. Non li coprono nemmeno le strade: la statale che sale lungo la valle costa alla Provincia, tra sgombero neve, frane e manutenzione, più o meno quanto la ferrovia, e nessuno ha mai proposto di chiuderla perché gli automobilisti non pagano abbastanza.

⟦Il problema non è che il treno costa. È che lo contiamo in modo diverso dalla strada.⟧ Del treno vediamo il deficit; della strada vediamo solo il servizio. È una distorsione contabile, prima ancora che politica, e pesa su quasi tutte le decisioni di questo tipo.""") +
    pq("Del treno contiamo il deficit, della strada soltanto il servizio.", "pull-quote") +
    P("""Lo studio regionale, inoltre, confronta il costo del treno con quello di un autobus che ancora non esiste, con orari ipotetici e con tempi di percorrenza calcolati su strada libera. Chi percorre la statale d’inverno sa che cosa significa strada libera a gennaio: catene, code dietro gli spazzaneve, chiusure per valanghe. Il treno, in diciotto anni, l’ho visto fermo per neve due volte.""") +
    _o +
    P("""#Chi prende il treno

Il secondo argomento è quello dei passeggeri: sono pochi. È vero. Ma chi sono? Ho provato a contarli, una mattina di novembre, con il permesso del capotreno, che mi conosce. Sulle due carrozze delle 6.52 c’erano diciannove studenti, sette lavoratori pendolari, tre anziani diretti all’ospedale, una donna con un bambino piccolo e un turista tedesco che aveva sbagliato treno.

Quasi nessuno di loro ha un’alternativa. Gli studenti non guidano. Gli anziani non guidano più. La donna con il bambino mi ha detto che non ha la patente e che, se chiude la linea, dovrà lasciare il lavoro in città. ⟦Un treno con trenta persone a bordo non è un treno vuoto: è un treno pieno di persone che non hanno scelta.⟧

E poi ci sono quelli che non lo prendono ancora. Negli ultimi anni, nei paesi della valle sono arrivate decine di famiglie giovani, attratte dai prezzi delle case e dalla possibilità di lavorare in parte da remoto. Molte di loro hanno scelto proprio i paesi con la stazione. Se il treno chiude, quelle scelte diventano un errore, e alcune di quelle famiglie ripartiranno.

#Quello che non torna

Il terzo argomento è il più importante, e riguarda il tempo. Una linea ferroviaria chiusa non si riapre. Lo insegna la storia italiana degli ultimi settant’anni, disseminata di binari smantellati, stazioni trasformate in case private, gallerie murate. Quasi sempre la chiusura fu presentata come temporanea, o come una razionalizzazione, o come l’inizio di un servizio migliore su gomma. Quasi mai quel servizio migliore è arrivato, e quasi mai i binari sono tornati.

Le ragioni sono semplici. ⟦Una volta smontata, la linea perde il suo sedime:⟧ i terreni vengono venduti, le gallerie si degradano, i ponti diventano un costo senza un uso. Riaprirla costerebbe molte volte quello che si è risparmiato chiudendola. La decisione, quindi, non riguarda i prossimi cinque anni, ma i prossimi cinquanta, in un periodo in cui ogni piano sul clima ci chiede di spostare persone dalla strada alla ferrovia, non il contrario.

#Che cosa si potrebbe fare

Difendere il treno non significa difenderlo così com’è. Gli orari sono pensati per un mondo che non esiste più, con buchi di tre ore nel pomeriggio. Le stazioni sono abbandonate, senza un riparo decente né un orario leggibile. Non esiste un biglietto integrato con gli autobus che salgono nelle frazioni. Nessuno ha mai provato seriamente a portare sul treno i turisti che d’estate intasano la statale.

Si potrebbe fare molto, e altrove è stato fatto. In diverse valli alpine, linee che sembravano condannate sono state rilanciate con orari cadenzati, treni moderni, stazioni trasformate in piccoli presìdi con un bar, un ufficio turistico, una sala d’attesa riscaldata. I passeggeri sono raddoppiati, in alcuni casi triplicati. Non hanno smesso di perdere soldi, ma hanno smesso di essere vuote. Nessuno di quei progetti è costato quanto il bus sostitutivo costerà in vent’anni, e nessuno è nato da uno studio che partiva dalla domanda sbagliata: quanto risparmiamo chiudendo, invece di quanto guadagniamo facendola funzionare.

#La montagna non è un museo

C’è un ultimo argomento, che raramente compare negli studi ma che chiunque viva in montagna conosce bene. Da trent’anni le valli come la nostra ascoltano la stessa promessa: fermare lo spopolamento, riportare giovani, servizi, lavoro. Se ne parla nei convegni, nei piani regionali, nei bandi europei per i borghi. Poi, uno dopo l’altro, chiudono l’ufficio postale, il presidio medico, la scuola elementare, lo sportello della banca. Ogni chiusura, presa da sola, ha una sua logica contabile. Messe insieme, raccontano un’altra storia.

⟦Una valle non si svuota per una grande decisione, ma per cento piccole decisioni ragionevoli.⟧ Il treno, in questa storia, non è un servizio come gli altri. È l’ultimo filo che lega la valle alla città senza passare per un’automobile, e quindi l’ultima garanzia che a Valbruna possa vivere anche chi non guida: un ragazzo di sedici anni, una signora di ottanta, un immigrato che lavora in città e non ha ancora la patente italiana.

La montagna non ha bisogno di essere conservata come un museo, con i paesi restaurati per i turisti d’agosto e vuoti per il resto dell’anno. Ha bisogno di poter essere abitata. E abitare un luogo significa, prima di tutto, poterne uscire e potervi tornare ogni giorno.

#Le 6.52

Domani mattina prenderò di nuovo il treno delle 6.52. Il capotreno mi chiederà, come ogni volta, se ci sono novità dalla Regione. Gli studenti dormiranno con la testa contro il finestrino. Quando usciremo dall’ultima galleria, quella lunga sotto il monte Pelato, la valle si aprirà all’improvviso nella luce, e per qualche secondo anche i ragazzi alzeranno gli occhi dal telefono.

Non so quanto valga quel momento, in un bilancio regionale. So che, se chiudiamo la linea, nessuno lo vedrà più da lì. ⟦E so che tra cinquant’anni qualcuno si chiederà perché abbiamo tolto un treno proprio quando ne avevamo più bisogno.⟧""") + _c +
    bio("⟪Marco Ferretti insegna geografia all’Università di Castel Serra e collabora con Il Ponte dal 2019.⟫"),
    kind="opinion", why="essay arguing against closing a mountain railway line",
))

PAGES.append(dict(
    case="it-other-ragudomenica", lang=L, skin="newsroom", domain="lacucinadicasa.example", site="La Cucina di Casa",
    url="https://www.lacucinadicasa.example/storie/il-ragu-della-domenica-di-zia-nunzia",
    h1="Il ragù della domenica di zia Nunzia, sei ore e una storia",
    deck="Un sugo che comincia alle sette del mattino, una pentola di coccio e tutto quello che la mia famiglia non ha mai scritto.",
    section="Storie", kicker="Ricette di famiglia",
    authors=["Chiara Esposito"], byline_text="Testo di Chiara Esposito", ld_authors=["Chiara Esposito"], meta="ld", ld_type="Article",
    pub="2026-11-29T10:30:00+01:00", date="29 novembre 2026",
    nav=["Ricette", "Storie", "Ingredienti", "Vino", "Dolci", "Video"],
    cookie="⟪Utilizziamo i cookie per offrirti la migliore esperienza sul nostro sito.⟫",
    related=["⟪Genovese o ragù? La sfida napoletana della domenica⟫", "Come scegliere la carne per il sugo", "Le pentole di coccio: guida all’uso"],
    most=["⟪Pastiera: la ricetta perfetta passo dopo passo⟫", "Dieci primi piatti per il pranzo di Natale"],
    footer="⟪La Cucina di Casa © 2026 – Tutti i diritti riservati⟫",
    footer_nav=["Chi siamo", "Privacy", "Cookie", "Contatti"],
    body=lede("⟦Zia Nunzia accendeva il fuoco sotto il ragù alle sette del mattino, quando in casa dormivano ancora tutti.⟧ Lo so perché da bambina, nelle domeniche d’inverno in cui dormivo da lei, mi svegliavo con l’odore della cipolla che appassiva nello strutto, e scendevo in cucina in pigiama a guardarla. Lei non diceva niente. Mi dava un pezzo di pane e mi faceva sedere sullo sgabello accanto ai fornelli, dove potevo vedere senza dare fastidio.") +
    P("""Zia Nunzia era la sorella maggiore di mia nonna. Non si era mai sposata, aveva lavorato per quarant’anni in una sartoria di via Toledo e viveva in un appartamento al terzo piano senza ascensore nel quartiere Stella, con un balcone pieno di gerani e una cucina minuscola dove, ogni domenica, preparava il pranzo per quindici persone. Il ragù era il centro di tutto. La pasta veniva dopo, la carne dopo ancora, ma la domenica, in casa nostra, cominciava e finiva con quel sugo scuro e denso che «pippiava», come diceva lei, per sei ore sul fuoco più basso.""") +
    sec("Una ricetta che nessuno aveva scritto", """Quando zia Nunzia è morta, nel 2018, a novantatré anni, ci siamo accorti che nessuno aveva mai scritto la ricetta. Ognuno di noi credeva di saperla. Mia madre era convinta che ci volesse il vino bianco, mia zia Rosa giurava che fosse rosso. Mio cugino Peppe sosteneva che la carne andasse rosolata tutta insieme, io ricordavo che la zia la metteva in pentola un pezzo alla volta, in un ordine preciso.

⟦Abbiamo litigato per un anno intero, con affetto, come si litiga nelle famiglie napoletane.⟧ Poi, una domenica di novembre, ci siamo ritrovati tutti nella cucina di mia madre con una pentola di coccio comprata apposta, tre chili di carne e la decisione di rifarlo insieme, ricostruendolo pezzo per pezzo dai ricordi di ciascuno.""") +
    fig("La pentola di coccio di zia Nunzia, ereditata da mia madre. Ha una crepa sul bordo che la zia aveva riparato con il fil di ferro negli anni Settanta e che nessuno ha mai osato toccare.", "Foto di Chiara Esposito", "coccio") +
    ad(L, 1) +
    sec("La carne", """Il ragù napoletano non è il ragù bolognese, e chi li confonde, a Napoli, viene guardato con una compassione che è peggio di un insulto. Non si usa carne macinata, ma pezzi interi, che cuociono a lungo nel sugo e poi si servono come secondo. Zia Nunzia usava tre tagli: un pezzo di locena, cioè il muscolo di manzo, un pezzo di tracchie, le costine di maiale, e le braciole, fettine di manzo arrotolate con dentro aglio, prezzemolo, pecorino e uvetta, chiuse con lo spago da cucina.

Le braciole erano la parte più difficile, e le faceva il sabato sera. Batteva le fettine con il fondo di un bicchiere, le condiva, le arrotolava stretta stretta e le legava con un nodo che nessuno di noi è mai riuscito a imitare. Mia madre ricorda che le contava sempre due volte, perché dovevano essercene una per ogni persona a tavola, più una per il cane del vicino. Le braciole avanzate, se mai ne avanzavano, finivano il lunedì in un panino che mio nonno portava al lavoro avvolto nella carta del pane, e che i colleghi, racconta, gli invidiavano fino all’ora di pranzo.""") +
    also(L, "Genovese o ragù? La sfida napoletana della domenica") +
    sec("Il sugo", """La mattina, per prima cosa, la zia faceva appassire due cipolle tritate nello strutto, nella pentola di coccio, a fuoco bassissimo, finché non diventavano quasi trasparenti. Poi aggiungeva la carne, un pezzo alla volta: prima le tracchie, poi la locena, per ultime le braciole, e lasciava rosolare ogni pezzo bene su tutti i lati prima di aggiungere il successivo. Qui avevo ragione io, e ho vinto la mia prima discussione in famiglia dopo quarant’anni.

Quando la carne era rosolata, sfumava con il vino. ⟦Qui aveva ragione mia zia Rosa: era rosso, un bicchiere di Aglianico,⟧ lo stesso che poi si beveva a pranzo. Lo lasciava evaporare del tutto, grattando il fondo della pentola con il cucchiaio di legno, e poi aggiungeva il concentrato di pomodoro, due cucchiai abbondanti, che faceva sciogliere e quasi tostare nel grasso per qualche minuto. Questo passaggio, dice mia madre, è quello che dà al ragù il suo colore scuro.

Infine, la passata: due litri abbondanti di pomodoro, fatta in casa ad agosto e conservata in bottiglie di birra. Un pizzico di sale, una foglia di basilico, e poi il fuoco al minimo, con il coperchio appoggiato di sbieco, per sei ore.""") +
    fig("Le braciole pronte per la pentola, legate con lo spago. Mio cugino Peppe ci ha messo quaranta minuti per farne dodici; la zia, dice mia madre, ne faceva venti in un quarto d’ora.", "Foto di Chiara Esposito", "braciole") +
    ad(L, 2) +
    sec("Gli ingredienti, per dodici persone", """#Per la carne

⟦Un chilo di locena di manzo in un pezzo unico, legato con lo spago;⟧ un chilo di tracchie di maiale; dodici fettine sottili di manzo per le braciole, più una.

#Per le braciole

Due spicchi d’aglio tritati, un mazzetto di prezzemolo, cento grammi di pecorino grattugiato, una manciata di uvetta ammollata e una di pinoli, sale e pepe.

#Per il sugo

Due cipolle dorate, ottanta grammi di strutto o, se proprio dovete, olio extravergine, un bicchiere di vino rosso, due cucchiai abbondanti di concentrato di pomodoro, due litri di passata, basilico, sale. Un chilo e mezzo di ziti o mezzani e parmigiano grattugiato per servire.

Zia Nunzia non avrebbe approvato le quantità scritte. Diceva che la carne si compra guardando il macellaio negli occhi, e che il sugo si fa «per quanti siete», non per dodici. Noi le abbiamo scritte lo stesso, perché altrimenti, tra vent’anni, i nostri figli litigheranno come abbiamo litigato noi.""") +
    sec("Le sei ore", """Le sei ore sono la parte del ragù che non si può insegnare. Bisogna stare vicino alla pentola, girare il sugo ogni venti minuti perché non si attacchi, aggiungere un mestolo d’acqua calda se si restringe troppo, abbassare la fiamma quando comincia a bollire invece di «pippiare». Il sugo deve appena fremere, con una bolla che sale in superficie ogni tanto, pigra, come un vecchio che sospira.

Durante quelle sei ore, zia Nunzia faceva tutto il resto: puliva, apparecchiava, stirava le tovaglie, andava a messa alle undici lasciando il fuoco acceso e affidando la pentola a chi restava. Quando tornava, alzava il coperchio, annusava, e diceva soltanto «va bene» oppure «ancora». Non ho mai capito come facesse a saperlo.

⟦Noi, la prima volta, abbiamo sbagliato quasi tutto.⟧ Il sugo si è attaccato due volte, le braciole si sono aperte, il vino era troppo. Ma alla fine, verso l’una, quando abbiamo alzato il coperchio, l’odore era quello: quello della cucina al terzo piano, del pane sullo sgabello, delle domeniche d’inverno. Mia madre si è seduta e ha pianto un po’. Poi ha detto che mancava il sale.""") +
    sec("La tavola", """Il ragù si serve in due tempi. Prima la pasta, ziti spezzati a mano o mezzani, condita con il sugo e una spolverata di parmigiano. Poi, come secondo, la carne, tagliata e servita con un altro po’ di sugo e, se si vuole, un contorno di friarielli. Dopo, non si mangia altro per il resto della giornata, e chi ci prova si pente. Al massimo un caffè, e una sfogliatella per chi ha ancora coraggio e appetito, mentre i grandi discutono di calcio e i bambini scappano sul balcone.

Oggi rifacciamo il ragù una volta al mese, a turno, nella cucina di uno di noi. La pentola di coccio viaggia da una casa all’altra in una borsa di tela. Ognuno ci ha messo qualcosa di suo, e nessuno dei ragù che facciamo è uguale a quello della zia. ⟦Ma tutti cominciano alle sette del mattino, e nessuno di noi ha più bisogno di scrivere la ricetta.⟧"""),
    kind="other", why="recipe story of a family ragù with method and anecdotes",
))
