"""Spanish: Colombia, Peru and Venezuela. A TV news site (floods, a "Punto de vista"), a digital
native (interview with a mayor, a guest Tribuna, a Caracas column marked only by the byline role),
a Bogotá daily (ajiaco recipe), a Caracas daily (AP copy), an Arequipa paper with a printed date
only and a sponsored piece on a Lima daily."""

PAGES = []

NC = dict(domain="www.noticiascanal7.example", site="Noticias Canal 7", lang="es", skin="tele",
          nav=["Colombia", "Bogotá", "Regiones", "Mundo", "Economía", "Deportes", "Entretenimiento", "Opinión", "Noticias Canal 7 en vivo"],
          ticker=["Ideam: alerta roja por crecientes súbitas en el Chocó", "Dólar en Colombia cierra a $3.910"],
          live_now="Noticiero del mediodía",
          rank=["Pico y placa en Bogotá para este lunes", "Resultados de la lotería de Medellín", "Así quedó la tabla de la Liga", "Día sin IVA: fechas confirmadas"],
          op=[("El invierno no es sorpresa", "Camilo Restrepo"), ("Lo que el país le debe al Chocó", "Luz Dary Palacios"), ("Una reforma sin consensos", "Andrés Gaviria")],
          schedule=["06:00 Noticias de la mañana", "12:30 Noticiero del mediodía", "19:00 Emisión central"],
          footer_nav=["Términos y condiciones", "Política de datos", "Defensor del televidente", "Contacto"],
          footer="© 2026 Noticias Canal 7. Bogotá, Colombia.")

PAGES.append(dict(NC,
    case="es-news-tele-lluvias", secpath="colombia",
    url="https://www.noticiascanal7.example/colombia/lluvias-dejan-mas-de-20-000-damnificados-en-el-choco-y-antioquia-rt/",
    h1="Lluvias dejan más de 20.000 damnificados en el Chocó y Antioquia",
    deck="La Unidad Nacional para la Gestión del Riesgo anunció ayudas humanitarias para 14 municipios.",
    crumbs=["Colombia"], label="Temporada de lluvias",
    authors=["Juliana Mosquera"], byline_text="Juliana Mosquera", byline_html='<a href="/periodistas/juliana-mosquera">Juliana Mosquera</a>',
    ld_authors=["Juliana Mosquera"], ld_type="NewsArticle",
    pub="2026-05-11T14:05:00-05:00", date='<time datetime="2026-05-11T14:05:00-05:00">Hace 3 horas</time> · Actualizado: 11/05/2026 15:20',
    mod="2026-05-11T15:20:00-05:00",
    video="Así avanzan las aguas del río Atrato en Quibdó",
    tags=["Lluvias", "UNGRD", "Chocó"],
    related=["⟪Vía Medellín-Quibdó sigue cerrada por derrumbes⟫", "Qué hacer si su casa está en zona de riesgo"],
    body="""⟦Las lluvias de las últimas dos semanas dejan más de 20.000 personas damnificadas en el Chocó y Antioquia,⟧ según el más reciente reporte de la Unidad Nacional para la Gestión del Riesgo de Desastres (UNGRD).

El departamento más afectado es el Chocó, donde el desbordamiento de los ríos Atrato y San Juan inundó barrios enteros de Quibdó, Istmina y Bojayá. En Antioquia, la emergencia se concentra en el Urabá y en municipios del Bajo Cauca.

[[REL|⟪EN VIDEO: familias en Quibdó sacan sus enseres en canoas⟫]]

⟦El director de la UNGRD, Jaime Cuesta, anunció el envío de 8.000 kits de alimentos⟧ y 3.000 kits de aseo, que llegarán por vía aérea y fluvial porque varias carreteras permanecen cerradas.

«Estamos hablando de comunidades que ya tenían necesidades antes de la lluvia, por eso la respuesta tiene que ser rápida», dijo Cuesta en entrevista con Noticias Canal 7.

[[AD]]

[[H|Alerta por crecientes]]

El Instituto de Hidrología, Meteorología y Estudios Ambientales (Ideam) mantiene alerta roja en las cuencas del Atrato y el San Juan. ⟦Los pronósticos indican que las precipitaciones continuarán al menos hasta finales de mayo.⟧

En Quibdó, la alcaldía habilitó cuatro albergues en colegios y coliseos. Los damnificados piden colchonetas, agua potable y medicamentos para niños.

[[NL|⟪Únete a nuestro canal de WhatsApp para recibir alertas⟫|Unirme]]

⟦Las autoridades recordaron que las líneas de emergencia 123 y 119 funcionan las 24 horas.⟧""",
    kind="news", why="disaster report with official figures",
))

PAGES.append(dict(NC,
    case="es-opinion-tele-puntodevista", secpath="opinion", domain="www.latinatv.example", site="Panorama Latino", meta="full",
    nav=["Perú", "Lima", "Regiones", "Política", "Economía", "Deportes", "Espectáculos", "Opinión", "Punto de vista", "Panorama en vivo"],
    ticker=["Senamhi alerta heladas en nueve regiones", "Congreso debate moción sobre el ministro de Energía"],
    live_now="Panorama Central",
    rank=["Gratificación de julio: cuándo se paga", "Feriados de julio en Perú", "Universitario gana el Apertura", "Tipo de cambio hoy en Perú"],
    op=[("Lima no aguanta otro carril", "Patricia Ugarte"), ("La minería informal y el Estado ausente", "Jorge Salinas"), ("Un Congreso de espaldas", "Raúl Valdivia")],
    schedule=["06:00 Panorama Mañana", "13:00 Panorama Mediodía", "21:00 Panorama Central"],
    footer_nav=["Política de privacidad", "Libro de reclamaciones", "Contacto"], footer="© 2026 Panorama Latino. Lima, Perú.",
    url="https://www.latinatv.example/opinion/punto-de-vista/las-heladas-llegan-cada-ano-la-respuesta-no/",
    h1="Las heladas llegan cada año; la respuesta, no",
    crumbs=["Opinión", "Punto de vista"], label="Punto de vista",
    authors=["Patricia Ugarte"], byline_text="Por Patricia Ugarte", byline_html='Por <a href="/autor/patricia-ugarte">Patricia Ugarte</a>',
    ld_authors=["Patricia Ugarte"], ld_type="OpinionNewsArticle", ld_section="Opinión",
    pub="2026-06-23T07:30:00-05:00", date="23/06/2026 07:30 h",
    video="Patricia Ugarte: el friaje en Puno",
    tags=["Heladas", "Puno", "Punto de vista"],
    related=["⟪Minsa: casos de neumonía suben 15% en el sur⟫", "Así se construye una casa caliente en el altiplano"],
    bio="Patricia Ugarte es periodista y conduce Panorama Mañana. Las opiniones son de su exclusiva responsabilidad.",
    body="""⟦Todos los años, a fines de junio, las mismas imágenes vuelven a nuestras pantallas:⟧ niños de Puno con las mejillas quemadas por el frío, alpacas muertas en la puna, madres que cuentan que ya no tienen con qué abrigar a sus hijos. Y todos los años las autoridades prometen que el próximo invierno será distinto.

No lo es. Las heladas no son una emergencia imprevisible; son un fenómeno que el Senamhi anticipa con meses de anticipación. ⟦Lo que falla no es el pronóstico, sino la voluntad de actuar a tiempo.⟧

[[REL|⟪Reparto de frazadas llega con tres semanas de retraso⟫]]

[[AD]]

Las soluciones se conocen. Las casas térmicas, con muros de adobe mejorado y un pequeño invernadero adosado, reducen las enfermedades respiratorias en las familias que las usan. ⟦El problema es que se construyen a cuentagotas,⟧ dependiendo de programas que cambian con cada ministro.

Tampoco basta con repartir frazadas en julio, cuando las neumonías ya llenaron las postas. La prevención tiene que empezar en enero, con presupuesto asegurado y metas que se puedan verificar.

Creo que el país debería medir a sus gobernantes por cuántos niños dejan de enfermarse cada invierno, y no por cuántas donaciones se fotografían entregando. ⟦Hasta que eso no cambie, la helada seguirá siendo noticia cada junio.⟧""",
    kind="opinion", why="TV presenter's Punto de vista arguing for prevention",
))

PD = dict(domain="www.pulsodigital.example", site="Pulso Digital", lang="es", skin="nativo",
          nav=["Actualidad", "Política", "Economía", "Regiones", "Medio ambiente", "Cultura", "Opinión", "Tribuna", "Podcast"],
          hot=["Paz total", "Metro de Bogotá", "Reforma a la salud"],
          rank=["Cómo consultar el Sisbén en 2026", "Salario mínimo: lo que debe saber", "Metro de Bogotá: primeras pruebas", "Clima en Medellín"],
          op=[("La paz no se decreta", "Ricardo Montoya"), ("Medellín y el arte de no aprender", "Isabel Quintero"), ("Tribuna: los colegios rurales", "Varios autores")],
          footer_nav=["Quiénes somos", "Política editorial", "Privacidad", "Contacto"],
          footer="© 2026 Pulso Digital. Medellín, Colombia.")

PAGES.append(dict(PD,
    case="es-news-nativo-entrevista", secpath="actualidad",
    url="https://www.pulsodigital.example/actualidad/entrevista-alcaldesa-de-rionegro-el-aeropuerto-nos-cambio-la-vida/",
    h1="«El aeropuerto nos cambió la vida, pero no todo para bien»: alcaldesa de Rionegro",
    deck="Catalina Zuluaga habla de vivienda, tráfico y del crecimiento desordenado del Oriente antioqueño.",
    label="Entrevista", crumbs=["Actualidad", "Regiones"],
    authors=["Andrés Felipe Muñoz"], byline_text="Andrés Felipe Muñoz", byline_html='<a href="/autores/andres-munoz">Andrés Felipe Muñoz</a>',
    ld_authors=["Andrés Felipe Muñoz"], ld_type="NewsArticle",
    pub="2026-10-17T08:00:00-05:00", date="17 de octubre de 2026 - 8:00 a. m.",
    tags=["Rionegro", "Entrevista", "Oriente antioqueño"],
    related=["⟪Precio de la vivienda en el Oriente sube 14%⟫", "Túnel de Oriente: cuántos carros pasan al día"],
    body="""⟦Rionegro pasó de ser un pueblo de fincas a una ciudad de 150.000 habitantes en menos de veinte años.⟧ Su alcaldesa, Catalina Zuluaga, recibió a Pulso Digital en su despacho para hablar de lo que ese crecimiento ha traído.

[[H|¿Cómo describe hoy a Rionegro?]]

Como una ciudad que creció más rápido que su capacidad para planear. El aeropuerto y el túnel trajeron empleo, empresas y gente nueva. ⟦Pero también trajeron un tráfico que hace diez años no existía⟧ y un precio de la tierra que expulsa a los hijos de los campesinos.

[[REL|⟪Los municipios del Oriente que más crecen⟫]]

[[H|¿Qué hace la alcaldía frente a la vivienda?]]

Estamos sacando adelante tres proyectos de vivienda de interés social en predios del municipio. Son 1.800 unidades. Sé que no alcanzan, pero es la primera vez que se construye vivienda pública a esta escala aquí.

[[AD]]

[[H|Hay quien dice que se perdió el carácter rural]]

Lo entiendo y en parte es cierto. ⟦Por eso el nuevo plan de ordenamiento protege 4.000 hectáreas de suelo agrícola.⟧ No podemos ser solo un dormitorio de Medellín ni un parque de bodegas.

[[H|¿Y el tráfico?]]

Vamos a implementar un sistema de buses eléctricos con el área metropolitana. El contrato se firma en diciembre. Pero la solución de fondo es que la gente no tenga que desplazarse tanto: que trabaje, estudie y se divierta cerca de su casa.

[[H|¿Qué le pediría al Gobierno nacional?]]

⟦Que entienda que el Oriente antioqueño no es solo un aeropuerto, sino una región con 700.000 personas.⟧""",
    kind="news", why="Q&A interview with a mayor",
))

PAGES.append(dict(PD,
    case="es-opinion-nativo-tribuna", secpath="opinion/tribuna",
    url="https://www.pulsodigital.example/opinion/tribuna/los-colegios-rurales-no-pueden-seguir-cerrando/",
    h1="Los colegios rurales no pueden seguir cerrando",
    label="Tribuna", crumbs=["Opinión", "Tribuna"],
    authors=["Marta Lucía Henao"], byline_text="Marta Lucía Henao Columnista invitada",
    byline_html='<a href="/autores/marta-henao">Marta Lucía Henao</a> <span class="role">Columnista invitada</span>',
    ld_authors=["Marta Lucía Henao"], ld_type="OpinionNewsArticle", ld_section="Tribuna",
    pub="2026-02-08T06:00:00-05:00", date="8 de febrero de 2026",
    tags=["Educación rural", "Tribuna"],
    related=["⟪Ministerio de Educación fusiona 120 sedes rurales⟫", "Maestros rurales: cuánto ganan"],
    bio="Marta Lucía Henao es docente rural en el municipio de Sonsón y magíster en educación. Las opiniones expresadas son responsabilidad de su autora.",
    body="""⟦Llevo diecinueve años enseñando en una escuela de la vereda La Aguadita, en Sonsón.⟧ Cuando empecé teníamos 43 estudiantes; hoy tenemos 11. Y desde enero nos dijeron que, si no llegamos a 15, la sede se fusionará con otra que queda a dos horas a pie.

Entiendo los números. Sostener una escuela con once niños es caro, y la población rural envejece. Pero creo que las cuentas del Ministerio dejan por fuera lo que cuesta cerrar.

[[REL|⟪Sonsón: padres bloquean vía para evitar cierre de escuela⟫]]

⟦Cuando una escuela cierra, la vereda pierde mucho más que un aula.⟧ Pierde el lugar donde se hacen las reuniones de la junta, donde vacunan a los niños, donde las mamás se enteran de los programas del Estado. Y pierde a las familias jóvenes, que se van al pueblo para que sus hijos no caminen cuatro horas diarias.

[[AD]]

Existen alternativas. Modelos como Escuela Nueva, nacidos en Colombia y copiados en medio mundo, permiten que un solo maestro atienda varios grados con buenos resultados. ⟦Lo que necesitan es apoyo: transporte escolar, conectividad y docentes formados para ese trabajo.⟧

Pido al Gobierno que suspenda las fusiones hasta evaluar, vereda por vereda, qué se pierde con cada cierre. ⟦Un país que quiere paz en el campo no puede empezar por quitarle la escuela.⟧""",
    kind="opinion", why="guest Tribuna by a teacher arguing against closures",
))

# ---------------------------------------------------------------- Caracas column: marked only by the byline role
PAGES.append(dict(
    case="es-opinion-nativo-bolivar", lang="es", skin="nativo", domain="www.efectocaracas.example", site="Efecto Caracas", secpath="economia", meta="og",
    nav=["Venezuela", "Política", "Economía", "Sucesos", "Migración", "Deportes", "Opinión", "Columnistas", "Verificado"],
    hot=["Dólar BCV", "Bonos Patria", "Vuelos Caracas"],
    ticker=["BCV fija el dólar oficial en 78,4 bolívares", "Cortes de luz programados en Zulia"],
    rank=["Dólar BCV hoy", "Cuándo pagan el bono de guerra", "Precio de la gasolina en Caracas", "Requisitos para el pasaporte venezolano"],
    op=[("El país de las dos monedas", "Leonardo Azuaje"), ("Lo que se llevó la diáspora", "Carmen Elena Rivas"), ("Un salario de papel", "Óscar Mijares")],
    footer_nav=["Quiénes somos", "Política de privacidad", "Contacto"], footer="© 2026 Efecto Caracas.",
    url="https://www.efectocaracas.example/economia/el-bolivar-que-nadie-quiere/",
    h1="El bolívar que nadie quiere",
    crumbs=["Economía"], label="Economía",
    authors=["Leonardo Azuaje"], byline_text="Leonardo Azuaje Columnista",
    byline_html='<a href="/autores/leonardo-azuaje">Leonardo Azuaje</a> <span class="role">Columnista</span>',
    pub="2026-09-04T09:00:00-04:00", date="04/09/2026",
    tags=["Bolívar", "Dolarización", "BCV"],
    related=["⟪Dolarización: el 70% de las ventas ya se hace en divisas⟫", "Cuánto vale hoy la cesta básica"],
    body="""⟦En mi barrio de Catia ya nadie pregunta cuánto cuesta algo en bolívares.⟧ El panadero, la señora de las verduras y el mototaxista cobran en dólares, y el bolívar aparece solo para dar el vuelto, cuando aparece.

Se suele decir que la dolarización informal fue una válvula de escape, y es verdad: permitió que el comercio volviera a funcionar cuando la moneda nacional se deshacía. Pero me parece un error pensar que ese arreglo puede durar para siempre.

[[REL|⟪Qué es el encaje legal y por qué frena el crédito⟫]]

⟦El problema de vivir en dos monedas es que castiga a quien cobra en la más débil.⟧ Los empleados públicos, los pensionados y buena parte de los maestros reciben bolívares que pierden valor cada semana, mientras pagan en dólares casi todo lo que consumen.

[[AD]]

Tampoco la economía puede crecer así. Sin una moneda confiable no hay crédito de largo plazo, no hay hipotecas, no hay ahorro en el sistema financiero. Las empresas invierten solo lo que pueden pagar de contado.

Defiendo que el país tenga una discusión franca: o se reconstruye la confianza en el bolívar con un banco central independiente y disciplina fiscal, o se asume una dolarización formal con todas sus reglas. ⟦Lo que no sirve es seguir fingiendo que tenemos una moneda.⟧

Mientras tanto, en Catia, el vuelto seguirá llegando en caramelos. ⟦Y eso, por pequeño que parezca, dice mucho de dónde estamos.⟧""",
    kind="opinion", why="argues for monetary choice; only byline role says columnist",
))

# ---------------------------------------------------------------- Caracas daily, AP copy
PAGES.append(dict(
    case="es-news-diario-migrantes", lang="es", skin="diario", domain="www.elnacionalvzla.example", site="El Universal de Caracas", secpath="mundo",
    nav=["Nacional", "Política", "Economía", "Sucesos", "Internacional", "Deportes", "Entretenimiento", "Opinión", "Editorial", "Columnistas"],
    ticker=["Caracas FC golea y pasa a semifinales", "Metro de Caracas extiende horario"],
    rank=["Dólar BCV hoy", "Vuelos a Bogotá: nuevas rutas", "Horario de racionamiento en Maracaibo", "Liga venezolana: resultados"],
    op=[("Los que vuelven", "Gregorio Salas"), ("Un país en la maleta", "Ana Teresa Bello"), ("Editorial: el derecho a regresar", "Editorial")],
    footer_nav=["Quiénes somos", "Términos", "Privacidad", "Contacto"], footer="© 2026 El Universal de Caracas. Todos los derechos reservados.",
    url="https://www.elnacionalvzla.example/mundo/2026/11/25/mas-migrantes-venezolanos-regresan-desde-chile-y-peru/",
    h1="Más migrantes venezolanos regresan desde Chile y Perú, según la OIM",
    crumbs=["Internacional"], label="Migración",
    authors=None, byline_text="AP", byline_html='<span class="agency">AP</span>',
    ld_authors=["org:Associated Press"], ld_type="NewsArticle",
    pub="2026-11-25T11:10:00-04:00", date="25 de noviembre de 2026 11:10 a.m.", today="Miércoles, 25 de noviembre de 2026",
    tags=["Migración", "OIM", "Chile", "Perú"],
    related=["⟪Vuelta a la Patria: cuántos vuelos quedan⟫", "Requisitos para revalidar títulos en Venezuela"],
    body="""LIMA, Perú (AP) — ⟦El número de migrantes venezolanos que regresan a su país desde Chile y Perú aumentó este año,⟧ aunque sigue siendo pequeño frente a los casi ocho millones que salieron en la última década, informó el miércoles la Organización Internacional para las Migraciones (OIM).

Según el organismo, unas 96.000 personas volvieron a Venezuela entre enero y octubre desde esos dos países, un 30% más que en el mismo periodo del año anterior. ⟦La mayoría lo hizo por tierra, en viajes de hasta diez días por Ecuador y Colombia.⟧

[[REL|⟪Migrantes denuncian cobros ilegales en la frontera⟫]]

[[AD]]

La OIM atribuye el aumento al endurecimiento de las normas migratorias en Chile, al alto costo de vida en Lima y a la reunificación familiar. ⟦Muchos de los que regresan son mujeres con hijos pequeños,⟧ señaló la representante regional del organismo en conferencia de prensa.

Yohana Carrasco, de 34 años, contó a The Associated Press que dejó Santiago después de perder su trabajo en un restaurante. «Allá pagaba la mitad del sueldo en arriendo. En Valencia por lo menos tengo a mi mamá», dijo antes de subir a un autobús en la terminal de Plaza Norte, en Lima.

Organizaciones de migrantes advirtieron que el regreso no siempre es definitivo. ⟦Una parte de quienes vuelven intenta salir de nuevo en pocos meses,⟧ señaló el informe.""",
    kind="news", why="agency copy on migration figures",
))

# ---------------------------------------------------------------- Bogotá daily, recipe (other), OG only
PAGES.append(dict(
    case="es-other-diario-ajiaco", lang="es", skin="diario", domain="www.eltiempobogota.example", site="La Jornada Capital", secpath="gastronomia", meta="og",
    nav=["Colombia", "Bogotá", "Política", "Economía", "Deportes", "Cultura", "Gastronomía", "Opinión", "Columnistas", "Editorial"],
    ticker=["TransMilenio habilita nueva ruta a Soacha", "Millonarios anuncia su nómina para la Copa"],
    rank=["Los mejores restaurantes de Usaquén", "Pico y placa en Bogotá", "Recetas con plátano maduro", "Qué hacer en Bogotá este puente"],
    op=[("Bogotá, ciudad de lluvias y olvidos", "Santiago Cárdenas"), ("El campo nos alimenta", "Adriana Rueda"), ("La cocina también es memoria", "Gloria Prieto")],
    footer_nav=["Quiénes somos", "Política de privacidad", "Suscripciones", "Contacto"], footer="© 2026 La Jornada Capital. Bogotá, Colombia.",
    url="https://www.eltiempobogota.example/gastronomia/receta-ajiaco-santafereno-paso-a-paso-2026/",
    h1="Receta de ajiaco santafereño, paso a paso",
    deck="Tres tipos de papa, pollo y guascas: así se prepara el plato más bogotano de todos.",
    crumbs=["Gastronomía", "Recetas"], label="Recetas",
    authors=["Carolina Bermúdez"], byline_text="Por Carolina Bermúdez", byline_html="Por Carolina Bermúdez",
    pub="2026-03-28T11:00:00-05:00", date="28 de marzo 2026, 11:00 a. m.", today="sábado 28 de marzo de 2026",
    hero="⟪Un ajiaco servido con alcaparras, crema y aguacate. Foto: Archivo particular⟫",
    tags=["Recetas", "Cocina colombiana", "Ajiaco"],
    related=["⟪Receta de changua: el desayuno bogotano⟫", "Cómo hacer arepas de choclo en casa"],
    body="""⟦El ajiaco es mucho más que una sopa: en Bogotá es el plato de los domingos en familia.⟧ Su secreto está en las tres papas, que se deshacen a distintos tiempos, y en las guascas, una hierba que le da su sabor inconfundible.

[[H|Ingredientes (para 6 personas)]]

[[LIST|⟦1 pechuga de pollo grande, con hueso.⟧|1 kilo de papa sabanera, 1 kilo de papa pastusa y 500 gramos de papa criolla.|3 mazorcas tiernas partidas en trozos.|1 rama de cebolla larga y 2 dientes de ajo.|Un manojo de guascas secas.|Para servir: crema de leche, alcaparras y aguacate.]]

[[AD]]

[[H|Preparación]]

[[OL|En una olla grande, cocine el pollo con la cebolla, el ajo y sal en tres litros de agua durante 40 minutos.|Retire el pollo, desmeche la carne y reserve el caldo.|⟦Agregue al caldo la papa sabanera y la pastusa en rodajas y cocine 30 minutos.⟧|Añada la papa criolla y las mazorcas; deje otros 20 minutos, hasta que la sabanera se deshaga y espese el caldo.|Incorpore las guascas y el pollo desmechado en los últimos cinco minutos.]]

[[NL|⟪Recibe nuestras recetas cada viernes en tu correo⟫|Suscribirme]]

[[H|Consejos]]

⟦Si no consigue guascas frescas, las secas funcionan igual de bien.⟧ Muchas familias sirven la crema y las alcaparras aparte para que cada quien se sirva al gusto.

⟦Acompañe el ajiaco con arroz blanco y una tajada de aguacate.⟧""",
    kind="other", why="recipe with ingredients and steps",
))

# ---------------------------------------------------------------- Arequipa regional, printed date only
PAGES.append(dict(
    case="es-news-regional-arequipa", lang="es", skin="regional", domain="www.diariodelsurperu.example", site="Diario del Sur", secpath="arequipa", meta="min", time_attr=False,
    nav=["Inicio", "Arequipa", "Sur", "Perú", "Mundo", "Economía", "Deportes", "Opinión", "Columnistas", "Edición impresa"],
    ticker=["Melgar vence y se acerca a la punta", "Sedapar anuncia corte en Cayma"],
    rank=["Corte de agua en Arequipa: zonas afectadas", "Feria del Misti: programa", "Accidente en la vía a Yura", "Clima en Arequipa"],
    op=[("El agua de Arequipa no es infinita", "César Delgado"), ("El Chili merece respeto", "Lourdes Begazo"), ("Minería y ciudad", "Víctor Apaza")],
    weather="Arequipa 21 °C",
    footer_nav=["Nosotros", "Publicidad", "Libro de reclamaciones", "Contacto"], footer="© 2026 Diario del Sur. Arequipa, Perú.",
    url="https://www.diariodelsurperu.example/arequipa/sedapar-restringe-agua-en-doce-distritos-por-bajo-nivel-de-represas/",
    h1="Sedapar restringe agua en doce distritos por bajo nivel de represas",
    crumbs=["Arequipa"], label="Arequipa",
    authors=["Milagros Chávez"], byline_text="Milagros Chávez", byline_html='<a href="/author/mchavez/">Milagros Chávez</a>',
    pub="2026-12-07T00:00:00-05:00", date="07/12/2026 14:05 hs", today="lunes, 7 diciembre, 2026",
    hero="⟪La represa El Pañe, en la parte alta de Arequipa, con bajo nivel. Foto: Diario del Sur⟫",
    tags=["Sedapar", "Agua", "Represas"],
    related=["⟪Autoridad del Agua evalúa declarar emergencia hídrica⟫", "¿Cómo almacenar agua de forma segura?"],
    body="""⟦La empresa Sedapar anunció que desde este martes restringirá el servicio de agua potable en doce distritos de Arequipa⟧ debido al bajo nivel de las represas que abastecen a la ciudad, en pleno inicio de la temporada de lluvias.

Según el cronograma publicado por la empresa, el servicio se interrumpirá entre las 22:00 y las 05:00 horas en Cerro Colorado, Cayma, Yanahuara, Paucarpata y otros ocho distritos. La medida se mantendrá al menos hasta fines de enero.

[[REL|⟪Cronograma completo de cortes de agua por distrito⟫]]

⟦El gerente de operaciones de Sedapar, Luis Alberto Cornejo, explicó que el sistema Chili Regulado está al 38% de su capacidad,⟧ el nivel más bajo para un mes de diciembre en la última década.

«Las lluvias en la parte alta se están retrasando y no podemos arriesgarnos a quedarnos sin reservas en febrero», dijo a Diario del Sur.

[[AD]]

[[H|Malestar en los vecinos]]

En Cerro Colorado, el distrito más poblado de la región, los vecinos se quejaron de que el anuncio llegó con un día de anticipación. ⟦Muchos comenzaron a llenar baldes y cilindros desde la tarde del lunes.⟧

La Autoridad Nacional del Agua evalúa declarar en emergencia hídrica a la cuenca del río Chili, lo que permitiría acelerar obras de captación.

⟦Sedapar pidió a los usuarios reportar fugas al número de emergencias 054-606060.⟧""",
    kind="news", why="local utility report with officials and residents",
))

# ---------------------------------------------------------------- Lima daily, sponsored content (other)
PAGES.append(dict(
    case="es-other-diario-patrocinado", lang="es", skin="diario", domain="www.elcomerciolima.example", site="El Heraldo de Lima", secpath="publirreportaje", meta="og",
    nav=["Política", "Economía", "Lima", "Perú", "Mundo", "Deportes", "Luces", "Opinión", "Columnistas", "Editorial"],
    ticker=["BCR mantiene la tasa de referencia", "Alianza Lima presenta a su nuevo técnico"],
    rank=["Gratificación: cuánto me toca", "Metro de Lima Línea 2: estaciones", "Tipo de cambio hoy", "Cierre de la Vía Expresa"],
    op=[("Lima y su tráfico eterno", "Rosa María Vargas"), ("El Perú que exporta", "Diego Tello"), ("Editorial: la reforma pendiente", "Editorial")],
    footer_nav=["Quiénes somos", "Libro de reclamaciones", "Privacidad", "Contacto"], footer="© 2026 El Heraldo de Lima.",
    url="https://www.elcomerciolima.example/publirreportaje/cinco-claves-para-elegir-un-seguro-de-salud-en-2026/",
    h1="Cinco claves para elegir un seguro de salud en 2026",
    crumbs=["Publirreportaje"], label="Contenido patrocinado",
    authors=None, byline_text="Contenido patrocinado por Vida Andina Seguros", byline_html='<span class="sponsor">Contenido patrocinado por Vida Andina Seguros</span>',
    pub="2026-02-16T10:00:00-05:00", date="16 de febrero de 2026", today="Lunes 16 de febrero de 2026",
    tags=["Seguros", "Salud", "Patrocinado"],
    related=["⟪EsSalud amplía horario de atención en Lima⟫", "Cuánto cuesta un parto en una clínica privada"],
    body="""⟦Elegir un seguro de salud puede parecer complicado, pero no tiene por qué serlo.⟧ Con tantas opciones en el mercado, conviene revisar algunos puntos antes de firmar. Vida Andina Seguros comparte cinco claves para tomar una buena decisión.

[[H|1. Conoce tu red de clínicas]]

⟦Antes de contratar, verifica que las clínicas cercanas a tu casa o trabajo estén en la red.⟧ De nada sirve un plan amplio si el centro más próximo queda a una hora.

[[H|2. Revisa los deducibles y copagos]]

El precio mensual es solo una parte del costo. Pregunta cuánto pagarás por cada consulta, por los exámenes y por una hospitalización.

[[AD]]

[[H|3. Lee las exclusiones]]

Las enfermedades preexistentes y algunos tratamientos pueden no estar cubiertos durante un periodo de carencia. Pide que te lo expliquen por escrito.

[[H|4. Piensa en tu familia]]

⟦Los planes familiares suelen ser más convenientes que contratar seguros individuales.⟧ Vida Andina ofrece un 15% de descuento por cada dependiente adicional.

[[H|5. Pregunta por la atención digital]]

Las teleconsultas y la entrega de medicamentos a domicilio ahorran tiempo y dinero. Hoy son un servicio básico, no un extra.

⟦Para más información, visita cualquiera de las agencias de Vida Andina Seguros en Lima y regiones.⟧""",
    kind="other", why="sponsored listicle from an insurer",
))


from common import grow  # noqa: E402
from extra import EXTRA  # noqa: E402

grow(PAGES, EXTRA)
