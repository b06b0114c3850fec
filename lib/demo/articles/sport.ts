import type { DemoArticle } from '../types';

const articles: DemoArticle[] = [
  {
    key: 'baku-formula-1-weekend-visitor-figures',
    category: 'sport',
    author: 'orkhan-guliyev',
    tags: ['formula-1', 'baku', 'tourism'],
    publishedAt: '2025-09-25T11:05:00+04:00',
    translations: {
      ru: {
        title: 'Этап «Формулы-1» в Баку посетили около 71 тысячи зрителей',
        lead: 'Почти 40% билетов на гоночный уик-энд 19–21 сентября приобрели иностранные гости, сообщила компания — оператор трассы Baku City Circuit.',
        body: [
          'Гран-при Азербайджана «Формулы-1», прошедший в столице 19–21 сентября, за три дня посетили около 71 тысячи зрителей, говорится в итоговом сообщении компании — оператора трассы Baku City Circuit. В прошлом году этот показатель составил примерно 67 тысяч. Больше всего зрителей — свыше 29 тысяч — пришло на трибуны в воскресенье, в день гонки.',
          'По данным организаторов, почти 40% билетов приобрели зарубежные болельщики из 64 стран, в первую очередь из Турции, Великобритании, Германии, стран Персидского залива и Центральной Азии. Заполняемость гостиниц Баку в дни этапа, по оценке Государственного агентства по туризму, достигла 92% при среднем для сентября показателе 68%.',
          'Международный аэропорт Гейдар Алиев за уик-энд обслужил 46 дополнительных рейсов, включая чартеры и бизнес-авиацию. На время гонки общественный транспорт в центре города работал по изменённой схеме, а метрополитен продлевал часы работы до 01:00.',
          'Нынешний этап стал девятой гонкой «Формулы-1» в столице Азербайджана с 2016 года. По действующему соглашению с владельцами чемпионата Баку остаётся в календаре до 2030 года.',
        ],
      },
      az: {
        title: 'Bakıdakı Formula 1 mərhələsini təxminən 71 min tamaşaçı izləyib',
        lead: 'Sentyabrın 19–21-də keçirilən yarış həftə sonuna biletlərin təxminən 40 faizini xarici qonaqlar alıb, trasın operatoru olan «Baku City Circuit» şirkəti bildirib.',
        body: [
          'Sentyabrın 19–21-də paytaxtda keçirilən Formula 1 Azərbaycan Qran-prisini üç gün ərzində təxminən 71 min tamaşaçı izləyib. Bu barədə trasın operatoru olan «Baku City Circuit» şirkətinin yekun məlumatında deyilir. Ötən il bu göstərici təxminən 67 min olub. Ən çox tamaşaçı — 29 mindən artıq — bazar günü, yarış günü tribunlara gəlib.',
          'Təşkilatçıların məlumatına görə, biletlərin təxminən 40 faizini 64 ölkədən, ilk növbədə Türkiyə, Böyük Britaniya, Almaniya, Fars körfəzi və Mərkəzi Asiya ölkələrindən olan xarici azarkeşlər alıb. Dövlət Turizm Agentliyinin qiymətləndirməsinə əsasən, mərhələ günlərində Bakı otellərinin doluluğu sentyabr üçün orta göstərici olan 68 faizə qarşı 92 faizə çatıb.',
          'Heydər Əliyev Beynəlxalq Aeroportu həftə sonu ərzində çarter və biznes aviasiyası da daxil olmaqla 46 əlavə reysə xidmət göstərib. Yarış günlərində şəhər mərkəzində ictimai nəqliyyat dəyişdirilmiş sxem üzrə işləyib, metro isə iş saatlarını 01:00-dək uzadıb.',
          'Bu, 2016-cı ildən bəri Azərbaycan paytaxtında keçirilən doqquzuncu Formula 1 yarışı olub. Çempionatın sahibləri ilə qüvvədə olan razılaşmaya əsasən, Bakı 2030-cu ilədək təqvimdə qalır.',
        ],
      },
      en: {
        title: 'Around 71,000 spectators attended Formula 1 weekend in Baku',
        lead: 'Foreign visitors bought almost 40% of tickets for the 19–21 September race weekend, circuit operator Baku City Circuit said.',
        body: [
          'Around 71,000 spectators attended the Formula 1 Azerbaijan Grand Prix in the capital over three days on 19–21 September, according to a final report by circuit operator Baku City Circuit. Last year the figure was about 67,000. Race day on Sunday drew the largest crowd, with more than 29,000 people in the grandstands.',
          'According to the organisers, almost 40% of tickets were bought by fans from 64 countries, primarily Türkiye, the United Kingdom, Germany, the Gulf states and Central Asia. The State Tourism Agency estimated that hotel occupancy in Baku reached 92% over the race weekend, compared with a September average of 68%.',
          'Heydar Aliyev International Airport handled 46 additional flights over the weekend, including charters and business aviation. Public transport in the city centre ran on altered routes during the race, and the metro extended its operating hours until 01:00.',
          "This year's event was the ninth Formula 1 race held in the Azerbaijani capital since 2016. Under the current agreement with the championship's owners, Baku remains on the calendar until 2030.",
        ],
      },
    },
  },
  {
    key: 'qarabag-copenhagen-champions-league-ticket-sales',
    category: 'sport',
    author: 'rashad-mammadov',
    tags: ['football', 'baku'],
    publishedAt: '2025-09-29T13:20:00+04:00',
    translations: {
      ru: {
        title: '«Карабах» ожидает почти полный стадион на матче Лиги чемпионов с «Копенгагеном»',
        lead: 'На матч второго тура общего этапа, который пройдёт во вторник на Республиканском стадионе имени Тофика Бахрамова, продано более 28 тысяч билетов, сообщили в клубе.',
        body: [
          '«Карабах» 30 сентября примет датский «Копенгаген» во втором туре общего этапа Лиги чемпионов УЕФА. Матч на Республиканском стадионе имени Тофика Бахрамова начнётся в 20:45 по бакинскому времени. По данным пресс-службы клуба, по состоянию на утро понедельника из примерно 31 тысячи поступивших в продажу билетов реализовано более 28 тысяч.',
          'Чемпион Азербайджана подходит к игре после выездной победы над «Бенфикой» в Лиссабоне со счётом 3:2 в первом туре. Команда завершает подготовку на своей тренировочной базе в Баку, а делегация «Копенгагена» прибывает в столицу в понедельник вечером чартерным рейсом. Официальные предматчевые пресс-конференции обеих команд запланированы на тот же день.',
          'Ворота стадиона откроются за три часа до начала игры, болельщикам рекомендуют приходить заранее и иметь при себе удостоверение личности. Бакинский метрополитен сообщил, что в день матча продлит работу до 01:00, а на ближайшей к стадиону станции «Гянджлик» будут дежурить дополнительные сотрудники.',
        ],
      },
      az: {
        title: '«Qarabağ» «Kopenhagen» ilə Çempionlar Liqası oyununda dolu tribunlar gözləyir',
        lead: 'Çərşənbə axşamı Tofiq Bəhramov adına Respublika Stadionunda keçiriləcək liqa mərhələsi oyununa 28 mindən çox bilet satılıb, klubdan bildiriblər.',
        body: [
          '«Qarabağ» sentyabrın 30-da UEFA Çempionlar Liqasının liqa mərhələsinin ikinci turunda Danimarkanın «Kopenhagen» komandasını qəbul edəcək. Tofiq Bəhramov adına Respublika Stadionunda keçiriləcək görüş Bakı vaxtı ilə saat 20:45-də başlayacaq. Klubun mətbuat xidmətinin məlumatına görə, bazar ertəsi səhərə olan vəziyyətə əsasən satışa çıxarılan təxminən 31 min biletdən 28 mindən çoxu artıq satılıb.',
          'Azərbaycan çempionu bu oyuna birinci turda Lissabonda «Benfika» üzərində qazandığı 3:2 hesablı səfər qələbəsindən sonra çıxır. Komanda hazırlığı Bakıdakı məşq bazasında başa vurur, «Kopenhagen»in heyəti isə bazar ertəsi axşam çarter reysi ilə paytaxta gəlir. Hər iki komandanın oyunqabağı rəsmi mətbuat konfransları da həmin gün keçiriləcək.',
          'Stadionun qapıları oyunun başlanmasına üç saat qalmış açılacaq, azarkeşlərə tez gəlmək və şəxsiyyət vəsiqəsini yanlarında götürmək tövsiyə olunur. Bakı Metropoliteni oyun günü iş saatlarını 01:00-dək uzadacağını bildirib, stadiona ən yaxın olan «Gənclik» stansiyasında isə əlavə əməkdaşlar növbətçilik edəcək.',
        ],
      },
      en: {
        title: 'Qarabağ expect near-capacity crowd for Champions League clash with Copenhagen',
        lead: "More than 28,000 tickets have been sold for Tuesday's league-phase match at the Tofiq Bahramov Republican Stadium, the club said.",
        body: [
          "Qarabağ will host Denmark's Copenhagen on 30 September in the second round of the UEFA Champions League league phase. The match at the Tofiq Bahramov Republican Stadium kicks off at 20:45 Baku time. According to the club's press service, more than 28,000 of the roughly 31,000 tickets put on sale had been sold as of Monday morning.",
          'The Azerbaijani champions go into the game after a 3-2 away win over Benfica in Lisbon in the opening round. The squad is completing its preparations at its training base in Baku, while the Copenhagen delegation is due to arrive in the capital on a charter flight on Monday evening. The official pre-match press conferences of both teams are scheduled for the same day.',
          'Stadium gates will open three hours before kick-off, and fans are advised to arrive early and carry an identity document. Baku Metro said it would extend its operating hours until 01:00 on match day, with additional staff on duty at Ganjlik, the station closest to the stadium.',
        ],
      },
    },
  },
  {
    key: 'shamakhi-international-chess-open-begins',
    category: 'sport',
    author: 'leyla-hasanova',
    tags: ['chess', 'tourism'],
    publishedAt: '2025-10-04T19:40:00+04:00',
    translations: {
      ru: {
        title: 'В Шамахы стартовал международный шахматный турнир с участием 146 игроков',
        lead: 'В открытом турнире, который продлится до 12 октября, выступают шахматисты из 19 стран, в том числе 38 гроссмейстеров, сообщила Федерация шахмат Азербайджана.',
        body: [
          'В субботу в Шамахы состоялось открытие международного открытого шахматного турнира, организованного Федерацией шахмат Азербайджана при поддержке Министерства молодёжи и спорта. Соревнования проходят по швейцарской системе в девять туров с классическим контролем времени. Первый тур был сыгран сразу после церемонии открытия.',
          'По данным федерации, в основной турнир заявлены 146 шахматистов из 19 стран, среди них 38 гроссмейстеров и 12 международных мастеров. Самые многочисленные делегации, помимо хозяев, представляют Турцию, Индию, Иран, Казахстан и Грузию. Призовой фонд составляет 50 тысяч манатов, победитель получит 10 тысяч.',
          'Параллельно проходит детский турнир для игроков до 16 лет, в котором участвуют около 80 юных шахматистов из разных регионов Азербайджана. Для них организаторы проводят сеансы одновременной игры и лекции ведущих тренеров страны.',
          'Для участников подготовлена и культурная программа: экскурсии к Шамахинской Джума-мечети и в Шамахинскую астрофизическую обсерваторию имени Насреддина Туси. Заключительный, девятый тур и церемония закрытия назначены на 12 октября.',
        ],
      },
      az: {
        title: 'Şamaxıda 146 şahmatçının iştirakı ilə beynəlxalq turnir başlayıb',
        lead: 'Oktyabrın 12-dək davam edəcək açıq turnirdə 19 ölkəni təmsil edən şahmatçılar, o cümlədən 38 qrossmeyster mübarizə aparır, Azərbaycan Şahmat Federasiyası bildirib.',
        body: [
          'Şənbə günü Şamaxıda Azərbaycan Şahmat Federasiyasının Gənclər və İdman Nazirliyinin dəstəyi ilə təşkil etdiyi beynəlxalq açıq şahmat turnirinin açılışı olub. Yarışlar klassik vaxt nəzarəti ilə İsveçrə sistemi üzrə doqquz turda keçirilir. Birinci tur açılış mərasimindən dərhal sonra oynanılıb.',
          'Federasiyanın məlumatına görə, əsas turnirə 19 ölkədən 146 şahmatçı qatılıb, onların arasında 38 qrossmeyster və 12 beynəlxalq usta var. Ev sahiblərindən sonra ən böyük heyətlər Türkiyə, Hindistan, İran, Qazaxıstan və Gürcüstanı təmsil edir. Turnirin mükafat fondu 50 min manatdır, qalib 10 min manat alacaq.',
          'Paralel olaraq 16 yaşadək oyunçular üçün uşaq turniri keçirilir və burada Azərbaycanın müxtəlif bölgələrindən təxminən 80 gənc şahmatçı iştirak edir. Təşkilatçılar onlar üçün ölkənin aparıcı məşqçilərinin iştirakı ilə seans oyunları və mühazirələr keçirir.',
          'İştirakçılar üçün mədəni proqram da hazırlanıb: Şamaxı Cümə məscidinə və Nəsirəddin Tusi adına Şamaxı Astrofizika Rəsədxanasına ekskursiyalar təşkil olunacaq. Doqquzuncu, sonuncu tur və bağlanış mərasimi oktyabrın 12-nə təyin edilib.',
        ],
      },
    },
  },
  {
    key: 'baku-half-marathon-12000-runners',
    category: 'sport',
    author: 'nigar-aliyeva',
    tags: ['baku', 'health', 'transport'],
    publishedAt: '2025-10-12T15:30:00+04:00',
    translations: {
      ru: {
        title: 'В Баку прошёл полумарафон с участием около 12 тысяч бегунов',
        lead: 'Старт и финиш забегов на 21,1 км, 10 км и 3 км были организованы у площади Государственного флага, участники представляли 41 страну.',
        body: [
          'В воскресенье в Баку прошёл ежегодный полумарафон, организованный Министерством молодёжи и спорта совместно с Федерацией лёгкой атлетики Азербайджана. По данным организаторов, на старт вышли около 12 тысяч человек из 41 страны. Забеги проводились на трёх дистанциях: 21,1 км, 10 км и семейная трёхкилометровая.',
          'Маршрут полумарафона пролегал от площади Государственного флага вдоль Приморского национального парка и проспекта Нефтяников до района Белого города и обратно. У мужчин победил бегун из Кении с результатом 1:03:41, у женщин — спортсменка из Эфиопии, показавшая 1:12:08. Лучшие из азербайджанских участников заняли четвёртое место у мужчин и шестое у женщин.',
          'На трассе работали 14 медицинских пунктов и около 120 медиков Объединения по управлению медицинскими территориальными подразделениями (TƏBİB). Помощь потребовалась 37 участникам, в основном из-за обезвоживания и мышечных судорог; серьёзных происшествий не зафиксировано.',
          'С 06:00 до 14:00 движение на проспекте Нефтяников и прилегающих улицах было ограничено. Бакинское транспортное агентство временно изменило маршруты 27 автобусных линий, а метрополитен в воскресенье начал работу на час раньше обычного.',
        ],
      },
      az: {
        title: 'Bakıda təxminən 12 min qaçışçının iştirakı ilə yarımmarafon keçirilib',
        lead: '21,1 km, 10 km və 3 km məsafələr üzrə qaçışların start və finişi Dövlət Bayrağı Meydanında olub, iştirakçılar 41 ölkəni təmsil edib.',
        body: [
          'Bazar günü Bakıda Gənclər və İdman Nazirliyinin Azərbaycan Atletika Federasiyası ilə birgə təşkil etdiyi illik yarımmarafon keçirilib. Təşkilatçıların məlumatına görə, starta 41 ölkədən təxminən 12 min nəfər çıxıb. Qaçışlar üç məsafə üzrə təşkil olunub: 21,1 km, 10 km və 3 km-lik ailə qaçışı.',
          'Yarımmarafonun marşrutu Dövlət Bayrağı Meydanından başlayaraq Dənizkənarı Milli Park və Neftçilər prospekti boyunca Ağ Şəhər ərazisinədək uzanıb və geri qayıdıb. Kişilər arasında Keniyadan olan qaçışçı 1:03:41, qadınlar arasında isə Efiopiyadan olan idmançı 1:12:08 nəticə ilə qalib gəlib. Azərbaycanlı iştirakçılardan ən yaxşı nəticəni göstərənlər kişilər arasında dördüncü, qadınlar arasında altıncı yeri tutublar.',
          'Məsafə boyunca 14 tibb məntəqəsi və Tibbi Ərazi Bölmələrini İdarəetmə Birliyinin (TƏBİB) təxminən 120 tibb işçisi fəaliyyət göstərib. Yardım əsasən susuzlaşma və əzələ qıcolmaları səbəbindən 37 iştirakçıya göstərilib, ciddi hadisə qeydə alınmayıb.',
          'Saat 06:00-dan 14:00-dək Neftçilər prospektində və ona bitişik küçələrdə hərəkət məhdudlaşdırılıb. Bakı Nəqliyyat Agentliyi 27 avtobus xəttinin marşrutunu müvəqqəti dəyişib, metro isə bazar günü həmişəkindən bir saat tez işə başlayıb.',
        ],
      },
      en: {
        title: 'Around 12,000 runners take part in Baku half marathon',
        lead: 'The 21.1 km, 10 km and 3 km races started and finished at State Flag Square, with participants from 41 countries.',
        body: [
          'Baku hosted its annual half marathon on Sunday, organised by the Ministry of Youth and Sports together with the Athletics Federation of Azerbaijan. According to the organisers, around 12,000 people from 41 countries took to the start. Races were held over three distances: 21.1 km, 10 km and a 3 km family run.',
          "The half-marathon route ran from State Flag Square along Seaside National Park and Neftchilar Avenue to the White City district and back. The men's race was won by a runner from Kenya in 1:03:41 and the women's by an athlete from Ethiopia in 1:12:08. The best Azerbaijani finishers placed fourth among men and sixth among women.",
          'Fourteen medical points and around 120 medics from the Administration of Regional Medical Divisions (TABIB) were deployed along the course. Help was given to 37 participants, mainly for dehydration and muscle cramps; no serious incidents were reported.',
          'Traffic on Neftchilar Avenue and adjacent streets was restricted from 06:00 to 14:00. The Baku Transport Agency temporarily diverted 27 bus routes, and the metro opened an hour earlier than usual on Sunday.',
        ],
      },
    },
  },
  {
    key: 'affa-school-football-league-2025-26-launch',
    category: 'sport',
    author: 'm-ali',
    tags: ['football', 'education'],
    publishedAt: '2025-10-16T10:15:00+04:00',
    translations: {
      ru: {
        title: 'АФФА и Минобразования дали старт новому сезону школьной футбольной лиги',
        lead: 'В розыгрыше 2025/26 заявлены 640 команд из 58 городов и районов, в том числе 170 девичьих, сообщила Ассоциация футбольных федераций Азербайджана.',
        body: [
          'Ассоциация футбольных федераций Азербайджана (АФФА) и Министерство науки и образования объявили о старте нового сезона школьной футбольной лиги. По данным АФФА, в турнире 2025/26 примут участие 640 команд из 58 городов и районов страны — почти на четверть больше, чем годом ранее. Соревнования пройдут в двух возрастных категориях: до 12 и до 15 лет.',
          'Из общего числа 170 команд — девичьи, что, как отмечают в ассоциации, является рекордом за всю историю турнира. Всего в лиге сыграют около 9,6 тысячи школьников.',
          'Районный этап продлится с октября по декабрь, зональные турниры намечены на март–апрель, а финалы пройдут в мае в Баку. Школы-участницы получат 12 тысяч мячей и комплекты формы, закупленные в рамках программы УЕФА HatTrick.',
          'Для работы с командами около 300 учителей физкультуры прошли тренерские курсы по массовому (grassroots) футболу категории C. В Министерстве науки и образования рассматривают лигу как часть программы развития физического воспитания в общеобразовательных школах.',
        ],
      },
      az: {
        title: 'AFFA və Elm və Təhsil Nazirliyi məktəb futbol liqasının yeni mövsümünə start verib',
        lead: '2025/26 mövsümünə 58 şəhər və rayondan 640 komanda, o cümlədən 170 qız komandası qatılır, Azərbaycan Futbol Federasiyaları Assosiasiyası bildirib.',
        body: [
          'Azərbaycan Futbol Federasiyaları Assosiasiyası (AFFA) və Elm və Təhsil Nazirliyi məktəb futbol liqasının yeni mövsümünün başladığını elan edib. AFFA-nın məlumatına görə, 2025/26 mövsümündə ölkənin 58 şəhər və rayonundan 640 komanda iştirak edəcək ki, bu da ötən illə müqayisədə təxminən dörddə bir çoxdur. Yarışlar iki yaş kateqoriyası — 12 və 15 yaşadək — üzrə keçiriləcək.',
          'Komandalardan 170-i qız komandasıdır və assosiasiyada bunun turnirin tarixində rekord göstərici olduğunu qeyd edirlər. Ümumilikdə liqada təxminən 9,6 min məktəbli oynayacaq.',
          'Rayon mərhələsi oktyabrdan dekabradək davam edəcək, zona turnirləri mart–aprel aylarına planlaşdırılıb, finallar isə may ayında Bakıda keçiriləcək. İştirakçı məktəblərə UEFA-nın HatTrick proqramı çərçivəsində alınmış 12 min top və forma dəstləri veriləcək.',
          'Komandalarla iş üçün təxminən 300 bədən tərbiyəsi müəllimi kütləvi (grassroots) futbol üzrə C kateqoriyalı məşqçi kurslarını keçib. Elm və Təhsil Nazirliyi liqanı ümumtəhsil məktəblərində fiziki tərbiyənin inkişafı proqramının bir hissəsi kimi dəyərləndirir.',
        ],
      },
      en: {
        title: 'AFFA and education ministry launch new school football league season',
        lead: "A total of 640 teams from 58 cities and districts, including 170 girls' teams, have entered the 2025/26 competition, the Association of Football Federations of Azerbaijan said.",
        body: [
          'The Association of Football Federations of Azerbaijan (AFFA) and the Ministry of Science and Education have announced the start of the new school football league season. According to AFFA, 640 teams from 58 cities and districts will take part in 2025/26, almost a quarter more than a year earlier. Matches will be played in two age groups, under-12 and under-15.',
          "Of the total, 170 are girls' teams, which the association describes as a record in the competition's history. Around 9,600 pupils will play in the league overall.",
          "The district stage runs from October to December, zonal tournaments are planned for March and April, and the finals will take place in Baku in May. Participating schools will receive 12,000 balls and sets of kit purchased under UEFA's HatTrick programme.",
          'Around 300 physical education teachers have completed C-category grassroots coaching courses to work with the teams. The Ministry of Science and Education sees the league as part of its programme to develop physical education in general secondary schools.',
        ],
      },
    },
  },
];

export default articles;
