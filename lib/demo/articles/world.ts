import type { DemoArticle } from '../types';

const articles: DemoArticle[] = [
  {
    key: 'eu-wildfire-season-record-burned-area',
    category: 'world',
    author: 'rashad-mammadov',
    tags: ['eu', 'climate'],
    publishedAt: '2025-09-29T14:50:00+04:00',
    translations: {
      ru: {
        title: 'Лесные пожары в ЕС охватили рекордные более 1 млн гектаров',
        lead: 'Площадь, пройденная лесными пожарами в Евросоюзе в этом году, превысила 1 млн гектаров — это максимум с 2006 года, когда Европейская информационная система по лесным пожарам (EFFIS) начала вести сопоставимый учёт.',
        body: [
          'По данным EFFIS, которую курирует Объединённый исследовательский центр Еврокомиссии, более половины всей выгоревшей площади приходится на Испанию и Португалию. Крупные пожары также были зафиксированы в Греции, Италии, Болгарии и Франции.',
          'Самым тяжёлым периодом стал август, когда на Пиренейском полуострове затяжная жара с температурой выше 40 °C совпала с сильным ветром. Власти обеих стран эвакуировали тысячи жителей, ряд крупных автомобильных и железных дорог временно закрывался.',
          'Несколько государств — членов ЕС запросили помощь по линии Механизма гражданской защиты ЕС, в рамках которого из других европейских стран были направлены пожарные самолёты и наземные группы. В Еврокомиссии заявили, что в ближайшие годы планируют расширить резерв пожарной авиации rescEU.',
          'Учёные связывают рост масштабов пожаров на юге Европы с более продолжительным и жарким летом, а также с забрасыванием сельхозугодий, из-за чего накапливается сухая растительность. Пожароопасный сезон в ряде районов Средиземноморья, как ожидается, продлится до конца октября.',
        ],
      },
      az: {
        title: 'Aİ-də meşə yanğınları rekord həddə çatıb: 1 milyon hektardan çox ərazi yanıb',
        lead: 'Bu il Avropa İttifaqında meşə yanğınlarının əhatə etdiyi ərazi 1 milyon hektarı ötüb. Bu, Avropa Meşə Yanğınları İnformasiya Sisteminin (EFFIS) 2006-cı ildə müqayisəli uçota başladığı vaxtdan bəri ən yüksək göstəricidir.',
        body: [
          'Avropa Komissiyasının Birgə Tədqiqat Mərkəzi tərəfindən idarə olunan EFFIS-in məlumatına görə, yanmış ümumi ərazinin yarıdan çoxu İspaniya və Portuqaliyanın payına düşür. Yunanıstan, İtaliya, Bolqarıstan və Fransada da iri yanğınlar qeydə alınıb.',
          'Ən ağır dövr avqust ayı olub: həmin vaxt Pireney yarımadasında temperaturun 40 dərəcəni ötdüyü uzunmüddətli isti hava güclü küləklə üst-üstə düşüb. Hər iki ölkənin hakimiyyət orqanları minlərlə sakini təxliyə edib, bir sıra əsas avtomobil və dəmir yolları müvəqqəti bağlanıb.',
          'Bir neçə üzv dövlət Aİ-nin Mülki Müdafiə Mexanizmi vasitəsilə yardım istəyib və bu mexanizm çərçivəsində digər Avropa ölkələrindən yanğınsöndürən təyyarələr və yerüstü qruplar göndərilib. Avropa Komissiyası yaxın illərdə rescEU yanğınsöndürmə aviasiyası ehtiyatını genişləndirməyi planlaşdırdığını bildirib.',
          'Alimlər Avropanın cənubunda yanğınların miqyasının artmasını daha uzun və isti yay mövsümü, həmçinin kənd təsərrüfatı torpaqlarının baxımsız qalması nəticəsində quru bitki örtüyünün toplanması ilə əlaqələndirirlər. Aralıq dənizi regionunun bəzi ərazilərində yanğın təhlükəsi yüksək olan mövsümün oktyabrın sonunadək davam edəcəyi gözlənilir.',
        ],
      },
      en: {
        title: 'Wildfires burn more than 1 million hectares in EU in record season',
        lead: 'The area burned by wildfires in the European Union this year has exceeded 1 million hectares, the highest figure since the European Forest Fire Information System (EFFIS) began keeping comparable records in 2006.',
        body: [
          'According to EFFIS, which is run by the European Commission’s Joint Research Centre, Spain and Portugal together account for more than half of the total burned area. Large fires were also recorded in Greece, Italy, Bulgaria and France.',
          'The worst period came in August, when a prolonged heatwave with temperatures above 40°C coincided with strong winds on the Iberian Peninsula. Authorities in both countries evacuated thousands of residents, and a number of major roads and railway lines were temporarily closed.',
          'Several member states requested assistance through the EU Civil Protection Mechanism, under which firefighting aircraft and ground teams were deployed from other European countries. The European Commission said it plans to expand the rescEU reserve of firefighting aircraft in the coming years.',
          'Scientists link the growing scale of fires in southern Europe to longer and hotter summers and to the abandonment of farmland, which allows dry vegetation to accumulate. The fire season in parts of the Mediterranean is expected to last until the end of October.',
        ],
      },
    },
  },
  {
    key: 'opec-plus-raises-output-for-november',
    category: 'world',
    author: 'm-ali',
    tags: ['oil'],
    publishedAt: '2025-10-05T21:30:00+04:00',
    translations: {
      ru: {
        title: 'Восемь стран ОПЕК+ увеличат добычу нефти в ноябре на 137 тысяч баррелей в сутки',
        lead: 'Восемь стран ОПЕК+ на онлайн-встрече в воскресенье договорились увеличить совокупную добычу нефти в ноябре на 137 тыс. баррелей в сутки, сохранив темп наращивания на уровне октября.',
        body: [
          'Решение приняли Саудовская Аравия, Россия, Ирак, ОАЭ, Кувейт, Казахстан, Алжир и Оман, которые с апреля постепенно возвращают на рынок добровольно сокращённые объёмы. Как говорится в заявлении Секретариата ОПЕК, ноябрьское увеличение — часть отмены сокращения на 1,65 млн баррелей в сутки, объявленного в апреле 2023 года.',
          'Участники заявили, что сохраняют возможность приостановить или отменить увеличение добычи в зависимости от ситуации на рынке. Они также подчеркнули важность полного соблюдения Декларации о сотрудничестве.',
          'Аналитики ожидали более значительного увеличения, и участники рынка расценили умеренный шаг как проявление осторожности на фоне опасений насчёт избытка предложения в ближайшие месяцы. Накануне встречи нефть марки Brent торговалась около $65 за баррель.',
          'Азербайджан участвует в более широкой Декларации о сотрудничестве ОПЕК+, но не входит в число восьми стран, принявших решение. Следующая встреча восьмёрки состоится 2 ноября — на ней будет определён уровень добычи на декабрь.',
        ],
      },
      az: {
        title: 'OPEC+ qrupu noyabrda neft hasilatını gündəlik 137 min barel artıracaq',
        lead: 'OPEC+ ölkələrindən səkkizi bazar günü onlayn görüşdə noyabrda ümumi neft hasilatını gündəlik 137 min barel artırmağa razılaşıb və artım tempini oktyabr səviyyəsində saxlayıb.',
        body: [
          'Qərarı aprel ayından etibarən könüllü ixtisar edilmiş həcmləri tədricən bazara qaytaran Səudiyyə Ərəbistanı, Rusiya, İraq, Birləşmiş Ərəb Əmirlikləri, Küveyt, Qazaxıstan, Əlcəzair və Oman qəbul edib. OPEC Katibliyinin bəyanatında deyilir ki, noyabr artımı 2023-cü ilin aprelində elan edilmiş gündəlik 1,65 milyon barellik ixtisarın aradan qaldırılmasının bir hissəsidir.',
          'İştirakçılar bazar vəziyyətindən asılı olaraq hasilat artımını dayandırmaq və ya geri çevirmək imkanını saxladıqlarını bildiriblər. Onlar həmçinin Əməkdaşlıq Bəyannaməsinə tam əməl olunmasının vacibliyini vurğulayıblar.',
          'Analitiklər daha böyük artım gözləyirdilər və bazar iştirakçıları mülayim addımı yaxın aylarda təklif artıqlığı ilə bağlı narahatlıqlar fonunda ehtiyatlılıq əlaməti kimi qiymətləndiriblər. Görüş ərəfəsində “Brent” markalı neftin bir bareli təxminən 65 dollara satılıb.',
          'Azərbaycan OPEC+ çərçivəsində daha geniş Əməkdaşlıq Bəyannaməsinin iştirakçısıdır, lakin qərarı qəbul edən səkkiz ölkə sırasında deyil. Səkkiz ölkənin növbəti görüşü noyabrın 2-də keçiriləcək və orada dekabr üçün hasilat səviyyəsi müəyyənləşdiriləcək.',
        ],
      },
      en: {
        title: 'OPEC+ group raises oil output by 137,000 barrels per day for November',
        lead: 'Eight OPEC+ countries agreed at an online meeting on Sunday to raise their combined crude production by 137,000 barrels per day in November, keeping the pace of increases at the October level.',
        body: [
          'The decision was taken by Saudi Arabia, Russia, Iraq, the United Arab Emirates, Kuwait, Kazakhstan, Algeria and Oman, which have been gradually returning voluntarily withheld volumes to the market since April. According to a statement from the OPEC Secretariat, the November increase is part of unwinding the 1.65 million barrels per day cut announced in April 2023.',
          'The participants said they retain the flexibility to pause or reverse the increases depending on market conditions. They also stressed the importance of full conformity with the Declaration of Cooperation.',
          'Analysts had expected a larger increase, and market participants saw the moderate step as a sign of caution amid concerns about a supply surplus in the coming months. Brent crude traded at around $65 a barrel ahead of the meeting.',
          'Azerbaijan takes part in the broader OPEC+ Declaration of Cooperation but is not among the eight countries that made the decision. The eight will meet again on 2 November to set production levels for December.',
        ],
      },
    },
  },
  {
    key: 'pre-cop30-meeting-brasilia-belem-preparations',
    category: 'world',
    author: 'nigar-aliyeva',
    tags: ['climate', 'energy-transition'],
    publishedAt: '2025-10-15T07:45:00+04:00',
    translations: {
      ru: {
        title: 'Встреча pre-COP в Бразилиа подготовила почву для COP30 в Белене',
        lead: 'Министры и переговорщики из десятков стран 13–14 октября провели в Бразилиа заключительную подготовительную встречу перед климатической конференцией ООН COP30, которая откроется в Белене 10 ноября.',
        body: [
          'Встреча pre-COP, организованная бразильским председательством, была посвящена новому раунду определяемых на национальном уровне вкладов (ОНУВ) и климатическому финансированию для развивающихся стран. По данным секретариата Рамочной конвенции ООН об изменении климата, значительная часть сторон пока не представила обновлённые национальные планы на период до 2035 года.',
          'Делегации обсудили «Дорожную карту от Баку до Белена на 1,3 трлн долларов», в которой описаны пути увеличения климатического финансирования для развивающихся стран как минимум до $1,3 трлн в год к 2035 году. Документ подготовлен совместно председательствами COP29 и COP30 после соглашения о новой коллективной цели по финансированию, достигнутого в Баку в ноябре прошлого года.',
          'Азербайджан, председательствовавший на COP29, участвует в работе так называемой «тройки» председательств вместе с Объединёнными Арабскими Эмиратами и Бразилией. Формат «тройки» создан для обеспечения преемственности между климатическими конференциями.',
          'Наблюдатели отмечают, что в Белене особое внимание, как ожидается, будет уделено адаптации, защите лесов и отходу от ископаемого топлива в энергетике. В конференции планируют принять участие делегации более чем 190 стран.',
        ],
      },
      az: {
        title: 'Braziliya şəhərində keçirilən pre-COP görüşü Belendəki COP30 konfransına zəmin hazırlayıb',
        lead: 'Onlarla ölkənin nazirləri və danışıqlarda iştirak edən nümayəndələri oktyabrın 13–14-də Braziliya şəhərində noyabrın 10-da Belendə açılacaq BMT-nin COP30 iqlim konfransından əvvəl sonuncu hazırlıq görüşünü keçiriblər.',
        body: [
          'Braziliya sədrliyinin ev sahibliyi etdiyi pre-COP görüşü milli səviyyədə müəyyən edilən töhfələrin (NDC) yeni mərhələsinə və inkişaf etməkdə olan ölkələr üçün iqlim maliyyəsinə həsr olunub. BMT-nin İqlim Dəyişmələri üzrə Çərçivə Konvensiyası katibliyinin məlumatına görə, tərəflərin xeyli hissəsi hələ 2035-ci ilədək dövrü əhatə edən yenilənmiş milli planlarını təqdim etməyib.',
          'Nümayəndə heyətləri inkişaf etməkdə olan ölkələr üçün iqlim maliyyəsinin 2035-ci ilədək ildə ən azı 1,3 trilyon dollara çatdırılması yollarını müəyyən edən “Bakıdan Belenə 1,3 trilyon dollarlıq Yol Xəritəsi”ni müzakirə ediblər. Sənəd ötən ilin noyabrında Bakıda yeni kollektiv maliyyə hədəfi ilə bağlı əldə olunmuş razılaşmadan sonra COP29 və COP30 sədrlikləri tərəfindən birgə hazırlanıb.',
          'COP29-a sədrlik etmiş Azərbaycan Birləşmiş Ərəb Əmirlikləri və Braziliya ilə birlikdə sədrliklərin “troyka” adlanan formatının işində iştirak edir. “Troyka” formatı ardıcıl iqlim konfransları arasında varisliyi təmin etmək üçün yaradılıb.',
          'Müşahidəçilər qeyd edirlər ki, Belendə adaptasiyaya, meşələrin qorunmasına və enerji sistemlərində qalıq yanacaqlardan uzaqlaşmaya xüsusi diqqət yetiriləcəyi gözlənilir. Konfransda 190-dan çox ölkənin nümayəndə heyətinin iştirakı nəzərdə tutulur.',
        ],
      },
      en: {
        title: 'Pre-COP talks in Brasília set the stage for COP30 in Belém',
        lead: 'Ministers and negotiators from dozens of countries met in Brasília on 13–14 October for the final preparatory meeting before the COP30 UN climate conference, which opens in Belém on 10 November.',
        body: [
          'The pre-COP meeting, hosted by the Brazilian presidency, focused on the new round of nationally determined contributions (NDCs) and on climate finance for developing countries. According to the secretariat of the UN Framework Convention on Climate Change, a significant share of parties have yet to submit updated national plans covering the period to 2035.',
          'Delegations discussed the “Baku to Belém Roadmap to 1.3T”, which sets out ways to scale up climate finance for developing countries to at least $1.3 trillion a year by 2035. The document was prepared jointly by the COP29 and COP30 presidencies following the agreement on a new collective finance goal reached in Baku last November.',
          'Azerbaijan, which held the COP29 presidency, takes part in the so-called troika of presidencies together with the United Arab Emirates and Brazil. The troika format was set up to ensure continuity between successive climate conferences.',
          'Observers note that the Belém conference is expected to pay particular attention to adaptation, forest protection and the transition away from fossil fuels in energy systems. Delegations from more than 190 countries are expected to attend.',
        ],
      },
    },
  },
  {
    key: 'kazakhstan-grain-shipments-across-caspian-aktau',
    category: 'world',
    author: 'orkhan-guliyev',
    tags: ['kazakhstan', 'caspian', 'agriculture', 'middle-corridor'],
    publishedAt: '2025-10-18T11:05:00+04:00',
    translations: {
      az: {
        title: 'Qazaxıstan güclü məhsuldan sonra Xəzər vasitəsilə taxıl göndərişlərini artırır',
        lead: '25 milyon tondan çox taxıl yığan Qazaxıstan bu mövsüm Xəzər dənizi vasitəsilə daha çox taxıl göndərməyi planlaşdırır, Aktau limanı isə artan həcmləri qəbul etmək üçün imkanlarını genişləndirir.',
        body: [
          'Qazaxıstan Kənd Təsərrüfatı Nazirliyinin məlumatına görə, oktyabrın ortalarında məhsul yığımı demək olar ki, başa çatıb və taxıl məhsulu bunker çəkisində 25 milyon tonu ötüb. Bu, ölkə tarixində ən yüksək göstəricilərdən biridir, ümumi həcmin təxminən dörddə üçü buğdanın payına düşür.',
          'Nazirlik 2025/2026-cı marketinq ili üçün taxıl və un ixracı potensialını 10 milyon tona qədər qiymətləndirir. Əsas alıcılar əvvəlki kimi Mərkəzi Asiya ölkələri olaraq qalır, lakin Xəzər vasitəsilə Azərbaycana və İrana, həmçinin tranzitlə Qara dəniz regionuna göndərişlərin artacağı gözlənilir.',
          'Aktau Dəniz Ticarət Limanından bildiriblər ki, taxıl terminalının ötürmə qabiliyyəti artırılıb, şimal vilayətlərindən daşımalar üçün əlavə dəmir yolu vaqonları ayrılıb. Taxılın bir hissəsi bərələrlə Ələtdəki Bakı Beynəlxalq Dəniz Ticarət Limanına çatdırılır, oradan isə dəmir yolu ilə Gürcüstanın Qara dəniz limanlarına göndərilir.',
          'Azərbaycan Qazaxıstan buğdası və ununun ənənəvi idxalçılarından biridir. Bazar iştirakçıları qeyd edirlər ki, Orta Dəhliz boyunca sabit dəmir yolu və bərə qrafikləri Qazaxıstan taxılının xarici bazarlarda rəqabət qabiliyyətinin mühüm amilinə çevrilir.',
        ],
      },
      en: {
        title: 'Kazakhstan to boost grain shipments across the Caspian after strong harvest',
        lead: 'Kazakhstan plans to ship more grain across the Caspian Sea this season after harvesting more than 25 million tonnes, while the port of Aktau is expanding capacity to handle the larger volumes.',
        body: [
          'According to Kazakhstan’s Ministry of Agriculture, the harvest was nearly complete by mid-October, with the grain crop exceeding 25 million tonnes in bunker weight. This is one of the highest figures in the country’s history, and wheat accounts for about three-quarters of the total.',
          'The ministry estimates the export potential for the 2025/2026 marketing year at up to 10 million tonnes of grain and flour. Central Asian countries remain the main buyers, but shipments across the Caspian to Azerbaijan and Iran, as well as transit to the Black Sea region, are expected to grow.',
          'The Aktau Sea Commercial Port said the throughput of its grain terminal had been increased and additional rail wagons had been allocated for deliveries from the northern regions. Part of the grain is carried by ferry to the Baku International Sea Trade Port in Alat, from where it is sent by rail to Georgia’s Black Sea ports.',
          'Azerbaijan is one of the traditional importers of Kazakh wheat and flour. Market participants note that reliable rail and ferry schedules along the Middle Corridor are becoming an important factor in the competitiveness of Kazakh grain on foreign markets.',
        ],
      },
    },
  },
  {
    key: 'eu-central-asia-ministers-review-samarkand-commitments',
    category: 'world',
    author: 'leyla-hasanova',
    tags: ['eu', 'kazakhstan', 'middle-corridor'],
    publishedAt: '2025-10-22T18:40:00+04:00',
    translations: {
      ru: {
        title: 'ЕС и страны Центральной Азии обсудили транспортные инвестиции после саммита в Самарканде',
        lead: 'Министры иностранных дел Евросоюза и пяти государств Центральной Азии на встрече в Люксембурге подвели промежуточные итоги выполнения договорённостей первого саммита ЕС — Центральная Азия в Самарканде. Одной из главных тем стал Транскаспийский транспортный коридор.',
        body: [
          'Встречу провёл Верховный представитель ЕС по иностранным делам и политике безопасности, в ней участвовали министры иностранных дел Казахстана, Кыргызстана, Таджикистана, Туркменистана и Узбекистана. Согласно итоговому совместному коммюнике, стороны подтвердили стратегическое партнёрство, о котором было объявлено на саммите в Самарканде в апреле.',
          'На саммите ЕС объявил об инвестиционном пакете для региона на €12 млрд в рамках стратегии Global Gateway, охватывающем транспорт, критически важное сырьё, возобновляемую энергетику и цифровую связность. Министры рассмотрели первые проекты, которые получат финансирование, в том числе модернизацию железнодорожных линий и портовой инфраструктуры на каспийском побережье Казахстана и Туркменистана.',
          'Особое внимание было уделено Транскаспийскому транспортному коридору, который связывает Центральную Азию с Европой через Каспийское море, Азербайджан, Грузию и Турцию. Согласно исследованию, подготовленному по заказу ЕС, при достаточных инвестициях время транзита по маршруту можно сократить примерно до 15 дней.',
          'Стороны также обсудили сотрудничество в области управления водными ресурсами и адаптации к изменению климата в Центральной Азии. Следующую министерскую встречу ЕС — Центральная Азия планируется провести в регионе в 2026 году.',
        ],
      },
      az: {
        title: 'Aİ və Mərkəzi Asiya nazirləri Səmərqənd sammitindən sonra nəqliyyat investisiyalarını müzakirə ediblər',
        lead: 'Avropa İttifaqı və beş Mərkəzi Asiya dövlətinin xarici işlər nazirləri Lüksemburqda keçirilən görüşdə Səmərqənddə baş tutmuş ilk Aİ–Mərkəzi Asiya sammitində əldə olunmuş razılaşmaların icrasını nəzərdən keçiriblər. Gündəmin əsas mövzularından biri Transxəzər nəqliyyat dəhlizi olub.',
        body: [
          'Görüşə Aİ-nin xarici işlər və təhlükəsizlik siyasəti üzrə Ali Nümayəndəsi sədrlik edib, tədbirdə Qazaxıstan, Qırğızıstan, Tacikistan, Türkmənistan və Özbəkistanın xarici işlər nazirləri iştirak ediblər. Yekun birgə kommünikeyə əsasən, tərəflər aprel ayında Səmərqənd sammitində elan olunmuş strateji tərəfdaşlığı bir daha təsdiqləyiblər.',
          'Sammitdə Aİ “Qlobal Keçid” (Global Gateway) strategiyası çərçivəsində nəqliyyat, kritik xammal, bərpaolunan enerji və rəqəmsal bağlantı sahələrini əhatə edən 12 milyard avroluq investisiya paketini elan edib. Nazirlər maliyyələşdiriləcək ilk layihələri, o cümlədən Qazaxıstan və Türkmənistanın Xəzər sahilində dəmir yolu xətlərinin və liman infrastrukturunun modernləşdirilməsini nəzərdən keçiriblər.',
          'Mərkəzi Asiyanı Xəzər dənizi, Azərbaycan, Gürcüstan və Türkiyə vasitəsilə Avropa ilə birləşdirən Transxəzər nəqliyyat dəhlizinə xüsusi diqqət yetirilib. Aİ-nin sifarişi ilə hazırlanmış araşdırmaya görə, kifayət qədər investisiya qoyulduğu halda marşrut üzrə tranzit müddətini təxminən 15 günə qədər azaltmaq mümkündür.',
          'Tərəflər həmçinin Mərkəzi Asiyada su ehtiyatlarının idarə olunması və iqlim dəyişikliyinə uyğunlaşma sahəsində əməkdaşlığı müzakirə ediblər. Növbəti Aİ–Mərkəzi Asiya nazirlər görüşünün 2026-cı ildə regionda keçirilməsi planlaşdırılır.',
        ],
      },
      en: {
        title: 'EU and Central Asian ministers review transport investments after Samarkand summit',
        lead: 'Foreign ministers of the European Union and the five Central Asian states met in Luxembourg to review progress on the commitments made at the first EU–Central Asia summit in Samarkand. The Trans-Caspian transport corridor was one of the main topics.',
        body: [
          'The meeting was chaired by the EU High Representative for Foreign Affairs and Security Policy and brought together the foreign ministers of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan. According to the final joint communiqué, the parties reaffirmed the strategic partnership announced at the Samarkand summit in April.',
          'At the summit, the EU announced a €12 billion investment package for the region under its Global Gateway strategy, covering transport, critical raw materials, renewable energy and digital connectivity. The ministers reviewed the first projects to be financed, including the modernisation of railway lines and port infrastructure on the Caspian coasts of Kazakhstan and Turkmenistan.',
          'Particular attention was paid to the Trans-Caspian transport corridor, which links Central Asia with Europe via the Caspian Sea, Azerbaijan, Georgia and Türkiye. According to a study commissioned by the EU, transit times along the route could be cut to around 15 days with sufficient investment.',
          'The sides also discussed cooperation on water management and climate adaptation in Central Asia. The next EU–Central Asia ministerial meeting is planned to be held in the region in 2026.',
        ],
      },
    },
  },
];

export default articles;
