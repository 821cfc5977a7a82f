"""Portuguese: Brazil (a column with the "não reflete necessariamente" disclaimer, an unsigned editorial dated
23h00 with JSON-LD only in UTC, a Fato ou Fake check, a rain story "Da Redação" with no date metadata, an "Entenda"
explainer by two reporters, a "Conteúdo de marca" sponsored page), Portugal (a health story "com Lusa", a match
"Crónica"), Angola ("Texto: … | Foto: …") and Mozambique (a signed column filed under Sociedade, not marked)."""

PAGES = []

PLA_NAV = ["Política", "Economia", "Mundo", "Cotidiano", "Opinião", "Colunistas", "Esporte", "Cultura", "Ciência"]
PLA_FOOT = ["Quem somos", "Expediente", "Política de privacidade", "Termos de uso", "Anuncie"]
PLA_SIDE = [("Mais lidas", ["⟪Metrô de Brasília amplia horário aos sábados⟫", "Dólar fecha em queda com fluxo estrangeiro", "Seleção convoca três estreantes para amistosos"]),
            ("Opinião", [("Editorial", "O SUS não aguenta mais improviso"), ("Colunistas", "O apagão das estatísticas"), ("Tendências / Debates", "Vale a pena taxar os super-ricos?")])]

# ---------------------------------------------------------------- 1. Brazil: column, "Colunistas", role, disclaimer, author box
PAGES.append(dict(
    case="pt-opinion-diario-calor", lang="pt", html_lang="pt-BR", skin="diario", domain="www.jornaldoplanalto.example", site="Jornal do Planalto", secpath="colunas",
    url="https://www.jornaldoplanalto.example/colunas/renata-albuquerque/2026/03/escola-sem-ventilador-nao-e-escola-e-estufa.shtml",
    h1="Escola sem ventilador não é escola, é estufa",
    deck="Com o calor batendo recordes, seguimos tratando a climatização das salas como luxo",
    kicker="Colunistas", kicker_path="colunas", authors=["Renata Albuquerque"], byline_text="Renata Albuquerque",
    byline_html='<a href="/colunas/renata-albuquerque/">Renata Albuquerque</a>', role="Colunista",
    ld_authors=["Renata Albuquerque"], ld_type="Article", ld_section="Colunistas",
    pub="2026-03-05T04:00:00-03:00", date="05/03/2026 04h00", today="Quinta-feira, 5 de março de 2026", edition="Brasília",
    nav=PLA_NAV, ticker=["STF retoma julgamento sobre marco temporal", "Inmet emite alerta de onda de calor para o Centro-Oeste"],
    ticker_label="Últimas",
    cookie="Usamos cookies para melhorar sua experiência. Ao continuar, você concorda com a nossa Política de Privacidade.", side=PLA_SIDE,
    after=[("disclaimer", "⟪Este texto não reflete necessariamente a opinião do Jornal do Planalto.⟫")],
    box=("Renata Albuquerque", "⟪Renata Albuquerque é professora da rede pública do DF⟫ e mestre em Educação pela UnB."),
    tags=["Educação", "Calor", "Escolas públicas"],
    related=["Secretaria promete climatizar 300 escolas até 2027", "Como o calor afeta a aprendizagem, segundo pesquisas"],
    comments=[("Marcos T.", "há 6 horas", "⟪Minha filha volta da escola com dor de cabeça todo dia.⟫")],
    newsletter="Receba as colunas do Jornal do Planalto no seu e-mail.",
    footer="⟪Copyright Jornal do Planalto. Todos os direitos reservados.⟫", footer_nav=PLA_FOOT,
    w={"share": "Compartilhe", "login": "Entrar", "subscribe": "Assine"},
    body="""⟦Quem passou por uma sala de aula pública de Brasília às duas da tarde desta semana sabe do que estou falando.⟧ Trinta e cinco alunos, janelas que não abrem direito, um ventilador de teto que gira devagar quando funciona e o termômetro marcando 34 graus do lado de dentro.

Acho curioso como a gente ainda discute a climatização das escolas como se fosse um capricho. Quando é no escritório, chama-se condição de trabalho. ⟦Quando é na escola, vira “luxo que o orçamento não comporta”.⟧

[[H|O calor ensina, mas ensina errado]]

As pesquisas não deixam muita margem para dúvida. Estudos feitos nos Estados Unidos e na China mostram que cada grau acima de 26 reduz o desempenho em matemática e leitura, e que o efeito é maior entre os alunos mais pobres, justamente os que não têm ar-condicionado em casa para compensar. Não é preguiça, não é falta de disciplina: é fisiologia.

[[AD]]

Lembram do verão passado? Escolas dispensaram turmas mais cedo, professoras passaram mal, pais levaram ventiladores de casa. E a resposta oficial foi a de sempre: um plano, uma promessa, um prazo. ⟦Façam a conta de quantas aulas foram perdidas desde então.⟧

Não precisamos de soluções mirabolantes. Precisamos de telhados com isolamento, de árvores no pátio, de janelas que abram e, sim, de ar-condicionado nas salas onde o resto não dá conta. Precisamos também de um calendário que leve o clima a sério, em vez de fingir que fevereiro e março são meses amenos.

[[READ|⟪Secretaria de Educação anuncia compra de 5 mil aparelhos⟫]]

O calor não vai diminuir nos próximos anos. A pergunta é se vamos continuar exigindo concentração de crianças dentro de uma estufa. ⟦Enquanto a resposta for sim, não adianta falar em qualidade da educação.⟧""",
    kind="opinion", why="signed column arguing for classroom cooling",
))

# ---------------------------------------------------------------- 2. Brazil: unsigned editorial, "6.mar.2026 às 23h00", JSON-LD only, dated next day in UTC
PAGES.append(dict(
    case="pt-opinion-diario-emendas", lang="pt", html_lang="pt-BR", skin="diario", domain="www.gazetadotiete.example", site="Gazeta do Tietê", secpath="opiniao",
    url="https://www.gazetadotiete.example/opiniao/2026/03/o-congresso-precisa-dizer-quanto-custam-as-emendas.shtml",
    h1="O Congresso precisa dizer quanto custam as emendas",
    deck="Sem transparência sobre quem indica e para onde vai o dinheiro, o orçamento segue refém de acordos invisíveis",
    kicker="Editorial", kicker_path="opiniao/editoriais", authors=None, byline_text=None, byline_html="",
    ld_authors=["org:Gazeta do Tietê"], ld_type="Article", ld_section="Editoriais", meta="ld",
    pub="2026-03-06T23:00:00-03:00", ld_date="2026-03-07T02:00:00Z", date="6.mar.2026 às 23h00", today="sábado, 7 de março de 2026",
    nav=["Poder", "Mercado", "Mundo", "Cotidiano", "Opinião", "Esporte", "Ilustrada", "Equilíbrio"],
    subnav=["Editoriais", "Colunistas", "Tendências / Debates", "Painel do Leitor"],
    cookie="Este site utiliza cookies. Saiba mais em nossa Política de Privacidade.",
    side=[("Mais lidas", ["⟪Prefeitura de São Paulo anuncia nova faixa exclusiva na Rebouças⟫", "Corinthians vence clássico no Morumbis", "Inflação de fevereiro fica em 0,42%"]),
          ("Opinião", [("Colunistas", "O Brasil que não cabe no orçamento"), ("Tendências / Debates", "O voto distrital resolve?")])],
    after=[("editorial-note", "⟪Editoriais expressam a opinião da Gazeta do Tietê.⟫")],
    tags=["Orçamento", "Congresso", "Emendas parlamentares"],
    related=["TCU aponta falhas em 40% das emendas de 2025", "Entenda o que são as emendas Pix"],
    comments=[("Helena R.", "há 2 horas", "⟪Editorial certeiro. Transparência não deveria ser favor.⟫")],
    footer="⟪Copyright Gazeta do Tietê. Todos os direitos reservados. É proibida a reprodução.⟫", footer_nav=PLA_FOOT,
    w={"share": "Compartilhe"},
    body="""⟦As emendas parlamentares chegarão neste ano a R$ 53 bilhões⟧, quase um quarto de todo o dinheiro que o governo federal pode gastar livremente. É um volume que nenhuma democracia madura deixaria circular sem saber, com precisão, quem pediu, quanto pediu e onde o recurso foi aplicado.

Esta Gazeta tem defendido, desde a primeira leva das chamadas emendas de relator, que o problema não está na existência das emendas em si. Deputados e senadores conhecem as necessidades de suas bases, e é legítimo que participem da definição do orçamento. ⟦O problema está na opacidade que se tornou regra.⟧

[[AD]]

Relatório recente do Tribunal de Contas da União mostrou que, em 40% das emendas de 2025 examinadas, não foi possível identificar o parlamentar responsável pela indicação. Em outros casos, o dinheiro foi repassado a municípios sem plano de trabalho, nas chamadas transferências especiais, e desapareceu das estatísticas logo em seguida.

O Supremo Tribunal Federal já determinou regras de transparência, e o Congresso aprovou uma lei que promete rastreabilidade. No papel, portanto, o assunto estaria resolvido. ⟦Na prática, as planilhas continuam incompletas⟧ e os portais oficiais seguem difíceis de consultar até para especialistas.

Não se trata de criminalizar a política. Trata-se de lembrar que dinheiro público precisa de endereço. Defendemos três medidas simples: a identificação obrigatória do autor de cada emenda, a publicação do plano de trabalho antes do pagamento e a suspensão automática dos repasses a quem não prestar contas.

⟦Quem não tem nada a esconder não deveria temer uma planilha bem preenchida.⟧""",
    kind="opinion", why="unsigned editorial arguing for budget transparency",
))

AG_NAV = ["Brasil", "Política", "Economia", "Mundo", "São Paulo", "Rio", "Fato ou Fake", "Opinião", "Esportes", "Pop & Arte"]
AG_FOOT = ["Princípios editoriais", "Política de privacidade", "Termos de uso", "Trabalhe conosco", "Fale conosco"]
AG_SIDE = [("Mais lidas", ["⟪Mega-Sena acumula e prêmio vai a R$ 78 milhões⟫", "INSS antecipa 13º para aposentados; veja datas", "Frente fria chega ao Sul no fim de semana"]),
           ("Blogs e colunas", [("Opinião", "O que o Copom não disse"), ("Blog", "A conta da reforma tributária chegou"), ("Coluna", "São Paulo precisa de árvores")])]
AG_COOKIE = "Utilizamos cookies e tecnologias semelhantes de acordo com a nossa Política de Privacidade, conforme a LGPD."

# ---------------------------------------------------------------- 3. Brazil: Fato ou Fake, paragraph containers, "Atualizado há 2 horas"
PAGES.append(dict(
    case="pt-news-g1-fatooufake", lang="pt", html_lang="pt-BR", skin="g1", domain="portalagora.example", site="Portal Agora", secpath="fato-ou-fake",
    url="https://portalagora.example/fato-ou-fake/noticia/2026/03/05/e-fake-que-vacina-da-gripe-de-2026-tem-microchip-de-rastreamento.ghtml",
    h1="É #FAKE que vacina da gripe de 2026 tem microchip de rastreamento",
    deck="Vídeo que circula nas redes usa imagem de um frasco de insulina e ímã para sustentar a mentira",
    kicker="Fato ou Fake", authors=["Luana Prates"], byline_text="Por Luana Prates, Fato ou Fake",
    byline_html='Por <a href="/autor/luana-prates/">Luana Prates</a>, Fato ou Fake',
    ld_authors=["Luana Prates"], ld_type="NewsArticle", ld_section="Fato ou Fake",
    pub="2026-03-05T10:32:00-03:00", mod="2026-03-05T15:10:00-03:00", date="05/03/2026 10h32", updated="Atualizado há 2 horas", edition="Brasil",
    nav=AG_NAV, ticker=["Campanha de vacinação contra a gripe começa em 23 de março"], ticker_label="Últimas",
    cookie=AG_COOKIE, side=AG_SIDE,
    tags=["Fato ou Fake", "Vacinas", "Gripe", "Desinformação"],
    related=["É #FAKE que Ministério da Saúde vai cobrar pela vacina da dengue", "Veja como identificar vídeos manipulados"],
    comments=[("Sônia M.", "há 1 hora", "⟪Minha tia mandou esse vídeo no grupo da família ontem.⟫")],
    footer="⟪© Copyright 2000-2026 Portal Agora Comunicação. Todos os direitos reservados.⟫", footer_nav=AG_FOOT,
    body="""⟦Circula nas redes sociais um vídeo que afirma que as doses da vacina contra a gripe⟧ distribuídas pelo Ministério da Saúde em 2026 conteriam um microchip capaz de rastrear quem foi vacinado. É #FAKE.

No vídeo, que soma mais de 900 mil visualizações no TikTok e foi compartilhado em grupos de WhatsApp, um homem aproxima um ímã de um frasco e diz que o objeto “gruda” por causa do chip. A legenda afirma que “o governo vai saber onde você está”.

[[READ|⟪É #FAKE que vitamina C em dose alta substitui vacina⟫]]

[[H|Por que é falso]]

⟦O frasco mostrado no vídeo não é de vacina contra a gripe.⟧ O rótulo, ampliado pelo Fato ou Fake, mostra que se trata de uma caneta de insulina, que tem peças metálicas na própria embalagem. Por isso o ímã fica preso.

Além disso, não existe tecnologia capaz de rastrear uma pessoa a partir de um componente pequeno o bastante para passar por uma agulha de vacina. ⟦Um dispositivo de localização precisa de bateria e antena⟧, explica o engenheiro biomédico Caio Nogueira, da Universidade Federal de Pernambuco.

[[AD]]

O Ministério da Saúde informou, em nota, que as vacinas usadas na campanha são produzidas pelo Instituto Butantan e contêm apenas vírus inativados, conservantes e outros componentes descritos na bula, que pode ser consultada no site da Anvisa.

[[WA|⟪Receba as checagens do Fato ou Fake no canal do Portal Agora no WhatsApp⟫]]

A campanha nacional de vacinação contra a gripe começa em 23 de março e tem como público prioritário idosos, crianças de 6 meses a menores de 6 anos, gestantes e profissionais de saúde. ⟦A vacina é segura e reduz o risco de internação, segundo o ministério.⟧""",
    kind="news", why="fact check reporting findings",
))

# ---------------------------------------------------------------- 4. Brazil: rain story "Da Redação", no date metadata at all, "Atualizado há 40 minutos"
PAGES.append(dict(
    case="pt-news-g1-alagamento", lang="pt", html_lang="pt-BR", skin="g1", domain="portalagora.example", site="Portal Agora", secpath="sp",
    url="https://portalagora.example/sp/sao-paulo/noticia/2026/03/06/chuva-forte-alaga-ruas-e-deixa-14-pontos-de-sao-paulo-intransitaveis.ghtml",
    h1="Chuva forte alaga ruas e deixa 14 pontos de São Paulo intransitáveis",
    deck="Defesa Civil registrou quedas de árvores em seis bairros; CGE manteve estado de alerta até as 21h",
    kicker="São Paulo", authors=None, byline_text="Da Redação", byline_html="Da Redação", meta="min",
    pub="2026-03-06T18:05:00-03:00", date="06/03/2026 18h05", updated="Atualizado há 40 minutos", edition="São Paulo",
    nav=AG_NAV, ticker=["Trânsito: marginal Tietê tem lentidão de 12 km"], ticker_label="Últimas",
    caption="⟪Carros ilhados na avenida Aricanduva, na Zona Leste, nesta sexta.⟫ Foto: Reprodução/Redes sociais",
    cookie=AG_COOKIE, side=AG_SIDE,
    tags=["Chuva", "São Paulo", "Alagamentos", "Defesa Civil"],
    related=["Veja a previsão do tempo para o fim de semana em SP", "Como pedir indenização por danos causados por enchentes"],
    footer="© Copyright 2000-2026 Portal Agora Comunicação. Todos os direitos reservados.", footer_nav=AG_FOOT,
    body="""⟦Uma chuva forte que atingiu a capital paulista no fim da tarde desta sexta-feira (6)⟧ provocou alagamentos em diversas regiões e deixou 14 pontos intransitáveis, segundo o Centro de Gerenciamento de Emergências (CGE) da Prefeitura.

A Zona Leste foi a mais afetada. Na avenida Aricanduva, motoristas ficaram ilhados e precisaram abandonar os carros. ⟦Em Itaquera, o córrego Rio Verde transbordou e a água invadiu casas⟧ de pelo menos duas ruas, de acordo com moradores.

[[READ|⟪Previsão: frente fria traz temperaturas de 14 °C a SP na segunda⟫]]

O CGE colocou toda a cidade em estado de alerta para alagamentos às 17h10. Em uma hora, o radar registrou 62 milímetros de chuva na região da Penha, o equivalente a um terço do esperado para todo o mês de março.

[[AD]]

A Defesa Civil recebeu 31 chamados de quedas de árvores, em bairros como Vila Mariana, Tatuapé e Santana. Uma árvore caiu sobre a fiação na rua Domingos de Morais e deixou parte da região sem energia. A concessionária informou que cerca de 48 mil imóveis ficaram sem luz no pico da tempestade.

A circulação de trens da Linha 12-Safira da CPTM foi interrompida entre as estações Tatuapé e Engenheiro Goulart por causa de objetos na via. ⟦Não há registro de feridos, segundo o Corpo de Bombeiros.⟧

[[WA|⟪Siga o canal do Portal Agora SP no WhatsApp⟫]]

Na Zona Norte, a Marginal Tietê chegou a registrar 12 quilômetros de lentidão no sentido Castello Branco, e a CET interditou por uma hora a ponte das Bandeiras por causa do acúmulo de água. Segundo a companhia, a cidade teve 790 quilômetros de congestionamento às 18h, o maior índice do ano.

A previsão é de que a chuva perca força durante a noite. ⟦O CGE manteve o estado de alerta até as 21h.⟧""",
    kind="news", why="local weather report",
))

# ---------------------------------------------------------------- 5. Brazil: explainer "Entenda", two reporters with "e"
PAGES.append(dict(
    case="pt-news-g1-impostoderenda", lang="pt", html_lang="pt-BR", skin="g1", domain="portalagora.example", site="Portal Agora", secpath="economia",
    url="https://portalagora.example/economia/imposto-de-renda/noticia/2026/03/09/entenda-o-que-muda-no-imposto-de-renda-2026-para-quem-ganha-ate-r-5-mil.ghtml",
    h1="Entenda o que muda no Imposto de Renda 2026 para quem ganha até R$ 5 mil",
    deck="Nova faixa de isenção vale para os salários desde janeiro, mas só aparece na declaração do ano que vem",
    kicker="Imposto de Renda 2026", authors=["Bruno Carvalhal", "Tatiane Siqueira"], byline_text="Por Bruno Carvalhal e Tatiane Siqueira",
    byline_html='Por <a href="/autor/bruno-carvalhal/">Bruno Carvalhal</a> e <a href="/autor/tatiane-siqueira/">Tatiane Siqueira</a>',
    ld_authors=["Bruno Carvalhal", "Tatiane Siqueira"], ld_type="NewsArticle", ld_section="Economia",
    pub="2026-03-09T06:00:00-03:00", mod="2026-03-10T09:12:00-03:00", date="09/03/2026 06h00", updated="Atualizado há 1 dia", edition="Brasil",
    nav=AG_NAV, ticker=["Receita libera programa da declaração do IR 2026"], ticker_label="Últimas",
    cookie="⟪Utilizamos cookies e tecnologias semelhantes⟫ de acordo com a nossa Política de Privacidade.", side=AG_SIDE,
    tags=["Imposto de Renda", "Receita Federal", "Isenção"],
    related=["Calendário de restituição do IR 2026", "Quem é obrigado a declarar em 2026"],
    comments=[("Paulo H.", "há 9 horas", "⟪Finalmente uma explicação clara, obrigado.⟫")],
    footer="⟪© Copyright 2000-2026 Portal Agora Comunicação. Todos os direitos reservados.⟫", footer_nav=AG_FOOT,
    body="""⟦A ampliação da faixa de isenção do Imposto de Renda para quem ganha até R$ 5 mil⟧ por mês já vale desde janeiro, mas muita gente ainda tem dúvidas sobre o que isso significa na prática. O Portal Agora reuniu as principais perguntas e respostas.

[[H|Quem deixa de pagar?]]

Trabalhadores com renda mensal de até R$ 5 mil deixam de ter o imposto descontado na fonte. Segundo a Receita Federal, ⟦cerca de 10 milhões de pessoas passaram a ser isentas⟧ com a mudança, que é a maior alteração na tabela em quase três décadas.

[[H|E quem ganha um pouco mais?]]

Para salários entre R$ 5 mil e R$ 7.350, há um desconto gradual: quanto mais perto de R$ 5 mil, menor o imposto. Acima de R$ 7.350, a tabela continua como antes.

[[READ|⟪Simulador: calcule quanto você vai pagar de IR com a nova tabela⟫]]

[[H|A declaração deste ano já muda?]]

Não. ⟦A declaração entregue em 2026 se refere aos rendimentos de 2025⟧, quando a regra antiga ainda valia. O efeito da nova faixa só vai aparecer na declaração de 2027. O prazo de entrega deste ano vai de 16 de março a 29 de maio.

[[AD]]

[[H|Quem paga a conta?]]

Para compensar a perda de arrecadação, estimada em R$ 26 bilhões por ano, o governo criou um imposto mínimo para quem recebe mais de R$ 50 mil por mês, incluindo lucros e dividendos. Economistas ouvidos pelo Portal Agora consideram a medida significativa do ponto de vista da justiça tributária, mas alertam que a arrecadação prevista depende de como os contribuintes de alta renda vão reagir.

[[H|Preciso fazer alguma coisa?]]

⟦Não. O desconto menor no salário é automático⟧ e aparece no contracheque. Quem tiver dúvidas pode consultar o simulador disponível no site da Receita Federal.""",
    kind="news", why="explainer with official figures",
))

# ---------------------------------------------------------------- 6. Brazil: sponsored page, "Conteúdo de marca", studio byline
PAGES.append(dict(
    case="pt-other-magazine-patrocinado", lang="pt", html_lang="pt-BR", skin="magazine", domain="www.viverbemhoje.example", site="Viver Bem Hoje", secpath="conteudo-de-marca",
    url="https://www.viverbemhoje.example/conteudo-de-marca/lumina-energia/cinco-habitos-simples-para-pagar-menos-na-conta-de-luz/",
    h1="Cinco hábitos simples para pagar menos na conta de luz",
    deck="Pequenas mudanças na rotina e o acompanhamento do consumo pelo celular podem reduzir a fatura em até 20%",
    kicker="Conteúdo de marca", tagline="Casa, saúde e finanças pessoais", authors=None, byline_text="Estúdio Viver Bem para Lumina Energia",
    byline_html="Estúdio Viver Bem para Lumina Energia", sponsor="⟪Conteúdo de marca · Oferecido por Lumina Energia⟫",
    ld_authors=["org:Estúdio Viver Bem"], meta="og",
    pub="2026-03-12T09:00:00-03:00", date="12 de março de 2026",
    nav=["Casa", "Saúde", "Finanças", "Receitas", "Bem-estar", "Opinião", "Conteúdo de marca"],
    caption="⟪Aplicativo mostra o consumo de energia da casa hora a hora.⟫ Foto: Divulgação/Lumina",
    cookie="Este site usa cookies para personalizar conteúdo e anúncios.",
    side=[("Mais lidas", ["⟪Como organizar a geladeira para a comida durar mais⟫", "Sete plantas que gostam de sombra", "Caminhar depois do almoço faz bem?"]),
          ("Opinião", [("Coluna", "A casa que cabe no salário"), ("Opinião", "Precisamos falar de dívidas")])],
    after=[("sponsor-note", "⟪Este conteúdo foi produzido pelo Estúdio Viver Bem com o patrocínio da Lumina Energia.⟫")],
    tags=["Energia", "Economia doméstica", "Sustentabilidade"],
    related=["Como escolher uma geladeira econômica", "Vale a pena instalar energia solar?"],
    footer="⟪© 2026 Viver Bem Hoje. Todos os direitos reservados.⟫", footer_nav=["Sobre", "Contato", "Anuncie"],
    body="""⟦Com o calor dos últimos meses, a conta de luz pesou no bolso de muitas famílias brasileiras.⟧ A boa notícia é que alguns hábitos simples, somados ao acompanhamento do consumo em tempo real, ajudam a economizar sem abrir mão do conforto.

A Lumina Energia, que atende 3 milhões de clientes em quatro estados, reuniu as dicas que mais fazem diferença na fatura. Segundo a empresa, os clientes que acompanham o consumo pelo aplicativo gastam, em média, 12% menos do que os demais.

[[H|1. Descubra quem são os vilões da casa]]

⟦Chuveiro elétrico, ar-condicionado e geladeira antiga costumam responder por mais da metade do consumo.⟧ No aplicativo Lumina, o gráfico de consumo por hora mostra exatamente quando a energia está sendo gasta.

[[H|2. Ajuste o ar-condicionado para 23 °C]]

Cada grau a menos aumenta o consumo em cerca de 8%. Manter portas e janelas fechadas e limpar os filtros todo mês também ajuda.

[[H|3. Banhos mais curtos, chuveiro na posição verão]]

Cinco minutos a menos no banho, com o chuveiro na posição mais fria, podem representar uma economia de até R$ 30 por mês em uma família de quatro pessoas.

[[H|4. Desligue da tomada o que não está em uso]]

Televisores, carregadores e micro-ondas em modo de espera consomem energia o tempo todo. ⟦Uma régua com interruptor resolve o problema com um só clique.⟧

[[H|5. Acompanhe a conta antes de ela chegar]]

Com o alerta de consumo do aplicativo Lumina, o cliente define um valor máximo e recebe um aviso quando está perto de atingi-lo. ⟦O recurso é gratuito e pode ser ativado em menos de um minuto.⟧""",
    kind="other", why="sponsored brand content",
))

DM_NAV = ["Coimbra", "Região", "País", "Mundo", "Economia", "Opinião", "Desporto", "Cultura", "Multimédia"]
DM_SIDE = [("Mais lidas", ["⟪Obras na Ponte de Santa Clara condicionam trânsito até sexta-feira⟫", "Académica anuncia novo treinador", "Preço dos combustíveis desce na segunda-feira"]),
           ("Opinião", [("Crónica", "A cidade que se esqueceu do rio"), ("Opinião", "O SNS e a arte de esperar"), ("Editorial", "Um distrito sem comboios")])]

# ---------------------------------------------------------------- 7. Portugal: health story, "com Lusa"
PAGES.append(dict(
    case="pt-news-diario-medicos", lang="pt", html_lang="pt-PT", skin="diario", domain="www.diariodomondego.example", site="Diário do Mondego", secpath="pais",
    url="https://www.diariodomondego.example/pais/governo-aprova-contratacao-de-120-medicos-de-familia-para-o-algarve",
    h1="Governo aprova contratação de 120 médicos de família para o Algarve",
    deck="Concurso abre em abril e dá prioridade a centros de saúde com mais utentes sem médico atribuído",
    kicker="Saúde", authors=["Ana Rita Fontes"], byline_text="Ana Rita Fontes, com Lusa",
    byline_html='<a href="/autor/ana-rita-fontes">Ana Rita Fontes</a>, com Lusa',
    ld_authors=["Ana Rita Fontes", "org:Lusa"], ld_type="NewsArticle", ld_section="País",
    pub="2026-03-05T10:32:00+00:00", date="5 de março de 2026, 10:32", today="Quinta-feira, 5 de Março de 2026",
    nav=DM_NAV, ticker=["Greve dos enfermeiros marcada para dia 18"], ticker_label="Última hora",
    cookie="Este sítio utiliza cookies para melhorar a sua experiência de navegação.", side=DM_SIDE,
    w={"share": "Partilhar", "most_read": "Mais lidas", "login": "Iniciar sessão", "subscribe": "Assinar", "related": "Leia também", "nl_btn": "Subscrever"},
    tags=["SNS", "Médicos de família", "Algarve"],
    related=["Quase 1,6 milhões de utentes sem médico de família", "Ordem dos Médicos critica regras do concurso"],
    comments=[("J. Guerreiro", "há 3 horas", "⟪Em Lagos esperamos há quatro anos por um médico.⟫")],
    newsletter="Subscreva a newsletter diária do Diário do Mondego.",
    footer="⟪© 2026 Diário do Mondego. Todos os direitos reservados.⟫", footer_nav=["Estatuto editorial", "Ficha técnica", "Contactos", "Privacidade"],
    body="""⟦O Conselho de Ministros aprovou esta quinta-feira a contratação de 120 médicos de medicina geral e familiar⟧ para os centros de saúde do Algarve, a região do país com a maior percentagem de utentes sem médico de família atribuído.

Segundo a ministra da Saúde, que falou aos jornalistas no final da reunião, o concurso abre em abril e terá regras próprias: os médicos que aceitarem vagas nas unidades com maior carência receberão um suplemento mensal de 900 euros durante os primeiros três anos e terão prioridade no acesso a habitação a custos controlados.

[[PHOTO|⟪Centro de saúde de Portimão, um dos que têm mais utentes sem médico.⟫ Foto: Lusa]]

De acordo com os dados do Serviço Nacional de Saúde, ⟦cerca de 210 mil utentes algarvios não têm médico de família⟧, o que corresponde a quase metade da população inscrita nos centros de saúde da região. No verão, com a chegada de turistas, a pressão sobre as urgências aumenta ainda mais.

[[AD]]

A Administração Regional de Saúde do Algarve estima que, se todas as vagas forem preenchidas, o número de utentes sem médico possa descer para menos de 60 mil até ao final de 2027. Os concelhos de Portimão, Loulé e Albufeira serão os primeiros a receber os novos profissionais.

O presidente da secção regional da Ordem dos Médicos, citado pela agência Lusa, considerou a medida «positiva, mas tardia» e lembrou que concursos semelhantes nos últimos anos ficaram com mais de metade das vagas por preencher. ⟦«O problema não é só o salário, é a falta de casas a preços que um jovem médico possa pagar»⟧, afirmou.

O Governo prevê gastar 14 milhões de euros por ano com a medida. ⟦A lista das vagas deverá ser publicada em Diário da República até ao final do mês.⟧""",
    kind="news", why="government health announcement report",
))

# ---------------------------------------------------------------- 8. Portugal: match report labelled "Crónica", ficha de jogo after the text
PAGES.append(dict(
    case="pt-news-diario-cronica", lang="pt", html_lang="pt-PT", skin="diario", domain="www.diariodomondego.example", site="Diário do Mondego", secpath="desporto",
    url="https://www.diariodomondego.example/desporto/academico-de-vale-formoso-vence-em-setubal-e-sobe-ao-terceiro-lugar",
    h1="Académico de Vale Formoso vence em Setúbal e sobe ao terceiro lugar",
    deck="Bis de Tiago Baleizão deu a volta a um jogo que os sadinos começaram a ganhar",
    kicker="Crónica", kicker_path="desporto", authors=["Pedro Valadares"], byline_text="Pedro Valadares",
    byline_html='<a href="/autor/pedro-valadares">Pedro Valadares</a>', place="Setúbal", meta="og", meta_section="Desporto",
    pub="2026-03-08T22:47:00+00:00", date="08/03/2026 22:47", today="Domingo, 8 de Março de 2026",
    nav=DM_NAV, subnav=["Futebol", "Modalidades", "Liga 3", "Distritais", "Resultados"],
    ticker=["Basquetebol: Olivais na final da Taça"], ticker_label="Última hora",
    caption="⟪Tiago Baleizão festeja o segundo golo do Académico.⟫ Foto: Rui Minderico",
    cookie="⟪Este sítio utiliza cookies para melhorar a sua experiência de navegação.⟫", side=DM_SIDE,
    w={"share": "Partilhar", "login": "Iniciar sessão", "subscribe": "Assinar", "related": "Leia também"},
    after=[("ficha-jogo", "<h3>Ficha de jogo</h3><p>⟪Estádio do Bonfim, em Setúbal. Árbitro: Nuno Almeida (AF Lisboa).⟫</p>"
            "<p>Marcadores: 0-1 Ricardo Lemos (19’), 1-1 Tiago Baleizão (56’), 2-1 Tiago Baleizão (78’).</p>")],
    tags=["Académico de Vale Formoso", "Liga 3", "Futebol"],
    related=["Classificação da Liga 3 após a 22.ª jornada", "Resultados da jornada"],
    footer="⟪© 2026 Diário do Mondego. Todos os direitos reservados.⟫", footer_nav=["Estatuto editorial", "Ficha técnica", "Contactos", "Privacidade"],
    body="""⟦O Académico de Vale Formoso foi a Setúbal ganhar por 2-1 e subiu ao terceiro lugar da Liga 3⟧, graças a dois golos de Tiago Baleizão na segunda parte, num jogo em que esteve a perder durante mais de meia hora.

A equipa da casa entrou melhor e marcou cedo. Aos 19 minutos, Ricardo Lemos aproveitou uma hesitação entre o central e o guarda-redes do Académico e, de pé esquerdo, colocou a bola junto ao poste. Os sadinos mantiveram o controlo até ao intervalo, sem que os forasteiros criassem uma única oportunidade clara.

[[H|Mudança ao intervalo]]

O treinador Luís Marçal mexeu na equipa ao intervalo, com a entrada de Diogo Farinha para o meio-campo, e ⟦o Académico passou a ter mais bola e mais profundidade⟧ pelas alas. O empate chegou aos 56 minutos: cruzamento de Farinha, cabeceamento de Baleizão ao segundo poste.

[[AD]]

O Setúbal ainda reagiu, com um remate de meia distância que Hugo Cravo desviou para canto, mas foi o Académico a chegar à vantagem. ⟦Aos 78 minutos, Baleizão recebeu à entrada da área, fintou dois adversários e rematou rasteiro⟧ para o 2-1.

Nos minutos finais, os sadinos carregaram, mas a defesa forasteira aguentou. No fim, Luís Marçal elogiou a «paciência» dos seus jogadores: «Sabíamos que o jogo ia ser longo.»

A exibição da segunda parte foi a melhor da época do Académico fora de casa: 64 por cento de posse de bola e nove remates, contra apenas dois dos sadinos. O Setúbal, que não perdia no Bonfim desde outubro, desce ao sexto lugar.

Com esta vitória, o Académico soma 41 pontos, a três do segundo lugar. ⟦Na próxima jornada recebe o Sporting da Covilhã.⟧""",
    kind="news", why="match report labelled Crónica; reports the game",
))

# ---------------------------------------------------------------- 9. Angola: "Texto: … | Foto: …", Open Graph only
PAGES.append(dict(
    case="pt-news-magazine-luanda", lang="pt", html_lang="pt-AO", skin="magazine", domain="www.kwanzadigital.example", site="Kwanza Digital", secpath="sociedade",
    url="https://www.kwanzadigital.example/sociedade/nova-via-expressa-do-camama-fica-concluida-em-junho/",
    h1="Nova via expressa do Camama fica concluída em Junho, garante Governo Provincial de Luanda",
    kicker="Sociedade", tagline="Notícias de Angola e do mundo", authors=["Domingos Kiala"], byline_text="Texto: Domingos Kiala | Foto: Ndalu Sebastião",
    byline_html='Texto: <a href="/author/domingos-kiala/">Domingos Kiala</a> | Foto: Ndalu Sebastião', meta="og",
    pub="2026-03-05T10:32:00+01:00", date="05/03/2026 - 10:32",
    nav=["Política", "Economia", "Sociedade", "Províncias", "África", "Opinião", "Desporto", "Cultura"],
    ticker=["BNA mantém taxa de juro em 19,5%", "Petro de Luanda vence no Girabola"],
    caption="⟪Máquinas trabalham no troço entre o Camama e o Kilamba.⟫ Foto: Ndalu Sebastião",
    cookie="Utilizamos cookies para garantir que tem a melhor experiência no nosso site.",
    side=[("Mais lidas", ["⟪Luanda: EPAL anuncia cortes de água em Viana⟫", "Preço do pão sobe em Benguela", "Palancas Negras preparam jogo com a Zâmbia"]),
          ("Opinião", [("Opinião", "Luanda precisa de passeios, não só de estradas"), ("Crónica", "O candongueiro e a cidade")])],
    tags=["Luanda", "Infra-estruturas", "Camama"],
    related=["Obras na Avenida Pedro de Castro Van-Dúnem atrasam", "Kilamba recebe nova escola secundária"],
    comments=[("Edvaldo", "5 de Março de 2026 às 12:05", "⟪Já ouvimos essa promessa em 2024, vamos ver.⟫")],
    footer="⟪© 2026 Kwanza Digital. Todos os direitos reservados.⟫", footer_nav=["Quem somos", "Contactos", "Publicidade"],
    body="""⟦As obras da nova via expressa que liga o Camama ao Kilamba, em Luanda, estarão concluídas em Junho⟧, garantiu esta quarta-feira o vice-governador provincial para os Serviços Técnicos e Infra-estruturas, durante uma visita ao local.

A estrada, com 14 quilómetros e três faixas em cada sentido, deverá reduzir para metade o tempo de viagem entre as duas centralidades, que nas horas de ponta chega a ultrapassar uma hora e meia. ⟦Segundo o Governo Provincial, 78 por cento dos trabalhos já estão executados.⟧

[[READ|⟪Moradores do Kilamba queixam-se de falta de transportes⟫]]

O projecto, orçado em 210 milhões de dólares, inclui duas passagens desniveladas, 22 paragens de autocarro e passeios para peões ao longo de todo o percurso. ⟦As obras começaram em 2023 e sofreram atrasos⟧ devido às chuvas e a problemas com as expropriações de terrenos.

De acordo com o vice-governador, cerca de 340 famílias que viviam na zona foram realojadas no Zango 8000 e as restantes indemnizações deverão ficar pagas até ao fim do mês.

Moradores ouvidos pelo Kwanza Digital mostraram-se satisfeitos com o avanço dos trabalhos, mas pediram mais atenção à iluminação pública e à segurança nas paragens. «Durante a noite esta zona fica muito escura», disse Joana Cassoma, comerciante no mercado do Camama.

A via faz parte de um pacote de onze obras rodoviárias anunciado pelo Executivo para a capital, que inclui também a reabilitação da Estrada de Catete e da Avenida Deolinda Rodrigues. Segundo o Governo Provincial, os trabalhos empregam actualmente 1.200 pessoas, 85 por cento das quais angolanas.

⟦A inauguração está prevista para as celebrações do Dia da Criança, a 1 de Junho.⟧""",
    kind="news", why="local infrastructure report",
))

# ---------------------------------------------------------------- 10. Mozambique: signed column filed under Sociedade, not marked at all
PAGES.append(dict(
    case="pt-opinion-magazine-chapas", lang="pt", html_lang="pt-MZ", skin="magazine", domain="www.indiconoticias.example", site="Índico Notícias", secpath="sociedade",
    url="https://www.indiconoticias.example/sociedade/os-chapas-a-cidade-e-a-paciencia-que-ja-nao-temos/",
    h1="Os chapas, a cidade e a paciência que já não temos",
    kicker="Sociedade", tagline="Informação de Moçambique para o mundo", authors=["Celeste Mabunda"], byline_text="Por Celeste Mabunda",
    byline_html='Por <a href="/author/celeste-mabunda/">Celeste Mabunda</a>',
    ld_authors=["Celeste Mabunda"], ld_type="Article", ld_section="Sociedade",
    pub="2026-03-05T07:00:00+02:00", date="5 de Março de 2026",
    nav=["Nacional", "Política", "Economia", "Sociedade", "Províncias", "Desporto", "Opinião", "Cultura"],
    ticker=["Chuvas: INAM emite aviso para Gaza e Inhambane", "Metical estável face ao dólar"],
    cookie="Este site usa cookies. Ao continuar a navegar, concorda com a sua utilização.",
    side=[("Mais lidas", ["⟪Maputo: município anuncia novas rotas de autocarros⟫", "Ferroviário da Beira empata em casa", "Preço do pão mantém-se em Março"]),
          ("Opinião", [("Opinião", "A escola pública que queremos"), ("Editorial", "Cabo Delgado não pode ser esquecido")])],
    tags=["Maputo", "Transportes", "Chapas"],
    related=["Quanto custa ir de Matola a Maputo", "Municípios da área metropolitana discutem tarifa única"],
    comments=[("Albino M.", "5 de Março de 2026 às 09:14", "⟪Grande verdade. Todos os dias a mesma luta na paragem.⟫")],
    footer="⟪© 2026 Índico Notícias — Maputo, Moçambique⟫", footer_nav=["Sobre nós", "Contactos", "Publicidade"],
    body="""⟦Quem apanha chapa na Praça dos Combatentes às seis da manhã conhece de cor o ritual.⟧ O cobrador grita o destino, a multidão corre, os mais fortes entram primeiro e os outros ficam a contar as moedas para o próximo, que pode vir daqui a cinco minutos ou daqui a meia hora.

Já nos habituámos a isto. E é precisamente aí que está o problema: ⟦habituámo-nos a achar normal que trabalhar em Maputo custe três horas de transporte por dia.⟧

O anúncio de mais um aumento da tarifa, feito na semana passada pelos transportadores, voltou a pôr o tema na mesa. Os donos dos chapas têm razões: o combustível subiu, as peças estão caras, as estradas destroem os veículos. Mas quem paga a conta é sempre o mesmo passageiro, que não tem alternativa.

Será que a solução é discutir, de seis em seis meses, se o bilhete custa 15 ou 20 meticais? Não creio. O que falta é uma rede de transporte público digna desse nome, com horários, paragens cobertas e autocarros suficientes nas rotas mais procuradas.

[[READ|⟪Transportadores ameaçam paralisação em Maputo⟫]]

Outras cidades africanas já mostraram que é possível. ⟦Em Dar es Salaam, as faixas exclusivas para autocarros reduziram para metade o tempo de viagem⟧ de centenas de milhares de pessoas. Não foi milagre, foi decisão política e dinheiro bem aplicado.

Enquanto isso não acontecer em Maputo, continuaremos a assistir às mesmas cenas: mulheres com crianças ao colo a disputar um lugar, estudantes a chegar atrasados às aulas, trabalhadores a sair de casa ainda de noite. E continuaremos a chamar paciência àquilo que, na verdade, é resignação.

⟦A cidade merece mais do que a nossa paciência.⟧""",
    kind="opinion", why="signed column arguing for public transport; no opinion label",
))
