import type { DemoArticle } from '../types';

const articles: DemoArticle[] = [
  {
    key: 'azerbaijan-turkiye-interparliamentary-talks-ankara',
    category: 'politics',
    author: 'nigar-aliyeva',
    tags: ['turkey'],
    publishedAt: '2025-09-26T09:15:00+04:00',
    translations: {
      ru: {
        title: 'Депутаты Азербайджана и Турции обсудили в Анкаре гармонизацию законодательства',
        lead: 'Группы межпарламентской дружбы Азербайджан — Турция провели в четверг в Анкаре встречу, посвящённую сближению законодательства в сферах торговли, образования и транспорта.',
        body: [
          'Азербайджанская делегация во главе с руководителем рабочей группы Милли Меджлиса по азербайджано-турецким межпарламентским связям провела в Великом национальном собрании Турции переговоры с членами турецко-азербайджанской группы дружбы. Стороны обсудили выполнение договорённостей, достигнутых на предыдущей встрече в Баку весной.',
          'Как сообщила пресс-служба Милли Меджлиса, основное внимание было уделено гармонизации норм в области таможенных процедур и взаимного признания документов об образовании. Отдельно обсуждалось законодательное сопровождение проекта железной дороги Карс — Игдыр — Нахчыван.',
          'Депутаты также обсудили координацию в международных парламентских организациях, в том числе в Парламентской ассамблее тюркских государств (ТюркПА) и Парламентской ассамблее Организации черноморского экономического сотрудничества. По данным пресс-службы, стороны намерены чаще выступать с согласованными инициативами на площадках этих организаций.',
          'По итогам встречи стороны договорились провести совместное заседание групп дружбы в Баку в первой половине 2026 года. К этому времени профильные комитеты двух парламентов подготовят перечень законопроектов, требующих согласования.',
        ],
      },
      en: {
        title: 'Azerbaijani and Turkish lawmakers discuss legal harmonisation in Ankara',
        lead: 'The Azerbaijan–Türkiye interparliamentary friendship groups met in Ankara on Thursday to discuss aligning legislation in trade, education and transport.',
        body: [
          'The Azerbaijani delegation, led by the head of the Milli Majlis working group on Azerbaijan–Türkiye interparliamentary relations, held talks at the Grand National Assembly of Türkiye with members of the Turkish–Azerbaijani friendship group. The sides reviewed the implementation of agreements reached at their previous meeting in Baku in the spring.',
          'According to the Milli Majlis press service, the talks focused on harmonising rules on customs procedures and the mutual recognition of educational qualifications. Legislative support for the Kars–Iğdır–Nakhchivan railway project was discussed separately.',
          'The lawmakers also discussed coordination within international parliamentary organisations, including the Parliamentary Assembly of Turkic States (TURKPA) and the Parliamentary Assembly of the Black Sea Economic Cooperation. According to the press service, the two sides intend to put forward more joint initiatives within these bodies.',
          'The parties agreed to hold a joint session of the friendship groups in Baku in the first half of 2026. By then, the relevant committees of the two parliaments are to draw up a list of bills that require coordination.',
        ],
      },
    },
  },
  {
    key: 'milli-majlis-opens-autumn-session-2026-budget',
    category: 'politics',
    author: 'newsroom',
    tags: ['baku'],
    publishedAt: '2025-09-30T11:40:00+04:00',
    translations: {
      ru: {
        title: 'Милли Меджлис открыл осеннюю сессию: в центре повестки — бюджет на 2026 год',
        lead: 'Парламент Азербайджана во вторник начал осеннюю сессию; в план работы включены проект госбюджета на 2026 год и более 60 законопроектов.',
        body: [
          'В первом заседании приняли участие 118 из 125 депутатов Милли Меджлиса. Согласно Конституции, осенняя сессия парламента продолжается с 30 сентября по 30 декабря.',
          'Утверждённый на первом заседании план работы включает более 60 законопроектов и поправок, в том числе изменения в Налоговый и Трудовой кодексы, а также в закон «О дорожном движении». Профильные комитеты приступят к обсуждению документов в первой половине октября.',
          'Главным вопросом сессии станет пакет бюджетных документов на 2026 год, который Кабинет министров должен представить в парламент до 15 октября. По данным аппарата Милли Меджлиса, бюджет будет рассмотрен в трёх чтениях, а окончательное голосование ожидается в конце ноября — начале декабря.',
          'Кроме того, депутатам предстоит рассмотреть ряд международных соглашений, представленных на ратификацию, в том числе транспортные и таможенные соглашения с соседними странами. Пленарные заседания, как и прежде, будут транслироваться на официальном сайте парламента.',
        ],
      },
      az: {
        title: 'Milli Məclis payız sessiyasına başlayıb: gündəmin mərkəzində 2026-cı ilin büdcəsidir',
        lead: 'Azərbaycan parlamenti çərşənbə axşamı payız sessiyasına başlayıb; iş planına 2026-cı il dövlət büdcəsinin layihəsi və 60-dan çox qanun layihəsi daxil edilib.',
        body: [
          'İlk iclasda Milli Məclisin 125 deputatından 118-i iştirak edib. Konstitusiyaya əsasən, parlamentin payız sessiyası sentyabrın 30-dan dekabrın 30-dək davam edir.',
          'İlk iclasda təsdiqlənən iş planına 60-dan çox qanun layihəsi və dəyişiklik, o cümlədən Vergi və Əmək məcəllələrinə, həmçinin “Yol hərəkəti haqqında” Qanuna dəyişikliklər daxildir. Profil komitələrinin sənədlərin müzakirəsinə oktyabrın birinci yarısında başlaması gözlənilir.',
          'Sessiyanın əsas məsələsi Nazirlər Kabinetinin oktyabrın 15-dək parlamentə təqdim etməli olduğu 2026-cı il üzrə büdcə sənədləri paketi olacaq. Milli Məclis Aparatının məlumatına görə, büdcə üç oxunuşda müzakirə ediləcək, yekun səsvermənin isə noyabrın sonu – dekabrın əvvəlində keçirilməsi gözlənilir.',
          'Bundan əlavə, deputatlar ratifikasiya üçün təqdim olunmuş bir sıra beynəlxalq sazişlərə, o cümlədən qonşu ölkələrlə nəqliyyat və gömrük sahəsində sazişlərə baxacaqlar. Plenar iclaslar əvvəlki kimi parlamentin rəsmi saytında yayımlanacaq.',
        ],
      },
      en: {
        title: 'Milli Majlis opens autumn session with 2026 budget at the top of the agenda',
        lead: 'Azerbaijan’s parliament began its autumn session on Tuesday, with the draft state budget for 2026 and more than 60 bills included in its work plan.',
        body: [
          'The opening sitting was attended by 118 of the 125 members of the Milli Majlis. Under the Constitution, parliament’s autumn session runs from 30 September to 30 December.',
          'The work plan approved at the first sitting includes more than 60 bills and amendments, among them changes to the Tax Code, the Labour Code and the Law on Road Traffic. The relevant committees are expected to begin discussing the documents in the first half of October.',
          'The central item of the session will be the package of budget documents for 2026, which the Cabinet of Ministers is due to submit to parliament by 15 October. According to the Milli Majlis staff, the budget will be considered in three readings, with the final vote expected in late November or early December.',
          'Deputies will also consider a number of international agreements submitted for ratification, including transport and customs agreements with neighbouring countries. As before, plenary sittings will be broadcast on parliament’s official website.',
        ],
      },
    },
  },
  {
    key: 'azerbaijan-georgia-political-consultations-tbilisi',
    category: 'politics',
    author: 'leyla-hasanova',
    tags: ['georgia', 'middle-corridor'],
    publishedAt: '2025-10-08T15:20:00+04:00',
    translations: {
      ru: {
        title: 'Азербайджан и Грузия провели политические консультации в Тбилиси',
        lead: 'Заместители министров иностранных дел двух стран обсудили транзит по Среднему коридору, энергетические проекты и делимитацию границы в ходе очередного раунда консультаций в Тбилиси.',
        body: [
          'Переговоры прошли в среду в Министерстве иностранных дел Грузии, сообщили в МИД Азербайджана. Делегации возглавили заместители министров иностранных дел двух стран.',
          'Стороны обсудили грузоперевозки по железной дороге Баку — Тбилиси — Карс и модернизацию пунктов пропуска на границе, в том числе на «Красном мосту». Как говорится в сообщении, обе страны ожидают дальнейшего роста железнодорожного и автомобильного транзита между Каспийским и Чёрным морями по мере переориентации грузов на Средний коридор.',
          'В повестке было и энергетическое сотрудничество, в том числе проект подводного кабеля по дну Чёрного моря, по которому электроэнергия из Азербайджана через Грузию будет поставляться в Румынию и Венгрию. Дипломаты отметили ход работы совместного предприятия, созданного операторами энергосистем четырёх стран для подготовки проекта.',
          'Кроме того, стороны обсудили работу двусторонней комиссии по делимитации государственной границы. Следующий раунд консультаций договорились провести в Баку в 2026 году.',
        ],
      },
      az: {
        title: 'Azərbaycan və Gürcüstan Tbilisidə siyasi məsləhətləşmələr keçirib',
        lead: 'İki ölkənin xarici işlər nazirlərinin müavinləri Tbilisidə keçirilən növbəti məsləhətləşmələr zamanı Orta Dəhliz üzrə tranzit, enerji layihələri və sərhədin delimitasiyası məsələlərini müzakirə ediblər.',
        body: [
          'Azərbaycan Xarici İşlər Nazirliyinin məlumatına görə, danışıqlar çərşənbə günü Gürcüstan Xarici İşlər Nazirliyində keçirilib. Nümayəndə heyətlərinə iki ölkənin xarici işlər nazirlərinin müavinləri rəhbərlik ediblər.',
          'Tərəflər Bakı–Tbilisi–Qars dəmir yolu ilə yükdaşımaları və sərhəd buraxılış məntəqələrinin, o cümlədən “Qırmızı Körpü” məntəqəsinin modernləşdirilməsini müzakirə ediblər. Məlumatda bildirilir ki, yüklərin Orta Dəhlizə yönəldilməsi ilə Xəzər və Qara dəniz arasında dəmir yolu və avtomobil tranzitinin artmağa davam edəcəyi gözlənilir.',
          'Gündəmdə enerji sahəsində əməkdaşlıq, o cümlədən Azərbaycandan Gürcüstan vasitəsilə Rumıniya və Macarıstana elektrik enerjisi ötürəcək Qara dəniz sualtı kabeli layihəsi də olub. Diplomatlar layihənin hazırlanması üçün dörd ölkənin enerji sistemi operatorlarının yaratdığı birgə müəssisənin fəaliyyətindəki irəliləyişi qeyd ediblər.',
          'Bundan başqa, tərəflər dövlət sərhədinin delimitasiyası üzrə ikitərəfli komissiyanın işini müzakirə ediblər. Məsləhətləşmələrin növbəti raundunun 2026-cı ildə Bakıda keçirilməsi razılaşdırılıb.',
        ],
      },
      en: {
        title: 'Azerbaijan and Georgia hold political consultations in Tbilisi',
        lead: 'Deputy foreign ministers of Azerbaijan and Georgia discussed transit along the Middle Corridor, energy projects and border delimitation at a regular round of consultations in Tbilisi.',
        body: [
          'The talks took place on Wednesday at the Georgian Ministry of Foreign Affairs, Azerbaijan’s Foreign Ministry said. The delegations were led by the deputy foreign ministers of the two countries.',
          'The sides reviewed cargo traffic on the Baku–Tbilisi–Kars railway and the modernisation of border crossings, including the Red Bridge checkpoint. According to the statement, both countries expect rail and road transit between the Caspian and the Black Sea to keep growing as more freight is redirected to the Middle Corridor.',
          'Energy cooperation was also on the agenda, including the planned Black Sea submarine cable that would carry electricity from Azerbaijan via Georgia to Romania and Hungary. The diplomats noted the progress made by the joint venture set up by the grid operators of the four countries to prepare the project.',
          'The parties also discussed the work of the bilateral commission on the delimitation of the state border. They agreed to hold the next round of consultations in Baku in 2026.',
        ],
      },
    },
  },
  {
    key: 'parliament-adopts-electric-scooter-rules-third-reading',
    category: 'politics',
    author: 'rashad-mammadov',
    tags: ['transport', 'baku'],
    publishedAt: '2025-10-14T16:05:00+04:00',
    translations: {
      ru: {
        title: 'Парламент принял в третьем чтении правила для электросамокатов',
        lead: 'Милли Меджлис одобрил поправки в закон «О дорожном движении», которые устанавливают возрастной порог, ограничение скорости и обязательный шлем для пользователей электросамокатов и других средств индивидуальной мобильности.',
        body: [
          'Законопроект принят во вторник в третьем, окончательном чтении, за него проголосовали 89 депутатов. Документ будет направлен на подпись президенту и вступит в силу после официального опубликования.',
          'Согласно поправкам, управлять средствами индивидуальной мобильности смогут лица не моложе 16 лет, а скорость не должна превышать 25 км/ч. Водители будут обязаны носить шлем, а в тёмное время суток — световозвращающую одежду или включать фонари; движение по тротуарам разрешено только при отсутствии велодорожки и со скоростью пешехода.',
          'Закон также обязывает компании, сдающие самокаты в аренду, регистрировать свой парк и обустраивать специальные зоны парковки по согласованию с местными органами исполнительной власти. По данным профильного комитета парламента, за последние три года число таких устройств в Баку выросло в несколько раз, а новые правила призваны сократить количество ДТП с их участием.',
          'Главное управление государственной дорожной полиции МВД в течение трёх месяцев после вступления закона в силу подготовит подзаконные акты. Соответствующие изменения в Кодекс об административных проступках рассматриваются отдельно.',
        ],
      },
      az: {
        title: 'Parlament elektrik skuterləri üçün qaydaları üçüncü oxunuşda qəbul edib',
        lead: 'Milli Məclis elektrik skuterləri və digər fərdi mobillik vasitələrindən istifadə edənlər üçün yaş həddi, sürət məhdudiyyəti və dəbilqə tələbi müəyyən edən “Yol hərəkəti haqqında” Qanuna dəyişiklikləri qəbul edib.',
        body: [
          'Qanun layihəsi çərşənbə axşamı üçüncü, yekun oxunuşda 89 deputatın lehinə səsi ilə qəbul olunub. Sənəd imzalanmaq üçün Prezidentə göndəriləcək və rəsmi dərc edildikdən sonra qüvvəyə minəcək.',
          'Dəyişikliklərə əsasən, fərdi mobillik vasitələrini yalnız 16 yaşına çatmış şəxslər idarə edə biləcək, sürət isə saatda 25 kilometri keçməməlidir. Sürücülər dəbilqə taxmalı, qaranlıq vaxtlarda isə işıqqaytaran geyim geyinməli və ya fənərləri yandırmalı olacaqlar; səkilərdə hərəkətə yalnız velosiped zolağı olmadıqda və piyada sürəti ilə icazə veriləcək.',
          'Qanun həmçinin skuterləri icarəyə verən şirkətləri öz parklarını qeydiyyatdan keçirməyə və yerli icra hakimiyyəti orqanları ilə razılaşdırmaqla xüsusi parkinq zonaları yaratmağa borclu edir. Parlamentin müvafiq komitəsinin məlumatına görə, son üç ildə Bakıda belə vasitələrin sayı bir neçə dəfə artıb, yeni qaydalar isə onların iştirakı ilə baş verən yol-nəqliyyat hadisələrinin sayını azaltmağa yönəlib.',
          'Daxili İşlər Nazirliyinin Baş Dövlət Yol Polisi İdarəsi qanun qüvvəyə mindikdən sonra üç ay ərzində müvafiq normativ aktları hazırlayacaq. İnzibati Xətalar Məcəlləsinə müvafiq dəyişikliklər ayrıca nəzərdən keçirilir.',
        ],
      },
      en: {
        title: 'Parliament passes rules for electric scooters in third reading',
        lead: 'The Milli Majlis has adopted amendments to the Law on Road Traffic that set an age limit, a speed cap and a helmet requirement for riders of electric scooters and other personal mobility devices.',
        body: [
          'The bill was approved in the third and final reading on Tuesday, with 89 deputies voting in favour. It will now be sent to the President for signature and will take effect after official publication.',
          'Under the amendments, personal mobility devices may only be ridden by people aged 16 and over, at speeds of no more than 25 km/h. Riders will have to wear a helmet and, after dark, reflective clothing or switch on their lights; riding on pavements will be allowed only where there is no cycle lane, and at walking pace.',
          'The law also requires companies that rent out scooters to register their fleets and to set up designated parking zones in agreement with local executive authorities. According to the relevant parliamentary committee, the number of such devices in Baku has grown several-fold over the past three years, and the new rules are intended to reduce the number of road accidents involving them.',
          'The Main State Traffic Police Department of the Ministry of Internal Affairs is to prepare implementing regulations within three months of the law entering into force. Corresponding amendments to the Code of Administrative Offences are being considered separately.',
        ],
      },
    },
  },
  {
    key: 'middle-corridor-transport-ministers-meet-in-baku',
    category: 'politics',
    author: 'orkhan-guliyev',
    tags: ['middle-corridor', 'transport', 'kazakhstan', 'turkey'],
    publishedAt: '2025-10-21T19:10:00+04:00',
    translations: {
      ru: {
        title: 'Министры транспорта стран Среднего коридора договорились в Баку о переходе на электронные документы',
        lead: 'Министры транспорта Азербайджана, Грузии, Казахстана и Турции на встрече в Баку согласовали вопросы тарифов и расписаний на Транскаспийском международном транспортном маршруте и подписали протокол о переходе на электронные перевозочные документы.',
        body: [
          'Встречу организовало Министерство цифрового развития и транспорта Азербайджана, в ней также участвовали руководители национальных железнодорожных и портовых компаний четырёх стран. Как сообщили в министерстве, протокол предусматривает поэтапное внедрение электронных накладных и предварительный обмен таможенными данными по всему маршруту до конца 2026 года.',
          'Стороны также обсудили единый сквозной тариф на контейнерные перевозки из Китая в Европу и синхронизацию расписания паромов между казахстанскими портами Актау и Курык и Бакинским международным морским торговым портом в Алятах. Казахстанская делегация сообщила, что новые контейнеровозы, пополняющие каспийский флот, позволят увеличить паромные мощности в следующем году.',
          'По данным ассоциации «Транскаспийский международный транспортный маршрут», в январе — сентябре объём грузов по коридору вырос примерно на пятую часть по сравнению с тем же периодом прошлого года. Участники отметили, что ключевую роль в увеличении пропускной способности по-прежнему будут играть железная дорога Баку — Тбилиси — Карс и модернизация основной магистрали Грузинской железной дороги.',
          'Следующая встреча министров в этом формате запланирована на весну 2026 года в Астане. До этого рабочие группы должны представить согласованный проект сквозного тарифа.',
        ],
      },
      az: {
        title: 'Orta Dəhliz ölkələrinin nəqliyyat nazirləri Bakıda elektron sənədlərə keçid barədə razılığa gəliblər',
        lead: 'Azərbaycan, Gürcüstan, Qazaxıstan və Türkiyənin nəqliyyat nazirləri Bakıda keçirilən görüşdə Transxəzər Beynəlxalq Nəqliyyat Marşrutu üzrə tariflər və qrafiklərlə bağlı məsələləri razılaşdırıb, elektron daşıma sənədlərinə keçid barədə protokol imzalayıblar.',
        body: [
          'Görüş Azərbaycanın Rəqəmsal İnkişaf və Nəqliyyat Nazirliyinin təşkilatçılığı ilə keçirilib, tədbirdə dörd ölkənin milli dəmir yolu və liman şirkətlərinin rəhbərləri də iştirak ediblər. Nazirlikdən bildiriblər ki, protokol 2026-cı ilin sonunadək bütün marşrut boyu elektron yük qaimələrinin mərhələli tətbiqini və gömrük məlumatlarının əvvəlcədən mübadiləsini nəzərdə tutur.',
          'Tərəflər həmçinin Çindən Avropaya konteyner daşımaları üçün vahid tranzit tarifi, eləcə də Qazaxıstanın Aktau və Kurık limanları ilə Ələtdəki Bakı Beynəlxalq Dəniz Ticarət Limanı arasında bərə qrafiklərinin uzlaşdırılmasını müzakirə ediblər. Qazaxıstan nümayəndə heyəti bildirib ki, Xəzər donanmasına qoşulan yeni konteyner gəmiləri gələn il bərə daşımalarının həcmini artırmağa imkan verəcək.',
          'Transxəzər Beynəlxalq Nəqliyyat Marşrutu Assosiasiyasının məlumatına görə, yanvar–sentyabr aylarında dəhliz üzrə yük həcmi ötən ilin eyni dövrü ilə müqayisədə təxminən beşdə bir artıb. İştirakçılar qeyd ediblər ki, ötürmə qabiliyyətinin artırılmasında Bakı–Tbilisi–Qars dəmir yolu və Gürcüstan dəmir yolunun əsas magistralının modernləşdirilməsi həlledici rol oynamağa davam edəcək.',
          'Bu formatda nazirlərin növbəti görüşünün 2026-cı ilin yazında Astanada keçirilməsi planlaşdırılır. Həmin vaxta qədər işçi qruplar vahid tranzit tarifin razılaşdırılmış layihəsini təqdim etməlidirlər.',
        ],
      },
      en: {
        title: 'Middle Corridor transport ministers agree in Baku to switch to electronic documents',
        lead: 'Transport ministers of Azerbaijan, Georgia, Kazakhstan and Türkiye met in Baku to coordinate tariffs and timetables on the Trans-Caspian International Transport Route and signed a protocol on moving to electronic shipping documents.',
        body: [
          'The meeting was hosted by Azerbaijan’s Ministry of Digital Development and Transport and was also attended by the heads of the national railway and port companies of the four countries. According to the ministry, the protocol provides for the phased introduction of electronic consignment notes and the advance exchange of customs data along the entire route by the end of 2026.',
          'The sides also discussed a single through tariff for container shipments from China to Europe and the synchronisation of ferry schedules between the Kazakh ports of Aktau and Kuryk and the Baku International Sea Trade Port in Alat. The Kazakh delegation said new container vessels joining the Caspian fleet would make it possible to increase ferry capacity next year.',
          'According to the Trans-Caspian International Transport Route association, cargo volumes on the corridor rose by about a fifth in January–September compared with the same period last year. Participants noted that the Baku–Tbilisi–Kars railway and the modernisation of the Georgian Railway main line would remain key to increasing throughput.',
          'The next ministerial meeting in this format is scheduled for spring 2026 in Astana. Before then, working groups are to present an agreed draft of the through tariff.',
        ],
      },
    },
  },
];

export default articles;
