"""Spanish: Argentina, Chile and Uruguay. A Buenos Aires daily (inflation, a columnist on buses),
a TV news site (a match report), a Santiago daily (lithium "Análisis" written as reporting), a
regional Chilean paper (Carta del director), a digital native (pensions explainer, EFE drought
copy), a Montevideo daily (a reader's letter) and a film review with a printed date only."""

PAGES = []

LC = dict(domain="www.lacapitaldiario.example", site="La Capital Diario", lang="es", skin="diario",
          nav=["Política", "Economía", "Sociedad", "Policiales", "El Mundo", "Deportes", "Espectáculos", "Opinión", "Columnistas", "Cartas de lectores"],
          ticker=["El dólar blue cerró a $1.385", "Paro de colectivos en el AMBA: qué líneas funcionan"],
          rank=["Cronograma de pagos de ANSES de mayo", "Cuánto aumentan las prepagas", "Feriado largo: qué abre y qué cierra", "El pronóstico extendido para Buenos Aires"],
          op=[("La Argentina de los precios relativos", "Martín Echagüe"), ("El Congreso que no discute", "Paula Iturbe"), ("Volver a mirar el conurbano", "Sergio Lanús")],
          footer_nav=["Staff", "Términos y condiciones", "Política de privacidad", "Defensor del lector", "Suscripciones"],
          footer="La Capital Diario © 2026. Propietario: Editorial del Plata S.A. Registro DNDA en trámite.")

# ---------------------------------------------------------------- Buenos Aires daily, inflation, OG only
PAGES.append(dict(LC,
    case="es-news-diario-inflacion", secpath="economia", meta="og",
    url="https://www.lacapitaldiario.example/economia/la-inflacion-de-abril-fue-de-2-1-y-acumula-11-4-en-el-ano-nid14052026/",
    h1="La inflación de abril fue de 2,1% y acumula 11,4% en el año",
    deck="El INDEC informó que alimentos y transporte fueron los rubros que más subieron; en la comparación interanual el índice se ubicó en 31,8%.",
    crumbs=["Economía"], label="Economía",
    authors=["Nicolás Bardi"], byline_text="Por Nicolás Bardi", byline_html='Por <a href="/autor/nicolas-bardi">Nicolás Bardi</a>',
    pub="2026-05-14T16:05:00-03:00", date="14/05/2026 16:05 hs", today="Jueves 14 de mayo de 2026",
    hero="⟪Una góndola de un supermercado en Caballito. (Foto: Archivo)⟫",
    tags=["Inflación", "INDEC", "Precios"],
    related=["⟪Salarios: cuánto le ganaron a la inflación en marzo⟫", "Tarifas de luz y gas: lo que viene en junio"],
    paywall="Accedé a todo el contenido de La Capital Diario. Suscribite desde $2.900 por mes.",
    comments=[("Ruben_B", "hace 1 h", "En el súper de mi barrio subió todo mucho más que eso.", 44),
              ("mcarla", "hace 30 min", "Lo de transporte se va a sentir en mayo con el aumento de colectivos.", 9)],
    body="""⟦La inflación de abril fue de 2,1%, según informó este jueves el Instituto Nacional de Estadística y Censos (INDEC).⟧ Con ese dato, los precios acumulan una suba de 11,4% en los primeros cuatro meses del año y de 31,8% en los últimos doce.

El número quedó levemente por debajo del 2,3% que esperaban las consultoras privadas relevadas por el Banco Central, y marcó una desaceleración respecto del 2,6% de marzo.

[[REL|⟪Qué es el índice de inflación núcleo y por qué importa⟫]]

[[H|Los rubros que más subieron]]

⟦Alimentos y bebidas no alcohólicas, el rubro de mayor peso en la canasta, aumentó 2,7%,⟧ empujado por las verduras y la carne. Transporte subió 3,1% por los ajustes en los boletos de colectivos y trenes del área metropolitana, mientras que prendas de vestir avanzó apenas 0,8%.

[[AD]]

La inflación núcleo, que excluye los precios regulados y los estacionales, fue de 1,9%, la más baja desde septiembre del año pasado. Para el Ministerio de Economía es la señal de que «el proceso de desinflación se consolida».

En cambio, los economistas consultados por este diario advirtieron que mayo vendrá con presiones. ⟦Los aumentos ya anunciados en tarifas de gas, prepagas y alquileres podrían llevar el índice otra vez arriba del 2%.⟧

[[NL|⟪Recibí todos los días el newsletter de Economía⟫|Suscribirme]]

Por regiones, el Noreste registró la mayor variación mensual, con 2,5%, y la Patagonia la menor, con 1,8%. ⟦El próximo dato de inflación se conocerá el 12 de junio.⟧""",
    kind="news", why="statistics report on monthly inflation",
))

# ---------------------------------------------------------------- Buenos Aires daily, columnist
PAGES.append(dict(LC,
    case="es-opinion-diario-colectivos", secpath="opinion",
    url="https://www.lacapitaldiario.example/opinion/columnistas/el-colectivo-tambien-es-politica-economica-nid21052026/",
    h1="El colectivo también es política económica",
    deck="Cada aumento del boleto se discute como un problema de caja. Es, sobre todo, una decisión sobre quién puede llegar a trabajar.",
    crumbs=["Opinión", "Columnistas"], label="Opinión",
    authors=["Paula Iturbe"], byline_text="Por Paula Iturbe Columnista", byline_html='Por <a href="/autor/paula-iturbe">Paula Iturbe</a> <span class="rol">Columnista</span>',
    ld_authors=["Paula Iturbe"], ld_type="OpinionNewsArticle", ld_section="Opinión",
    pub="2026-05-21T05:30:00-03:00", date="21/05/2026 05:30 hs", today="Jueves 21 de mayo de 2026",
    tags=["Transporte", "Subsidios", "AMBA"],
    related=["⟪Nuevo aumento del boleto: las tarifas desde el lunes⟫", "SUBE: cómo registrar la tarjeta para pagar menos"],
    bio="Paula Iturbe es economista especializada en transporte urbano.",
    body="""⟦Hay una forma de medir la economía de un país que no figura en ningún informe del INDEC:⟧ mirar la fila de la parada del 60 a las seis de la mañana. Ahí está la gente que sostiene el empleo formal e informal del conurbano, y ahí se nota, antes que en cualquier estadística, cuándo el boleto empieza a pesar.

En los últimos dos años la tarifa del colectivo en el área metropolitana se multiplicó varias veces. Desde el punto de vista fiscal, la lógica es conocida: reducir subsidios, ordenar las cuentas, acercar el precio al costo. Nadie serio discute que el esquema anterior era insostenible.

[[REL|⟪Cuánto cuesta viajar en colectivo en otras ciudades de la región⟫]]

⟦Pero creo que el debate se dio al revés.⟧ Se empezó por el número que cerraba en la planilla y no por la pregunta de fondo: qué parte del costo de moverse a trabajar debe pagar quien trabaja y qué parte el resto de la sociedad, que también se beneficia de que ese trabajador llegue.

[[AD]]

La experiencia de otras ciudades muestra que hay caminos intermedios. Tarifas integradas que no castigan los transbordos, subsidios a la demanda en lugar de a las empresas, boletos diferenciales para quienes viven más lejos. ⟦Nada de eso es populismo; es planificación urbana básica.⟧

Tampoco es un tema solo social. Cuando moverse cuesta demasiado, la gente rechaza trabajos lejanos, las empresas pierden candidatos y el mercado laboral se achica alrededor de cada barrio. El colectivo es infraestructura productiva, igual que una ruta o un puerto.

⟦Mientras lo sigamos tratando como un gasto a recortar, seguiremos pagando un costo que no aparece en ninguna planilla.⟧""",
    kind="opinion", why="columnist argues transport policy; Opinión, Columnista",
))

# ---------------------------------------------------------------- TV news site, match report
PAGES.append(dict(
    case="es-news-tele-superclasico", lang="es", skin="tele", domain="tn24.example", site="TN24", secpath="deportes", meta="og",
    nav=["Últimas noticias", "Política", "Economía", "Policiales", "Deportes", "Show", "Internacional", "Opinión", "Clima", "TN24 en vivo"],
    ticker=["Alerta amarilla por tormentas en el AMBA", "Ganó el Pozo del Quini 6: dónde se vendió"],
    live_now="TN24 Central con Fernanda Lobos",
    rank=["Quiénes son los suplentes del Superclásico", "Cortes de tránsito por la marcha", "El récord de Messi que nadie vio", "Cuándo cobro el aguinaldo"],
    op=[("El fútbol argentino se quedó sin paciencia", "Hernán Saldías"), ("La selección y el recambio", "Gustavo Peralta"), ("Violencia en las canchas: basta", "Laura Ferrer")],
    schedule=["07:00 TN24 Mañana", "13:00 TN24 Central", "20:00 TN24 Noche"],
    footer_nav=["Términos y condiciones", "Privacidad", "Mapa del sitio", "Contacto"], footer="© 2026 TN24 - Todos los derechos reservados.",
    url="https://tn24.example/deportes/futbol/2026/09/13/river-le-gano-a-boca-2-1-en-el-monumental-con-un-gol-en-el-final/",
    h1="River le ganó a Boca 2-1 en el Monumental con un gol en el final",
    deck="Facundo Arrieta marcó de cabeza a los 46 minutos del segundo tiempo y le dio el triunfo al local.",
    crumbs=["Deportes", "Fútbol"], label="Superclásico",
    authors=["Ignacio Pozzi"], byline_text="Ignacio Pozzi", byline_html='<a href="/autor/ignacio-pozzi">Ignacio Pozzi</a>',
    pub="2026-09-13T19:52:00-03:00", date='<time datetime="2026-09-13T19:52:00-03:00">Hace 3 horas</time>',
    video="Los goles del Superclásico",
    tags=["River", "Boca", "Liga Profesional"],
    related=["⟪Las notas de los jugadores de River uno por uno⟫", "Qué dijo el DT de Boca tras la derrota"],
    comments=[("millo1901", "hace 2 h", "Qué cabezazo de Arrieta, el Monumental se vino abajo.", 203)],
    body="""⟦River le ganó este domingo 2-1 a Boca en el estadio Monumental,⟧ en un Superclásico que se definió con un cabezazo de Facundo Arrieta en el último minuto y que dejó al equipo de Núñez como único escolta de la Liga Profesional.

El partido empezó con Boca mejor parado. El visitante presionó alto, cortó los circuitos de juego del mediocampo local y se puso en ventaja a los 23 minutos, cuando Tomás Benegas definió cruzado tras un contraataque.

[[REL|⟪Así está la tabla de posiciones de la Liga Profesional⟫]]

⟦River tardó en reaccionar, pero encontró el empate antes del descanso:⟧ a los 41 minutos, Emiliano Corvalán recibió en la puerta del área y la colocó contra el palo izquierdo del arquero.

[[AD]]

En el segundo tiempo el trámite cambió. El ingreso de dos extremos le dio profundidad al local, que generó cinco situaciones claras. Boca se replegó y apostó a la pelota parada, y estuvo cerca de volver a ponerse arriba con un tiro libre que dio en el travesaño.

[[H|El gol del final]]

⟦Cuando el empate parecía sellado, llegó un córner desde la derecha⟧ y Arrieta, que había entrado a los 70 minutos, ganó en el primer palo para desatar el festejo de las 84 mil personas.

«Sabíamos que íbamos a tener una. Este gol es para la gente que nunca dejó de alentar», dijo el delantero a la transmisión oficial.

⟦Con este resultado, River suma 38 puntos, a cuatro del líder.⟧""",
    kind="news", why="match report",
))

EM = dict(domain="www.elmercuriodelsur.example", site="El Meridiano", lang="es", skin="diario",
          nav=["País", "Economía y Negocios", "Mundo", "Regiones", "Deportes", "Cultura", "Opinión", "Columnas", "Editorial", "Cartas al director"],
          ticker=["Dólar abre al alza y se acerca a los $960", "Metro: Línea 7 inicia marcha blanca"],
          rank=["Bono invierno 2026: quiénes lo reciben", "Sistema frontal: cuánto llueve en Santiago", "Permiso de circulación: plazos", "La Roja confirma amistoso en junio"],
          op=[("El litio y la tentación de improvisar", "Javiera Undurraga"), ("Pensiones: la letra chica", "Cristóbal Errázuriz"), ("Santiago y su deuda con el sur", "Macarena Lillo")],
          footer_nav=["Quiénes somos", "Términos de uso", "Privacidad", "Suscripciones", "Contacto"],
          footer="© 2026 El Meridiano. Santiago de Chile. Todos los derechos reservados.")

# ---------------------------------------------------------------- Chile, "Análisis" written as reporting (news)
PAGES.append(dict(EM,
    case="es-news-diario-litio", secpath="economia",
    url="https://www.elmercuriodelsur.example/economia/2026/04/06/analisis-por-que-se-retraso-la-primera-licitacion-de-litio/",
    h1="Análisis: por qué se retrasó la primera licitación de litio",
    deck="Tres factores explican que el proceso se haya postergado hasta el segundo semestre, según documentos y fuentes del sector.",
    crumbs=["Economía y Negocios", "Minería"], label="Análisis",
    authors=["Felipe Cortázar"], byline_text="Felipe Cortázar", byline_html='<a href="/autor/felipe-cortazar">Felipe Cortázar</a>',
    ld_authors=["Felipe Cortázar"], ld_type="NewsArticle", ld_section="Economía y Negocios",
    pub="2026-04-06T21:40:00-04:00", ld_date="2026-04-07T01:40:00Z", meta_date="2026-04-07T01:40:00Z",
    date="Lunes 6 de abril de 2026 | 21:40", today="Martes 7 de abril de 2026",
    hero="⟪Piscinas de evaporación en el salar de Atacama. Foto: Archivo⟫",
    tags=["Litio", "Corfo", "Minería"],
    related=["⟪Precio del litio cae 8% en marzo⟫", "Comunidades atacameñas piden consulta indígena"],
    body="""⟦La primera licitación de contratos especiales de litio en salares no estratégicos debía abrirse en marzo.⟧ A comienzos de abril, el Ministerio de Minería reconoció que el proceso se postergará hasta el segundo semestre. Documentos revisados por El Meridiano y conversaciones con siete actores del sector permiten identificar tres razones.

[[H|Un mercado a la baja]]

La primera es el precio. ⟦El carbonato de litio cotiza hoy cerca de un 60% por debajo de su máximo de 2022,⟧ y varias de las empresas que habían mostrado interés pidieron más plazo para revisar sus números. «Nadie quiere comprometer inversiones de cientos de millones con este precio», dijo un ejecutivo de una compañía australiana que prefirió no ser identificado.

[[REL|⟪Codelco y su socio cierran acuerdo en Maricunga⟫]]

[[H|La consulta indígena]]

La segunda es jurídica. Al menos cuatro de los salares incluidos en las bases están en territorios reclamados por comunidades que exigen una consulta previa conforme al Convenio 169 de la OIT. ⟦El Gobierno optó por iniciar esas consultas antes de publicar las bases definitivas,⟧ lo que sumó meses al calendario.

[[AD]]

[[H|Dudas en el Congreso]]

La tercera es política. Un grupo transversal de diputados presentó un proyecto para que los contratos requieran aprobación legislativa, una iniciativa que el Ejecutivo considera innecesaria pero que ha generado incertidumbre entre los inversionistas.

El Ministerio de Minería sostiene que la postergación «no altera la estrategia» y que la licitación seguirá siendo una de las más atractivas de la región. ⟦Las empresas consultadas, en cambio, dicen que el interés dependerá de cómo evolucione el precio.⟧""",
    kind="news", sure=True, why="labelled Análisis but reports with sources and documents",
))

# ---------------------------------------------------------------- Chilean regional paper, Carta del director
PAGES.append(dict(
    case="es-opinion-regional-cartadirector", lang="es", skin="regional", domain="www.diariodelbiobio.example", site="Diario del Biobío", secpath="opinion",
    nav=["Portada", "Concepción", "Región", "País", "Economía", "Deportes", "Cultura", "Opinión", "Carta del director", "Columnistas"],
    ticker=["Puente Ferroviario: nuevo desvío desde el lunes", "Huachipato presenta a su nuevo técnico"],
    rank=["Sistema frontal deja 2.000 hogares sin luz", "Biotren suma frecuencias", "Quiénes reciben el bono de invierno", "Clima en Concepción"],
    op=[("El Biobío no puede seguir esperando", "Rodrigo Sanhueza"), ("Universidades y territorio", "Carolina Pincheira"), ("Una ciudad de puentes", "Marcelo Vidal")],
    weather="Concepción 11 °C",
    url="https://www.diariodelbiobio.example/opinion/carta-del-director/2026/07/05/veinte-anos-mirando-el-rio/",
    h1="Veinte años mirando el río",
    crumbs=["Opinión", "Carta del director"], label="Carta del director",
    authors=["Hernán Quiroga Müller"], byline_text="Hernán Quiroga Müller, Director", byline_html='<a href="/author/hquiroga/">Hernán Quiroga Müller</a>, Director',
    ld_authors=["Hernán Quiroga Müller"], ld_type="OpinionNewsArticle", ld_section="Carta del director",
    pub="2026-07-05T08:00:00-04:00", date="5 julio, 2026", today="domingo, 5 de julio de 2026",
    tags=["Aniversario", "Concepción", "Periodismo regional"],
    related=["⟪Especial: 20 años de historias del Biobío⟫", "Los lectores eligen las portadas que marcaron dos décadas"],
    footer_nav=["Quiénes somos", "Suscripciones", "Avisos legales", "Contacto"], footer="© 2026 Diario del Biobío. Concepción, Chile.",
    body="""⟦Este domingo Diario del Biobío cumple veinte años.⟧ Empezamos en una oficina de calle Barros Arana con cuatro periodistas, un fotógrafo y una rotativa prestada. Hoy somos cuarenta personas y la mayoría de nuestros lectores nos lee en un teléfono. Muchas cosas cambiaron; creo que lo esencial no.

Quiero aprovechar esta carta para decir algo que no siempre se dice en los aniversarios: el periodismo regional está en riesgo, y no por falta de lectores.

[[REL|⟪Así fue nuestra primera portada, en julio de 2006⟫]]

⟦Está en riesgo porque la publicidad se fue a las plataformas,⟧ porque los avisos del Estado se concentran en medios nacionales y porque en Santiago se sigue creyendo que lo que pasa en Concepción, Los Ángeles o Lebu es noticia solo cuando hay un incendio o un terremoto.

[[AD]]

En estos veinte años nuestras periodistas revelaron la contaminación del estero Lenga, siguieron durante meses la reconstrucción de Dichato y contaron la historia de cada pescador que perdió su bote en 2010. ⟦Ningún medio de la capital habría hecho ese trabajo con la misma constancia.⟧

Por eso pido dos cosas. A las autoridades, que la publicidad pública se distribuya con criterios transparentes que reconozcan a los medios locales. A ustedes, lectores, que si pueden, se suscriban. No es caridad: es la forma de asegurar que alguien siga mirando el río.

⟦Gracias por estos veinte años; vamos por los que vienen.⟧""",
    kind="opinion", why="director's letter arguing for support of regional press",
))

NX = dict(domain="nexo.example", site="Nexo", lang="es", skin="nativo",
          nav=["Actualidad", "Política", "Economía", "Mundo", "Ciencia", "Explicadores", "Opinión", "Columnas", "Newsletter"],
          hot=["Reforma de pensiones", "Sequía", "Elecciones 2026"],
          rank=["Calculadora: cuánto subirá tu pensión", "Los 5 puntos clave del nuevo PGU", "El mapa de la sequía", "Qué pasa con el retiro de fondos"],
          op=[("La reforma que nadie leyó completa", "Sofía Arancibia"), ("Por qué el ahorro no alcanza", "Matías Lorca"), ("El Estado que llega tarde", "Valentina Roa")],
          footer_nav=["Quiénes somos", "Ética", "Apóyanos", "Privacidad"],
          footer="Nexo · periodismo explicativo · © 2026")

# ---------------------------------------------------------------- Chile, pensions explainer (news), OG only
PAGES.append(dict(NX,
    case="es-news-nativo-pensiones", secpath="explicadores", meta="og",
    url="https://nexo.example/explicadores/2026/08/03/que-cambia-en-agosto-con-la-reforma-de-pensiones/",
    h1="Qué cambia en agosto con la reforma de pensiones",
    deck="El primer aumento de la cotización del empleador ya se ve en las liquidaciones. Pero el cambio más discutido aún no llega.",
    label="Explicador", crumbs=["Explicadores"],
    authors=["Tomás Aguirre", "Daniela Fuentes"], byline_text="Tomás Aguirre y Daniela Fuentes",
    byline_html='<a href="/autores/tomas-aguirre">Tomás Aguirre</a> y <a href="/autores/daniela-fuentes">Daniela Fuentes</a>',
    pub="2026-08-03T10:15:00-04:00", date="03 de agosto de 2026",
    tags=["Pensiones", "AFP", "Cotización"],
    related=["⟪Cotización del empleador: las fechas de cada tramo⟫", "Qué es el seguro social y quién lo administra"],
    body="""⟦Este mes comenzó a aplicarse un nuevo tramo del aumento de la cotización que pagan los empleadores.⟧ Es el cambio más visible de la reforma de pensiones aprobada el año pasado, pero no el único. Aquí repasamos qué se mueve y qué sigue pendiente.

[[H|El aporte del empleador]]

⟦Desde agosto, los empleadores deben pagar un 3,5% adicional sobre el sueldo imponible,⟧ frente al 1% con que partió el sistema. La cifra seguirá subiendo de forma gradual hasta llegar al 8,5% en 2033. Para el trabajador, el cambio se nota en la liquidación, aunque no reduce su sueldo líquido.

[[REL|⟪Simulador: cuánto aportará tu empleador este año⟫]]

[[H|Adónde va la plata]]

Una parte del aporte se destina a la cuenta individual del trabajador y otra al nuevo seguro social, que financia un complemento para quienes ya están jubilados y una compensación para las mujeres por su mayor expectativa de vida. Los expertos consultados coinciden en que es el punto más complejo de explicar, y también el que más ha cambiado en la tramitación.

[[AD]]

[[H|Lo que falta]]

⟦La licitación de afiliados entre las administradoras, uno de los cambios más discutidos, todavía no ocurre.⟧ La Superintendencia de Pensiones tiene plazo hasta marzo de 2027 para realizarla. Hasta entonces, los afiliados mantienen su AFP actual.

La economista Claudia Varas, de la Universidad de Concepción, califica el diseño de «razonable pero frágil», porque depende de que el mercado laboral formal siga creciendo. El Ministerio del Trabajo, en cambio, estima que la pensión promedio subirá cerca de un 20% en la próxima década.

⟦Quienes quieran revisar su situación pueden consultar el simulador de la Superintendencia.⟧""",
    kind="news", why="explainer reporting what the reform changes, with sources",
))

# ---------------------------------------------------------------- Uruguay, EFE copy
PAGES.append(dict(NX,
    case="es-news-nativo-sequiaefe", secpath="actualidad",
    url="https://nexo.example/actualidad/2026/01/27/uruguay-declara-emergencia-agropecuaria-por-sequia-en-cinco-departamentos/",
    h1="Uruguay declara emergencia agropecuaria por sequía en cinco departamentos",
    label="Mundo", crumbs=["Actualidad", "Mundo"],
    authors=None, byline_text="EFE", byline_html="EFE",
    ld_authors=["org:EFE"], ld_type="NewsArticle",
    pub="2026-01-27T19:30:00-03:00", date='<span class="rel">Hace 5 horas</span> · <time datetime="2026-01-27T19:30:00-03:00">27/01/2026</time>',
    tags=["Uruguay", "Sequía", "EFE"],
    related=["⟪OSE pide reducir el consumo de agua en Montevideo⟫", "El Niño y La Niña: qué esperar en el Cono Sur"],
    body="""Montevideo, 27 ene (EFE). - ⟦El Gobierno de Uruguay declaró este martes la emergencia agropecuaria en cinco departamentos del norte y el centro del país⟧ por la falta de lluvias que afecta a los productores ganaderos y lecheros desde noviembre.

La medida alcanza a Artigas, Salto, Paysandú, Tacuarembó y Durazno, y permitirá a los productores acceder a créditos blandos, postergar el pago de impuestos y recibir ración para el ganado, informó el Ministerio de Ganadería, Agricultura y Pesca en un comunicado.

[[REL|⟪Productores lecheros reclaman precio diferencial⟫]]

⟦Según datos del Instituto Uruguayo de Meteorología, en diciembre y enero llovió menos de la mitad de lo habitual⟧ en buena parte de la región norte.

⟦El ministro del área dijo a periodistas que el Gobierno destinará⟧ 18 millones de dólares a un fondo de apoyo y que la situación será revisada cada 30 días.

[[AD]]

«Estamos ante la sequía más fuerte desde 2023 y sabemos que el productor chico es el que más sufre», afirmó el ministro en rueda de prensa en Montevideo.

La Federación Rural pidió que la declaración se extienda a otros departamentos y que se incluya a los productores de soja, cuyos cultivos también muestran daños. ⟦Las gremiales estiman que las pérdidas podrían superar los 300 millones de dólares.⟧

[[TEXT|(EFE)]]""",
    kind="news", why="agency copy on drought emergency",
))

# ---------------------------------------------------------------- Montevideo daily, a reader's letter
PAGES.append(dict(
    case="es-opinion-diario-cartalector", lang="es", skin="diario", domain="www.ladiaria-oriental.example", site="El Oriental", secpath="opinion", meta="og",
    nav=["Nacional", "Política", "Economía", "Montevideo", "Mundo", "Deportes", "Cultura", "Opinión", "Cartas de los lectores", "Suplementos"],
    ticker=["Ómnibus: nuevo horario de verano en la Costa", "Peñarol y Nacional igualan en el Centenario"],
    rank=["Cuánto cobra un jubilado en 2026", "Rambla: cortes por obras", "Feria del libro: programa completo", "Temporal: alerta naranja"],
    op=[("Un país que envejece sin plan", "Ana Inés Sosa"), ("La Rambla es de todos", "Gonzalo Pereyra"), ("Sobre el nuevo código de tránsito", "Florencia Ibarra")],
    footer_nav=["Quiénes somos", "Contacto", "Privacidad", "Suscripciones"], footer="© 2026 El Oriental. Montevideo, Uruguay.",
    url="https://www.ladiaria-oriental.example/opinion/cartas-de-los-lectores/2026/03/02/los-bancos-de-la-plaza/",
    h1="Los bancos de la plaza",
    crumbs=["Opinión", "Cartas de los lectores"], label="Cartas de los lectores",
    authors=["Washington Acosta"], byline_text="Washington Acosta", byline_html="Washington Acosta",
    pub="2026-03-02T06:00:00-03:00", date="02.03.2026 | 06:00", today="Lunes 2 de marzo de 2026",
    tags=["Cartas", "Espacio público", "Montevideo"],
    related=["⟪Intendencia renovará 40 plazas en 2026⟫", "Cómo enviar tu carta a la redacción"],
    bio="Las cartas deben enviarse con nombre completo y cédula de identidad. El Oriental se reserva el derecho de editarlas por razones de espacio.",
    body="""Señor director:

⟦Tengo 82 años y todas las tardes camino hasta la plaza de mi barrio, en el Cordón.⟧ Hasta el año pasado había allí doce bancos de madera donde nos sentábamos los vecinos a conversar, leer el diario o mirar a los chicos jugar. Hoy quedan cuatro.

La Intendencia los retiró durante una reforma que, según el cartel de la obra, buscaba «modernizar el espacio público». Pusieron juegos nuevos, una cancha de básquetbol y canteros muy prolijos. Todo eso está bien. ⟦Pero nadie pensó en dónde nos íbamos a sentar los viejos.⟧

Escribí dos veces al municipio y me contestaron que los bancos «fomentan la permanencia de personas en situación de calle». Me parece una respuesta triste. Quitar un banco no resuelve la situación de nadie; solo hace que la plaza sea un lugar de paso y no un lugar de encuentro.

[[AD]]

En mi cuadra vivimos muchos jubilados solos. Para varios de nosotros, esa hora en la plaza es la única conversación del día. ⟦Una ciudad que quiere cuidar a sus mayores no puede quitarles el lugar donde sentarse.⟧

Pido a las autoridades que devuelvan los bancos, y a los lectores que miren las plazas de sus barrios: tal vez les esté pasando lo mismo.

⟦Saluda atentamente a usted.⟧

[[TEXT|Washington Acosta. C.I. 1.234.567-8]]""",
    kind="opinion", why="reader's letter arguing for restoring benches",
))

# ---------------------------------------------------------------- film review, printed date only
PAGES.append(dict(
    case="es-other-regional-resena", lang="es", skin="regional", domain="www.elnortedesalto.example", site="El Norte de Salto", secpath="cultura", meta="min",
    nav=["Inicio", "Salto", "Región", "Nacional", "Deportes", "Cultura", "Agenda", "Opinión", "Columnistas", "Necrológicas"],
    ticker=["Represa de Salto Grande abre compuertas", "Termas del Daymán: nuevos precios"],
    rank=["Cartelera de cine de esta semana", "Salto Uruguay gana el clásico", "Corte de agua en barrio Ceibal", "Fiesta de la naranja: artistas"],
    op=[("La cultura también es descentralización", "Cecilia Rodríguez"), ("El río nos habla", "Julio Cabrera"), ("Salto y su costanera", "Mariela Pintos")],
    weather="Salto 29 °C", time_attr=False,
    footer_nav=["Quiénes somos", "Avisos", "Contacto"], footer="© 2026 El Norte de Salto. Salto, Uruguay.",
    url="https://www.elnortedesalto.example/cultura/la-ultima-crecida-una-pelicula-que-mira-el-litoral-sin-postales/",
    h1="«La última crecida»: una película que mira el litoral sin postales",
    exp_title="«La última crecida»: una película que mira el litoral sin postales",
    crumbs=["Cultura", "Cine"], label="Crítica de cine",
    authors=["Mauricio Larrosa"], byline_text="Por Mauricio Larrosa", byline_html="Por Mauricio Larrosa",
    pub="2026-11-19T00:00:00-03:00", date="19/11/2026", today="jueves, 19 noviembre, 2026",
    hero="⟪Escena de La última crecida, rodada en Salto y Concordia. Foto: Difusión⟫",
    tags=["Cine uruguayo", "Crítica", "Estrenos"],
    related=["⟪Festival de cine de Salto anuncia su programación⟫", "Entrevista con la directora Lucía Benítez"],
    body="""⟦«La última crecida», el primer largometraje de la salteña Lucía Benítez, se estrenó este jueves en el cine Larrañaga.⟧ Es una película pequeña, filmada con poco dinero y muchas ganas, que consigue algo raro en el cine sobre el interior: mirar el río sin convertirlo en postal.

La historia sigue a Nora, una enfermera de cincuenta años que vive con su padre en una casa de la costa que se inunda cada vez que el Uruguay crece. Cuando llega el aviso de evacuación, él se niega a irse. Lo que sigue son tres días de espera, con el agua subiendo y los dos discutiendo cosas que nunca se dijeron.

[[REL|⟪Lucía Benítez: «Filmamos con el agua hasta las rodillas»⟫]]

⟦Benítez filma con paciencia y confía en sus actores.⟧ Mirta Ferreira, en el papel de Nora, sostiene la película con una interpretación contenida, hecha de gestos mínimos. Roberto Suárez, como el padre, tiene momentos de humor seco que alivian la tensión.

[[AD]]

No todo funciona. El tramo central se estira más de la cuenta y una subtrama con un vecino que roba en las casas vacías aporta poco. La música, por momentos, subraya lo que las imágenes ya decían.

[[H|Veredicto]]

⟦Aun con esos tropiezos, es una ópera prima honesta y bien actuada.⟧ Quien haya vivido una crecida va a reconocer el barro, el olor y la espera.

[[LIST|Dirección: Lucía Benítez|Duración: 94 minutos|Calificación: ★★★½]]

⟦Se exhibe hasta el 3 de diciembre en dos funciones diarias.⟧""",
    kind="other", why="film review with verdict and rating",
))


from common import grow  # noqa: E402
from extra import EXTRA  # noqa: E402

grow(PAGES, EXTRA)
