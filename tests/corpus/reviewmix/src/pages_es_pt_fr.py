"""Spanish, Portuguese and French pages: a film review filed under "Crítica" and a music critic's column on the same
portal, an album review ("Resenha") and a coffee price report on a Brazilian portal, a theatre review ("Critique")
and a theatre critic's column ("Chronique") on a French daily."""

PAGES = []

DS_NAV = ["Portada", "Región", "España", "Economía", "Cultura", "Crítica", "Opinión", "Deportes", "Gente"]
DS_SIDE = [("Lo más leído", ["⟪El Ayuntamiento aprueba la nueva ordenanza de terrazas⟫", "Cortes de agua en cuatro barrios este jueves",
                             "El Cartagonova ficha a un delantero uruguayo"]),
           ("Opinión", [("Tribuna", "⟪La vivienda no puede esperar otra legislatura⟫"), ("Columna", "Elogio del autobús nocturno")], "opinion")]

# ---------------------------------------------------------------- film review, section "Crítica", critic's role, stars, Review JSON-LD
PAGES.append(dict(
    case="es-other-criticarelojes", lang="es", skin="portal", domain="diariodelsureste.example", site="Diario del Sureste",
    url="https://www.diariodelsureste.example/cultura/cine/critica-la-casa-de-los-relojes-parados-20260313.html",
    h1="‘La casa de los relojes parados’: una comedia negra que acierta casi siempre",
    deck="Carmen Useros dirige a un reparto coral en una farsa sobre tres hermanas que heredan una relojería en ruinas.",
    kicker="Crítica", crumbs=["Cultura", "Cine"], authors=["Lucía Berrocal"], byline_text="Lucía Berrocal, crítica de cine",
    byline_html='<a href="/autor/lucia-berrocal/">Lucía Berrocal</a> <span class="cargo">Crítica de cine</span>', photo=True,
    ld_obj={"@context": "https://schema.org", "@type": "Review", "name": "‘La casa de los relojes parados’: una comedia negra que acierta casi siempre",
            "author": {"@type": "Person", "name": "Lucía Berrocal"}, "datePublished": "2026-03-13T09:30:00+01:00",
            "itemReviewed": {"@type": "Movie", "name": "La casa de los relojes parados"},
            "reviewRating": {"@type": "Rating", "ratingValue": 4, "bestRating": 5},
            "publisher": {"@type": "Organization", "name": "Diario del Sureste"}},
    itemtype="Review", pub="2026-03-13T09:30:00+01:00", date="13 de marzo de 2026 · 09:30",
    head_rating=True, rating=dict(value=4, of=5),
    nav=DS_NAV, side=DS_SIDE, cookie="⟪Utilizamos cookies propias y de terceros para mejorar nuestros servicios.⟫",
    tags=["Cine español", "Estrenos"],
    related=["⟪Carmen Useros: «Me interesa la risa que incomoda»⟫", "Los estrenos de la semana"],
    footer="⟪© 2026 Diario del Sureste. Todos los derechos reservados.⟫",
    body="""<p>⟦Hay películas que se ven con el reloj en la mano y otras que te hacen olvidarlo;⟧ la de Carmen Useros, paradójicamente, pertenece a las segundas. ‘La casa de los relojes parados’ arranca con un entierro, sigue con una herencia envenenada y termina en una subasta que es lo más divertido que he visto en una sala este invierno.</p>
<p>La historia es sencilla. Tres hermanas que no se hablan desde hace años heredan la relojería de su padre en un pueblo de la sierra, con una deuda enorme y un sótano lleno de relojes que nadie ha conseguido poner en hora. Para venderla tienen que convivir una semana. Lo que sigue es una farsa de puertas que se cierran, secretos que se abren y un notario que merecería una película propia.</p>
<p>⟦Useros tiene un oído excelente para el diálogo familiar,⟧ ese idioma hecho de reproches antiguos y frases a medias que cualquiera reconoce. Las tres actrices, Marta Quiles, Inés Bayo y una sorprendente Rocío Lanza, se reparten las réplicas con una precisión de orquesta. Lanza, en el papel de la hermana pequeña que vuelve de Berlín convencida de que lo sabe todo, se lleva las mejores escenas.</p>
[[AD]]
<p>No todo funciona. El segundo acto se alarga con una subtrama sentimental que no aporta nada, y la fotografía, correcta, no aprovecha el encanto polvoriento del decorado. Tampoco convence el giro final, demasiado amable para una película que había sabido ser cruel. ⟦Me habría gustado que la directora confiara un poco más en su propia mala leche.⟧</p>
<p>Aun así, es una comedia inteligente, bien escrita y mejor interpretada, de las que el cine español produce menos de lo que debería. Salí de la sala con ganas de llamar a mi hermana, que no es poco.</p>
<p>⟦Recomendable sin reservas para quien disfrute del humor negro con corazón.⟧ Se estrena el viernes 20 de marzo.</p>""",
    kind="other", why="film review filed under Crítica with star rating",
))

# ---------------------------------------------------------------- music critic's column, section "Cultura", arguing about VAT on concert tickets
PAGES.append(dict(
    case="es-opinion-ivaconciertos", lang="es", skin="portal", domain="diariodelsureste.example", site="Diario del Sureste",
    url="https://www.diariodelsureste.example/cultura/musica/el-iva-de-las-entradas-castiga-a-las-salas-pequenas-20260305.html",
    h1="El IVA de las entradas castiga a las salas pequeñas",
    deck="Bajar el impuesto solo a los grandes festivales ha sido un error que el Gobierno todavía puede corregir.",
    kicker="Cultura", crumbs=["Cultura", "Música"], authors=["Andrés Molina Vera"], byline_text="Andrés Molina Vera, crítico musical",
    byline_html='<a href="/autor/andres-molina-vera/">Andrés Molina Vera</a> <span class="cargo">Crítico musical</span>', photo=True,
    meta="og", itemtype="Article", pub="2026-03-05T07:00:00+01:00", date="5 de marzo de 2026 · 07:00",
    nav=DS_NAV, side=[("Lo más leído", ["⟪Cortes de agua en cuatro barrios este jueves⟫", "El Cartagonova ficha a un delantero uruguayo"]),
                      ("Crítica", [("★★★★☆", "⟪‘La casa de los relojes parados’: una comedia negra que acierta casi siempre⟫")], "critica")],
    cookie="⟪Utilizamos cookies propias y de terceros para mejorar nuestros servicios.⟫",
    bio="⟪Andrés Molina Vera escribe sobre música en este diario desde 2012.⟫",
    comments=[("salaroja", "hace 3 horas", "⟪Totalmente de acuerdo. Llevamos dos años perdiendo dinero con cada concierto.⟫")],
    footer="⟪© 2026 Diario del Sureste. Todos los derechos reservados.⟫",
    body="""<p>⟦Llevo veinte años reseñando conciertos en salas donde caben doscientas personas,⟧ y pocas veces he visto al sector tan cerca del cierre como esta primavera. La rebaja del IVA de las entradas aprobada en enero, que el Gobierno presentó como un balón de oxígeno para la cultura, se ha quedado en los grandes festivales y ha dejado fuera precisamente a quienes más la necesitaban.</p>
<p>La letra pequeña lo explica todo. El tipo reducido solo se aplica a los espectáculos con un aforo superior a cinco mil personas, con el argumento de que son los que generan más empleo y turismo. Las salas pequeñas, los clubes de jazz y los teatros de barrio siguen pagando el veintiuno por ciento, mientras un macrofestival patrocinado por una cerveza paga el diez.</p>
<p>⟦Es una política cultural al revés.⟧ Los grupos que hoy llenan estadios aprendieron su oficio en salas como la Roja o el Almacén, tocando ante cuarenta personas un martes por la noche. Si esos escenarios desaparecen, no habrá cantera dentro de diez años, y los festivales tendrán que contratar cada vez más artistas extranjeros.</p>
<p>El Ministerio de Hacienda alega que ampliar la rebaja costaría demasiado. Los números no lo sostienen: según la asociación de salas, la recaudación por entradas de aforos pequeños no llega al tres por ciento del total. ⟦Es una cifra ridícula comparada con el daño que evita.⟧</p>
<p>Tampoco vale el argumento de que las salas pueden subir precios. Su público es joven y cuenta cada euro; una entrada de doce euros que pasa a quince es un concierto menos al mes, y un concierto menos es una noche sin taquilla para el grupo, el técnico de sonido y el camarero.</p>
<p>No pido privilegios para nadie. Pido que el mismo concierto no pague un impuesto distinto según el tamaño del recinto. Si la cultura merece un IVA reducido, lo merece entera, y sobre todo en los lugares donde empieza.</p>
<p>⟦El Gobierno todavía puede corregirlo en la próxima reforma fiscal, y debería hacerlo antes del verano.⟧</p>""",
    kind="opinion", why="critic’s column arguing for a change in ticket VAT",
))

FP_NAV = ["Início", "Brasil", "Economia", "Cultura", "Resenhas", "Opinião", "Esportes", "Podcasts"]

# ---------------------------------------------------------------- album review, "Resenha", cotação
PAGES.append(dict(
    case="pt-other-resenhaalbum", lang="pt", skin="portal", domain="folhadoplanalto.example", site="Folha do Planalto",
    url="https://www.folhadoplanalto.example/cultura/resenhas/2026/02/novo-disco-de-lia-serrano-troca-o-samba-pelo-silencio.shtml",
    h1="Novo disco de Lia Serrano troca o samba pelo silêncio, e ganha com isso",
    deck="‘Quintal Vazio’, quarto álbum da cantora goiana, é o trabalho mais arriscado e mais bonito de sua carreira.",
    kicker="Resenha", crumbs=["Cultura", "Música"], authors=["Tiago Ramalho"], byline_text="Tiago Ramalho, crítico de música",
    byline_html='Por <a href="/autor/tiago-ramalho/">Tiago Ramalho</a> — crítico de música',
    ld_obj={"@context": "https://schema.org", "@type": "Review", "name": "Novo disco de Lia Serrano troca o samba pelo silêncio, e ganha com isso",
            "author": {"@type": "Person", "name": "Tiago Ramalho"}, "datePublished": "2026-02-19T10:00:00-03:00",
            "itemReviewed": {"@type": "MusicAlbum", "name": "Quintal Vazio", "byArtist": {"@type": "Person", "name": "Lia Serrano"}},
            "reviewRating": {"@type": "Rating", "ratingValue": 4, "bestRating": 5}},
    itemtype="Review", pub="2026-02-19T10:00:00-03:00", date="19.fev.2026 às 10h00",
    head_rating=True, rating=dict(value=4, of=5, label="Cotação"),
    info=[("Disco", "Quintal Vazio"), ("Artista", "Lia Serrano"), ("Gravadora", "Selo Cerrado"), ("Faixas", "9")],
    nav=FP_NAV, side=[("Mais lidas", ["⟪Câmara aprova reajuste do piso dos professores⟫", "Frente fria derruba temperatura no fim de semana"]),
                      ("Opinião", [("Coluna", "⟪O streaming não paga as contas de ninguém⟫")], "opiniao")],
    cookie="⟪Usamos cookies para melhorar sua experiência. Ao continuar, você concorda com nossa política.⟫",
    newsletter="⟪Receba as resenhas da semana no seu e-mail⟫",
    footer="⟪Folha do Planalto © 2026. Todos os direitos reservados.⟫",
    body="""[[INFO]]
<p>⟦Quem esperava de Lia Serrano mais um disco de samba para o carnaval vai estranhar.⟧ ‘Quintal Vazio’, lançado na sexta-feira, quase não tem percussão. São nove canções gravadas com voz, violão de sete cordas e, aqui e ali, um clarinete que parece chegar de outro cômodo da casa. É um disco de sussurros, e é o melhor que ela já fez.</p>
<p>A mudança tem história. Serrano passou 2025 cuidando da mãe, que morreu em outubro, e as canções foram escritas nesse período. Não há, porém, nada de autopiedade. ⟦As letras falam de coisas pequenas: uma panela esquecida no fogo, um rádio ligado na sala, um quintal que ninguém varre mais.⟧ É pela acumulação desses detalhes que a tristeza aparece, sem nunca ser nomeada.</p>
<p>A faixa de abertura, ‘Roupa no Varal’, já justificaria o disco. A voz, gravada muito perto do microfone, tem uma aspereza que os álbuns anteriores escondiam sob arranjos grandiosos. Em ‘Dezembro’, o clarinete de Caio Martins dialoga com ela como se fossem duas pessoas conversando na cozinha depois de um enterro.</p>
[[AD]]
<p>A produção, assinada pela própria cantora ao lado do violonista Beto Arruda, tem o mérito de não enfeitar nada. Ouve-se a respiração, o ranger da cadeira, o dedo escorregando na corda. Em outro disco isso seria descuido; aqui é parte da intimidade que o álbum propõe, e funciona como um convite para ouvir de perto, de preferência sozinho e à noite.</p>
<p>Nem tudo é acerto. ‘Cartão-Postal’, a única faixa com banda completa, soa deslocada, como se tivesse sido incluída por exigência da gravadora. E o disco, com pouco mais de trinta minutos, termina justamente quando a gente se acostuma com o seu silêncio.</p>
<p>⟦Ainda assim, eu não lembro de um disco brasileiro recente tão corajoso na sua simplicidade.⟧ Serrano arrisca perder parte do público que a conheceu nos blocos de rua. Quem ficar vai encontrar uma artista maior do que imaginava.</p>
<p>⟦‘Quintal Vazio’ está disponível nas plataformas digitais e sai em vinil em abril.⟧</p>""",
    kind="other", why="album review with rating, filed under Resenha",
))

# ---------------------------------------------------------------- market price report
PAGES.append(dict(
    case="pt-news-precocafe", lang="pt", skin="portal", domain="folhadoplanalto.example", site="Folha do Planalto",
    url="https://www.folhadoplanalto.example/economia/2026/03/preco-do-cafe-moido-sobe-18-nos-supermercados-em-fevereiro.shtml",
    h1="Preço do café moído sobe 18% nos supermercados em fevereiro, aponta pesquisa",
    deck="Alta é a maior desde 2022; produtores atribuem aumento à seca no sul de Minas.",
    kicker="Economia", crumbs=["Economia"], authors=["Renata Fagundes"], byline_text="Renata Fagundes",
    byline_html='Por <a href="/autor/renata-fagundes/">Renata Fagundes</a>',
    ld_authors=["Renata Fagundes"], ld_type="NewsArticle", ld_section="Economia",
    pub="2026-03-04T14:12:00-03:00", date="4.mar.2026 às 14h12",
    caption="⟪Gôndola de café em supermercado de Brasília nesta terça.⟫ Foto: Folha do Planalto",
    nav=FP_NAV, side=[("Mais lidas", ["⟪Câmara aprova reajuste do piso dos professores⟫", "Frente fria derruba temperatura no fim de semana"]),
                      ("Opinião", [("Editorial", "⟪O governo precisa explicar a conta de luz⟫"), ("Coluna", "O cafezinho virou artigo de luxo?")], "opiniao"),
                      ("Resenhas", [("★★★★", "Novo disco de Lia Serrano troca o samba pelo silêncio, e ganha com isso")], "resenhas")],
    cookie="⟪Usamos cookies para melhorar sua experiência. Ao continuar, você concorda com nossa política.⟫",
    footer="⟪Folha do Planalto © 2026. Todos os direitos reservados.⟫",
    body="""<p>⟦O preço médio do quilo do café moído nos supermercados subiu 18% em fevereiro em relação a janeiro,⟧ segundo levantamento divulgado nesta quarta-feira (4) pela Associação Nacional de Varejo Alimentar. Foi a maior alta mensal desde maio de 2022.</p>
<p>O pacote de 500 gramas das marcas mais vendidas passou a custar, em média, R$ 24,90 nas capitais pesquisadas, ante R$ 21,10 no mês anterior. Em Brasília, o aumento foi de 21%; em Porto Alegre, de 14%.</p>
<p>De acordo com a associação, o reajuste reflete a alta do grão no mercado atacadista, que acumula 35% desde novembro. ⟦Produtores atribuem a disparada à seca prolongada no sul de Minas Gerais,⟧ principal região produtora do país, que reduziu a expectativa para a próxima safra.</p>
[[READ|⟪Seca no sul de Minas reduz previsão da safra de café⟫]]
<p>“O varejo segurou o quanto pôde, mas os estoques comprados a preço antigo acabaram em janeiro”, afirmou o presidente da entidade, Olavo Brandão. Segundo ele, novos aumentos não estão descartados para março, ainda que em ritmo menor.</p>
<p>Consumidores ouvidos pela reportagem em um supermercado da Asa Norte disseram ter trocado de marca ou reduzido o consumo. ⟦“Antes eu levava dois pacotes, agora levo um e faço render”, disse a aposentada Dalva Ribeiro, 67.⟧</p>
<p>A pesquisa considera preços coletados em 1.200 lojas de 15 capitais entre os dias 1º e 28 de fevereiro. O levantamento também registrou alta no preço do café em cápsulas, de 9%, e do café solúvel, de 11%, no mesmo período. Já o açúcar refinado ficou praticamente estável, com variação de 0,4%.</p>
<p>O café tem peso relevante no índice oficial de inflação de alimentos. Economistas consultados estimam que a alta de fevereiro deve acrescentar cerca de 0,05 ponto percentual ao IPCA do mês, que será divulgado na próxima semana.</p>
<p>O Ministério da Agricultura informou que acompanha a situação e que uma linha de crédito emergencial para cafeicultores afetados pela seca está em análise. ⟦A pasta não deu prazo para o anúncio.⟧</p>""",
    kind="news", why="report on supermarket coffee prices with figures and quotes",
))

LR_NAV = ["Actualité", "Politique", "Économie", "Culture", "Scènes", "Opinions", "Sports", "Sortir"]

# ---------------------------------------------------------------- theatre review, kicker "Critique", stars and practical box
PAGES.append(dict(
    case="fr-other-critiquetheatre", lang="fr", skin="feuilleton", domain="lerhodanien.example", site="Le Rhodanien",
    url="https://www.lerhodanien.example/culture/scenes/critique-les-heritiers-du-lac-au-theatre-des-cordiers-20260310.html",
    h1="« Les Héritiers du lac » : une tragédie familiale au cordeau",
    deck="Au Théâtre des Cordiers, Mathilde Royer met en scène la pièce de Claude Ferrand avec une troupe impeccable.",
    kicker="Critique", crumbs=["Culture", "Scènes"], authors=["Hélène Vasseur"], byline_text="Par Hélène Vasseur",
    byline_html='Par <a href="/auteurs/helene-vasseur/">Hélène Vasseur</a>',
    ld_authors=["Hélène Vasseur"], ld_type="Review", pub="2026-03-10T17:30:00+01:00", date="Publié le 10 mars 2026 à 17h30",
    head_rating=True, rating=dict(value=4, of=5),
    info=[("Où", "Théâtre des Cordiers, Lyon 2e"), ("Quand", "Jusqu’au 12 avril, du mardi au samedi à 20 h"), ("Tarifs", "De 18 à 32 €"), ("Durée", "2 h 10 sans entracte")],
    nav=LR_NAV, side=[("Les plus lus", ["⟪Lyon : la ligne de tram T10 ouvrira en septembre⟫", "Grève des cantines : ce qui change jeudi"]),
                      ("Opinions", [("Tribune", "⟪Rendons les berges aux piétons⟫"), ("Chronique", "Le pass Culture mérite mieux qu’un coup de rabot")], "opinions")],
    cookie="⟪Avec votre accord, nous utilisons des cookies pour mesurer l’audience et personnaliser la publicité.⟫",
    comments=[("Colette L.", "il y a 5 heures", "⟪Vu samedi, la scène du repas est glaçante. Allez-y.⟫")],
    footer="⟪© Le Rhodanien 2026 – Reproduction interdite⟫",
    body="""<p>⟦Il faut un certain aplomb pour ouvrir une pièce sur un silence de trois minutes.⟧ Mathilde Royer l’a : dans la pénombre, une famille attablée ne dit rien, les couverts tintent, une horloge bat, et l’on comprend avant le premier mot que ce dîner finira mal.</p>
<p>« Les Héritiers du lac », que Claude Ferrand a écrit il y a vingt ans et que l’on joue trop peu, raconte la réunion de quatre frères et sœurs dans la maison de leur mère, au bord du Léman, le soir de ses funérailles. Il s’agit de vendre la maison. Il s’agit surtout de régler des comptes anciens, que chacun croyait enterrés avec elle.</p>
<p>⟦La mise en scène est d’une précision d’horloger.⟧ Royer place ses comédiens comme des pièces sur un échiquier, chaque déplacement modifie le rapport de force, et les lumières de Paul Anselme découpent la scène en zones de confession et de mensonge. Le décor, une salle à manger dont les murs reculent à mesure que la nuit avance, est une réussite.</p>
[[INFO]]
<p>Le texte de Ferrand, qui n’a pas pris une ride, avance par petites phrases coupantes, et Royer a eu la sagesse de ne presque rien y toucher. Les deux seules coupes, dans la scène du notaire, resserrent l’action sans la trahir.</p>
<p>La troupe est remarquable. Agathe Morel, en aînée autoritaire, tient la soirée d’une main de fer ; Karim Bensaïd trouve dans le rôle du cadet alcoolique une drôlerie désespérée qui fait rire la salle jusqu’au malaise. J’ai été moins convaincue par la dernière scène, où la pièce s’égare dans un symbolisme un peu appuyé, avec ce lac projeté en fond de scène qui n’ajoute rien.</p>
<p>⟦Mais ces réserves pèsent peu face à deux heures d’une tension rare.⟧ On sort des Cordiers secoué, avec l’envie d’appeler sa famille, ou de ne plus jamais l’appeler.</p>
<p>⟦Un spectacle à ne pas manquer avant sa tournée régionale.⟧</p>""",
    kind="other", why="theatre review under Critique with stars and practical box",
))

# ---------------------------------------------------------------- the same critic's column ("Chronique") arguing against a budget cut
PAGES.append(dict(
    case="fr-opinion-passculture", lang="fr", skin="feuilleton", domain="lerhodanien.example", site="Le Rhodanien",
    url="https://www.lerhodanien.example/culture/scenes/le-pass-culture-merite-mieux-qu-un-coup-de-rabot-20260317.html",
    h1="Le pass Culture mérite mieux qu’un coup de rabot",
    kicker="Chronique", crumbs=["Culture", "Scènes"], authors=["Hélène Vasseur"], byline_text="Par Hélène Vasseur, critique dramatique",
    byline_html='Par <a href="/auteurs/helene-vasseur/">Hélène Vasseur</a>, critique dramatique',
    ld_authors=["Hélène Vasseur"], ld_type="Article", pub="2026-03-17T06:00:00+01:00", date="Publié le 17 mars 2026 à 6h00",
    nav=LR_NAV, side=[("Les plus lus", ["⟪Lyon : la ligne de tram T10 ouvrira en septembre⟫", "Grève des cantines : ce qui change jeudi"]),
                      ("Critiques", [("★★★★☆", "⟪« Les Héritiers du lac » : une tragédie familiale au cordeau⟫"), ("★★☆☆☆", "Un Feydeau sans rythme à la Croix-Rousse")], "critiques")],
    cookie="⟪Avec votre accord, nous utilisons des cookies pour mesurer l’audience et personnaliser la publicité.⟫",
    bio="⟪Hélène Vasseur est critique dramatique au Rhodanien depuis 2014.⟫",
    footer="⟪© Le Rhodanien 2026 – Reproduction interdite⟫",
    body="""<p>⟦Samedi soir, aux Cordiers, la moitié de la salle avait moins de vingt-cinq ans.⟧ Je le remarque parce que c’est devenu rare, et parce que beaucoup de ces spectateurs avaient payé leur place avec le pass Culture. Le gouvernement s’apprête pourtant à réduire de moitié le montant de ce dispositif dans le prochain budget. C’est une erreur, et elle coûtera plus cher qu’elle ne rapporte.</p>
<p>On connaît les critiques adressées au pass : trop de mangas, trop de jeux vidéo, pas assez d’opéra. Elles ne sont pas toutes infondées. Mais elles confondent le symptôme et le remède. ⟦Si le pass sert surtout à acheter des livres et des places de cinéma, c’est que l’offre de spectacle vivant n’y est presque pas visible.⟧ Les théâtres, souvent faute de moyens, y publient leurs dates tard et mal.</p>
<p>Plutôt que d’amputer le montant, il faudrait orienter une part de l’enveloppe vers les sorties collectives et le spectacle vivant, comme l’ont proposé plusieurs directeurs de scènes régionales. Une part réservée, modeste, suffirait à faire venir des milliers de jeunes dans des salles qu’ils n’auraient jamais franchies.</p>
<p>L’argument budgétaire, lui, ne tient pas. L’économie attendue représente une fraction infime des dépenses culturelles de l’État. ⟦Et ce qu’on perd, une génération de spectateurs, ne se rattrape pas avec un amendement l’année suivante.⟧</p>
<p>Il y a enfin une question d’égalité. Les jeunes qui ont grandi avec des parents abonnés au théâtre n’ont pas besoin du pass pour y aller. Ceux qui n’y ont jamais mis les pieds, oui. Réduire le dispositif, c’est d’abord le retirer à ceux pour qui il changeait quelque chose.</p>
<p>Je passe mes soirées à juger des spectacles. Je sais combien un premier soir au théâtre peut décider d’une vie de spectateur. Le pass Culture a permis à des milliers de jeunes de vivre ce premier soir.</p>
<p>⟦Les parlementaires ont encore quelques semaines pour corriger le tir. Qu’ils le fassent.⟧</p>""",
    kind="opinion", why="critic’s column arguing against cutting a public culture scheme",
))
