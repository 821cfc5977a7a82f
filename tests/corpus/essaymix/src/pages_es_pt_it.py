"""Spanish, Portuguese and Italian pages: a column that tells a personal story before it argues, a warm profile,
a column that quotes many people but argues, an explainer, an open letter, an obituary and a recipe told as a story."""

PAGES = []

# ---------------------------------------------------------------- column: a long personal story, the argument comes late
PAGES.append(dict(
    case="es-opinion-farmaciapueblo", lang="es", skin="portal", domain="diariodelmeseta.example", site="Diario de la Meseta",
    url="https://www.diariodelmeseta.example/2026/03/02/la-farmacia-de-mi-padre",
    h1="La farmacia de mi padre",
    authors=["Lucía Benavente"], byline_text="Lucía Benavente", ld_authors=["Lucía Benavente"], meta="og",
    pub="2026-03-02T05:00:00+01:00", date="02/03/2026 05:00", strip="Lunes, 2 de marzo de 2026",
    nav=["Castilla", "España", "Economía", "Cultura", "Deportes", "Agenda"],
    footer_nav=["Aviso legal", "Privacidad", "Contacto", "Publicidad"],
    cookie="⟪Utilizamos cookies propias y de terceros para mejorar nuestros servicios.⟫",
    related=["⟪Cierran otras cuatro farmacias rurales en la provincia⟫", "La Junta estudia ayudas a los boticarios de pueblo"],
    most=["⟪La nieve corta tres puertos de montaña⟫", "El Numancia cae en el último minuto", "Abre la nueva estación de autobuses"],
    footer="⟪© 2026 Diario de la Meseta. Todos los derechos reservados.⟫",
    body="""<p>⟦Mi padre abrió la farmacia de Valdecastro en el otoño de 1979,⟧ con un préstamo que tardó quince años en pagar y un mostrador de madera que todavía conservo en el garaje. El pueblo tenía entonces seiscientos habitantes, una escuela con dos maestras y un autobús diario a la capital. Yo tenía cuatro años y recuerdo el olor: a alcohol, a caramelos de eucalipto y a las cajas de cartón que llegaban cada martes en la furgoneta del almacén.</p>
<p>Crecí detrás de ese mostrador. Hice los deberes entre estanterías de jarabes y aprendí a leer en los prospectos. Vi a mi padre levantarse de madrugada porque la señora Remedios, que vivía sola en la casa de la fuente, no encontraba sus pastillas del corazón. Lo vi tomarle la tensión a medio pueblo los sábados, sin cobrar, porque el médico solo pasaba consulta dos días a la semana. ⟦Lo vi, sobre todo, escuchar.⟧ La farmacia era el sitio donde la gente contaba lo que no le contaba a nadie.</p>
<p>Mi padre se jubiló en 2012. Durante diez años, una farmacéutica joven de Soria mantuvo la botica abierta. El mes pasado la cerró. No por falta de ganas, me dijo por teléfono, sino por falta de números: Valdecastro tiene hoy 140 vecinos empadronados, la mitad de ellos con más de setenta años, y las ventas ya no cubrían ni el alquiler ni el sueldo de una auxiliar. Ahora el botiquín más cercano está a veintidós kilómetros, por una carretera que en invierno se hiela.</p>
<p>Cuento todo esto no por nostalgia, aunque la hay, sino porque la historia de la farmacia de mi padre se está repitiendo en cientos de pueblos de la España interior, y creo que la estamos contando mal.</p>
<p>Solemos hablar de estas farmacias como si fueran pequeños comercios que cierran por la lógica del mercado, como cierra una mercería o un bar. ⟦Pero una farmacia rural no es un comercio cualquiera: es un servicio sanitario,⟧ a menudo el único que queda abierto todos los días en kilómetros a la redonda. Es quien detecta que un anciano se está equivocando con la medicación, quien avisa a la familia, quien llama al centro de salud. Cuando se va, no se pierde una tienda; se pierde un punto de la red sanitaria.</p>
<p>Las ayudas que existen hoy son insuficientes. El llamado índice corrector, que compensa a las farmacias de menor facturación, apenas supone unos cientos de euros al mes en el mejor de los casos, y llega tarde. Algunas comunidades han añadido complementos propios, pero con reglas tan distintas que un farmacéutico a un lado de la raya provincial puede sobrevivir y otro, a quince kilómetros, no.</p>
<p>Hace falta algo más sencillo y más valiente. ⟦Propongo que las farmacias de los municipios pequeños se consideren, a efectos de financiación, parte de la atención primaria.⟧ Que reciban una cantidad fija por mantener el servicio abierto, igual que se paga a un consultorio local aunque atienda a pocos pacientes. No hablamos de grandes sumas: calculadas con generosidad, sostener las farmacias en riesgo de toda la comunidad costaría menos que una sola rotonda de las que se inauguran en cada campaña electoral.</p>
<p>Habrá quien diga que no se puede mantener todo abierto en todas partes, y tiene razón. Pero un país que decide dejar a sus mayores a veintidós kilómetros de sus medicinas está tomando una decisión, aunque no la vote nadie.</p>
<p>El mostrador de madera de mi padre sigue en mi garaje. ⟦Me gustaría pensar que algún día volverá a tener una farmacia detrás.⟧</p>""",
    kind="opinion", why="personal memoir that turns into a funding proposal",
))

# ---------------------------------------------------------------- warm feature/profile; reporter admires but does not argue
PAGES.append(dict(
    case="es-news-nadadora", lang="es", skin="story", domain="lavozdelpuerto.example", site="La Voz del Puerto",
    url="https://www.lavozdelpuerto.example/2026/01/19/carmen-ochenta-y-cuatro-anos-ensenando-a-nadar",
    h1="Carmen, 84 años, sigue enseñando a nadar a los niños del barrio",
    deck="Desde 1968, más de cuatro mil vecinos de El Grao han aprendido a flotar en sus clases.",
    authors=["Álvaro Sempere"], byline_text="Álvaro Sempere", ld_authors=["Álvaro Sempere"], meta="full",
    pub="2026-01-19T08:00:00+01:00", date="19 de enero de 2026",
    nav=["Ciudad", "Comunitat", "Puerto", "Deportes", "Cultura", "Gente"],
    footer_nav=["Aviso legal", "Cookies", "Contacto"],
    cookie="⟪Este sitio web utiliza cookies para analizar el tráfico.⟫",
    caption="⟪Carmen Llorens, en la piscina municipal de El Grao.⟫",
    related=["⟪La piscina de El Grao reabrirá tras las obras en abril⟫", "Vecinos piden más horas de natación escolar"],
    most=["⟪Un crucero con 4.000 pasajeros atraca por primera vez⟫", "Nuevo carril bici en la avenida del Puerto"],
    footer="⟪La Voz del Puerto. Editorial Marítima del Levante S.L.⟫",
    body="""<p>⟦A las siete y media de la mañana, cuando todavía no ha amanecido sobre el puerto,⟧ Carmen Llorens ya está en el borde de la piscina municipal de El Grao con un silbato colgado del cuello y un termo de café en la mano. Tiene 84 años. Lleva 58 enseñando a nadar a los niños del barrio, y no tiene intención de parar.</p>
<p>«Me lo preguntan todos los años, que cuándo lo dejo», dice, riéndose, mientras ajusta el gorro de un niño de cinco años que tiembla más por nervios que por frío. «Yo les digo que cuando el agua me quiera echar, ya me avisará».</p>
<p>Carmen empezó en 1968, cuando la piscina era poco más que un estanque de hormigón junto a las naves del puerto y muchos chavales del barrio, hijos de estibadores y pescadores, no sabían nadar aunque vivían junto al mar. Ella había aprendido de niña con su padre, que era patrón de una barca de bajura. ⟦«Mi padre decía que en esta casa el que no sabe flotar no sale a la mar», recuerda.⟧ Un verano, una vecina le pidió que le enseñara a su hijo. Al siguiente tenía doce alumnos. Al otro, cuarenta.</p>
<p>Según los cuadernos que ha guardado, con los nombres escritos a lápiz y un tic al lado de cada niño que conseguía cruzar la piscina solo, por sus clases han pasado más de cuatro mil personas. Algunos de sus primeros alumnos traen hoy a sus nietos. Vicente Martí, de 61 años, es uno de ellos. «Me enseñó a los seis años y ahora está enseñando a mi nieta Aitana. Tiene la misma paciencia. Bueno, quizá un poco más», cuenta desde la grada.</p>
<p>El método de Carmen no ha cambiado mucho. Empieza siempre igual: con los niños sentados en el borde, los pies en el agua, contando un cuento sobre un pez que tenía miedo de las olas. Después vienen las burbujas, la tabla, la estrella en el agua. Nunca obliga a nadie a meter la cabeza. «El miedo no se quita a empujones. Se quita con tiempo», explica.</p>
<p>Durante décadas lo hizo sin cobrar. Desde 1995 el Ayuntamiento la contrata como monitora a media jornada, y desde su jubilación oficial, en 2006, figura como voluntaria. El concejal de Deportes, Joan Ferrer, asegura que el consistorio «no concibe la piscina de El Grao sin Carmen» y que el año pasado se colocó una placa con su nombre en la entrada. A ella la placa le da un poco de vergüenza. «Yo prefiero que pongan más horas de piscina para los colegios», dice.</p>
<p>Su rutina es estricta. Se levanta a las seis, camina veinte minutos hasta la piscina y da dos clases seguidas antes de las diez. Por la tarde, los martes y jueves, entrena a un grupo de mujeres mayores del barrio, algunas de las cuales nunca habían aprendido a nadar. ⟦«La más mayor tiene 79. Es una jovencita», bromea.⟧</p>
<p>Su hija, Amparo, admite que en casa le piden que descanse. «Pero sería como pedirle que deje de respirar. Esta piscina es su vida», dice. El verano pasado Carmen sufrió una caída en casa y estuvo tres semanas sin poder ir a la piscina. Los niños le enviaron dibujos al hospital. Los tiene todos pegados en la nevera.</p>
<p>Al terminar la clase, el niño de cinco años que temblaba al principio consigue cruzar la anchura de la piscina sin tabla. Carmen aplaude, saca su cuaderno y, con un lápiz mordisqueado, dibuja un tic junto a un nombre nuevo. ⟦«Cuatro mil ciento doce», dice. «Y los que quedan».⟧</p>""",
    kind="news", why="warm profile of a swimming teacher; admiring but reports",
))

# ---------------------------------------------------------------- column that quotes many people but argues
PAGES.append(dict(
    case="pt-opinion-feiralivre", lang="pt", skin="portal", domain="correiodoplanalto.example", site="Correio do Planalto",
    url="https://www.correiodoplanalto.example/a/300912",
    h1="A feira da Rua Tupis não precisa de um shopping",
    authors=["Renato Falcão"], byline_text="Renato Falcão", ld_authors=["Renato Falcão"], meta="full",
    pub="2026-02-20T07:00:00-03:00", date="20/02/2026 07h00", strip="Sexta-feira, 20 de fevereiro de 2026",
    nav=["Cidades", "Política", "Economia", "Esportes", "Cultura", "Serviços"],
    footer_nav=["Expediente", "Privacidade", "Fale conosco", "Anuncie"],
    cookie="⟪Usamos cookies para melhorar sua experiência. Ao continuar, você concorda.⟫",
    related=["⟪Prefeitura apresenta projeto de mercado coberto na Rua Tupis⟫", "Feirantes fazem protesto na Câmara"],
    most=["⟪Chuva forte alaga avenida no centro⟫", "Vestibular: resultado sai na segunda", "Novo hospital abre 40 leitos"],
    footer="⟪© 2026 Correio do Planalto. Todos os direitos reservados.⟫",
    body="""<p>⟦Dona Zilda vende mandioca na feira da Rua Tupis há trinta e um anos.⟧ Quando perguntei o que achava do projeto da prefeitura de transformar a feira num “mercado coberto moderno”, ela largou a faca e disse: “Moço, moderno pra quem? Aqui o freguês me conhece pelo nome.”</p>
<p>Passei a manhã de sábado entre as barracas, ouvindo. Seu Joaquim, do pastel, acha que a cobertura seria boa nos dias de chuva, mas tem medo do aluguel. “Hoje eu pago uma taxa de 90 reais por mês. No shopping, ninguém me disse quanto vai ser. Quando não dizem, é porque é caro.” A Valquíria, que vende queijo da serra, foi mais direta: “Eles querem tirar a gente da rua porque a rua vale dinheiro.”</p>
<p>Ouvi também quem defende o projeto. Um comerciante da esquina, que preferiu não dizer o nome, reclamou da sujeira e do trânsito aos sábados. O secretário de Desenvolvimento Urbano, Márcio Teles, me explicou que o mercado coberto terá “banheiros, estacionamento e padrão sanitário”. ⟦São argumentos que merecem ser levados a sério. Mas não convencem.⟧</p>
<p>A feira da Rua Tupis funciona assim há quase sessenta anos. Ela não é um problema de urbanismo à espera de solução; é uma das poucas coisas que funcionam bem no centro da cidade. Abastece milhares de famílias com comida mais barata que a do supermercado, dá trabalho a cerca de 180 feirantes e, aos sábados, enche de gente uma rua que no resto da semana fica vazia depois das seis da tarde.</p>
<p>O projeto da prefeitura prevê que a feira saia da rua e ocupe o térreo de um edifício a ser construído por uma empresa privada, que em troca poderá explorar os andares de cima com lojas e escritórios. O texto fala em “requalificação”. ⟦Na prática, é a entrega de um espaço público a um empreendimento privado,⟧ com a feira como atração de fachada.</p>
<p>Experiências assim já foram tentadas em outras cidades, e o resultado costuma ser parecido. A professora Helena Drummond, que estuda mercados populares na universidade federal, me lembrou que “quase sempre o aluguel sobe, os feirantes mais pobres saem nos primeiros dois anos e o que sobra vira praça de alimentação”. Ela não é contra melhorias. “O problema é tirar a feira da rua, que é onde está o freguês”, disse.</p>
<p>Há um caminho mais simples e mais barato. A prefeitura pode instalar banheiros públicos e pontos de água na própria rua, organizar a coleta de lixo logo depois do encerramento e padronizar as barracas com toldos que protejam da chuva. Custa uma fração do que o município gastaria com a desapropriação dos imóveis necessários para o prédio. ⟦E mantém a feira onde ela sempre esteve: no meio da cidade, aberta, de graça.⟧</p>
<p>Cidades vivas não são feitas só de edifícios novos. São feitas de lugares onde as pessoas se encontram sem precisar pagar para entrar. A feira da Rua Tupis é um desses lugares, e a Câmara, que vota o projeto no mês que vem, deveria ter a coragem de dizer não a ele.</p>
<p>Na despedida, Dona Zilda me deu um quilo de mandioca e se recusou a cobrar. “Escreve aí que a gente fica”, disse. ⟦Escrevo. E espero que os vereadores leiam.⟧</p>""",
    kind="opinion", why="column built from many quotes but argues against the project",
))

# ---------------------------------------------------------------- explainer written as reporting
PAGES.append(dict(
    case="pt-news-horarioverao", lang="pt", skin="blog", domain="noticiasdosul.example", site="Notícias do Sul",
    tagline="Jornalismo regional desde 1987",
    url="https://noticiasdosul.example/2026/03/06/horario-de-verao-o-que-muda",
    h1="Horário de verão pode voltar: entenda o que está em discussão",
    authors=["Beatriz Kowalski"], byline_text="Por Beatriz Kowalski", ld_authors=["Beatriz Kowalski"], meta="og",
    pub="2026-03-06T11:40:00-03:00", date="6 de março de 2026",
    nav=["Notícias", "Economia", "Política", "Esportes", "Agro", "Entretenimento"],
    footer_nav=["Quem somos", "Privacidade", "Contato"],
    cookie="⟪Este site utiliza cookies. Saiba mais em nossa política de privacidade.⟫",
    related=["⟪Consumo de energia bate recorde em fevereiro⟫", "Bares e restaurantes apoiam mudança no horário"],
    most=["⟪Safra de soja deve ser a maior da história⟫", "Frente fria chega ao estado no fim de semana"],
    footer="⟪Notícias do Sul – Todos os direitos reservados.⟫",
    body="""<p>⟦O governo federal voltou a estudar a adoção do horário de verão,⟧ suspenso desde 2019. O Ministério de Minas e Energia deve apresentar até o fim de abril um relatório técnico sobre os efeitos da medida, e a decisão final cabe à Presidência. Veja abaixo o que se sabe até agora, por que o tema voltou à pauta e quem seria afetado.</p>
<h2>O que é o horário de verão?</h2>
<p>É o adiantamento dos relógios em uma hora durante parte do ano, normalmente entre novembro e fevereiro. A ideia é aproveitar melhor a luz natural no fim da tarde, quando o consumo de eletricidade costuma ser mais alto. No Brasil, a medida foi adotada de forma intermitente desde 1931 e de forma contínua entre 1985 e 2019, sempre em parte dos estados.</p>
<h2>Por que foi suspenso?</h2>
<p>Em 2019, o governo da época concluiu que a economia de energia havia se tornado pequena. ⟦Com a difusão do ar-condicionado, o pico de consumo deixou de ocorrer no início da noite⟧ e passou para o meio da tarde, quando o horário de verão não faz diferença. Estudos do Operador Nacional do Sistema Elétrico (ONS) indicavam, na ocasião, uma economia inferior a 0,5% do consumo no período.</p>
<h2>Por que o tema voltou?</h2>
<p>Dois fatores explicam a retomada. O primeiro é a seca nos reservatórios das hidrelétricas, que obrigou o país a acionar usinas térmicas, mais caras, nos últimos meses. O segundo é a mudança no perfil da geração: a energia solar, hoje a segunda maior fonte do país, produz muito ao meio-dia e nada depois do pôr do sol. ⟦Segundo técnicos do ONS, deslocar parte do consumo para um horário com luz natural⟧ poderia reduzir a necessidade de acionar térmicas no começo da noite.</p>
<h2>Quanto se economizaria?</h2>
<p>Ainda não há um número oficial. Uma nota técnica preliminar do ministério, divulgada na semana passada, fala em uma redução de 2% a 3% na demanda no horário de pico, o que seria suficiente para evitar o acionamento de algumas térmicas. Especialistas ouvidos pela reportagem consideram a estimativa plausível, mas ressaltam que ela depende do clima e do volume de chuvas nos próximos meses.</p>
<h2>Quem é a favor e quem é contra?</h2>
<p>Setores de comércio, bares e turismo defendem a volta, porque dias com mais luz à noite tendem a aumentar o movimento. A Associação Brasileira de Bares e Restaurantes estima um aumento de até 10% no faturamento no período. Já pesquisas de opinião mostram a população dividida: em levantamento de 2024, 47% se disseram favoráveis e 45% contrários. ⟦Médicos do sono lembram que a mudança de horário pode afetar o descanso nos primeiros dias.⟧</p>
<h2>Quais estados seriam afetados?</h2>
<p>Nas versões anteriores, a medida valia para as regiões Sul, Sudeste e Centro-Oeste. Estados do Norte e do Nordeste, mais próximos da linha do Equador, ficavam de fora, porque lá a duração do dia varia pouco ao longo do ano. O ministério ainda não informou se manteria o mesmo recorte.</p>
<h2>Quando seria a mudança?</h2>
<p>Se aprovada, a medida valeria a partir de novembro, segundo o ministério. ⟦A decisão precisa ser publicada com antecedência para que companhias aéreas e bancos ajustem seus sistemas.⟧</p>""",
    kind="news", why="Q-and-A explainer presenting both sides without a verdict",
))

# ---------------------------------------------------------------- open letter to a minister
PAGES.append(dict(
    case="it-opinion-letteraministra", lang="it", skin="story", domain="ilcorrieredellevalli.example", site="Il Corriere delle Valli",
    url="https://www.ilcorrieredellevalli.example/2026/02/09/cara-ministra-venga-a-vedere-la-nostra-scuola",
    h1="Cara ministra, venga a vedere la nostra scuola",
    authors=["Giovanna Ruggeri"], byline_text="di Giovanna Ruggeri", ld_authors=["Giovanna Ruggeri"], meta="full",
    pub="2026-02-09T06:00:00+01:00", date="9 febbraio 2026",
    nav=["Cronaca", "Politica", "Economia", "Valli", "Sport", "Spettacoli"],
    footer_nav=["Chi siamo", "Privacy", "Contatti", "Pubblicità"],
    cookie="⟪Questo sito utilizza cookie tecnici e di profilazione.⟫",
    related=["⟪Dimensionamento scolastico, sedici plessi a rischio in provincia⟫", "I sindaci delle valli scrivono al ministero"],
    most=["⟪Neve, chiusa la statale del Tonale⟫", "Festa della polenta, attese diecimila persone"],
    footer="⟪© 2026 Il Corriere delle Valli – P.IVA 00000000000⟫",
    body="""<p>⟦Gentile signora ministra,⟧</p>
<p>le scrivo da Pralungo, un paese di 410 abitanti a novecento metri di altitudine, dove insegno da ventidue anni nella scuola primaria. La nostra scuola ha diciannove alunni, divisi in due pluriclassi. Secondo il piano di dimensionamento che il suo ministero ha inviato alle regioni in dicembre, dal prossimo settembre non sarà più un’istituzione autonoma e, con ogni probabilità, nel giro di due anni chiuderà. ⟦Le chiedo, prima che questo accada, di venire a vederla.⟧</p>
<p>Non le chiedo di cambiare idea per sentimentalismo. So che i numeri contano e che lo Stato deve spendere bene ogni euro. Le chiedo di guardare i numeri tutti, e non solo quelli che stanno in una tabella a Roma.</p>
<p>Se la scuola di Pralungo chiude, i nostri bambini dovranno scendere ogni mattina a Valmezzana, a diciotto chilometri di tornanti. In inverno il pulmino impiega quasi un’ora. Un bambino di sei anni passerebbe due ore al giorno su una strada di montagna, spesso con la neve. Quale risparmio giustifica questo? E quale genitore, potendo scegliere, resterebbe a vivere in un posto dove il proprio figlio deve alzarsi alle sei e mezza per andare in prima elementare?</p>
<p>C’è poi quello che le tabelle non misurano. Qui la scuola è l’ultimo servizio pubblico rimasto. L’ufficio postale ha chiuso nel 2017, l’ambulatorio apre un giorno alla settimana. Quando una famiglia giovane valuta se restare in paese o trasferirsi in città, la prima domanda è sempre la stessa: c’è la scuola? ⟦Togliere la scuola significa dire a quelle famiglie di andarsene.⟧ E un paese senza bambini, signora ministra, è un paese che ha già una data di morte.</p>
<p>Le pluriclassi non sono un ripiego. Chi insegna in montagna lo sa bene: i più grandi aiutano i più piccoli, i piccoli imparano ascoltando i grandi, e ogni bambino è seguito da vicino. I nostri alunni ottengono nelle prove nazionali risultati in linea con la media regionale, e in lettura superiori. Non lo dico per vanto, ma per rispondere a chi sostiene che una scuola piccola sia per forza una scuola peggiore.</p>
<p>So che il suo ministero prevede deroghe per le aree montane e le isole minori. Ma i criteri sono così rigidi che quasi nessuna delle scuole della nostra provincia riesce a rientrarvi. Basterebbe poco: calcolare le distanze in tempo di percorrenza e non in chilometri, tenere conto dell’altitudine, considerare se nel comune esistono altri servizi pubblici. ⟦Sono correttivi semplici, che non costano quasi nulla e che salverebbero decine di scuole.⟧</p>
<p>La invito quindi formalmente, a nome mio, dei miei colleghi e delle famiglie di Pralungo, a trascorrere una mattina con noi. Arrivi alle otto, come i nostri alunni. Salga sul pulmino a Valmezzana e faccia la strada che farebbero loro. Poi entri in classe, si sieda in fondo e ascolti. Non le prepareremo nessuna cerimonia. Le offriremo soltanto un caffè e la possibilità di vedere che cosa rischiamo di perdere. Se non potrà venire lei, mandi qualcuno che possa riferirle con onestà.</p>
<p>Sono certa che una decisione presa dopo aver visto sarà una decisione migliore. Qualunque essa sia.</p>
<p>⟦Con rispetto, e con speranza,⟧</p>
<p>Giovanna Ruggeri, maestra della scuola primaria di Pralungo</p>""",
    kind="opinion", why="open letter to the minister arguing against closing the school",
))

# ---------------------------------------------------------------- obituary, affectionate
PAGES.append(dict(
    case="it-news-addioliutaio", lang="it", skin="portal", domain="gazzettadelpo.example", site="Gazzetta del Po",
    url="https://www.gazzettadelpo.example/a/918340",
    h1="Addio a Ettore Bassani, il liutaio che ridava voce ai violini",
    authors=["Paolo Ferraresi"], byline_text="di Paolo Ferraresi", ld_authors=["Paolo Ferraresi"], meta="min",
    pub="2026-03-03T19:00:00+01:00", date="03 marzo 2026", strip="martedì 3 marzo 2026",
    nav=["Cronaca", "Cremona", "Provincia", "Economia", "Cultura", "Sport"],
    footer_nav=["Redazione", "Privacy", "Contatti"],
    cookie="⟪Usiamo i cookie per migliorare la tua esperienza di navigazione.⟫",
    related=["⟪Il Museo del Violino apre una sala dedicata al restauro⟫", "Scuola di liuteria, iscrizioni record"],
    most=["⟪Incidente sulla Paullese, due feriti⟫", "La Cremonese pareggia al novantesimo", "Torrone, la festa slitta a dicembre"],
    footer="⟪Gazzetta del Po – Editrice Padana srl⟫",
    body="""<p>⟦È morto lunedì sera, nella sua casa di via Platina, Ettore Bassani,⟧ uno dei liutai e restauratori più stimati di Cremona. Aveva 91 anni. Ne dà notizia la famiglia, che ha annunciato i funerali per giovedì alle 10 nella chiesa di Sant’Abbondio.</p>
<p>Nato a Casalmaggiore nel 1934, figlio di un falegname, Bassani era arrivato a Cremona a diciassette anni, con una valigia di cartone e una lettera di raccomandazione del parroco per la bottega del maestro Giuseppe Ornati. Lì imparò a piallare le tavole di abete, a scegliere l’acero, a preparare le vernici. Aprì la sua bottega nel 1962, in un ex magazzino di biciclette a due passi dal Duomo, e non l’ha mai spostata.</p>
<p>Costruì in vita poco più di trecento strumenti tra violini, viole e violoncelli, alcuni dei quali suonati da solisti di fama internazionale. ⟦Ma la sua fama è legata soprattutto al restauro.⟧ Per oltre mezzo secolo passarono dal suo banco strumenti antichi arrivati da tutta Europa e dal Giappone, spesso in condizioni disperate. «Un violino non muore mai davvero», amava dire. «Si addormenta. Bisogna solo avere la pazienza di svegliarlo».</p>
<p>Nel 1987 guidò il gruppo che restaurò il violoncello settecentesco danneggiato nell’incendio di un teatro di provincia, un lavoro durato tre anni e raccontato in un documentario della televisione svizzera. Nel 2004 ricevette dal Comune il Torrazzo d’oro, la massima onorificenza cittadina.</p>
<p>Chi lo ha conosciuto ricorda un uomo riservato e ironico, capace di lavorare dodici ore al giorno ma anche di fermarsi per un’ora a spiegare a uno studente perché una certa curva dell’archetto non andava. ⟦«Era severissimo, ma non ti faceva mai sentire stupido», racconta Chiara Menozzi,⟧ oggi liutaia in Germania, che fu sua allieva negli anni Novanta. «Mi disse una volta che il legno sente quando hai fretta. Ci ho messo dieci anni a capire che aveva ragione».</p>
<p>Fino a pochi anni fa lo si poteva vedere ogni mattina attraversare piazza del Comune in bicicletta, con il basco in testa, diretto alla bottega. Aveva smesso di lavorare soltanto nel 2023, dopo una caduta. Continuava però a ricevere visite: colleghi, musicisti, ex allievi che gli portavano strumenti da ascoltare. Li teneva in mano qualche minuto, li faceva suonare, e poi dava il suo parere, quasi sempre in una frase.</p>
<p>Il sindaco Marco Fanti lo ha ricordato come «un pezzo di storia della città, un artigiano che ha portato il nome di Cremona nel mondo senza mai alzare la voce». Il Museo del Violino ha annunciato che la sala dedicata al restauro porterà il suo nome.</p>
<p>Negli ultimi anni Bassani aveva donato alla scuola internazionale di liuteria gran parte dei suoi attrezzi e dei suoi quaderni di lavoro, centinaia di pagine fitte di disegni, misure e annotazioni sulle vernici. La scuola ha fatto sapere che saranno digitalizzati e messi a disposizione degli studenti entro la fine dell’anno.</p>
<p>Lascia la moglie Franca, sposata nel 1961, i figli Lucia e Stefano, quest’ultimo liutaio a sua volta, e quattro nipoti. ⟦La bottega di via Platina resterà aperta: la gestirà Stefano,⟧ che ci lavora da trent’anni accanto al padre.</p>
<p>La camera ardente sarà allestita mercoledì pomeriggio nella bottega stessa, per volontà della famiglia. ⟦«Voleva che la gente lo salutasse tra i suoi strumenti», ha detto il figlio.⟧</p>""",
    kind="news", why="obituary of a violin maker, affectionate but reporting",
))

# ---------------------------------------------------------------- recipe told as a story
PAGES.append(dict(
    case="it-other-ragunonna", lang="it", skin="blog", domain="lacucinadiadele.example", site="La cucina di Adele",
    tagline="Ricette di famiglia, raccontate",
    url="https://lacucinadiadele.example/2026/01/25/il-ragu-della-domenica-di-nonna-ines",
    h1="Il ragù della domenica di nonna Ines",
    authors=["Adele Marchetti"], byline_text="Adele", ld_authors=["Adele Marchetti"], meta="full",
    pub="2026-01-25T09:00:00+01:00", date="25 gennaio 2026",
    nav=["Primi", "Secondi", "Dolci", "Conserve", "Chi sono"],
    footer_nav=["Privacy", "Cookie policy", "Contatti"],
    cookie="⟪Questo blog usa cookie per statistiche anonime.⟫",
    caption="⟪Il ragù dopo quattro ore sul fuoco.⟫",
    related=["⟪Tagliatelle fatte a mano, passo dopo passo⟫", "Il brodo di cappone di Natale", "Crostata di marmellata della zia Rina"],
    most=["⟪Pane in cassetta senza impastatrice⟫", "Lasagne verdi alla bolognese"],
    footer="⟪© 2026 La cucina di Adele – testi e foto di Adele Marchetti⟫",
    body="""<p>⟦La domenica, a casa di nonna Ines, il ragù cominciava il sabato sera.⟧ Lei tagliava le verdure al tavolo di marmo della cucina, con la radio accesa e il grembiule a fiori, e io, che avevo sette o otto anni, avevo il compito importantissimo di contare le carote. Ne servivano due, non di più, «sennò diventa dolce come una marmellata», diceva.</p>
<p>Quel ragù è rimasto per me il sapore della famiglia riunita: i cugini che arrivavano a mezzogiorno, lo zio che rubava il pane dal cestino, la nonna che non si sedeva mai. Oggi lo preparo io, quasi sempre di domenica, e ogni volta che lo mescolo mi sembra di sentire la sua voce che dice «piano, piano, il ragù non ha fretta». Ecco come lo faccio, con le sue dosi, appena aggiornate.</p>
<h2>Gli ingredienti (per 6 persone)</h2>
<p>Vi servono 300 grammi di carne di manzo macinata grossa, meglio se di spalla, e 200 grammi di pancia di maiale macinata. ⟦Poi una cipolla dorata, una carota, una costa di sedano,⟧ 50 grammi di pancetta tesa, un bicchiere di vino rosso, 400 grammi di passata di pomodoro, due cucchiai di concentrato, mezzo bicchiere di latte intero, olio extravergine, sale e pepe. La nonna usava anche un pezzetto di burro alla fine; io non rinuncio.</p>
<h2>Il soffritto</h2>
<p>Tritate finemente cipolla, carota e sedano, a coltello se avete pazienza: con il mixer vengono troppo acquosi. Tagliate la pancetta a dadini piccolissimi. In una pentola dal fondo spesso, meglio se di coccio come quella della nonna, scaldate tre cucchiai d’olio e fate sciogliere la pancetta a fuoco basso. Aggiungete il trito di verdure e lasciatelo appassire per almeno quindici minuti, mescolando ogni tanto. ⟦Non deve friggere, deve diventare morbido e dorato.⟧</p>
<h2>La carne</h2>
<p>Alzate la fiamma, aggiungete le due carni e sgranatele con un cucchiaio di legno. Lasciatele rosolare bene, finché non sentite un leggero sfrigolio e il fondo comincia a colorarsi: ci vogliono dieci minuti buoni. Sfumate con il vino rosso e lasciatelo evaporare completamente. A questo punto la nonna apriva la finestra, perché il profumo arrivava fino al pianerottolo e la vicina, la signora Elda, sapeva che era ora di passare a salutare.</p>
<h2>Il pomodoro e la lunga cottura</h2>
<p>Sciogliete il concentrato in un mestolo d’acqua calda e unitelo alla carne insieme alla passata. Salate poco, pepate, mescolate e abbassate la fiamma al minimo. Coprite lasciando il coperchio leggermente scostato. ⟦Ora arriva la parte più importante: aspettare.⟧ Il ragù deve sobbollire per almeno tre ore, meglio quattro, e voi dovete passare a mescolarlo ogni venti minuti circa, aggiungendo un po’ d’acqua calda se si asciuga troppo.</p>
<p>A metà cottura versate il latte, a filo. Sembra strano, ma ammorbidisce l’acidità del pomodoro e rende la carne tenerissima. Nell’ultima mezz’ora aggiungete il pezzetto di burro e assaggiate di sale.</p>
<h2>Come servirlo</h2>
<p>La nonna lo serviva con le tagliatelle fatte a mano, ma va benissimo anche con i rigatoni o con le pappardelle. Tenete da parte due mestoli per il giorno dopo: scaldato il lunedì, su una fetta di pane, è ancora più buono. Il ragù si conserva in frigorifero per tre giorni e si può congelare in porzioni.</p>
<p>Quando lo preparo per i miei figli, a volte uno dei due conta le carote al posto mio. ⟦Sempre due, mai di più: la nonna sarebbe d’accordo.⟧</p>""",
    kind="other", why="family recipe told as a memory, with ingredients and steps",
))
