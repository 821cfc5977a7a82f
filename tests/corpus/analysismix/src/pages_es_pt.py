"""Spanish and Portuguese pages: an analysis labelled «Análisis», a fact check («Verificación») with a verdict, a Brazilian
Q&A interview with a minister, a declared opinion column on housing and a Lisbon commentary that declares nothing."""

PAGES = []

NAV_ES = ["Portada", "España", "Internacional", "Economía", "Opinión", "Sociedad", "Cultura", "Deportes"]

# ---------------------------------------------------------------- «Análisis», neutral register
PAGES.append(dict(
    case="es-news-analisisalimentos", lang="es", skin="zeitung", domain="diariodelsur.example", site="Diario del Sur",
    url="https://www.diariodelsur.example/economia/2026-04-15/por-que-no-baja-el-precio-de-los-alimentos.html",
    h1="¿Por qué no baja el precio de los alimentos si la inflación ya se ha moderado?",
    deck="La cesta de la compra sigue un 28% más cara que en 2021. Costes, márgenes y clima explican una bajada que no llega.",
    kicker="Análisis", authors=["Lucía Ferrer"], byline_text="Lucía Ferrer, corresponsal de Economía", crumbs=["Economía"],
    ld_type="AnalysisNewsArticle", ld_authors=["Lucía Ferrer"], ld_section="Economía", meta_section="Economía",
    pub="2026-04-15T06:00:00+02:00", date="15 abr 2026 - 06:00 CEST", nav=NAV_ES,
    cookie="⟪Utilizamos cookies propias y de terceros para mejorar nuestros servicios.⟫",
    caption="⟪Un cliente compara precios en un supermercado de Sevilla.⟫ Foto: Diario del Sur",
    most=["⟪Cortes en la línea de Cercanías de Málaga hasta el lunes⟫", "La Junta amplía las becas de comedor", "El Betis cierra la contratación de un lateral"],
    op_box=("Opinión", [("Columna", "⟪Los supermercados nos toman el pelo⟫"), ("Editorial", "Un IVA que ya no tiene sentido")]),
    related=["El IPC se modera al 2,1% en marzo", "El Gobierno descarta prorrogar la rebaja del IVA"],
    footer="⟪© Ediciones del Sur S.L. Todos los derechos reservados.⟫",
    body="""<p>⟦La inflación general en España se situó en marzo en el 2,1%, muy lejos del 10,8% de julio de 2022.⟧ Sin embargo, la percepción en las cajas de los supermercados es otra: el índice de alimentos sigue subiendo por encima del general y la cesta básica cuesta hoy un 28% más que a comienzos de 2021, según el Instituto Nacional de Estadística.</p>
<p>La explicación no es única. Los economistas consultados por este periódico coinciden en señalar tres factores que se solapan.</p>
<h2>Costes que no vuelven atrás</h2>
<p>⟦El primero es que una bajada de la inflación no significa una bajada de precios⟧, sino que estos suben más despacio. Los costes de la energía, los fertilizantes y el transporte se dispararon en 2022 y, aunque se han moderado, no han regresado al punto de partida. Los salarios del sector, además, han subido alrededor de un 14% desde entonces.</p>
<h2>El clima</h2>
<p>El segundo factor es la sequía. El aceite de oliva, que llegó a triplicar su precio, ha bajado con la buena cosecha de este año, pero otros productos como la fruta de hueso o el arroz siguen afectados por campañas cortas. “El campo no recupera en un año lo que pierde en tres”, resume Manuel Ortega, portavoz de la organización agraria Unión Rural.</p>
<h2>Los márgenes, en discusión</h2>
<p>El tercer elemento es el más polémico. ⟦Las asociaciones de consumidores sostienen que la distribución ha ampliado sus márgenes⟧. “Los supermercados deberían explicar por qué sus beneficios crecen más que sus ventas”, afirmó Ana Belén Ruiz, de la asociación Consumo Claro. La patronal del sector lo niega: según sus datos, el margen neto medio se mantiene en torno al 3%. Un informe del Banco de España publicado en febrero concluyó que los márgenes aumentaron en algunos eslabones de la cadena en 2023, pero que la mayor parte del alza se explica por los costes.</p>
<h2>Qué puede pasar</h2>
<p>El Gobierno mantiene el IVA reducido para algunos alimentos hasta junio y ha descartado por ahora nuevas ayudas. La Comisión Nacional de los Mercados y la Competencia ha abierto un estudio sobre la formación de precios en la cadena alimentaria, cuyas conclusiones se esperan en otoño.</p>
<p>⟦Los analistas prevén que los precios de los alimentos se estabilicen en la segunda mitad del año⟧, aunque advierten de que una nueva sequía cambiaría el escenario. ⟦Una estabilización, en todo caso, no devolverá la cesta a los precios de 2021.⟧</p>""",
    kind="news", why="«Análisis» label; explains causes, opinions only attributed",
))

# ---------------------------------------------------------------- «Verificación» with a verdict; Open Graph only
PAGES.append(dict(
    case="es-news-verificacionlistas", lang="es", skin="wpnews", domain="comprobado.example", site="Comprobado",
    url="https://comprobado.example/verificacion/2026/02/lista-espera-quirurgica-record/",
    h1="¿Tiene la región la peor lista de espera quirúrgica de España? Lo verificamos",
    kicker="Verificación", authors=["Marta Salcedo"], byline_text="Marta Salcedo", byline_html='Por <a href="/autora/marta-salcedo/">Marta Salcedo</a>',
    meta="og", pub="2026-02-12T13:15:00+01:00", date="12 febrero, 2026", strip="jueves, 12 de febrero de 2026",
    nav=["Inicio", "Verificaciones", "Explicadores", "Bulos", "Opinión", "Quiénes somos"],
    cookie="⟪Este sitio web utiliza cookies para que usted tenga la mejor experiencia de usuario.⟫",
    most=["⟪No, el Gobierno no va a cobrar por usar las autovías en 2026⟫", "Qué sabemos del apagón del martes", "La foto del puerto es de 2019"],
    op_box=("Opinión", [("Tribuna", "⟪La sanidad pública no aguanta más parches⟫"), ("Columna", "El dato y el relato")]),
    related=["Cómo se mide una lista de espera", "¿Cuántos médicos faltan? Lo que dicen los datos"],
    comments=[("Jorge M.", "12 febrero, 2026", "⟪Mi madre lleva nueve meses esperando una prótesis.⟫")],
    footer="⟪Comprobado es un medio de verificación independiente. © 2026⟫",
    body="""<p>⟦El portavoz de sanidad de la oposición en el parlamento autonómico, Eduardo Lanza, afirmó el martes⟧ durante un pleno que la comunidad tiene “la peor lista de espera quirúrgica de toda España, con diferencia”. La frase se ha difundido en redes sociales con un gráfico sin fuente.</p>
<p>Hemos comprobado la afirmación con los datos oficiales del Sistema de Información sobre Listas de Espera del Ministerio de Sanidad, publicados el mes pasado y referidos a junio de 2025.</p>
<h2>Qué dicen los datos</h2>
<p>⟦La comunidad registra un tiempo medio de espera para una operación no urgente de 148 días.⟧ Es una cifra alta: la media nacional es de 121 días. Pero no es la peor. Dos comunidades superan ese tiempo, con 171 y 162 días, según la misma estadística.</p>
<p>Si se mide el número de pacientes en espera por cada mil habitantes, el segundo indicador que publica el ministerio, la comunidad ocupa el quinto lugar, con 17,4 pacientes por cada mil.</p>
<p>Preguntado por este medio, el equipo de Lanza señaló que se refería a la espera de más de seis meses. ⟦En ese indicador, el porcentaje de pacientes que esperan más de 180 días, la comunidad sí es la última⟧: un 31% de los pacientes, frente al 20% de media.</p>
<h2>La respuesta del Gobierno regional</h2>
<p>La consejería de Sanidad calificó la afirmación de “bulo interesado” y recordó que la lista se ha reducido un 6% en el último año. Ese dato es correcto, aunque la reducción es menor que la media nacional, del 9%.</p>
<p>El gráfico que circula en redes procede de una presentación de un sindicato médico de 2024 y mezcla datos de distintos años, por lo que no permite comparar comunidades.</p>
<h2>Cómo lo hemos verificado</h2>
<p>Hemos consultado la serie completa del Ministerio de Sanidad, el portal de transparencia de la consejería y a dos investigadores en gestión sanitaria, que confirmaron la lectura de los indicadores.</p>
<div class="verdict"><p><strong>Veredicto: Engañoso.</strong> ⟦La comunidad no tiene la lista de espera más larga de España en tiempo medio⟧, pero sí el mayor porcentaje de pacientes que esperan más de seis meses.</p></div>
<p>¿Has visto un dato que quieres que verifiquemos? Escríbenos por WhatsApp.</p>""",
    kind="news", why="fact check («Verificación») with a verdict; claims quoted",
))

# ---------------------------------------------------------------- declared column: Opinión kicker, /opinion/ URL, OpinionNewsArticle
PAGES.append(dict(
    case="es-opinion-alquilerjoven", lang="es", skin="story", domain="diariodelsur.example", site="Diario del Sur",
    url="https://www.diariodelsur.example/opinion/2026-05-06/el-alquiler-se-ha-comido-a-una-generacion.html",
    h1="El alquiler se ha comido a una generación",
    kicker="Opinión", authors=["Carmen Ibáñez"], byline_text="Carmen Ibáñez, Columnista",
    byline_html='<a href="/autores/carmen-ibanez/">Carmen Ibáñez</a> <span class="role">Columnista</span>',
    ld_type="OpinionNewsArticle", ld_authors=["Carmen Ibáñez"], ld_section="Opinión", meta_section="Opinión",
    pub="2026-05-06T00:01:00+02:00", date="06 may 2026", strip="miércoles, 6 de mayo de 2026", nav=NAV_ES,
    cookie="⟪Utilizamos cookies propias y de terceros para mejorar nuestros servicios.⟫",
    most=["⟪Detenido en Cádiz un grupo dedicado al robo de motores náuticos⟫", "El Ayuntamiento licita el nuevo carril bici", "Concierto gratuito en la Alameda"],
    op_box=("Más opinión", [("Editorial", "⟪La vivienda no puede esperar otra legislatura⟫"), ("Tribuna", "Por qué el control de precios no funciona")]),
    related=["El precio del alquiler sube un 11% en un año", "Solo el 16% de los menores de 30 vive emancipado"],
    comments=[("Raquel_83", "06 may 2026", "⟪Tengo 36 años y comparto piso. Gracias por escribirlo.⟫"), ("Andrés", "06 may 2026", "Menos quejas y más construir vivienda.")],
    footer="⟪© Ediciones del Sur S.L. Todos los derechos reservados.⟫",
    body="""<p>⟦Mi sobrina tiene treinta y un años, dos carreras y un contrato indefinido.⟧ Comparte un piso de tres habitaciones con dos desconocidos y paga por el suyo, de nueve metros cuadrados, 520 euros al mes. Cuando le pregunto si piensa tener hijos se ríe, y no es una risa alegre.</p>
<p>No escribo esto para contar una desgracia familiar. La suya es la historia corriente de una generación entera, y precisamente por eso me parece tan grave. Nos hemos acostumbrado a que la gente joven de este país viva como estudiantes hasta los cuarenta, y lo llamamos mercado.</p>
<p>⟦Creo que hemos fallado, y no sólo los gobiernos.⟧ Hemos fallado quienes compramos nuestra casa cuando costaba cuatro años de sueldo y ahora miramos con desconfianza cualquier medida que pueda rebajar el valor de lo que tenemos. Hemos fallado quienes alquilamos el piso de la abuela a turistas porque renta el doble, sin pensar demasiado en quién no lo va a poder alquilar.</p>
<p>Las soluciones no son un misterio. Hace falta vivienda pública en alquiler, y no unas pocas promociones para la foto: un parque que se acerque al 15% que tienen los países que lo hicieron bien. Hace falta limitar de verdad los pisos turísticos en los barrios que ya no son barrios. Y hace falta que el suelo público deje de venderse al mejor postor.</p>
<p>⟦Me dirán que todo eso cuesta dinero y tarda años. Es verdad.⟧ Pero lo que cuesta no hacerlo también se puede medir: en hijos que no nacen, en talento que se marcha a Berlín o a Dublín, en padres que a los setenta siguen pagando el alquiler de sus hijos de cuarenta.</p>
<p>Hay algo profundamente injusto en un país que exige a sus jóvenes que se esfuercen y luego les niega lo más básico que da ese esfuerzo: una puerta que cerrar. Hemos convertido la vivienda en una inversión, y las inversiones, por definición, tienen que subir.</p>
<p>No pido milagros. Pido que dejemos de fingir que esto se arreglará solo. ⟦Quienes ya tenemos casa deberíamos ser los primeros en exigirlo.⟧</p>
<p>⟦Mi sobrina se merece algo mejor que una habitación de nueve metros. Y la suya, también.⟧</p>""",
    kind="opinion", why="columnist’s first-person argument under «Opinión», OpinionNewsArticle",
))

# ---------------------------------------------------------------- Brazilian Q&A interview («Entrevista»)
PAGES.append(dict(
    case="pt-news-entrevistaministra", lang="pt", skin="portal", domain="jornaldoplanalto.example", site="Jornal do Planalto",
    url="https://www.jornaldoplanalto.example/politica/2026/06/entrevista-ministra-helena-prado-reforma-tributaria.shtml",
    h1="‘Quem ganha mais tem que pagar mais, e ponto’, diz ministra Helena Prado",
    deck="Titular do Planejamento defende a taxação de altas rendas, critica o Congresso e diz que não vai recuar.",
    kicker="Entrevista", authors=["Rafael Duarte"], byline_text="Rafael Duarte, de Brasília",
    byline_html='<a href="/autor/rafael-duarte">Rafael Duarte</a>, de Brasília',
    ld_type="NewsArticle", ld_authors=["Rafael Duarte"], ld_section="Política",
    pub="2026-06-14T05:00:00-03:00", date="14.jun.2026 às 5h00", nav=["Início", "Política", "Economia", "Mundo", "Opinião", "Cotidiano", "Esporte", "Ilustrada"],
    cookie="⟪Usamos cookies para melhorar sua experiência. Ao continuar, você concorda com a nossa política.⟫",
    caption="⟪A ministra Helena Prado em seu gabinete, em Brasília.⟫ Foto: Jornal do Planalto",
    most=["⟪Chuva forte deixa 12 bairros sem energia em Goiânia⟫", "STF retoma julgamento sobre aplicativos", "Flamengo vence e assume a liderança"],
    op_box=("Opinião", [("Editorial", "⟪A reforma que o país adia há trinta anos⟫"), ("Coluna", "Taxar os ricos é fácil no discurso")]),
    related=["Câmara adia votação do imposto sobre altas rendas", "Entenda a proposta de reforma do IR"],
    newsletter="Receba as principais notícias de política toda manhã.",
    footer="⟪Copyright Jornal do Planalto. Todos os direitos reservados.⟫",
    body="""<p>⟦A ministra do Planejamento, Helena Prado, 54, afirma que não aceitará retirar do projeto de reforma do Imposto de Renda⟧ a alíquota mínima para quem ganha mais de R$ 50 mil por mês. Em entrevista ao Jornal do Planalto na sexta-feira (12), ela criticou líderes do Congresso e disse que o governo “não vai negociar com a planilha dos mais ricos”.</p>
<p class="qa-q">O relator disse que o texto só passa se a alíquota mínima cair. A senhora aceita?</p>
<p>⟦Não. Quem ganha mais tem que pagar mais, e ponto.⟧ Hoje uma professora paga proporcionalmente mais imposto do que um empresário que recebe dividendos. Isso não é uma opinião minha, está nos dados da Receita. Eu acho isso uma vergonha.</p>
<p class="qa-q">Os empresários dizem que a medida vai afastar investimentos.</p>
<p>Dizem isso desde 1995. Os países que mais recebem investimento no mundo tributam dividendos. O investidor quer regra estável, não quer paraíso fiscal para pessoa física. Nós temos que parar de acreditar nesse argumento.</p>
<p class="qa-q">O governo tem votos para aprovar o texto como está?</p>
<p>Hoje, não. Mas eu acredito que a sociedade está do nosso lado. Quando a pessoa entende que vai pagar menos imposto e que alguém lá em cima vai pagar um pouco mais, ela apoia. ⟦O Congresso deveria ouvir mais a rua e menos os lobistas.⟧</p>
<p class="qa-q">A oposição diz que o governo quer aumentar a arrecadação para gastar mais.</p>
<p>A proposta é neutra. O que entra pela alíquota mínima sai como isenção para quem ganha até cinco salários mínimos. Quem diz o contrário não leu o projeto ou está mentindo.</p>
<p class="qa-q">A senhora está criticando os deputados?</p>
<p>Estou criticando uma prática. Tem deputado sério dos dois lados. Mas tem gente que recebe mais visitas de associação empresarial do que de eleitor.</p>
<p class="qa-q">E se o projeto for desidratado?</p>
<p>⟦Aí cada um vai ter que explicar o voto na eleição.⟧ Eu prefiro perder uma votação defendendo o certo do que ganhar aprovando um texto que não muda nada.</p>
<p class="qa-q">Há conversa sobre a senhora deixar o ministério para disputar o governo de Minas.</p>
<p>Não tenho tempo para pensar nisso. Meu trabalho agora é este projeto.</p>
<p>Procurado, o relator do projeto, deputado Otávio Resende, disse por meio de sua assessoria que “respeita a ministra, mas quem vota é o Congresso”. ⟦A votação na comissão especial está marcada para o dia 23.⟧</p>""",
    kind="news", why="Q&A interview; the minister’s opinions, the paper’s report",
))

# ---------------------------------------------------------------- Lisbon commentary with no label at all; closing bio line
PAGES.append(dict(
    case="pt-opinion-ciclovias", lang="pt", skin="zeitung", domain="diariodotejo.example", site="Diário do Tejo",
    url="https://www.diariodotejo.example/local/lisboa/2026/03/ciclovias-avenida-almirante-reis",
    h1="Desmontar a ciclovia da Almirante Reis seria um erro caro",
    kicker="Lisboa", authors=["Inês Carvalho"], byline_text="Inês Carvalho", crumbs=["Local", "Lisboa"],
    ld_type="NewsArticle", ld_authors=["Inês Carvalho"], ld_section="Local",
    pub="2026-03-03T07:30:00+00:00", date="3 de março de 2026, 7:30", nav=["Última hora", "País", "Local", "Economia", "Mundo", "Opinião", "Cultura", "Desporto"],
    cookie="⟪Este site utiliza cookies para lhe proporcionar uma melhor experiência de navegação.⟫",
    most=["⟪Greve na CP afeta comboios da linha de Sintra⟫", "Novo mercado abre em Arroios", "Benfica empata em Guimarães"],
    op_box=("Opinião", [("Crónica", "⟪O Tejo merece melhor do que mais um parque de estacionamento⟫"), ("Editorial", "Habitação: o tempo das promessas acabou")]),
    related=["Câmara vai estudar alterações à ciclovia da Almirante Reis", "Contagens: 4.200 bicicletas por dia"],
    footer="⟪© 2026 Diário do Tejo. Todos os direitos reservados.⟫",
    body="""<p>⟦Passo pela Avenida Almirante Reis quase todos os dias, de bicicleta, a caminho da faculdade.⟧ Há cinco anos fazia o mesmo percurso de carro, porque tinha medo. A ciclovia mudou isso, para mim e para os milhares de pessoas que hoje a usam. É por isso que a intenção anunciada pela câmara de a “requalificar”, palavra que neste caso quer dizer desmontar em grande parte, me parece um erro.</p>
<p>Os números são conhecidos. As contagens da própria autarquia registam cerca de 4.200 passagens de bicicleta por dia útil. O tempo médio dos autocarros na avenida não piorou desde 2020. Os acidentes com feridos caíram um terço. ⟦Poucas obras públicas em Lisboa podem apresentar resultados tão claros em tão pouco tempo.⟧</p>
<p>Reconheço que a ciclovia tem problemas. As cargas e descargas ficaram mal resolvidas, e há comerciantes com razão quando se queixam de que ninguém falou com eles. Mas um problema de desenho corrige-se com desenho, não com uma retroescavadora.</p>
<p>Desmontar o que existe custaria, segundo as estimativas da câmara, perto de dois milhões de euros. Seria dinheiro gasto para voltar a 2019, precisamente quando a cidade se comprometeu a reduzir para metade as emissões do transporte até 2030. Não vejo como se cumpre essa meta tirando espaço a quem não polui.</p>
<p>Há também uma questão de confiança. ⟦Quem deixou o carro em casa fê-lo porque a cidade lhe prometeu um caminho seguro.⟧ Se esse caminho pode desaparecer ao sabor de cada mudança de executivo, ninguém voltará a arriscar. E quem mais perde são os que não têm alternativa: os estudantes, os estafetas, os trabalhadores que vêm de Loures e da Amadora.</p>
<p>Lembro-me de uma conversa com uma vizinha, reformada, que passou a ir às compras de bicicleta elétrica. Disse-me que pela primeira vez em anos se sentia parte da rua. É esse tipo de mudança que não aparece nas contagens e que se perde num fim de semana de obras.</p>
<p>Acredito que é possível encontrar uma solução que sirva o comércio e mantenha a ciclovia. Proponho três coisas simples: lugares de cargas e descargas com horário, uma faixa bus contínua nos dois sentidos e uma avaliação independente antes de qualquer obra.</p>
<p>⟦A câmara decide em abril. Ainda vai a tempo de ouvir quem pedala.⟧</p>
<p>⟦Escrevam aos vereadores. Apareçam na sessão pública do dia 18.⟧</p>
<p class="autor-nota"><em>⟪Inês Carvalho é urbanista e professora na Faculdade de Arquitetura de Lisboa.⟫</em></p>""",
    exclude=["p.autor-nota"],
    kind="opinion", why="first-person argument and appeal under a local section; bio only",
))
