"""Portuguese pages: a long report on a drought with a correction note on top, an "Em números" box and the second
half behind a paywall wrapper (text on the page); a column with a drop cap, a paraphrasing pull quote and notes."""
from parts import P, factbox, lede, note, notes, paywall, pq, ref, sec

L = "pt"
PAGES = []

_o, _c = paywall(L, "paywall")
PAGES.append(dict(
    case="pt-news-secasertao", lang=L, skin="portal", domain="folhadoagreste.example", site="Folha do Agreste",
    url="https://www.folhadoagreste.example/reportagem/2026/11/a-seca-que-nao-acabou-no-vale-do-piranhas-de-cima",
    h1="A seca que não acabou: três anos sem chuva no Vale do Piranhas de Cima",
    deck="Açudes vazios, caminhões-pipa e a volta da migração. A reportagem percorreu 1.200 quilômetros no sertão para ouvir quem ficou.",
    kicker="Reportagem especial", strip="Domingo, 15 de novembro de 2026",
    authors=["Renata Albuquerque", "Diego Farias"], byline_text="Por Renata Albuquerque e Diego Farias",
    ld_authors=["Renata Albuquerque", "Diego Farias"], meta="ld", ld_type="NewsArticle",
    pub="2026-11-15T06:00:00-03:00", date="15/11/2026 06h00",
    nav=["Últimas", "Política", "Economia", "Sertão", "Cultura", "Esportes"],
    cookie="⟪Usamos cookies para melhorar sua experiência. Ao continuar, você concorda com nossa política.⟫",
    related=["⟪Governo anuncia nova etapa da adutora do Seridó⟫", "Preço do milho dispara no interior", "Cisternas: programa tem fila de 40 mil famílias"],
    most=["⟪Forró de Santa Luzia bate recorde de público⟫", "Concurso da prefeitura abre 300 vagas"],
    footer="⟪Folha do Agreste © 2026. Todos os direitos reservados.⟫",
    footer_nav=["Expediente", "Fale conosco", "Anuncie", "Privacidade"],
    body=note("⟦Correção: uma versão anterior desta reportagem informava que o açude Boqueirão Velho secou em 2024.⟧ Ele secou em janeiro de 2025. O texto foi corrigido.") +
    P("""⟦O último peixe do açude Boqueirão Velho foi pescado em dezembro de 2024 por um menino de onze anos.⟧ Era uma traíra pequena, do tamanho de uma mão, e o menino, Kauã, levou-a para casa num balde, orgulhoso, sem saber que estava encerrando uma história de sessenta anos. Um mês depois, o açude que abastecia três municípios do Vale do Piranhas de Cima era uma planície rachada de lama seca, atravessada por trilhas de moto.

Quase dois anos depois, a chuva ainda não voltou. Em 2024, choveu na região menos da metade da média histórica. Em 2025, pouco mais de um terço. Em 2026, até o fim de outubro, as estações meteorológicas do vale registraram 212 milímetros, o menor volume desde o início das medições. É a seca mais longa em pelo menos meio século, e em muitos lugares a mais severa de que os moradores têm lembrança.

A reportagem da Folha do Agreste percorreu 1.200 quilômetros de estradas de terra e asfalto ao longo de duas semanas em outubro, visitando onze municípios, dezenas de sítios e quatro assentamentos. Conversamos com agricultores, pastores, prefeitos, técnicos, motoristas de caminhão-pipa e com famílias que decidiram ir embora.""") +
    factbox("Em números", ["⟪212 mm de chuva em 2026 até outubro⟫", "38 mil pessoas dependem de carro-pipa", "Rebanho bovino caiu 46% desde 2023"]) +
    sec("A água que vem de caminhão", """Em Santa Rita do Piranhas, cidade de 14 mil habitantes, a água chega de caminhão. São dezoito caminhões-pipa contratados pelo Exército e pela prefeitura, que percorrem diariamente até 80 quilômetros para encher em um poço profundo e distribuir pelas comunidades rurais. Cada família tem direito a vinte litros por pessoa por dia, que são despejados em cisternas de placa no quintal.

Vinte litros parece pouco, e é. É o mínimo que a Organização Mundial da Saúde considera necessário para beber, cozinhar e uma higiene básica. Não sobra nada para a horta, para os animais, para lavar roupa. ⟦“A gente aprende a tomar banho de caneca e a lavar a louça com a água do feijão”,⟧ diz Maria do Socorro Lima, 54 anos, moradora do sítio Cacimbas. “O que não dá é para criar bicho.”

Os motoristas conhecem cada família pelo nome. Josué Pereira dirige um caminhão-pipa há seis anos e faz três viagens por dia, começando às cinco da manhã. “Tem lugar em que o povo fica esperando na porteira desde cedo”, conta. “Se eu atraso, já sei que tem criança sem água para a escola.”""") +
    _o +
    sec("O gado que foi embora", """A pecuária, principal atividade econômica do vale, foi a primeira a sentir o golpe. Sem pasto e sem água, os criadores começaram a vender os animais ainda em 2024, a preços cada vez mais baixos. Segundo a agência estadual de defesa agropecuária, o rebanho bovino dos onze municípios visitados caiu 46% em três anos. Os de cabras e ovelhas, mais resistentes, caíram menos, mas também encolheram.

Francisco das Chagas, 67 anos, tinha oitenta cabeças de gado em 2023. Hoje tem seis vacas magras, que alimenta com palma forrageira e com ração comprada a crédito. ⟦“Vendi o gado para comprar comida para o gado que ficou”,⟧ resume. “Uma hora isso acaba.” Ele mostra o curral vazio e a caixa d’água de cimento, rachada pelo sol. O filho mais velho foi trabalhar numa obra em São Paulo no ano passado e manda dinheiro todo mês.

Os técnicos da extensão rural dizem que a palma, um cacto que resiste à seca, salvou muitos rebanhos. Mas mesmo ela começa a sofrer. Em alguns sítios, vimos plantações de palma secas e amareladas, atacadas por uma praga que se espalha quando a planta está enfraquecida.""") +
    sec("A volta da migração", """Nas décadas de 1970 e 1980, as grandes secas do sertão provocaram ondas de migração para o Sudeste. Nos anos 2000 e 2010, programas de cisternas, aposentadorias rurais, transferência de renda e obras hídricas ajudaram a fixar a população, e as secas, embora duras, já não esvaziavam as cidades. Desta vez, os sinais de uma nova saída começam a aparecer.

Nas rodoviárias de Santa Rita e de Lagoa Funda, os funcionários relatam um aumento das passagens só de ida para São Paulo, Goiânia e o litoral. Nas escolas municipais, as matrículas caíram 11% em dois anos. Em duas comunidades rurais que visitamos, mais da metade das casas estava fechada.

“Não é como antigamente, que ia a família inteira num pau de arara”, diz o secretário de Agricultura de Lagoa Funda, Edmilson Rocha. “Agora vão os jovens, um de cada vez. Os velhos ficam. Daqui a dez anos, se continuar assim, vai ter sítio só com aposentado.”

Entre os que partiram está Rayane Lima, 22 anos, filha de Maria do Socorro. Ela embarcou em março para Campinas, onde trabalha como atendente numa rede de farmácias e divide um apartamento com duas primas. Por telefone, disse à reportagem que não pretende voltar tão cedo. “Eu gosto do sítio, mas lá não tem futuro para mim enquanto não chover”, contou. “Aqui eu ganho pouco, mas ganho. Mando uma parte para a minha mãe todo mês.” A remessa dos filhos que foram embora, dizem os comerciantes de Santa Rita, é hoje uma das principais fontes de dinheiro que circula na cidade, ao lado das aposentadorias e do Bolsa Família.""") +
    sec("O que dizem os governos", """O governo estadual afirma ter investido 380 milhões de reais em ações contra a seca desde 2024, incluindo a perfuração de 600 poços, a compra de caminhões-pipa e a distribuição de sementes e ração. A Secretaria de Recursos Hídricos diz que a adutora do Seridó, que deve levar água de um grande reservatório a 140 quilômetros, terá sua segunda etapa concluída em 2027.

No governo federal, o Ministério da Integração informou que o vale foi incluído na lista de prioridades do programa de cisternas e que a operação de carros-pipa foi prorrogada até junho. ⟦Nenhuma das autoridades ouvidas arriscou uma data para o fim da crise.⟧

Especialistas em clima ouvidos pela reportagem lembram que secas prolongadas fazem parte da história do semiárido, mas que a combinação de temperaturas mais altas e chuvas mais irregulares tende a torná-las mais frequentes e mais severas. “O sertanejo sempre conviveu com a seca”, diz a climatologista Ana Beatriz Torres. “O que está mudando é a duração. E ninguém se prepara para uma seca que não termina.”""") +
    sec("Quem fica", """No sítio Cacimbas, no fim da tarde, Maria do Socorro rega com um regador de lata um pé de coentro plantado num pneu velho. Usa a água que sobrou da louça. É a única planta verde num raio de cem metros, e ela cuida dela como quem cuida de um neto.

Ela diz que não pensa em ir embora. Nasceu ali, casou ali, enterrou o marido no cemitério da comunidade, a dois quilômetros. Os três filhos moram longe, e todos insistem para que ela vá morar com eles. “Eu vou fazer o que lá?”, pergunta. “Aqui eu sei onde está cada pedra.”

Antes de irmos embora, ela aponta para o céu, onde algumas nuvens se acumulam sobre a serra. Os mais velhos dizem que, quando as nuvens se juntam assim no fim da tarde em novembro, o inverno está perto. ⟦Ela não acredita muito, mas olha mesmo assim, todos os dias.⟧""") + _c,
    kind="news", why="long report on drought with residents, data and government response",
))

PAGES.append(dict(
    case="pt-opinion-cidadeape", lang=L, skin="newsroom", domain="jornaldaribeira.example", site="Jornal da Ribeira",
    url="https://www.jornaldaribeira.example/opiniao/cronica-uma-cidade-para-quem-anda-a-pe",
    h1="Uma cidade para quem anda a pé",
    section="Opinião", kicker="Crónica",
    authors=["Teresa Vilaça"], byline_text="Teresa Vilaça", ld_authors=["Teresa Vilaça"], meta="min",
    pub="2026-07-04T10:00:00+01:00", date="4 de julho de 2026",
    nav=["País", "Mundo", "Economia", "Opinião", "Cultura", "Desporto"],
    cookie="⟪Este site utiliza cookies para lhe proporcionar uma melhor experiência.⟫",
    related=["⟪Câmara aprova plano de mobilidade para a Baixa⟫", "Passeios estreitos: queixas sobem 30%", "O regresso dos elétricos à marginal"],
    most=["⟪Festas da cidade: programa completo⟫", "Novo mercado abre em setembro"],
    footer="⟪Jornal da Ribeira · Propriedade de Ribeira Media, S.A.⟫",
    footer_nav=["Estatuto editorial", "Ficha técnica", "Contactos", "Privacidade"],
    body=lede("⟦Todas as manhãs, às oito e um quarto, faço o mesmo percurso a pé entre a minha casa e o jornal.⟧ São um quilómetro e oitocentos metros, quatro passadeiras, uma escadaria, um largo com uma árvore e um café onde paro sem precisar de pedir. Faço-o há vinte e dois anos. Nesse tempo vi a cidade mudar muito, quase sempre para melhor, e no entanto acho que hoje é mais difícil andar a pé em Ribeira do que era quando cheguei.") +
    P("""Não é uma impressão apenas minha. Nos últimos anos, as queixas sobre passeios estreitos, carros estacionados em cima das passadeiras e semáforos que dão oito segundos para atravessar uma avenida de seis faixas multiplicaram-se nas reuniões de câmara e nas cartas que chegam a esta redação.""" + ref(1) + """ Mas raramente se transformam numa discussão séria. Andar a pé é tão banal que ninguém o vê como uma política. É o que se faz quando não se tem carro, ou quando o carro está na oficina.

Quero defender aqui o contrário: que andar a pé é a forma mais importante de mobilidade numa cidade, e que uma cidade que não cuida de quem anda a pé não cuida de ninguém.

#O peão invisível

Comecemos pelos números. Em Ribeira, segundo o último inquérito à mobilidade, cerca de um terço das deslocações diárias faz-se inteiramente a pé.""" + ref(2) + """ Quase todas as outras começam e acabam a pé: quem apanha o autocarro caminha até à paragem, quem vai de carro caminha do estacionamento até à porta. ⟦Todos somos peões, mesmo quem pensa que não é.⟧

E, no entanto, o espaço público não reflete esta realidade. Numa avenida típica da cidade, os carros ocupam entre setenta e oitenta por cento da largura entre fachadas, entre faixas de rodagem e estacionamento. Os peões ficam com o que sobra, muitas vezes um passeio de um metro, interrompido por postes, caixotes do lixo, esplanadas e, cada vez mais, trotinetas abandonadas.

Quem mais sofre com isto são os que têm menos escolha. Os idosos, que precisam de passeios largos e planos e de bancos para descansar. As crianças, que deixaram quase por completo de ir sozinhas para a escola. As pessoas com deficiência, para quem um degrau sem rampa é uma parede. Os pais com carrinhos de bebé, que conhecem de cor cada lancil da cidade.""") +
    pq("«Uma cidade que não cuida de quem anda a pé não cuida de ninguém.»") +
    P("""#O passeio que ninguém defende

O terceiro problema é mais subtil: o passeio não tem quem o defenda. Os automobilistas têm associações, os comerciantes têm associações, os ciclistas, com razão, organizaram-se e conquistaram ciclovias. Os peões não têm nada, porque ninguém se considera peão. Somos peões entre duas outras coisas, a caminho de algum lado, e ninguém se lembra de reivindicar o caminho.

⟦Por isso o passeio é o espaço que se sacrifica primeiro.⟧ Quando é preciso alargar uma faixa de rodagem, estreita-se o passeio. Quando um restaurante quer uma esplanada, ocupa o passeio. Quando as trotinetas de aluguer chegaram à cidade, há quatro anos, ninguém pensou onde iriam ficar estacionadas: ficaram no passeio, claro, deitadas de través, à espera de que uma pessoa cega tropeçasse nelas. A câmara demorou dois anos a criar zonas de estacionamento próprias, e ainda hoje há bairros onde não existem.

Não culpo os comerciantes nem os ciclistas, nem sequer as empresas de trotinetas, que fazem o que as deixam fazer. Culpo a ausência de uma regra simples, que qualquer cidade devia ter escrita na parede da sala de reuniões: o passeio é de quem anda a pé, e tudo o resto tem de caber noutro sítio.

#A velocidade que mata

O segundo problema é a velocidade. Em muitas ruas residenciais da cidade o limite é de cinquenta quilómetros por hora, e toda a gente sabe que se anda mais depressa. A física é impiedosa: um peão atropelado a trinta quilómetros por hora tem boas hipóteses de sobreviver; a cinquenta, as hipóteses invertem-se.""" + ref(3) + """ Cidades que reduziram o limite para trinta em zonas residenciais viram baixar de forma significativa o número de mortos e feridos graves.

Há quem diga que isso atrasa a vida de toda a gente. Na verdade, em meio urbano, a velocidade média de um carro é determinada sobretudo pelos semáforos e pelos cruzamentos, não pela velocidade máxima. A diferença no tempo de viagem é de segundos. A diferença para quem atravessa é de vida ou de morte.

#O que podia mudar

Não peço nada de revolucionário. Peço passeios com pelo menos dois metros livres nas ruas principais. Peço que as passadeiras sejam elevadas à altura do passeio junto às escolas, aos centros de saúde e aos lares, obrigando os carros a abrandar. Peço semáforos que deem tempo a uma senhora de oitenta anos para atravessar sem correr. Peço bancos, sombra e bebedouros, que não custam quase nada e fazem com que as pessoas saiam de casa. Peço que as obras na via pública garantam sempre um corredor seguro para quem anda a pé, em vez de o mandarem atravessar para o outro lado com uma fita vermelha e branca. E peço que a fiscalização do estacionamento em cima dos passeios deixe de ser uma raridade, anunciada nos jornais como se fosse uma operação especial, e passe a ser rotina, como é para quem não paga o parquímetro.

E peço uma coisa mais difícil, que é uma mudança de olhar. ⟦Quando a câmara desenha uma rua, pergunta quantos carros passam por ela.⟧ Raramente pergunta quantas pessoas a atravessam, quantas crianças vão por ali para a escola, quantos idosos ali fazem as compras. Enquanto as perguntas forem as mesmas, as respostas também serão.

#O largo da árvore

Há uns anos, a câmara decidiu transformar o largo onde fica o meu café. Tirou doze lugares de estacionamento, alargou o passeio, pôs bancos e plantou uma segunda árvore ao lado da que já lá estava. Houve protestos: os comerciantes temiam perder clientes, alguns moradores queixaram-se de não ter onde deixar o carro.

Três anos depois, o largo é o sítio mais cheio do bairro. O café pôs mesas cá fora, abriu uma livraria onde antes havia uma loja fechada, e ao fim da tarde há crianças a jogar à bola e velhos a discutir futebol nos bancos. Os comerciantes que protestaram são hoje os primeiros a defender a mudança. Ninguém fala dos doze lugares de estacionamento. O dono do café, que na altura assinou a petição contra a obra, disse-me há dias, meio a rir, que devia uma desculpa ao vereador. Nunca a pediu, mas pôs uma fotografia do largo antigo na parede, ao lado da máquina do café, para que os clientes vejam como era. Quase ninguém acredita que aquilo era um parque de estacionamento.

Não digo que todas as ruas devam ser assim. Digo que o largo mostra o que acontece quando se dá espaço às pessoas: elas aparecem. ⟦Amanhã de manhã, às oito e um quarto, lá estarei outra vez, a pé, como sempre.⟧ Gostava de ter mais companhia, e de um dia encontrar os vereadores pelo caminho, também a pé.""") +
    notes(["Atas das reuniões públicas da Câmara Municipal de Ribeira, 2023–2026.",
           "Inquérito à Mobilidade da Área Urbana de Ribeira, edição mais recente.",
           "⟦Os valores citados são os da Organização Mundial da Saúde no seu relatório sobre segurança rodoviária.⟧"]),
    kind="opinion", why="column arguing for pedestrian-first city planning",
))
