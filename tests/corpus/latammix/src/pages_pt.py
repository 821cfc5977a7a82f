"""Portuguese (Brazil): a G1-style portal (floods, a Coluna, a recipe), a São Paulo daily (Selic,
Agência Brasil copy, Tendências/Debates), a TV network (interview), a Recife regional paper (buses
with a printed date only, an unsigned editorial) and a digital native (an "Análise" written as
reporting, a signed column under Cotidiano with no opinion mark, an income-tax guide)."""

PAGES = []

G = dict(domain="g9.portalbrasil.example", site="Portal Brasil", lang="pt", skin="portalbr",
         nav=["Brasil", "Política", "Economia", "Mundo", "Meio Ambiente", "Esportes", "Pop & Arte", "Opinião", "Colunistas", "Receitas"],
         ticker=["Defesa Civil emite alerta de chuva forte para a Grande Porto Alegre", "Dólar fecha em queda a R$ 5,12"],
         rank=["Calendário do Bolsa Família de junho", "Resultado da Mega-Sena de ontem", "Previsão do tempo para o fim de semana", "Concurso do INSS: inscrições abertas"],
         op=[("O Brasil que não aprende com a chuva", "Renata Moraes"), ("A reforma que ficou no papel", "Paulo Sérgio Lima"), ("Cidades para quem anda a pé", "Beatriz Falcão")],
         footer_nav=["Princípios editoriais", "Política de privacidade", "Termos de uso", "Trabalhe conosco", "Anuncie"],
         footer="© Copyright 2000-2026 Portal Brasil. Todos os direitos reservados.")

PAGES.append(dict(G,
    case="pt-news-portalbr-chuvas", secpath="rs",
    url="https://g9.portalbrasil.example/rs/noticia/2026/06/07/chuva-forte-deixa-12-mil-desalojados-no-vale-do-taquari.ghtml",
    h1="Chuva forte deixa 12 mil desalojados no Vale do Taquari",
    deck="Rio Taquari subiu mais de 20 metros em Lajeado; Defesa Civil pede que moradores de áreas de risco deixem suas casas.",
    crumbs=["RS"], label="Enchentes no RS",
    authors=["Gabriel Schmitt"], byline_text="Por Gabriel Schmitt, Portal Brasil RS",
    byline_html='Por <a href="/autor/gabriel-schmitt">Gabriel Schmitt</a>, Portal Brasil RS',
    ld_authors=["Gabriel Schmitt"], ld_type="NewsArticle",
    pub="2026-06-07T14:05:00-03:00", mod="2026-06-07T16:10:00-03:00",
    date="07/06/2026 às 14h05 · Atualizado há 2 horas",
    hero="⟪Moradores deixam casas de barco no bairro Florestal, em Lajeado. — Foto: Gabriel Schmitt/Portal Brasil⟫",
    tags=["Enchentes", "Rio Grande do Sul", "Defesa Civil"],
    related=["⟪Veja como doar para as vítimas da enchente⟫", "Aulas suspensas em 18 cidades gaúchas"],
    comments=[("Marcia_Lajeado", "há 1 hora", "De novo isso, a gente nem terminou de arrumar a casa da última vez.", 87)],
    body="""⟦A chuva forte que atinge o Rio Grande do Sul desde quinta-feira deixou ao menos 12 mil pessoas desalojadas⟧ no Vale do Taquari, segundo boletim divulgado pela Defesa Civil estadual na tarde deste domingo (7).

Em Lajeado, o Rio Taquari chegou a 24,3 metros às 11h, mais de 20 metros acima do nível normal. Bairros inteiros ficaram debaixo d'água, e equipes de resgate usaram barcos e helicópteros para retirar moradores.

[[REL|⟪Mapa mostra as áreas alagadas em Lajeado e Estrela⟫]]

⟦O governador afirmou que o estado vai pedir ao governo federal o reconhecimento de situação de emergência⟧ em 21 municípios. Segundo ele, o pedido deve ser enviado ainda nesta segunda.

[[AD]]

[[H|Previsão de mais chuva]]

A MetSul prevê novos temporais entre terça e quarta-feira, com acumulados de até 150 milímetros na Serra e no Vale. ⟦A Defesa Civil pediu que moradores de áreas de risco deixem suas casas preventivamente.⟧

[[FIG|⟪Voluntários organizam doações em ginásio de Estrela. — Foto: Divulgação/Prefeitura⟫]]

Abrigos foram montados em escolas e ginásios de Lajeado, Estrela, Arroio do Meio e Encantado. As prefeituras pedem doações de água, colchões, roupas de cama e alimentos não perecíveis.

[[NL|⟪Receba as notícias do RS no seu WhatsApp⟫|Quero receber]]

⟦Quem precisar de resgate deve ligar para o número 193, do Corpo de Bombeiros.⟧""",
    kind="news", why="flood report with official figures",
))

PAGES.append(dict(G,
    case="pt-opinion-portalbr-coluna", secpath="opiniao/coluna/renata-moraes",
    url="https://g9.portalbrasil.example/opiniao/coluna/renata-moraes/2026/06/10/o-brasil-que-nao-aprende-com-a-chuva.ghtml",
    h1="O Brasil que não aprende com a chuva",
    crumbs=["Opinião", "Colunistas", "Renata Moraes"], label="Coluna",
    op=[("A reforma que ficou no papel", "Paulo Sérgio Lima"), ("Cidades para quem anda a pé", "Beatriz Falcão"), ("O juro e a mesa do brasileiro", "Fábio Andrade")],
    authors=["Renata Moraes"], byline_text="Renata Moraes Colunista", byline_html='<a href="/autor/renata-moraes">Renata Moraes</a> <span>Colunista</span>',
    ld_authors=["Renata Moraes"], ld_type="OpinionNewsArticle", ld_section="Opinião",
    pub="2026-06-10T06:00:00-03:00", date="10/06/2026 06h00",
    tags=["Enchentes", "Clima", "Coluna"],
    related=["⟪Defesa Civil ainda não gastou verba de prevenção de 2025⟫", "Como funcionam os diques de Porto Alegre"],
    bio="Renata Moraes é jornalista e escreve às quartas-feiras. Este texto não reflete, necessariamente, a opinião do Portal Brasil.",
    body="""⟦Pela terceira vez em três anos, o Vale do Taquari está debaixo d'água.⟧ As imagens são quase as mesmas: o rio invadindo ruas, famílias em cima dos telhados, voluntários carregando colchões em ginásios. O que muda é o cansaço de quem perde tudo de novo.

Não dá mais para tratar essas enchentes como tragédias inesperadas. Os climatologistas avisam há anos que os eventos extremos vão ser mais frequentes no Sul. ⟦O que falta não é informação; é decisão política.⟧

[[REL|⟪Enchente no RS: o que se sabe até agora⟫]]

[[AD]]

Depois de cada cheia, governos anunciam planos de reconstrução e prometem obras de contenção. Parte do dinheiro chega, parte se perde em licitações que não andam. ⟦Enquanto isso, cidades continuam autorizando construções em áreas que alagam,⟧ porque é mais fácil liberar um loteamento do que enfrentar o mercado imobiliário.

Defendo três coisas simples. Primeiro, que o dinheiro de prevenção seja separado do de emergência e não possa ser remanejado. Segundo, que os municípios sejam obrigados a atualizar seus mapas de risco a cada dois anos. Terceiro, que famílias em áreas de risco recebam moradia digna em outro lugar, e não apenas um auxílio temporário.

Nenhuma dessas medidas rende inauguração. Mas cada uma delas salva casas, e às vezes vidas.

⟦A próxima chuva virá; a pergunta é se estaremos, enfim, preparados.⟧""",
    kind="opinion", why="Coluna by a columnist arguing for prevention",
))

PAGES.append(dict(G,
    case="pt-other-portalbr-paodequeijo", secpath="receitas", meta="full",
    url="https://g9.portalbrasil.example/receitas/noticia/2026/04/18/pao-de-queijo-mineiro-receita-facil.ghtml",
    h1="Pão de queijo mineiro: receita fácil com polvilho azedo",
    deck="Com cinco ingredientes e meia hora de forno, dá para fazer em casa o pão de queijo de padaria.",
    crumbs=["Receitas"], label="Receitas",
    authors=["Helena Vasconcelos"], byline_text="Por Helena Vasconcelos", byline_html="Por Helena Vasconcelos",
    ld_authors=["Helena Vasconcelos"], ld_type="Recipe",
    pub="2026-04-18T09:00:00-03:00", date="Publicado em 18 de abril de 2026",
    hero="⟪Pão de queijo recém-saído do forno. — Foto: Helena Vasconcelos⟫",
    tags=["Receitas", "Lanche", "Minas Gerais"],
    related=["⟪Bolo de fubá cremoso: aprenda⟫", "Como fazer requeijão caseiro"],
    body="""⟦Poucas coisas são tão mineiras quanto um pão de queijo quentinho com café.⟧ A receita abaixo usa polvilho azedo, que deixa a casquinha crocante e o miolo elástico, e rende cerca de 30 unidades médias.

[[H|Ingredientes]]

[[LIST|⟦500 g de polvilho azedo⟧|1 xícara de leite|1/2 xícara de óleo|2 ovos|200 g de queijo meia-cura ralado|1 colher de chá de sal]]

[[AD]]

[[H|Modo de preparo]]

[[OL|Ferva o leite com o óleo e o sal.|⟦Despeje sobre o polvilho e misture com uma colher até formar uma farofa.⟧|Espere amornar e acrescente os ovos, um de cada vez, sovando bem.|Junte o queijo e amasse até a massa ficar lisa.|Faça bolinhas com as mãos untadas e coloque numa assadeira, com espaço entre elas.|Asse em forno preaquecido a 200 °C por 25 a 30 minutos.]]

[[H|Dicas]]

⟦Se quiser congelar, faça as bolinhas e leve ao freezer numa assadeira;⟧ depois de congeladas, guarde em saco plástico. Na hora de assar, não precisa descongelar: basta deixar alguns minutos a mais no forno.

O queijo meia-cura pode ser trocado por parmesão, mas o sabor fica mais forte e salgado.

⟦Sirva quente, de preferência logo que sair do forno.⟧""",
    kind="other", why="recipe with ingredients and steps",
))

FS = dict(domain="www.folhadoplanalto.example", site="Folha do Planalto", lang="pt", skin="diario",
          nav=["Poder", "Mercado", "Mundo", "Cotidiano", "Esporte", "Ilustrada", "Opinião", "Colunas", "Tendências / Debates", "Painel do Leitor"],
          ticker=["Ibovespa sobe 1,2% e renova recorde", "STF retoma julgamento sobre plataformas"],
          rank=["Copom: o que muda no seu bolso", "Imposto de Renda: lote de restituição", "Frio intenso em São Paulo", "Resultado da Lotofácil"],
          op=[("Juro alto, crescimento baixo", "Luís Cláudio Prado"), ("O Congresso e o orçamento secreto 2.0", "Vera Lúcia Tavares"), ("Tendências/Debates: a escola em tempo integral", "Vários autores")],
          footer_nav=["Expediente", "Fale com a Folha do Planalto", "Termos de uso", "Política de privacidade", "Assine"],
          footer="Copyright Folha do Planalto. Todos os direitos reservados. É proibida a reprodução do conteúdo desta página em qualquer meio de comunicação sem autorização.")

PAGES.append(dict(FS,
    case="pt-news-diario-selic", secpath="mercado", meta="og",
    url="https://www.folhadoplanalto.example/mercado/2026/09/copom-mantem-selic-em-11-75-e-sinaliza-cortes-em-novembro.shtml",
    h1="Copom mantém Selic em 11,75% e sinaliza cortes a partir de novembro",
    deck="Comunicado cita desaceleração da inflação de serviços; decisão foi unânime.",
    crumbs=["Mercado"], label="Juros",
    authors=["Eduardo Pacheco"], byline_text="Eduardo Pacheco", byline_html='<a href="/autor/eduardo-pacheco">Eduardo Pacheco</a>',
    pub="2026-09-16T18:40:00-03:00", date="Publicado em 16 de setembro de 2026 às 18h40", today="Quarta-feira, 16 de setembro de 2026",
    tags=["Selic", "Copom", "Banco Central"],
    related=["⟪Poupança ou Tesouro Direto: o que rende mais agora⟫", "Crédito imobiliário fica mais caro em 2026"],
    paywall="Você atingiu o limite de 5 reportagens por mês. Assine a Folha do Planalto por R$ 1,90 no primeiro mês.",
    body="""⟦O Comitê de Política Monetária (Copom) do Banco Central manteve nesta quarta-feira (16) a taxa básica de juros em 11,75% ao ano.⟧ Foi a terceira reunião seguida sem alteração, e a decisão foi unânime.

No comunicado, o colegiado afirmou que a inflação de serviços mostra «sinais mais claros de desaceleração» e que, se o cenário se confirmar, haverá espaço para iniciar cortes «a partir da próxima reunião».

[[REL|⟪Inflação de agosto fica abaixo do esperado⟫]]

⟦A maior parte dos economistas consultados pelo Banco Central esperava a manutenção.⟧ O que surpreendeu o mercado foi a sinalização explícita de corte, algo que o comitê vinha evitando.

[[AD]]

Para a economista-chefe de uma gestora de São Paulo, Mariana Kato, o texto «abre a porta para um ciclo de quedas gradual, de 0,25 ponto por reunião». Já analistas de bancos estrangeiros avaliam que a situação fiscal ainda pode atrasar o movimento.

[[H|Efeito no crédito]]

Com a Selic parada, as taxas do crédito ao consumidor devem permanecer elevadas até o fim do ano. ⟦O juro médio do cheque especial segue acima de 130% ao ano,⟧ segundo dados do próprio Banco Central.

⟦A próxima reunião do Copom está marcada para os dias 3 e 4 de novembro.⟧""",
    kind="news", why="central bank decision report",
))

PAGES.append(dict(FS,
    case="pt-news-diario-vacina", secpath="cotidiano",
    url="https://www.folhadoplanalto.example/cotidiano/2026/03/ministerio-da-saude-amplia-vacina-contra-dengue-para-adultos-ate-59-anos.shtml",
    h1="Ministério da Saúde amplia vacina contra dengue para adultos até 59 anos",
    crumbs=["Cotidiano", "Saúde"], label="Saúde",
    authors=None, byline_text="Agência Brasil", byline_html="Agência Brasil",
    ld_authors=["org:Agência Brasil"], ld_type="NewsArticle",
    pub="2026-03-03T12:20:00-03:00", date="03.03.2026 | 12:20", today="Terça-feira, 3 de março de 2026",
    tags=["Dengue", "Vacinação", "SUS"],
    related=["⟪Casos de dengue crescem 40% em São Paulo⟫", "Onde tomar a vacina na capital"],
    body="""⟦O Ministério da Saúde anunciou nesta terça-feira (3) a ampliação da vacinação contra a dengue⟧ para adultos de até 59 anos em 620 municípios com alta transmissão da doença. Até agora, o imunizante era aplicado apenas em crianças e adolescentes de 10 a 14 anos.

Segundo a pasta, a ampliação foi possível graças à chegada de 9 milhões de doses da vacina produzida pelo Instituto Butantan, aprovada pela Anvisa no fim do ano passado.

[[REL|⟪Dengue: sintomas e quando procurar atendimento⟫]]

[[AD]]

⟦A aplicação começa na próxima segunda-feira (9) nas unidades básicas de saúde.⟧ O esquema é de dose única. Pessoas com imunidade comprometida e gestantes não devem tomar a vacina.

Em entrevista coletiva em Brasília, a secretária de Vigilância em Saúde afirmou que o objetivo é reduzir casos graves e mortes nas regiões mais afetadas. ⟦O país registrou 1,1 milhão de casos prováveis de dengue desde janeiro,⟧ de acordo com o painel de monitoramento do ministério.

Os municípios contemplados foram escolhidos com base na incidência da doença nos últimos dez anos e na população residente. ⟦A lista completa está disponível no site do Ministério da Saúde.⟧

[[TEXT|*Com informações da Agência Brasil]]""",
    kind="news", why="agency copy on vaccination",
))

PAGES.append(dict(FS,
    case="pt-opinion-diario-tendencias", secpath="opiniao",
    url="https://www.folhadoplanalto.example/opiniao/2026/08/a-escola-em-tempo-integral-precisa-de-mais-que-horas.shtml",
    h1="A escola em tempo integral precisa de mais que horas",
    deck="Ampliar a jornada sem mudar o currículo é desperdiçar a oportunidade.",
    crumbs=["Opinião", "Tendências / Debates"], label="Tendências / Debates",
    authors=["Cecília Albuquerque"], byline_text="Cecília Albuquerque", byline_html='<a href="/autor/cecilia-albuquerque">Cecília Albuquerque</a>',
    ld_authors=["Cecília Albuquerque"], ld_type="OpinionNewsArticle", ld_section="Opinião",
    pub="2026-08-25T23:15:00-03:00", ld_date="2026-08-26T02:15:00Z", meta_date="2026-08-26T02:15:00Z",
    date="25.ago.2026 às 23h15", today="Quarta-feira, 26 de agosto de 2026",
    tags=["Educação", "Tempo integral"],
    related=["⟪MEC anuncia 1 milhão de novas vagas em tempo integral⟫", "Professores relatam falta de estrutura"],
    bio="Cecília Albuquerque é pedagoga e pesquisadora da Universidade Federal de Pernambuco. Os artigos publicados com assinatura não traduzem a opinião do jornal.",
    body="""⟦O Brasil vive uma corrida pela escola em tempo integral.⟧ O governo federal promete milhões de novas matrículas, estados anunciam metas ambiciosas e prefeitos inauguram escolas com jornada de sete horas. É uma boa notícia, mas corre o risco de virar apenas um número.

Pesquisas com redes que ampliaram a jornada mostram que o tempo extra, sozinho, muda pouco. ⟦O que faz diferença é o que se faz com ele.⟧ Escolas que apenas esticaram as aulas tradicionais viram aumentar o cansaço dos alunos e a evasão no ensino médio.

[[AD]]

As experiências que deram certo, em Pernambuco e no Ceará, têm pontos em comum: professores com dedicação exclusiva a uma única escola, projeto de vida como disciplina, tempo para estudo orientado e atividades que os jovens escolhem. ⟦Nada disso sai barato, e é justamente aí que mora o perigo.⟧

Na pressa de cumprir metas, muitas redes estão convertendo escolas sem contratar professores, sem refeitório adequado e sem espaços para as atividades do contraturno. O resultado é uma jornada longa e vazia.

Proponho que os recursos federais sejam condicionados a padrões mínimos de qualidade, verificados por avaliação externa. ⟦Melhor ter menos escolas em tempo integral que funcionem do que muitas que só existem no papel.⟧""",
    kind="opinion", why="Tendências/Debates op-ed arguing conditions for funding",
))

TV = dict(domain="www.redenacionaltv.example", site="RN Notícias", lang="pt", skin="tele",
          nav=["Últimas", "Brasil", "Política", "Economia", "Mundo", "Esportes", "Entretenimento", "Opinião", "Programas", "Ao vivo"],
          ticker=["Senado aprova PEC da segurança em primeiro turno", "Seleção convocada para as eliminatórias"],
          live_now="RN Notícias 1ª Edição",
          rank=["Quem são os eliminados do reality", "Nova regra do Pix começa a valer", "Previsão de frio para São Paulo", "Jogos de hoje na TV"],
          op=[("A segurança pública não é só polícia", "Roberto Lacerda"), ("Brasília e o ano eleitoral", "Ana Paula Guedes"), ("Carta ao futuro ministro", "Sílvio Coutinho")],
          schedule=["06h RN Manhã", "12h RN Notícias 1ª Edição", "20h30 Jornal RN"],
          footer_nav=["Política de privacidade", "Termos de uso", "Fale conosco", "Imprensa"],
          footer="© 2026 Rede Nacional de Televisão. Todos os direitos reservados.")

PAGES.append(dict(TV,
    case="pt-news-tele-entrevista", secpath="politica",
    url="https://www.redenacionaltv.example/politica/entrevista-ministra-do-meio-ambiente-desmatamento-cerrado/",
    h1="Ministra do Meio Ambiente: «O Cerrado é hoje nossa maior preocupação»",
    deck="Em entrevista exclusiva à RN Notícias, Lúcia Barreto fala sobre desmatamento, COP e agronegócio.",
    crumbs=["Política"], label="Entrevista",
    authors=["Marcelo Tavares"], byline_text="Marcelo Tavares, de Brasília", byline_html="Marcelo Tavares, de Brasília",
    ld_authors=["Marcelo Tavares"], ld_type="NewsArticle",
    pub="2026-10-05T21:10:00-03:00", date="05/10/2026 21h10 · Atualizado há 2 horas",
    video="Íntegra da entrevista com a ministra",
    tags=["Meio ambiente", "Cerrado", "Entrevista"],
    related=["⟪Desmatamento na Amazônia cai pelo terceiro ano⟫", "Agronegócio critica nova regra de rastreabilidade"],
    body="""⟦A ministra do Meio Ambiente, Lúcia Barreto, afirmou que o Cerrado é hoje a principal preocupação do governo⟧ na área ambiental. Em entrevista à RN Notícias, ela defendeu novas regras para o crédito rural e comentou as críticas do setor agropecuário.

[[H|O desmatamento na Amazônia caiu. E no Cerrado?]]

No Cerrado a situação é mais difícil, porque grande parte da vegetação está em propriedades privadas, onde a lei permite desmatar uma parcela maior. ⟦Por isso precisamos de instrumentos econômicos, e não só de fiscalização.⟧

[[REL|⟪Cerrado perde área equivalente a duas cidades de São Paulo⟫]]

[[H|Que instrumentos?]]

O principal é o crédito. A partir de janeiro, os bancos públicos vão exigir comprovação de que a propriedade não teve desmatamento ilegal nos últimos cinco anos. Também estamos negociando pagamento por serviços ambientais para quem preservar além do mínimo.

[[AD]]

[[H|O agronegócio diz que as regras vão encarecer a produção.]]

Eu respeito a preocupação, mas os maiores compradores do Brasil já exigem rastreabilidade. ⟦Quem se adaptar primeiro vai ganhar mercado.⟧

⟦Vamos apresentar números e pedir que os países ricos cumpram o que prometeram em financiamento.⟧""",
    kind="news", why="Q&A interview with a minister",
))

PE = dict(domain="www.jornaldorecife.example", site="Jornal do Recife", lang="pt", skin="regional",
          nav=["Início", "Recife", "Pernambuco", "Brasil", "Economia", "Esportes", "Viver", "Opinião", "Editorial", "Colunistas"],
          ticker=["Sport vence e sobe na tabela", "Compesa anuncia rodízio em Olinda"],
          rank=["Passagem de ônibus vai subir?", "Previsão de chuva no Grande Recife", "Concurso da Prefeitura: edital", "São João de Caruaru: programação"],
          op=[("O Recife e as suas marés", "Lúcio Cavalcanti"), ("Mobilidade é direito", "Patrícia Brennand"), ("Editorial: o metrô que se perdeu", "Editorial")],
          weather="Recife 29 °C",
          footer_nav=["Expediente", "Anuncie", "Privacidade", "Fale conosco"], footer="© 2026 Jornal do Recife. Recife, Pernambuco.")

PAGES.append(dict(PE,
    case="pt-news-regional-onibus", secpath="recife", meta="min",
    url="https://www.jornaldorecife.example/recife/2026/11/frota-de-onibus-do-grande-recife-tem-300-veiculos-a-menos-que-em-2019/",
    h1="Frota de ônibus do Grande Recife tem 300 veículos a menos que em 2019",
    crumbs=["Recife"], label="Mobilidade",
    authors=["Juliana Lins"], byline_text="Juliana Lins", byline_html='<a href="/author/jlins/">Juliana Lins</a>',
    pub="2026-11-12T00:00:00-03:00", date="12/11/2026 às 7h30", today="quinta-feira, 12 de novembro de 2026",
    hero="⟪Passageiros esperam ônibus no Terminal Integrado de Camaragibe. Foto: Jornal do Recife⟫",
    tags=["Ônibus", "Grande Recife Consórcio", "Mobilidade"],
    related=["⟪Metrô do Recife terá novo horário aos domingos⟫", "Passageiros relatam espera de uma hora"],
    body="""⟦A frota de ônibus que atende a Região Metropolitana do Recife tem hoje cerca de 300 veículos a menos do que em 2019,⟧ segundo dados do Grande Recife Consórcio de Transporte obtidos pelo Jornal do Recife via Lei de Acesso à Informação.

Eram 2.870 ônibus em circulação antes da pandemia; em outubro deste ano, a média diária foi de 2.561. No mesmo período, o número de passageiros caiu cerca de 20%, mas voltou a crescer desde o ano passado.

[[REL|⟪Tarifa social: quem tem direito⟫]]

⟦Nos terminais de Camaragibe e da Macaxeira, a reportagem encontrou filas de até 50 minutos⟧ no horário de pico da manhã. «Antes eu pegava o ônibus às seis e chegava às sete no trabalho. Hoje saio às cinco e ainda chego atrasada», contou a diarista Rosângela Ferreira.

[[AD]]

O consórcio afirma que a redução acompanhou a queda da demanda e que novas linhas estão sendo reprogramadas. As empresas alegam que o valor pago por passageiro não cobre os custos e cobram reajuste do subsídio.

[[H|Renovação adiada]]

⟦Outro problema é a idade da frota: 38% dos ônibus têm mais de dez anos,⟧ acima do limite previsto em contrato. A licitação para renovar o sistema foi adiada duas vezes.

⟦O governo do estado promete lançar o novo edital até março de 2027.⟧""",
    kind="news", why="data-driven local transport report",
))

PAGES.append(dict(PE,
    case="pt-opinion-regional-editorial", secpath="opiniao", meta="og",
    url="https://www.jornaldorecife.example/opiniao/editorial/2026/11/o-onibus-que-nao-chega/",
    h1="O ônibus que não chega",
    crumbs=["Opinião", "Editorial"], label="Editorial",
    op=[("O Recife e as suas marés", "Lúcio Cavalcanti"), ("Mobilidade é direito", "Patrícia Brennand"), ("O São João é de quem?", "Marcos Buarque")],
    authors=None, byline_text="", byline_html="",
    pub="2026-11-14T06:00:00-03:00", date="14/11/2026 às 6h00", today="sábado, 14 de novembro de 2026",
    tags=["Editorial", "Transporte público"],
    related=["⟪Frota de ônibus do Grande Recife encolheu⟫", "Leitores relatam a rotina nos terminais"],
    body="""⟦A reportagem publicada por este jornal nesta semana confirmou o que o passageiro do Grande Recife sente todos os dias:⟧ há menos ônibus nas ruas, eles são mais velhos e a espera ficou maior. Nada disso é inevitável.

O sistema metropolitano vive há anos num impasse. O governo diz que as empresas não cumprem o contrato; as empresas dizem que o governo não paga o suficiente; e o passageiro, que não participa da negociação, paga a conta em tempo perdido.

[[AD]]

⟦É preciso romper esse ciclo com transparência.⟧ Os custos reais do sistema, a receita de cada linha e o valor do subsídio deveriam estar publicados de forma acessível, para que a sociedade possa julgar quem tem razão.

Também é hora de tirar do papel a licitação prometida desde 2019. Cada adiamento mantém contratos vencidos e frota envelhecida. ⟦O novo edital precisa prever metas de frequência e punição para quem não cumprir.⟧

Por fim, o transporte coletivo precisa de prioridade nas ruas. Faixas exclusivas que funcionam só no papel não ajudam ninguém.

⟦O Recife não terá mobilidade digna enquanto o ônibus for tratado como problema de segunda ordem.⟧""",
    kind="opinion", why="unsigned editorial urging transit reform",
))

NB = dict(domain="www.nexobrasil.example", site="Ponto Nexo", lang="pt", skin="nativo",
          nav=["Política", "Economia", "Meio Ambiente", "Cotidiano", "Ciência", "Explicadores", "Opinião", "Colunas", "Podcasts"],
          hot=["Imposto de Renda", "COP", "Eleições 2026"],
          rank=["Como declarar o IR com dois empregos", "O que é o marco temporal", "Desmatamento: os números de 2026", "Quanto rende a poupança"],
          op=[("Ponto de vista: o clima não espera", "Tereza Aragão"), ("O país das emendas", "Caio Vilela"), ("A cidade que a gente merece", "Luana Prates")],
          footer_nav=["Quem somos", "Princípios", "Apoie", "Privacidade"], footer="© 2026 Ponto Nexo. Jornalismo independente.")

PAGES.append(dict(NB,
    case="pt-news-nativo-desmatamento", secpath="meio-ambiente",
    url="https://www.nexobrasil.example/meio-ambiente/2026/08/analise-o-que-explica-a-queda-do-desmatamento-na-amazonia/",
    h1="Análise: o que explica a queda do desmatamento na Amazônia",
    deck="Dados do Inpe, autuações do Ibama e preços de commodities ajudam a entender o terceiro ano seguido de redução.",
    label="Análise", crumbs=["Meio Ambiente"],
    authors=["Rafael Quintela"], byline_text="Rafael Quintela", byline_html='<a href="/autores/rafael-quintela">Rafael Quintela</a>',
    ld_authors=["Rafael Quintela"], ld_type="NewsArticle", ld_section="Meio Ambiente",
    pub="2026-08-07T12:00:00-03:00", date="07/08/2026 às 12h00",
    tags=["Amazônia", "Desmatamento", "Inpe"],
    related=["⟪Mapa: onde o desmatamento ainda cresce⟫", "O que é o Deter e como ele funciona"],
    body="""⟦O desmatamento na Amazônia caiu pelo terceiro ano consecutivo,⟧ segundo os dados anuais do sistema Prodes, do Instituto Nacional de Pesquisas Espaciais (Inpe), divulgados nesta quinta-feira. A área desmatada entre agosto de 2025 e julho de 2026 foi de 4.870 km², a menor desde 2012.

Especialistas ouvidos pelo Ponto Nexo apontam três fatores principais para a queda.

[[H|Fiscalização mais intensa]]

⟦O número de autos de infração do Ibama na Amazônia cresceu 35% em dois anos,⟧ e o órgão passou a embargar remotamente áreas desmatadas, usando imagens de satélite. Para o pesquisador Tiago Moura, do Imazon, o embargo remoto foi «a mudança mais eficaz da última década».

[[REL|⟪Quem são os maiores desmatadores autuados em 2026⟫]]

[[AD]]

[[H|Crédito e mercado]]

A exigência de comprovação ambiental para o crédito rural, em vigor desde 2024, reduziu o financiamento a propriedades com embargos. ⟦Ao mesmo tempo, a queda no preço da carne desestimulou a abertura de novas pastagens.⟧

[[H|O que ainda preocupa]]

Apesar da queda geral, o desmatamento cresceu no sul do Amazonas e em áreas de Roraima. Os pesquisadores alertam que a redução depende de políticas que podem ser revertidas por um novo governo.

⟦O Inpe deve divulgar os dados consolidados do Cerrado em novembro.⟧""",
    kind="news", why="Análise written as reporting with data and sources",
))

PAGES.append(dict(NB,
    case="pt-opinion-nativo-calcadas", secpath="cotidiano", meta="og",
    url="https://www.nexobrasil.example/cotidiano/2026/05/as-calcadas-de-sao-paulo-e-a-minha-mae/",
    h1="As calçadas de São Paulo e a minha mãe",
    label="Cotidiano", crumbs=["Cotidiano"],
    authors=["Luana Prates"], byline_text="Luana Prates", byline_html='<a href="/autores/luana-prates">Luana Prates</a>',
    pub="2026-05-13T08:00:00-03:00", date="13/05/2026",
    tags=["Calçadas", "Acessibilidade", "São Paulo"],
    related=["⟪Prefeitura promete reformar 1,5 milhão de m² de calçadas⟫", "Quedas são a principal causa de internação de idosos"],
    body="""⟦Minha mãe tem 78 anos e caiu duas vezes no ano passado, as duas na calçada.⟧ Na primeira, tropeçou numa raiz de árvore que levantou o cimento. Na segunda, num buraco deixado por uma obra da companhia de gás. Quebrou o punho e passou três meses sem sair de casa.

Conto isso porque acho que São Paulo trata a calçada como um problema de cada morador, e não da cidade. A lei manda o dono do imóvel cuidar do trecho em frente à sua casa. ⟦O resultado é um mosaico de pisos, degraus e rampas que ninguém consegue atravessar em linha reta.⟧

[[REL|⟪Como denunciar uma calçada irregular⟫]]

[[AD]]

Quem anda de carro mal percebe. Quem empurra um carrinho de bebê, usa cadeira de rodas ou tem mais de setenta anos percebe a cada passo. ⟦Eu acredito que uma cidade se mede pelo cuidado com quem anda mais devagar.⟧

A prefeitura anuncia programas de reforma, mas eles cobrem uma fração mínima dos mais de 30 mil quilômetros de calçadas. Defendo que a responsabilidade passe para o poder público, com padrão único e manutenção regular, como já acontece com o asfalto.

Minha mãe voltou a caminhar, mas agora só sai acompanhada. ⟦Não deveria ser preciso ter alguém do lado para atravessar o próprio bairro.⟧""",
    kind="opinion", why="first-person column arguing city should own sidewalks; unlabelled",
))

PAGES.append(dict(NB,
    case="pt-other-nativo-impostoderenda", secpath="explicadores", meta="og",
    url="https://www.nexobrasil.example/explicadores/2026/03/imposto-de-renda-2026-passo-a-passo-para-declarar/",
    h1="Imposto de Renda 2026: passo a passo para declarar",
    deck="Prazo vai até 29 de maio. Veja quem é obrigado, quais documentos separar e como usar a declaração pré-preenchida.",
    label="Explicador", crumbs=["Explicadores", "Economia"],
    authors=["Priscila Amaral"], byline_text="Priscila Amaral", byline_html='<a href="/autores/priscila-amaral">Priscila Amaral</a>',
    pub="2026-03-16T07:00:00-03:00", date="Publicado em 16 de março de 2026 · Atualizado há 2 horas",
    tags=["Imposto de Renda", "Receita Federal"],
    related=["⟪Calendário de restituição do IR 2026⟫", "Posso deduzir gastos com academia?"],
    body="""⟦O prazo para entregar a declaração do Imposto de Renda 2026 começou nesta segunda-feira e vai até 29 de maio.⟧ Quem perder a data paga multa mínima de R$ 165,74. Veja como se preparar.

[[H|Quem precisa declarar]]

[[LIST|⟦Quem recebeu mais de R$ 33.888 em rendimentos tributáveis em 2025.⟧|Quem teve rendimentos isentos acima de R$ 200 mil.|Quem tinha bens acima de R$ 800 mil em 31 de dezembro.|Quem vendeu ações com lucro ou fez operações na bolsa acima de R$ 40 mil.]]

[[REL|⟪Restituição: quem recebe primeiro⟫]]

[[H|Documentos para separar]]

Informes de rendimentos de empregadores e bancos, recibos de despesas médicas e de educação, comprovantes de compra e venda de bens e o número do recibo da declaração do ano passado.

[[AD]]

[[NL|⟪Receba nossos explicadores toda semana⟫|Assinar newsletter]]

[[H|Passo a passo]]

[[OL|Acesse o programa da Receita ou o aplicativo Meu Imposto de Renda com a conta gov.br.|⟦Escolha a declaração pré-preenchida, que já traz dados de empregadores e bancos.⟧|Confira cada ficha e acrescente o que estiver faltando.|Compare o modelo simplificado e o completo; o programa indica o mais vantajoso.|Envie e guarde o recibo.]]

⟦Quem tiver imposto a pagar pode dividir o valor em até oito parcelas,⟧ desde que cada uma seja de pelo menos R$ 50.

⟦Em caso de dúvida, a Receita Federal mantém um canal de perguntas e respostas no seu site.⟧""",
    kind="other", why="step-by-step tax filing guide",
))


from common import grow  # noqa: E402
from extra import EXTRA  # noqa: E402

grow(PAGES, EXTRA)
