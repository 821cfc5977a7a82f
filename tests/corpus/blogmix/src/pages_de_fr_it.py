"""German, French and Italian pages: a German WordPress essay tagged "Meinung", a German Hugo tutorial, a French
Blogger rant, a French WordPress community event report, an Italian newsletter essay with footnotes and an Italian
WordPress product review."""

PAGES = []

# ---------------------------------------------------------------- de: essay against office mandates, tag "Meinung"
PAGES.append(dict(
    case="de-opinion-bueropflicht", lang="de", skin="wordpress", domain="katrinsommer.example", site="Katrin schreibt",
    tagline="Arbeit, Stadt und was dazwischen liegt",
    url="https://katrinsommer.example/2026/02/20/die-rueckkehr-ins-buero-ist-ein-misstrauensvotum/",
    h1="Die Rückkehr ins Büro ist ein Misstrauensvotum",
    authors=["Katrin Sommer"], byline_text="von Katrin Sommer", byline_name="Katrin Sommer", ld_authors=["Katrin Sommer"], meta="ld",
    pub="2026-02-20T07:45:00+01:00", date="20. Februar 2026", generator="WordPress 6.7.2", jetpack=True,
    nav=["Start", "Arbeit", "Stadt", "Lesen", "Über mich"],
    cats=["Arbeit"], allcats=["Arbeit", "Stadt", "Lesen", "Persönliches"], tags=["Homeoffice", "Meinung", "Arbeitswelt"],
    cloud=["Homeoffice", "Meinung", "Pendeln", "Führung", "Stadt", "Bücher", "Teilzeit", "Arbeitswelt"],
    related=["⟪Was ich nach drei Jahren Homeoffice vermisse⟫", "Pendeln ist unbezahlte Arbeit", "Warum Teilzeit kein Makel ist"],
    recent=["⟪Fünf Bücher über Arbeit, die ich empfehle⟫", "Warum Teilzeit kein Makel ist", "Mein Arbeitsplatz, ein Jahr später"],
    prev="Mein Arbeitsplatz, ein Jahr später", next="Fünf Bücher über Arbeit, die ich empfehle",
    comments=[("Jens", "20. Februar 2026 um 9:12 Uhr", "⟪Bei uns ist es genau so. Drei Tage Pflicht, und das Büro ist trotzdem halb leer.⟫",
               [("Katrin Sommer", "20. Februar 2026 um 10:40 Uhr", "Danke, Jens. Halb leer und trotzdem Pflicht, das sagt viel.")])],
    footer="⟪© 2026 Katrin Sommer · Impressum · Datenschutz⟫",
    body="""<p>⟦Seit Januar müssen die Beschäftigten meines früheren Arbeitgebers wieder an vier Tagen pro Woche ins Büro.⟧ Die Begründung in der Rundmail war knapp: Zusammenarbeit, Kultur, Innovation. Zahlen gab es keine. Ich habe drei Jahre lang in diesem Unternehmen gearbeitet, zwei davon überwiegend von zu Hause aus, und ich halte die Entscheidung für falsch. Nicht, weil ich das Büro hasse, sondern weil sie etwas ausdrückt, das mit Zusammenarbeit wenig zu tun hat: Misstrauen.</p>
<p>Man muss ehrlich sein. Es gibt gute Gründe für gemeinsame Tage im Büro. Neue Kolleginnen lernen schneller, wenn sie zuhören können. Manche Diskussionen laufen am Tisch besser als im Videocall. Das bestreitet niemand. Aber eine pauschale Pflicht für alle, unabhängig von Aufgabe, Team und Lebenssituation, ist keine Antwort auf diese Gründe. ⟦Sie ist eine Antwort auf die Frage, wie man Kontrolle zurückgewinnt.⟧</p>
<p>Das zeigt sich an den Details. Wer ins Büro kommt, um dort acht Stunden lang Videokonferenzen mit Kollegen in anderen Städten zu führen, arbeitet nicht enger zusammen als vorher. Er pendelt nur länger. In meinem alten Team saßen die Hälfte der Leute in Hamburg, die andere in München. Kein Büro der Welt bringt sie an einen Tisch.</p>
<p>Dazu kommen die Kosten, die nicht in der Bilanz des Unternehmens stehen. Eine Stunde Pendeln pro Richtung sind zehn Stunden pro Woche, ein zusätzlicher Arbeitstag ohne Lohn. Für Eltern, für Menschen, die Angehörige pflegen, für alle, die sich die Innenstadtmieten nicht leisten können und deshalb weit draußen wohnen, ist das keine Kleinigkeit. Es ist oft der Unterschied zwischen Vollzeit und Teilzeit.</p>
<blockquote><p>⟦Wer Leistung messen kann, braucht keine Anwesenheit zu messen.⟧</p></blockquote>
<p>Der eigentliche Punkt ist ein anderer. In den Jahren des Homeoffice haben viele Führungskräfte gelernt, Arbeit an Ergebnissen zu messen statt an Präsenz. Das war anstrengend, aber es war ein Fortschritt. Die Rückkehr zur Pflicht macht diesen Fortschritt rückgängig. Sie sagt den Beschäftigten: Wir glauben euch nicht, dass ihr arbeitet, wenn wir euch nicht sehen.</p>
<p>Auch das Argument der Innovation überzeugt mich nicht. Gute Ideen entstehen nicht dadurch, dass Menschen im selben Großraumbüro sitzen und Kopfhörer tragen, um sich konzentrieren zu können. Sie entstehen dort, wo Menschen Zeit zum Nachdenken haben und sich trauen, Fragen zu stellen. Beides wird durch Pflichtanwesenheit nicht leichter.</p>
<p>Was wäre die Alternative? Teams könnten selbst festlegen, wann sie sich treffen, und dafür Gründe nennen. Unternehmen könnten messen, ob Präsenztage tatsächlich etwas verbessern, statt es einfach zu behaupten. Und sie könnten akzeptieren, dass unterschiedliche Aufgaben unterschiedliche Orte brauchen.</p>
<p>Mein früherer Arbeitgeber wird die Regel vermutlich nicht zurücknehmen. Aber er sollte wissen, was sie kostet: nicht nur Pendelzeit, sondern Vertrauen. ⟦Und Vertrauen lässt sich schwerer zurückholen als ein Schreibtisch.⟧</p>""",
    kind="opinion", why="first-person essay against office mandates; tag list says Meinung",
))

# ---------------------------------------------------------------- de: Hugo tutorial
PAGES.append(dict(
    case="de-other-rsyncbackup", lang="de", skin="hugo", domain="blog.tobias-fenk.example", site="Tobias Fenk",
    url="https://blog.tobias-fenk.example/posts/nextcloud-backup-mit-rsync/",
    h1="Nextcloud-Daten jede Nacht mit rsync sichern",
    authors=["Tobias Fenk"], byline_text="Tobias Fenk", byline_name="Tobias Fenk", meta="og",
    pub="2026-01-25T20:10:00+01:00", date="25. Januar 2026", read="6 Min.",
    nav=["Artikel", "Projekte", "Über"],
    toc=["Voraussetzungen", "Das Skript", "Zeitsteuerung", "Wiederherstellen"],
    tags=["Nextcloud", "Backup", "Linux"], recent=["⟪Pi-hole auf dem Raspberry Pi 5 einrichten⟫", "⟪Meine Homelab-Übersicht 2026⟫", "⟪Stromverbrauch im Homelab messen⟫"],
    prev="⟪Pi-hole auf dem Raspberry Pi 5 einrichten⟫", next="WireGuard für Einsteiger",
    footer="⟪© 2026 Tobias Fenk · Impressum · Datenschutz⟫",
    body="""<p>⟦Meine Nextcloud läuft seit drei Jahren auf einem kleinen Server im Keller,⟧ und genauso lange hatte ich kein vernünftiges Backup. In dieser Anleitung zeige ich, wie ich die Daten und die Datenbank jede Nacht auf eine externe Festplatte und auf einen zweiten Rechner bei meinen Eltern sichere. Man braucht dafür nur rsync, ein kurzes Shell-Skript und einen Systemd-Timer.</p>
<h2 id="voraussetzungen">Voraussetzungen</h2>
<p>Ich gehe von einer Nextcloud-Installation unter Debian aus, mit den Daten in <code>/srv/nextcloud/data</code> und einer MariaDB-Datenbank. Die externe Festplatte ist unter <code>/mnt/backup</code> eingehängt. Für das entfernte Ziel braucht ihr einen SSH-Zugang mit Schlüssel, ohne Passwort.</p>
<p>Gesichert werden drei Dinge: das Datenverzeichnis mit allen Dateien der Nutzer, die Datenbank mit Freigaben, Kalendern und Kontakten, und die Konfigurationsdatei <code>config.php</code>. Die Konfiguration vergessen viele, dabei enthält sie das Passwort-Salt und die Instanz-ID. Ohne sie lässt sich eine Installation zwar neu aufsetzen, aber nicht mehr sauber wiederherstellen. Ich kopiere sie deshalb einmal pro Woche zusätzlich in ein verschlüsseltes Archiv, das auf einem USB-Stick in der Schreibtischschublade liegt. Das klingt altmodisch, hat mir aber bei einem Umzug auf neue Hardware tatsächlich schon einmal den Abend gerettet.</p>
<h2 id="das-skript">Das Skript</h2>
<p>Wichtig ist die Reihenfolge: zuerst den Wartungsmodus einschalten, damit sich während der Sicherung nichts ändert, dann Datenbank und Dateien sichern, dann den Wartungsmodus wieder ausschalten.</p>
<pre><code>#!/bin/bash
set -euo pipefail
ZIEL=/mnt/backup/nextcloud
DATUM=$(date +%F)
sudo -u www-data php /var/www/nextcloud/occ maintenance:mode --on
mysqldump --single-transaction nextcloud > "$ZIEL/db-$DATUM.sql"
⟦rsync -aAX --delete /srv/nextcloud/data/ $ZIEL/data/⟧
sudo -u www-data php /var/www/nextcloud/occ maintenance:mode --off
rsync -az --delete "$ZIEL/" backup@eltern.example:/backup/nextcloud/
find "$ZIEL" -name "db-*.sql" -mtime +14 -delete</code></pre>
<p>Die Option <code>--delete</code> sorgt dafür, dass gelöschte Dateien auch im Backup verschwinden. ⟦Wer alte Versionen behalten will, sollte statt rsync lieber ein Werkzeug mit Snapshots verwenden;⟧ für meinen Zweck reicht der tägliche Spiegel, weil Nextcloud selbst einen Papierkorb und eine Versionierung hat.</p>
<h2 id="zeitsteuerung">Zeitsteuerung</h2>
<p>Statt cron nutze ich einen Systemd-Timer, weil ich dann die Ausgabe bequem im Journal sehe und der Timer verpasste Läufe nach einem Neustart nachholt. Die Timer-Datei sieht so aus:</p>
<pre><code>[Timer]
OnCalendar=*-*-* 02:30:00
Persistent=true

[Install]
WantedBy=timers.target</code></pre>
<p>Mit <code>systemctl enable --now nextcloud-backup.timer</code> wird er aktiviert. Ob er läuft, zeigt <code>systemctl list-timers</code>.</p>
<h2 id="wiederherstellen">Wiederherstellen</h2>
<p>Ein Backup ist erst dann eines, wenn man es einmal zurückgespielt hat. Ich habe das auf einer virtuellen Maschine getestet: Dateien zurückkopieren, den Datenbank-Dump einspielen, danach <code>occ files:scan --all</code> ausführen. Das hat beim ersten Mal etwa vierzig Minuten gedauert und einen Fehler in meinem Skript aufgedeckt, weil der Dump ohne die richtigen Zeichensatz-Optionen erstellt worden war.</p>
<p>⟦Seitdem schlafe ich deutlich ruhiger, und ihr hoffentlich bald auch.⟧</p>""",
    kind="other", why="step-by-step backup tutorial with script and timer",
))

# ---------------------------------------------------------------- fr: Blogger rant against loyalty apps
PAGES.append(dict(
    case="fr-opinion-applisfidelite", lang="fr", skin="blogger", domain="claireaucomptoir.blogspot.example", site="Claire au comptoir",
    tagline="Chroniques d’une consommatrice agacée",
    url="https://claireaucomptoir.blogspot.example/2026/03/pourquoi-je-refuse-les-applis-de-fidelite.html",
    h1="Pourquoi je refuse les applis de fidélité",
    authors=["Claire Dubois"], byline_text="Publié par Claire Dubois", byline_name="Claire Dubois", meta="og", meta_pub=False,
    pub="2026-03-03T22:42:00+01:00", date_header="mardi 3 mars 2026", time="22:42",
    nav=["Accueil", "Coups de gueule", "Bonnes adresses", "Contact"],
    labels=["coups de gueule", "commerce", "vie privée"],
    profile=("Claire Dubois", "⟪Lyonnaise, bibliothécaire, râleuse professionnelle depuis 1998.⟫"),
    archive=["mars", "février", "janvier"],
    recent=["⟪Le marché de la Croix-Rousse, mode d’emploi⟫", "Les caisses automatiques, encore", "Trois boulangeries que j’aime"],
    prev="Les caisses automatiques, encore", next="⟪Le marché de la Croix-Rousse, mode d’emploi⟫",
    comments=[("Anonyme", "4 mars 2026 à 08:10", "⟪Entièrement d’accord, ma boulangère m’a proposé son appli hier, j’ai fui.⟫",
               [("Claire Dubois", "4 mars 2026 à 09:02", "Fuir, c’est déjà résister !")])],
    footer="⟪Claire au comptoir. Thème Simple.⟫",
    body="""<p>⟦Samedi, à la caisse de ma librairie de quartier, on m’a demandé de télécharger une application⟧ pour « profiter de mes avantages ». Il y avait trois personnes derrière moi, le réseau ne passait pas et j’achetais un seul livre de poche. J’ai dit non, poliment. Et j’ai décidé d’écrire enfin ce que je pense de cette mode : les applis de fidélité sont une mauvaise affaire pour les clients, et souvent pour les commerçants eux-mêmes.</p>
<p>Commençons par ce que l’on nous vend. Une réduction de cinq pour cent après dix achats, un café offert au bout de la carte, des « offres personnalisées ». Ce que l’on nous demande en échange est beaucoup plus précieux : notre nom, notre adresse électronique, notre numéro de téléphone, et surtout l’historique complet de ce que nous achetons, où et quand. ⟦Une carte en carton tamponnée ne savait rien de moi.⟧ L’application, elle, sait que j’achète des romans policiers le samedi et du vin le vendredi soir.</p>
<p>On me répondra que personne n’est obligé. C’est vrai en théorie. En pratique, de plus en plus de commerces réservent leurs prix ou leurs promotions aux porteurs de l’application. Celui qui refuse paie plus cher. Ce n’est plus de la fidélité, c’est une taxe sur la discrétion, et elle pèse d’abord sur ceux qui n’ont pas de smartphone récent ou qui ne savent pas s’en servir.</p>
<p>Les commerçants, eux, ne sont pas toujours gagnants. La libraire m’a avoué que l’application lui était vendue par un prestataire, avec un abonnement mensuel, et que les données des clients étaient stockées chez lui. Elle ne savait pas très bien ce qu’il en faisait. Elle l’avait installée parce que « tout le monde le fait ».</p>
<p>Je ne demande pas grand-chose. Je veux pouvoir acheter un livre sans créer de compte. Je veux que les promotions soient les mêmes pour tous ceux qui passent la porte. ⟦Et si l’on tient à récompenser les habitués, la vieille carte en carton fonctionne très bien.⟧ Elle ne tombe jamais en panne de réseau, elle ne revend rien à personne et elle tient dans un portefeuille.</p>
<p>Alors, à tous les commerçants que j’aime, et ils sont nombreux : ne vous laissez pas convaincre qu’une application est indispensable. Vos clients fidèles reviennent pour vous, pour vos conseils, pour votre sourire, pas pour des points. Et à tous les clients : vous avez le droit de dire non.</p>
<p>⟦Moi, je continuerai à dire non, même si cela me coûte un café gratuit de temps en temps.⟧</p>""",
    kind="opinion", why="blogger rant arguing loyalty apps harm customers and shops",
))

# ---------------------------------------------------------------- fr: community event report on WordPress
PAGES.append(dict(
    case="fr-news-repaircafe", lang="fr", skin="wordpress", domain="montreuil-sur-loir-asso.example", site="Vivre à Montreuil-sur-Loir",
    tagline="Le blog des associations du village",
    url="https://montreuil-sur-loir-asso.example/2026/02/16/le-repair-cafe-fete-ses-cinq-ans/",
    h1="Le Repair Café fête ses cinq ans : 1 800 objets réparés",
    authors=["Hélène Marchand"], byline_text="par Hélène Marchand", byline_name="Hélène Marchand", meta="og", generator="WordPress 6.6.2",
    pub="2026-02-16T18:30:00+01:00", date="16 février 2026",
    nav=["Accueil", "Associations", "Agenda", "Mairie", "Contact"],
    cats=["Vie associative"], allcats=["Vie associative", "Agenda", "Sport", "Culture"], tags=["repair café", "anniversaire", "bénévolat"],
    cloud=["repair café", "bibliothèque", "randonnée", "école", "fête", "bénévolat", "jardins", "théâtre"],
    blogroll=["Mairie de Montreuil-sur-Loir", "Comité des fêtes", "Club de randonnée"],
    recent=["⟪Assemblée générale du club de randonnée le 7 mars⟫", "⟪La bibliothèque allonge ses horaires le mercredi⟫", "Théâtre : la troupe répète Molière"],
    prev="Les jardins partagés cherchent des bras", next="⟪Assemblée générale du club de randonnée le 7 mars⟫",
    comments=[("Bernard", "16 février 2026 à 20:05", "⟪Bravo à toute l’équipe, ma lampe de chevet vous dit merci !⟫", [])],
    footer="⟪Vivre à Montreuil-sur-Loir, blog tenu par des bénévoles.⟫",
    body="""<p>⟦Le Repair Café de Montreuil-sur-Loir a fêté samedi ses cinq ans d’existence⟧ à la salle des fêtes, en présence d’une centaine de personnes. Depuis sa création en février 2021, l’association affirme avoir examiné plus de 2 400 objets apportés par les habitants, dont environ 1 800 ont pu être réparés.</p>
<p>Le principe n’a pas changé depuis le début : un samedi par mois, des bénévoles aident gratuitement les habitants à réparer leurs objets en panne, qu’il s’agisse de petit électroménager, de vêtements, de vélos ou de jouets. Les visiteurs sont invités à participer eux-mêmes à la réparation.</p>
<p>Selon les chiffres présentés par le trésorier, Gérard Lemoine, les objets les plus souvent apportés sont les lampes, les grille-pain et les cafetières, suivis des vêtements à recoudre. ⟦Le taux de réussite atteint 75 %, contre un peu plus de 60 % la première année.⟧ L’association compte aujourd’hui 22 bénévoles, dont quatre couturières et deux électriciens à la retraite.</p>
<p>« Au début, nous étions cinq autour d’une table avec nos propres outils », a rappelé la présidente, Sylvie Roux, lors de son discours. « Aujourd’hui, nous avons un local, un stock de pièces détachées et une liste d’attente pour les vélos. » Elle a remercié la mairie, qui met la salle à disposition gratuitement, et la quincaillerie du village, qui fournit des pièces à prix coûtant.</p>
<p>Le maire, Patrick Gaudin, a annoncé que la commune allait prêter à l’association une partie de l’ancien presbytère, actuellement inoccupé, afin d’y installer un atelier permanent. ⟦Les travaux d’aménagement doivent commencer au printemps,⟧ pour une ouverture prévue à l’automne.</p>
<p>L’après-midi s’est poursuivi par une séance de réparation ouverte à tous, un goûter et une exposition de photos retraçant les cinq années de l’association. Une habitante, Josiane, 84 ans, est venue avec la machine à coudre de sa mère, restée inutilisée depuis trente ans. Elle est repartie avec une machine qui fonctionne.</p>
<p>Plusieurs bénévoles ont souligné que la fréquentation avait nettement augmenté depuis l’automne, avec une moyenne de 45 visiteurs par séance contre une trentaine l’an dernier. L’association envisage d’organiser une deuxième séance mensuelle si de nouveaux bénévoles la rejoignent.</p>
<p>L’association a également présenté un nouveau projet : des ateliers destinés aux collégiens, en partenariat avec le collège du canton, pour apprendre les bases de l’électricité et de la couture. Les premières séances auront lieu pendant les vacances de printemps.</p>
<p>⟦Le prochain Repair Café aura lieu le samedi 14 mars, de 14 heures à 17 heures, à la salle des fêtes.⟧</p>""",
    kind="news", why="community blog report of an association’s anniversary event",
))

# ---------------------------------------------------------------- it: newsletter essay with footnotes
PAGES.append(dict(
    case="it-opinion-votinumerici", lang="it", skin="newsletter", domain="lavagnabianca.substack.example", site="Lavagna bianca",
    url="https://lavagnabianca.substack.example/p/i-voti-numerici-alla-primaria-sono-un-passo-indietro",
    h1="I voti numerici alla primaria sono un passo indietro",
    deck="Una maestra spiega perché il ritorno ai numeri non aiuta né i bambini né le famiglie",
    authors=["Giulia Ferraris"], byline_text="Giulia Ferraris", byline_name="Giulia Ferraris", ld_authors=["Giulia Ferraris"],
    meta="ld", ld_type="NewsArticle", pub="2026-02-12T06:30:00.000Z", date="12 feb 2026", likes="356",
    nav=["Home", "Archivio", "Chi sono"],
    sub_inline="⟪Lavagna bianca è una newsletter gratuita sulla scuola. Iscriviti per riceverla.⟫",
    sub_end="⟪Grazie per aver letto Lavagna bianca! Iscriviti gratis per ricevere i nuovi post.⟫",
    comments=[("Marco T.", "12 feb", "⟪Da genitore, il numero almeno lo capisco. I giudizi erano incomprensibili.⟫",
               [("Giulia Ferraris", "12 feb", "Hai ragione sui giudizi scritti male. Ma la soluzione è scriverli meglio.")])],
    footer="⟪© 2026 Giulia Ferraris⟫",
    footnotes=["⟦Uso “voti numerici” per comodità: la proposta parla di una scala da 4 a 10.⟧",
               "I dati vengono da un questionario che ho fatto nella mia scuola, con 212 famiglie: non sono rappresentativi di nulla, ma sono onesti."],
    body="""<p>⟦Insegno alla scuola primaria da diciannove anni e ho visto cambiare tre volte il modo di valutare i bambini.⟧ Ora si parla di un quarto cambiamento: il ritorno dei voti numerici anche nelle prime classi.[^1] Capisco le ragioni di chi lo propone, ma credo che sia un errore, e vorrei spiegare perché con la concretezza di chi ogni giorno corregge quaderni.</p>
<p>L’argomento principale a favore dei numeri è la chiarezza. Un sette si capisce, si dice, mentre i giudizi descrittivi introdotti qualche anno fa sono spesso lunghi, burocratici, uguali per tutti. È vero: molti giudizi sono scritti male, e alcuni li ho scritti io. ⟦Ma un giudizio scritto male si corregge scrivendolo meglio, non sostituendolo con un numero.⟧</p>
<p>Un numero dice quanto, non dice cosa. Se Matteo prende sei in italiano, i genitori non sanno se il problema è la lettura, l’ortografia o la comprensione del testo. Un buon giudizio lo dice: legge con sicurezza, ma fatica a riassumere quello che ha letto. È un’informazione con cui una famiglia può fare qualcosa.</p>
<p>C’è poi l’effetto sui bambini. A sette anni un bambino non distingue tra “ho preso cinque” e “sono da cinque”. Nella mia esperienza, i numeri spingono i più fragili a smettere di provare e i più bravi a lavorare per il voto invece che per la curiosità. Nel questionario che abbiamo fatto a scuola, la maggior parte dei genitori diceva di preferire il numero, ma quasi tutti chiedevano anche più colloqui con le insegnanti.[^2] Il bisogno vero, mi sembra, è il dialogo, non la cifra.</p>
[[SUBSCRIBE]]
<p>Non sono contraria alla valutazione. La valutazione è una parte seria del mio lavoro e i bambini hanno diritto a sapere come stanno andando. Sono contraria a una valutazione che semplifica troppo proprio nell’età in cui si impara di più.</p>
<blockquote><p>⟦Valutare vuol dire dare valore, non mettere un prezzo.⟧</p></blockquote>
<p>Cosa proporrei, allora? Giudizi più brevi e più chiari, con esempi concreti. Due colloqui all’anno garantiti per ogni famiglia. Formazione per noi insegnanti su come scrivere una valutazione utile. Nessuna di queste cose costa quanto una riforma, e tutte aiuterebbero più di un numero.</p>
<p>⟦I bambini non sono una media aritmetica, e la scuola primaria è il primo posto dove dovrebbero impararlo.⟧</p>""",
    kind="opinion", why="teacher’s newsletter essay arguing against numeric grades",
))

# ---------------------------------------------------------------- it: product review on WordPress
PAGES.append(dict(
    case="it-other-recensionemoka", lang="it", skin="wordpress", domain="tazzinaperfetta.example", site="La tazzina perfetta",
    tagline="Caffè fatto in casa, senza snobismi",
    url="https://tazzinaperfetta.example/recensione-moka-elettrica-caffettina-e3/",
    h1="Recensione: la moka elettrica Caffettina E3 dopo due mesi",
    authors=["Davide Russo"], byline_text="di Davide Russo", byline_name="Davide Russo", ld_authors=["Davide Russo"], meta="ld",
    pub="2026-03-02T11:00:00+01:00", date="2 marzo 2026", generator="WordPress 6.7.2", thumb=True,
    nav=["Home", "Recensioni", "Guide", "Miscele", "Contatti"],
    cats=["Recensioni"], allcats=["Recensioni", "Guide", "Miscele"], tags=["moka", "moka elettrica", "recensione"],
    cloud=["moka", "espresso", "macinacaffè", "miscele", "decaffeinato", "recensione", "guide", "latte"],
    recent=["⟪Come pulire la moka senza rovinarla⟫", "Cinque miscele sotto i dieci euro", "Macinacaffè manuale: vale la pena?"],
    prev="Cinque miscele sotto i dieci euro", next="Come pulire la moka senza rovinarla",
    comments=[("Lucia", "2 marzo 2026 alle 14:20", "⟪La uso da un anno, confermo tutto, anche il difetto del coperchio.⟫", []),
              ("Franco", "3 marzo 2026 alle 08:05", "⟪Una moka elettrica è un sacrilegio, ma la recensione è onesta.⟫",
               [("Davide Russo", "3 marzo 2026 alle 09:30", "Sacrilegio accettato, Franco!")])],
    footer="⟪© 2026 La tazzina perfetta · P.IVA 01234567890 · Privacy⟫",
    body="""<p>⟦Ho comprato la Caffettina E3 a gennaio, con i miei soldi,⟧ perché in ufficio non c’è un fornello e il caffè della macchinetta del corridoio è quello che è. Dopo due mesi di uso quotidiano, quasi sempre due caffè al giorno, ecco cosa penso di questa moka elettrica da tre tazze.</p>
<h2>Com’è fatta</h2>
<p>La struttura è quella di una moka classica in alluminio, con la caldaia appoggiata su una base elettrica con cavo. Il serbatoio ha la solita valvola di sicurezza e il filtro è identico a quello di una moka tradizionale da tre tazze. La base ha un solo pulsante, che si spegne da solo quando il caffè è uscito, e una spia che resta accesa per tenerlo caldo per trenta minuti. ⟦Il coperchio è il punto debole: la cerniera è di plastica sottile⟧ e dopo qualche settimana ha cominciato a fare gioco.</p>
<h2>Il caffè</h2>
<p>Il risultato è sorprendentemente vicino a quello di una moka sul fornello. Con una miscela media e la macinatura adatta, il caffè esce in circa cinque minuti, cremoso il giusto, senza il gusto di bruciato che si ha quando si dimentica la moka sul fuoco. La temperatura è costante, e questo è forse il vantaggio più grande: ogni mattina il caffè è uguale al giorno prima.</p>
<p>Qualcuno dirà che la moka elettrica è un tradimento della tradizione. Lo capisco, e a casa continuo a usare quella sul gas. Ma in un ufficio, in una camera di studenti o in un camper, questa è una soluzione intelligente, e non vedo perché dovremmo vergognarcene.</p>
<h2>Pulizia e manutenzione</h2>
<p>La parte in alluminio si lava come una moka normale, solo con acqua e senza detersivo. La base non va mai immersa. ⟦Dopo due mesi la guarnizione è ancora in ottimo stato,⟧ ma conviene averne una di ricambio, che costa pochi euro.</p>
<p>Un dettaglio che apprezzo: la base ha una protezione che la spegne se la caldaia è vuota. Mi è successo una volta, di fretta, e non si è rovinato nulla.</p>
<h2>Pro e contro</h2>
<ul>
<li>Pro: caffè costante, spegnimento automatico, funziona ovunque ci sia una presa</li>
<li>Pro: prezzo ragionevole, intorno ai 45 euro</li>
<li>Contro: coperchio fragile, cavo corto</li>
<li>Contro: il mantenimento in caldo tende a cuocere il caffè dopo un quarto d’ora</li>
</ul>
<h2>Verdetto</h2>
<p>La Caffettina E3 fa esattamente quello che promette. Non sostituisce la moka di casa, ma è perfetta dove il fornello non c’è. Voto: 7,5 su 10.</p>
<p>⟦Se vi interessa, nelle prossime settimane provo anche la versione da sei tazze.⟧</p>""",
    kind="other", why="first-person product review with pros, cons and score",
))
