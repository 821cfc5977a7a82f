"""Latin America: Brazil, Argentina, Mexico, Colombia, Peru, Chile."""

PAGES = []

SUBS_PT = {"Brasil": ["Política", "Economia", "Educação", "Saúde", "Ciência"], "Economia": ["Agronegócio", "Concursos e Emprego", "Imposto de Renda", "Seu Dinheiro"],
           "Esportes": ["Futebol", "Brasileirão", "Vôlei", "Fórmula 1", "Basquete"], "Pop & Arte": ["Cinema", "Música", "Novelas", "Séries"]}
PLACES_SC = ["Blumenau", "Brusque", "Itajaí", "Gaspar", "Indaial", "Timbó", "Pomerode", "Rio do Sul", "Joinville", "Jaraguá do Sul", "Florianópolis", "São José",
             "Palhoça", "Lages", "Chapecó", "Criciúma", "Tubarão", "Balneário Camboriú", "Navegantes", "Camboriú", "Ibirama", "Ascurra", "Apiúna", "Rodeio",
             "Benedito Novo", "Doutor Pedrinho", "Luiz Alves", "Ilhota", "Penha", "Piçarras", "Guabiruba", "Botuverá"]
SERVICE_PT = ["Quem somos", "Princípios editoriais", "Fale conosco", "Anuncie", "Trabalhe conosco", "Política de privacidade", "Termos de uso", "Expediente"]

PAGES.append(dict(
    case="pt-news-portal-enchente", lang="pt", html_lang="pt-BR", skin="portal_split", domain="portalsul.example", site="Portal Sul", secpath="sc",
    url="https://portalsul.example/sc/vale-do-itajai/noticia/2026/03/09/rio-itajai-acu-passa-de-nove-metros-e-blumenau-abre-abrigos.ghtml",
    h1="Rio Itajaí-Açu passa de nove metros e Blumenau abre 14 abrigos; aulas são suspensas",
    og_title="Rio Itajaí-Açu passa de nove metros e Blumenau abre 14 abrigos; aulas são suspensas | Santa Catarina | Portal Sul",
    deck="Defesa Civil prevê pico de 10,2 metros na madrugada de terça. Mais de 2 mil pessoas deixaram suas casas em cinco cidades do Vale.",
    section="Santa Catarina", authors=["Ana Beatriz Lopes"], byline_text="Por Ana Beatriz Lopes, Portal Sul SC — Blumenau, com Reuters",
    byline_html='Por <a href="/autor/ana-beatriz-lopes/">Ana Beatriz Lopes</a>, Portal Sul SC — Blumenau, com Reuters',
    ld_authors=["Ana Beatriz Lopes", "org:Reuters"], ld_type="NewsArticle",
    pub="2026-03-09T06:12:00-03:00", ld_date="2026-03-09T09:12:00Z", meta_date="2026-03-09T09:12:00Z", mod="2026-03-09T14:40:00-03:00",
    date="09/03/2026 06h12", topdate="segunda-feira, 9 de março de 2026",
    w=dict(ad="PUBLICIDADE", also="Leia também", video="VÍDEO RECOMENDADO", follow="⟪Siga o canal do Portal Sul SC no WhatsApp⟫", rel="Atualizado há 2 horas",
           print="Imprimir", email="Enviar por e-mail", tags="Veja mais sobre", related="Veja também", comments="Comentários",
           comments_note="Os comentários são de responsabilidade exclusiva de seus autores.", most_read="Mais lidas", region="Notícias da sua região",
           breaking="AGORA", places="Cidades de SC", login="Entrar"),
    sections=["Brasil", "Economia", "Esportes", "Pop & Arte", "Santa Catarina", "Tecnologia", "Meio Ambiente", "Agro", "Turismo", "Podcasts", "Vídeos"],
    subs=SUBS_PT, places_under="Santa Catarina", places=PLACES_SC, service=SERVICE_PT,
    ticker=["Ponte entre Gaspar e Ilhota é interditada", "Mega-Sena acumula e prêmio vai a R$ 48 milhões", "Previsão do tempo para terça"],
    widget="Dólar R$ 5,41 ▲0,6% · Ibovespa 131.204 pts ▼0,4%",
    tags=["Blumenau", "chuva em SC", "enchente", "Defesa Civil", "Vale do Itajaí"],
    related=["Veja como consultar o nível do rio em tempo real", "Previsão indica chuva até quinta no litoral", "Como doar para desabrigados em Blumenau"],
    most_read=["⟪Homem é resgatado de telhado em Gaspar após 10 horas⟫", "Concurso da prefeitura de Joinville abre 300 vagas", "BR-470 tem bloqueio total em Indaial",
               "Veja a lista de escolas fechadas nesta segunda", "Chapecoense vence e segue líder do estadual"],
    footer="© Copyright 2000-2026 Portal Sul. Todos os direitos reservados.",
    body="""⟦O nível do Rio Itajaí-Açu passou dos nove metros em Blumenau às 4h desta segunda-feira (9),⟧ segundo a Defesa Civil do município, e a prefeitura abriu 14 abrigos em escolas e ginásios para receber famílias das áreas mais baixas da cidade.

A medição das 5h marcou 9,18 metros. A cota de enchente, a partir da qual ruas começam a ser alagadas, é de 8,5 metros. O órgão prevê que o pico chegue a 10,2 metros entre a meia-noite e as 3h de terça-feira (10).

[[ALSO|⟪Blumenau divulga mapa das ruas que alagam a partir de 9 metros⟫|Chuva derruba árvores e deixa 30 mil sem luz no Vale]]

⟦De acordo com a coordenadora da Defesa Civil, Marlene Hoffmann, 2.140 pessoas já deixaram suas casas⟧ em Blumenau, Gaspar, Ilhota, Indaial e Rio do Sul. A maior parte está em casas de parentes; cerca de 600 estão nos abrigos públicos.

[[AD]]

“Pedimos que quem mora nas áreas de cota até 11 metros não espere a água chegar. Saia agora, com documentos e remédios”, disse Hoffmann em entrevista coletiva na sede do órgão.

[[VIDEO|⟪Imagens aéreas mostram bairros alagados em Gaspar⟫|01:48]]

[[H|Aulas suspensas]]

A Secretaria de Educação suspendeu as aulas em toda a rede municipal nesta segunda e terça. Dezenove escolas estão sendo usadas como abrigo ou ficam em áreas de risco. A rede estadual também cancelou as aulas em oito cidades do Vale.

[[FOLLOW]]

⟦Segundo a agência Reuters, a frente fria que provocou a chuva deve perder força⟧ na quarta-feira, mas os rios do Vale costumam demorar dois a três dias para baixar depois do pico. Em 48 horas, choveu 212 milímetros na cabeceira do rio, em Rio do Sul.

[[GAL|⟪Rua XV de Novembro, no Centro de Blumenau, tomada pela água — Foto: Rafael Koch/Portal Sul⟫|Moradores retiram móveis no bairro Itoupava — Foto: Rafael Koch/Portal Sul|Voluntários organizam doações em ginásio — Foto: Divulgação/Prefeitura]]

A BR-470 tem bloqueio total no km 54, em Indaial, por causa de um deslizamento. A Polícia Rodoviária Federal orienta os motoristas a usar a SC-108 como alternativa.

[[ALSO|Quanto tempo o rio leva para baixar? Especialistas explicam]]

⟦Doações de água, roupas e produtos de higiene podem ser entregues no ginásio do Galegão,⟧ que funciona como centro de triagem das 7h às 22h.""",
    kind="news", why="regional report on a river flood and shelters",
))

PLACES_MX = ["Aguascalientes", "Baja California", "Campeche", "Chiapas", "Chihuahua", "Coahuila", "Colima", "Durango", "Guanajuato", "Guerrero", "Hidalgo", "Jalisco",
             "Estado de México", "Michoacán", "Morelos", "Nayarit", "Nuevo León", "Oaxaca", "Puebla", "Querétaro", "Quintana Roo", "San Luis Potosí", "Sinaloa",
             "Sonora", "Tabasco", "Tamaulipas", "Tlaxcala", "Veracruz", "Yucatán", "Zacatecas"]
SUBS_ES = {"Nación": ["Política", "Seguridad", "Elecciones"], "Opinión": ["Columnas", "Editoriales", "Cartas", "Caricaturas"], "Cartera": ["Finanzas", "Empresas", "Tu dinero"],
           "Deportes": ["Fútbol", "Liga MX", "Béisbol", "Box"], "Espectáculos": ["Cine", "Música", "Televisión"]}
SERVICE_ES = ["Quiénes somos", "Aviso de privacidad", "Términos y condiciones", "Contacto", "Publicidad", "Suscripciones", "Directorio"]

PAGES.append(dict(
    case="es-opinion-column-pozos", lang="es", html_lang="es-MX", skin="column", domain="elheraldodelnorte.example", site="El Heraldo del Norte", secpath="opinion",
    url="https://www.elheraldodelnorte.example/opinion/ximena-robles-carrillo/el-agua-de-monterrey-no-alcanza-para-los-pozos-de-nadie/",
    h1="El agua de Monterrey no alcanza para los pozos de nadie",
    og_title="El agua de Monterrey no alcanza para los pozos de nadie | El Heraldo del Norte",
    deck="La ciudad discute cortes por colonias mientras cientos de concesiones privadas siguen bombeando sin medidor.",
    section="Opinión", authors=["Ximena Robles Carrillo"], byline_text="Ximena Robles Carrillo",
    byline_html='<a href="/autor/ximena-robles-carrillo/">Ximena Robles Carrillo</a>', ld_authors=["Ximena Robles Carrillo"], ld_type="OpinionNewsArticle", ld_section="Columnas",
    pub="2026-03-10T01:52:00-06:00", ld_date="2026-03-10T07:52:00Z", date="10/03/2026 | 01:52", topdate="Martes 10 de marzo de 2026",
    w=dict(ad="Publicidad", also="Lee también", video="Video recomendado", follow="⟪Recibe nuestras columnas en WhatsApp: únete al canal de Opinión⟫",
           role="Columnista", print="Imprimir", more_cols="Más columnas de la autora", comments="Comentarios", most_read="Lo más visto", region="Noticias por estado",
           breaking="Último momento", places="Estados"),
    sections=["Nación", "Opinión", "Cartera", "Metrópoli", "Estados", "Mundo", "Deportes", "Espectáculos", "Cultura", "Tecnología", "Videos"],
    subs=SUBS_ES, places_under="Estados", places=PLACES_MX, service=SERVICE_ES,
    ticker=["Suspenden clases en tres municipios por ola de calor", "Peso cierra en 17.42 por dólar"],
    tags=["agua", "Monterrey", "Nuevo León", "sequía", "concesiones"],
    bio="⟪Ximena Robles Carrillo es ingeniera hidráulica y profesora en la Facultad de Ingeniería Civil.⟫ Escribe cada martes.",
    related=["Las presas no se llenan con discursos", "Tres preguntas sobre el acueducto que nadie responde", "La ciudad que tira el agua que le falta"],
    most_read=["Cierran la avenida Constitución por obras del metro", "Rayados empata en casa y pierde el liderato", "Cuánto subirá la tarifa del agua en abril",
               "Detienen a exfuncionario por contratos de pipas", "Clima en Monterrey: hasta 38 grados este fin de semana"],
    comments_html='<div class="fb-comment-sample"><p>⟪Por fin alguien lo dice con números. En mi colonia llevamos tres semanas sin agua por la tarde.⟫</p></div>',
    footer="© 2026 El Heraldo del Norte. Todos los derechos reservados. Prohibida su reproducción total o parcial.",
    body="""⟦Cada verano, Monterrey discute cómo repartir la escasez entre sus colonias.⟧ Se anuncian horarios de servicio, se mandan pipas a las zonas altas y se pide a las familias que cierren la llave al lavarse los dientes. Todo eso está bien. Pero es una conversación incompleta, porque deja fuera a quien más agua saca del subsuelo.

En el área metropolitana hay, según el propio registro federal, más de 1,900 concesiones para extraer agua de pozos. La mayoría pertenece a industrias, campos de golf, desarrollos inmobiliarios y agricultores del sur del estado. Una parte importante no tiene medidor, y otra parte lo tiene pero nadie lo lee.

[[ALSO|⟪Las presas no se llenan con discursos⟫]]

⟦Cuando el gobierno pide a una familia de Apodaca que reduzca su consumo,⟧ le está pidiendo que ahorre unos cuantos litros al día. Cuando deja sin revisar un pozo industrial que bombea sin control, está renunciando a millones de litros. La proporción es tan desigual que el mensaje de la austeridad doméstica empieza a sonar a burla.

[[VIDEO|⟪Así se ve la presa El Cuchillo a mediados de marzo⟫]]

No se trata de demonizar a la industria. Las plantas dan empleo a cientos de miles de personas y muchas han invertido en reciclar agua. Se trata de aplicar la misma regla a todos: si hay que medir y restringir el consumo de una casa, hay que medir y restringir el de cada pozo.

[[AD]]

⟦Lo que propongo es sencillo y no requiere una ley nueva.⟧ Primero, publicar en línea el volumen concesionado y el volumen extraído de cada pozo, mes con mes. Segundo, instalar medidores con transmisión remota en las concesiones más grandes, empezando por las que rebasan los 100 mil metros cúbicos al año. Tercero, suspender la renovación de cualquier título que no reporte sus lecturas.

[[FOLLOW]]

Habrá quien diga que esto ahuyenta la inversión. Al contrario: ninguna empresa seria quiere instalarse en una ciudad que puede quedarse sin agua en agosto. La certidumbre hídrica es también certidumbre económica.

⟦Mientras no sepamos cuánta agua sale de cada pozo, cualquier plan de cortes será un reparto a ciegas.⟧""",
    kind="opinion", why="signed column arguing for metering private wells",
))

PLACES_AR = ["Rosario", "Santa Fe", "Rafaela", "Venado Tuerto", "Reconquista", "Villa Gobernador Gálvez", "Funes", "Granadero Baigorria", "Capitán Bermúdez",
             "San Lorenzo", "Pérez", "Casilda", "Cañada de Gómez", "Firmat", "Esperanza", "Santo Tomé", "Roldán", "Arroyo Seco", "Villa Constitución", "San Justo",
             "Sunchales", "Gálvez", "Coronda", "Las Rosas", "Marcos Juárez", "Armstrong", "El Trébol", "Tostado"]
SUBS_AR = {"Política": ["Nacional", "Provincia", "Concejo"], "Economía": ["Dólar hoy", "Campo", "Empresas", "Inflación"], "Deportes": ["Central", "Newell's", "Básquet", "Tenis"],
           "Policiales": ["Inseguridad", "Tribunales"], "Espectáculos": ["Cine", "Música", "TV"]}

PAGES.append(dict(
    case="es-news-portal-boleto", lang="es", html_lang="es-AR", skin="portal_split", domain="diariodelplata.example", site="Diario del Plata", secpath="la-ciudad",
    url="https://www.diariodelplata.example/la-ciudad/el-boleto-de-colectivo-sube-18-desde-el-lunes-n10482211.html",
    h1="El boleto de colectivo sube 18% desde el lunes y la tarjeta sin registrar pagará casi el doble",
    og_title="El boleto de colectivo sube 18% desde el lunes y la tarjeta sin registrar pagará casi el doble - Diario del Plata",
    deck="El Concejo aprobó el nuevo cuadro tarifario con 17 votos a favor. Qué pasa con los pases de estudiantes y jubilados.",
    section="La Ciudad", authors=None, byline_text="Redacción Diario del Plata", ld_authors=["org:Diario del Plata"], ld_type="NewsArticle",
    pub="2026-03-12T11:47:00-03:00", date="12 de marzo de 2026 · 11:47", topdate="Jueves 12 de marzo de 2026",
    w=dict(ad="Publicidad", also="Lee también", video="Video", follow="⟪Sumate al canal de Diario del Plata en WhatsApp y enterate de todo⟫", rel="Hace 3 horas",
           print="Imprimir", email="Enviar", tags="Temas", related="Más noticias", comments="Comentarios", comments_note="Los comentarios publicados son de exclusiva responsabilidad de sus autores.",
           most_read="Las más leídas", region="La región", breaking="URGENTE", places="Región", login="Ingresar"),
    sections=["Política", "Economía", "La Ciudad", "La Región", "Policiales", "Deportes", "Espectáculos", "Mundo", "Opinión", "Clasificados"],
    subs=SUBS_AR, places_under="La Región", places=PLACES_AR, service=["Staff", "Contacto", "Publicidad", "Edición impresa", "Términos y condiciones", "Privacidad"],
    ticker=["Corte de luz programado en zona oeste", "Central confirmó al nuevo técnico"],
    widget="Dólar oficial $1.068 · Dólar blue $1.245 ▲1,2% · Riesgo país 612 · Merval ▼0,9%",
    tags=["boleto", "colectivos", "transporte urbano", "Concejo Municipal"],
    related=["Cuánto cuesta el taxi desde abril", "Las líneas que cambian de recorrido por obras"],
    most_read=["⟪Un tornado dañó 40 casas en el sur de la provincia⟫", "Cuándo cobran los estatales en marzo", "Newell's ya tiene rival para octavos", "El tiempo: vuelve el calor el fin de semana"],
    footer="© 2026 Diario del Plata. Propiedad intelectual en trámite.",
    body="""⟦El boleto urbano de colectivo costará $1.180 desde el lunes 16 de marzo,⟧ un 18% más que el valor actual de $1.000, luego de que el Concejo Municipal aprobara este jueves el nuevo cuadro tarifario con 17 votos a favor y 11 en contra.

La suba había sido pedida por el Ente del Transporte a fines de enero, con el argumento de que el costo del gasoil y los salarios de los choferes aumentaron más que la tarifa en los últimos seis meses.

[[AD]]

⟦Quienes viajen con la tarjeta sin registrar pagarán $2.100 por viaje,⟧ casi el doble del boleto común. La medida busca que los usuarios asocien la tarjeta a su documento, lo que permite al municipio calcular los subsidios y bloquear las tarjetas perdidas.

[[ALSO|⟪Cómo registrar la tarjeta del colectivo en cinco minutos⟫|Las líneas que cambian de recorrido por obras en el centro]]

[[H|Estudiantes y jubilados]]

El boleto educativo gratuito se mantiene para estudiantes primarios y secundarios, y el medio boleto universitario pasará a $590. Los jubilados que cobran la mínima seguirán viajando sin cargo, aunque deberán renovar el pase antes del 30 de abril.

[[VIDEO|⟪Qué dicen los usuarios en la parada de calle Córdoba⟫|00:58]]

⟦Desde la oposición cuestionaron que el aumento llegue sin mejoras en la frecuencia.⟧ “Se paga más por esperar lo mismo”, dijo la concejala Romina Esquivel, que presentó un pedido de informes sobre el cumplimiento de los horarios en las líneas del oeste.

El presidente del Ente del Transporte, Gustavo Pellegrini, respondió que la empresa municipal incorporará 22 unidades nuevas antes de julio y que las frecuencias se reforzarán en los barrios con más reclamos.

[[FOLLOW]]

El último aumento había sido en septiembre, cuando el boleto pasó de $820 a $1.000. ⟦Con este cambio, el pasaje local sigue por debajo del de otras ciudades grandes del país, según el Ente.⟧""",
    kind="news", why="local report on a bus fare increase approved by council",
))

PLACES_CO = ["Bogotá", "Medellín", "Cali", "Barranquilla", "Cartagena", "Bucaramanga", "Cúcuta", "Pereira", "Manizales", "Ibagué", "Santa Marta", "Villavicencio",
             "Pasto", "Montería", "Neiva", "Armenia", "Popayán", "Sincelejo", "Valledupar", "Tunja", "Riohacha", "Quibdó", "Florencia", "Yopal", "Leticia"]

PAGES.append(dict(
    case="es-news-portal-lluvias", lang="es", html_lang="es-CO", skin="portal_split", domain="elcorreodelvalle.example", site="El Correo del Valle", secpath="colombia",
    url="https://www.elcorreodelvalle.example/colombia/temporada-de-lluvias-deja-46-municipios-en-alerta-roja-por-deslizamientos-ZX4T7Q/",
    h1="Temporada de lluvias deja 46 municipios en alerta roja por deslizamientos",
    og_title="Temporada de lluvias deja 46 municipios en alerta roja por deslizamientos | El Correo del Valle",
    deck="Las autoridades de gestión del riesgo pidieron evacuar viviendas en laderas de cuatro departamentos.",
    section="Colombia", authors=None, byline_text="Agencia EFE", ld_authors=["org:Agencia EFE"], ld_type="NewsArticle",
    pub="2026-03-10T21:40:00-05:00", ld_date="2026-03-11T02:40:00Z", meta_date="2026-03-11T02:40:00+00:00",
    date="10 de marzo de 2026 - 9:40 p. m.", topdate="miércoles, 11 de marzo de 2026",
    w=dict(ad="PUBLICIDAD", also="Lea también:", video="Video", follow="Síganos en Google News", rel="hace 11 horas", print="Imprimir", email="Correo",
           tags="Temas relacionados", related="Más de Colombia", comments="Comentarios", comments_note="", most_read="Lo más leído", region="Regiones",
           breaking="Última hora", places="Ciudades", login="Iniciar sesión"),
    sections=["Colombia", "Política", "Economía", "Cali", "Valle", "Deportes", "Mundo", "Entretenimiento", "Opinión", "Salud"],
    subs=SUBS_ES, places_under="Colombia", places=PLACES_CO, service=SERVICE_ES,
    ticker=["⟪Cierran vía Cali-Buenaventura por caída de rocas⟫"],
    widget="Dólar $3.912 ▼0,3% · COLCAP 1.402 ▲0,5% · Petróleo Brent US$71,20",
    tags=["lluvias", "deslizamientos", "gestión del riesgo", "alerta roja"],
    related=["¿Cuándo termina la temporada de lluvias?", "Recomendaciones para viviendas en ladera"],
    most_read=["⟪América de Cali anuncia nuevo estadio para 2028⟫", "Pico y placa en Cali: así funciona esta semana", "Resultados de la lotería del Valle"],
    footer="© 2026 El Correo del Valle. Todos los derechos reservados.",
    body="""⟦Un total de 46 municipios de Colombia se encuentran en alerta roja por riesgo de deslizamientos⟧ debido a las lluvias que afectan al país desde finales de febrero, informó este martes la unidad nacional de gestión del riesgo.

Los municipios en alerta máxima están ubicados principalmente en los departamentos de Antioquia, Caldas, Risaralda y Cauca, donde el suelo ya está saturado tras tres semanas de precipitaciones por encima del promedio.

[[ALSO|⟪Vía al Pacífico completa 30 horas cerrada por derrumbe⟫]]

⟦La entidad pidió a los alcaldes evacuar de forma preventiva las viviendas ubicadas en laderas⟧ y cerca de quebradas, y recordó que los deslizamientos suelen ocurrir horas después de un aguacero fuerte, cuando la lluvia ya ha cesado.

[[AD]]

Según el balance oficial, desde el inicio de la temporada se han registrado 212 emergencias, entre deslizamientos, inundaciones y vendavales, que han dejado a unas 9.400 familias afectadas. Las autoridades reportaron además 11 personas fallecidas y cuatro desaparecidas.

[[PHOTO|⟪Socorristas remueven tierra en una vivienda afectada en Caldas. Foto: EFE/Archivo⟫]]

En Caldas, la gobernación declaró la calamidad pública en nueve municipios, lo que permite contratar de manera directa maquinaria para despejar vías y reubicar a las familias damnificadas.

⟦Los pronósticos indican que las lluvias continuarán al menos hasta mediados de abril⟧ en la región Andina y en el Pacífico, aunque con menor intensidad a partir de la próxima semana.

En Antioquia, el cierre de la vía entre Medellín y el oriente del departamento obligó a cientos de conductores a pasar la noche en sus vehículos. Las autoridades de tránsito informaron que el paso se habilitará a un solo carril en la mañana del miércoles, siempre que las lluvias lo permitan.

[[FOLLOW]]

Las autoridades recomendaron a la población revisar grietas en paredes y pisos, estar atentas a ruidos inusuales en las laderas y ⟦tener preparado un maletín de emergencia con documentos, linterna, agua y medicamentos.⟧""",
    kind="news", why="agency report on landslide alerts during rainy season",
))

PLACES_PE = ["Lima", "Arequipa", "Cusco", "Trujillo", "Chiclayo", "Piura", "Iquitos", "Huancayo", "Tacna", "Puno", "Cajamarca", "Ayacucho", "Ica", "Chimbote",
             "Huánuco", "Pucallpa", "Tarapoto", "Tumbes", "Moquegua", "Huaraz", "Abancay", "Puerto Maldonado", "Chachapoyas", "Cerro de Pasco", "Huancavelica"]

PAGES.append(dict(
    case="es-other-portal-dni", lang="es", html_lang="es-PE", skin="portal_split", domain="lapeninsula.example", site="La Península", secpath="peru",
    url="https://lapeninsula.example/peru/dni-electronico-requisitos-costo-y-como-tramitarlo-paso-a-paso-guia-noticia-2281904",
    h1="DNI electrónico: requisitos, costo y cómo tramitarlo paso a paso",
    og_title="DNI electrónico: requisitos, costo y cómo tramitarlo paso a paso | GUÍA | PERU | LA PENÍNSULA",
    deck="Te explicamos qué documentos necesitas, cuánto pagas y cuánto demora la entrega del documento con chip.",
    section="Guías", authors=["Lucía Quispe Huamán"], byline_text="Lucía Quispe Huamán", ld_authors=["Lucía Quispe Huamán"], ld_type="Article",
    pub="2026-03-03T18:30:00-05:00", ld_pub=False, ld_extra={"dateModified": "2026-03-04T10:15:00-05:00"},
    date="Publicado: 03/03/2026 18:30 | Actualizado: 04/03/2026 10:15", topdate="Miércoles, 4 de marzo de 2026",
    w=dict(ad="PUBLICIDAD", also="LEE TAMBIÉN:", video="VIDEO RECOMENDADO", follow="⟪¡Síguenos en nuestro canal de WhatsApp y entérate de lo último!⟫", rel="",
           print="Imprimir", email="Enviar", tags="Tags relacionados", related="Más guías", comments="Comentarios", comments_note="", most_read="Lo más visto", region="Regiones",
           breaking="ÚLTIMO MINUTO", places="Regiones", login="Mi cuenta"),
    sections=["Perú", "Política", "Economía", "Mundo", "Deportes", "Luces", "Tecnología", "Guías", "Viú", "Somos"],
    subs=SUBS_ES, places_under="Perú", places=PLACES_PE, service=SERVICE_ES,
    ticker=["Tipo de cambio hoy: dólar cierra en S/ 3,71"],
    tags=["DNI electrónico", "trámites", "guía", "documentos"],
    related=["Cómo sacar el pasaporte electrónico en 2026", "¿Perdiste tu DNI? Así lo recuperas"],
    most_read=["⟪Alianza Lima presenta a su nuevo arquero⟫", "Gratificación: cuándo se paga y cuánto te corresponde", "Horóscopo de hoy"],
    footer="© 2026 La Península. Todos los derechos reservados.",
    body="""⟦El DNI electrónico es la versión con chip del documento de identidad⟧ y permite firmar documentos digitales y hacer trámites en línea sin ir a una oficina. A continuación te explicamos cómo obtenerlo, qué necesitas y cuánto cuesta.

[[H|¿Quiénes pueden tramitarlo?]]

Cualquier ciudadano mayor de edad con un DNI vigente o vencido puede pedir el cambio al formato electrónico. Los menores de edad también pueden tenerlo, pero el trámite debe hacerlo uno de sus padres o su tutor, con su propio documento.

[[ALSO|⟪Cómo sacar el pasaporte electrónico en 2026: requisitos y citas⟫]]

[[H|Requisitos]]

⟦Para solicitarlo solo necesitas presentar tu DNI actual y el comprobante de pago.⟧ Si tu documento está deteriorado o lo perdiste, debes llevar además una denuncia policial o declaración jurada, según el caso. No se necesitan fotos: la captura de imagen y huellas se hace en la misma oficina.

[[AD]]

[[H|Costo]]

La tasa para adultos es de S/ 41 y para menores de edad, de S/ 31. El pago puede hacerse en agencias bancarias, por aplicación móvil o con tarjeta en la plataforma de pagos del Estado. Guarda el número de operación: te lo pedirán en la ventanilla.

[[VIDEO|⟪Así puedes activar la firma digital de tu DNI desde casa⟫|03:05]]

[[H|Paso a paso]]

⟦Primero, reserva una cita en la web de la entidad eligiendo la oficina más cercana.⟧ Segundo, acude el día indicado con tu documento y el comprobante. Tercero, en la ventanilla te tomarán la foto, las huellas y la firma. Cuarto, recibirás un código para seguir el estado de tu trámite en línea.

[[FOLLOW]]

[[H|¿Cuánto demora?]]

En Lima, la entrega suele tardar entre 7 y 15 días hábiles; en provincias, hasta 25 días. Cuando el documento esté listo recibirás un mensaje de texto. ⟦Al recogerlo, te entregarán también las claves para usar la firma digital, que debes guardar en un lugar seguro.⟧""",
    kind="other", why="how-to guide for getting an electronic ID card",
))

PAGES.append(dict(
    case="es-opinion-table-desaladora", lang="es", html_lang="es-CL", skin="old_table", layout="table", domain="diarioelnorte.example", site="Diario El Norte",
    url="https://www.diarioelnorte.example/noticia.php?id=98231&seccion=opinion",
    h1="La desalación no puede esperar a la próxima sequía",
    og_title="La desalación no puede esperar a la próxima sequía :: Diario El Norte",
    deck="Columna de opinión", section="Opinión · Columnistas",
    authors=["Rodrigo Fuenzalida Ortúzar"], byline_text="Por Rodrigo Fuenzalida Ortúzar, académico de la Escuela de Ingeniería",
    ld=False, meta_pub=False, pub="2026-03-09T00:05:00-03:00", date="Lunes 9 de Marzo de 2026",
    topdate="Coquimbo, lunes 9 de marzo de 2026",
    w=dict(ad="Publicidad", also="Lea también:", follow="Siga a Diario El Norte en Facebook e Instagram", print="Imprimir", email="Enviar a un amigo",
           comments="Comentarios (3)", most_read="Lo más leído", breaking="Último minuto:"),
    sections=["Portada", "Región", "País", "Economía", "Minería", "Deportes", "Opinión", "Cultura", "Policial", "Servicios", "Obituarios", "Avisos"],
    places=["La Serena", "Coquimbo", "Ovalle", "Vicuña", "Andacollo", "Illapel", "Los Vilos", "Salamanca", "Combarbalá", "Monte Patria", "Punitaqui", "Río Hurtado",
            "Paihuano", "La Higuera", "Canela", "Copiapó", "Vallenar", "Caldera", "Chañaral", "Huasco", "Freirina", "Tierra Amarilla", "Diego de Almagro", "Alto del Carmen"],
    ticker=["Corte de agua en sector La Florida", "Feria costumbrista este fin de semana"],
    tags=["agua", "desalación", "sequía", "región de Coquimbo"],
    most_read=["⟪Choque en Ruta 5 deja tres lesionados en Los Vilos⟫", "Deportes La Serena cae en casa", "Cuándo se paga el bono de marzo"],
    comments_html='<p class="coment">⟪Muy de acuerdo, pero ¿quién paga la planta? Siempre terminamos pagando los mismos.⟫</p>',
    footer="⟪Diario El Norte - Todos los derechos reservados - Prohibida su reproducción sin autorización⟫",
    body="""⟦Cada vez que llueve un par de días en la región, la discusión sobre el agua desaparece de los titulares.⟧ Los embalses suben unos centímetros, las autoridades respiran y los proyectos que parecían urgentes en diciembre vuelven al cajón. Es un ciclo que conocemos bien y que nos está costando caro.

La región lleva más de una década con déficit de precipitaciones. Los acuíferos del valle bajan año a año, y varias localidades rurales dependen de camiones aljibe durante buena parte del verano. No es una emergencia pasajera: es el clima que vamos a tener.

[[ALSO|⟪Embalse La Paloma sube al 18% tras lluvias de febrero⟫]]

⟦La planta desaladora para el consumo humano de La Serena y Coquimbo lleva seis años en estudio.⟧ Se han hecho tres licitaciones de ingeniería, dos consultas ciudadanas y un cambio de ubicación. Mientras tanto, el costo estimado ha subido casi un cuarenta por ciento.

[[SPLIT]]

Entiendo las dudas. La desalación consume energía, produce salmuera y exige cuidar el ecosistema marino. Pero esos problemas tienen respuestas técnicas conocidas: difusores que dispersan la salmuera, contratos de energía renovable, monitoreo independiente. ⟦Lo que no tiene respuesta técnica es la falta de decisión.⟧

[[PHOTO|⟪Vista del embalse Puclaro en enero. Foto: Archivo Diario El Norte⟫]]

Propongo tres cosas concretas. Que el Estado fije este año un plazo firme para adjudicar la obra. Que la operación quede a cargo de una empresa sanitaria con metas públicas de precio y calidad. Y que una parte del agua desalada se destine a liberar agua dulce para la agricultura familiar del valle.

Nada de esto es imposible. Otras regiones del norte ya tienen plantas funcionando y han aprendido, con errores, a operarlas. Podemos aprovechar esa experiencia en vez de empezar de cero.

⟦La próxima sequía no va a esperar a que terminemos de discutir.⟧""",
    kind="opinion", why="signed opinion column urging a desalination plant",
))

PLACES_SP = ["São Paulo", "Campinas", "Santos", "Sorocaba", "Ribeirão Preto", "São José dos Campos", "Guarulhos", "Osasco", "Santo André", "São Bernardo do Campo",
             "Jundiaí", "Piracicaba", "Bauru", "Marília", "Presidente Prudente", "Araraquara", "São Carlos", "Franca", "Limeira", "Taubaté", "Mogi das Cruzes",
             "Diadema", "Barueri", "Itu", "Americana", "Rio Claro"]

PAGES.append(dict(
    case="pt-opinion-column-tarifazero", lang="pt", html_lang="pt-BR", skin="column", domain="folhadoplanalto.example", site="Folha do Planalto", secpath="colunas",
    url="https://www1.folhadoplanalto.example/colunas/marcelo-tavares/2026/03/tarifa-zero-nao-e-esmola-e-politica-de-emprego.shtml",
    h1="Tarifa zero não é esmola, é política de emprego",
    og_title="Tarifa zero não é esmola, é política de emprego - 09/03/2026 - Marcelo Tavares - Folha do Planalto",
    deck="Cidades que deixaram de cobrar a passagem viram mais gente procurando trabalho, não menos.",
    section="Colunas e Blogs", authors=["Marcelo Tavares"], byline_text="Marcelo Tavares",
    byline_html='<a href="/colunas/marcelo-tavares/">Marcelo Tavares</a>', ld_authors=["Marcelo Tavares"], ld_type="OpinionNewsArticle",
    pub="2026-03-09T05:00:00-03:00", date="9.mar.2026 às 5h00", topdate="segunda-feira, 9 de março de 2026",
    w=dict(ad="PUBLICIDADE", also="Leia também", video="Vídeo recomendado", follow="⟪Receba a coluna por e-mail: assine a newsletter do colunista⟫",
           role="Economista, professor da Universidade Estadual e colunista", print="Imprimir", more_cols="Mais colunas de Marcelo Tavares", comments="Comentários",
           most_read="Mais lidas", region="Cidades", breaking="AGORA", places="Interior"),
    sections=["Poder", "Mercado", "Mundo", "Cotidiano", "Esporte", "Ilustrada", "Colunas e Blogs", "Opinião", "Ciência", "Equilíbrio e Saúde"],
    subs=SUBS_PT, places_under="Cotidiano", places=PLACES_SP, service=SERVICE_PT,
    ticker=["⟪Metrô anuncia greve para quinta-feira⟫"],
    tags=["transporte público", "tarifa zero", "mobilidade urbana", "emprego"],
    bio="⟪Marcelo Tavares é economista e professor de economia urbana. Escreve às segundas.⟫",
    related=["O custo invisível dos congestionamentos", "Por que o ônibus perdeu passageiros", "A cidade que cabe na bicicleta"],
    most_read=["Governo anuncia novo salário mínimo regional", "Chuva forte alaga marginais nesta segunda", "Palmeiras vence e encosta no líder"],
    comments_html='<div class="comment"><p>⟪Em Caieiras funciona há dois anos e o centro voltou a ter movimento.⟫</p></div>',
    footer="Copyright Folha do Planalto. Todos os direitos reservados.",
    body="""⟦Sempre que alguma cidade anuncia tarifa zero no ônibus, aparece quem chame a medida de populismo.⟧ A passagem gratuita seria um presente caro, pago pelo contribuinte, para gente que poderia pagar. O argumento é intuitivo, mas ignora o que acontece no mercado de trabalho quando a passagem deixa de existir.

Para quem ganha um salário mínimo, duas passagens por dia podem consumir mais de 15% da renda. Para quem está desempregado, o custo é ainda mais cruel: cada entrevista de emprego, cada ida ao posto de atendimento, cada curso gratuito do outro lado da cidade custa dinheiro que a pessoa não tem.

[[ALSO|⟪O custo invisível dos congestionamentos⟫]]

⟦Estudos sobre as cidades médias que adotaram a gratuidade mostram um padrão consistente.⟧ O número de viagens cresce entre 40% e 70% no primeiro ano, e boa parte desse aumento vem de deslocamentos fora do horário de pico: procura de emprego, consultas médicas, compras no comércio local.

[[VIDEO|⟪Como funciona o ônibus gratuito em uma cidade do interior⟫]]

O comércio do centro também ganha. Lojistas que temiam a medida passaram a defendê-la, porque o movimento nas ruas aumentou. O dinheiro que antes ia para a catraca passa a circular em outros lugares.

[[AD]]

É claro que a conta precisa fechar. A tarifa zero exige uma fonte estável de financiamento, que pode vir de uma taxa sobre grandes empregadores, como já acontece com o vale-transporte, ou da cobrança pelo uso do espaço viário por carros. ⟦O que não faz sentido é tratar o ônibus como um serviço que deve se pagar sozinho,⟧ quando nenhuma rua, ponte ou viaduto é avaliado dessa forma.

[[FOLLOW]]

⟦Gratuidade no transporte não é esmola: é um jeito barato de colocar gente de volta no mercado de trabalho.⟧""",
    kind="opinion", why="signed column arguing for fare-free buses",
))
