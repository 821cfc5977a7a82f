"""Spanish and Portuguese pages: a Monday column known only by its kicker (Spain), a syndicated op-ed (Argentina),
a developing story (Mexico), a restaurant review (Spain), a column with only the author's photo (Brazil), a recipe (Brazil)."""

PAGES = []

# ---------------------------------------------------------------- weekly column; the only hint is the column's name in the kicker
PAGES.append(dict(
    case="es-opinion-soup-bancos", lang="es", skin="soup", domain="diariocantabrico.example", site="Diario del Cantábrico",
    url="https://www.diariocantabrico.example/sociedad/2026/03/16/la-ciudad-que-no-deja-sentarse-4589210.html",
    h1="La ciudad que no deja sentarse", meta="og",
    kicker="Lunes de Marta Ibarra", authors=["Marta Ibarra"], byline_text="Por Marta Ibarra",
    byline_html='Por <a href="/autor/marta-ibarra/">Marta Ibarra</a>',
    pub="2026-03-16T06:00:00+01:00", date="16/03/2026 06:00", strip="Lunes, 16 de marzo de 2026",
    caption="Un banco retirado en la plaza de Cañadío. Foto: J. Somarriba",
    nav=["Cantabria", "Santander", "España", "Sociedad", "Deportes", "Opinión", "Cultura", "Esquelas"],
    cookie="⟪Utilizamos cookies propias y de terceros para mejorar nuestros servicios.⟫",
    side=[("Lo más leído", ["⟪Detenido un hombre por robar cobre en la línea de Feve⟫", "El Racing prepara el partido ante el Eibar", "Cortes de tráfico por las obras del Sardinero"]),
          ("Opinión", [("Tribuna", "⟪El puerto necesita un plan, no otra maqueta⟫"), ("Editorial", "Una financiación autonómica más justa")], "opinion")],
    related=["El Ayuntamiento renovará el mobiliario urbano de 14 calles", "Vecinos de Castilla-Hermida piden más sombra"],
    comments=[("anabelsdr", "hace 3 horas", "⟪Totalmente de acuerdo, mi madre ya no baja al centro.⟫"), ("Pedro G.", "hace 1 hora", "Los bancos también se ensucian, hay que decirlo todo.")],
    footer="⟪© Diario del Cantábrico S.L. Todos los derechos reservados.⟫",
    body="""<p>⟦Mi madre tiene ochenta y un años y mide las calles en bancos.⟧ No en metros ni en minutos: en bancos. Sabe que de su portal a la farmacia hay dos, que en la cuesta de la calle Alta había uno y que ya no está, y que por eso ya no sube la calle Alta.</p>
<p>Desde el otoño, el Ayuntamiento ha retirado once bancos del centro. Las razones oficiales varían según el caso: obras, «usos indebidos», quejas de algún vecino. Ninguna de ellas explica por qué no se han repuesto en otro lugar.</p>
<p>⟦Una ciudad que no deja sentarse es una ciudad que ha decidido para quién es.⟧ Es para quien camina rápido, para quien consume en una terraza, para quien no necesita parar. No es para los mayores, ni para las embarazadas, ni para quien lleva a un niño cansado de la mano.</p>
<div class="lee-tambien"><strong>Lee también</strong> <a href="/sociedad/mobiliario-urbano-14-calles">⟪Santander cambia sus papeleras por contenedores inteligentes⟫</a></div>
<p>Me dirán que los bancos atraen problemas. Puede ser. Pero retirar el banco no elimina el problema, solo lo traslada; y de paso castiga a todos los que lo usaban sin molestar a nadie.</p>
<div class="publi-intext"><span>Publicidad</span></div>
<p>⟦Lo que pido es sencillo: un banco cada doscientos metros en las calles con cuesta,⟧ sombra en las plazas y una fuente que funcione. No hace falta un plan estratégico para eso. Hace falta mirar la ciudad a la altura de una persona de ochenta y un años.</p>
<p>⟦El día que mi madre pueda volver a subir la calle Alta, sabré que alguien ha escuchado.⟧</p>""",
    exclude=["div.lee-tambien", "div.publi-intext"],
    kind="opinion", why="first-person weekly column; only the kicker names the column",
))

# ---------------------------------------------------------------- syndicated op-ed (Project Syndicate style) in the Economy section
PAGES.append(dict(
    case="es-opinion-arc-deudasur", lang="es", skin="arc", domain="cronicadelplata.example", site="La Crónica del Plata",
    url="https://www.cronicadelplata.example/economia/2026/02/23/la-deuda-de-los-paises-pobres-necesita-un-arbitro/",
    h1="La deuda de los países pobres necesita un árbitro", kicker="Economía",
    authors=["Henrik Salvesen"], byline_text="Por Henrik Salvesen", ld_authors=["Henrik Salvesen"], ld_type="NewsArticle", ld_section="Economía",
    pub="2026-02-23T00:01:00-03:00", date="23 de febrero de 2026",
    nav=["Últimas noticias", "Política", "Economía", "Sociedad", "Mundo", "Opinión", "Deportes", "Espectáculos"],
    side=[("Lo más visto", ["⟪El dólar blue cerró en baja por tercera rueda consecutiva⟫", "Paro de colectivos: qué líneas funcionan", "Ola de calor en el AMBA"], "economia")],
    related=["⟪El FMI aprobó la revisión trimestral del acuerdo⟫", "Cuánto pagará el país en vencimientos de deuda en marzo"],
    newsletter="⟪Recibí cada mañana las noticias de economía⟫",
    footer="⟪Copyright 2026 La Crónica del Plata. Todos los derechos reservados.⟫",
    body="""<p>BERGEN – ⟦Hace veinte años, los acreedores de los países más pobres aceptaron cancelar buena parte de sus deudas.⟧ Hoy, muchos de esos mismos países vuelven a destinar más dinero al servicio de la deuda que a la salud y la educación juntas.</p>
<p>La diferencia es que los acreedores ya no son un puñado de gobiernos occidentales sentados a una misma mesa. Son bancos estatales de varias potencias, fondos de inversión y tenedores de bonos dispersos, cada uno con sus propias reglas y ninguno dispuesto a ceder primero.</p>
[[AD]]
<p>⟦El resultado es que las reestructuraciones se eternizan.⟧ Zambia tardó más de tres años en cerrar un acuerdo; Ghana, casi dos. Mientras tanto, la inversión se paraliza y la población paga la factura en hospitales sin insumos y maestros sin salario.</p>
<p>El marco común acordado por el G20 en 2020 fue un paso en la dirección correcta, pero carece de dientes. No fija plazos, no obliga a los acreedores privados a participar en condiciones comparables y no ofrece a los deudores ninguna protección mientras negocian.</p>
<p>⟦Lo que falta es un árbitro.⟧ Un mecanismo independiente, con plazos vinculantes y la capacidad de suspender litigios durante la negociación, daría a todas las partes un incentivo para acordar rápido. No se trata de perdonar sin condiciones, sino de evitar que el más paciente de los acreedores imponga su precio a todos los demás.</p>
[[AD]]
<p>⟦Los gobiernos que presiden este año el G20 tienen la oportunidad de proponerlo.⟧ Si no lo hacen, la próxima crisis de deuda no será una excepción, sino la norma.</p>
<p class="ps-bio"><em>⟪Henrik Salvesen, ex economista jefe del Banco Nórdico de Fomento,⟫ es profesor de Economía Internacional en la Universidad de Tromsvik.</em></p>
<p class="ps-copy">⟪Copyright: Project Syndicate, 2026.⟫ www.project-syndicate.example</p>""",
    exclude=["div.arc-ad*", "p.ps-bio", "p.ps-copy"],
    kind="opinion", why="syndicated op-ed in Economy; hints are bio and copyright",
))

# ---------------------------------------------------------------- developing story, newest update first
PAGES.append(dict(
    case="es-news-live-lluvias", lang="es", skin="live", domain="heraldobajio.example", site="El Heraldo del Bajío",
    url="https://www.heraldobajio.example/local/lluvias-en-leon-inundaciones-y-calles-cerradas-en-vivo-12-de-marzo",
    h1="Lluvias en León: inundaciones y calles cerradas, minuto a minuto",
    authors=["Valeria Anaya"], byline_text="Por Valeria Anaya y Redacción", ld_authors=["Valeria Anaya", "org:Redacción El Heraldo"], ld_type="LiveBlogPosting",
    pub="2026-03-12T07:40:00-06:00", mod="2026-03-12T13:05:00-06:00", date="12 de marzo de 2026 · 07:40 hrs", date_mod="Actualizado: 13:05 hrs",
    badge="En desarrollo", refresh="⟪Hay nuevas actualizaciones: haz clic para verlas⟫",
    caption="⟪Automovilistas varados en el bulevar Adolfo López Mateos.⟫ Foto: Especial",
    nav=["Local", "Estado", "Nacional", "Seguridad", "Deportes", "Opinión", "Columnas", "Clima"],
    cookie="Este sitio usa cookies. Al navegar aceptas nuestro aviso de privacidad.",
    side=[("Columnas", [("Columna", "⟪Crónica de una ciudad que no sabe llover⟫"), ("Opinión", "El drenaje que prometieron tres alcaldes")], "opinion"),
          ("Te puede interesar", ["⟪Cierran la carretera a Silao por deslave⟫", "Dónde están los refugios temporales"])],
    newsletter="⟪Recibe las alertas del clima en tu correo⟫",
    footer="⟪El Heraldo del Bajío © 2026. Aviso de privacidad.⟫",
    body="""<p>⟦Una tormenta que comenzó la madrugada de este jueves dejó inundaciones en al menos 20 colonias de León⟧ y obligó a cerrar tramos de tres bulevares. Protección Civil municipal mantiene la alerta amarilla. Aquí te contamos lo que sabemos.</p>""",
    entries=[
        ("2026-03-12T13:05:00-06:00", "13:05 hrs", "Reabren el bulevar Torres Landa",
         "<p>⟦La Dirección de Tránsito informó que el bulevar Torres Landa ya tiene circulación en ambos sentidos.⟧ Siguen cerrados los pasos a desnivel de Juan Alonso de Torres.</p>"),
        ("2026-03-12T11:20:00-06:00", "11:20 hrs", "Suspenden clases en el turno vespertino",
         "<p>La Secretaría de Educación de Guanajuato suspendió las clases del turno vespertino en 48 escuelas de León. «Preferimos que los niños no salgan», dijo la delegada regional, Alma Reyes.</p>"),
        ("2026-03-12T09:45:00-06:00", "09:45 hrs", "Rescatan a familia en San Juan de Abajo",
         "<p>⟦Bomberos rescataron a una familia de cinco personas cuya casa quedó rodeada por el agua.⟧ Ninguno resultó herido. «Yo pensé que nos íbamos a ahogar, el agua subió en diez minutos», contó el padre, Ernesto Ruiz.</p>"),
        ("2026-03-12T07:40:00-06:00", "07:40 hrs", "Protección Civil activa alerta amarilla",
         "<p>⟦El Servicio Meteorológico reportó 62 milímetros de lluvia en cuatro horas.⟧ Protección Civil pidió no cruzar arroyos ni calles inundadas.</p>"),
    ],
    kind="news", why="developing story with timestamped updates",
))

# ---------------------------------------------------------------- restaurant review with a score, declared only as a news article
PAGES.append(dict(
    case="es-other-soup-restaurante", lang="es", skin="soup", domain="cronicabetica.example", site="Crónica Bética",
    url="https://www.cronicabetica.example/gastronomia/casa-ruda-el-atun-de-almadraba-sin-artificios-2026-02-26",
    h1="Casa Ruda: el atún de almadraba, sin artificios", kicker="Gastronomía",
    deck="En un callejón de Barbate, una barra de doce taburetes que no necesita más que producto y paciencia.",
    authors=["Javier Lozano"], byline_text="Por Javier Lozano", ld_authors=["Javier Lozano"], ld_type="NewsArticle", ld_section="Gastronomía",
    pub="2026-02-26T10:30:00+01:00", date="Jueves, 26 de febrero de 2026 - 10:30", strip="Jueves, 26 febrero 2026",
    caption="⟪Tarantelo de atún a la plancha en Casa Ruda.⟫ J. L.",
    nav=["Andalucía", "Sevilla", "Cádiz", "Economía", "Opinión", "Gastronomía", "Cofradías", "Toros"],
    side=[("Lo más leído", ["⟪Las diez tapas que hay que probar en Jerez⟫", "Abre el nuevo mercado de abastos de Triana"], "gastronomia")],
    related=["⟪La almadraba de Zahara calienta motores para la temporada⟫", "Dónde comer pescado frito en Cádiz capital"],
    bio="⟪Javier Lozano es crítico gastronómico de Crónica Bética desde 2014.⟫",
    footer="⟪Crónica Bética · Aviso legal · Política de cookies⟫",
    body="""<p>⟦Casa Ruda no tiene carta.⟧ Tiene una pizarra con seis platos que cambian según lo que llegue por la mañana y un camarero, Manolo, que los canta más rápido de lo que uno es capaz de escribirlos.</p>
<p>En temporada, el atún manda. ⟦El tarantelo a la plancha llega dorado por fuera y rosado por dentro,⟧ con sal gorda y un chorro de aceite de Grazalema. El tartar, cortado a cuchillo, se sirve sin más adorno que cebolleta y un poco de soja. La ventresca en manteca colorá es la única concesión a la tradición más pesada, y merece la pena.</p>
<div class="lee-tambien"><strong>Lee también</strong> <a href="/gastronomia/tapas-jerez">⟪Las mejores ventas de carretera de la Sierra de Cádiz⟫</a></div>
<p>Fuera del atún, las papas aliñás son correctas y las croquetas de puchero, algo secas el día de nuestra visita. Los postres, caseros y escasos: tocino de cielo o nada.</p>
<p>La carta de vinos cabe en una servilleta, pero incluye tres manzanillas bien elegidas y un blanco de Chiclana que acompaña sin molestar. ⟦Se come por unos 40 euros por persona,⟧ sin reservas y con cola a partir de las dos.</p>
<div class="ficha-restaurante"><p><strong>Casa Ruda</strong>. Calle Real, 14. Barbate (Cádiz). Cierra lunes y martes.</p><p>⟦Nota: 8/10. Producto: 9. Servicio: 8. Ambiente: 7.⟧</p></div>""",
    exclude=["div.lee-tambien"],
    kind="other", why="restaurant review with scores, declared as NewsArticle",
))

# ---------------------------------------------------------------- column; the only hint is the columnist's photo beside the headline
PAGES.append(dict(
    case="pt-opinion-portal-arvores", lang="pt", skin="portal", domain="folhadoplanalto.example", site="Folha do Planalto",
    url="https://www.folhadoplanalto.example/cotidiano/2026/03/a-cidade-que-troca-sombra-por-vaga.shtml",
    h1="A cidade que troca sombra por vaga", photo=True, crumbs=["Cotidiano"],
    authors=["Luiza Amarante"], byline_text="Luiza Amarante", ld_authors=["Luiza Amarante"], ld_type="NewsArticle", ld_section="Cotidiano",
    pub="2026-03-05T23:15:00-03:00", date="5.mar.2026 às 23h15",
    nav=["Poder", "Mercado", "Cotidiano", "Mundo", "Esporte", "Ilustrada", "Colunas e blogs", "Opinião"],
    cookie="⟪Ao continuar navegando, você concorda com nossa Política de Privacidade.⟫",
    side=[("Mais lidas", ["⟪Prefeitura anuncia nova linha de ônibus para o Setor Leste⟫", "Chuva derruba árvore e interdita avenida", "Vestibular: veja o gabarito"], "cotidiano"),
          ("Colunas", [("Coluna", "⟪O ônibus que ninguém quer pegar⟫"), ("Blog", "Cinco perguntas sobre o novo Plano Diretor")], "colunas")],
    related=["Câmara aprova projeto que amplia estacionamento rotativo", "Veja quais avenidas terão corte de árvores"],
    comments=[("Rodrigo M.", "06/03 08:12", "⟪Moro na W3 e a diferença de temperatura é absurda.⟫")],
    footer="⟪Copyright Folha do Planalto. Todos os direitos reservados.⟫",
    body="""<p>⟦Na minha rua, há vinte anos, dava para atravessar o quarteirão inteiro à sombra.⟧ Eram catorze ipês e três mangueiras, plantados por moradores que já morreram. Hoje restam quatro árvores. No lugar das outras há vagas de estacionamento pintadas de branco.</p>
<p>Não foi uma decisão de uma vez. Foi uma árvore por ano, cada uma com uma justificativa: raízes que levantavam a calçada, galhos sobre a fiação, um pedido de um comerciante. Somadas, as justificativas viraram uma rua quente e vazia.</p>
<p>⟦A prefeitura planeja agora alargar mais três avenidas da região central,⟧ e o projeto prevê o corte de cerca de 300 árvores. A compensação prometida é o plantio de mudas em outro bairro. Acho difícil explicar a quem espera o ônibus às duas da tarde que a sombra dele foi transferida para o outro lado da cidade.</p>
<div class="leia-tambem"><span>Leia também</span> <a href="/cotidiano/2026/03/corte-de-arvores.shtml">⟪Justiça suspende corte de árvores no Eixo Sul⟫</a></div>
<p>Não sou contra obras. Sou contra a ideia de que árvore é obstáculo. ⟦Uma árvore adulta reduz a temperatura da calçada em vários graus⟧ e não cobra nada por isso.</p>
<p>⟦Antes de cortar mais uma, a cidade deveria perguntar quem vai andar debaixo do sol.⟧</p>""",
    exclude=["div.leia-tambem"],
    kind="opinion", why="first-person column; only hint is the author photo",
))

# ---------------------------------------------------------------- recipe with Recipe JSON-LD
PAGES.append(dict(
    case="pt-other-lifestyle-bolofuba", lang="pt", skin="lifestyle", domain="cozinhadamantiqueira.example", site="Cozinha da Mantiqueira",
    url="https://cozinhadamantiqueira.example/receitas/bolo-de-fuba-com-goiabada-cremoso/",
    h1="Bolo de fubá cremoso com goiabada", kicker="Receitas",
    deck="Aquele bolo de fazenda que forma uma camada de creme no meio. Rende 12 fatias.",
    authors=["Tereza Moura"], byline_text="Por Tereza Moura", ld_authors=["Tereza Moura"],
    ld_obj={"@context": "https://schema.org", "@type": "Recipe", "name": "Bolo de fubá cremoso com goiabada",
            "author": {"@type": "Person", "name": "Tereza Moura"}, "datePublished": "2026-02-14",
            "prepTime": "PT15M", "cookTime": "PT50M", "recipeYield": "12 fatias",
            "recipeIngredient": ["4 ovos", "1 litro de leite", "2 xícaras de açúcar", "1 xícara de fubá", "3 colheres de sopa de farinha de trigo",
                                 "50 g de queijo parmesão ralado", "2 colheres de sopa de manteiga", "1 colher de sopa de fermento em pó", "200 g de goiabada em cubos"],
            "recipeCategory": "Sobremesa", "recipeCuisine": "Brasileira"},
    pub="2026-02-14T09:00:00-03:00", date="14 de fevereiro de 2026", meta_extra="Tempo: 1h05 · Rendimento: 12 fatias",
    nav=["Receitas", "Doces", "Salgados", "Dicas", "Sobre"],
    cookie="⟪Usamos cookies para melhorar sua experiência.⟫",
    side=[("Mais acessadas", ["⟪Pão de queijo de liquidificador⟫", "Frango com quiabo da vó"], "receitas")],
    related=["⟪Broa de milho de padaria⟫", "Pudim de pão sem forno"],
    comments=[("Cida", "15/02/2026", "⟪Fiz hoje e ficou perfeito, só diminuí o açúcar.⟫")],
    footer="Cozinha da Mantiqueira © 2026",
    body="""<p>⟦Este é o bolo que minha avó fazia nas tardes de domingo em Itajubá.⟧ A massa é bem líquida, e é isso mesmo: no forno ela se separa e forma uma camada cremosa no meio.</p>
<h2>Ingredientes</h2>
<ul><li>⟦4 ovos⟧</li><li>1 litro de leite</li><li>2 xícaras (chá) de açúcar</li><li>1 xícara (chá) de fubá</li><li>3 colheres (sopa) de farinha de trigo</li><li>50 g de queijo parmesão ralado</li><li>2 colheres (sopa) de manteiga</li><li>1 colher (sopa) de fermento em pó</li><li>200 g de goiabada em cubos</li></ul>
<h2>Modo de preparo</h2>
<ol><li>⟦Preaqueça o forno a 180 °C e unte uma forma de 24 cm com manteiga e fubá.⟧</li>
<li>Bata no liquidificador os ovos, o leite, o açúcar, o fubá, a farinha, o queijo e a manteiga por 3 minutos.</li>
<li>Junte o fermento e misture com uma colher.</li>
<li>Despeje na forma e espalhe os cubos de goiabada por cima; eles vão afundar um pouco.</li>
<li>⟦Asse por cerca de 50 minutos, até dourar.⟧ O centro ainda vai estar mole.</li></ol>
<div class="dica-box"><p><strong>Dica:</strong> ⟦espere esfriar completamente antes de desenformar, senão o creme escorre.⟧</p></div>""",
    kind="other", why="recipe with Recipe schema",
))
