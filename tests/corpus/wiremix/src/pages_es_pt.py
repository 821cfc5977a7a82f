"""Spanish and Portuguese pages: an EFE story with the dateline "NUEVA DELHI, 4 mar (EFE).-" under "Agencia EFE";
a desk story ("Redacción") ending "Con información de EFE"; a Latin American columnist distributed by a column
syndicate (JSON-LD author = the syndicate); an Agência Brasil story with a reporter and an "Edição" credit; a
Portuguese column first published in another paper a week earlier (canonical to the original); a syndicated recipe."""

PAGES = []

ES_NAV = ["Nacional", "Internacional", "Economía", "Deportes", "Opinión", "Espectáculos"]

# ---------------------------------------------------------------- EFE dateline, agency byline only
PAGES.append(dict(
    case="es-news-efecalor", lang="es", skin="portal", domain="diariodelpacifico.example", site="Diario del Pacífico",
    url="https://www.diariodelpacifico.example/internacional/india-registra-la-temperatura-mas-alta-para-un-mes-de-marzo-nid04032026/",
    h1="India registra la temperatura más alta de su historia para un mes de marzo",
    deck="El termómetro alcanzó 43,2 grados en el estado de Odisha, según el servicio meteorológico.",
    kicker="Internacional", crumbs=["Internacional", "Asia"], authors=None,
    byline_html="⟪Agencia EFE⟫", byline_text="Agencia EFE", ld_authors=["org:EFE"],
    pub="2026-03-04T09:35:00-06:00", date="4 de marzo de 2026 - 09:35",
    caption="⟪Vendedores ambulantes se protegen del sol en Bhubaneswar.⟫ Foto: EFE/Rajesh Kumar",
    nav=ES_NAV, footer_nav=["Aviso legal", "Privacidad", "Contacto", "Publicidad"],
    side=[("Lo más leído", ["⟪Suben las tarifas del transporte público en Guadalajara⟫", "Clima: lluvias aisladas este fin de semana", "Liga MX: resultados de la jornada 10"])],
    cookie="Usamos cookies para mejorar tu experiencia de navegación.",
    related=["⟪La ola de calor en el sur de Asia, en cinco claves⟫", "El Niño podría volver este año, advierte la ONU"],
    footer="⟪© 2026 Diario del Pacífico. Todos los derechos reservados.⟫",
    body="""<p>NUEVA DELHI, 4 mar (EFE).- ⟦India registró este miércoles la temperatura más alta de su historia para un mes de marzo⟧, con 43,2 grados centígrados en la localidad de Titlagarh, en el estado oriental de Odisha, informó el Departamento Meteorológico de la India (IMD).</p>
<p>El récord anterior, de 42,8 grados, se había registrado en marzo de 2022 en el estado de Rajastán. Según el IMD, otras ocho estaciones del este y del centro del país superaron los 41 grados, entre cuatro y seis grados por encima de lo normal para la época.</p>
<p>⟦Las autoridades de Odisha adelantaron el horario escolar para que las clases terminen antes del mediodía⟧ y pidieron a los trabajadores al aire libre que descansen durante las horas de más calor, entre las 11.00 y las 15.00 hora local.</p>
<p>El servicio meteorológico advirtió de que las altas temperaturas se mantendrán al menos hasta el fin de semana y que la ola de calor podría extenderse a los estados de Jharkhand, Chhattisgarh y Bengala Occidental.</p>
[[AD]]
<p>Los expertos atribuyen el calor temprano a la falta de lluvias en febrero y a un sistema de altas presiones estancado sobre el golfo de Bengala. ⟦«Cada año el calor llega antes y dura más»⟧, dijo a EFE la climatóloga Anjali Prasad, del Instituto de Ciencia de la India.</p>
<p>India sufrió en 2024 una de las olas de calor más largas de su historia, con temperaturas cercanas a los 50 grados en el norte del país y decenas de muertos por golpes de calor, según cifras oficiales.</p>
<p>El Gobierno central pidió a los estados que preparen salas especiales en los hospitales y que garanticen el suministro de agua potable en las zonas rurales. ⟦Las compañías eléctricas prevén un récord de demanda de electricidad en abril⟧ por el uso de ventiladores y aires acondicionados.</p>
<p>Las autoridades recomendaron a la población beber agua con frecuencia, evitar la exposición al sol en las horas centrales del día y prestar atención a los niños y a las personas mayores.</p>
<p>⟦El monzón, que trae las lluvias y alivia el calor, no llega a India hasta junio.⟧ EFE</p>""",
    kind="news", why="agency report on record March heat in India",
))

# ---------------------------------------------------------------- desk byline "Redacción", "Con información de EFE" at the end
PAGES.append(dict(
    case="es-news-redaccionvalparaiso", lang="es", skin="regional", domain="elheraldoaustral.example", site="El Heraldo Austral",
    url="https://www.elheraldoaustral.example/pais/2026/03/08/decretan-alerta-roja-por-incendio-forestal-en-valparaiso/",
    h1="Decretan alerta roja por incendio forestal en Valparaíso",
    deck="Más de 400 hectáreas quemadas y dos sectores evacuados en las cercanías de Quilpué.",
    kicker="País", authors=None, byline_html="⟪Por: Redacción⟫", byline_text="Por: Redacción",
    ld_authors=["org:El Heraldo Austral"], ld_type="NewsArticle",
    pub="2026-03-08T18:20:00-03:00", date="8 de marzo de 2026 | 18:20", updated="Actualizado: 8 de marzo de 2026 | 22:05",
    caption="Brigadistas trabajan en el sector de Los Pinos, en Quilpué. ⟪Foto: Agencia Uno⟫",
    nav=["País", "Mundo", "Economía", "Deportes", "Opinión", "Tendencias"], footer_nav=["Quiénes somos", "Contacto", "Términos"],
    side=[("Lo más visto", ["⟪Metro de Santiago anuncia cierre de estaciones por obras⟫", "Colo-Colo empata en su debut en la Libertadores"]),
          ("Opinión", [("Columna", "Prevenir incendios cuesta menos que apagarlos")], "opinion")],
    cookie="Este sitio usa cookies. Al continuar navegando, aceptas su uso.",
    comments=[("Patricia M.", "hace 1 hora", "⟪Fuerza a los brigadistas, otra vez lo mismo cada verano.⟫")],
    related=["⟪Qué hacer si te ordenan evacuar: la guía de Senapred⟫", "Calor extremo: temperaturas de hasta 35 grados en la zona central"],
    footer="© 2026 El Heraldo Austral",
    body="""<p>⟦El Servicio Nacional de Prevención y Respuesta ante Desastres (Senapred) declaró este domingo alerta roja⟧ para las comunas de Quilpué y Villa Alemana, en la Región de Valparaíso, por un incendio forestal que ya ha consumido más de 400 hectáreas.</p>
<p>El fuego comenzó poco después del mediodía en una zona de matorrales y plantaciones de eucalipto cercana al sector de Los Pinos. ⟦Las altas temperaturas y el viento de hasta 40 kilómetros por hora⟧ hicieron que las llamas avanzaran rápidamente hacia las zonas habitadas.</p>
<p>Las autoridades ordenaron la evacuación preventiva de dos sectores, donde viven cerca de 1.500 personas. Según el delegado presidencial regional, no se han registrado víctimas, aunque al menos seis viviendas resultaron dañadas.</p>
<p>En el combate del incendio trabajan más de 200 brigadistas de la Corporación Nacional Forestal (Conaf), bomberos de cinco comunas y ocho aeronaves, entre ellas dos helicópteros de gran capacidad. ⟦«La prioridad es proteger a las personas y las viviendas»⟧, dijo el director regional de Conaf en un punto de prensa.</p>
[[AD]]
<p>Durante la tarde, el Ministerio de Salud decretó alerta sanitaria en la zona por la presencia de humo y recomendó a las personas con enfermedades respiratorias permanecer en sus casas con las ventanas cerradas. La Superintendencia de Electricidad informó cortes de luz en algunos sectores debido a la caída de postes.</p>
<p>La ruta que une Quilpué con Limache fue cerrada al tránsito y las clases en tres escuelas de la zona fueron suspendidas para el lunes. Los albergues habilitados en un gimnasio municipal recibieron a unas 80 personas durante la tarde.</p>
<p>La región todavía recuerda los incendios de febrero de 2024, que dejaron más de 130 muertos y miles de viviendas destruidas en Viña del Mar y Quilpué. Desde entonces, los municipios han reforzado la limpieza de cortafuegos, aunque los vecinos denuncian que aún quedan terrenos con vegetación seca junto a las casas.</p>
<p>⟦Las autoridades pidieron a la población no acercarse a la zona⟧ y seguir las instrucciones de evacuación que se envían a los teléfonos móviles. Para el lunes se esperan temperaturas de hasta 33 grados.</p>
[[CREDIT|⟪Con información de EFE⟫]]""",
    kind="news", why="wildfire report under a desk byline with agency material",
))

# ---------------------------------------------------------------- syndicated Latin American columnist; JSON-LD author = the syndicate
PAGES.append(dict(
    case="es-opinion-columnaarboles", lang="es", skin="column", domain="lavozdelbajio.example", site="La Voz del Bajío",
    url="https://www.lavozdelbajio.example/opinion/columnas/andres-villalba/nuestras-ciudades-necesitan-sombra/",
    h1="Nuestras ciudades necesitan sombra",
    deck="Cada árbol que no plantamos hoy es un grado más que soportaremos mañana.",
    kicker="Columna", authors=["Andrés Villalba"],
    byline_html='<a href="/autor/andres-villalba/">Andrés Villalba</a>', byline_text="Andrés Villalba",
    ld_authors=["org:Columnas Andinas"], ld_type="OpinionNewsArticle",
    pub="2026-03-11T00:05:00-06:00", date="11/03/2026",
    nav=ES_NAV, footer_nav=["Aviso legal", "Privacidad", "Contacto"],
    side=[("Lo más leído", ["⟪León estrena ciclovía en el bulevar Adolfo López Mateos⟫", "Celaya: cortes de agua en 12 colonias"]),
          ("Columnistas", [("Opinión", "⟪La reforma judicial, un año después⟫"), ("Opinión", "El peso fuerte y sus trampas")], "opinion")],
    cookie="Utilizamos cookies propias y de terceros.",
    after="<p>⟪Andrés Villalba es urbanista y profesor universitario en Bogotá.⟫ ⟪© 2026 Columnas Andinas. Distribuido por Columnas Andinas.⟫</p>",
    related=["Calor récord en el Bajío: 38 grados en marzo", "El ayuntamiento promete 10 mil árboles"],
    footer="⟪La Voz del Bajío © 2026. Prohibida su reproducción total o parcial.⟫",
    body="""<p>⟦Camine una tarde de abril por cualquier avenida de nuestras ciudades y lo entenderá sin necesidad de estadísticas.⟧ Del lado donde hay árboles, la gente camina; del lado donde solo hay asfalto, nadie. En las paradas de autobús sin techo ni sombra, los pasajeros se apretujan bajo el único poste que proyecta algo parecido a una franja oscura.</p>
<p>Durante décadas, las ciudades latinoamericanas crecieron pensando en el automóvil. Se ensancharon calles, se talaron camellones, se cubrieron de cemento las plazas para que fueran «más fáciles de mantener». ⟦El resultado son islas de calor donde la temperatura puede ser hasta ocho grados más alta⟧ que en los barrios arbolados de la misma ciudad.</p>
<p>Esa diferencia no es un detalle estético. Es una cuestión de salud pública y de justicia. Los barrios más pobres, los que tienen menos parques y menos árboles, son también los que sufren más las olas de calor, porque sus casas tienen techos de lámina y pocos pueden pagar un aire acondicionado.</p>
<p>Las soluciones se conocen. Plantar especies nativas que resistan la sequía, proteger las raíces con alcorques amplios, exigir sombra en cada nuevo estacionamiento y en cada parada de transporte. ⟦Y, sobre todo, cuidar los árboles que ya tenemos⟧, que muchas veces mueren por podas mal hechas o por obras que cortan sus raíces.</p>
<p>Muchos gobiernos locales anuncian campañas de plantación con miles de árboles y una foto del alcalde con la pala. Pero la mitad de esos árboles muere en los primeros dos años porque nadie los riega. Lo que se necesita no es un evento, sino un presupuesto permanente para mantenimiento.</p>
<p>⟦Una ciudad con sombra es una ciudad donde se puede caminar⟧, esperar el autobús y jugar en la calle. Es, en definitiva, una ciudad más humana.</p>
<p>⟦Empecemos por la próxima calle que se repavimente: que no se inaugure sin árboles.⟧</p>""",
    kind="opinion", why="syndicated column urging cities to plant and maintain trees",
))

# ---------------------------------------------------------------- Agência Brasil: reporter + "Edição" (editor, not an author)
PAGES.append(dict(
    case="pt-news-agenciabrasilgripe", lang="pt", skin="portal", domain="gazetadoplanalto.example", site="Gazeta do Planalto",
    url="https://www.gazetadoplanalto.example/saude/2026/03/10/ministerio-antecipa-campanha-de-vacinacao-contra-a-gripe/",
    h1="Ministério da Saúde antecipa campanha de vacinação contra a gripe",
    deck="Imunização começa em 23 de março para idosos, crianças e gestantes.",
    kicker="Saúde", crumbs=["Brasil", "Saúde"], authors=["Mariana Teixeira"],
    byline_html="⟪Mariana Teixeira – Repórter da Agência Brasil⟫", byline_text="Mariana Teixeira – Repórter da Agência Brasil",
    editline="⟪Edição: Paulo Rangel⟫", ld_authors=["org:Agência Brasil"],
    pub="2026-03-10T15:48:00-03:00", date="Publicado em 10/03/2026 - 15:48",
    source_line="⟪Fonte: Agência Brasil⟫",
    nav=["Brasil", "Política", "Economia", "Saúde", "Esportes", "Opinião"], footer_nav=["Expediente", "Fale conosco", "Privacidade"],
    side=[("Mais lidas", ["⟪Anápolis inaugura novo terminal de ônibus⟫", "Concurso da prefeitura abre 300 vagas", "Goiás vence e assume a liderança"])],
    cookie="Utilizamos cookies para melhorar sua experiência.",
    related=["⟪Dengue: casos caem 40% em relação a 2025⟫", "Saiba quem pode se vacinar contra a gripe"],
    footer="Gazeta do Planalto © 2026",
    body="""<p>⟦O Ministério da Saúde vai antecipar para 23 de março o início da campanha nacional de vacinação contra a gripe.⟧ Nos últimos anos, a imunização começava em abril. A decisão foi anunciada nesta terça-feira (10), em Brasília, e leva em conta o aumento precoce de casos de síndrome respiratória aguda grave em estados do Norte e do Nordeste.</p>
<p>Segundo a pasta, ⟦serão distribuídas 80 milhões de doses da vacina trivalente⟧, que protege contra os três subtipos do vírus influenza que mais circularam no Hemisfério Sul no último ano. As doses começam a chegar aos estados na próxima semana.</p>
<p>Nesta primeira etapa, podem se vacinar idosos a partir de 60 anos, crianças de seis meses a menores de seis anos, gestantes, puérperas, profissionais de saúde e povos indígenas. Professores, pessoas com doenças crônicas e trabalhadores do transporte coletivo também fazem parte dos grupos prioritários.</p>
<p>“A vacina é segura, é gratuita e é a melhor forma de evitar casos graves e internações”, afirmou a secretária de Vigilância em Saúde, Helena Duarte. ⟦Ela lembrou que a cobertura vacinal entre os idosos ficou abaixo de 60% no ano passado⟧, longe da meta de 90%.</p>
[[AD]]
<p>Nos estados do Norte, onde a circulação do vírus costuma começar mais cedo por causa do período de chuvas, a campanha poderá ser iniciada antes da data nacional, a critério das secretarias estaduais de saúde.</p>
<p>O ministério também vai ampliar o horário de funcionamento de unidades básicas de saúde nos fins de semana e organizar pontos de vacinação em escolas, estações de metrô e terminais rodoviários nas capitais.</p>
<p>Para se vacinar, basta apresentar um documento de identidade e, se possível, a caderneta de vacinação. ⟦Pessoas dos grupos prioritários que não tiverem comprovante podem se autodeclarar⟧ nos postos, informou o ministério.</p>
<p>⟦A campanha segue até 31 de maio e poderá ser estendida ao restante da população depois dessa data.⟧</p>""",
    kind="news", why="agency report on a vaccination campaign",
))

# ---------------------------------------------------------------- column first published in another paper a week earlier; canonical to the original
PAGES.append(dict(
    case="pt-opinion-comboios", lang="pt", html_lang="pt-PT", skin="column", domain="correiodointerior.example", site="Correio do Interior",
    url="https://www.diariodovale.example/opiniao/portugal-precisa-de-comboios-nao-de-mais-autoestradas",
    h1="Portugal precisa de comboios, não de mais autoestradas",
    kicker="Opinião", authors=["Rui Carvalhal"],
    byline_html="⟪Rui Carvalhal, Economista⟫", byline_text="Rui Carvalhal, Economista",
    ld_authors=["Rui Carvalhal"], ld_type="OpinionNewsArticle",
    pub="2026-03-12T07:00:00+00:00", date="Publicado em 12 Mar 2026, 07:00",
    nav=["Região", "País", "Economia", "Desporto", "Opinião", "Cultura"], footer_nav=["Ficha técnica", "Contactos", "Estatuto editorial"],
    side=[("Mais lidas", ["⟪Covilhã: obras na Avenida Frei Heitor Pinto até junho⟫", "Castelo Branco recebe feira do emprego"]),
          ("Opinião", [("Crónica", "⟪O interior não precisa de pena, precisa de médicos⟫")], "opiniao")],
    cookie="Este site utiliza cookies para melhorar a sua experiência.",
    after="<p>⟪Artigo publicado originalmente no Diário do Vale a 5 de março de 2026.⟫ O autor escreve segundo o antigo acordo ortográfico.</p>",
    related=["Linha da Beira Baixa: novos horários a partir de abril", "⟪Portagens nas ex-SCUT: o que muda este ano⟫"],
    footer="© Correio do Interior 2026",
    body="""<p>⟦Há trinta anos que o país investe em estradas como se o automóvel fosse a única forma de viajar.⟧ Temos hoje uma das maiores redes de autoestradas da Europa por habitante, muitas delas quase vazias fora das horas de ponta. E temos, ao mesmo tempo, capitais de distrito sem comboio ou com meia dúzia de ligações por dia.</p>
<p>O novo plano de investimentos apresentado pelo Governo volta a pôr as estradas à frente. Prevê mais de dois mil milhões de euros para novos troços e alargamentos, e apenas uma fração disso para modernizar linhas ferroviárias que estão, em alguns casos, tal como as deixaram os anos oitenta.</p>
<p>⟦É uma escolha que não faz sentido, nem económico nem ambiental.⟧ Os transportes são a maior fonte de emissões do país, e quase todas vêm do transporte rodoviário. Cada nova autoestrada traz mais tráfego, não menos, como qualquer estudo sobre o tema demonstra há décadas.</p>
<p>Mas o argumento mais forte é social. O comboio serve quem não tem carro: os estudantes, os mais velhos, os que não podem pagar combustível e portagens. ⟦Uma ligação ferroviária rápida entre as cidades do interior e o litoral⟧ fixaria mais gente nessas cidades do que qualquer incentivo fiscal.</p>
<p>Não defendo que se deixe de fazer manutenção às estradas existentes, nem que se abandonem as obras já em curso. Defendo que o dinheiro novo vá, em primeiro lugar, para a ferrovia: eletrificação, duplicação de vias, material circulante e horários que permitam ir e voltar no mesmo dia.</p>
<p>Há ainda a questão das mercadorias. Um comboio de carga retira das estradas dezenas de camiões, com menos acidentes, menos desgaste do pavimento e menos emissões. As empresas do interior que exportam para Espanha e para o resto da Europa precisam de ligações ferroviárias fiáveis até aos portos e à fronteira.</p>
<p>Espanha, aqui ao lado, percebeu isto há muito. Nós continuamos a inaugurar viadutos.</p>
<p>⟦Ainda vamos a tempo de mudar o plano antes de ser aprovado no Parlamento.⟧ Basta querer.</p>""",
    kind="opinion", why="republished column arguing for rail over motorways",
))

# ---------------------------------------------------------------- syndicated recipe from a content service
PAGES.append(dict(
    case="pt-other-bolofuba", lang="pt", skin="features", domain="casaesabor.example", site="Casa e Sabor",
    url="https://casaesabor.example/receitas/bolo-de-fuba-cremoso/",
    h1="Bolo de fubá cremoso: a receita da casa da avó",
    kicker="Receitas", authors=["Lúcia Amaral"],
    byline_html="⟪Por Lúcia Amaral, do Serviço Sabores⟫", byline_text="Por Lúcia Amaral, do Serviço Sabores",
    ld_obj={"@context": "https://schema.org", "@type": "Recipe", "name": "Bolo de fubá cremoso",
            "author": {"@type": "Person", "name": "Lúcia Amaral"}, "datePublished": "2026-03-15",
            "recipeYield": "12 fatias", "recipeIngredient": ["4 ovos", "1 litro de leite", "2 xícaras de fubá"]},
    pub="2026-03-15T09:00:00-03:00", date="15 de março de 2026",
    print="Imprimir receita", times="Preparo: 15 min · Forno: 50 min · Rende 12 fatias",
    source_line="⟪Conteúdo distribuído pelo Serviço Sabores.⟫",
    nav=["Receitas", "Doces", "Salgados", "Bebidas", "Casa", "Jardim"], footer_nav=["Sobre", "Contato", "Privacidade"],
    side=[("Receitas populares", ["⟪Pão de queijo de liquidificador⟫", "Brigadeiro de colher", "Escondidinho de carne-seca"])],
    cookie="Usamos cookies para personalizar conteúdo.",
    comments=[("Cida", "16 de março", "⟪Fiz hoje e ficou igualzinho ao da minha mãe!⟫")],
    footer="© 2026 Casa e Sabor",
    body="""<p>⟦Poucas coisas lembram tanto a infância quanto um bolo de fubá saindo do forno no meio da tarde.⟧ Esta versão cremosa, com uma camada úmida que se forma sozinha no meio da massa, é daquelas receitas que passam de mãe para filha sem nunca ter sido escrita.</p>
<p>O segredo está no leite: a massa é bem mais líquida do que a de um bolo comum, e é isso que faz o fubá assentar no fundo e formar o creme. Não se assuste quando for levar a forma ao forno; parece que deu errado, mas não deu.</p>
<p>Use fubá mimoso, mais fino, e um queijo parmesão ralado na hora, que dá um toque salgado que equilibra o doce. Se quiser, acrescente uma colher de erva-doce à massa, como se fazia no interior de Minas.</p>
<p>Se a sua forma for maior, o bolo ficará mais baixo e assará mais depressa; comece a verificar depois de 35 minutos, espetando um palito na parte de cima, que deve sair seco, mesmo que o creme por baixo ainda esteja mole.</p>
<p>Espere o bolo amornar antes de desenformar. Quente, o creme ainda está mole e o bolo pode quebrar. Ele fica ainda melhor no dia seguinte, com um café passado na hora.</p>
<div class="recipe-card"><h2>Bolo de fubá cremoso</h2>
[[CARDTOP]]
<h3>Ingredientes</h3>
<ul><li>4 ovos</li><li>⟦1 litro de leite⟧</li><li>2 xícaras (chá) de açúcar</li><li>2 xícaras (chá) de fubá mimoso</li><li>3 colheres (sopa) de farinha de trigo</li><li>2 colheres (sopa) de manteiga</li><li>50 g de queijo parmesão ralado</li><li>1 colher (sopa) de fermento em pó</li></ul>
<h3>Modo de preparo</h3>
<ol><li>Preaqueça o forno a 180 °C e unte uma forma retangular média com manteiga e fubá.</li>
<li>⟦Bata no liquidificador os ovos, o leite, o açúcar, o fubá, a farinha, a manteiga e o queijo⟧ por cerca de 3 minutos.</li>
<li>Acrescente o fermento e misture rapidamente com uma colher.</li>
<li>Despeje na forma e leve ao forno por cerca de 50 minutos, até dourar por cima.</li>
<li>⟦Deixe amornar por 30 minutos antes de cortar em quadrados.⟧</li></ol></div>""",
    kind="other", why="syndicated recipe with ingredients and steps",
))
