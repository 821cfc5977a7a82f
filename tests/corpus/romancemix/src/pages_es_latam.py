"""Spanish from Mexico, Argentina, Colombia and Peru (Latin American portal skin) and a Mexican horoscope: an
institutional editorial published before midnight (metadata in UTC the next day), a Verificado fact check, an
open letter, a match chronicle "De nuestra redacción", a column marked only by its URL, an obituary by the desk
"con información de EFE", a daily horoscope with no date metadata."""

PAGES = []

MX_NAV = ["Nacional", "CDMX", "Estados", "Economía", "Opinión", "Verificado", "Deportes", "Espectáculos", "Tecnología"]
MX_FOOT = ["Aviso de privacidad", "Términos y condiciones", "Directorio", "Contacto", "Código de ética"]
MX_SIDE = [("Lo más leído", ["⟪Línea 3 del Metro cerrará tres estaciones por mantenimiento⟫", "Gasolina: precios hoy en la CDMX",
                              "Pumas anuncia a su nuevo director técnico"]),
           ("Opinión", [("Columnistas", "Lo que la reforma electoral no dice"), ("Editorial", "Tres años sin presupuesto para bomberos"),
                        ("Cartón", "El cartón de Mendoza")])]
MX_WIDGET = "Dólar: $17.82 ▲0.3% · Euro: $19.40 · BMV 55,210 pts · CDMX 24°C"

# ---------------------------------------------------------------- 1. Mexico: institutional editorial, "we" form, published 23:50 local, metadata in UTC
PAGES.append(dict(
    case="es-opinion-latam-editorialagua", lang="es", html_lang="es-MX", skin="latam", domain="www.elheraldodelvalle.example", site="El Heraldo del Valle", secpath="opinion",
    url="https://www.elheraldodelvalle.example/opinion/editorial/el-agua-de-la-ciudad-de-mexico-no-puede-esperar-otra-sequia/",
    h1="El agua de la Ciudad de México no puede esperar otra sequía",
    kicker="Editorial", kicker_path="opinion/editorial", crumbs=["Opinión", "Editorial"], authors=None,
    byline_text="Editorial El Heraldo del Valle", byline_html="Editorial El Heraldo del Valle",
    ld_authors=["org:El Heraldo del Valle"], ld_type="OpinionNewsArticle", ld_section="Opinión",
    pub="2026-03-04T23:50:00-06:00", ld_date="2026-03-05T05:50:00Z", meta_date="2026-03-05T05:50:00Z", date="04/03/2026 - 23:50",
    nav=MX_NAV, widget=MX_WIDGET, ticker=["Sismo de magnitud 4.8 en Oaxaca sin daños", "Senado aprueba reforma en materia de agua"],
    ticker_label="EN VIVO",
    cookie="Utilizamos cookies para personalizar contenidos y analizar nuestro tráfico. ¿Aceptas?", side=MX_SIDE,
    tags=["Agua", "Cutzamala", "CDMX", "Editorial"],
    related=["⟪Cutzamala llega al 38% de su capacidad⟫", "Alcaldías con más fugas de agua potable"],
    comments=[("Guadalupe H.", "hace 7 horas", "⟪En Iztapalapa llevamos dos semanas con tandeo, ya basta.⟫")],
    newsletter="Recibe nuestro editorial y las columnas del día en tu correo.",
    footer="⟪Todos los derechos reservados © 2026 Editorial Heraldo del Valle S.A. de C.V.⟫", footer_nav=MX_FOOT,
    body="""⟦Hace apenas dos años el Sistema Cutzamala llegó a su nivel más bajo⟧ en cuatro décadas y millones de capitalinos vivieron semanas de tandeo, pipas y cubetas. Las lluvias de 2024 y 2025 aliviaron la emergencia, y con ella, por desgracia, también la urgencia de las autoridades.

Hoy las presas vuelven a estar por debajo del 40% de su capacidad y la temporada de estiaje apenas comienza. ⟦Hemos advertido en este espacio, una y otra vez, que la crisis del agua no terminó⟧: simplemente se tomó un respiro.

[[H|Lo que sabemos y lo que se ha hecho]]

Sabemos que cerca del 40% del agua que entra a la red se pierde en fugas antes de llegar a una llave. Sabemos que los pozos del oriente de la ciudad extraen más de lo que el acuífero recupera y que el suelo de Iztapalapa y Tláhuac se hunde varios centímetros al año. Nada de eso es nuevo.

Lo que no sabemos es por qué el programa de sustitución de tuberías avanzó apenas un 12% de lo prometido, ni por qué el presupuesto de este año para infraestructura hidráulica es menor que el del anterior. ¿Cuántas sequías más hacen falta para que el agua deje de ser un tema de temporada?

[[AD]]

[[H|Lo que exigimos]]

Este diario sostiene que la ciudad necesita tres decisiones que no dependen de la lluvia:

[[LIST|⟦Un calendario público y verificable de reparación de fugas⟧, alcaldía por alcaldía.|Medición real del consumo en las grandes industrias y en los desarrollos inmobiliarios.|Un fondo plurianual que no pueda recortarse cada vez que cambian las prioridades políticas.]]

No pedimos milagros. Pedimos que se gobierne con la misma seriedad con la que se hacen los anuncios. ⟦La próxima sequía no avisará con tiempo, y esta vez nadie podrá decir que no lo sabía.⟧""",
    kind="opinion", why="unsigned institutional editorial arguing for water policy",
))

# ---------------------------------------------------------------- 2. Mexico: Verificado fact check, WhatsApp prompt, "Te puede interesar"
PAGES.append(dict(
    case="es-news-latam-verificado", lang="es", html_lang="es-MX", skin="latam", domain="www.elheraldodelvalle.example", site="El Heraldo del Valle", secpath="verificado",
    url="https://www.elheraldodelvalle.example/verificado/el-metro-de-la-cdmx-subira-a-10-pesos-en-abril-es-falso/",
    h1="¿El Metro de la CDMX subirá a 10 pesos en abril? Es falso",
    deck="Una imagen con el logotipo del Sistema de Transporte Colectivo circula en redes sociales; el organismo la desmintió",
    kicker="Verificado", crumbs=["Verificado"], authors=["Daniela Ortiz Bravo"], byline_text="Por Daniela Ortiz Bravo",
    byline_html='Por <a href="/autor/daniela-ortiz-bravo/">Daniela Ortiz Bravo</a>', meta="og", meta_section="Verificado",
    pub="2026-03-05T10:32:00-06:00", date="05/03/2026 - 10:32",
    nav=MX_NAV, widget=MX_WIDGET, ticker=["Senado aprueba reforma en materia de agua"], ticker_label="EN VIVO",
    cookie="Utilizamos cookies para personalizar contenidos y analizar nuestro tráfico. ¿Aceptas?", side=MX_SIDE,
    after=[("veredicto", "<strong>Calificación:</strong> ⟪FALSO. La imagen no fue emitida por el STC Metro.⟫")],
    tags=["Verificado", "Metro CDMX", "Desinformación"],
    related=["Cómo identificar una imagen manipulada", "Verificado: el video del granizo en Puebla es de 2022"],
    footer="Todos los derechos reservados © 2026 Editorial Heraldo del Valle S.A. de C.V.", footer_nav=MX_FOOT,
    body="""⟦Desde el lunes circula en WhatsApp y Facebook una imagen que anuncia que el boleto del Metro⟧ de la Ciudad de México pasará de 5 a 10 pesos a partir del 1 de abril. La publicación lleva el logotipo del Sistema de Transporte Colectivo (STC) y una supuesta firma de su director. Es falsa.

[[H|Qué dice la publicación]]

La imagen, compartida más de 40.000 veces, afirma que el aumento se debe «al costo de la modernización de la Línea 1» y que los usuarios con tarjeta de movilidad integrada pagarán 8 pesos. También menciona una supuesta «Gaceta Oficial del 28 de febrero».

[[READ|Te puede interesar|⟪Es falso que el SAT cobrará impuestos por transferencias entre familiares⟫]]

[[H|Qué verificamos]]

Revisamos la Gaceta Oficial de la Ciudad de México publicada entre el 1 de enero y el 4 de marzo de 2026. ⟦Ninguna edición contiene un acuerdo para modificar la tarifa del Metro.⟧ La última modificación de la tarifa, de 3 a 5 pesos, se publicó en diciembre de 2013.

Consultado por este diario, el área de Comunicación Social del STC respondió que la imagen «es apócrifa» y que no existe ningún proyecto para aumentar el precio del boleto. El organismo publicó el mismo desmentido en sus redes sociales el martes por la tarde.

[[WA|⟪Sigue el canal de El Heraldo del Valle en WhatsApp⟫]]

Además, la tipografía del documento no coincide con la que usa el STC en sus comunicados oficiales, y la firma corresponde a un director que dejó el cargo en 2024. ⟦Una búsqueda inversa de la imagen muestra que la plantilla se usó antes⟧ en otra publicación falsa, de 2023, sobre el Metrobús.

[[H|Conclusión]]

⟦Es falso que el Metro de la Ciudad de México vaya a costar 10 pesos en abril.⟧""",
    kind="news", why="fact check reporting what was verified",
))

# ---------------------------------------------------------------- 3. Mexico: horoscope on a lifestyle site, no date metadata
SIGNS = [("Aries", "⟦Hoy la energía te sobra, pero conviene no gastarla en discusiones que no llevan a nada.⟧ Una conversación pendiente con un compañero de trabajo se resuelve mejor de lo que esperas."),
         ("Tauro", "El dinero vuelve a ocupar tus pensamientos. Antes de comprometerte con un gasto grande, revisa tus cuentas con calma."),
         ("Géminis", "Alguien del pasado reaparece con una propuesta interesante. Escucha, pero no respondas de inmediato."),
         ("Cáncer", "⟦La Luna favorece los asuntos del hogar: es buen día para ordenar, reparar y recibir visitas.⟧"),
         ("Leo", "Tu creatividad está en su mejor momento. Aprovecha para presentar ese proyecto que llevas semanas afinando."),
         ("Virgo", "Cuida tu descanso. La prisa de esta semana empieza a pasarte factura y tu cuerpo te lo hará notar."),
         ("Libra", "Una invitación inesperada alegra la tarde. En el amor, la sinceridad te abrirá más puertas que el orgullo."),
         ("Escorpio", "Es momento de cerrar ciclos. Lo que hoy sueltes dejará espacio para algo mucho mejor."),
         ("Sagitario", "⟦Un viaje corto o un cambio de rutina te devolverá el entusiasmo⟧ que habías perdido."),
         ("Capricornio", "Tu constancia por fin da frutos en el trabajo. No te quedes callado si alguien se atribuye tus logros."),
         ("Acuario", "Las amistades serán tu mejor apoyo hoy. Una llamada a tiempo cambiará el rumbo de tu día."),
         ("Piscis", "Tu intuición no falla, así que hazle caso. ⟦Por la noche, date permiso para descansar sin sentir culpa.⟧")]
PAGES.append(dict(
    case="es-other-magazine-horoscopo", lang="es", html_lang="es-MX", skin="magazine", domain="www.estilomx.example", site="Estilo MX", secpath="horoscopos",
    url="https://www.estilomx.example/horoscopos/horoscopo-de-hoy-viernes-6-de-marzo-de-2026/",
    h1="Horóscopo de hoy viernes 6 de marzo de 2026: predicciones para todos los signos",
    kicker="Horóscopos", tagline="Moda, bienestar y estilo de vida", authors=["Renata Solís"], byline_text="Por Renata Solís",
    byline_html='Por <a href="/author/renata-solis/">Renata Solís</a>', meta="min",
    pub="2026-03-06T00:01:00-06:00", date="06/03/2026 - 00:01 hrs",
    nav=["Moda", "Belleza", "Bienestar", "Horóscopos", "Celebridades", "Opinión", "Viajes"],
    cookie="⟪Usamos cookies para mejorar tu experiencia en Estilo MX.⟫",
    side=[("Lo más visto", ["⟪Los colores que serán tendencia esta primavera⟫", "Rutina de cuidado facial en cinco minutos", "Horóscopo chino 2026: lo que trae el año"]),
          ("Voces", [("Opinión", "Dejemos de romantizar el cansancio"), ("Columna", "La moda lenta también es política")])],
    tags=["Horóscopo", "Astrología", "Signos zodiacales"],
    related=["Luna llena de marzo: qué significa para tu signo", "Los signos más leales del zodiaco"],
    footer="⟪© 2026 Estilo MX. Prohibida su reproducción total o parcial.⟫", footer_nav=["Privacidad", "Contacto", "Anúnciate"],
    body="""⟦La semana laboral termina con la Luna en Cáncer⟧, una posición que invita a mirar hacia dentro, cuidar los vínculos cercanos y tomar decisiones con el corazón, aunque sin perder de vista los números. Estas son las predicciones para cada signo.

""" + "\n\n".join("[[H|%s]]\n\n%s" % s for s in SIGNS) + """

[[READ|⟪Compatibilidad entre signos: las parejas más estables⟫]]

[[TEXT|Recuerda que la astrología es una guía y no un destino: tú decides qué hacer con tu día.]]""",
    kind="other", why="daily horoscope",
))

AR_NAV = ["Política", "Economía", "Sociedad", "Opinión", "Cartas de lectores", "El mundo", "Deportes", "Campo", "Espectáculos"]
AR_FOOT = ["Staff", "Contacto", "Avisos clasificados", "Términos y condiciones", "Política de privacidad"]
AR_WIDGET = "Dólar oficial $1.085 · Dólar blue $1.240 · Riesgo país 690 · Santa Rosa 27°"
AR_SIDE = [("Lo más leído", ["⟪Paritarias docentes: la provincia ofreció un 12% para marzo⟫", "Corte de ruta en el acceso a Toay",
                              "Lluvias de hasta 80 milímetros en el oeste pampeano"]),
           ("Opinión", [("Columna", "La política de los cortes de luz"), ("Carta de lectores", "Gracias a los bomberos de Eduardo Castex")])]

# ---------------------------------------------------------------- 4. Argentina: open letter to a minister, "Le escribo …"
PAGES.append(dict(
    case="es-opinion-latam-cartaabierta", lang="es", html_lang="es-AR", skin="latam", domain="www.lagacetapampeana.example", site="La Gaceta Pampeana", secpath="opinion",
    url="https://www.lagacetapampeana.example/opinion/carta-abierta-al-ministro-de-educacion-las-escuelas-rurales-no-son-un-gasto-nid05032026/",
    h1="Carta abierta al ministro de Educación: las escuelas rurales no son un gasto",
    kicker="Carta abierta", kicker_path="opinion", crumbs=["Opinión"], authors=["María Inés Lescano"], byline_text="Por María Inés Lescano",
    byline_html='Por <a href="/autor/maria-ines-lescano/">María Inés Lescano</a>',
    ld_authors=["María Inés Lescano"], ld_type="OpinionNewsArticle", ld_section="Opinión",
    pub="2026-03-05T06:00:00-03:00", date="5 de marzo de 2026",
    nav=AR_NAV, widget=AR_WIDGET, ticker=["El Gobierno oficializó el nuevo calendario escolar"], ticker_label="AHORA",
    cookie="Este sitio utiliza cookies. Al navegar, aceptás nuestra política de privacidad.", side=AR_SIDE,
    after=[("disclaimer", "⟪Las opiniones expresadas son responsabilidad exclusiva de su autora⟫ y no reflejan necesariamente la posición de La Gaceta Pampeana.")],
    tags=["Educación", "Escuelas rurales", "Carta abierta"],
    related=["⟪Cierran dos escuelas rurales por falta de matrícula en el norte pampeano⟫", "Cuántos chicos estudian en el campo"],
    comments=[("Norma Díaz", "hace 1 día", "⟪Fui alumna de una escuela de tres aulas y hoy soy médica.⟫"), ("Ariel P.", "hace 20 horas", "Que lo lean en el ministerio.")],
    footer="⟪La Gaceta Pampeana © 2026 - Registro DNDA en trámite⟫", footer_nav=AR_FOOT,
    body="""[[TEXT|Señor ministro:]]

⟦Le escribo desde una escuela que, según los papeles de su ministerio, ya no debería existir.⟧ Somos once alumnos, dos maestras y una cocinera, en un paraje a 62 kilómetros de la ruta más cercana. El informe que usted presentó en febrero nos incluye en la lista de «establecimientos de baja matrícula» que podrían fusionarse con la escuela del pueblo.

Entiendo los números. Los conozco mejor que nadie, porque los hago cada mes para justificar la leche, el gas y el transporte. Pero le pido que mire también lo que los números no cuentan.

[[H|Lo que no está en la planilla]]

No cuentan que si la escuela cierra, los chicos más chicos tendrán que viajar dos horas por camino de tierra cada día, cuando el camino está transitable. ⟦No cuentan que en los días de lluvia no pasa ni el colectivo ni la ambulancia.⟧ No cuentan que muchas familias ya avisaron que, si eso ocurre, se irán a vivir a la ciudad, y con ellas se irá el último motivo por el que este paraje sigue teniendo luz.

¿Cuánto cuesta un pueblo vacío? ¿Lo calculó alguien en su equipo?

[[AD]]

En esta escuela aprendieron a leer los padres de la mitad de mis alumnos. Aquí se vacuna, aquí se vota, aquí se reúnen los productores cuando hay que pedir un arreglo del camino. ⟦Cerrar una escuela rural no es un ajuste contable: es una decisión sobre quién puede seguir viviendo en el campo.⟧

[[H|Lo que le pido]]

No le pido más presupuesto. Le pido que venga. Que recorra los 62 kilómetros, que almuerce con los chicos y que después decida. Si después de eso sigue pensando que somos un gasto, al menos lo sabremos de frente.

⟦Lo esperamos cualquier día de la semana, salvo que llueva.⟧

[[TEXT|María Inés Lescano<br>Directora de la Escuela N.º 812, Paraje Los Algarrobos]]""",
    kind="opinion", why="open letter arguing against closing a rural school",
))

# ---------------------------------------------------------------- 5. Argentina: match chronicle "De nuestra redacción", síntesis box after the text
PAGES.append(dict(
    case="es-news-latam-partido", lang="es", html_lang="es-AR", skin="latam", domain="www.lagacetapampeana.example", site="La Gaceta Pampeana", secpath="deportes",
    url="https://www.lagacetapampeana.example/deportes/futbol/deportivo-pampa-dio-vuelta-el-partido-ante-atletico-riachuelo-nid08032026/",
    h1="Deportivo Pampa dio vuelta el partido ante Atlético Riachuelo y quedó como único líder",
    deck="Perdía 1-0 al final del primer tiempo y lo ganó 3-1 con dos goles de Matías Cardozo en el estadio Juan Domingo Bustos",
    kicker="Torneo Regional", crumbs=["Deportes", "Fútbol"], authors=None, byline_text="De nuestra redacción", byline_html="De nuestra redacción",
    ld_authors=["org:La Gaceta Pampeana"], ld_type="NewsArticle", ld_section="Deportes",
    pub="2026-03-08T21:40:00-03:00", date="8 de marzo de 2026 · 21:40",
    nav=AR_NAV, widget=AR_WIDGET, ticker=["Vóley: General Pico clasificó a semifinales"], ticker_label="AHORA",
    caption="⟪Cardozo celebra el segundo gol del Pampa ante la tribuna local.⟫ Foto: Gustavo Ledesma",
    cookie="Este sitio utiliza cookies. Al navegar, aceptás nuestra política de privacidad.", side=AR_SIDE,
    after=[("sintesis", "<h3>Síntesis</h3><p>⟪Deportivo Pampa (3): Ferreyra; Ojeda, Luna, Barrios, Sosa; Peralta⟫, Quiroga, Medina; Acosta, Cardozo, Villalba. DT: Raúl Echeverría.</p>"
            "<p>Atlético Riachuelo (1): Godoy; Páez, Benítez, Cabral, Ríos; Molina, Herrera, Juárez; Toledo, Ibarra, Núñez. DT: Omar Sallago.</p>")],
    tags=["Deportivo Pampa", "Atlético Riachuelo", "Torneo Regional"],
    related=["El fixture completo de la segunda fase", "Echeverría: «Este grupo no se rinde nunca»"],
    comments=[("Tano_Pampa", "hace 2 horas", "⟪Qué segundo tiempo, Cardozo es de otra categoría.⟫")],
    footer="La Gaceta Pampeana © 2026 - Registro DNDA en trámite", footer_nav=AR_FOOT,
    body="""⟦Deportivo Pampa sufrió durante 45 minutos y disfrutó en los otros 45.⟧ El equipo de Raúl Echeverría se impuso 3-1 a Atlético Riachuelo en el estadio Juan Domingo Bustos, ante unas 6.000 personas, y quedó solo en la punta de la Zona Sur del Torneo Regional, con 16 puntos.

El primer tiempo fue del visitante. Riachuelo presionó alto, cortó los circuitos de Medina y se puso en ventaja a los 28 minutos, cuando Toledo ganó en el área tras un córner y cabeceó al segundo palo. ⟦El local no pateó al arco en toda la primera etapa⟧ y se fue al vestuario entre silbidos.

[[READ|⟪Así quedó la tabla de posiciones del Torneo Regional⟫]]

[[H|Un cambio que cambió todo]]

Echeverría movió el banco en el entretiempo: sacó a un volante de marca e hizo entrar a Villalba como extremo por izquierda. El partido fue otro. A los 7 minutos, Villalba desbordó, tiró el centro atrás y Cardozo empató con un derechazo cruzado.

El Pampa se adueñó de la pelota y Riachuelo empezó a retroceder. A los 21, un tiro libre de Peralta pegó en el travesaño y, en el rebote, ⟦Cardozo volvió a aparecer para el 2-1 que hizo estallar la tribuna.⟧

[[AD]]

La visita intentó reaccionar con pelotazos, pero Ferreyra respondió bien en la única llegada clara, un remate de Ibarra desde afuera del área. En el final, con Riachuelo jugado en ataque, Acosta aprovechó un contragolpe y definió ante la salida de Godoy para el 3-1.

«Sabíamos que el rival iba a salir fuerte; en el segundo tiempo jugamos como sabemos», dijo Cardozo al término del partido. ⟦El próximo domingo, el líder visitará a Unión de Catriló.⟧""",
    kind="news", why="match report written by the desk",
))

# ---------------------------------------------------------------- 6. Colombia: column marked only by its URL (no label, no role, Open Graph only)
CO_NAV = ["Bogotá", "Medellín", "Colombia", "Política", "Economía", "Opinión", "Deportes", "Cultura", "Vida"]
PAGES.append(dict(
    case="es-opinion-latam-bogota", lang="es", html_lang="es-CO", skin="latam", domain="www.elobservadorandino.example", site="El Observador Andino", secpath="bogota",
    url="https://www.elobservadorandino.example/opinion/columnistas/camilo-restrepo-uribe/bogota-se-volvio-a-quedar-quieta-3315874",
    h1="Bogotá se volvió a quedar quieta",
    crumbs=["Bogotá"], authors=["Camilo Restrepo Uribe"], byline_text="Por Camilo Restrepo Uribe",
    byline_html='Por <a href="/autor/camilo-restrepo-uribe">Camilo Restrepo Uribe</a>', meta="og",
    pub="2026-03-05T06:00:00-05:00", date="5 de marzo de 2026 - 06:00 a. m.",
    nav=CO_NAV, widget="Dólar TRM $3.912,40 · Bogotá 14 °C · Pico y placa hoy: 1, 2, 3, 4 y 5",
    ticker=["Cierres viales por obras del metro en la avenida Caracas", "Registraduría abre inscripción de cédulas"], ticker_label="ÚLTIMA HORA",
    cookie="Este portal usa cookies. Al continuar, aceptas nuestra política de tratamiento de datos.",
    side=[("Lo más leído", ["⟪Así funcionará el nuevo horario de TransMilenio en Suba⟫", "Millonarios empató en El Campín", "Lluvias en Bogotá: alerta amarilla en cuatro localidades"]),
          ("Opinión", [("Columnista", "El centro de Bogotá merece otra oportunidad"), ("Editorial", "La seguridad no se arregla con anuncios")])],
    tags=["Bogotá", "Movilidad", "Metro de Bogotá"],
    related=["⟪Cuánto tarda un bogotano en llegar al trabajo⟫", "Las obras del metro en cifras"],
    comments=[("Andrés F.", "hace 4 horas", "⟪Dos horas de Soacha a Chapinero, todos los días.⟫")],
    footer="⟪© 2026 El Observador Andino S.A.S. Prohibida su reproducción.⟫", footer_nav=["Contáctenos", "Política de datos", "Términos de uso"],
    body="""⟦Los trancones de esta semana no sorprendieron a nadie en Bogotá.⟧ Cerraron dos carriles de la avenida Caracas por las obras del metro, llovió un martes a las cinco de la tarde y la ciudad entera volvió a quedarse quieta, como si alguien hubiera apretado el botón de pausa.

Llevamos años diciéndonos que es el precio de las obras, que cuando esté listo el metro todo será distinto. Ojalá. Pero mientras tanto, millones de personas pierden cada día dos o tres horas en buses y carros que no avanzan. ⟦¿De verdad no hay nada que hacer mientras llega el futuro?⟧

[[H|Lo que sí se puede hacer]]

Sí lo hay, y no es un secreto. Otras ciudades que han pasado por obras parecidas lo aprendieron a la fuerza. Hay que proteger los carriles de los buses con separadores físicos, no con pintura; hay que escalonar los horarios de entrada de colegios, universidades y oficinas públicas, y hay que cobrar, por fin, por el uso de las vías en las horas pico.

Sé que la palabra «cobro» espanta en una ciudad donde la gente ya paga demasiado. Por eso mismo conviene hacer las cuentas: ⟦cada hora perdida en un trancón también es un cobro⟧, solo que nadie lo factura y lo pagan sobre todo quienes viven más lejos.

[[AD]]

Tampoco ayuda que cada alcaldía llegue con su propio plan de movilidad y deseche el anterior. La ciudad ha tenido en veinte años cinco proyectos de metro, tres de tranvía y un número incontable de ciclorrutas que empiezan y no terminan. Menos anuncios y más continuidad: eso también es política de movilidad.

Bogotá no necesita otro estudio. Necesita decisiones impopulares tomadas a tiempo y sostenidas después del siguiente titular. ⟦Si no las tomamos ahora, el metro llegará a una ciudad que ya se acostumbró a no moverse.⟧""",
    kind="opinion", why="signed column arguing for traffic measures; only URL marks it",
))

# ---------------------------------------------------------------- 7. Peru: obituary by the desk, "Con información de EFE" inside the text
PE_NAV = ["Lima", "Perú", "Política", "Economía", "Mundo", "Opinión", "Deportes", "Cultura", "Gastronomía"]
PAGES.append(dict(
    case="es-news-latam-obituario", lang="es", html_lang="es-PE", skin="latam", domain="www.diariocostaverde.example", site="Diario Costa Verde", secpath="cultura",
    url="https://www.diariocostaverde.example/cultura/murio-teodoro-quispe-el-maestro-del-retablo-ayacuchano-a-los-84-anos-noticia/",
    h1="Murió Teodoro Quispe, el maestro del retablo ayacuchano, a los 84 años",
    deck="El artista, Premio Nacional de Cultura en 2009, falleció en Huamanga rodeado de su familia",
    kicker="Obituario", crumbs=["Cultura"], authors=None, byline_text="Redacción Costa Verde", byline_html="Redacción Costa Verde",
    ld_authors=["org:Diario Costa Verde"], ld_type="NewsArticle", ld_section="Cultura",
    pub="2026-03-15T08:40:00-05:00", date="15/03/2026 - 08:40",
    nav=PE_NAV, widget="Tipo de cambio: S/ 3,71 · Lima 26 °C",
    caption="⟪Teodoro Quispe en su taller de Santa Ana, en Huamanga, en 2018.⟫ Foto: Archivo Costa Verde",
    cookie="Utilizamos cookies propias y de terceros. Puedes aceptarlas o configurarlas.",
    side=[("Lo más leído", ["⟪Conoce el horario del Metropolitano para Semana Santa⟫", "Alianza Lima venció a Cienciano en Matute", "Sismo de 4,5 se sintió en Ica"]),
          ("Opinión", [("Columnistas", "La cultura no es un adorno"), ("Opinión", "Lo que Ayacucho le enseñó al país")])],
    tags=["Retablo ayacuchano", "Arte popular", "Ayacucho", "Obituario"],
    related=["Cinco obras para entender el retablo", "La Feria de Santa Ana vuelve en julio"],
    footer="⟪© 2026 Diario Costa Verde. Todos los derechos reservados.⟫", footer_nav=["Contacto", "Libro de reclamaciones", "Términos y condiciones"],
    body="""⟦Teodoro Quispe Huamaní, uno de los grandes maestros del retablo ayacuchano, murió este sábado en Huamanga⟧ a los 84 años, informó su familia. El artista padecía una insuficiencia cardiaca desde hacía dos años.

Nacido en 1941 en el distrito de Quinua, Quispe aprendió el oficio a los doce años en el taller de su tío, donde los retablos todavía eran cajas de madera con santos de pasta que los campesinos llevaban a las fiestas del ganado. ⟦Con el tiempo convirtió esas cajas en pequeños escenarios de la vida andina⟧: mercados, procesiones, cosechas y, desde la década de 1980, también escenas de la violencia que sacudió Ayacucho.

[[READ|⟪Ayacucho declara tres días de duelo⟫]]

Sus obras se exhibieron en Lima, Madrid, Washington y Tokio, y forman parte de las colecciones del Museo de Arte de Lima y del Museo Nacional de la Cultura Peruana. En 2009 recibió el Premio Nacional de Cultura en la categoría de Trayectoria.

[[AD]]

El Ministerio de Cultura expresó sus condolencias en un comunicado y recordó que Quispe formó a más de cuarenta aprendices en su taller del barrio de Santa Ana. ⟦«Fue un cronista con las manos», dijo el antropólogo Raúl Ccahuana⟧, que documentó su trabajo durante tres décadas.

Quispe fue también uno de los fundadores de la Asociación de Artesanos de Huamanga, que en los años noventa ayudó a decenas de familias desplazadas por la violencia a reabrir sus talleres en la ciudad. En una entrevista concedida a este diario en 2016, recordó que nunca dejó de trabajar durante los años más duros del conflicto «porque el retablo también es memoria».

Sus hijos Rosa y Elmer, también retablistas, anunciaron que mantendrán abierto el taller. El velorio se realiza en la casa familiar de Santa Ana y ⟦el entierro será el lunes en el cementerio general de Huamanga.⟧

[[CREDIT|⟪Con información de EFE⟫]]""",
    kind="news", why="obituary written as reporting by the desk",
))
