"""Spanish: Mexico, Central America and Cuba. A national daily (metro reopening, an unsigned
editorial, a signed column filed under Sociedad with no opinion mark), a digital native (passport
guide, Cuban blackouts), a TV network (earthquake drill, horoscope), regional papers (hurricane
with AFP, Guatemalan volcano with a printed date only, a Costa Rican column marked only in its URL)."""

PAGES = []

HN = dict(domain="www.heraldonacional.example", site="El Heraldo Nacional", lang="es", skin="diario",
          nav=["Nación", "Metrópoli", "Estados", "Mundo", "Cartera", "Deportes", "Cultura", "Opinión", "Columnistas", "Editorial", "Videos", "Podcast"],
          ticker=["Senado aprueba en lo general la ley de aguas nacionales", "Tipo de cambio cierra en 17.42 pesos por dólar"],
          rank=["Estas son las colonias sin agua este fin de semana", "Hoy No Circula: qué autos descansan", "Resultados del Melate de anoche", "Pronóstico: frente frío 14 llega al norte"],
          op=[("La ciudad que se cansó de esperar", "Lucía Arredondo"), ("Lo que no dice el presupuesto", "Tomás Elizondo"), ("Carta a un joven votante", "Regina Castañeda")],
          footer_nav=["Quiénes somos", "Aviso de privacidad", "Términos y condiciones", "Directorio", "Contacto", "Anúnciate"],
          footer="© 2026 El Heraldo Nacional. Todos los derechos reservados. Prohibida la reproducción total o parcial sin autorización.")

# ---------------------------------------------------------------- national daily, metro reopening
PAGES.append(dict(HN,
    case="es-news-diario-lineadoce", secpath="metropoli",
    url="https://www.heraldonacional.example/metropoli/2026/3/14/reabren-tramo-elevado-de-la-linea-12-tras-dos-anos-de-obras-48213.html",
    h1="Reabren tramo elevado de la Línea 12 tras dos años de obras",
    deck="Las autoridades aseguran que la estructura fue reforzada en 96 columnas; vecinos de Tláhuac celebran, pero piden más trenes.",
    crumbs=["Metrópoli", "Movilidad"], label="Movilidad",
    authors=["Fernanda Ocampo"], byline_text="Por Fernanda Ocampo", byline_html='Por <a href="/autor/fernanda-ocampo">Fernanda Ocampo</a>',
    ld_authors=["Fernanda Ocampo"], ld_type="NewsArticle", ld_section="Metrópoli",
    pub="2026-03-14T09:40:00-06:00", date="14 de marzo de 2026 · 09:40 hrs", today="Sábado 14 de marzo de 2026",
    hero="⟪Usuarios abordan el primer tren en la estación Tláhuac. Foto: Jorge Medina / El Heraldo Nacional⟫",
    tags=["Línea 12", "Metro CDMX", "Tláhuac"],
    related=["⟪¿Cuánto cuesta el boleto del Metro en 2026? Esto sabemos⟫", "Tren Interurbano suma nueva estación en Santa Fe"],
    paywall="Apoya el periodismo independiente. Suscríbete desde 49 pesos al mes.",
    comments=[("Mario_T", "hace 2 h", "Ojalá ahora sí le den mantenimiento y no esperen otra desgracia.", 34),
              ("vecina_zapotitlan", "hace 1 h", "Hoy hice 40 minutos menos a mi trabajo, eso es lo que importa.", 12)],
    body="""⟦La Línea 12 del Metro reanudó este sábado el servicio en su tramo elevado,⟧ casi dos años después de que se cerrara para reforzar la estructura entre las estaciones Culhuacán y Tláhuac.

El primer tren salió de la terminal Tláhuac a las 05:00 horas con poco más de 300 pasajeros, muchos de ellos trabajadores que durante este tiempo dependieron de los autobuses emergentes que cubrían el recorrido por avenida Tláhuac.

[[REL|⟪Así funcionará el nuevo sistema de recarga con celular⟫]]

⟦De acuerdo con el Sistema de Transporte Colectivo, la rehabilitación incluyó el reforzamiento de 96 columnas⟧ y la sustitución de las trabes metálicas en el tramo donde se registraron los daños. La inversión final fue de 3 mil 850 millones de pesos, un 12 por ciento más de lo previsto.

«Cada pieza fue revisada por una empresa certificadora externa y los reportes estarán disponibles para cualquier ciudadano», dijo el director del organismo, Arturo Beltrán, durante el recorrido inaugural.

[[AD]]

[[H|Lo que falta]]

Pese a la reapertura, los usuarios consultados por este diario coincidieron en que la frecuencia de paso sigue siendo insuficiente en horas pico. ⟦Por ahora operarán 29 trenes, cuando el plan original contemplaba 35.⟧

[[FIG|⟪Trabajadores revisan una de las trabes reforzadas en Olivos. Foto: Jorge Medina⟫]]

Las autoridades explicaron que los seis trenes restantes se incorporarán de forma gradual durante el segundo semestre, una vez que concluyan las pruebas de frenado en los talleres de Tláhuac.

[[NL|⟪Recibe cada mañana las noticias de la Ciudad de México en tu correo⟫]]

Entre los pasajeros del primer viaje estaba Guadalupe Rentería, comerciante de Zapotitlán, quien dijo que en los últimos meses llegó a invertir hasta dos horas y media para llegar a su puesto en el centro. «Hoy llegué en 50 minutos; no lo podía creer», contó.

⟦El servicio en el tramo elevado será gratuito durante la primera semana de operación.⟧""",
    kind="news", why="metro reopening report with officials and passengers",
))

# ---------------------------------------------------------------- unsigned editorial
PAGES.append(dict(HN,
    case="es-opinion-diario-editorialagua", secpath="opinion/editorial",
    url="https://www.heraldonacional.example/opinion/editorial/2026/5/22/el-agua-no-puede-esperar-otro-sexenio-51877.html",
    h1="El agua no puede esperar otro sexenio",
    crumbs=["Opinión", "Editorial"], label="Editorial",
    authors=None, byline_text="Editorial", byline_html="<span>Editorial</span>",
    ld_authors=["org:El Heraldo Nacional"], ld_type="OpinionNewsArticle", ld_section="Editorial",
    pub="2026-05-22T00:05:00-06:00", date="22 de mayo de 2026", today="Viernes 22 de mayo de 2026",
    tags=["Agua", "Sequía", "Editorial"],
    related=["⟪Conagua declara sequía extrema en 11 estados⟫", "Pipas, el negocio que crece con la escasez"],
    body="""⟦Cada primavera el país repite la misma escena: presas a menos de la mitad de su capacidad,⟧ colonias enteras que dependen de pipas y funcionarios que prometen obras para el siguiente año. Este 2026 no ha sido la excepción, y la paciencia de millones de familias tampoco es infinita.

El problema no es la falta de diagnósticos. Existen estudios suficientes sobre la sobreexplotación de los acuíferos del Valle de México, sobre las fugas que se llevan cerca de cuatro de cada diez litros que circulan por la red y sobre el uso agrícola que consume la mayor parte del agua concesionada. Lo que falta es voluntad para actuar sobre lo que ya se sabe.

[[REL|⟪Sequía: así se ve hoy la presa Villa Victoria⟫]]

⟦La nueva ley de aguas que discute el Senado es una oportunidad que no debe desperdiciarse.⟧ Pero solo servirá si corrige tres vicios que arrastra el sistema desde hace décadas.

[[LIST|⟦Primero, las concesiones deben revisarse con datos públicos y verificables.⟧|Segundo, los organismos operadores municipales necesitan presupuesto estable, no rescates de emergencia.|Tercero, la medición del consumo industrial debe dejar de ser voluntaria.]]

[[AD]]

Algunos legisladores sostienen que endurecer las reglas asustará a la inversión. Es un argumento que no resiste la comparación con lo que cuesta a la economía una ciudad sin agua: fábricas que paran turnos, escuelas que suspenden clases, hospitales que compran garrafones.

Tampoco basta con culpar al clima. La sequía es real, pero la escasez es en buena medida una decisión: la de posponer, una vez más, lo impostergable.

Este diario ha documentado durante años las promesas incumplidas en la materia. ⟦Es hora de que el Congreso legisle pensando en la próxima generación y no en la próxima elección.⟧""",
    kind="opinion", why="unsigned editorial urging Congress to act on water",
))

# ---------------------------------------------------------------- signed column under Sociedad, no opinion mark
PAGES.append(dict(HN,
    case="es-opinion-diario-abuelos", secpath="sociedad",
    url="https://www.heraldonacional.example/sociedad/2026/8/2/los-abuelos-que-cuidan-a-mexico-53390.html",
    h1="Los abuelos que cuidan a México",
    crumbs=["Sociedad"], label="Sociedad",
    authors=["Regina Castañeda"], byline_text="Regina Castañeda", byline_html='<a href="/autor/regina-castaneda">Regina Castañeda</a>',
    ld_authors=["Regina Castañeda"], ld_type="Article", ld_section="Sociedad",
    pub="2026-08-02T07:00:00-06:00", date="2 de agosto de 2026", today="Domingo 2 de agosto de 2026",
    hero="⟪Una abuela acompaña a su nieta a la escuela en Iztapalapa. Foto: Archivo⟫",
    tags=["Cuidados", "Adultos mayores", "Familia"],
    related=["⟪Sistema Nacional de Cuidados arranca en seis estados⟫", "¿Cuánto cuesta una guardería en 2026?"],
    body="""⟦Mi madre tiene 71 años y todas las mañanas lleva a mis sobrinos a la primaria.⟧ Después regresa a casa, lava, cocina, y a las dos en punto vuelve por ellos. Nadie le paga por hacerlo. Nadie lo cuenta en ninguna estadística de empleo. Y sin embargo, sin ella, mi hermana no podría trabajar.

Como ella hay cientos de miles de mujeres mayores en este país. Son la red de cuidados que el Estado nunca construyó, y creo que ya es hora de reconocerlo con algo más que discursos el Día de los Abuelos.

[[REL|⟪Pensión para adultos mayores: fechas de pago de agosto⟫]]

⟦Se dice con frecuencia que la familia mexicana es solidaria,⟧ como si eso fuera un rasgo cultural que explicara todo. Yo pienso que es, sobre todo, una necesidad. Las guarderías públicas no alcanzan, las escuelas de tiempo completo se recortaron y los horarios laborales siguen pensados para alguien que tiene a otra persona en casa.

[[AD]]

El resultado es que la carga recae en quienes menos fuerzas tienen. Conozco abuelas que cuidan a cuatro nietos mientras atienden su propia diabetes, y abuelos que dejaron de ir al médico porque no tenían con quién dejar a los niños.

No propongo que los abuelos dejen de cuidar; muchos lo hacen con gusto y los niños ganan mucho con ello. Propongo que no lo hagan solos. ⟦Un sistema de cuidados digno debería empezar por preguntarles qué necesitan:⟧ transporte, horarios de consulta compatibles, un apoyo económico que no dependa de la buena voluntad de los hijos.

Mi madre dice que no se queja, que para eso está. ⟦Yo sí me quejo por ella, porque alguien tiene que hacerlo.⟧""",
    kind="opinion", sure=True, why="first-person column arguing for a care system; no label",
))

PA = dict(domain="pulsoabierto.example", site="Pulso Abierto", lang="es", skin="nativo",
          nav=["Política", "Economía", "Seguridad", "Sociedad", "Verificación", "Opinión", "Columnas", "Explicadores", "Pódcast", "Newsletters"],
          hot=["Elecciones judiciales", "Mundial 2026", "Precio de la gasolina", "Trámites"],
          rank=["SAT: cómo declarar si tuviste dos empleos", "Mapa de casillas para la consulta", "Lo que sabemos del nuevo aeropuerto", "Cuánto sube el salario mínimo"],
          op=[("La transparencia no es un favor", "Ximena Quiroz"), ("El Mundial y la ciudad invisible", "Daniel Peralta"), ("Contra la política del espectáculo", "Andrés Villaseñor")],
          footer_nav=["Sobre nosotros", "Código de ética", "Transparencia", "Aviso de privacidad", "Contacto"],
          footer="Pulso Abierto es un medio digital independiente. © 2026 Todos los derechos reservados.")

# ---------------------------------------------------------------- passport guide (other)
PAGES.append(dict(PA,
    case="es-other-nativo-pasaporte", secpath="explicadores", meta="og",
    url="https://pulsoabierto.example/explicadores/2026/01/19/pasaporte-mexicano-2026-requisitos-costos-y-como-sacar-cita/",
    h1="Pasaporte mexicano 2026: requisitos, costos y cómo sacar cita",
    deck="Te explicamos paso a paso el trámite, qué documentos llevar y cuánto cuesta cada vigencia.",
    label="Trámites", crumbs=["Explicadores", "Trámites"],
    authors=["Karla Montiel"], byline_text="Karla Montiel", byline_html='<a href="/autores/karla-montiel">Karla Montiel</a>',
    pub="2026-01-19T12:30:00-06:00", date="19 de enero de 2026 | 12:30",
    tags=["Pasaporte", "SRE", "Trámites"],
    related=["⟪Visa americana: cuánto tarda la cita en Monterrey⟫", "Licencia de conducir permanente, ¿todavía se puede?"],
    body="""⟦Si planeas viajar este año, conviene tramitar tu pasaporte con tiempo.⟧ La Secretaría de Relaciones Exteriores (SRE) abre citas cada semana, pero en temporada vacacional se agotan en pocas horas. Aquí te contamos lo que necesitas.

[[H|Requisitos básicos]]

Para adultos que lo solicitan por primera vez, la SRE pide los siguientes documentos en original:

[[LIST|⟦Acta de nacimiento certificada y legible.⟧|Identificación oficial vigente con fotografía, como la credencial del INE.|CURP impresa, aunque la mayoría de los sistemas la verifican en línea.|Comprobante de pago de derechos.]]

Si vas a renovar, basta con llevar el pasaporte anterior y una identificación. En el caso de menores de edad, deben acudir ambos padres o tutores con sus identificaciones.

[[NL|⟪Únete a nuestro canal de WhatsApp y recibe guías como esta⟫|Unirme]]

[[H|Costos en 2026]]

⟦El precio depende de la vigencia que elijas:⟧ 1,790 pesos por tres años, 2,425 pesos por seis años y 4,250 pesos por diez años. Los adultos mayores, las personas con discapacidad y los trabajadores agrícolas temporales tienen un descuento del 50 por ciento.

[[AD]]

[[H|Cómo sacar la cita]]

[[OL|Entra al portal de citas de la SRE o llama al número de atención.|⟦Elige la oficina más cercana y el horario disponible.⟧|Imprime o guarda en tu celular el comprobante de la cita.|Paga los derechos en el banco o en línea antes de acudir.]]

Llega al menos quince minutos antes. Si no te presentas, deberás esperar un mes para volver a agendar.

⟦Recuerda revisar que tus datos coincidan en todos los documentos antes de acudir.⟧""",
    kind="other", why="step-by-step passport how-to guide",
))

# ---------------------------------------------------------------- Cuba: blackouts, digital native
PAGES.append(dict(
    case="es-news-nativo-apagones", lang="es", skin="nativo", domain="islahoy.example", site="Isla Hoy", secpath="cuba",
    nav=["Cuba", "Economía", "Derechos humanos", "Diáspora", "Cultura", "Deportes", "Opinión", "Blogs", "Fotorreportajes"],
    hot=["Apagones", "Remesas", "Precio del dólar", "Vuelos a La Habana"],
    ticker=["Tasa informal del dólar sube a 390 pesos", "Llega a Mariel buque con combustible"],
    url="https://islahoy.example/cuba/apagones-de-hasta-20-horas-en-oriente-mientras-la-union-electrica-promete-alivio/",
    h1="Apagones de hasta 20 horas en Oriente mientras la Unión Eléctrica promete alivio",
    deck="En Holguín y Santiago de Cuba los vecinos cocinan con leña; la UNE atribuye el déficit a la falta de combustible.",
    label="Cuba", authors=["Yusimí Pradera"], byline_text="Yusimí Pradera", byline_html='<a href="/autor/yusimi-pradera">Yusimí Pradera</a>',
    ld_authors=["Yusimí Pradera"], ld_type="NewsArticle", ld_section="Cuba",
    pub="2026-07-09T18:20:00-04:00", date="09.07.2026 | 18:20",
    hero="⟪Una mujer cocina con carbón en un portal de Santiago de Cuba. (Isla Hoy)⟫",
    tags=["Apagones", "Unión Eléctrica", "Holguín"],
    related=["⟪Remesas: Western Union suspende envíos a tres provincias⟫", "Panaderías estatales reducen el peso del pan"],
    rank=["Cuánto cuesta hoy un cartón de huevos en La Habana", "Nuevo parole: lo que cambia", "Se cae otra vez la termoeléctrica Felton", "Precio del dólar hoy en Cuba"],
    op=[("La paciencia como política de Estado", "Ernesto Valdés Coll"), ("Cartas desde Camagüey", "Mirta Olivera"), ("El país que se va", "Raúl Estévez")],
    comments=[("cubano_en_tampa", "hace 3 h", "Mi mamá en Holguín lleva dos días sin poder cargar el teléfono.", 58)],
    footer_nav=["Quiénes somos", "Envíanos tu denuncia", "Política de privacidad", "Contacto"],
    footer="© 2026 Isla Hoy. Periodismo independiente desde y sobre Cuba.",
    body="""⟦Los residentes de varias provincias orientales de Cuba sufrieron este jueves apagones de hasta 20 horas,⟧ la cifra más alta desde que comenzó el verano, según reportes de vecinos y de las propias empresas eléctricas provinciales.

En Holguín, la empresa local informó en su perfil de Facebook que los circuitos residenciales recibirían «a lo sumo cuatro horas» de servicio durante el día. En Santiago de Cuba, varios barrios de la periferia pasaron la noche completa sin corriente.

«Aquí ya no se habla de horarios, se habla de suerte», dijo a Isla Hoy una maestra jubilada del reparto Altamira, que pidió no publicar su nombre. ⟦Contó que cocina con leña en el patio desde hace una semana.⟧

[[REL|⟪Qué es la generación distribuida y por qué no alcanza⟫]]

[[AD]]

[[H|La explicación oficial]]

La Unión Eléctrica (UNE) estimó para el horario pico una disponibilidad de 1.620 megawatts frente a una demanda de 3.250, lo que dejó un déficit superior a 1.600 megawatts. ⟦El organismo atribuyó la situación a la falta de combustible para los motores de generación distribuida⟧ y a la salida por avería de dos bloques de la termoeléctrica Felton.

En la televisión estatal, un directivo de la UNE aseguró que la llegada de un buque con diésel permitiría «un alivio gradual» a partir de la próxima semana. No precisó cuántas horas de servicio se recuperarían.

[[NL|⟪Síguenos en Telegram para recibir los horarios de apagones⟫|Seguir]]

Los cortes afectan también al bombeo de agua. En varios edificios de Holguín los vecinos suben cubos por las escaleras, porque los motores no arrancan sin corriente.

⟦Economistas independientes consultados por este medio coinciden en que no habrá mejoría duradera sin inversión extranjera en el sistema eléctrico.⟧""",
    kind="news", why="report on blackouts with residents and official figures",
))

EN = dict(domain="www.enfoquenoticias.example", site="Enfoque Noticias", lang="es", skin="tele",
          nav=["Noticias", "Nacional", "CDMX", "Internacional", "Deportes", "Espectáculos", "Opinión", "Programas", "Horóscopos", "Clima"],
          ticker=["Sismo de magnitud 4.9 en Oaxaca sin daños", "Cierre en la México-Puebla por accidente"],
          live_now="Enfoque Matutino con Beatriz Soler",
          rank=["¿Qué significa soñar con serpientes?", "Clima CDMX: lluvias por la tarde", "Así fue la boda del año en Acapulco", "Alerta por fraude con recibos de luz"],
          op=[("El simulacro que sí sirve", "Óscar Landeros"), ("Lo que nos dejó el 85", "Beatriz Soler"), ("Ciudad frágil", "Hugo Ramírez")],
          schedule=["06:00 Enfoque Matutino", "14:30 Enfoque Mediodía", "22:00 Enfoque Estelar"],
          footer_nav=["Aviso de privacidad", "Términos de uso", "Código de ética", "Defensoría de las audiencias", "Contacto"],
          footer="© 2026 Enfoque Noticias. Todos los derechos reservados.")

# ---------------------------------------------------------------- TV site, earthquake drill, desk byline
PAGES.append(dict(EN,
    case="es-news-tele-simulacro", secpath="nacional",
    url="https://www.enfoquenoticias.example/nacional/primer-simulacro-nacional-2026-participan-12-millones-personas-20260429",
    h1="Primer Simulacro Nacional 2026: participan 12 millones de personas",
    deck="La alerta sísmica sonó a las 11:30 horas en más de 14 mil altavoces de la capital.",
    crumbs=["Noticias", "Nacional"], label="Nacional",
    authors=None, byline_text="Redacción Enfoque", byline_html="Redacción Enfoque",
    ld_authors=["org:Enfoque Noticias"], ld_type="NewsArticle",
    pub="2026-04-29T13:05:00-06:00", date='<time datetime="2026-04-29T13:05:00-06:00">Hace 3 horas</time>',
    video="Así se vivió el simulacro en el Zócalo",
    tags=["Simulacro", "Sismos", "Protección Civil"],
    related=["⟪¿Qué hacer si te toca un sismo en el Metro?⟫", "Mochila de emergencia: qué debe llevar"],
    body="""⟦Alrededor de 12 millones de personas participaron este miércoles en el Primer Simulacro Nacional 2026,⟧ de acuerdo con el balance preliminar de la Coordinación Nacional de Protección Civil.

La hipótesis planteó un sismo de magnitud 8.1 con epicentro en la costa de Guerrero. A las 11:30 horas sonó la alerta sísmica en los altavoces de la Ciudad de México y, por segunda vez, en los teléfonos celulares de 27 estados mediante el sistema de alertas móviles.

[[REL|⟪Alerta sísmica en celulares: por qué a algunos no les llegó⟫]]

⟦La coordinadora de Protección Civil, Mariana Téllez, informó que se registraron 98 mil inmuebles participantes,⟧ entre oficinas públicas, escuelas, hospitales y edificios privados. Explicó que el tiempo promedio de evacuación en escuelas fue de un minuto con cuarenta segundos.

[[AD]]

[[H|Fallas en el envío de alertas]]

En redes sociales, usuarios de Puebla, Tlaxcala y el Estado de México reportaron que la alerta no llegó a sus teléfonos o llegó con retraso. ⟦La dependencia reconoció que alrededor del 8 por ciento de los equipos no recibió el mensaje⟧ y atribuyó el problema a modelos antiguos y a configuraciones de los propios usuarios.

«Vamos a trabajar con las compañías telefónicas para que el próximo ejercicio llegue a todos», dijo Téllez en conferencia de prensa.

[[NL|⟪Activa las notificaciones de Enfoque Noticias para recibir alertas⟫|Activar]]

Las autoridades recordaron que el segundo simulacro del año está programado para el 19 de septiembre. ⟦Recomendaron a la población identificar rutas de evacuación en casa y en el trabajo.⟧""",
    kind="news", why="drill report with official figures; desk byline",
))

# ---------------------------------------------------------------- horoscope (other), JSON-LD without Open Graph
PAGES.append(dict(EN,
    case="es-other-tele-horoscopo", secpath="horoscopos", meta="ld",
    url="https://www.enfoquenoticias.example/horoscopos/horoscopo-de-hoy-10-de-junio-2026-signo-por-signo-20260610",
    h1="Horóscopo de hoy 10 de junio de 2026: predicciones signo por signo",
    deck="Amor, dinero y salud: esto te deparan los astros este miércoles.",
    crumbs=["Horóscopos"], label="Horóscopos",
    authors=["Estela Marín"], byline_text="Por Estela Marín", byline_html='Por <a href="/autor/estela-marin">Estela Marín</a>',
    ld_authors=["Estela Marín"], ld_type="Article",
    pub="2026-06-10T05:00:00-06:00", date="10/06/2026 05:00",
    video="Estela Marín: tu energía de la semana",
    tags=["Horóscopo", "Astrología"],
    related=["⟪Los tres signos con más suerte en junio⟫", "Eclipse de agosto: a quién afecta más"],
    body="""⟦La Luna en Piscis invita hoy a bajar el ritmo y escuchar a la intuición.⟧ Es un buen día para cerrar pendientes emocionales y no tanto para firmar contratos.

[[H|Aries]]

⟦Alguien de tu pasado te busca con una propuesta laboral.⟧ Escucha sin prometer nada. En el amor, evita discutir por mensajes. Número de la suerte: 7.

[[H|Tauro]]

Tus finanzas mejoran si revisas esos gastos pequeños que se acumulan. La salud pide más agua y menos café. Color: verde olivo.

[[H|Géminis]]

Tendrás ganas de hablar con todo el mundo, pero hoy conviene elegir bien a quién le cuentas tus planes. Un viaje corto se concreta.

[[H|Cáncer]]

⟦La familia ocupa tu atención y te pide paciencia.⟧ No cargues con responsabilidades que no te corresponden. Por la noche, una buena noticia.

[[AD]]

[[H|Leo]]

Brillas en el trabajo y alguien lo nota. Aprovecha para pedir lo que mereces. En pareja, un detalle sencillo vale más que un regalo caro.

[[H|Virgo]]

El orden te da tranquilidad, pero no todo depende de ti. Suelta el control en un asunto doméstico.

[[H|Libra y Escorpio]]

Libra recibe una invitación inesperada; Escorpio debe cuidar la garganta y descansar más. Ambos tendrán un día favorable para reconciliaciones.

Libra, además, debe revisar con calma cualquier documento antes de firmarlo. Escorpio notará que alguien cercano necesita su consejo; escucha antes de opinar. En el dinero, ambos signos harán bien en posponer compras grandes hasta el fin de semana.

[[H|Sagitario, Capricornio, Acuario y Piscis]]

Sagitario planea una escapada, Capricornio cierra un trato, Acuario conoce a alguien interesante y Piscis se siente más sensible que de costumbre. ⟦Para todos, la clave del día es no apresurarse.⟧

[[NL|⟪Recibe tu horóscopo diario en WhatsApp⟫|Suscribirme]]""",
    kind="other", why="daily horoscope by sign",
))

DV = dict(domain="www.diariodelvalle.example", site="Diario del Valle", lang="es", skin="regional",
          nav=["Inicio", "Nacionales", "Sucesos", "Departamentales", "Internacionales", "Economía", "Deportes", "Farándula", "Opinión", "Columnistas"],
          ticker=["COPECO eleva a alerta roja a cuatro departamentos", "Lempira cierra estable frente al dólar"],
          rank=["Suspenden clases en todo el país por lluvias", "Estas son las carreteras cerradas", "Resultados de la Liga Nacional", "Precio de los combustibles esta semana"],
          op=[("Prevenir cuesta menos que reconstruir", "Carlos Midence"), ("El valle que olvidamos", "Rosa Elvir"), ("Las promesas del invierno", "Julio Banegas")],
          weather="San Pedro Sula 31 °C",
          footer_nav=["Nosotros", "Suscripciones", "Clasificados", "Política de privacidad", "Contáctenos"],
          footer="Diario del Valle © 2026. San Pedro Sula, Honduras.")

# ---------------------------------------------------------------- Honduras hurricane, desk + AFP, OG only
PAGES.append(dict(DV,
    case="es-news-regional-huracan", secpath="nacionales", meta="og",
    url="https://www.diariodelvalle.example/nacionales/huracan-ileana-deja-tres-muertos-y-miles-de-evacuados-en-el-norte-de-honduras/",
    h1="Huracán Ileana deja tres muertos y miles de evacuados en el norte de Honduras",
    crumbs=["Nacionales"], label="Nacionales",
    authors=None, byline_text="Redacción Diario del Valle", byline_html="Redacción Diario del Valle",
    pub="2026-10-03T16:45:00-06:00", date="3 de octubre de 2026 - 4:45 pm", today="sábado, octubre 3, 2026",
    hero="⟪Vecinos de La Lima salen en lancha de una colonia inundada. Foto: DV⟫",
    tags=["Huracán Ileana", "COPECO", "Inundaciones"],
    related=["⟪Centros de acopio habilitados en San Pedro Sula⟫", "Ríos Ulúa y Chamelecón en nivel crítico"],
    comments=[("Nelson R.", "hace 40 min", "Fuerza a todos los del valle de Sula, ya salimos de esta antes.", 21)],
    credit_after="(Con información de AFP)",
    body="""⟦El huracán Ileana dejó al menos tres personas fallecidas y más de 8.000 evacuados⟧ a su paso por el litoral atlántico de Honduras, informó este sábado la Comisión Permanente de Contingencias (COPECO).

El fenómeno tocó tierra la madrugada del sábado cerca de Puerto Castilla, en el departamento de Colón, con vientos sostenidos de 140 kilómetros por hora, según el Centro Nacional de Huracanes de Estados Unidos.

[[REL|⟪EN FOTOS: Así amaneció Trujillo tras el paso de Ileana⟫]]

⟦Dos de las víctimas murieron arrastradas por la corriente de una quebrada en Tocoa⟧ y la tercera al caerle un árbol sobre su vivienda en La Ceiba, detalló el comisionado de COPECO, Rigoberto Paz.

Las autoridades declararon alerta roja en Colón, Atlántida, Gracias a Dios e Islas de la Bahía, y alerta amarilla en Cortés y Yoro. Las clases fueron suspendidas en todo el país hasta el martes.

[[AD]]

[[H|Temor en el valle de Sula]]

En el valle de Sula, donde las inundaciones de 2020 dejaron miles de damnificados, los vecinos de las colonias cercanas al río Chamelecón comenzaron a sacar sus pertenencias desde el viernes. ⟦El alcalde de La Lima pidió a la población no esperar la orden de evacuación.⟧

[[FIG|⟪Albergue habilitado en una escuela de El Progreso. Foto: DV⟫]]

Según el pronóstico, Ileana se debilitará a tormenta tropical mientras avanza hacia Guatemala, pero seguirá dejando lluvias intensas durante al menos 48 horas. ⟦COPECO habilitó 214 albergues y pidió a la población atender solo la información oficial.⟧""",
    kind="news", why="disaster report with agency figures; desk byline",
))

# ---------------------------------------------------------------- Guatemala volcano, regional, no date metadata
PAGES.append(dict(
    case="es-news-regional-volcan", lang="es", skin="regional", domain="lavozdexela.example", site="La Voz de Xela", secpath="departamentales",
    nav=["Portada", "Quetzaltenango", "Departamentales", "Nacionales", "Migración", "Deportes", "Cultura", "Opinión", "Columnas", "Clasificados"],
    ticker=["Xelajú MC anuncia refuerzo para el Clausura", "Cortes de agua en la zona 3"],
    rank=["Fuerte sismo sacude el occidente", "Feria de Independencia: horarios", "Beca para estudiantes de Xela", "Accidente en la Interamericana"],
    op=[("Xela merece un mejor mercado", "Edgar Juárez"), ("La ceniza y la memoria", "Ana Lucía Tzoc"), ("Migrar no es delito", "Ramiro Cifuentes")],
    weather="Xela 14 °C", meta="min", time_attr=False,
    url="https://lavozdexela.example/departamentales/volcan-santiaguito-expulsa-ceniza-y-afecta-cultivos-en-el-palmar/",
    h1="Volcán Santiaguito expulsa ceniza y afecta cultivos en El Palmar",
    crumbs=["Departamentales"], label="Departamentales",
    authors=["Byron Sac"], byline_text="Por Byron Sac", byline_html='Por <a href="/author/byron-sac/">Byron Sac</a>',
    pub="2026-02-11T00:00:00-06:00", date="Publicado el 11 de febrero de 2026", today="miércoles, 11 febrero, 2026",
    hero="⟪Columna de ceniza del Santiaguito vista desde Quetzaltenango. Foto: Byron Sac⟫",
    tags=["Santiaguito", "INSIVUMEH", "El Palmar"],
    related=["⟪CONRED recomienda uso de mascarilla en cinco municipios⟫", "Cafetaleros piden apoyo por pérdidas"],
    footer_nav=["Quiénes somos", "Publicidad", "Privacidad", "Contacto"], footer="© 2026 La Voz de Xela. Quetzaltenango, Guatemala.",
    body="""⟦Una columna de ceniza de hasta 1.200 metros sobre el cráter salió este miércoles del volcán Santiaguito,⟧ y la caída de material fino afectó cultivos de café y maíz en aldeas de El Palmar y San Felipe, Retalhuleu.

El Instituto Nacional de Sismología, Vulcanología, Meteorología e Hidrología (INSIVUMEH) reportó entre ocho y doce explosiones por hora, de intensidad débil a moderada, además de descensos de material incandescente por el flanco suroeste.

[[REL|⟪Qué son los lahares y por qué preocupan en temporada de lluvias⟫]]

⟦Don Tomás Xicará, productor de café en la aldea Loma Linda, mostró a este medio las hojas cubiertas de ceniza.⟧ «Si no llueve pronto para lavarlas, la cosecha de este año se pierde», dijo mientras sacudía las ramas de un cafeto.

[[AD]]

La Coordinadora Nacional para la Reducción de Desastres (CONRED) no ordenó evacuaciones, pero recomendó a los vecinos cubrir fuentes de agua, usar mascarilla y evitar acercarse a los cauces de los ríos Nimá I y Tambor, por donde podrían descender lahares.

[[H|Escuelas sin clases]]

⟦En El Palmar, dos escuelas suspendieron clases por la mañana⟧ después de que los maestros reportaran ceniza en las aulas. La municipalidad distribuyó mascarillas en el mercado y en las paradas de buses.

El Santiaguito está en erupción continua desde 1922 y es uno de los volcanes más vigilados del país. ⟦El INSIVUMEH no descarta que la actividad aumente en los próximos días.⟧""",
    kind="news", why="local report on volcanic ash with farmers and officials",
))

# ---------------------------------------------------------------- Costa Rica: column marked only by the URL
PAGES.append(dict(
    case="es-opinion-regional-trenurbano", lang="es", skin="regional", domain="www.elobservadortico.example", site="El Observador Tico", secpath="nacionales",
    nav=["Inicio", "Nacionales", "Sucesos", "Economía", "Mundo", "Deportes", "Vida y Cultura", "Opinión", "Foro", "Cartas"],
    ticker=["Aresep aprueba rebaja en el precio del diésel", "Saprissa y Herediano empatan en el clásico"],
    rank=["Restricción vehicular: placas de esta semana", "Tipo de cambio hoy", "Nuevo horario del tren a Cartago", "Lluvias en el Valle Central"],
    op=[("Costa Rica necesita hablar de vivienda", "Silvia Chaves"), ("El rezago de la educación técnica", "Mauricio Solano"), ("Foro: ¿tren o más carriles?", "Varios autores")],
    weather="San José 22 °C", meta="og",
    url="https://www.elobservadortico.example/opinion/2026/06/18/el-tren-que-san-jose-sigue-esperando/",
    h1="El tren que San José sigue esperando",
    crumbs=["Nacionales"], label="Nacionales",
    authors=["Gabriela Montero Rojas"], byline_text="Gabriela Montero Rojas", byline_html='<a href="/author/gmontero/">Gabriela Montero Rojas</a>',
    pub="2026-06-18T06:00:00-06:00", date="18 junio, 2026", today="jueves, 18 de junio de 2026",
    tags=["Tren eléctrico", "Movilidad", "INCOFER"],
    related=["⟪INCOFER amplía horario de la ruta a Alajuela⟫", "Presas: cuánto tiempo pierde un josefino al año"],
    comments=[("Luis Fdo.", "hace 5 h", "Totalmente de acuerdo, cada gobierno empieza de cero.", 17)],
    bio="Gabriela Montero Rojas es urbanista y profesora de la Universidad de Costa Rica.",
    footer_nav=["Nosotros", "Política de privacidad", "Publicidad", "Contacto"], footer="© 2026 El Observador Tico. San José, Costa Rica.",
    body="""⟦Llevo quince años oyendo que el tren eléctrico del Gran Área Metropolitana está a punto de arrancar.⟧ Lo prometieron en campaña tres presidentes distintos, se firmaron préstamos, se presentaron maquetas. Y cada mañana, a las seis y media, sigo haciendo fila en la parada de Guadalupe.

No escribo esto para sumar otra queja a la lista. Escribo porque creo que el país está a punto de cometer un error conocido: volver a empezar de cero.

[[REL|⟪Gobierno anuncia revisión del proyecto del tren eléctrico⟫]]

⟦La revisión que anunció el Gobierno puede ser razonable en lo técnico,⟧ pero en la práctica significa otros dos o tres años de estudios. Cada cambio de administración ha traído su propio diagnóstico, y cada diagnóstico ha retrasado la obra. Mientras tanto, las presas le cuestan a la economía cerca del 3 por ciento del PIB, según cifras que el propio Estado ha publicado.

[[AD]]

Hay decisiones que sí pueden tomarse ya. La expropiación de los terrenos del trazado, la reubicación de las familias que viven junto a la vía y la integración tarifaria con los autobuses no dependen del tipo de tren que se elija.

[[LIST|⟦Que la Asamblea fije el proyecto como prioridad por ley, por encima de los cambios de gobierno.⟧|Que INCOFER publique cada trimestre el avance de los terrenos.|Que las municipalidades del trazado reserven desde ahora los espacios de las estaciones.]]

Ninguna de estas medidas es espectacular. Ninguna da para una inauguración. Pero son las que harían que el próximo gobierno no pudiera empezar otra vez desde la primera casilla.

⟦San José no necesita otro estudio; necesita que alguien se atreva a terminar algo.⟧""",
    kind="opinion", why="first-person argument for the train; only the URL says opinion",
))


from common import grow  # noqa: E402
from extra import EXTRA  # noqa: E402

grow(PAGES, EXTRA)
