import type { DemoArticle } from '../types';

const articles: DemoArticle[] = [
  {
    key: 'international-mugham-centre-season-opening-concert',
    category: 'culture',
    author: 'leyla-hasanova',
    tags: ['music', 'baku'],
    publishedAt: '2025-09-27T21:30:00+04:00',
    translations: {
      ru: {
        title: 'Международный центр мугама открыл новый концертный сезон',
        lead: 'Праздничный концерт на Приморском бульваре прошёл при полном зале, а всего до конца мая центр планирует провести 46 концертов.',
        body: [
          'Международный центр мугама на Приморском бульваре в субботу открыл новый концертный сезон праздничным вечером, подготовленным при поддержке Министерства культуры. В программе прозвучали мугамы «Раст», «Шур» и «Сегях» в исполнении молодых ханенде — победителей республиканского конкурса исполнителей мугама. Певцам аккомпанировали традиционные трио в составе тара, кяманчи и гавала, а также ансамбль народных инструментов.',
          'По данным центра, все билеты на открытие были проданы заранее. В течение сезона, который продлится до конца мая, запланировано 46 концертов, в том числе еженедельные «Вечера мугама» по четвергам.',
          'Отдельный цикл будет посвящён фрагментам мугамных опер, начиная с «Лейли и Меджнуна» Узеира Гаджибейли. Для школьников центр проведёт бесплатные просветительские концерты, на которых музыканты расскажут о ладах мугама и устройстве инструментов.',
          'В прошлом сезоне концерты центра посетили около 38 тысяч зрителей, примерно треть из них составили иностранные туристы. С учётом этого к каждому концерту подготовлены краткие аннотации на азербайджанском, русском и английском языках.',
        ],
      },
      az: {
        title: 'Beynəlxalq Muğam Mərkəzi yeni konsert mövsümünü açıb',
        lead: 'Dənizkənarı bulvardakı təntənəli konsert dolu zalda keçib, mərkəz may ayının sonunadək ümumilikdə 46 konsert təşkil etməyi planlaşdırır.',
        body: [
          'Dənizkənarı bulvarda yerləşən Beynəlxalq Muğam Mərkəzi şənbə günü Mədəniyyət Nazirliyinin dəstəyi ilə hazırlanmış təntənəli axşamla yeni konsert mövsümünü açıb. Proqramda gənc xanəndələrin — muğam ifaçılarının respublika müsabiqəsinin qaliblərinin ifasında «Rast», «Şur» və «Segah» muğamları səslənib. Xanəndələri tar, kamança və qavaldan ibarət ənənəvi trio, həmçinin xalq çalğı alətləri ansamblı müşayiət edib.',
          'Mərkəzin məlumatına görə, açılış konsertinə bütün biletlər əvvəlcədən satılıb. Mayın sonunadək davam edəcək mövsüm ərzində 46 konsert planlaşdırılıb, o cümlədən hər cümə axşamı «Muğam axşamları» keçiriləcək.',
          'Ayrıca silsilə Üzeyir Hacıbəylinin «Leyli və Məcnun» operasından başlayaraq muğam operalarından fraqmentlərə həsr olunacaq. Mərkəz məktəblilər üçün pulsuz maarifləndirici konsertlər də təşkil edəcək, burada musiqiçilər muğam məqamları və alətlərin quruluşu barədə danışacaqlar.',
          'Ötən mövsüm mərkəzin konsertlərini təxminən 38 min tamaşaçı izləyib, onların təxminən üçdə birini xarici turistlər təşkil edib. Bunu nəzərə alaraq hər konsert üçün Azərbaycan, rus və ingilis dillərində qısa annotasiyalar hazırlanıb.',
        ],
      },
      en: {
        title: 'International Mugham Centre opens new concert season',
        lead: 'The gala concert on Seaside Boulevard played to a full house, and the centre plans to hold 46 concerts in total by the end of May.',
        body: [
          'The International Mugham Centre on Seaside Boulevard opened its new concert season on Saturday with a gala evening prepared with the support of the Ministry of Culture. The programme featured the mughams Rast, Shur and Segah performed by young khanendes, or mugham singers, who won a national competition for mugham performers. The singers were accompanied by traditional trios of tar, kamancha and gaval, as well as an ensemble of folk instruments.',
          'According to the centre, all tickets for the opening were sold in advance. The season, which runs until the end of May, includes 46 concerts, among them weekly Mugham Evenings on Thursdays.',
          "A separate series will be devoted to excerpts from mugham operas, starting with Uzeyir Hajibeyli's Leyli and Majnun. The centre will also hold free educational concerts for schoolchildren, at which musicians will explain the modes of mugham and how the instruments are made.",
          "About 38,000 people attended the centre's concerts last season, roughly a third of them foreign tourists. With this in mind, short programme notes in Azerbaijani, Russian and English have been prepared for each concert.",
        ],
      },
    },
  },
  {
    key: 'baku-international-short-film-festival-opens',
    category: 'culture',
    author: 'nigar-aliyeva',
    tags: ['film', 'baku'],
    publishedAt: '2025-10-10T20:15:00+04:00',
    translations: {
      ru: {
        title: 'В Баку открылся международный фестиваль короткометражного кино',
        lead: 'В конкурсную программу седьмого фестиваля вошли 68 фильмов из 31 страны, показы продлятся до 16 октября.',
        body: [
          'В пятницу в киноцентре «Низами» открылся VII Бакинский международный фестиваль короткометражных фильмов, организованный при поддержке Министерства культуры. По данным дирекции фестиваля, на конкурс поступило около 1 900 заявок, из которых отобраны 68 фильмов из 31 страны. Из них 14 работ представляют азербайджанские режиссёры.',
          'Фильмы соревнуются в трёх секциях: игровое кино, документальное кино и анимация. В состав жюри вошли кинематографисты из Турции, Грузии, Франции и Казахстана. Обладатель Гран-при получит денежный приз в размере 10 тысяч манатов.',
          'Помимо конкурсных показов, в программе — ретроспектива азербайджанской короткометражной анимации 1960–1980-х годов и вечерние показы под открытым небом в Приморском национальном парке. В Азербайджанском государственном университете культуры и искусств пройдут мастер-классы для студентов и молодых режиссёров.',
          'Вход на большинство сеансов свободный при предварительной регистрации на сайте фестиваля. Церемония награждения победителей состоится 16 октября.',
        ],
      },
      az: {
        title: 'Bakıda beynəlxalq qısametrajlı filmlər festivalı açılıb',
        lead: 'Yeddinci festivalın müsabiqə proqramına 31 ölkədən 68 film daxil edilib, nümayişlər oktyabrın 16-dək davam edəcək.',
        body: [
          'Cümə günü «Nizami» Kino Mərkəzində Mədəniyyət Nazirliyinin dəstəyi ilə təşkil olunan VII Bakı Beynəlxalq Qısametrajlı Filmlər Festivalı açılıb. Festival direksiyasının məlumatına görə, müsabiqəyə təxminən 1 900 müraciət daxil olub və onların arasından 31 ölkədən 68 film seçilib. Bu filmlərdən 14-ü Azərbaycan rejissorlarının işləridir.',
          'Filmlər üç bölmədə — bədii, sənədli və animasiya filmləri üzrə yarışır. Münsiflər heyətinə Türkiyə, Gürcüstan, Fransa və Qazaxıstandan olan kinematoqrafçılar daxildir. Qran-pri qalibi 10 min manat məbləğində pul mükafatı alacaq.',
          'Müsabiqə nümayişlərindən əlavə, proqrama 1960–1980-ci illərin Azərbaycan qısametrajlı animasiyasının retrospektivi və Dənizkənarı Milli Parkda açıq havada axşam nümayişləri daxildir. Azərbaycan Dövlət Mədəniyyət və İncəsənət Universitetində tələbələr və gənc rejissorlar üçün ustad dərsləri keçiriləcək.',
          'Seansların əksəriyyətinə giriş festivalın saytında əvvəlcədən qeydiyyatdan keçməklə pulsuzdur. Qaliblərin mükafatlandırılması mərasimi oktyabrın 16-da keçiriləcək.',
        ],
      },
      en: {
        title: 'Baku international short film festival opens',
        lead: 'The competition programme of the seventh festival features 68 films from 31 countries, with screenings running until 16 October.',
        body: [
          'The 7th Baku International Short Film Festival, organised with the support of the Ministry of Culture, opened at the Nizami Cinema Centre on Friday. According to the festival directorate, around 1,900 entries were submitted, from which 68 films from 31 countries were selected. Fourteen of them are by Azerbaijani directors.',
          'The films compete in three sections: fiction, documentary and animation. The jury includes filmmakers from Türkiye, Georgia, France and Kazakhstan. The Grand Prix winner will receive a cash prize of 10,000 manats.',
          'Besides the competition screenings, the programme includes a retrospective of Azerbaijani short animation from the 1960s to the 1980s and evening open-air screenings in Seaside National Park. Masterclasses for students and young directors will be held at the Azerbaijan State University of Culture and Arts.',
          'Admission to most screenings is free with advance registration on the festival website. The award ceremony will take place on 16 October.',
        ],
      },
    },
  },
  {
    key: 'icherisheher-crafts-museum-reopens-after-restoration',
    category: 'culture',
    author: 'm-ali',
    tags: ['baku', 'tourism'],
    publishedAt: '2025-10-17T17:05:00+04:00',
    translations: {
      az: {
        title: 'İçərişəhərdə Sənətkarlıq Muzeyi bərpadan sonra yenidən qapılarını açıb',
        lead: 'XIX əsrə aid tacir evində yerləşən muzeydə 1 200-dən çox eksponat nümayiş olunur, ziyarətçilər ustaların işini canlı izləyə bilərlər.',
        body: [
          'İçərişəhər Dövlət Tarix-Memarlıq Qoruğu İdarəsi iki il davam edən bərpa işlərindən sonra Sənətkarlıq Muzeyini yenidən ziyarətçilərin üzünə açıb. Muzey XIX əsrə aid iki mərtəbəli tacir evində yerləşir. Bərpa zamanı binanın bünövrəsi möhkəmləndirilib, taxta tavanlar və daş fasad orijinal materiallardan istifadə olunmaqla əvvəlki görkəminə qaytarılıb.',
          'Ekspozisiyada 1 200-dən çox eksponat, o cümlədən Lahıc mis qabları, Şəki ipəyindən kəlağayılar, Quba və Qarabağ xalçaları, zərgərlik nümunələri təqdim olunur. Qoruq İdarəsinin məlumatına görə, kolleksiyanın təxminən dörddə biri ilk dəfə nümayiş etdirilir. UNESCO-nun qeyri-maddi mədəni irs siyahısına daxil edilmiş kəlağayı sənətinə və Lahıc misgərliyinə ayrıca zallar həsr olunub.',
          'Muzeyin həyətində yaradılmış emalatxanalarda ustalar mis üzərində döymə və kəlağayıya naxış vurma texnikalarını canlı nümayiş etdirəcəklər. Ziyarətçilər üçün beş dildə multimedia bələdçi hazırlanıb.',
          'Muzey çərşənbə axşamından bazar gününədək saat 10:00-dan 18:00-dək işləyir. Giriş bileti 5 manatdır, məktəblilər və tələbələr üçün isə 50 faiz endirim nəzərdə tutulub.',
        ],
      },
      en: {
        title: 'Crafts Museum in Icherisheher reopens after restoration',
        lead: "The museum, housed in a 19th-century merchant's house, displays more than 1,200 exhibits, and visitors can watch craftsmen at work.",
        body: [
          "The Icherisheher State Historical-Architectural Reserve Administration has reopened the Crafts Museum to visitors after two years of restoration work. The museum is housed in a two-storey 19th-century merchant's house. During the restoration, the building's foundations were reinforced, and its wooden ceilings and stone facade were restored to their original appearance using original materials.",
          'The exhibition features more than 1,200 items, including Lahij copperware, Shaki silk kelaghayi headscarves, Guba and Karabakh carpets, and jewellery. According to the Reserve Administration, about a quarter of the collection is on display for the first time. Separate halls are devoted to kelaghayi-making and Lahij copper craftsmanship, both inscribed on the UNESCO intangible cultural heritage lists.',
          "In workshops set up in the museum's courtyard, craftsmen will give live demonstrations of copper chasing and kelaghayi pattern printing. A multimedia guide in five languages has been prepared for visitors.",
          'The museum is open from Tuesday to Sunday, 10:00 to 18:00. Admission costs 5 manats, with a 50% discount for schoolchildren and students.',
        ],
      },
    },
  },
  {
    key: 'foreign-tourist-arrivals-january-september-2025',
    category: 'culture',
    author: 'newsroom',
    tags: ['tourism', 'russia', 'turkey', 'kazakhstan'],
    publishedAt: '2025-10-22T11:45:00+04:00',
    translations: {
      ru: {
        title: 'За девять месяцев Азербайджан посетили около 2,07 млн иностранных туристов',
        lead: 'Число иностранных гостей в январе–сентябре выросло на 6,8% по сравнению с тем же периодом прошлого года, сообщило Государственное агентство по туризму.',
        body: [
          'В январе–сентябре 2025 года Азербайджан посетили около 2,07 млн иностранцев, что на 6,8% больше, чем годом ранее, говорится в сообщении Государственного агентства по туризму. Пик турпотока традиционно пришёлся на летние месяцы: только в июле и августе в страну прибыли более 560 тысяч гостей.',
          'Больше всего туристов приехало из России и Турции, далее следуют Иран, Индия и страны Персидского залива. Наиболее заметный рост показали Китай и Казахстан — во многом благодаря увеличению числа прямых авиарейсов.',
          'Удачным оказался и летний сезон в регионах: средняя заполняемость гостиниц в Габале в июле–августе составила 84%, в Шеки — 79%. Горнолыжные курорты «Шахдаг» и «Туфандаг» летом принимали гостей на канатных дорогах и горных маршрутах.',
          'По оценке агентства, вырос и внутренний туризм: жители страны совершили около 1,4 млн поездок в регионы с ночёвкой. В агентстве рассчитывают, что зимний сезон и крупные культурные мероприятия позволят сохранить темпы роста до конца года.',
        ],
      },
      az: {
        title: 'Doqquz ayda Azərbaycana təxminən 2,07 milyon əcnəbi turist gəlib',
        lead: 'Yanvar–sentyabr aylarında xarici qonaqların sayı ötən ilin eyni dövrü ilə müqayisədə 6,8 faiz artıb, Dövlət Turizm Agentliyi bildirib.',
        body: [
          'Dövlət Turizm Agentliyinin məlumatına görə, 2025-ci ilin yanvar–sentyabr aylarında Azərbaycana təxminən 2,07 milyon əcnəbi səfər edib ki, bu da ötən ilin eyni dövrü ilə müqayisədə 6,8 faiz çoxdur. Turist axınının pik həddi ənənəvi olaraq yay aylarına düşüb: təkcə iyul və avqust aylarında ölkəyə 560 mindən çox qonaq gəlib.',
          'Turistlərin ən çoxu Rusiya və Türkiyədən gəlib, siyahıda onlardan sonra İran, Hindistan və Fars körfəzi ölkələri yer alır. Ən nəzərəçarpan artım Çin və Qazaxıstandan gələn səfərlərdə müşahidə olunub ki, bu da əsasən birbaşa aviareyslərin sayının artması ilə bağlıdır.',
          'Regionlarda yay mövsümü də uğurlu olub: iyul–avqust aylarında Qəbələdə otellərin orta doluluğu 84 faiz, Şəkidə isə 79 faiz təşkil edib. «Şahdağ» və «Tufandağ» dağ-xizək kurortları yayda qonaqları kanat yollarında və dağ marşrutlarında qəbul edib.',
          'Agentliyin qiymətləndirməsinə görə, daxili turizm də artıb: ölkə sakinləri regionlara gecələmə ilə təxminən 1,4 milyon səfər ediblər. Agentlik qış mövsümünün və iri mədəni tədbirlərin ilin sonunadək artım tempini qorumağa imkan verəcəyini gözləyir.',
        ],
      },
      en: {
        title: 'Azerbaijan welcomed about 2.07 million foreign tourists in nine months',
        lead: 'The number of foreign visitors in January–September rose 6.8% compared with the same period last year, the State Tourism Agency said.',
        body: [
          'About 2.07 million foreigners visited Azerbaijan in January–September 2025, 6.8% more than a year earlier, the State Tourism Agency said. Tourist flows traditionally peaked in the summer months, with more than 560,000 visitors arriving in July and August alone.',
          'Most tourists came from Russia and Türkiye, followed by Iran, India and the Gulf states. China and Kazakhstan showed the most notable growth, largely thanks to an increase in direct flights.',
          'The summer season in the regions was also strong: average hotel occupancy in Gabala reached 84% in July and August, and 79% in Shaki. The Shahdag and Tufandag mountain resorts welcomed summer visitors on their cable cars and hiking trails.',
          'Domestic tourism also grew, according to the agency, with residents making about 1.4 million overnight trips to the regions. The agency expects the winter season and major cultural events to sustain the growth rate until the end of the year.',
        ],
      },
    },
  },
];

export default articles;
