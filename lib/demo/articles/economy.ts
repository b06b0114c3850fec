import type { DemoArticle } from '../types';

const articles: DemoArticle[] = [
  {
    key: 'aliyev-kazakhstan-visit',
    category: 'economy',
    author: 'm-ali',
    tags: ['kazakhstan', 'middle-corridor', 'caspian'],
    publishedAt: '2025-10-22T09:20:00+04:00',
    translations: {
      ru: {
        title: 'Визит Алиева в Казахстан углубляет сотрудничество между Баку и Астаной',
        lead: 'Двухдневный государственный визит президента Азербайджана Ильхама Алиева в Казахстан, состоявшийся 20–21 октября, продемонстрировал, как Баку и Астана преобразуют культурную близость в прагматичное экономическое сотрудничество.',
        body: [
          'Две прикаспийские страны подписали 15 соглашений в области энергетики, логистики, искусственного интеллекта и здравоохранения, подтвердив своё намерение стать важнейшим транспортным и цифровым мостом Евразии.',
          'В центре внимания был Транскаспийский международный транспортный маршрут — «Средний коридор», который оба лидера обязались расширить, устраняя узкие места в инфраструктуре и гармонизируя таможенные и портовые операции. Постепенный переход Казахстана на экспорт нефти с российских трубопроводов на маршрут Баку-Тбилиси-Джейхан, оператором которого являются SOCAR и «КазМунайГаз», подчёркивает растущий стратегический вес этого коридора.',
          'Заявление Алиева о снятии Азербайджаном ограничений на транзит в Армению, что позволило осуществить первую партию казахстанского зерна через территорию Азербайджана и Грузии, стало политически значимым шагом. Если это сохранится, это может преобразовать региональную торговую логистику и стать сигналом к некоторой нормализации ситуации на Южном Кавказе.',
          'Проекты в области цифровой и зелёной энергетики заняли видное место. Планируемая подводная оптоволоконная линия между Казахстаном и Азербайджаном, строительство которой, как ожидается, будет завершено к концу 2026 года, заложит основу для новых форм цифровой торговли и суверенитета данных, а совместные инициативы в области возобновляемых источников энергии указывают на более широкое переосмысление сотрудничества в Каспийском регионе.',
          'С 2020 года двусторонний товарооборот вырос почти в пять раз, превысив 547 миллионов долларов за первые восемь месяцев 2025 года. Оба правительства считают, что динамика в сфере логистики и энергетических услуг критически важна для поддержания этого роста. Однако аналитики предупреждают, что долгосрочный успех зависит от согласования таможенных систем, расширения портовых мощностей и решения проблемы ухудшения состояния Каспийского моря.',
          'Как отмечают наблюдатели, визит Алиева продемонстрировал, как Азербайджан и Казахстан перерастают из символического «тюркского братства» в стратегическое партнёрство, основанное на инфраструктуре, энергетике и технологиях. Эти соглашения, возможно, не сразу приведут к увеличению объёмов торговли, но они консолидируют амбиции обеих стран возглавить региональные проекты по развитию связей независимо от российских сетей.',
          'Настоящим испытанием станет реализация — сможет ли «Средний коридор» превратиться из дипломатической концепции в коммерчески эффективный маршрут, соединяющий Европу и Азию.',
        ],
      },
      az: {
        title: 'Əliyevin Qazaxıstana səfəri Bakı ilə Astana arasında əməkdaşlığı dərinləşdirir',
        lead: 'Azərbaycan Prezidenti İlham Əliyevin oktyabrın 20–21-də Qazaxıstana iki günlük dövlət səfəri Bakı və Astananın mədəni yaxınlığı praqmatik iqtisadi əməkdaşlığa necə çevirdiyini nümayiş etdirdi.',
        body: [
          'İki Xəzəryanı ölkə enerji, logistika, süni intellekt və səhiyyə sahələrində 15 saziş imzalayaraq Avrasiyanın ən mühüm nəqliyyat və rəqəmsal körpüsünə çevrilmək niyyətini təsdiqlədi.',
          'Diqqət mərkəzində Transxəzər Beynəlxalq Nəqliyyat Marşrutu — «Orta Dəhliz» idi; hər iki lider infrastrukturdakı dar boğazları aradan qaldırmaq, gömrük və liman əməliyyatlarını uyğunlaşdırmaqla onu genişləndirməyi öhdəsinə götürdü. Qazaxıstanın neft ixracını Rusiya boru kəmərlərindən operatoru SOCAR və «QazMunayQaz» olan Bakı-Tbilisi-Ceyhan marşrutuna tədricən yönəltməsi bu dəhlizin artan strateji çəkisini vurğulayır.',
          'Əliyevin Azərbaycanın Ermənistana tranzitə qoyulan məhdudiyyətləri aradan qaldırması barədə bəyanatı siyasi baxımdan əhəmiyyətli addım oldu: bu, Qazaxıstan taxılının ilk partiyasının Azərbaycan və Gürcüstan ərazisindən keçməklə daşınmasına imkan verdi. Bu vəziyyət davam edərsə, regional ticarət logistikasını dəyişdirə və Cənubi Qafqazda müəyyən normallaşmanın siqnalı ola bilər.',
          'Rəqəmsal və yaşıl enerji layihələri mühüm yer tutdu. Qazaxıstanla Azərbaycan arasında tikintisinin 2026-cı ilin sonunadək başa çatdırılması gözlənilən sualtı fiber-optik xətt rəqəmsal ticarətin yeni formaları və data suverenliyi üçün zəmin yaradacaq, bərpa olunan enerji mənbələri sahəsində birgə təşəbbüslər isə Xəzər regionunda əməkdaşlığın daha geniş şəkildə yenidən düşünüldüyünü göstərir.',
          '2020-ci ildən bəri ikitərəfli əmtəə dövriyyəsi təxminən beş dəfə artaraq 2025-ci ilin ilk səkkiz ayında 547 milyon dolları ötüb. Hər iki hökumət bu artımı qorumaq üçün logistika və enerji xidmətləri sahəsindəki dinamikanı həlledici hesab edir. Lakin analitiklər xəbərdarlıq edirlər ki, uzunmüddətli uğur gömrük sistemlərinin uyğunlaşdırılmasından, liman güclərinin genişləndirilməsindən və Xəzər dənizinin vəziyyətinin pisləşməsi probleminin həllindən asılıdır.',
          'Müşahidəçilərin qeyd etdiyi kimi, Əliyevin səfəri Azərbaycan və Qazaxıstanın simvolik «türk qardaşlığı»ndan infrastruktur, enerji və texnologiyaya əsaslanan strateji tərəfdaşlığa necə keçdiyini nümayiş etdirdi. Bu sazişlər ticarət həcminin dərhal artmasına gətirib çıxarmaya bilər, lakin onlar hər iki ölkənin Rusiya şəbəkələrindən asılı olmayaraq regional əlaqələndirmə layihələrinə rəhbərlik etmək iddialarını möhkəmləndirir.',
          'Əsl sınaq icra olacaq — «Orta Dəhliz» diplomatik konsepsiyadan Avropa ilə Asiyanı birləşdirən, kommersiya baxımından səmərəli marşruta çevrilə biləcəkmi?',
        ],
      },
      en: {
        title: "Aliyev's visit to Kazakhstan deepens cooperation between Baku and Astana",
        lead: "Azerbaijani President Ilham Aliyev's two-day state visit to Kazakhstan on 20–21 October showed how Baku and Astana are turning cultural affinity into pragmatic economic cooperation.",
        body: [
          "The two Caspian states signed 15 agreements in energy, logistics, artificial intelligence and healthcare, confirming their intention to become Eurasia's key transport and digital bridge.",
          "The spotlight was on the Trans-Caspian International Transport Route, the “Middle Corridor”, which both leaders pledged to expand by removing infrastructure bottlenecks and harmonising customs and port operations. Kazakhstan's gradual shift of its oil exports from Russian pipelines to the Baku-Tbilisi-Ceyhan route, operated by SOCAR and KazMunayGas, underlines the corridor's growing strategic weight.",
          "Aliyev's announcement that Azerbaijan had lifted restrictions on transit to Armenia, which allowed the first shipment of Kazakh grain to pass through Azerbaijani and Georgian territory, was a politically significant step. If it holds, it could transform regional trade logistics and signal a degree of normalisation in the South Caucasus.",
          'Digital and green energy projects featured prominently. A planned subsea fibre-optic link between Kazakhstan and Azerbaijan, expected to be completed by the end of 2026, will lay the groundwork for new forms of digital trade and data sovereignty, while joint renewable energy initiatives point to a broader rethinking of cooperation in the Caspian region.',
          'Since 2020, bilateral trade has grown almost fivefold, exceeding $547 million in the first eight months of 2025. Both governments consider momentum in logistics and energy services critical to sustaining this growth. Analysts warn, however, that long-term success depends on aligning customs systems, expanding port capacity and addressing the deteriorating state of the Caspian Sea.',
          "As observers note, Aliyev's visit showed how Azerbaijan and Kazakhstan are growing from a symbolic “Turkic brotherhood” into a strategic partnership built on infrastructure, energy and technology. The agreements may not immediately translate into higher trade volumes, but they consolidate both countries' ambition to lead regional connectivity projects independently of Russian networks.",
          'The real test will be implementation — whether the Middle Corridor can turn from a diplomatic concept into a commercially viable route linking Europe and Asia.',
        ],
      },
    },
  },
  {
    key: 'state-credit-institutions-management',
    category: 'economy',
    author: 'newsroom',
    tags: ['banks', 'baku'],
    publishedAt: '2025-09-26T16:00:00+04:00',
    translations: {
      ru: {
        title: 'Ильхам Алиев изменил порядок управления государственными кредитными организациями',
        lead: 'Президент Азербайджана Ильхам Алиев подписал указ, вносящий изменения в порядок управления кредитными организациями с государственным участием. Документ опубликован на официальном сайте главы государства.',
        body: [
          'Согласно документу, управление государственными долями в капитале банков и согласование кандидатур в наблюдательные советы таких организаций будут осуществляться по обновлённым правилам. Изменения вносятся в ряд ранее принятых указов, регулирующих деятельность компаний с государственным участием.',
          'Указ также предусматривает, что кредитные организации с государственным участием будут ежегодно представлять отчёты о финансовых результатах и выполнении стратегий развития. Кабинету министров поручено в трёхмесячный срок привести свои нормативные акты в соответствие с документом.',
          'Эксперты банковского сектора связывают изменения с продолжающейся в последние годы реформой корпоративного управления в государственных компаниях. По их оценке, более чёткое распределение полномочий должно повысить прозрачность и подотчётность государственных активов в финансовом секторе.',
          'Государственное участие в банковском секторе Азербайджана остаётся заметным: по данным рынка, на банки с долей государства приходится значительная часть совокупных активов сектора. Центральный банк ранее неоднократно указывал, что укрепление корпоративного управления является важным условием устойчивости финансовой системы.',
        ],
      },
      az: {
        title: 'İlham Əliyev dövlət kredit təşkilatlarının idarə olunması qaydasını dəyişib',
        lead: 'Azərbaycan Prezidenti İlham Əliyev dövlət iştirakı olan kredit təşkilatlarının idarə olunması qaydasına dəyişikliklər edən fərman imzalayıb. Sənəd dövlət başçısının rəsmi saytında dərc olunub.',
        body: [
          'Sənədə əsasən, bankların kapitalındakı dövlət paylarının idarə edilməsi və belə təşkilatların müşahidə şuralarına namizədlərin razılaşdırılması yenilənmiş qaydalar əsasında həyata keçiriləcək. Dəyişikliklər dövlət iştirakı olan şirkətlərin fəaliyyətini tənzimləyən, əvvəllər qəbul edilmiş bir sıra fərmanlara edilir.',
          'Fərmanda həmçinin nəzərdə tutulur ki, dövlət iştirakı olan kredit təşkilatları hər il maliyyə nəticələri və inkişaf strategiyalarının icrası barədə hesabat təqdim edəcək. Nazirlər Kabinetinə üç ay müddətində öz normativ aktlarını sənədə uyğunlaşdırmaq tapşırılıb.',
          'Bank sektoru ekspertləri dəyişiklikləri son illərdə dövlət şirkətlərində davam edən korporativ idarəetmə islahatı ilə əlaqələndirirlər. Onların qiymətləndirməsinə görə, səlahiyyətlərin daha aydın bölgüsü maliyyə sektorundakı dövlət aktivlərinin şəffaflığını və hesabatlılığını artırmalıdır.',
          'Azərbaycanın bank sektorunda dövlət iştirakı nəzərəçarpan olaraq qalır: bazar məlumatlarına görə, sektorun ümumi aktivlərinin əhəmiyyətli hissəsi dövlət payı olan bankların payına düşür. Mərkəzi Bank daha əvvəl dəfələrlə korporativ idarəetmənin gücləndirilməsinin maliyyə sisteminin dayanıqlılığı üçün mühüm şərt olduğunu vurğulayıb.',
        ],
      },
      en: {
        title: 'Ilham Aliyev changes management procedure for state-owned credit institutions',
        lead: "Azerbaijani President Ilham Aliyev has signed a decree amending the procedure for managing credit institutions with state participation. The document was published on the head of state's official website.",
        body: [
          'Under the document, the management of state stakes in the capital of banks and the approval of candidates for the supervisory boards of such institutions will be carried out under updated rules. The changes amend a number of earlier decrees governing the activities of companies with state participation.',
          'The decree also requires credit institutions with state participation to submit annual reports on their financial results and the implementation of their development strategies. The Cabinet of Ministers has been instructed to bring its regulations into line with the document within three months.',
          'Banking sector experts link the changes to the corporate governance reform of state-owned companies that has been under way in recent years. In their view, a clearer division of powers should improve the transparency and accountability of state assets in the financial sector.',
          "State participation in Azerbaijan's banking sector remains significant: according to market data, banks with a state stake account for a considerable share of the sector's total assets. The Central Bank has repeatedly stressed that stronger corporate governance is an important condition for the stability of the financial system.",
        ],
      },
    },
  },
  {
    key: 'oil-prices-rise-iran-tensions',
    category: 'economy',
    author: 'rashad-mammadov',
    tags: ['oil', 'usa'],
    publishedAt: '2025-09-30T12:38:00+04:00',
    translations: {
      ru: {
        title: 'Цены на нефть растут на фоне угроз Трампа в адрес Ирана',
        lead: 'Мировые цены на нефть во вторник утром повысились после жёстких заявлений президента США Дональда Трампа в адрес Ирана. Участники рынка опасаются возможных перебоев с поставками из региона Персидского залива.',
        body: [
          'По данным торговых площадок, стоимость декабрьских фьючерсов на нефть марки Brent выросла на 1,3% — до 68,1 доллара за баррель. Американская WTI подорожала на 1,1%, до 64,2 доллара за баррель.',
          'Аналитики связывают рост котировок с заявлениями американского президента, предупредившего Тегеран о новых санкционных мерах в случае отказа от переговоров по ядерной программе. Рынок закладывает в цены риск ограничения иранского экспорта, который, по оценкам отраслевых агентств, в последние месяцы превышал 1,5 миллиона баррелей в сутки.',
          'Вместе с тем рост сдерживается ожиданиями увеличения добычи странами ОПЕК+. По мнению аналитиков, при сохранении нынешнего баланса спроса и предложения цены до конца года, скорее всего, останутся в диапазоне 65–70 долларов за баррель.',
          'Для Азербайджана динамика мировых цен имеет прямое значение: азербайджанская нефть Azeri Light, как правило, стоит на 2–3 доллара дороже Brent. От нефтяных доходов во многом зависят поступления в Государственный нефтяной фонд и исполнение государственного бюджета.',
        ],
      },
      az: {
        title: 'Trampın İrana ünvanladığı təhdidlər fonunda neft qiymətləri artır',
        lead: 'ABŞ Prezidenti Donald Trampın İrana ünvanladığı sərt bəyanatlardan sonra dünya bazarında neft qiymətləri çərşənbə axşamı səhər yüksəlib. Bazar iştirakçıları Fars körfəzi regionundan tədarükdə mümkün fasilələrdən ehtiyat edirlər.',
        body: [
          'Ticarət meydançalarının məlumatlarına görə, Brent markalı neftin dekabr fyuçerslərinin qiyməti 1,3% artaraq barel üçün 68,1 dollara çatıb. Amerikanın WTI markalı nefti 1,1% bahalaşaraq barel üçün 64,2 dollar olub.',
          'Analitiklər qiymət artımını nüvə proqramı üzrə danışıqlardan imtina edəcəyi təqdirdə Tehranı yeni sanksiya tədbirləri barədə xəbərdar edən Amerika prezidentinin bəyanatları ilə əlaqələndirirlər. Bazar qiymətlərə İran ixracının məhdudlaşdırılması riskini daxil edir; sahə agentliklərinin hesablamalarına görə, bu ixrac son aylarda sutkada 1,5 milyon bareli ötüb.',
          'Bununla yanaşı, artımı OPEC+ ölkələrinin hasilatı artıracağı ilə bağlı gözləntilər cilovlayır. Analitiklərin fikrincə, tələb və təklif arasındakı hazırkı balans qorunarsa, il sonunadək qiymətlər çox güman ki, barel üçün 65–70 dollar aralığında qalacaq.',
          'Dünya qiymətlərinin dinamikası Azərbaycan üçün birbaşa əhəmiyyət daşıyır: Azərbaycanın Azeri Light nefti adətən Brent-dən 2–3 dollar baha olur. Dövlət Neft Fonduna daxilolmalar və dövlət büdcəsinin icrası böyük ölçüdə neft gəlirlərindən asılıdır.',
        ],
      },
      en: {
        title: "Oil prices rise amid Trump's threats against Iran",
        lead: 'Global oil prices rose on Tuesday morning after tough statements by US President Donald Trump directed at Iran. Market participants fear possible supply disruptions from the Persian Gulf region.',
        body: [
          'According to exchange data, December Brent crude futures rose 1.3% to $68.1 a barrel. The US benchmark WTI gained 1.1% to $64.2 a barrel.',
          'Analysts attribute the rise to remarks by the US president, who warned Tehran of new sanctions if it refuses to negotiate over its nuclear programme. The market is pricing in the risk of restrictions on Iranian exports, which industry agencies estimate have exceeded 1.5 million barrels per day in recent months.',
          'At the same time, gains are being held back by expectations of higher output from OPEC+ countries. Analysts believe that if the current balance of supply and demand holds, prices will most likely stay in the $65–70 per barrel range until the end of the year.',
          "Global price trends matter directly for Azerbaijan: the country's Azeri Light crude usually trades $2–3 above Brent. Revenues of the State Oil Fund and the execution of the state budget depend heavily on oil income.",
        ],
      },
    },
  },
  {
    key: 'non-oil-exports-growth',
    category: 'economy',
    author: 'leyla-hasanova',
    tags: ['agriculture', 'russia', 'turkey'],
    publishedAt: '2025-10-03T11:10:00+04:00',
    translations: {
      ru: {
        title: 'Ненефтяной экспорт Азербайджана за восемь месяцев вырос на 7%',
        lead: 'В январе–августе 2025 года Азербайджан экспортировал ненефтяной продукции на 2,26 миллиарда долларов, что на 7,1% больше, чем годом ранее. Основной вклад в рост внесли сельскохозяйственные товары и продукция химической промышленности.',
        body: [
          'Такие данные приводятся в обзоре экспорта, подготовленном Центром анализа экономических реформ и коммуникации на основе таможенной статистики. Доля ненефтяного сектора в общем объёме экспорта страны за этот период составила около 11%.',
          'Лидерами среди ненефтяных экспортных товаров остаются свежие фрукты и овощи, в первую очередь томаты, яблоки и фундук, а также хлопковое волокно, полипропилен и алюминий. По данным центра, экспорт фундука в стоимостном выражении увеличился более чем на четверть на фоне высоких мировых цен.',
          'Крупнейшими покупателями азербайджанской ненефтяной продукции стали Россия, Турция, Грузия, Швейцария и Казахстан. Заметно вырос экспорт в страны Центральной Азии, что эксперты связывают с развитием транспортного сообщения через Каспий.',
          'Правительство рассматривает расширение ненефтяного экспорта как один из ключевых инструментов снижения зависимости экономики от углеводородов. По оценке аналитиков, для ускорения роста необходимы дальнейшее развитие логистики, сертификация продукции по международным стандартам и выход на рынки Евросоюза.',
        ],
      },
      az: {
        title: 'Azərbaycanın qeyri-neft ixracı səkkiz ayda 7% artıb',
        lead: '2025-ci ilin yanvar–avqust aylarında Azərbaycan 2,26 milyard dollarlıq qeyri-neft məhsulu ixrac edib ki, bu da ötən ilin eyni dövrü ilə müqayisədə 7,1% çoxdur. Artıma əsas töhfəni kənd təsərrüfatı məhsulları və kimya sənayesi məhsulları verib.',
        body: [
          'Bu barədə İqtisadi İslahatların Təhlili və Kommunikasiya Mərkəzinin gömrük statistikası əsasında hazırladığı ixrac icmalında məlumat verilir. Həmin dövrdə qeyri-neft sektorunun ölkənin ümumi ixracındakı payı təxminən 11% təşkil edib.',
          'Qeyri-neft ixrac məhsulları arasında təzə meyvə və tərəvəz, ilk növbədə pomidor, alma və fındıq, həmçinin pambıq lifi, polipropilen və alüminium liderliyi qoruyur. Mərkəzin məlumatına görə, dünya bazarında yüksək qiymətlər fonunda fındıq ixracı dəyər ifadəsində dörddə birdən çox artıb.',
          'Azərbaycanın qeyri-neft məhsullarının ən böyük alıcıları Rusiya, Türkiyə, Gürcüstan, İsveçrə və Qazaxıstan olub. Mərkəzi Asiya ölkələrinə ixrac nəzərəçarpacaq dərəcədə artıb və ekspertlər bunu Xəzər üzərindən nəqliyyat əlaqələrinin inkişafı ilə əlaqələndirirlər.',
          'Hökumət qeyri-neft ixracının genişləndirilməsini iqtisadiyyatın karbohidrogenlərdən asılılığının azaldılmasının əsas alətlərindən biri hesab edir. Analitiklərin qiymətləndirməsinə görə, artımın sürətləndirilməsi üçün logistikanın daha da inkişafı, məhsulların beynəlxalq standartlar üzrə sertifikatlaşdırılması və Avropa İttifaqı bazarlarına çıxış zəruridir.',
        ],
      },
      en: {
        title: "Azerbaijan's non-oil exports up 7% in eight months",
        lead: 'In January–August 2025, Azerbaijan exported $2.26 billion worth of non-oil products, 7.1% more than a year earlier. Agricultural goods and chemical products made the largest contribution to the growth.',
        body: [
          "The figures come from an export review prepared by the Center for Analysis of Economic Reforms and Communication on the basis of customs statistics. The non-oil sector accounted for about 11% of the country's total exports over the period.",
          'Fresh fruit and vegetables, above all tomatoes, apples and hazelnuts, remain the leading non-oil export goods, along with cotton fibre, polypropylene and aluminium. According to the center, hazelnut exports rose by more than a quarter in value terms amid high global prices.',
          'Russia, Türkiye, Georgia, Switzerland and Kazakhstan were the largest buyers of Azerbaijani non-oil products. Exports to Central Asian countries grew noticeably, which experts link to the development of transport links across the Caspian.',
          "The government sees the expansion of non-oil exports as one of the key tools for reducing the economy's dependence on hydrocarbons. Analysts believe that faster growth will require further development of logistics, certification of products to international standards and access to European Union markets.",
        ],
      },
    },
  },
  {
    key: 'gold-record-price',
    category: 'economy',
    author: 'rashad-mammadov',
    tags: ['gold', 'usa'],
    publishedAt: '2025-10-08T11:42:00+04:00',
    translations: {
      ru: {
        title: 'Рекордная цена на золото',
        lead: 'Стоимость золота на мировом рынке впервые в истории превысила 4 000 долларов за тройскую унцию. С начала года драгоценный металл подорожал более чем на 50%.',
        body: [
          'По данным торговых площадок, в ходе торгов в среду спотовая цена золота поднималась до 4 040 долларов за унцию, а декабрьские фьючерсы на бирже COMEX — до 4 060 долларов. Только за последние два месяца металл прибавил в цене около 20%.',
          'Аналитики объясняют рост сочетанием факторов: ожиданиями дальнейшего снижения ставок Федеральной резервной системой США, частичной приостановкой работы американского правительства и сохраняющейся геополитической напряжённостью. Дополнительную поддержку рынку оказывают покупки центральных банков и приток средств в биржевые фонды, обеспеченные золотом.',
          'Ряд крупных инвестиционных банков уже пересмотрел прогнозы в сторону повышения, допуская, что в 2026 году цена может достичь 4 500–5 000 долларов за унцию. Вместе с тем эксперты предупреждают о риске коррекции после столь стремительного роста.',
          'На внутреннем рынке Азербайджана вслед за мировыми котировками дорожают ювелирные изделия и слитки. Центральный банк ежедневно устанавливает учётную цену золота, и в среду она превысила 6 800 манатов за унцию.',
        ],
      },
      az: {
        title: 'Qızılın rekord qiyməti',
        lead: 'Dünya bazarında qızılın qiyməti tarixdə ilk dəfə troy unsiyası üçün 4 000 dolları ötüb. İlin əvvəlindən qiymətli metal 50%-dən çox bahalaşıb.',
        body: [
          'Ticarət meydançalarının məlumatlarına görə, çərşənbə günü hərraclar zamanı qızılın spot qiyməti unsiya üçün 4 040 dollara, COMEX birjasında dekabr fyuçersləri isə 4 060 dollara qədər yüksəlib. Təkcə son iki ayda metalın qiyməti təxminən 20% artıb.',
          'Analitiklər artımı bir neçə amilin birləşməsi ilə izah edirlər: ABŞ Federal Ehtiyat Sisteminin faiz dərəcələrini daha da endirəcəyi ilə bağlı gözləntilər, Amerika hökumətinin işinin qismən dayanması və davam edən geosiyasi gərginlik. Mərkəzi bankların alışları və qızılla təmin olunmuş birja fondlarına vəsait axını bazara əlavə dəstək verir.',
          'Bir sıra iri investisiya bankları artıq proqnozlarını yuxarı doğru yenidən nəzərdən keçirib və 2026-cı ildə qiymətin unsiya üçün 4 500–5 000 dollara çata biləcəyini istisna etmir. Bununla yanaşı, ekspertlər belə sürətli artımdan sonra korreksiya riski barədə xəbərdarlıq edirlər.',
          'Azərbaycanın daxili bazarında dünya kotirovkalarının ardınca zərgərlik məmulatları və külçələr bahalaşır. Mərkəzi Bank qızılın uçot qiymətini gündəlik müəyyən edir və çərşənbə günü bu qiymət unsiya üçün 6 800 manatı ötüb.',
        ],
      },
      en: {
        title: 'Gold hits record price',
        lead: 'The price of gold on the world market has exceeded $4,000 per troy ounce for the first time in history. The precious metal has risen by more than 50% since the start of the year.',
        body: [
          'According to market data, the spot price of gold rose as high as $4,040 an ounce during trading on Wednesday, while December futures on the COMEX exchange reached $4,060. The metal has gained about 20% over the past two months alone.',
          'Analysts explain the rally by a combination of factors: expectations of further rate cuts by the US Federal Reserve, the partial shutdown of the US government and persistent geopolitical tensions. Central bank purchases and inflows into gold-backed exchange-traded funds are providing additional support to the market.',
          'Several major investment banks have already revised their forecasts upwards, suggesting that the price could reach $4,500–5,000 an ounce in 2026. At the same time, experts warn of the risk of a correction after such a rapid rise.',
          "On Azerbaijan's domestic market, jewellery and bullion are becoming more expensive in line with world prices. The Central Bank sets the accounting price of gold daily, and on Wednesday it exceeded 6,800 manats per ounce.",
        ],
      },
    },
  },
  {
    key: 'gold-holds-record-highs',
    category: 'economy',
    author: 'leyla-hasanova',
    tags: ['gold', 'usa', 'currency'],
    publishedAt: '2025-10-14T13:00:00+04:00',
    translations: {
      ru: {
        title: 'Цены на золото сохраняют позиции на уровне исторических максимумов',
        lead: 'Золото во вторник торгуется вблизи рекордных значений, удерживаясь выше 4 100 долларов за тройскую унцию. Инвесторы продолжают искать защитные активы на фоне неопределённости в мировой экономике.',
        body: [
          'По данным рынка, к середине дня по бакинскому времени спотовая цена золота составляла около 4 130 долларов за унцию, прибавив 0,6% по сравнению с закрытием предыдущей сессии. Накануне металл обновил исторический максимум.',
          'Аналитики отмечают, что спрос на золото поддерживают возобновившиеся торговые разногласия между США и Китаем, а также ожидания того, что Федеральная резервная система снизит ставку на ближайшем заседании в конце октября. Ослабление доллара делает металл более доступным для покупателей, использующих другие валюты.',
          'Одновременно дорожают и другие драгоценные металлы: серебро торгуется выше 51 доллара за унцию, рост демонстрируют также платина и палладий. По мнению участников рынка, краткосрочные колебания возможны, однако общий восходящий тренд пока сохраняется.',
          'Рост мировых цен отражается и на Государственном нефтяном фонде Азербайджана, часть активов которого размещена в золоте. По оценкам аналитиков, переоценка золотого портфеля в этом году заметно увеличила стоимость активов фонда.',
        ],
      },
      az: {
        title: 'Qızılın qiyməti tarixi maksimumlar səviyyəsində mövqeyini qoruyur',
        lead: 'Qızıl çərşənbə axşamı rekord göstəricilərə yaxın səviyyədə satılır və troy unsiyası üçün 4 100 dollardan yuxarıda qalır. İnvestorlar dünya iqtisadiyyatındakı qeyri-müəyyənlik fonunda qoruyucu aktivlər axtarmağa davam edirlər.',
        body: [
          'Bazar məlumatlarına görə, Bakı vaxtı ilə günortaya yaxın qızılın spot qiyməti unsiya üçün təxminən 4 130 dollar təşkil edib və əvvəlki sessiyanın bağlanışı ilə müqayisədə 0,6% artıb. Bir gün əvvəl metal tarixi maksimumu yeniləyib.',
          'Analitiklər qeyd edirlər ki, qızıla tələbi ABŞ ilə Çin arasında yenidən başlayan ticarət fikir ayrılıqları, həmçinin Federal Ehtiyat Sisteminin oktyabrın sonunda keçiriləcək növbəti iclasında faiz dərəcəsini endirəcəyi ilə bağlı gözləntilər dəstəkləyir. Dolların zəifləməsi metalı digər valyutalardan istifadə edən alıcılar üçün daha əlçatan edir.',
          'Eyni zamanda digər qiymətli metallar da bahalaşır: gümüş unsiya üçün 51 dollardan yuxarı qiymətə satılır, platin və palladium da artım nümayiş etdirir. Bazar iştirakçılarının fikrincə, qısamüddətli tərəddüdlər mümkündür, lakin ümumi yüksələn trend hələlik qorunur.',
          'Dünya qiymətlərinin artımı aktivlərinin bir hissəsi qızılda yerləşdirilmiş Azərbaycan Dövlət Neft Fonduna da təsir göstərir. Analitiklərin hesablamalarına görə, qızıl portfelinin yenidən qiymətləndirilməsi bu il fondun aktivlərinin dəyərini nəzərəçarpacaq dərəcədə artırıb.',
        ],
      },
      en: {
        title: 'Gold prices hold at record highs',
        lead: 'Gold was trading near record levels on Tuesday, holding above $4,100 per troy ounce. Investors continue to seek safe-haven assets amid uncertainty in the global economy.',
        body: [
          "According to market data, by midday Baku time the spot price of gold stood at around $4,130 an ounce, up 0.6% from the previous session's close. The metal set a new all-time high the day before.",
          'Analysts note that demand for gold is being supported by renewed trade tensions between the US and China, as well as expectations that the Federal Reserve will cut its rate at its next meeting at the end of October. A weaker dollar makes the metal more affordable for buyers using other currencies.',
          'Other precious metals are also rising: silver is trading above $51 an ounce, and platinum and palladium are gaining too. Market participants say short-term fluctuations are possible, but the overall upward trend remains intact for now.',
          "The rise in world prices is also reflected in the State Oil Fund of Azerbaijan, part of whose assets are held in gold. Analysts estimate that the revaluation of the gold portfolio has noticeably increased the value of the fund's assets this year.",
        ],
      },
    },
  },
  {
    key: 'central-bank-keeps-refinancing-rate',
    category: 'economy',
    author: 'nigar-aliyeva',
    tags: ['banks', 'currency'],
    publishedAt: '2025-10-17T15:30:00+04:00',
    translations: {
      ru: {
        title: 'Центробанк Азербайджана сохранил учётную ставку на уровне 7%',
        lead: 'Правление Центрального банка Азербайджана приняло решение оставить учётную ставку без изменений, на уровне 7%. Параметры процентного коридора также сохранены.',
        body: [
          'Как говорится в сообщении регулятора, решение принято с учётом текущей динамики инфляции, инфляционных ожиданий и ситуации на внешних рынках. Годовая инфляция в сентябре, по данным Государственного комитета по статистике, составила 5,6% и остаётся в пределах целевого диапазона 4±2%.',
          'Центральный банк отмечает, что основное давление на цены по-прежнему оказывают продовольственные товары и платные услуги. При этом колебания валютных курсов на мировых рынках и рост цен в странах — торговых партнёрах могут влиять на импортируемую инфляцию.',
          'Официальный курс маната сохраняется на уровне 1,70 за доллар. По данным регулятора, спрос на валютных аукционах удовлетворяется в полном объёме, а стратегические валютные резервы страны продолжают расти.',
          'Следующее решение по учётной ставке будет объявлено в декабре в соответствии с опубликованным графиком. Аналитики ожидают, что при сохранении инфляции в пределах цели банк может вернуться к постепенному смягчению денежно-кредитной политики в 2026 году.',
        ],
      },
      az: {
        title: 'Azərbaycan Mərkəzi Bankı uçot dərəcəsini 7% səviyyəsində saxlayıb',
        lead: 'Azərbaycan Mərkəzi Bankının İdarə Heyəti uçot dərəcəsini dəyişmədən, 7% səviyyəsində saxlamaq barədə qərar qəbul edib. Faiz dəhlizinin parametrləri də saxlanılıb.',
        body: [
          'Tənzimləyicinin məlumatında bildirilir ki, qərar inflyasiyanın cari dinamikası, inflyasiya gözləntiləri və xarici bazarlardakı vəziyyət nəzərə alınmaqla qəbul edilib. Dövlət Statistika Komitəsinin məlumatına görə, sentyabrda illik inflyasiya 5,6% təşkil edib və 4±2% hədəf diapazonu daxilində qalır.',
          'Mərkəzi Bank qeyd edir ki, qiymətlərə əsas təzyiqi əvvəlki kimi ərzaq məhsulları və ödənişli xidmətlər göstərir. Bununla yanaşı, dünya bazarlarında valyuta məzənnələrinin tərəddüdləri və ticarət tərəfdaşı olan ölkələrdə qiymət artımı idxal olunan inflyasiyaya təsir edə bilər.',
          'Manatın rəsmi məzənnəsi 1 dollar üçün 1,70 səviyyəsində qalır. Tənzimləyicinin məlumatına görə, valyuta hərraclarında tələb tam həcmdə ödənilir, ölkənin strateji valyuta ehtiyatları isə artmaqda davam edir.',
          'Uçot dərəcəsi ilə bağlı növbəti qərar dərc olunmuş qrafikə uyğun olaraq dekabrda elan ediləcək. Analitiklər gözləyirlər ki, inflyasiya hədəf daxilində qalarsa, bank 2026-cı ildə pul siyasətinin tədricən yumşaldılmasına qayıda bilər.',
        ],
      },
      en: {
        title: 'Central Bank of Azerbaijan keeps refinancing rate at 7%',
        lead: 'The Board of the Central Bank of Azerbaijan has decided to leave the refinancing rate unchanged at 7%. The parameters of the interest rate corridor have also been kept in place.',
        body: [
          "According to the regulator's statement, the decision takes into account current inflation trends, inflation expectations and the situation on external markets. Annual inflation in September stood at 5.6%, according to the State Statistics Committee, and remains within the 4±2% target range.",
          'The Central Bank notes that food products and paid services continue to exert the main pressure on prices. At the same time, exchange rate fluctuations on world markets and rising prices in trading partner countries may affect imported inflation.',
          "The manat's official exchange rate remains at 1.70 per dollar. According to the regulator, demand at currency auctions is being met in full, while the country's strategic foreign currency reserves continue to grow.",
          'The next decision on the refinancing rate will be announced in December in line with the published schedule. Analysts expect that if inflation stays within the target, the bank may return to gradual monetary easing in 2026.',
        ],
      },
    },
  },
  {
    key: 'azeri-light-below-budget-forecast',
    category: 'economy',
    author: 'm-ali',
    tags: ['oil', 'baku'],
    publishedAt: '2025-10-20T09:40:00+04:00',
    translations: {
      ru: {
        title: 'Цена нефти Azeri Light упала ниже бюджетного прогноза',
        lead: 'Стоимость азербайджанской нефти марки Azeri Light опустилась ниже 70 долларов за баррель — уровня, заложенного в государственный бюджет на 2025 год. Снижение происходит на фоне общего ослабления мирового нефтяного рынка.',
        body: [
          'По данным рынка, по итогам последних торгов баррель Azeri Light с доставкой в итальянский порт Аугуста стоил 64,8 доллара, подешевев за неделю почти на 4%. Эталонная марка Brent за тот же период снизилась до 61,3 доллара за баррель.',
          'Аналитики связывают падение цен с ожиданиями избытка предложения на рынке: страны ОПЕК+ постепенно наращивают добычу, а Международное энергетическое агентство в последнем докладе прогнозирует профицит нефти в 2026 году. Давление на котировки оказывает и неопределённость в торговых отношениях между крупнейшими экономиками мира.',
          'В государственный бюджет Азербайджана на 2025 год заложена цена нефти 70 долларов за баррель, а в проект бюджета на 2026 год — 65 долларов. По оценке экспертов, кратковременное снижение цен не создаёт прямых рисков для исполнения бюджета, поскольку накопленные средства Государственного нефтяного фонда обеспечивают правительству запас прочности.',
          'Вместе с тем, если цены надолго останутся ниже прогнозного уровня, это может отразиться на экспортной выручке и поступлениях в фонд. Эксперты отмечают, что бюджетные прогнозы традиционно строятся на консервативных сценариях, учитывающих возможную волатильность рынка.',
        ],
      },
      az: {
        title: 'Azeri Light neftinin qiyməti büdcə proqnozundan aşağı düşüb',
        lead: 'Azərbaycanın Azeri Light markalı neftinin qiyməti 2025-ci il dövlət büdcəsində nəzərdə tutulan səviyyədən — barel üçün 70 dollardan aşağı düşüb. Azalma dünya neft bazarının ümumi zəifləməsi fonunda baş verir.',
        body: [
          'Bazar məlumatlarına görə, son hərracların yekunlarına əsasən İtaliyanın Auqusta limanına çatdırılmaqla Azeri Light neftinin bareli 64,8 dollar olub və bir həftə ərzində təxminən 4% ucuzlaşıb. Eyni dövrdə etalon Brent markası barel üçün 61,3 dollara qədər ucuzlaşıb.',
          'Analitiklər qiymətlərin düşməsini bazarda təklif artıqlığı gözləntiləri ilə əlaqələndirirlər: OPEC+ ölkələri hasilatı tədricən artırır, Beynəlxalq Enerji Agentliyi isə son hesabatında 2026-cı ildə neft profisiti proqnozlaşdırır. Dünyanın ən böyük iqtisadiyyatları arasında ticarət münasibətlərindəki qeyri-müəyyənlik də kotirovkalara təzyiq göstərir.',
          'Azərbaycanın 2025-ci il dövlət büdcəsində neftin qiyməti barel üçün 70 dollar, 2026-cı il büdcə layihəsində isə 65 dollar nəzərdə tutulub. Ekspertlərin qiymətləndirməsinə görə, qiymətlərin qısamüddətli azalması büdcənin icrası üçün birbaşa risk yaratmır, çünki Dövlət Neft Fondunun yığılmış vəsaitləri hökumətə təhlükəsizlik ehtiyatı təmin edir.',
          'Bununla belə, qiymətlər uzun müddət proqnoz səviyyəsindən aşağı qalarsa, bu, ixrac gəlirlərinə və fonda daxilolmalara təsir edə bilər. Ekspertlər qeyd edirlər ki, büdcə proqnozları ənənəvi olaraq bazarın mümkün dəyişkənliyini nəzərə alan ehtiyatlı ssenarilər əsasında hazırlanır.',
        ],
      },
      en: {
        title: 'Azeri Light oil price falls below budget forecast',
        lead: "The price of Azerbaijan's Azeri Light crude has fallen below $70 a barrel, the level assumed in the 2025 state budget. The decline comes amid a general weakening of the global oil market.",
        body: [
          'According to market data, at the latest trading a barrel of Azeri Light delivered to the Italian port of Augusta cost $64.8, down almost 4% over the week. Benchmark Brent fell to $61.3 a barrel over the same period.',
          "Analysts attribute the drop to expectations of oversupply: OPEC+ countries are gradually raising output, and the International Energy Agency forecasts an oil surplus in 2026 in its latest report. Uncertainty in trade relations between the world's largest economies is also weighing on prices.",
          "Azerbaijan's 2025 state budget is based on an oil price of $70 a barrel, and the draft budget for 2026 on $65. Experts believe a short-term price decline poses no direct risk to budget execution, as the accumulated resources of the State Oil Fund give the government a safety cushion.",
          'However, if prices remain below the forecast level for a prolonged period, this could affect export earnings and revenues to the fund. Experts note that budget forecasts are traditionally based on conservative scenarios that allow for possible market volatility.',
        ],
      },
    },
  },
  {
    key: 'silver-prices-moderate-decline',
    category: 'economy',
    author: 'orkhan-guliyev',
    tags: ['gold', 'usa'],
    publishedAt: '2025-10-21T13:57:00+04:00',
    translations: {
      ru: {
        title: 'Цены на серебро сегодня показывают умеренное снижение',
        lead: 'Серебро во вторник дешевеет после продолжительного ралли, которое вывело его котировки к историческим максимумам. Участники рынка фиксируют прибыль в преддверии публикации важной макроэкономической статистики США.',
        body: [
          'По данным рынка, к 13:00 по бакинскому времени спотовая цена серебра составляла около 50,6 доллара за тройскую унцию, что на 1,4% ниже уровня закрытия предыдущей сессии. В середине октября металл впервые поднимался выше 54 долларов за унцию.',
          'Аналитики называют нынешнее снижение технической коррекцией после резкого роста: с начала года серебро подорожало более чем на 70%. Давление на цены также оказывают некоторое укрепление доллара и ослабление дефицита физического металла на лондонском рынке.',
          'Вместе с тем фундаментальные факторы, по мнению экспертов, остаются благоприятными. Спрос на серебро поддерживают солнечная энергетика и электроника, а предложение на протяжении нескольких лет отстаёт от потребления.',
          'Вслед за серебром с понижением торгуется и золото, отступившее от рекордных значений. Аналитики не исключают сохранения повышенной волатильности на рынке драгоценных металлов до заседания Федеральной резервной системы в конце октября.',
        ],
      },
      en: {
        title: 'Silver prices show a moderate decline today',
        lead: 'Silver was falling on Tuesday after a prolonged rally that took it to record highs. Market participants are taking profits ahead of the release of key US macroeconomic data.',
        body: [
          "According to market data, by 13:00 Baku time the spot price of silver stood at about $50.6 per troy ounce, 1.4% below the previous session's close. In mid-October the metal rose above $54 an ounce for the first time.",
          'Analysts describe the current decline as a technical correction after a sharp rise: silver has gained more than 70% since the start of the year. Prices are also under pressure from a slight strengthening of the dollar and an easing shortage of physical metal on the London market.',
          'At the same time, experts believe the fundamentals remain favourable. Demand for silver is supported by solar power and electronics, while supply has lagged behind consumption for several years.',
          'Gold is also trading lower following silver, retreating from its record levels. Analysts do not rule out continued high volatility in the precious metals market until the Federal Reserve meeting at the end of October.',
        ],
      },
    },
  },
  {
    key: 'venezuela-oil-freeze',
    category: 'economy',
    author: 'newsroom',
    tags: ['oil', 'usa'],
    publishedAt: '2025-10-22T23:30:00+04:00',
    translations: {
      ru: {
        title: 'Трамп заморозил нефть Венесуэлы',
        lead: 'Администрация президента США Дональда Трампа, по сообщениям международных агентств, приостановила ряд лицензий, позволявших иностранным компаниям вывозить нефть из Венесуэлы. Решение может сократить поставки венесуэльского сырья на мировые рынки.',
        body: [
          'Согласно этим сообщениям, речь идёт о разрешениях Министерства финансов США, на основании которых ряд американских и европейских компаний продолжали работать в нефтяном секторе Венесуэлы, несмотря на действующие санкции. Компаниям предоставлен переходный период для сворачивания операций.',
          'По оценкам отраслевых аналитиков, в последние месяцы Венесуэла экспортировала в среднем около 800–900 тысяч баррелей нефти в сутки. Значительная часть этих объёмов приходилась на поставки в США и Азию.',
          'Реакция рынка оказалась сдержанной: в ходе вечерних торгов котировки Brent прибавили менее 1%. Аналитики объясняют это тем, что Венесуэла поставляет преимущественно тяжёлые сорта нефти, а выпадающие объёмы могут быть частично замещены поставками из других стран.',
          'Эксперты отмечают, что решение усиливает неопределённость на рынке тяжёлой нефти и может отразиться на работе нефтеперерабатывающих заводов на побережье Мексиканского залива в США. Дальнейшая динамика будет зависеть от того, как долго сохранятся ограничения.',
        ],
      },
      az: {
        title: 'Tramp Venesuela neftini dondurub',
        lead: 'Beynəlxalq agentliklərin məlumatına görə, ABŞ Prezidenti Donald Trampın administrasiyası xarici şirkətlərə Venesueladan neft çıxarmağa imkan verən bir sıra lisenziyaların qüvvəsini dayandırıb. Qərar Venesuela xammalının dünya bazarlarına tədarükünü azalda bilər.',
        body: [
          'Həmin məlumatlara görə, söhbət ABŞ Maliyyə Nazirliyinin icazələrindən gedir: bu icazələr əsasında bir sıra Amerika və Avropa şirkətləri qüvvədə olan sanksiyalara baxmayaraq Venesuelanın neft sektorunda fəaliyyətini davam etdirirdi. Şirkətlərə əməliyyatları dayandırmaq üçün keçid dövrü verilib.',
          'Sahə analitiklərinin hesablamalarına görə, son aylarda Venesuela sutkada orta hesabla təxminən 800–900 min barel neft ixrac edib. Bu həcmlərin əhəmiyyətli hissəsi ABŞ-a və Asiyaya tədarüklərin payına düşüb.',
          'Bazarın reaksiyası təmkinli olub: axşam hərracları zamanı Brent kotirovkaları 1%-dən az artıb. Analitiklər bunu onunla izah edirlər ki, Venesuela əsasən ağır neft sortları tədarük edir və itirilən həcmlər qismən digər ölkələrdən gələn tədarüklərlə əvəz oluna bilər.',
          'Ekspertlər qeyd edirlər ki, qərar ağır neft bazarında qeyri-müəyyənliyi artırır və ABŞ-ın Meksika körfəzi sahilindəki neft emalı zavodlarının işinə təsir göstərə bilər. Gələcək dinamika məhdudiyyətlərin nə qədər davam edəcəyindən asılı olacaq.',
        ],
      },
      en: {
        title: "Trump freezes Venezuela's oil",
        lead: 'The administration of US President Donald Trump has suspended a number of licences that allowed foreign companies to export oil from Venezuela, international news agencies report. The decision could reduce supplies of Venezuelan crude to world markets.',
        body: [
          "According to these reports, the measure concerns US Treasury authorisations under which a number of American and European companies continued to operate in Venezuela's oil sector despite the sanctions in force. The companies have been given a transition period to wind down their operations.",
          'Industry analysts estimate that Venezuela has exported an average of about 800,000–900,000 barrels of oil per day in recent months. A significant share of these volumes went to the US and Asia.',
          'The market reaction was muted: Brent prices rose by less than 1% in evening trading. Analysts explain this by the fact that Venezuela mainly supplies heavy grades of crude, and the lost volumes can be partly replaced by supplies from other countries.',
          'Experts note that the decision adds to uncertainty in the heavy crude market and could affect refineries on the US Gulf Coast. Further developments will depend on how long the restrictions remain in place.',
        ],
      },
    },
  },
  {
    key: 'gold-bars-savings-demand',
    category: 'economy',
    author: 'nigar-aliyeva',
    tags: ['gold', 'banks', 'baku'],
    publishedAt: '2025-10-23T15:44:00+04:00',
    translations: {
      ru: {
        title: 'Яркий способ увеличить свои средства',
        lead: 'На фоне рекордного роста цен на золото жители Азербайджана всё чаще рассматривают драгоценный металл как способ сохранить и приумножить сбережения. Банки Баку отмечают повышенный спрос на мерные слитки и инвестиционные монеты.',
        body: [
          'По данным участников рынка, с начала осени число обращений за покупкой золотых слитков в ряде бакинских банков выросло в полтора-два раза. Наибольшим спросом пользуются слитки весом от 5 до 50 граммов, доступные частным инвесторам.',
          'Интерес подогревает динамика мировых цен: с начала года золото подорожало более чем на 50%, а в октябре впервые превысило 4 000 долларов за тройскую унцию. Для сравнения, ставки по годовым депозитам в манатах в большинстве банков находятся в диапазоне 8–11% годовых.',
          'Вместе с тем финансовые аналитики напоминают, что золото не приносит процентного дохода, а его цена может заметно колебаться. Кроме того, разница между ценой покупки и продажи слитков в банках может достигать нескольких процентов, что делает такие вложения скорее долгосрочными.',
          'Эксперты советуют не вкладывать в драгоценные металлы все свободные средства и рассматривать их как часть диверсифицированного портфеля наряду с депозитами и ценными бумагами. Для начинающих инвесторов альтернативой могут стать металлические счета, которые предлагают некоторые банки и которые не требуют хранения физического металла.',
        ],
      },
      az: {
        title: 'Vəsaitləri artırmağın parlaq yolu',
        lead: 'Qızılın qiymətinin rekord artımı fonunda Azərbaycan sakinləri qiymətli metalı getdikcə daha çox əmanətləri qorumaq və artırmaq vasitəsi kimi nəzərdən keçirirlər. Bakı bankları ölçülü külçələrə və investisiya sikkələrinə tələbin artdığını qeyd edirlər.',
        body: [
          'Bazar iştirakçılarının məlumatına görə, payızın əvvəlindən bəri bir sıra Bakı banklarında qızıl külçə almaq üçün müraciətlərin sayı bir yarım-iki dəfə artıb. Fərdi investorlar üçün əlçatan olan 5 qramdan 50 qrama qədər çəkidə külçələr daha çox tələb olunur.',
          'Marağı dünya qiymətlərinin dinamikası artırır: ilin əvvəlindən qızıl 50%-dən çox bahalaşıb, oktyabrda isə ilk dəfə troy unsiyası üçün 4 000 dolları ötüb. Müqayisə üçün, bankların əksəriyyətində manatla illik depozitlər üzrə faiz dərəcələri illik 8–11% aralığındadır.',
          'Bununla yanaşı, maliyyə analitikləri xatırladırlar ki, qızıl faiz gəliri gətirmir və onun qiyməti nəzərəçarpacaq dərəcədə tərəddüd edə bilər. Bundan əlavə, banklarda külçələrin alış və satış qiymətləri arasındakı fərq bir neçə faizə çata bilər ki, bu da belə qoyuluşları daha çox uzunmüddətli edir.',
          'Ekspertlər bütün sərbəst vəsaitləri qiymətli metallara yatırmamağı və onları depozitlər və qiymətli kağızlarla yanaşı diversifikasiya olunmuş portfelin bir hissəsi kimi nəzərdən keçirməyi məsləhət görürlər. Yeni başlayan investorlar üçün bəzi bankların təklif etdiyi və fiziki metalın saxlanmasını tələb etməyən metal hesabları alternativ ola bilər.',
        ],
      },
    },
  },
  {
    key: 'georgia-gasoline-transit-revenue',
    category: 'economy',
    author: 'orkhan-guliyev',
    tags: ['georgia', 'oil', 'transport'],
    publishedAt: '2025-10-23T20:43:00+04:00',
    translations: {
      ru: {
        title: 'Грузия получит доход от транзита азербайджанского бензина',
        lead: 'Грузия рассчитывает на дополнительные поступления от транзита азербайджанского бензина, который направляется на внешние рынки через её территорию. Перевозки осуществляются по железной дороге к черноморским портам.',
        body: [
          'По данным грузинских отраслевых источников, бензин, производимый на Бакинском нефтеперерабатывающем заводе имени Гейдара Алиева, доставляется в цистернах через пограничный переход Беюк-Кясик — Гардабани в порты Батуми и Кулеви. Оттуда топливо отгружается танкерами покупателям в странах Черноморского и Средиземноморского регионов.',
          'Основным получателем доходов от транзита станет АО «Грузинская железная дорога», для которого нефтяные грузы остаются одной из важнейших статей выручки. По оценкам местных экспертов, речь может идти о нескольких сотнях тысяч тонн топлива в год.',
          'Наращивание экспорта стало возможным после завершения модернизации бакинского НПЗ, которая позволила увеличить выпуск топлива стандарта Евро-5 и сформировать излишки сверх потребностей внутреннего рынка. SOCAR рассматривает экспорт нефтепродуктов как способ повысить добавленную стоимость, получаемую от переработки нефти.',
          'Аналитики отмечают, что рост транзита укрепляет роль Грузии как связующего звена между Каспийским и Черноморским регионами. Одновременно он повышает требования к пропускной способности железной дороги, которая также обслуживает растущие контейнерные перевозки по «Среднему коридору».',
        ],
      },
      az: {
        title: 'Gürcüstan Azərbaycan benzininin tranzitindən gəlir əldə edəcək',
        lead: 'Gürcüstan öz ərazisindən xarici bazarlara göndərilən Azərbaycan benzininin tranzitindən əlavə daxilolmalar gözləyir. Daşımalar dəmir yolu ilə Qara dəniz limanlarına həyata keçirilir.',
        body: [
          'Gürcüstan sahə mənbələrinin məlumatına görə, Heydər Əliyev adına Bakı Neft Emalı Zavodunda istehsal olunan benzin sisternlərdə Böyük Kəsik — Qardabani sərhəd keçidi vasitəsilə Batumi və Kulevi limanlarına çatdırılır. Oradan yanacaq tankerlərlə Qara dəniz və Aralıq dənizi regionu ölkələrindəki alıcılara göndərilir.',
          'Tranzitdən əldə edilən gəlirlərin əsas alıcısı neft yüklərinin ən mühüm gəlir mənbələrindən biri olaraq qaldığı «Gürcüstan Dəmir Yolu» SC olacaq. Yerli ekspertlərin qiymətləndirməsinə görə, söhbət ildə bir neçə yüz min ton yanacaqdan gedə bilər.',
          'İxracın artırılması Bakı Neft Emalı Zavodunun modernləşdirilməsinin başa çatmasından sonra mümkün olub: modernləşdirmə Avro-5 standartlı yanacaq istehsalını artırmağa və daxili bazarın tələbatından artıq həcmlər formalaşdırmağa imkan verib. SOCAR neft məhsullarının ixracını neft emalından əldə edilən əlavə dəyəri artırmaq yolu kimi nəzərdən keçirir.',
          'Analitiklər qeyd edirlər ki, tranzitin artımı Gürcüstanın Xəzər və Qara dəniz regionları arasında birləşdirici halqa rolunu gücləndirir. Eyni zamanda bu, «Orta Dəhliz» üzrə artan konteyner daşımalarına da xidmət göstərən dəmir yolunun buraxılış qabiliyyətinə tələbləri yüksəldir.',
        ],
      },
      en: {
        title: 'Georgia to earn revenue from transit of Azerbaijani gasoline',
        lead: 'Georgia expects additional revenue from the transit of Azerbaijani gasoline shipped to foreign markets across its territory. The fuel is carried by rail to Black Sea ports.',
        body: [
          'According to Georgian industry sources, gasoline produced at the Heydar Aliyev Baku Oil Refinery is delivered in tank cars via the Boyuk Kasik–Gardabani border crossing to the ports of Batumi and Kulevi. From there the fuel is shipped by tanker to buyers in the Black Sea and Mediterranean regions.',
          'The main recipient of transit revenue will be Georgian Railway JSC, for which oil cargo remains one of the most important sources of income. Local experts estimate that the volumes could amount to several hundred thousand tonnes of fuel per year.',
          "The increase in exports became possible after the modernisation of the Baku refinery was completed, raising output of Euro-5 standard fuel and creating surpluses beyond the domestic market's needs. SOCAR sees exports of petroleum products as a way to increase the value added from oil refining.",
          "Analysts note that the growth in transit strengthens Georgia's role as a link between the Caspian and Black Sea regions. At the same time, it raises demands on the capacity of the railway, which also handles growing container traffic along the Middle Corridor.",
        ],
      },
    },
  },
];

export default articles;
