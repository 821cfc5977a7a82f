"""Spanish pages: a long interview in questions and answers with a drop-cap introduction and the second half folded
behind "Seguir leyendo"; a long travel piece with a table of contents, sections, ad slots and captioned figures."""
from parts import P, ad, also, fig, fold, lede, sec, toc

L = "es"
PAGES = []

_o, _c = fold(L, "hidden")
PAGES.append(dict(
    case="es-news-entrevistaarquitecta", lang=L, skin="magazine", domain="revistaumbral.example", site="Revista Umbral",
    url="https://revistaumbral.example/entrevistas/2026/05/carmen-solis-arquitecta-la-sombra-es-un-derecho",
    h1="Carmen Solís: “La sombra debería ser un derecho, como el agua potable”",
    deck="La arquitecta que ha rediseñado las plazas de media Andalucía para sobrevivir al calor habla de árboles, toldos y de por qué las ciudades se construyeron mirando al invierno.",
    kicker="Entrevista", reading="Lectura: 20 min",
    authors=["Lucía Ferrán"], byline_text="Por Lucía Ferrán", ld_authors=["Lucía Ferrán"], meta="ld", ld_type="NewsArticle",
    pub="2026-05-24T08:00:00+02:00", date="24 de mayo de 2026",
    nav=["Ciudad", "Arquitectura", "Clima", "Entrevistas", "Cultura", "Suscríbete"],
    cookie="⟪Utilizamos cookies propias y de terceros para analizar el uso de la web.⟫",
    related=["⟪Diez plazas que ya no queman⟫", "Los refugios climáticos, un año después", "Así se planta un árbol en una calle estrecha"],
    most=["⟪Ola de calor: qué hacer si no tienes aire acondicionado⟫", "El barrio que se quedó sin bancos"],
    comments=[("Paco R.", "⟪En mi pueblo quitaron los plátanos de la plaza hace veinte años. Todavía lo lamentamos.⟫")],
    footer="⟪Revista Umbral · Ediciones del Patio S. L. · Aviso legal · Privacidad⟫",
    footer_nav=["Aviso legal", "Privacidad", "Cookies", "Contacto"],
    body=lede("⟦Carmen Solís recibe en su estudio de Sevilla a las ocho y media de la mañana,⟧ porque a partir de las once, dice, en el barrio de la Macarena no se puede pensar. Tiene 58 años, ha diseñado o reformado más de sesenta plazas y calles en ciudades del sur de España y se ha convertido, casi sin quererlo, en una de las voces más escuchadas sobre cómo adaptar las ciudades a veranos cada vez más largos. Su último proyecto, la reforma de la plaza del Mercado de Écija, ha reducido la temperatura del suelo en agosto en casi veinte grados. Sobre la mesa, entre planos, hay una maceta con un pequeño almez.") +
    P("""**¿Por qué un almez?

Porque es el árbol que nadie quiere y que todos deberían plantar. Aguanta la sequía, tiene raíces que no levantan el pavimento, da una sombra densa y vive doscientos años. Es un árbol humilde. En las ciudades hemos plantado durante décadas árboles bonitos para las fotos y que luego no sobreviven a un verano sin riego. Yo tengo este aquí para recordarme que lo bonito no siempre es lo útil.

**Usted dice a menudo que las ciudades del sur se construyeron mirando al invierno. ¿Qué quiere decir?

Es una provocación, claro. Las ciudades históricas del sur sabían perfectamente cómo protegerse del calor: calles estrechas, patios, toldos entre fachadas, fuentes, paredes gruesas y encaladas. El problema es lo que hicimos a partir de los años sesenta. Ensanchamos calles para los coches, asfaltamos plazas, quitamos árboles porque ensuciaban o porque molestaban a los comercios, pusimos granito oscuro porque quedaba moderno. ⟦Construimos como si viviéramos en Fráncfort, y ahora lo pagamos cada agosto.⟧

**¿Cuánto se puede hacer con una plaza?

Muchísimo. En Écija medimos antes y después. Antes de la reforma, un mediodía de agosto, el suelo de la plaza llegaba a 61 grados. Era literalmente una sartén. Hoy, con árboles, un toldo de lona tensado, pavimento claro y permeable y una lámina de agua, llega a 42 en el peor punto y a 38 bajo los árboles. La temperatura del aire baja menos, tres o cuatro grados, pero lo que siente el cuerpo, lo que los técnicos llamamos temperatura radiante, cambia por completo. La gente vuelve a sentarse en la plaza a las seis de la tarde.

**¿Y por qué no se ha hecho antes?

Por muchas razones. Porque los árboles tardan en crecer y los mandatos municipales duran cuatro años. Porque una plaza dura y lisa es más barata de mantener: se barre y ya está. Porque durante mucho tiempo el calor se veía como algo que se resolvía dentro de casa, con aire acondicionado, y la calle era solo un lugar de paso. Y porque, sinceramente, los arquitectos no lo considerábamos un problema de diseño. Yo tampoco, durante mis primeros diez años de profesión.

**¿Qué le hizo cambiar?

Una señora. Estábamos inaugurando una plaza que yo había diseñado en un pueblo de Jaén, una plaza muy elegante, de piedra clara, con bancos de hormigón. Era julio. Se me acercó una mujer mayor y me dijo: “Hija, esto es muy bonito, pero aquí no se puede sentar nadie hasta que se ponga el sol”. Tenía toda la razón. Aquella plaza la diseñé para una foto, no para una abuela.""") +
    _o +
    P("""**¿Qué aprendió de aquello?

Que hay que diseñar para el peor día del año, no para el mejor. Ahora, antes de dibujar nada, paso horas en el lugar en pleno verano, a distintas horas. Miro dónde se sienta la gente, por dónde camina, dónde hay sombra a las cinco de la tarde. ⟦Los vecinos saben cosas que ningún plano te dice.⟧ Saben qué esquina recibe la brisa, qué banco se quema, dónde juegan los niños aunque haga cuarenta grados.

**Habla de la sombra como un derecho. ¿No es exagerado?

Creo que no. Pensemos en quién sufre más el calor en la calle: las personas mayores que no pueden permitirse el aire acondicionado, los niños, los trabajadores que están fuera, la gente que espera el autobús. Son precisamente los que menos capacidad tienen de elegir dónde vivir. Si en un barrio rico hay árboles grandes en todas las calles y en un barrio obrero no hay ninguno, eso no es un problema estético, es una desigualdad. El agua potable llegó a todas las casas porque decidimos que era un derecho. Con la sombra deberíamos hacer lo mismo.

**¿Hay datos que lo respalden?

Cada vez más. En varias ciudades españolas se han cruzado mapas de temperatura con mapas de renta, y la coincidencia es llamativa: los barrios más pobres suelen ser los más calientes, porque tienen menos árboles, más asfalto y edificios más densos. También hay estudios que relacionan los golpes de calor y las muertes en verano con esas islas de calor. No es una opinión. Es una cuestión de salud pública.

**¿Qué responde a quien dice que los árboles son caros de mantener?

Que más cara es una ambulancia. Y que el mantenimiento de un árbol bien elegido no es tan caro. El problema es que durante años se plantaron especies equivocadas, en alcorques diminutos, sin riego, y se murieron. Eso ha creado la idea de que los árboles en la ciudad no funcionan. Funcionan si se plantan bien: con suelo suficiente, con especies adaptadas, con un plan de riego los primeros años. Después, un almez se cuida casi solo.

**¿Y los toldos? Parecen una solución más rápida.

Lo son, y me encantan. Los toldos entre fachadas son una tradición andaluza que casi se perdió y que ahora vuelve. Se instalan en semanas, se quitan en invierno y cuestan poco. Pero no sustituyen a los árboles, porque el árbol además enfría el aire con la transpiración de las hojas. Lo ideal es combinar: toldos ya, árboles para dentro de diez años.

**¿Qué papel tiene el agua?

Uno importante, pero hay que usarla con cabeza, porque en el sur el agua es escasa. No hablo de fuentes monumentales que se evaporan en una tarde. Hablo de láminas de agua poco profundas, de pavimentos que dejan filtrar la lluvia al subsuelo, de recoger el agua de los tejados para regar los árboles. ⟦Una ciudad fresca es, sobre todo, una ciudad que no deja escapar la poca agua que le cae.⟧ En Écija, el agua de la lámina se recircula y se usa después para el riego por goteo de los alcorques.

**¿Es optimista?

A ratos. Veo alcaldes de todos los colores políticos que ahora me llaman, cosa impensable hace diez años. Veo a estudiantes de arquitectura que llegan preguntando por el clima antes que por la estética. Pero también veo plazas nuevas que se siguen haciendo con granito negro y sin un solo árbol, porque el proyecto se aprobó hace seis años y nadie se atreve a cambiarlo. ⟦Vamos tarde, eso es evidente.⟧ La pregunta es cuánto de tarde.

**Si pudiera cambiar una sola norma, ¿cuál sería?

Obligaría a que todo proyecto de espacio público incluyera una simulación de temperatura en agosto a las cinco de la tarde. Solo eso. Si el arquitecto y el concejal tuvieran que mirar ese mapa antes de aprobar una plaza, la mitad de las plazas que se hacen hoy no se harían así.

**¿Dónde se sienta usted en verano?

En la plaza de mi barrio, bajo un plátano que debe de tener cien años, a las nueve de la noche, con los vecinos. ⟦Es el mejor sitio de Sevilla, y no lo diseñó ningún arquitecto.⟧""") + _c,
    kind="news", why="long question-and-answer interview with an architect",
))

PAGES.append(dict(
    case="es-other-rutasierra", lang=L, skin="newsroom", domain="diariodelsur.example", site="Diario del Sur",
    url="https://www.diariodelsur.example/viajes/cinco-dias-por-la-sierra-de-albarda-a-pie",
    h1="Cinco días a pie por la Sierra de Albarda, de pueblo en pueblo",
    deck="Noventa kilómetros entre aldeas blancas, castaños centenarios y fondas donde todavía se cena lo que hay. Crónica y guía de una travesía sin prisa.",
    section="Viajes", kicker="Viajes",
    authors=["Álvaro Quintana"], byline_text="Texto y fotos: Álvaro Quintana", ld_authors=["Álvaro Quintana"], meta="og",
    pub="2026-10-10T09:00:00+02:00", date="10 oct 2026 - 09:00 CEST",
    nav=["Nacional", "Andalucía", "Economía", "Deportes", "Viajes", "Gastronomía"],
    cookie="⟪Este sitio usa cookies para mejorar tu experiencia. Puedes cambiar la configuración.⟫",
    related=["⟪Las diez mejores rutas de otoño por los castañares⟫", "Dónde comer en la Sierra de Albarda", "Así se prepara una mochila para varios días"],
    most=["⟪El AVE recupera el horario de invierno⟫", "La borrasca deja nieve en las cumbres", "Precio de la vivienda: récord en la costa"],
    footer="⟪Diario del Sur · Todos los derechos reservados · 2026⟫",
    footer_nav=["Aviso legal", "Privacidad", "Cookies", "Publicidad"],
    body=toc(L, [("d1", "Día 1: de Valdeloba a Cortijuela"), ("d2", "Día 2: los castañares"), ("d3", "Día 3: el puerto del Cuervo"), ("d4", "Día 4: Alcaria y sus fondas"), ("d5", "Día 5: bajada a Torrenueva"), ("info", "Información práctica")]) +
    P("""⟦Hay viajes que se cuentan por kilómetros y otros que se cuentan por pueblos.⟧ La travesía de la Sierra de Albarda pertenece claramente a los segundos: son unos noventa kilómetros repartidos en cinco etapas, pero lo que queda en la memoria no son las distancias, sino las siete aldeas que se atraviesan, cada una con su fuente, su iglesia, su bar con tres mesas y su vecino dispuesto a explicarte por dónde sigue el camino aunque no se lo hayas preguntado.

La ruta une antiguos caminos de herradura que durante siglos sirvieron para llevar el ganado, el carbón y las castañas de un valle a otro. Muchos se perdieron cuando llegaron las carreteras, y en la última década una asociación de vecinos y senderistas los ha ido recuperando tramo a tramo, limpiando zarzas y reponiendo las señales. El resultado es una de las travesías más bonitas del sur, y todavía, por suerte, una de las menos concurridas. Yo la hice a mediados de octubre, con la mochila ligera y sin reservas, durmiendo donde me pillaba la tarde.""") +
    sec("Día 1: de Valdeloba a Cortijuela", """La primera etapa empieza en la plaza de Valdeloba, junto al lavadero, y sube sin contemplaciones durante la primera hora por un camino empedrado entre olivos. Conviene tomárselo con calma: es la subida más dura del día y el cuerpo todavía no sabe lo que le espera. Arriba, en el collado, se abre la primera vista de la sierra, una sucesión de lomas que se pierden hacia el norte, y a lo lejos, diminuto, el campanario de Cortijuela.

El resto de la jornada es un paseo largo por la ladera, entre encinas y algún alcornoque, con el camino bien marcado con las señales blancas y amarillas. En total son diecisiete kilómetros. ⟦A media tarde llegué a Cortijuela, que tiene ochenta habitantes y una fonda.⟧ La fonda la lleva Remedios, que me preguntó si comía de todo antes de decirme el precio de la habitación. Cené un guiso de garbanzos con espinacas, pan del día y un vino de la tierra que sabía a barrica vieja. No había carta. Nunca la hay.""", "d1") +
    fig("La plaza de Cortijuela al atardecer. La fuente, de 1887, sigue siendo el punto de reunión del pueblo; el agua llega de un manantial a dos kilómetros monte arriba.", "Foto: Álvaro Quintana", "cortijuela") +
    ad(L, 1) +
    sec("Día 2: los castañares", """La segunda etapa es la más bonita de toda la travesía, y en otoño es difícil de superar. El camino baja desde Cortijuela hacia el valle del río Albarda y se mete en un castañar inmenso, con árboles de troncos huecos que, según me contaron, tienen más de cuatrocientos años. En octubre, el suelo está alfombrado de erizos y hojas doradas, y en los claros hay familias enteras recogiendo castañas con sacos y guantes.

Me paré a hablar con un hombre de unos setenta años, Antonio, que recogía castañas con su nieto. Me explicó que antes la castaña era el pan de la sierra, que se secaba en zarzos sobre el fuego y se molía para hacer harina, y que ahora casi todo se vende a una cooperativa que la exporta. “Los árboles son de los abuelos de los abuelos”, me dijo. ⟦“Nosotros solo los cuidamos un rato.”⟧

La etapa termina en Hoyos del Río, un pueblo a la orilla del río con un puente medieval y un único bar, que hace las veces de tienda, estanco y oficina de correos. Dormí en una casa rural con vistas al puente.""", "d2") +
    sec("Día 3: el puerto del Cuervo", """El tercer día es el más exigente: veintidós kilómetros y casi novecientos metros de desnivel para cruzar el puerto del Cuervo, el paso más alto de la ruta. La subida es larga pero constante, primero entre castaños, luego entre pinos y al final por un terreno pelado de piedra y matorral, donde el viento sopla casi siempre.

Arriba hay un refugio de piedra sin guarda, con una chimenea y cuatro literas, que puede salvar el día si el tiempo se tuerce. Yo tuve suerte: un cielo limpio y una vista que alcanzaba, al sur, hasta la línea brillante del mar. Comí allí un bocadillo, solo, sin ver a nadie en tres horas. La bajada hacia el otro valle es empinada y rompepiernas; los bastones, que había llevado sin mucha convicción, se convirtieron en mis mejores amigos.

⟦A mitad de la bajada el camino pasa junto a una majada abandonada,⟧ un conjunto de corrales y chozas de piedra donde los pastores pasaban el verano con los rebaños hasta los años setenta. Todavía se distinguen los pesebres, el horno y un pequeño aljibe. Un panel explica que en esta sierra llegó a haber más de cuarenta majadas como esta, y que en ellas se hacía un queso curado que se bajaba a los pueblos en otoño. Hoy solo queda una familia de pastores en todo el valle. Me los crucé un poco más abajo: un hombre joven, tres perros y unas doscientas cabras que se apartaron del camino con mucha más elegancia que yo.""", "d3") +
    fig("El refugio del puerto del Cuervo, a 1.640 metros. Lo reconstruyeron los vecinos de Alcaria en 2019 con piedras del antiguo corral que había en el mismo lugar.", "Foto: Álvaro Quintana", "refugio") +
    ad(L, 2) +
    sec("Día 4: Alcaria y sus fondas", """Después del esfuerzo del puerto, la cuarta etapa es casi un regalo: doce kilómetros llanos por un valle abierto de huertas y nogales, siguiendo una acequia árabe que todavía riega los bancales. Se llega a Alcaria antes de mediodía, y merece la pena, porque Alcaria es el pueblo más grande de la sierra y el que mejor se come.

Tiene dos fondas que compiten, con cortesía, desde hace medio siglo. En una se come el mejor cordero de la comarca; en la otra, unas migas con uvas que justifican por sí solas el viaje. Yo, por no ofender, comí en una y cené en la otra. ⟦Por la tarde, en la plaza, los vecinos sacan las sillas a la puerta,⟧ y es fácil acabar en una conversación que dura hasta la hora de cenar sobre la lluvia, la caza, los hijos que se fueron a la ciudad y los pocos que han vuelto.""", "d4") +
    sec("Día 5: bajada a Torrenueva", """La última etapa baja durante dieciocho kilómetros hasta Torrenueva, ya en el llano, donde termina la travesía y para el autobús. El paisaje cambia poco a poco: los castaños dejan paso a los olivos, las aldeas a los cortijos, el silencio al ruido lejano de la carretera. Es una bajada amable, un poco melancólica, como todas las despedidas.

En Torrenueva hay estación de autobuses, dos hoteles y varios bares. Después de cinco días en la sierra, el tráfico y los escaparates me parecieron excesivos, y me senté un buen rato en un banco antes de decidir qué hacer.""", "d5") +
    sec("Información práctica", """Cuándo ir: la mejor época es el otoño, de octubre a mediados de noviembre, por los colores del castañar, y la primavera, de abril a junio. En verano hace demasiado calor en las etapas bajas; en invierno puede nevar en el puerto del Cuervo.

Dónde dormir: hay fondas o casas rurales en todos los finales de etapa. Fuera de los puentes y festivos no suele hacer falta reservar, pero conviene llamar un día antes, porque algunas cierran entre semana.

Qué llevar: calzado de montaña, bastones, agua para al menos dos litros en la tercera etapa, ropa de abrigo aunque haga bueno y un mapa o la ruta descargada en el móvil. La cobertura es irregular en los valles.

⟦Y sobre todo, tiempo: la sierra no se disfruta con prisa,⟧ y los mejores momentos del viaje llegan casi siempre cuando uno se para a hablar con alguien.""", "info"),
    kind="other", why="first-person travel piece and hiking guide with practical information",
))
