"""Ghost (Casper, Source), Medium (medium.com and a custom domain), Blogger (Contempo, Simple)."""

PAGES = []

# ---------------------------------------------------------------- Ghost, Casper theme: an essay, opinion by voice only
PAGES.append(dict(
    case="en-opinion-ghost-library", lang="en", skin="ghost_casper", domain="thelongshelf.example",
    site="The Long Shelf", url="https://thelongshelf.example/the-library-card-is-the-most-radical-thing-in-your-wallet/",
    h1="The library card is the most radical thing in your wallet",
    deck="A public library lends you a drill, a hotspot and a quiet room without asking who you are. We should stop treating that as a charming leftover.",
    tag="Essays", nav=["Home", "Essays", "Reading lists", "About", "Archive"], footer_nav=["Sign up", "Privacy", "Contact"],
    authors=["Nadia Corrigan"], byline_text="Nadia Corrigan", ld_authors=["Nadia Corrigan"],
    pub="2026-03-02T07:30:00.000Z", mod="2026-03-02T09:12:41.000Z", date="Mar 2, 2026", reading="6 min read",
    figure="The tool shelf at a branch library. Photo by <a href=\"https://unsplash.example/@hbk\">Hal Berkeley</a> / <a href=\"https://unsplash.example\">Unsplash</a>",
    body="""<p>⟦Last winter I borrowed a stud finder, a sewing machine and a telescope from my local branch library,⟧ and nobody asked me for a credit card, a reason or a five-star review. I filled in nothing more than my name and the date. When I brought the telescope back a week late, the librarian asked whether I had seen Jupiter.</p>
<p>I keep thinking about how strange that exchange has become. Almost everything else in my wallet is a bargain with someone who wants something back: a loyalty card that trades my shopping history for a discount, a transit card that logs every trip, a bank card that exists to make spending feel weightless. The library card is the only one that simply says, you live here, so this is partly yours.</p>
<h2 id="the-quiet-expansion">The quiet expansion</h2>
<p>Over the past decade libraries have changed faster than most of us noticed. Branches lend laptops and mobile hotspots to students who have no internet at home. They host tax clinics, citizenship classes and toddler singalongs. Some lend seeds in spring, fishing rods in summer and, in one town I visited, cake tins shaped like every letter of the alphabet.</p>
<figure class="kg-card kg-image-card kg-card-hascaption"><img src="/content/images/2026/03/seed-library.jpg" class="kg-image" alt="" loading="lazy" width="2000" height="1333"><figcaption><span style="white-space: pre-wrap;">⟪Seed packets in an old card catalogue, Eastfield Branch⟫. Photo: Nadia Corrigan</span></figcaption></figure>
<p>⟦None of this was planned from the top.⟧ It happened because librarians watched who walked through the door and asked what they were missing. That is a kind of public service we rarely fund on purpose: slow, local, attentive, and impossible to measure with the number of books checked out.</p>
<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://thelongshelf.example/what-we-lose-when-branches-close/"><div class="kg-bookmark-content"><div class="kg-bookmark-title">⟪What we lose when a branch closes on Sundays⟫</div><div class="kg-bookmark-description">Three towns, three budget cuts, and the people who stopped coming.</div><div class="kg-bookmark-metadata"><img class="kg-bookmark-icon" src="/favicon.png" alt=""><span class="kg-bookmark-author">The Long Shelf</span><span class="kg-bookmark-publisher">Nadia Corrigan</span></div></div><div class="kg-bookmark-thumbnail"><img src="/content/images/2025/11/branch.jpg" alt=""></div></a></figure>
<h2 id="the-wrong-argument">The wrong argument</h2>
<p>When budgets tighten, defenders of libraries usually reach for nostalgia. We talk about the smell of old paper and the children’s corner where we first read about dinosaurs. I understand the impulse, but I think it loses the argument before it starts. Nostalgia invites the reply that times have changed, and that a city with e-books and streaming services can surely do with fewer buildings.</p>
<p>The stronger case is practical. ⟦A library is the cheapest way a town has to share expensive things that people need only occasionally.⟧ One carpet cleaner on a shelf replaces forty bought and forgotten in garages. One quiet room with reliable heating keeps a student studying and a retired man out of the cold. These are not sentimental benefits. They are infrastructure, and they should be budgeted like infrastructure.</p>
<blockquote class="kg-blockquote-alt">A library is the cheapest way a town has to share expensive things that people need only occasionally.</blockquote>
<div class="kg-card kg-signup-card kg-width-regular" data-lexical-signup-form style="background-color: #F0F0F0; display: none;"><div class="kg-signup-card-content"><div class="kg-signup-card-text"><h2 class="kg-signup-card-heading">⟪Get the next essay in your inbox⟫</h2><p class="kg-signup-card-subheading">One long read every other Monday. No ads, no tracking.</p><form class="kg-signup-card-form" data-members-form="signup"><div class="kg-signup-card-fields"><input class="kg-signup-card-input" id="email" data-members-email type="email" required placeholder="Your email"><button class="kg-signup-card-button" type="submit"><span class="kg-signup-card-button-default">Subscribe</span></button></div></form><p class="kg-signup-card-disclaimer"><span>No spam. Unsubscribe anytime.</span></p></div></div></div>
<h2 id="what-i-would-ask-for">What I would ask for</h2>
<p>If I were writing my town’s next budget, I would ask for three modest things. Keep every branch open on weekday evenings, when working people can actually get there. Give each branch a small fund to buy whatever its neighbourhood keeps asking for, whether that is a pressure washer or a set of chess clocks. And stop counting success by loans alone; count the hours people spent inside and the problems they left with solved.</p>
<p>⟦The card in my wallet costs the city a few dollars a year to print.⟧ What it stands for is worth far more: the old, slightly radical idea that some things are better owned together. ⟦We should be expanding that idea, not apologising for it.⟧</p>""",
    exclude=["figure.kg-bookmark-card", "div.kg-signup-card", "figcaption"],
    related=[("⟪Against the self-checkout future⟫", "Why the friction of a human cashier might be the point.", "Feb 16, 2026", "5 min read"),
             ("The park bench audit", "I counted every public seat in my neighbourhood. Here is what I found.", "Feb 02, 2026", "7 min read"),
             ("Small rooms, long hours", "On the study carrels that raised a generation.", "Jan 19, 2026", "4 min read")],
    footer_cta="⟪Sign up for more like this.⟫",
    kind="opinion", why="signed essay arguing libraries should be funded as infrastructure",
))

# ---------------------------------------------------------------- Ghost, Source theme: German local news, two authors
PAGES.append(dict(
    case="de-news-ghost-freibad", lang="de", skin="ghost_source", domain="nordstadt-kurier.example",
    site="Nordstadt Kurier", url="https://nordstadt-kurier.example/freibad-lindenau-oeffnet-erst-im-juli/",
    h1="Freibad Lindenau öffnet erst im Juli – Sanierung wird teurer",
    deck="Der Stadtrat hat am Mittwochabend zusätzliche 1,4 Millionen Euro freigegeben. Schwimmvereine müssen bis zum Sommer ausweichen.",
    tag="Lokales", nav=["Start", "Lokales", "Politik", "Sport", "Kultur", "Über uns"], footer_nav=["Impressum", "Datenschutz", "Kontakt"],
    search_word="Suche", signin="Anmelden", subscribe="Abonnieren", and_word="und", read_more="Weiterlesen",
    authors=["Lea Brandt", "Tobias Wendler"], byline_text="Lea Brandt und Tobias Wendler", ld_authors=["Lea Brandt", "Tobias Wendler"],
    pub="2026-03-11T17:45:00.000Z", date="11. März 2026", reading="4 Min. Lesezeit",
    figure="Das leere Sportbecken im Freibad Lindenau Anfang März. Foto: Tobias Wendler",
    tags=["Lokales", "Stadtrat", "Bäder"],
    body="""<p>⟦Das Freibad Lindenau wird in diesem Jahr nicht wie geplant im Mai öffnen.⟧ Wie die Stadtverwaltung am Mittwoch im Stadtrat mitteilte, verzögert sich die Sanierung des Sportbeckens um mindestens sieben Wochen. Als neuer Termin für die Eröffnung gilt nun der 4. Juli.</p>
<p>Grund für die Verzögerung sind nach Angaben des Baudezernenten Michael Roth Schäden an der Betonwanne, die erst nach dem Entfernen der alten Edelstahlauskleidung sichtbar geworden seien. „Wir haben Risse gefunden, die in keinem Gutachten standen“, sagte Roth in der Sitzung. Ein Teil des Beckenbodens müsse neu gegossen werden.</p>
<h2 id="mehrkosten-von-1-4-millionen-euro">Mehrkosten von 1,4 Millionen Euro</h2>
<p>⟦Der Stadtrat gab mit großer Mehrheit zusätzliche 1,4 Millionen Euro frei.⟧ Damit steigen die Gesamtkosten der Sanierung auf rund 6,9 Millionen Euro. Gegen die Vorlage stimmten lediglich zwei Stadträte der Freien Wähler, die eine externe Prüfung der Baukosten gefordert hatten.</p>
<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">💡</div><div class="kg-callout-text">⟪Sie wissen mehr über das Freibad? Schreiben Sie uns an hinweise@nordstadt-kurier.example⟫ – vertraulich und auf Wunsch anonym.</div></div>
<p>Für die Schwimmvereine bedeutet die Verschiebung einen schwierigen Frühsommer. Der SV Lindenau 1921 trainiert mit seinen rund 300 Mitgliedern bislang ab Mai im Freibad. ⟦„Wir werden auf die Halle in Möckern ausweichen, aber dort bekommen wir nur zwei Bahnen“⟧, sagte die Vereinsvorsitzende Sandra Kühn dem Nordstadt Kurier.</p>
<figure class="kg-card kg-embed-card"><iframe width="200" height="113" src="https://www.youtube-nocookie.example/embed/x7Fb2kq?feature=oembed" frameborder="0" allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture" allowfullscreen title="Stadtrat Sitzung 11.03.2026"></iframe><figcaption><p><span style="white-space: pre-wrap;">⟪Die Sitzung des Stadtrats im Livestream (ab 2:14:00)⟫</span></p></figcaption></figure>
<h2 id="schulschwimmen-soll-gesichert-sein">Schulschwimmen soll gesichert sein</h2>
<p>Die Stadt versicherte, dass der Schwimmunterricht der Grundschulen nicht ausfallen werde. Die betroffenen Klassen sollen bis zu den Sommerferien in die Schwimmhalle Nord gebracht werden, die Kosten für die Busse übernimmt die Stadt. Elternvertreter hatten zuvor befürchtet, dass Kinder erneut ein Schuljahr ohne Schwimmunterricht bleiben.</p>
<p>Nach der Eröffnung soll das Freibad bis Mitte September geöffnet bleiben, zwei Wochen länger als üblich. ⟦Die Eintrittspreise bleiben nach Angaben der Stadt in diesem Jahr unverändert.⟧</p>""",
    exclude=["div.kg-callout-card", "figure.kg-embed-card"],
    related=[("⟪Radweg an der Merseburger Straße: Bauarbeiten beginnen im April⟫", "Die Stadt rechnet mit Sperrungen bis Herbst.", "Von Lea Brandt", "6. März 2026"),
             ("Neue Bäckerei im alten Bahnhof", "Nach drei Jahren Leerstand zieht wieder Leben ein.", "Von Jonas Mai", "2. März 2026"),
             ("Kita-Plätze: Warteliste wird kürzer", "Erstmals seit Jahren sinkt die Zahl der Anmeldungen.", "Von Tobias Wendler", "1. März 2026")],
    footer="© 2026 Nordstadt Kurier. Veröffentlicht mit Ghost",
    signup=("⟪Der Nordstadt Kurier kommt jeden Freitag per E-Mail⟫", "Unabhängiger Lokaljournalismus, finanziert von unseren Mitgliedern."),
    kind="news", why="local news report on pool renovation delay and council vote",
))

# ---------------------------------------------------------------- Medium (publication on medium.com): a tutorial with code
PAGES.append(dict(
    case="en-other-medium-buildcache", lang="en", skin="medium", domain="medium.example",
    site="Medium", publication="Pipeline Notes", handle="arjun.mehta.dev",
    url="https://medium.example/pipeline-notes/we-halved-our-ci-time-with-a-build-cache-we-almost-didnt-trust-4c9e2a7d1b03",
    title_tag="We halved our CI time with a build cache we almost didn’t trust | by Arjun Mehta | Pipeline Notes | Feb, 2026 | Medium",
    h1="We halved our CI time with a build cache we almost didn’t trust",
    deck="A step-by-step guide to remote layer caching for Docker builds, and the three mistakes that made our first attempt slower",
    authors=["Arjun Mehta"], byline_text="Arjun Mehta", ld_authors=["Arjun Mehta"],
    pub="2026-02-18T14:02:11.437Z", mod="2026-02-19T08:40:03.112Z", date="Feb 18, 2026", reading="7 min read",
    claps="1.4K", responses="23", followers="2.1K Followers", bio="⟪Platform engineer. I write about build systems, boring infrastructure and the occasional outage.⟫",
    tags=["Docker", "Continuous Integration", "DevOps", "⟪Software Engineering⟫"],
    comments=[("Lena Fischer", "Feb 19, 2026", "⟪We hit exactly the same cache-key problem with our monorepo. Thanks for writing this up!⟫", "41"),
              ("Tomás Quiroga", "Feb 21, 2026", "Did you try mounting the package cache as well?", "7")],
    more=[("⟪The day our staging database ran out of inodes⟫", "A short post-mortem with a long tail", "Jan 12, 2026", "312"),
          ("Stop writing bash in YAML", "Move your CI logic into scripts you can run locally", "Nov 30, 2025", "2.2K")],
    parts=["""<p>⟦Six months ago a full build of our main service took 23 minutes in CI.⟧ Most of that time was spent downloading the same dependencies and compiling the same unchanged modules on a fresh runner, over and over, forty times a day. This guide walks through how we set up a remote build cache for our Docker builds, and what we got wrong the first time.</p>
<p>The short version: we now build in 11 minutes on average, and a change that touches only application code builds in under four. The long version involves one misleading dashboard and a cache that was, for two weeks, making everything slower.</p>
<h2>Step 1: Turn on BuildKit and a registry cache</h2>
<p>Our runners are ephemeral, so a local layer cache disappears when the job ends. BuildKit can export the cache to a container registry and import it on the next run. The change to our pipeline was three lines:</p>
<pre><span data-code-block-mode="1" data-code-block-lang="bash">⟦docker buildx build --cache-from type=registry,ref=registry.example/app:cache⟧ \\
  --cache-to type=registry,ref=registry.example/app:cache,mode=max \\
  --tag registry.example/app:$GIT_SHA .</span></pre>
<p>The important flag is <code>mode=max</code>. Without it, only the layers of the final stage are exported, and in a multi-stage build that means your expensive dependency stage is never cached at all.</p>""",
           """<h2>Step 2: Order the Dockerfile for the cache, not for humans</h2>
<p>⟦A layer cache is only as good as the order of your instructions.⟧ Any change to a file that is copied early invalidates every layer after it. Our original Dockerfile copied the whole repository before installing dependencies, because that was how the first person had written it years ago.</p>
<p>We split the copy in two: first the lock files, then the dependency install, then the source code. Dependencies now change a few times a week instead of on every commit, so the install layer is reused almost every time.</p>
<figure class="rl rm rn ro rp rq ri rj paragraph-image"><div role="button" tabindex="0" class="rr rs ed rt bh ru"><div class="ri rj rk"><picture><img alt="" class="bh mb rv c" width="700" height="394" loading="lazy" role="presentation" src="https://miro.medium.example/v2/resize:fit:1400/1*buildtimes.png"></picture></div></div><figcaption class="rw fe rx ri rj ry rz be b bf z dx" data-selectable-paragraph="">⟪Median build time per week, September to February (image by author)⟫</figcaption></figure>
<h2>Step 3: Check that the cache is actually hit</h2>
<p>Here is the mistake that cost us two weeks. Our dashboard showed that the cache was being imported on every run, so we assumed it was working. In fact, a build argument containing the commit hash was declared at the top of the Dockerfile, which changed the cache key of every layer below it.</p>
<p>Read the build log, not the dashboard. BuildKit prints <code>CACHED</code> next to every layer it reused. If you see a long run of layers without it, look for an argument, a timestamp or a copied file that changes on every commit.</p>
<ul><li>Move build arguments as late in the file as possible.</li><li>Never copy the .git directory into the image.</li><li>Pin base images by digest so a new upstream tag does not silently bust the cache.</li></ul>""",
           """<h2>What we would do differently</h2>
<p>If we started again, we would measure first. We spent days tuning cache settings before learning which steps were slow, and the biggest win turned out to be the boring reordering of two COPY lines.</p>
<p>⟦A build cache is not magic, and it is not free: ours costs about 30 gigabytes of registry storage.⟧ For a team that pushes forty times a day, though, twelve minutes per build adds up to eight hours of waiting every single day. ⟦That was worth one slightly awkward afternoon of reading logs.⟧</p>"""],
    kind="other", why="step-by-step technical tutorial with code on Medium",
))

# ---------------------------------------------------------------- Medium on a custom domain: Spanish news report (Chile), English UI
PAGES.append(dict(
    case="es-news-medium-agua", lang="es", skin="medium", domain="revistaladera.example", html_lang="es",
    site="Revista Ladera", publication="Revista Ladera", handle="camilarojast", custom_domain=True,
    pub_nav=["Territorio", "Agua", "Comunidad", "Entrevistas", "Quiénes somos"],
    url="https://revistaladera.example/vicu%C3%B1a-la-cooperativa-de-agua-aprueba-subir-la-tarifa-un-12-8d1e44c07a59",
    title_tag="Vicuña: la cooperativa de agua aprueba subir la tarifa un 12 % | by Camila Rojas Tapia | Revista Ladera",
    h1="Vicuña: la cooperativa de agua aprueba subir la tarifa un 12 %",
    deck="La asamblea votó el alza tras un año de sequía que obligó a comprar agua en camiones aljibe",
    authors=["Camila Rojas Tapia"], byline_text="Camila Rojas Tapia", ld_authors=["Camila Rojas Tapia"],
    pub="2026-03-09T22:41:27.905Z", date="Mar 9, 2026", reading="4 min read",
    claps="218", responses="6", followers="640 Followers", bio="⟪Periodista en La Serena. Escribo sobre agua, campo y territorio en la región de Coquimbo.⟫",
    tags=["Chile", "Agua", "Sequía", "⟪Periodismo Local⟫"],
    comments=[("Rodrigo Araya", "Mar 10, 2026", "⟪Lo que nadie dice es que el alza la pagan los mismos de siempre.⟫", "12"),
              ("María José Vega", "Mar 10, 2026", "Gracias por explicar de dónde sale el número.", "3")],
    more=[("⟪Los últimos arrieros del Elqui⟫", "Crónica de una trashumancia que se apaga", "Feb 20, 2026", "96"),
          ("Paneles solares en el valle: quién gana y quién pierde", "", "Jan 28, 2026", "154")],
    parts=["""<p>⟦La asamblea de socios de la Cooperativa de Agua Potable Rural de Vicuña aprobó el sábado un alza de 12 % en la tarifa⟧ para todos sus arranques, que comenzará a regir en abril. La medida fue respaldada por 214 votos contra 97, en una sesión que se extendió por más de cuatro horas en el gimnasio municipal.</p>
<p>Según la directiva, el aumento es necesario para pagar la deuda acumulada durante 2025, cuando la baja de los pozos obligó a la cooperativa a comprar agua y distribuirla en camiones aljibe a unos 600 hogares de los sectores altos durante casi cinco meses.</p>
<p>⟦“No es una decisión que tomamos con gusto”, dijo la presidenta de la cooperativa⟧, Gladys Contreras. “Pero si no pagamos a los proveedores, el próximo verano no vamos a tener cómo llevar agua a nadie”.</p>""",
           """<p>⟦El alza equivale a unos 1.900 pesos mensuales para un hogar de consumo promedio⟧, de acuerdo con las cifras presentadas en la asamblea. Las familias inscritas en el subsidio municipal de agua potable mantendrán el descuento, que cubre hasta 15 metros cúbicos al mes.</p>
<p>Un grupo de socios del sector de Peralillo votó en contra y pidió que la directiva presente primero una auditoría de los gastos del último año. Su vocero, Héctor Ramírez, sostuvo que la cooperativa “debió prever la sequía” y que los vecinos no pueden pagar por errores de gestión.</p>
<figure class="rl rm rn ro rp rq ri rj paragraph-image"><div class="ri rj rk"><picture><img alt="" class="bh mb rv c" width="700" height="467" loading="lazy" role="presentation" src="https://miro.medium.example/v2/resize:fit:1400/1*asamblea.jpeg"></picture></div><figcaption class="rw fe rx ri rj ry rz be b bf z dx" data-selectable-paragraph="">⟪La votación en el gimnasio municipal de Vicuña. Foto: Camila Rojas T.⟫</figcaption></figure>""",
           """<p>La Dirección de Obras Hidráulicas confirmó a Revista Ladera que el proyecto para un nuevo pozo en el sector de Diaguitas está en etapa de diseño y que su construcción podría licitarse a fines de este año. Mientras tanto, la cooperativa deberá seguir dependiendo de los dos pozos actuales, cuyo nivel bajó casi seis metros desde 2022.</p>
<p>⟦La directiva se comprometió a presentar un informe de gastos en la próxima asamblea, fijada para junio.⟧</p>"""],
    kind="news", why="local news report on water tariff vote, Medium custom domain",
))

# ---------------------------------------------------------------- Blogger, Contempo theme: a Brazilian recipe (title in <h3>, blog name in <h1>)
PAGES.append(dict(
    case="pt-other-blogger-bolo", lang="pt", html_lang="pt-BR", skin="blogger_contempo", domain="cozinhadarenata.blogspot.example",
    site="Cozinha da Renata", blog="Cozinha da Renata", blog_desc="Receitas de família, sem frescura, testadas no forno de casa.",
    blog_id="4417702988311064521", post_id="8120457763190228814", profile="05532184467019377201",
    url="https://cozinhadarenata.blogspot.example/2026/03/bolo-de-fuba-cremoso-da-vo-cida.html",
    title_tag="Cozinha da Renata: Bolo de fubá cremoso da vó Cida",
    h1="Bolo de fubá cremoso da vó Cida", exp_title="Bolo de fubá cremoso da vó Cida",
    authors=["Renata Paiva"], byline_text="por Renata Paiva", blogger_name="Renata Paiva",
    pub="2026-03-09T10:15:00-03:00", date="março 09, 2026",
    nav=["Início", "Bolos", "Salgados", "Doces de festa", "Sobre mim"],
    labels=["bolos", "fubá", "receitas de vó"], all_labels=["bolos", "café da tarde", "festa junina", "fubá", "salgados"],
    bio="⟪Mãe do Theo, professora de química e cozinheira de fim de semana. Escrevo aqui desde 2014.⟫",
    popular=[("⟪Pão de queijo de liquidificador que não murcha⟫", "O segredo está na temperatura do leite..."), ("Cuscuz paulista para o almoço de domingo", "Uma receita que rende muito e...")],
    comments=[("Sônia M.", "10 de março de 2026 às 08:12", "⟪Fiz ontem e ficou igualzinho ao da minha mãe! Obrigada por compartilhar.⟫"),
              ("Paulo Henrique", "11 de março de 2026 às 17:40", "Dá pra trocar o leite por leite de coco?")],
    words=dict(skip="Pular para o conteúdo principal", search="Pesquisar", search_blog="Pesquisar este blog", header="Cabeçalho", pages="Páginas",
               main="Corpo da página", by="por", share_word="Compartilhar", labels="Marcadores:", comments="Comentários", reply="Responder",
               add_comment="Adicionar comentário", post_comment="Postar um comentário", newer="Postagem mais recente", older="Postagem mais antiga",
               home="Página inicial", about_me="Quem sou eu", my_photo="Minha foto", full_profile="Visitar perfil", popular="Postagens mais visitadas",
               labels_h="Marcadores", abuse="Denunciar abuso", powered="Tecnologia do Blogger", img_attr="Imagens de tema por Michael Elkan",
               share=[("link", "Gerar link"), ("facebook", "Facebook"), ("twitter", "X"), ("pinterest", "Pinterest"), ("email", "E-mail")],
               cookie="⟪Este site usa cookies do Google para fornecer serviços e analisar tráfego.⟫", cookie_more="Saiba mais", cookie_ok="Ok"),
    body="""<div style="text-align: left;">⟦Esse é o bolo que a minha avó fazia toda sexta-feira à tarde,⟧ quando a gente chegava da escola com fome e o café já estava passado. Ele tem uma camada cremosa no meio, quase um pudim, que se forma sozinha no forno. Não tem mágica: é a massa bem líquida que faz isso.</div>
<div style="text-align: left;"><br /></div>
<table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container" style="margin-left: auto; margin-right: auto;"><tbody><tr><td style="text-align: center;"><a href="https://blogger.googleusercontent.example/img/b/R29vZ2xl/bolo1/s1600/bolo-fuba.jpg" style="margin-left: auto; margin-right: auto;"><img border="0" data-original-height="1080" data-original-width="1440" height="480" src="https://blogger.googleusercontent.example/img/b/R29vZ2xl/bolo1/w640-h480/bolo-fuba.jpg" width="640" /></a></td></tr><tr><td class="tr-caption" style="text-align: center;">⟪A camada cremosa aparece quando o bolo esfria um pouco⟫</td></tr></tbody></table>
<div style="text-align: left;"><br /></div>
<div style="text-align: left;">Não se assuste com a massa mole. Da primeira vez que fiz sozinha, achei que tinha errado e coloquei mais fubá: o bolo ficou seco e sem creme. Confie na receita.</div>
<h3 style="text-align: left;">Ingredientes</h3>
<ul style="text-align: left;"><li>⟦4 xícaras (chá) de leite⟧</li><li>3 ovos</li><li>2 xícaras (chá) de açúcar</li><li>1 xícara (chá) de fubá</li><li>2 colheres (sopa) de farinha de trigo</li><li>3 colheres (sopa) de manteiga</li><li>100 g de queijo parmesão ralado</li><li>1 colher (sopa) de fermento em pó</li></ul>
<h3 style="text-align: left;">Modo de preparo</h3>
<ol style="text-align: left;"><li>Preaqueça o forno a 180 °C e unte uma forma retangular média com manteiga e fubá.</li><li>⟦Bata todos os ingredientes no liquidificador, menos o fermento, por três minutos.⟧</li><li>Junte o fermento e bata só mais alguns segundos, no pulsar.</li><li>Despeje na forma e asse por cerca de 50 minutos, até que a superfície esteja dourada.</li></ol>
<div style="text-align: left;"><b>Rendimento:</b> 15 pedaços. <b>Tempo:</b> 1 hora.</div>
<div style="text-align: left;"><br /></div>
<div style="text-align: left;">Uma dica da vó Cida: espere pelo menos 40 minutos antes de cortar. ⟦Quente, o creme ainda não firmou e o bolo desmancha no prato.⟧ Frio, no dia seguinte, fica ainda melhor com um café bem forte.</div>""",
    exclude=["td.tr-caption"],
    kind="other", why="family recipe post on a cooking blog",
))

# ---------------------------------------------------------------- Blogger, Simple theme: an Indonesian teacher's opinion post
PAGES.append(dict(
    case="id-opinion-blogger-pr", lang="id", skin="blogger_simple", domain="catatanburatna.blogspot.example",
    site="Catatan Bu Ratna", blog="Catatan Bu Ratna", blog_desc="⟪Cerita dan pendapat seorang guru SD di Sleman.⟫",
    blog_id="7701934402218853102", post_id="3391026654417718820", profile="11298830046152270044",
    url="https://catatanburatna.blogspot.example/2026/03/sekolah-perlu-berhenti-memberi-pr-akhir-pekan.html",
    title_tag="Catatan Bu Ratna: Sekolah Perlu Berhenti Memberi PR di Akhir Pekan",
    og_title="Sekolah Perlu Berhenti Memberi PR di Akhir Pekan",
    h1="Sekolah Perlu Berhenti Memberi PR di Akhir Pekan", exp_title="Sekolah Perlu Berhenti Memberi PR di Akhir Pekan",
    authors=["Ratna Wulandari"], byline_text="Diposting oleh Ratna Wulandari", blogger_name="Ratna Wulandari",
    pub="2026-03-09T19:30:00+07:00", date="Senin, 09 Maret 2026", time="19.30",
    nav=["Beranda", "Tentang Saya", "Kelas 4B", "Kontak"],
    labels=["pendidikan", "opini", "sekolah dasar"], all_labels=["keluarga", "opini", "pendidikan", "sekolah dasar"],
    bio="⟪Guru kelas di sebuah SD negeri di Sleman sejak 2009. Suka membaca dan berkebun.⟫",
    popular=[("⟪Lima Permainan Tradisional untuk Jam Istirahat⟫", "Anak-anak sekarang masih suka gobak sodor..."), ("Surat untuk Orang Tua Murid Baru", "Selamat datang di kelas 4B...")],
    comments=[("Anonim", "10 Maret 2026 pukul 06.15", "⟪Setuju sekali Bu, anak saya tiap Minggu malam menangis karena PR.⟫"),
              ("Pak Dimas", "10 Maret 2026 pukul 21.02", "Tapi kalau tidak ada PR, anak malah main HP seharian.")],
    words=dict(header="Header", main="Utama", posted_by="Diposting oleh", at="di", labels="Label:", n_comments="2 komentar:", reply="Balas",
               post_comment="Posting Komentar", newer="Posting Lebih Baru", older="Posting Lama", home="Beranda", subscribe="Langganan:",
               feed="Posting Komentar (Atom)", about_me="Mengenai Saya", my_photo="Foto saya", full_profile="Lihat profil lengkapku",
               popular="Postingan Populer", archive="Arsip Blog", labels_h="Label",
               attribution="Tema Sederhana. Diberdayakan oleh <a href='https://www.blogger.example' target='_blank'>Blogger</a>.",
               share=[("email", "Kirimkan Ini lewat Email"), ("blog", "BlogThis!"), ("twitter", "Berbagi ke X"), ("facebook", "Berbagi ke Facebook"), ("pinterest", "Bagikan ke Pinterest")]),
    body="""<div dir="ltr" style="text-align: left;" trbidi="on">
<div style="text-align: justify;">⟦Setiap Senin pagi saya bisa menebak murid mana yang akhir pekannya habis untuk mengerjakan PR.⟧ Matanya sayu, bukunya lecek, dan jawabannya sering kali ditulis dengan tulisan tangan orang dewasa. Sudah enam belas tahun saya mengajar, dan semakin lama saya semakin yakin bahwa PR akhir pekan lebih banyak merugikan daripada menolong.</div>
<div style="text-align: justify;"><br /></div>
<div style="text-align: justify;">Saya tidak anti PR. Latihan di rumah ada gunanya, terutama untuk membaca dan berhitung dasar. Tetapi akhir pekan adalah satu-satunya waktu ketika anak bisa bermain lama, membantu orang tua di sawah atau di warung, mengunjungi nenek, atau sekadar bosan. Bosan itu penting. ⟦Dari rasa bosan, anak belajar mencari kesibukan sendiri.⟧</div>
<div style="text-align: justify;"><br /></div>
<div style="text-align: justify;">Yang sering terlupa, PR akhir pekan juga membebani keluarga secara tidak adil. Anak yang orang tuanya sarjana dan punya waktu luang akan dibantu, bahkan kadang dikerjakan. Anak yang ibunya berjualan di pasar sejak subuh harus berjuang sendiri. Hasilnya, nilai PR lebih banyak mengukur keadaan rumah daripada kemampuan anak.</div>
<div style="text-align: justify;"><br /></div>
<div class="separator" style="clear: both; text-align: center;"><a href="https://blogger.googleusercontent.example/img/b/R29vZ2xl/pr1/s1600/kelas.jpg" style="margin-left: 1em; margin-right: 1em;"><img border="0" data-original-height="900" data-original-width="1200" height="300" src="https://blogger.googleusercontent.example/img/b/R29vZ2xl/pr1/w400-h300/kelas.jpg" width="400" /></a></div>
<div style="text-align: justify;"><br /></div>
<div style="text-align: justify;">Tahun lalu, kelas saya mencoba aturan sederhana: tidak ada PR dari Jumat siang sampai Senin pagi. Sebagai gantinya, setiap Senin kami mulai dengan lima belas menit bercerita tentang apa yang dilakukan anak-anak selama akhir pekan. ⟦Nilai ulangan mereka tidak turun, dan beberapa justru naik.⟧ Yang paling terasa, kelas menjadi lebih hidup di awal minggu.</div>
<div style="text-align: justify;"><br /></div>
<div style="text-align: justify;">Saya tahu ada orang tua yang khawatir anaknya akan menghabiskan akhir pekan dengan telepon genggam. Kekhawatiran itu wajar, tetapi jawabannya bukan menambah lembar kerja. Jawabannya adalah kesepakatan di rumah dan contoh dari orang dewasa.</div>
<div style="text-align: justify;"><br /></div>
<div style="text-align: justify;">Karena itu saya berharap dinas pendidikan berani membuat aturan yang jelas untuk sekolah dasar. ⟦Biarkan akhir pekan menjadi milik anak-anak dan keluarganya.⟧</div>
</div>""",
    kind="opinion", why="teacher argues schools should stop weekend homework",
))
