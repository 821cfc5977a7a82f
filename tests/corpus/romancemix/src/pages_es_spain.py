"""Spanish from Spain and Chile and Venezuela (national-daily skin) and a Spanish recipe: a Tribuna column by a
columnist, a court report by two reporters, an interview with "Texto: … | Foto: …", a news analysis with a
"Sigue leyendo" fold and "— Especial para …", a recipe on a food site."""

PAGES = []

MIR_NAV = ["España", "Internacional", "Economía", "Opinión", "Sociedad", "Cultura", "Deportes", "Tecnología", "Vídeos"]
MIR_FOOT = ["Quiénes somos", "Aviso legal", "Política de cookies", "Contacto", "Publicidad", "Fe de erratas"]
MIR_SIDE = [("Lo más visto", ["⟪Renfe recupera los trenes de Cercanías en Valencia tras tres días de averías⟫",
                               "El precio del aceite de oliva baja por tercer mes consecutivo",
                               "Una jueza de Cádiz archiva la causa contra el puerto deportivo"]),
            ("Opinión", [("Editorial", "El Congreso no puede ser una sala de espera"),
                         ("Tribuna", "Europa y la industria que no quisimos ver"),
                         ("Columnistas", "El silencio de los ayuntamientos")])]
MIR_COOKIE = "Utilizamos cookies propias y de terceros para analizar el tráfico y mostrarte publicidad personalizada."

# ---------------------------------------------------------------- 1. Spain: Tribuna column, columnist role, JSON-LD OpinionNewsArticle
PAGES.append(dict(
    case="es-opinion-diario-alquiler", lang="es", skin="diario", domain="www.elmiradoriberico.example", site="El Mirador Ibérico", secpath="opinion",
    url="https://www.elmiradoriberico.example/opinion/2026-03-05/alquilar-en-valencia-ya-no-es-una-opcion-es-una-apuesta.html",
    h1="Alquilar en Valencia ya no es una opción, es una apuesta",
    deck="Los contratos de temporada se han convertido en la puerta trasera por la que se escapa la ley de vivienda",
    kicker="Tribuna", kicker_path="opinion/tribuna", authors=["Lucía Garcés Ordóñez"], byline_text="Lucía Garcés Ordóñez",
    byline_html='<a class="a_md_a_n" href="/autor/lucia-garces-ordonez/">Lucía Garcés Ordóñez</a>', role="Columnista",
    ld_authors=["Lucía Garcés Ordóñez"], ld_type="OpinionNewsArticle", ld_section="Opinión", meta_section="Opinión",
    pub="2026-03-05T05:30:00+01:00", date="05 mar 2026 - 05:30 CET", today="Jueves, 5 de marzo de 2026", edition="Edición España",
    nav=MIR_NAV, subnav=["Editoriales", "Tribunas", "Columnistas", "Cartas al director", "Viñetas"],
    ticker=["El Gobierno aprueba el decreto de ayudas al campo", "Huelga de médicos en Andalucía este jueves"],
    caption="⟪Carteles de «Se alquila» en un portal del barrio de Russafa, en Valencia.⟫ Foto: Irene Salvà",
    cookie=MIR_COOKIE, side=MIR_SIDE,
    after=[("disclaimer", "⟪Las opiniones expresadas son responsabilidad exclusiva de su autora⟫ y no representan necesariamente la línea editorial de El Mirador Ibérico.")],
    box=("Lucía Garcés Ordóñez", "⟪Lucía Garcés Ordóñez es economista y profesora de Urbanismo⟫ en la Universitat de València."),
    tags=["Vivienda", "Alquiler", "Valencia", "Ley de vivienda"],
    related=["Qué dice la ley sobre las zonas tensionadas", "El precio del alquiler sube un 11% en la Comunitat Valenciana"],
    comments=[("Pepa_R", "hace 3 horas", "Llevo dos mudanzas en un año y ninguna por gusto."), ("anibal.m", "hace 2 horas", "El problema es que no se construye.")],
    newsletter="Recibe cada mañana las columnas y tribunas de Opinión en tu correo.",
    footer="© Ediciones del Mirador S. L. Todos los derechos reservados.", footer_nav=MIR_FOOT,
    body="""⟦Basta con pasear una tarde por Russafa o por el Cabanyal para entenderlo.⟧ En los portales ya no cuelgan carteles de «Se alquila», sino de «Alquiler de temporada, de 1 a 11 meses», y detrás de esa letra pequeña se esconde la forma más eficaz que ha encontrado el mercado para no cumplir la ley.

La norma estatal de vivienda limitó las subidas en las zonas tensionadas. Bien. Pero dejó fuera los contratos que, sobre el papel, responden a una necesidad pasajera: un estudiante, un trabajador desplazado, un médico que hace una sustitución. ⟦¿Alguien cree de verdad que media ciudad está de paso?⟧ Los datos del propio Ayuntamiento dicen que los anuncios de temporada se han multiplicado por tres en dos años, mientras los de larga duración caen mes tras mes.

[[READ|⟪Los contratos de temporada se duplican en las capitales de provincia⟫]]

No se trata de demonizar a los propietarios. Muchos son familias que heredaron un piso y que temen, no sin razón, los impagos y los procesos judiciales eternos. Pero conviene no confundir el miedo con el negocio. Quien encadena contratos de once meses con la misma inquilina, que empadrona allí a sus hijos y paga la luz a su nombre, no está alquilando por temporada: está esquivando una regla.

[[SPLIT]]

[[H|Lo que se puede hacer mañana]]

Las soluciones no exigen grandes reformas. Exigen voluntad. Pensemos en tres:

[[LIST|⟦Que el contrato de temporada acredite la causa con un documento⟧, no con una casilla marcada.|Que las inspecciones autonómicas crucen los datos del padrón con los de los depósitos de fianzas.|Que las sanciones se cobren, que es lo que de verdad disuade.]]

Sabemos que nada de esto es popular en un año electoral. Sabemos también que cada mes de espera se traduce en otra familia que deja el barrio donde sus hijos van al colegio. ⟦Mientras tanto, alquilar en Valencia ha dejado de ser una opción de vida⟧ para convertirse en una apuesta: se firma, se cruza los dedos y se empieza a buscar el siguiente piso antes de deshacer las cajas.

[[NL|⟪Apúntate a la newsletter de Opinión y no te pierdas ninguna tribuna⟫]]

Que nadie diga después que no se veía venir. ⟦Se veía, se medía y se contaba en cada portal.⟧""",
    kind="opinion", why="Tribuna column arguing for housing rules; columnist role",
))

# ---------------------------------------------------------------- 2. Spain: court report, two reporters with "y", paywall div, paywall note after the full text
PAGES.append(dict(
    case="es-news-diario-juicio", lang="es", skin="diario", domain="www.elmiradoriberico.example", site="El Mirador Ibérico", secpath="espana",
    url="https://www.elmiradoriberico.example/espana/aragon/2026-03-10/la-fiscalia-pide-ocho-anos-para-el-exalcalde-de-villaseca.html",
    h1="La Fiscalía pide ocho años para el exalcalde de Villaseca por el desvío de fondos de la depuradora",
    deck="El juicio arranca en la Audiencia Provincial de Zaragoza con el exregidor negando que cobrara comisiones",
    kicker="Tribunales", authors=["Javier Ruano", "Marta Lledó"], byline_text="Javier Ruano y Marta Lledó",
    byline_html='<a href="/autor/javier-ruano/">Javier Ruano</a> y <a href="/autor/marta-lledo/">Marta Lledó</a>', place="Zaragoza",
    ld_authors=["Javier Ruano", "Marta Lledó"], ld_type="NewsArticle", ld_section="España",
    pub="2026-03-10T19:45:00+01:00", mod="2026-03-10T21:02:00+01:00", date="10 mar 2026 - 19:45 CET", updated="Actualizado: 10 mar 2026 - 21:02 CET",
    today="Martes, 10 de marzo de 2026", edition="Edición España",
    nav=MIR_NAV, subnav=["Andalucía", "Aragón", "Cataluña", "Comunidad Valenciana", "Galicia", "Madrid"],
    ticker=["Última hora del temporal en el Cantábrico", "El Supremo revisa la condena del caso Almenara"],
    caption="⟪El exalcalde de Villaseca del Jalón, a su llegada a la Audiencia Provincial este martes.⟫ Foto: Daniel Pérez",
    cookie=MIR_COOKIE, side=MIR_SIDE,
    after=[("paywall-note", "⟪Contenido exclusivo para suscriptores. Gracias por apoyar el periodismo de calidad.⟫"),
           ("fe-de-erratas", "<strong>Fe de erratas:</strong> ⟪Una versión anterior de esta noticia situaba la obra en 2019.⟫ La depuradora se adjudicó en 2018.")],
    tags=["Tribunales", "Corrupción", "Aragón"],
    related=["⟪El Tribunal de Cuentas reclama 900.000 euros a tres alcaldes aragoneses⟫", "Claves del caso de la depuradora de Villaseca"],
    footer="© Ediciones del Mirador S. L. Todos los derechos reservados.", footer_nav=MIR_FOOT,
    body="""⟦La Fiscalía Anticorrupción mantiene su petición de ocho años de prisión para Ramón Esteban Lahoz⟧, exalcalde de Villaseca del Jalón (Zaragoza), a quien acusa de desviar 1,2 millones de euros de la obra de la depuradora municipal a empresas de su entorno. El juicio comenzó este martes en la Sección Primera de la Audiencia Provincial de Zaragoza y se prolongará hasta el 20 de marzo.

Esteban, que gobernó el municipio entre 2011 y 2023, se sentó en el banquillo junto a otros cuatro acusados: el entonces secretario municipal, dos empresarios de la construcción y un ingeniero que firmó las certificaciones de obra. Todos ellos se enfrentan a delitos de malversación, prevaricación y falsedad documental.

[[QUOTE|⟦«Nunca he cobrado un euro que no fuera mío», declaró el exregidor⟧ a preguntas de su abogada.]]

Durante casi tres horas de interrogatorio, el exalcalde defendió que los sobrecostes de la depuradora, que pasó de un presupuesto inicial de 2,1 millones a 3,4, se debieron a «problemas del terreno» que nadie había previsto. Reconoció que conocía a los dos empresarios desde la infancia, pero negó haber intervenido en la adjudicación.

[[PAYWALL]]

El fiscal, en cambio, sostiene que las certificaciones incluían trabajos que nunca se hicieron y que parte del dinero terminó en una sociedad inmobiliaria administrada por el cuñado del acusado. ⟦Según el escrito de acusación, esa sociedad compró tres naves industriales⟧ en el polígono del municipio entre 2019 y 2020.

La defensa de los empresarios pidió la nulidad de las escuchas telefónicas, que fueron autorizadas por el juzgado de instrucción de La Almunia de Doña Godina en 2021. El tribunal resolverá sobre esa cuestión antes de dictar sentencia.

El Ayuntamiento, personado como acusación particular, reclama además que se le devuelvan 1,2 millones de euros más los intereses. Su actual alcaldesa asistió a la primera sesión desde el público. ⟦Está previsto que el ingeniero declare este miércoles⟧ y que los peritos de Hacienda lo hagan la semana que viene.""",
    kind="news", why="court report on a corruption trial",
))

# ---------------------------------------------------------------- 3. Chile: interview, Q&A, "Texto: … | Foto: …"
ARA_NAV = ["Portada", "Región", "País", "Mundo", "Economía", "Opinión", "Columnistas", "Deportes", "Entrevistas", "Cultura"]
PAGES.append(dict(
    case="es-news-diario-entrevista", lang="es", html_lang="es-CL", skin="diario", domain="www.diariolaaraucaria.example", site="Diario La Araucaria", secpath="entrevistas",
    url="https://www.diariolaaraucaria.example/entrevistas/2026/03/08/rocio-pizarro-el-agua-del-norte-no-alcanza-para-todos-los-proyectos/",
    h1="Rocío Pizarro: «El agua del norte no alcanza para todos los proyectos»",
    deck="La hidróloga de la Universidad de Antofagasta advierte que la desalinización no resolverá por sí sola la escasez en la región",
    kicker="Entrevista", authors=["Felipe Araya"], byline_text="Texto: Felipe Araya | Foto: Constanza Muñoz",
    byline_html='Texto: <a href="/autor/felipe-araya/">Felipe Araya</a> | Foto: Constanza Muñoz', meta="og",
    pub="2026-03-08T08:00:00-03:00", date="Domingo 8 de marzo de 2026", today="Domingo, 8 de marzo de 2026", edition="Antofagasta",
    nav=ARA_NAV, ticker=["Cortes de agua programados en Calama", "Corte de Apelaciones acoge recurso por relaves"],
    caption="⟪Rocío Pizarro en el laboratorio de hidrogeología de la universidad.⟫",
    cookie="Este sitio usa cookies para mejorar tu experiencia. Al seguir navegando aceptas su uso.",
    side=[("Lo más leído", ["⟪Calama: vecinos denuncian olores desde planta de tratamiento⟫", "La UF sube a 39.450 pesos", "Antofagasta FC ficha a delantero uruguayo"]),
          ("Columnistas", [("Opinión", "La minería que viene"), ("Columna", "Ciudades sin sombra")])],
    tags=["Agua", "Minería", "Antofagasta", "Desalinización"],
    related=["⟪Gobierno regional licita segunda planta desaladora⟫", "Cómo se reparte el agua en el Loa"],
    comments=[("Jorge V.", "hace 5 horas", "⟪Muy buena entrevista, hace falta más ciencia en este debate.⟫")],
    footer="⟪Diario La Araucaria — Todos los derechos reservados 2026⟫", footer_nav=["Contacto", "Suscripciones", "Avisos legales"],
    body="""⟦Rocío Pizarro lleva dos décadas midiendo napas en el desierto más seco del mundo.⟧ Doctora en Hidrología por la Universidad de Arizona y académica de la Universidad de Antofagasta, encabezó el último estudio sobre la cuenca del río Loa, publicado en enero. Conversamos con ella en su laboratorio, entre muestras de agua y mapas de pozos.

[[Q|—Su estudio dice que el Loa entrega un 18% menos de agua que hace veinte años. ¿Es tan grave?]]

—Es grave porque es sostenido. ⟦No es un año seco, es una tendencia que se repite en todas las estaciones⟧ que tenemos. Y al mismo tiempo los derechos de agua que se han otorgado superan lo que el río puede dar.

[[Q|—¿Qué quiere decir eso en la práctica?]]

—Que en el papel hay más agua de la que existe. Hay comunidades en el alto Loa que hoy reciben agua en camiones aljibe, y eso en una cuenca donde hay proyectos mineros que siguen pidiendo ampliaciones.

[[PHOTO|⟪Pozos de monitoreo en el sector de Lasana, en el alto Loa.⟫ Foto: Constanza Muñoz]]

[[Q|—Las empresas responden que están migrando al agua de mar.]]

—Y es una buena noticia, no lo niego. Pero la desalinización tiene costos de energía enormes y deja salmuera en la costa. ⟦La desalinización ayuda, pero no es una varita mágica.⟧ Si no ordenamos los derechos de agua continental, vamos a llegar tarde.

[[Q|—¿Qué propone?]]

—Tres cosas: medir en tiempo real lo que se extrae, revisar los derechos que no se usan y dar prioridad absoluta al consumo humano. Nada de eso es nuevo, está en la ley desde 2022, pero falta que se aplique.

[[Q|—¿Es optimista?]]

—Soy realista. Tenemos los datos y tenemos las herramientas. ⟦Lo que falta es decidir quién se queda con el agua cuando no alcanza para todos.⟧""",
    kind="news", why="Q&A interview; views are the interviewee’s",
))

# ---------------------------------------------------------------- 4. Venezuela: news analysis, evaluative, "— Especial para …", "Sigue leyendo" fold
CAR_NAV = ["Nacionales", "Economía", "Política", "Internacionales", "Opinión", "Sucesos", "Deportes", "Farándula"]
PAGES.append(dict(
    case="es-news-diario-bolivar", lang="es", html_lang="es-VE", skin="diario", domain="www.elinformadorcaribe.example", site="El Informador Caribe", secpath="economia",
    url="https://www.elinformadorcaribe.example/economia/analisis-por-que-el-bolivar-volvio-a-perder-terreno-en-el-primer-trimestre/",
    h1="Análisis: por qué el bolívar volvió a perder terreno en el primer trimestre",
    deck="La brecha entre el tipo de cambio oficial y el paralelo supera el 30% por primera vez desde 2024",
    kicker="Análisis", authors=["Andrea Matos"], byline_text="Andrea Matos — Especial para El Informador Caribe",
    byline_html='<a href="/autor/andrea-matos/">Andrea Matos</a> — Especial para El Informador Caribe', place="Caracas",
    ld_authors=["Andrea Matos"], ld_type="NewsArticle", ld_section="Economía",
    pub="2026-03-16T07:15:00-04:00", date="16/03/2026 07:15 a. m.", today="Lunes 16 de marzo de 2026",
    nav=CAR_NAV, ticker=["BCV publica tasa oficial del día", "Lluvias en Mérida dejan vías afectadas"],
    cookie="⟪Usamos cookies para ofrecerte una mejor experiencia.⟫ Consulta nuestra política de privacidad.",
    side=[("Lo más leído", ["⟪Metro de Caracas amplía horario en la Línea 1⟫", "Precio del dólar hoy: así abrió la jornada", "Caracas FC empata en el Brígido Iriarte"]),
          ("Opinión", [("Columna", "La economía del rebusque"), ("Opinión", "Lo que el bachaqueo nos enseñó")])],
    tags=["Bolívar", "Tipo de cambio", "BCV", "Inflación"],
    related=["Qué es la tasa BCV y cómo se calcula", "Remesas: cuánto dinero envían los venezolanos desde el exterior"],
    footer="⟪© 2026 El Informador Caribe, C. A. RIF J-00000000-0⟫", footer_nav=["Nosotros", "Contacto", "Publicidad", "Términos"],
    body="""⟦El bolívar cerró el primer trimestre con una depreciación del 21% frente al dólar⟧ en el mercado oficial, según las tasas publicadas por el Banco Central de Venezuela (BCV), y la brecha con el tipo de cambio paralelo volvió a superar el 30%, una señal preocupante para una economía que parecía haber dejado atrás los peores años de la hiperinflación.

Economistas consultados para este análisis coinciden en que no hay una sola causa, sino varias que se refuerzan entre sí.

[[H|Menos dólares en el mercado]]

La primera es la caída de la oferta de divisas. El BCV redujo en enero las intervenciones cambiarias con las que durante 2025 había contenido la cotización, y la banca recibió en febrero un 40% menos de dólares que un año antes, de acuerdo con datos del sector. ⟦«Cuando el Central se retira, el mercado se queda sin ancla»⟧, resumió el economista Luis Ernesto Bracho, profesor de la Universidad Católica Andrés Bello.

[[FOLD|Sigue leyendo]]

[[H|El gasto público empuja]]

La segunda es fiscal. El Gobierno aumentó los bonos a trabajadores públicos en diciembre y en febrero, y esos bolívares adicionales terminaron, en buena medida, en la compra de dólares. Según la firma Ecoanalítica Caribe, la liquidez monetaria creció un 38% en el trimestre. ⟦La combinación de más bolívares y menos dólares es, para los analistas, la receta conocida⟧ de las devaluaciones de la última década.

La tercera es la desconfianza. Comerciantes de Caracas y Maracaibo consultados por este diario dicen que han vuelto a fijar los precios en divisas y a actualizarlos cada semana, una práctica que se había moderado.

[[READ|⟪Comerciantes vuelven a remarcar precios en dólares⟫]]

El ministerio de Economía atribuyó la presión cambiaria a «factores estacionales» y anunció nuevas subastas de divisas para abril. Los economistas son más cautos: ninguno de los consultados espera que la brecha se cierre antes de mitad de año. ⟦La evolución del precio del petróleo será decisiva en los próximos meses.⟧""",
    kind="news", why="economic analysis reported with sources and data",
))

# ---------------------------------------------------------------- 5. Spain: recipe on a food site (WordPress-like), recipe card top, ingredients and steps
PAGES.append(dict(
    case="es-other-magazine-lentejas", lang="es", skin="magazine", domain="www.saboresdecasa.example", site="Sabores de Casa", secpath="recetas",
    url="https://www.saboresdecasa.example/recetas/lentejas-estofadas-con-chorizo-y-pimenton-de-la-vera/",
    h1="Lentejas estofadas con chorizo y pimentón de la Vera",
    deck="El plato de cuchara de siempre, con el truco del sofrito lento que le da cuerpo sin añadir harina",
    kicker="Recetas de cuchara", tagline="La cocina de todos los días", authors=["Carmen Vidal"], byline_text="Por Carmen Vidal",
    byline_html='Por <a href="/author/carmen-vidal/">Carmen Vidal</a>', meta="og",
    pub="2026-03-05T09:00:00+01:00", date="05/03/2026",
    card_top="<button>Imprimir receta</button> ⟪Tiempo: 1 h 10 min · Raciones: 4 · Dificultad: fácil⟫",
    nav=["Recetas", "Cuchara", "Postres", "Vegetariana", "Menús semanales", "Opinión gastronómica", "Vídeos"],
    caption="⟪Lentejas estofadas servidas en cazuela de barro.⟫ Foto: Sabores de Casa",
    cookie="Este sitio utiliza cookies para que tengas la mejor experiencia de usuario.",
    side=[("Lo más cocinado", ["⟪Tortilla de patatas jugosa en diez pasos⟫", "Arroz al horno de la abuela", "Bizcocho de yogur sin báscula"]),
          ("De nuestro blog", [("Opinión", "Por qué defendemos la cocina de cuchara"), ("Columna", "El menú del día está en peligro")])],
    tags=["Legumbres", "Cuchara", "Invierno"],
    related=["Cómo cocer legumbres en olla exprés", "Potaje de vigilia con bacalao"],
    comments=[("Maite", "5 de marzo de 2026", "⟪Las hice ayer y en casa no dejaron ni una.⟫")],
    newsletter="¿Quieres una receta nueva cada viernes? Suscríbete a nuestro boletín.",
    footer="⟪© 2026 Sabores de Casa · Recetas caseras⟫", footer_nav=["Sobre nosotros", "Contacto", "Privacidad"],
    body="""⟦Pocas cosas reconfortan tanto en un día de lluvia como un plato de lentejas.⟧ Esta es la receta que se hace en muchas casas de Extremadura, con chorizo, pimentón de la Vera y un sofrito que se cocina sin prisa para que la salsa espese sola.

[[H|Ingredientes]]

[[LIST|⟦400 g de lentejas pardinas⟧|1 chorizo fresco de unos 200 g|1 cebolla, 1 pimiento verde y 2 dientes de ajo|2 zanahorias|1 hoja de laurel|1 cucharadita de pimentón de la Vera dulce|Aceite de oliva virgen extra y sal]]

[[H|Preparación]]

[[OL|Pon las lentejas en una olla con agua fría, el laurel y las zanahorias en rodajas. Llévalas a ebullición y baja el fuego.|⟦Mientras tanto, pica la cebolla, el pimiento y el ajo muy finos⟧ y sofríelos en una sartén con tres cucharadas de aceite durante 20 minutos, a fuego bajo.|Aparta la sartén del fuego, añade el pimentón y remueve rápido para que no se queme.|Incorpora el sofrito a las lentejas junto con el chorizo cortado en rodajas gruesas.|Cuece otros 35 o 40 minutos, hasta que las lentejas estén tiernas, y sala al final.]]

[[READ|⟪Garbanzos con espinacas al estilo sevillano⟫]]

[[H|Trucos]]

Si la salsa queda demasiado líquida, aplasta un cucharón de lentejas con un tenedor y devuélvelo a la olla: espesará sin necesidad de harina. ⟦Si las preparas la víspera, ganan sabor de un día para otro.⟧

Para una versión vegetariana, sustituye el chorizo por media calabaza en dados y añade una cucharadita más de pimentón. ⟦Sírvelas con pan y un chorrito de vinagre de Jerez al final.⟧""",
    kind="other", why="recipe with ingredients and steps",
))
