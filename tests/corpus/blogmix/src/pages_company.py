"""Company/engineering blog pages: a two-author engineering essay (English), an acquisition announcement signed by
"The Brightwell Team" (English) and an open-source announcement signed by the engineering team (Portuguese)."""

PAGES = []

FOOT_EN = [["Product", "Pricing", "Integrations", "Changelog"], ["Company", "About", "Careers", "Press"], ["Resources", "Blog", "Docs", "Status"]]

# ---------------------------------------------------------------- engineering essay by two people
PAGES.append(dict(
    case="en-opinion-modularmonolith", lang="en", skin="company", domain="www.parcelwise.example", site="Parcelwise Engineering",
    company="Parcelwise", cta_btn="Start free trial", eyebrow="Engineering",
    url="https://www.parcelwise.example/blog/engineering/stop-splitting-services/",
    h1="Stop splitting services until it hurts",
    deck="Why we think most teams should start with a modular monolith, and what our own migration taught us",
    authors=["Rafael Mendes", "Ingrid Solberg"], byline_text="Rafael Mendes, Staff Engineer; Ingrid Solberg, Principal Engineer",
    cards=[("Rafael Mendes", "Staff Engineer"), ("Ingrid Solberg", "Principal Engineer")],
    ld_authors=["Rafael Mendes", "Ingrid Solberg"], meta="ld",
    pub="2026-02-26T15:00:00+00:00", date="February 26, 2026", read="9 min read",
    nav=["Product", "Pricing", "Customers", "Blog", "Careers"],
    cookie="⟪We use cookies to improve your experience and for marketing. Manage preferences.⟫",
    cta="⟪Parcelwise routes 40 million deliveries a month. See how it works.⟫",
    related=[("⟪How we cut p99 latency on the routing API by 60%⟫", "A story about connection pools and one very slow DNS lookup."),
             ("Our on-call handbook, now public", "What we expect from on-call engineers, and what they can expect from us.")],
    nl=("⟪Get engineering stories in your inbox⟫", "One email a month. No marketing, we promise."),
    careers="⟪We are hiring backend engineers in Lisbon, Oslo and remote in Europe.⟫",
    footer_cols=FOOT_EN, footer="© 2026 Parcelwise, Inc.",
    body="""<p>⟦Three years ago our platform was forty-one services, owned by nine teams, deployed through forty-one pipelines.⟧ Today it is seven services, and the largest of them, which handles almost everything to do with planning routes, is a single deployable application with clear internal modules. We did not get here by accident, and we do not think our story is unusual. We think most engineering organisations split their systems too early and too finely, and we want to argue for a different default.</p>
<h2>The case against splitting early</h2>
<p>A service boundary is the most expensive kind of boundary you can draw in software. It turns a function call into a network call, a stack trace into a distributed trace, and a refactoring into a migration across teams. Those costs are worth paying when the parts genuinely need to scale, deploy or fail independently. ⟦They are not worth paying because a diagram looks tidier with more boxes on it.⟧</p>
<p>Our forty-one services were mostly the second kind. Many of them were split along the lines of our database tables rather than along lines of change. When we looked at two years of commits, we found that 70 percent of product changes touched three or more services. Every one of those changes needed coordinated deploys, versioned APIs and a meeting.</p>
<h2>What a modular monolith gives you</h2>
<p>A modular monolith keeps the discipline of boundaries without the network. Modules have public interfaces; other modules may not reach into their internals, and we enforce this with build-time checks rather than good intentions. Each module owns its tables. What you lose is independent deployment; what you gain is that a change across three modules is one pull request, one review and one deploy.</p>
[[CTA]]
<p>We merged our routing services over eight months. Deploy frequency went up, not down. Incidents caused by version mismatches between services, which had been our most common category, disappeared entirely. Onboarding a new engineer to the routing area went from roughly six weeks to three.</p>
<h2>When you should split</h2>
<p>We are not arguing that services are bad. We kept seven for good reasons: our tracking ingestion handles traffic spikes a hundred times larger than anything else and must scale on its own; billing has different compliance requirements; and our public API must stay up even when internal systems are deploying. ⟦Split when a real, measured force pushes the parts apart,⟧ not in anticipation of one.</p>
<p>The industry spent a decade telling teams that microservices were what mature engineering organisations do. We think the better sign of maturity is being able to say why each boundary exists. ⟦If you cannot explain what a service boundary buys you, it is probably costing you.⟧</p>""",
    kind="opinion", sure=False, why="engineering post argues a position, using own migration as evidence",
))

# ---------------------------------------------------------------- acquisition announcement, "The Brightwell Team"
PAGES.append(dict(
    case="en-news-ledgerlineacquisition", lang="en", skin="company", domain="brightwell.example", site="Brightwell Blog",
    company="Brightwell", cta_btn="Book a demo", eyebrow="Company news",
    url="https://brightwell.example/blog/brightwell-acquires-ledgerline/",
    h1="Brightwell acquires Ledgerline, the invoicing tool for small agencies",
    deck="The deal brings 12,000 agency customers and a team of 34 to Brightwell",
    authors=None, byline_text="by The Brightwell Team", cards=[("The Brightwell Team", "")],
    ld_authors=["org:Brightwell"], meta="ld",
    pub="2026-03-09T13:00:00+00:00", date="March 9, 2026", read="4 min read",
    nav=["Product", "Solutions", "Pricing", "Blog", "Company"],
    related=[("⟪Brightwell raises Series B to expand in Europe⟫", "Our funding announcement from last autumn."),
             ("Introducing time tracking for retainers", "A new way to bill ongoing client work.")],
    nl=("⟪Product news, once a month⟫", "Be the first to hear about new features."),
    careers="⟪Join 180 people building software for independent businesses.⟫",
    footer_cols=FOOT_EN, footer="⟪© 2026 Brightwell Ltd. Registered in England and Wales.⟫",
    body="""<p>⟦Brightwell, the project management platform for creative agencies, has acquired Ledgerline,⟧ an invoicing and payments tool used by about 12,000 small agencies and freelancers, the two companies announced on Monday. Financial terms were not disclosed.</p>
<p>Ledgerline was founded in 2019 in Bristol by Amara Nwosu and Felix Grant, and has 34 employees, all of whom will join Brightwell. The company raised 6 million pounds in venture funding, most recently in 2023. Its product lets agencies turn tracked time and expenses into invoices, send them, and collect card and bank payments.</p>
<p>Brightwell, founded in 2017, says its software is used by around 30,000 agencies in 40 countries. About a fifth of its customers already connect Ledgerline to Brightwell through an existing integration, according to the company.</p>
<h2>What changes for customers</h2>
<p>Ledgerline will continue to operate as a separate product for at least the next twelve months, and its prices will not change during that time, the companies said. Existing Ledgerline accounts will not be migrated automatically. Over the course of 2026, Brightwell plans to build Ledgerline’s invoicing features directly into its own platform, with customers of both products able to choose whether to move.</p>
<p>⟦“Agencies told us again and again that the hardest part of their month is getting paid,”⟧ said Brightwell’s chief executive, Hana Kobayashi. “Ledgerline solved that better than anyone, and now we can solve it inside the tool where the work is already tracked.”</p>
<p>Nwosu, Ledgerline’s chief executive, will become Brightwell’s vice president for payments. Grant will lead the engineering team responsible for the integration. “We built Ledgerline for small agencies that could not afford a finance department,” Nwosu said. ⟦“Joining Brightwell lets us reach many more of them without changing what we do.”⟧</p>
<h2>Data and privacy</h2>
<p>Ledgerline customer data will remain on Ledgerline’s existing infrastructure in the United Kingdom until customers choose to move to the combined product. Both companies said their data protection terms would remain in force, and that customers would be notified in advance of any change.</p>
<p>Industry analysts have noted a wave of consolidation among software vendors that serve small agencies, as companies that once sold a single tool try to offer time tracking, project management, invoicing and payments in one subscription. Brightwell said the acquisition was not driven by that trend but by requests from its own customers.</p>
<p>The acquisition is Brightwell’s second, after the purchase of a resource scheduling start-up in 2024. It follows a funding round of 45 million dollars that Brightwell raised last autumn.</p>
<p>Customers with questions can contact either company’s support team. ⟦A joint webinar for Ledgerline customers is scheduled for March 18.⟧</p>""",
    kind="news", sure=False, why="company announcement close to a press release; reported in third person",
))

# ---------------------------------------------------------------- pt: open-source announcement by the engineering team
PAGES.append(dict(
    case="pt-news-codigoaberto", lang="pt", skin="company", domain="tech.cajupay.example", site="Blog de Tecnologia CajuPay",
    company="CajuPay", cta_btn="Abra sua conta", eyebrow="Engenharia", html_lang="pt-BR",
    url="https://tech.cajupay.example/blog/cajupay-abre-codigo-da-biblioteca-de-conciliacao/",
    h1="CajuPay abre o código da sua biblioteca de conciliação bancária",
    deck="A Conciliar, usada internamente desde 2022, passa a ser distribuída sob licença Apache 2.0",
    authors=None, byline_text="Equipe de Engenharia CajuPay", cards=[("Equipe de Engenharia CajuPay", "")],
    ld_authors=["org:CajuPay"], meta="ld",
    pub="2026-03-12T10:00:00-03:00", date="12 de março de 2026", read="5 min de leitura",
    nav=["Produtos", "Empresas", "Preços", "Blog", "Carreiras"],
    cookie="⟪Usamos cookies para melhorar sua experiência. Ao continuar, você concorda com a nossa política.⟫",
    related=[("⟪Como migramos 2 bilhões de transações sem parar o sistema⟫", "Um relato sobre filas, idempotência e muita paciência."),
             ("Nosso guia de revisão de código", "Como revisamos código no time de pagamentos.")],
    nl=("⟪Receba as novidades do time de tecnologia⟫", "Um e-mail por mês, sem propaganda."),
    careers="⟪Estamos contratando pessoas engenheiras em Recife, São Paulo e remoto.⟫",
    footer_cols=[["Produtos", "Conta PJ", "Maquininha", "Pix"], ["Empresa", "Sobre", "Imprensa", "Carreiras"]],
    footer="© 2026 CajuPay Instituição de Pagamento S.A.",
    body="""<p>⟦A CajuPay, empresa de pagamentos com sede em Recife, publicou nesta quinta-feira (12) o código-fonte da Conciliar,⟧ a biblioteca que usa para conferir automaticamente extratos bancários com as vendas registradas pelos seus clientes. O projeto está disponível sob a licença Apache 2.0 e pode ser usado, modificado e redistribuído inclusive por outras empresas do setor.</p>
<p>A Conciliar foi criada em 2022 por um grupo de quatro pessoas do time de pagamentos e hoje processa cerca de 9 milhões de lançamentos por dia dentro da CajuPay. A biblioteca lê extratos nos formatos mais usados pelos bancos brasileiros, incluindo CNAB 240, CNAB 400 e OFX, além de arquivos de liquidação do Pix, e cruza cada lançamento com as vendas correspondentes.</p>
<p>Segundo a empresa, a taxa de conciliação automática passou de 81% para 97% depois que a biblioteca substituiu o sistema anterior, baseado em planilhas e regras escritas à mão. ⟦Os 3% restantes são encaminhados para análise manual,⟧ geralmente por causa de estornos parciais ou de depósitos sem identificação.</p>
<h2>Por que abrir o código</h2>
<p>De acordo com a diretora de engenharia da CajuPay, Luana Bezerra, a decisão foi tomada depois que outras empresas e escritórios de contabilidade procuraram o time para perguntar como o problema tinha sido resolvido. “Conciliação é um problema que todo mundo no Brasil resolve sozinho, do zero, e quase sempre mal”, disse Bezerra. ⟦“Não é aí que a gente compete com ninguém.”⟧</p>
<p>A empresa afirma que vai manter duas pessoas dedicadas ao projeto em tempo integral durante pelo menos 2026, revisando contribuições externas e publicando versões mensais. Antes da publicação, o código passou por uma auditoria de segurança feita por uma consultoria independente, e dados de clientes foram removidos do histórico de testes.</p>
<h2>O que vem a seguir</h2>
<p>O primeiro lançamento público, a versão 1.0, inclui os leitores de extrato, o motor de regras de conciliação e uma interface de linha de comando. A documentação está em português e inglês. Para o segundo semestre, o time planeja adicionar suporte a extratos de cartões de benefício e a arquivos de adquirentes internacionais.</p>
<p>O engenheiro Thiago Albuquerque, um dos criadores da biblioteca, disse que o maior desafio da abertura foi separar as regras específicas da CajuPay do núcleo genérico. “Levamos quase quatro meses só nisso”, afirmou. “Mas o resultado é um código melhor também para nós.”</p>
<p>⟦O repositório já recebeu as primeiras contribuições externas na versão de pré-lançamento,⟧ segundo a empresa, incluindo um leitor para o extrato de uma cooperativa de crédito do Rio Grande do Sul.</p>""",
    kind="news", sure=False, why="company announcement on own blog, third person with quotes",
))
