"""WordPress: block theme (Twenty Twenty-Four), Elementor, Divi, Newspack, GeneratePress, Astra."""

PAGES = []

# ---------------------------------------------------------------- WP block theme: an English essay, byline and category below the content, pull quote, tweet embed, query loop
PAGES.append(dict(
    case="en-opinion-wpblock-bridge", lang="en", wp_lang="en-US", skin="wp_block", domain="civicplumbing.example", post_id=2214,
    site="Civic Plumbing", tagline="Notes on the infrastructure nobody photographs", url="https://civicplumbing.example/in-praise-of-the-boring-bridge/",
    title_tag="In praise of the boring bridge - Civic Plumbing", h1="In praise of the boring bridge",
    nav=["Essays", "Field notes", "About", "Subscribe"], crumbs=["Home", "Opinion", "In praise of the boring bridge"],
    wp_author="Theo Marsh", wp_cats=["Opinion"], wp_tags=["bridges", "maintenance", "budgets"], meta_author="Theo Marsh",
    authors=["Theo Marsh"], byline_text="Written by Theo Marsh", pub="2026-03-03T12:00:00+00:00", mod="2026-03-04T08:15:00+00:00", date="March 3, 2026",
    cat="Opinion", tags=["bridges", "maintenance", "budgets"],
    comments=[("Karen Liu", "March 3, 2026 at 4:12 pm", "⟪As a county engineer, thank you. Nobody holds a press conference for a repainted girder.⟫"), ("B. Okafor", "March 4, 2026 at 9:30 am", "Counterpoint: new bridges get built because maintenance never gets votes.")],
    prev="The sewer map nobody has", next="What a pothole costs",
    loop=[("⟪The sewer map nobody has⟫", "Most cities cannot say exactly where their pipes are.", "February 24, 2026"), ("Why your bus stop has no bench", "A short history of the smallest public budget.", "February 12, 2026"), ("Counting culverts", "A weekend with a clipboard and a drainage ditch.", "February 3, 2026")],
    w=dict(nav_label="Main", open_menu="Open menu", close_menu="Close menu", written_by="Written by", **{"in": "in"}, reply="Reply", comments_h="2 responses to “In praise of the boring bridge”",
           leave="Leave a Reply", comment="Comment", post_comment="Post Comment", posts="Posts", more_posts="⟪More posts⟫", designed_with="Designed with WordPress"),
    body="""<p>⟦The most important bridge in my city is one you have never heard of.⟧ It carries four lanes of an unremarkable arterial road over a rail cutting, it was built in 1968, and it has no name beyond a number on a state inspection list. Last year its rating dropped to “poor”. Nobody cut a ribbon when it opened, and nobody will when it is repaired. That is precisely why I worry about it.</p>
<p>Every few years a city like mine falls in love with a signature project. A cable-stayed footbridge, a gondola, a waterfront crossing with a competition and an architect from abroad. These projects are easy to love. They photograph well, they give politicians a story, and they attract federal grants designed to reward ambition.</p>
<h2 class="wp-block-heading">The maintenance gap</h2>
<p>Meanwhile the dull bridges age. According to our own public works department, the city would need to spend about $40 million a year for a decade just to bring its existing structures up to a fair rating. ⟦It currently spends less than half of that, and the gap grows every winter.⟧</p>
<figure class="wp-block-pullquote has-border-color" style="border-top-width:2px;border-bottom-width:2px"><blockquote><p>It currently spends less than half of that, and the gap grows every winter.</p><cite>Theo Marsh</cite></blockquote></figure>
<p>The reason is not mysterious. A new bridge can be financed with bonds and grants, and its cost appears once, at the moment of triumph. Maintenance is an annual line in an operating budget, competing every year with libraries, police overtime and snow clearing. It always looks deferrable, right up to the day a load limit sign goes up and the trucks start rerouting through residential streets.</p>
<figure class="wp-block-embed is-type-rich is-provider-twitter wp-block-embed-twitter"><div class="wp-block-embed__wrapper"><blockquote class="twitter-tweet" data-width="550" data-dnt="true"><p lang="en" dir="ltr">⟪Load limit posted on the 14th St overpass this morning. Detour via Elm for all vehicles over 10 tons.⟫</p>&mdash; City Public Works (@citypublicworks) <a href="https://twitter.example/citypublicworks/status/1896000000000000000">February 27, 2026</a></blockquote></div></figure>
<h2 class="wp-block-heading">What I would change</h2>
<p>I am not arguing against every new crossing. I am arguing for a rule that I think most residents would accept if it were put to them plainly: ⟦no new structure until the old ones we already own are in fair condition⟧, or at least until there is a funded plan to get them there. Call it a fix-it-first pledge, and make every council candidate answer whether they support it.</p>
<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" src="/wp-content/uploads/2026/03/overpass-1024x683.jpg" alt="" class="wp-image-2219"><figcaption class="wp-element-caption">⟪The 14th Street overpass, rated poor since 2025.⟫</figcaption></figure>
<p>Boring bridges do not need a visionary. They need paint, bearings, drainage and an inspector who is listened to. ⟦That is not an exciting platform, but it is the one that keeps the trucks off our side streets.⟧</p>
<div class="wp-block-jetpack-subscriptions__container is-not-subscriber"><form action="#" method="post" accept-charset="utf-8" data-blog="201144" data-post_access_level="everybody" id="subscribe-blog"><div class="wp-block-jetpack-subscriptions__form-elements"><p id="subscribe-email"><label for="subscribe-field" class="screen-reader-text">Type your email…</label><input required="required" type="email" name="email" class="no-border-radius" placeholder="Type your email…" value="" id="subscribe-field"></p><p id="subscribe-submit"><button type="submit" class="wp-block-button__link no-border-radius" name="jetpack_subscriptions_widget">⟪Subscribe to Civic Plumbing⟫</button></p></div></form></div>""",
    exclude=["figure.wp-block-pullquote", "figure.wp-block-embed", "figcaption", "div.wp-block-jetpack-subscriptions__container"],
    kind="opinion", why="essay arguing to fund bridge maintenance before new projects",
))

# ---------------------------------------------------------------- WP block theme: a Turkish book review
PAGES.append(dict(
    case="tr-other-wpblock-kitap", lang="tr", wp_lang="tr-TR", skin="wp_block", domain="kitapkurdunotlari.example", post_id=871,
    site="Kitap Kurdu Notları", tagline="⟪Okuduklarım üzerine notlar⟫", url="https://kitapkurdunotlari.example/tuz-ve-ruzgar-inceleme/",
    title_tag="Tuz ve Rüzgâr: Ege kıyısında sessiz bir aile romanı - Kitap Kurdu Notları", h1="Tuz ve Rüzgâr: Ege kıyısında sessiz bir aile romanı",
    nav=["İncelemeler", "Listeler", "Söyleşiler", "Hakkımda"], crumbs=["Ana sayfa", "İncelemeler", "Tuz ve Rüzgâr"],
    wp_author="Zeynep Aydın", wp_cats=["İncelemeler"], wp_tags=["roman", "Türk edebiyatı"], meta_author="Zeynep Aydın", yoast_label="Yazan",
    authors=["Zeynep Aydın"], byline_text="Yazan Zeynep Aydın", pub="2026-03-09T20:05:00+03:00", date="9 Mart 2026",
    cat="İncelemeler", tags=["roman", "Türk edebiyatı", "⟪2026 okumaları⟫"],
    comments=[("Elif", "10 Mart 2026, 09:14", "⟪Bu incelemeyi okuyunca hemen sipariş ettim, teşekkürler!⟫"), ("Murat K.", "11 Mart 2026, 22:40", "Yazarın ilk kitabını da okudunuz mu?")],
    prev="Şubat ayında okuduklarım", next="Bahar için on kısa roman",
    loop=[("⟪Şubat ayında okuduklarım⟫", "Beş kitap, iki hayal kırıklığı ve bir keşif.", "28 Şubat 2026"), ("Kış gecelerine polisiye önerileri", "Sıcak bir çay ve uzun bir gece için.", "14 Şubat 2026")],
    w=dict(nav_label="Ana", open_menu="Menüyü aç", close_menu="Menüyü kapat", written_by="Yazan", **{"in": "içinde"}, reply="Yanıtla", comments_h="“Tuz ve Rüzgâr” üzerine 2 yorum",
           leave="Bir yanıt yazın", comment="Yorum", post_comment="Yorum gönder", posts="Yazılar", more_posts="⟪Daha fazla yazı⟫", designed_with="WordPress ile tasarlandı"),
    body="""<p>⟦Deniz Karaca’nın ikinci romanı Tuz ve Rüzgâr, Ayvalık yakınlarında küçük bir zeytinyağı fabrikasının etrafında geçiyor.⟧ Üç kuşak boyunca aynı evde yaşayan bir ailenin hikâyesi bu; ama roman, büyük olaylardan çok sessizliklerle ilerliyor. Söylenmeyen sözler, ertelenen yolculuklar, yıllarca kapalı kalan bir oda.</p>
<div class="wp-block-group has-background is-layout-flow" style="background-color:#f3efe6"><p><strong>Yazar:</strong> Deniz Karaca · <strong>Yayınevi:</strong> Kıyı Yayınları · <strong>Sayfa:</strong> 312 · <strong>Puanım:</strong> 4/5</p></div>
<h2 class="wp-block-heading">Konu ve anlatım</h2>
<p>Roman, fabrikayı kapatmaya karar veren Nermin’in annesinin cenazesi için eve dönmesiyle başlıyor. Karaca, geçmişle bugünü dönüşümlü bölümlerle anlatıyor ve bunu oldukça ustaca yapıyor: her bölümün sonunda küçük bir ayrıntı, bir önceki kuşağın hikâyesine kapı aralıyor.</p>
<p>⟦Dil sade ama özenli; özellikle zeytin hasadının anlatıldığı bölümler neredeyse kokusuyla birlikte okunuyor.⟧ Diyaloglar az ama yerinde. Yazar, karakterlerini yargılamadan, biraz uzaktan izlemeyi tercih ediyor.</p>
<figure class="wp-block-image size-large"><img decoding="async" width="800" height="1200" src="/wp-content/uploads/2026/03/tuz-ve-ruzgar-kapak.jpg" alt="Tuz ve Rüzgâr kitap kapağı"><figcaption class="wp-element-caption">⟪Kitabın kapağı (Kıyı Yayınları)⟫</figcaption></figure>
<p>Kitabın en güçlü yanı ise mekân. Fabrikanın taş duvarları, sabah sisinde körfeze inen yol, hasat zamanı kurulan uzun sofralar; hepsi karakterler kadar canlı. Karaca’nın bölgeyi yakından tanıdığı her sayfada hissediliyor.</p>
<h2 class="wp-block-heading">Beni ikna etmeyenler</h2>
<p>Romanın son üçte birlik kısmı biraz aceleye gelmiş gibi. Yıllarca biriken gerilim, birkaç sayfalık bir yüzleşmeyle çözülüyor ve bu, kitabın geri kalanındaki sabırlı tempoya uymuyor. ⟦Erkek karakterler de kadınlar kadar derinlikli yazılmamış.⟧</p>
<h2 class="wp-block-heading">Kimlere önerilir?</h2>
<p>Aile romanlarını, yavaş ilerleyen ve atmosferiyle öne çıkan kitapları sevenler için güzel bir seçim. ⟦Ege’yi bilenler için ise ayrı bir keyif: sayfalardan tuz kokusu geliyor.⟧</p>""",
    exclude=["figcaption"],
    kind="other", why="book review on a personal reading blog",
))

_EL_ES = dict(menu="Menú", menu_toggle="Alternar menú", skip="Ir al contenido", by="Por", share_on="Compartir en", all_posts="Ver todas las entradas",
              prev="Anterior", next="Siguiente", related="Más noticias de Écija", says="dice:", reply="Responder", comments_h="2 comentarios",
              leave="Deja una respuesta", email_notes="Tu dirección de correo electrónico no será publicada.", comment="Comentario", post_comment="Publicar el comentario")

# ---------------------------------------------------------------- Elementor: Spanish local news, post content built of several widgets inside theme-post-content
PAGES.append(dict(
    case="es-news-elementor-sombra", lang="es", wp_lang="es-ES", skin="elementor", nested=True, domain="ecijaaldia.example", post_id=10482, secpath="actualidad",
    site="Écija al Día", url="https://ecijaaldia.example/actualidad/el-ayuntamiento-aprueba-el-plan-de-sombra-para-40-calles/",
    title_tag="El Ayuntamiento aprueba el plan de sombra para 40 calles antes del verano - Écija al Día",
    h1="El Ayuntamiento aprueba el plan de sombra para 40 calles antes del verano",
    nav=["Actualidad", "Sucesos", "Deportes", "Cultura", "Semana Santa", "Provincia"], header_btn=("Hazte socio", "/socios/"),
    crumbs=["Portada", "Actualidad", "El Ayuntamiento aprueba el plan de sombra"],
    wp_author="Lucía Montero", wp_cats=["Actualidad"], wp_tags=["Ayuntamiento", "calor", "urbanismo"], meta_author="Lucía Montero", yoast_label="Escrito por",
    authors=["Lucía Montero"], byline_text="Por Lucía Montero", pub="2026-03-12T09:40:00+01:00", date="12 de marzo de 2026", time="9:40 am", n_comments="2 comentarios",
    featured_caption="La calle Mayor, una de las primeras que contará con toldos. Foto: Écija al Día",
    bio="Periodista local desde 2015. Cubre el Ayuntamiento y la comarca de la campiña.",
    prev="La Feria del Libro vuelve a la plaza de España", next="Cortes de tráfico por las obras del Paseo",
    related=[("Cortes de tráfico por las obras del Paseo", "11 de marzo de 2026"), ("El mercado de abastos amplía su horario", "10 de marzo de 2026"), ("Récord de visitantes en febrero", "9 de marzo de 2026")],
    comments=[("Antonio R.", "12 de marzo de 2026 a las 11:02", "⟪Ya era hora, en agosto no se puede ni pasear por el centro.⟫"), ("Mari Carmen", "12 de marzo de 2026 a las 13:45", "¿Y los árboles para cuándo?")],
    footer_cols=[("Écija al Día", "Periódico digital independiente de Écija y su comarca."), ("Contacto", "redaccion@ecijaaldia.example")],
    footer="© 2026 Écija al Día · Aviso legal · Política de cookies",
    cookie_html='<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-show banner-1 optin" role="dialog" aria-live="polite"><div class="cmplz-message">⟪Utilizamos cookies para optimizar nuestro sitio web y nuestro servicio.⟫</div><div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Aceptar</button><button class="cmplz-btn cmplz-deny">Denegar</button></div></div></div>\n',
    w=_EL_ES,
    widgets=[("text", """<p>⟦El Pleno del Ayuntamiento de Écija aprobó este miércoles por unanimidad el plan municipal de sombra,⟧ que instalará toldos, pérgolas y arbolado en 40 calles y plazas del casco histórico antes del próximo verano. La inversión asciende a 1,8 millones de euros, financiados en su mayor parte con fondos europeos.</p>
<p>⟦La llamada «sartén de Andalucía» registró⟧ el pasado mes de agosto máximas superiores a los 44 grados durante nueve días consecutivos, y los comerciantes del centro llevaban años reclamando medidas para que los vecinos y visitantes no abandonaran las calles en las horas centrales del día.</p>"""),
             ("readalso", ("Lee también:", "⟪Los comerciantes del centro piden abrir por la tarde en verano⟫")),
             ("heading", "Toldos en junio y árboles en otoño"),
             ("text", """<p>Según explicó el delegado de Urbanismo, Rafael Ortiz, la primera fase incluye la instalación de toldos en la calle Mayor, la calle Emilio Castelar y el entorno de la plaza de España, que deberán estar colocados a mediados de junio. ⟦«No queremos que otro verano el centro se quede vacío a las cuatro de la tarde»⟧, afirmó Ortiz durante el debate.</p>
<p>La segunda fase, prevista para el otoño, contempla la plantación de 320 árboles de especies adaptadas al calor, como el almez y el olmo, en calles donde las aceras lo permitan. El Ayuntamiento estudia además instalar fuentes y puntos de agua en las plazas más transitadas.</p>"""),
             ("image", "⟪Recreación de los toldos previstos en la calle Emilio Castelar. Imagen: Ayuntamiento de Écija⟫"),
             ("cta", ("⟪Recibe cada mañana las noticias de Écija⟫", "Apúntate gratis a nuestro boletín.", "Suscribirme")),
             ("text", """<p>Los grupos de la oposición votaron a favor, aunque pidieron que el plan llegue también a los barrios de la periferia, donde hay menos sombra natural. ⟦El equipo de gobierno se comprometió a incluir una segunda lista de calles en el presupuesto de 2027.⟧</p>""")],
    kind="news", why="local news on council approval of street shade plan",
))

_EL_PT = dict(menu="Menu", menu_toggle="Alternar menu", skip="Pular para o conteúdo", by="Por", share_on="Compartilhar no", all_posts="Ver todos os posts",
              prev="Anterior", next="Próximo", related="⟪Mais colunas⟫", says="disse:", reply="Responder", comments_h="1 comentário",
              leave="Deixe um comentário", email_notes="O seu endereço de e-mail não será publicado.", comment="Comentário", post_comment="Publicar comentário")

# ---------------------------------------------------------------- Elementor: Brazilian column, text widgets in separate containers, bio and disclaimer as text widgets too
PAGES.append(dict(
    case="pt-opinion-elementor-escola", lang="pt", wp_lang="pt-BR", skin="elementor", nested=False, domain="diariodovale.example", post_id=55310, secpath="colunas",
    site="Diário do Vale", url="https://diariodovale.example/colunas/a-escola-em-tempo-integral-precisa-de-mais-do-que-horas/",
    title_tag="A escola em tempo integral precisa de mais do que horas - Diário do Vale",
    h1="A escola em tempo integral precisa de mais do que horas", kicker="Marcos Teixeira",
    nav=["Cidades", "Política", "Economia", "Esportes", "Colunas", "Classificados"], header_btn=("Assine", "/assine/"),
    crumbs=["Início", "Colunas", "A escola em tempo integral precisa de mais do que horas"],
    wp_author="Marcos Teixeira", wp_cats=["Colunas"], wp_tags=["educação", "escola"], meta_author="Marcos Teixeira", yoast_label="Escrito por",
    authors=["Marcos Teixeira"], byline_text="Por Marcos Teixeira", pub="2026-03-07T06:00:00-03:00", date=None, time="6:00", n_comments="1 comentário",
    featured_caption="⟪Alunos em atividade no contraturno. Foto: Arquivo/Diário do Vale⟫",
    bio="Professor da rede pública há 22 anos e mestre em educação. Escreve aos sábados.",
    notes=["<p><em>⟪As opiniões expressas nesta coluna são de responsabilidade do autor⟫ e não refletem necessariamente a posição do Diário do Vale.</em></p>",
           "<p><strong>Marcos Teixeira</strong> ⟪é professor da rede estadual em Volta Redonda e escreve neste espaço aos sábados.⟫</p>"],
    prev="O transporte escolar rural não pode esperar", next="Sobre notas, medo e avaliação",
    related=[("⟪O transporte escolar rural não pode esperar⟫", "28 de fevereiro de 2026"), ("Sobre notas, medo e avaliação", "21 de fevereiro de 2026")],
    comments=[("Luciana", "7 de março de 2026 às 09:20", "Perfeito. Na escola do meu filho a tarde é só repetição da manhã.")],
    footer_cols=[("Diário do Vale", "Jornalismo regional desde 1992."), ("Redação", "Rua Quinze de Novembro, 100 — Volta Redonda (RJ)")],
    footer="© 2026 Diário do Vale. Todos os direitos reservados.",
    w=_EL_PT,
    widgets=[("text", """<p>⟦Meu estado anunciou neste ano que mais 180 escolas passarão a funcionar em tempo integral.⟧ Como professor, eu deveria comemorar. E comemoro, em parte. Mas já vi programas demais começarem com festa e terminarem com alunos sentados sete horas na mesma sala, copiando do quadro, para não desconfiar um pouco.</p>"""),
             ("text", """<p>Tempo integral não é tempo dobrado. Se a tarde repete a manhã, com as mesmas aulas expositivas e as mesmas carteiras enfileiradas, o resultado é cansaço, não aprendizagem. Os estudos que mostram bons resultados dessas escolas falam de outra coisa: oficinas, esporte, laboratório, leitura, acompanhamento individual.</p>"""),
             ("heading", "O que falta"),
             ("text", """<p>Para isso, a escola precisa de três coisas que o anúncio não menciona. Primeiro, professores com dedicação exclusiva, e não colegas que correm entre três escolas para fechar a carga horária. ⟦Segundo, espaço: quadra coberta, biblioteca aberta, refeitório que caiba todo mundo.⟧ Terceiro, um currículo da tarde pensado com a comunidade, e não copiado de um manual.</p>"""),
             ("blockquote", "Tempo integral não é tempo dobrado."),
             ("text", """<p>Nada disso é barato, eu sei. Mas é mais barato do que manter por anos um programa que os alunos abandonam. ⟦Na minha escola, a evasão no segundo semestre do tempo integral chegou a 18% no ano passado.⟧ Os meninos vão trabalhar, e as meninas cuidam dos irmãos, porque a tarde na escola não parece valer a pena.</p>"""),
             ("text", """<p>Que venham as 180 escolas. ⟦Mas que venham com gente, espaço e projeto, ou serão apenas mais horas.⟧</p>""")],
    kind="opinion", why="teacher's column arguing full-time schools need resources",
))

# ---------------------------------------------------------------- Divi theme builder: French sponsored article, modules inside et_pb_post_content
PAGES.append(dict(
    case="fr-other-divi-audit", lang="fr", wp_lang="fr-FR", skin="divi", domain="maison-climat-bretagne.example", post_id=3318,
    site="Maison et Climat Bretagne", url="https://maison-climat-bretagne.example/renovation-energetique-audit-facture/",
    title_tag="Rénovation énergétique : comment un audit peut réduire votre facture de 30 % - Maison et Climat Bretagne",
    h1="Rénovation énergétique : comment un audit peut réduire votre facture de 30 %",
    nav=["Accueil", "Rénover", "Chauffage", "Aides", "Partenaires", "Contact"], crumbs=["Accueil", "Partenaires", "Rénovation énergétique"],
    wp_author="Contenu partenaire", wp_cats=["Partenaires"], yoast_written_by=False,
    authors=None, byline_text="par Contenu partenaire", pub="2026-03-12T10:00:00+01:00", date="12 Mar 2026", cat="Partenaires",
    sponsor_label="⟪ARTICLE SPONSORISÉ⟫", disclosure="⟪Cet article a été rédigé en partenariat avec ThermiAudit.⟫ La rédaction n’a pas participé à sa rédaction.",
    comments=[("Gwen L.", "13 mars 2026 à 8 h 12 min", "⟪Nous avons fait l’audit l’an dernier, vraiment utile pour choisir les travaux.⟫")],
    related=[("Pompe à chaleur : les erreurs à éviter en Bretagne", "5 Mar 2026", "Bien dimensionner son installation…"), ("Isoler ses combles en un week-end", "26 Fév 2026", "Ce qu’il faut savoir…")],
    footer="⟪Maison et Climat Bretagne — le blog de la rénovation durable à l’ouest⟫", footer2="© 2026 · Mentions légales · Conçu avec Divi",
    cookie=("⟪Nous utilisons des cookies pour vous garantir la meilleure expérience sur notre site web.⟫", "Accepter"),
    w=dict(by="par", posts_by="Articles de %s", n_comments="1 commentaire", share="Partager", related="Vous aimerez aussi", says="dit :", reply="Répondre",
           comments_h="Un commentaire", leave="Laisser un commentaire", email_notes="Votre adresse e-mail ne sera pas publiée.", comment="Commentaire", post_comment="Laisser un commentaire"),
    modules=[("text", """<p>⟦Avec la hausse des prix de l’énergie, de nombreux propriétaires bretons cherchent à réduire leur facture de chauffage.⟧ Mais par où commencer ? Changer les fenêtres, isoler les combles, remplacer la chaudière ? Sans diagnostic précis, il est facile d’investir au mauvais endroit.</p>"""),
             ("image", "Thermographie d’une façade"),
             ("text", """<h2>Qu’est-ce qu’un audit énergétique ?</h2>
<p>L’audit énergétique est une analyse complète du logement réalisée par un professionnel certifié. ⟦Il mesure les déperditions de chaleur pièce par pièce, souvent à l’aide d’une caméra thermique,⟧ et propose plusieurs scénarios de travaux chiffrés, classés selon leur efficacité.</p>
<p>Contrairement au diagnostic de performance énergétique (DPE), obligatoire lors d’une vente, l’audit ne se contente pas d’attribuer une étiquette : il dit précisément quels travaux faire, dans quel ordre, et ce qu’ils permettront d’économiser.</p>"""),
             ("blurbs", [("1. Visite", "Un auditeur passe deux à trois heures chez vous."), ("2. Rapport", "Vous recevez un rapport sous quinze jours."), ("3. Travaux", "Vous choisissez le scénario adapté à votre budget.")]),
             ("text", """<h2>Des aides pour financer l’audit et les travaux</h2>
<p>Les travaux recommandés varient beaucoup d’un logement à l’autre. Dans les maisons bretonnes construites avant 1975, l’isolation des combles et le traitement des ponts thermiques arrivent souvent en tête, avant le remplacement du système de chauffage. Dans les logements plus récents, c’est parfois la ventilation qui pose problème.</p>
<p>L’audit coûte en général entre 800 et 1 200 euros pour une maison individuelle. Il peut être en grande partie pris en charge par MaPrimeRénov’, selon les revenus du foyer. ⟦Selon ThermiAudit, les ménages qui suivent le scénario recommandé réduisent leur facture de 30 % en moyenne.⟧</p>"""),
             ("cta", ("⟪Demandez votre audit énergétique gratuit⟫", "Un conseiller ThermiAudit vous rappelle sous 48 heures.", "Être rappelé")),
             ("toggle", [("L’audit est-il obligatoire ?", "Il l’est pour la vente des logements classés F ou G."), ("Combien de temps dure la visite ?", "Entre deux et trois heures.")]),
             ("text", """<p>⟦Avant d’engager des travaux coûteux, un audit reste donc le meilleur moyen de dépenser au bon endroit.⟧</p>""")],
    kind="other", sure=True, why="sponsored article promoting an energy audit company",
))

# ---------------------------------------------------------------- Newspack: US nonprofit news, two authors, inline donation prompt and inline related block
PAGES.append(dict(
    case="en-news-newspack-groundwater", lang="en", wp_lang="en-US", skin="newspack", domain="highdesertledger.example", post_id=18870,
    site="High Desert Ledger", tagline="Nonprofit news for the Rio Grande valley", url="https://highdesertledger.example/2026/03/05/county-approves-groundwater-limits/",
    title_tag="County commissioners approve groundwater limits after two-year fight - High Desert Ledger",
    h1="County commissioners approve groundwater limits after two-year fight",
    deck="The new rules cap pumping for large new wells and require meters, but leave existing farms untouched.",
    nav=["Water", "Land", "Government", "Education", "Podcast", "Events"], nav2=["About", "Newsletters", "Republish our work"],
    crumbs=["Home", "Water", "County commissioners approve groundwater limits"],
    wp_author="Maya Benally", wp_authors=["Maya Benally", "Carlos Ruiz-Ortega"], wp_cats=["Water"], wp_tags=["groundwater", "county commission"],
    authors=["Maya Benally", "Carlos Ruiz-Ortega"], byline_text="By Maya Benally and Carlos Ruiz-Ortega",
    pub="2026-03-05T18:30:00-07:00", mod="2026-03-06T09:10:00-07:00", date="March 5, 2026", mod_date="March 6, 2026", cat="Water",
    tags=["groundwater", "county commission", "wells"],
    featured=("Center-pivot irrigation east of Socorro in February.", "⟪Adrian Yazzie / High Desert Ledger⟫"),
    bios=[("Maya Benally", "Water reporter", "⟪Maya Benally covers water and agriculture for the Ledger.⟫"), ("Carlos Ruiz-Ortega", "Government reporter", "Carlos covers county and city government.")],
    latest=[("⟪School board delays vote on four-day week⟫", "March 4, 2026"), ("Pueblo leaders seek seat on river compact", "March 2, 2026")],
    popup=("Get the Ledger in your inbox", "Free local news, every weekday morning.", "Sign up"),
    footer="© 2026 High Desert Ledger, a 501(c)(3) nonprofit newsroom.",
    w=dict(search="Search", skip="Skip to content", secondary="Secondary Menu", tertiary="Tertiary Menu", donate="Donate", top_menu="Top Menu", posted_in="Posted in",
           by="By", **{"and": "and"}, updated="Updated", share_on="Click to share on", email_friend="Click to email a link to a friend", credit="Credit:",
           tagged="Tagged:", email="Email", more_by="More by", support_h="⟪Support independent local news⟫", support_t="Our reporting is free to read and free to republish.",
           republish="Republish this story", republish_t="Republish our articles for free, online or in print, under a Creative Commons license.",
           latest="Latest", proudly="Proudly powered by Newspack", email_ph="Enter your email address", close="Close Pop-up"),
    body="""<p>⟦Valencia County commissioners on Thursday approved the county’s first limits on groundwater pumping,⟧ ending a two-year dispute between farmers, developers and residents whose domestic wells have been going dry.</p>
<p>The ordinance, passed 4-1, caps new high-volume wells at 500 acre-feet a year, requires meters on every well that draws more than 50 acre-feet, and creates a permit process that will consider how a new well affects its neighbours. Existing agricultural wells are exempt.</p>
<p>⟦“This is not everything people asked for, but it is a start,”⟧ said Commissioner Ruth Delgado, who sponsored the ordinance. “For the first time, we will actually know how much water is coming out of the ground.”</p>
<div class="newspack-inline-popup newspack-popup-container newspack-popup" role="button" tabindex="0" id="id_4412" data-frequency="0,0,0,month"><div class="wp-block-newspack-blocks-donate wpbnbd wpbnbd--frequency-based tiered"><h2 class="wp-block-heading">⟪Support nonprofit news in the valley⟫</h2><p>This story is free because readers like you chip in.</p><div class="wpbnbd__button-container"><button type="submit">Donate now</button></div></div></div>
<p>⟦More than 300 residents signed up to speak during two evening hearings in January and February.⟧ Many described wells that had dropped by ten feet or more since 2020, and the cost of drilling deeper, which can exceed $20,000.</p>
<div class="wp-block-newspack-blocks-homepage-articles is-style-borders show-image image-alignleft"><div data-posts><article class="post-has-image"><div class="entry-wrapper"><h3 class="entry-title"><a href="/2025/11/12/dry-wells-los-lunas/">⟪As wells run dry in Los Lunas, families haul water in trucks⟫</a></h3></div></article></div></div>
<p>The lone vote against came from Commissioner Gary Whitfield, who said the rules would discourage the data centre and solar projects the county has been courting. A lawyer for the Rio Abajo Farm Bureau said the group was reviewing the ordinance but welcomed the exemption for existing farms.</p>
<p>State Engineer’s Office data show the aquifer beneath the valley has fallen by an average of 1.4 feet a year over the past decade. ⟦The ordinance takes effect July 1, and the county has budgeted $1.2 million for meters.⟧</p>""",
    exclude=["div.newspack-inline-popup", "div.wp-block-newspack-blocks-homepage-articles"],
    kind="news", why="nonprofit local news on groundwater ordinance vote",
))

# ---------------------------------------------------------------- GeneratePress: Spanish product review, TOC and affiliate box inside the content, updated date first
PAGES.append(dict(
    case="es-other-generatepress-hornillo", lang="es", wp_lang="es-ES", skin="generatepress", domain="montanaligera.example", post_id=4127,
    site="Montaña Ligera", tagline="Material de montaña probado en la sierra", url="https://montanaligera.example/analisis-hornillo-brisa-2/",
    title_tag="Análisis del hornillo Brisa 2: ligero, estable y algo ruidoso - Montaña Ligera",
    h1="Análisis del hornillo Brisa 2: ligero, estable y algo ruidoso",
    nav=["Análisis", "Guías", "Rutas", "Ofertas", "Sobre nosotros"], crumbs=["Inicio", "Análisis", "Hornillo Brisa 2"],
    wp_author="Sergio Llamas", wp_cats=["Análisis"], wp_tags=["hornillos", "cocina de montaña"], meta_author="Sergio Llamas", yoast_label="Escrito por",
    authors=["Sergio Llamas"], byline_text="por Sergio Llamas", pub="2026-02-20T08:00:00+01:00", mod="2026-03-10T17:22:00+01:00",
    date="20 febrero, 2026", mod_date="10 marzo, 2026", cat="Análisis", tags=["hornillos", "cocina de montaña"],
    prev="Las mejores mochilas de 30 litros", next="Guía: cómo elegir saco de dormir",
    recent=["⟪Las mejores mochilas de 30 litros⟫", "Guía: cómo elegir saco de dormir", "Análisis de las botas Cumbre Mid"],
    affiliate_note="Como afiliado de Amazon, obtenemos ingresos por las compras adscritas que cumplen los requisitos aplicables.",
    comments=[("Rubén", "21 febrero, 2026 a las 9:14", "⟪Lo tengo desde el verano y el viento sigue siendo su punto débil.⟫"), ("Nuria G.", "23 febrero, 2026 a las 19:50", "¿Funciona bien por encima de 3.000 metros?")],
    footer="© 2026 Montaña Ligera • Construido con GeneratePress",
    w=dict(skip="Saltar al contenido", site="Sitio", primary="Principal", menu="Menú", by="por", all_by="Ver todas las entradas de %s", meta="Meta de entradas",
           cats="Categorías", tags="Etiquetas", posts="Entradas", search="Buscar", recent="Entradas recientes", says="dice:", reply="Responder",
           comments_h="2 comentarios en «Análisis del hornillo Brisa 2»", leave="Deja un comentario", email_notes="Tu dirección de correo electrónico no será publicada.",
           comment="Comentario", post_comment="Publicar el comentario"),
    body="""<div class="lwptoc lwptoc-autoWidth lwptoc-baseItems lwptoc-light lwptoc-notInherit" data-smooth-scroll="1" data-smooth-scroll-offset="24"><div class="lwptoc_i"><div class="lwptoc_header"><b class="lwptoc_title">⟪Índice de contenidos⟫</b> <span class="lwptoc_toggle"><a href="#" class="lwptoc_toggle_label" data-label="mostrar">ocultar</a></span></div><div class="lwptoc_items lwptoc_items-visible"><div class="lwptoc_itemWrap"><div class="lwptoc_item"><a href="#Caracteristicas"><span class="lwptoc_item_number">1</span><span class="lwptoc_item_label">Características</span></a></div><div class="lwptoc_item"><a href="#En_el_campo"><span class="lwptoc_item_number">2</span><span class="lwptoc_item_label">En el campo</span></a></div><div class="lwptoc_item"><a href="#Veredicto"><span class="lwptoc_item_number">3</span><span class="lwptoc_item_label">Veredicto</span></a></div></div></div></div></div>
<p>⟦Llevo tres meses usando el hornillo Brisa 2 en salidas de uno y dos días por la sierra de Guadarrama,⟧ con temperaturas que han ido de los cinco bajo cero a los veinte grados. Es un hornillo de cartucho pensado para quien cuenta cada gramo, pero que no quiere renunciar a la estabilidad de una cazuela grande.</p>
<h2><span id="Caracteristicas">Características</span></h2>
<figure class="wp-block-table"><table><tbody><tr><td>Peso</td><td>87 g</td></tr><tr><td>Potencia</td><td>2.600 W</td></tr><tr><td>Tiempo para hervir 1 litro</td><td>3 min 40 s (sin viento)</td></tr><tr><td>Precio orientativo</td><td>49 €</td></tr></tbody></table></figure>
<p>Lo primero que llama la atención son sus cuatro brazos plegables, más anchos que los de otros hornillos de este peso. ⟦Con una olla de 1,3 litros llena, el conjunto no se tambalea ni en suelo irregular,⟧ algo que no puedo decir de su antecesor.</p>
<div class="aawp"><div class="aawp-product aawp-product--horizontal" data-aawp-product-title="Hornillo Brisa 2"><div class="aawp-product__thumb"><img class="aawp-product__image" src="https://m.media-amazon.example/images/I/brisa2.jpg" alt="Hornillo Brisa 2"></div><div class="aawp-product__content"><a class="aawp-product__title" href="https://www.amazon.example/dp/B0BRISA2?tag=montanaligera-21" rel="nofollow noopener sponsored" target="_blank">Hornillo Brisa 2 de cartucho, 87 g</a><div class="aawp-product__footer"><div class="aawp-product__pricing"><span class="aawp-product__price aawp-product__price--current">49,90 €</span></div><a class="aawp-button aawp-button--buy aawp-button aawp-button--amazon" href="https://www.amazon.example/dp/B0BRISA2?tag=montanaligera-21" rel="nofollow noopener sponsored" target="_blank">⟪Ver precio en Amazon⟫</a></div></div></div></div>
<h2><span id="En_el_campo">En el campo</span></h2>
<p>El encendido piezoeléctrico ha funcionado siempre, incluso con el hornillo mojado tras una noche de niebla. La llama se regula con precisión, lo que permite cocinar algo más que agua hirviendo: he preparado arroz y huevos revueltos sin quemar el fondo de la sartén.</p>
<p>Su gran punto débil es el viento. Sin protección, el tiempo para hervir un litro se dobla, y el quemador hace un ruido considerable a plena potencia. Conviene llevar un paravientos o buscar siempre un rincón resguardado.</p>
<ul><li><strong>A favor:</strong> peso, estabilidad, regulación fina de la llama.</li><li><strong>En contra:</strong> ⟦sensible al viento y ruidoso a máxima potencia.⟧</li></ul>
<h2><span id="Veredicto">Veredicto</span></h2>
<p>El Brisa 2 es uno de los hornillos más equilibrados que he probado en su rango de precio. ⟦Si sales sobre todo en verano o cocinas al abrigo de una tienda, es una compra muy recomendable.⟧</p>""",
    exclude=["div.lwptoc", "div.aawp"],
    kind="other", why="product review of a camping stove",
))

# ---------------------------------------------------------------- Astra: Italian opinion piece by voice only, share panel inside the content, related posts with entry-content
PAGES.append(dict(
    case="it-opinion-astra-musei", lang="it", wp_lang="it-IT", skin="astra", domain="culturainprovincia.example", post_id=6642,
    site="Cultura in Provincia", tagline="Musei, biblioteche e teatri fuori dalle grandi città", url="https://culturainprovincia.example/piccoli-musei-aperti-la-sera/",
    title_tag="Perché i piccoli musei dovrebbero aprire la sera - Cultura in Provincia",
    h1="Perché i piccoli musei dovrebbero aprire la sera",
    nav=["Musei", "Biblioteche", "Teatri", "Territorio", "Chi siamo"], crumbs=["Home", "Musei", "Piccoli musei aperti la sera"],
    wp_author="Chiara Benedetti", wp_cats=["Musei"], wp_tags=["musei", "orari"], meta_author="Chiara Benedetti", yoast_label="Scritto da",
    authors=["Chiara Benedetti"], byline_text="Di Chiara Benedetti", pub="2026-03-08T07:30:00+01:00", date="8 Marzo 2026", cat="Musei",
    prev="La biblioteca che presta le biciclette", next="Teatri di paese: la stagione 2026",
    related=[("⟪La biblioteca che presta le biciclette⟫", "A Fossano si può prendere in prestito una bici con la tessera della biblioteca..."), ("Musei civici, i numeri del 2025", "I visitatori sono tornati ai livelli del 2019, ma non ovunque...")],
    comments=[("Paolo", "8 Marzo 2026 alle 10:21", "⟪Da noi il museo chiude alle 17, esattamente quando esco dal lavoro.⟫")],
    side_about=("Chi siamo", "⟪Un blog collettivo sulla cultura nei piccoli comuni italiani.⟫"),
    recent=["La biblioteca che presta le biciclette", "Teatri di paese: la stagione 2026"],
    footer="Copyright © 2026 Cultura in Provincia | Powered by Astra WordPress Theme",
    cookie=("⟪Questo sito utilizza i cookie per migliorare la tua esperienza di navigazione.⟫", "Impostazioni", "Accetta tutti"),
    w=dict(skip="Vai al contenuto", nav="Navigazione del sito", by="Di", all_by="Visualizza tutti gli articoli di %s", posts="Articoli", prev_post="Articolo precedente",
           next_post="Articolo successivo", related="Articoli correlati", read_more="Leggi tutto", recent="Articoli recenti", says="ha detto:", reply="Rispondi",
           comments_h="Un commento su “Perché i piccoli musei dovrebbero aprire la sera”", leave="Lascia un commento", email_notes="Il tuo indirizzo email non sarà pubblicato.",
           comment="Commento", post_comment="Invia commento"),
    body="""<p>⟦Il museo civico della mia città apre dal martedì alla domenica, dalle nove alle diciassette.⟧ È un orario ragionevole per un turista in vacanza e per una classe in gita. Per chi ci abita e lavora, invece, significa che il museo esiste soltanto la domenica mattina, quando si fanno le commissioni che non si sono fatte durante la settimana.</p>
<p>Credo che i piccoli musei debbano avere il coraggio di cambiare orari. Non tutti i giorni, non con costi impossibili: basterebbe una sera alla settimana, il giovedì per esempio, fino alle ventidue. ⟦È l’unico momento in cui chi lavora può entrare senza togliere tempo alla famiglia.⟧</p>
<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube wp-embed-aspect-16-9 wp-has-aspect-ratio"><div class="wp-block-embed__wrapper"><iframe loading="lazy" title="Una sera al museo civico di Saluzzo" width="800" height="450" src="https://www.youtube.example/embed/k3Jd9s?feature=oembed" frameborder="0" allowfullscreen></iframe></div><figcaption class="wp-element-caption">⟪Una serata di prova al museo civico, ottobre 2025⟫</figcaption></figure>
<p>Le esperienze non mancano. Dove le aperture serali sono state provate, spesso con un piccolo concerto, una visita guidata o un bicchiere di vino del territorio, il pubblico è arrivato, e non era il solito pubblico. ⟦Sono venuti ragazzi, coppie, persone che nel museo non entravano da quando andavano a scuola.⟧</p>
<p>So bene che il problema è il personale. I musei dei piccoli comuni vivono con due custodi e un volontario, e le ore in più costano. Ma si possono spostare ore, non solo aggiungerle: meglio chiudere il martedì mattina, quando le sale sono vuote, e aprire il giovedì sera. E si possono coinvolgere le associazioni, che in provincia sono una ricchezza spesso ignorata.</p>
<p>Un museo che nessuno visita non è un presidio culturale: è un magazzino con la biglietteria. ⟦Aprire la sera è il modo più semplice per restituirlo a chi lo paga con le proprie tasse.⟧</p>
<div class="swp_social_panel swp_horizontal_panel swp_flat_fresh swp_default_full_color swp_individual_full_color swp_other_full_color scale-100 scale-" data-min-width="1100" data-float-color="#ffffff" data-float="none"><div class="nc_tweetContainer swp_share_button total_shares total_sharesalt"><span class="swp_count ">⟪127 <span class="swp_label">Condivisioni</span>⟫</span></div><div class="nc_tweetContainer swp_share_button swp_facebook" data-network="facebook"><a class="nc_tweet swp_share_link" rel="nofollow noreferrer noopener" target="_blank" href="https://www.facebook.example/share.php?u=x" data-link="https://www.facebook.example/share.php?u=x"><span class="swp_count swp_hide"><span class="iconFiller"><span class="spaceManWilly"><i class="sw swp_facebook_icon"></i><span class="swp_share">Condividi</span></span></span></span></a></div><div class="nc_tweetContainer swp_share_button swp_whatsapp" data-network="whatsapp"><a class="nc_tweet swp_share_link" rel="nofollow noreferrer noopener" target="_blank" href="https://wa.example/send?text=x"><span class="swp_count swp_hide"><span class="iconFiller"><span class="spaceManWilly"><i class="sw swp_whatsapp_icon"></i><span class="swp_share">WhatsApp</span></span></span></span></a></div></div>""",
    exclude=["figure.wp-block-embed", "div.swp_social_panel"],
    kind="opinion", why="op-ed arguing small museums should open evenings",
))
