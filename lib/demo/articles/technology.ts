import type { DemoArticle } from '../types';

const articles: DemoArticle[] = [
  {
    key: 'sumgayit-tier-iii-data-centre-commissioned',
    category: 'technology',
    author: 'orkhan-guliyev',
    tags: ['telecom', 'artificial-intelligence'],
    publishedAt: '2025-09-26T10:40:00+04:00',
    translations: {
      ru: {
        title: 'В Сумгайыте введён в эксплуатацию новый дата-центр уровня Tier III',
        lead: 'Объект на 640 серверных стоек будет обслуживать государственные информационные системы и «Государственное облако», сообщило Министерство цифрового развития и транспорта.',
        body: [
          'В Сумгайытском химическом промышленном парке введён в эксплуатацию новый центр обработки данных, построенный по заказу оператора AzInTelecom, подведомственного Министерству цифрового развития и транспорта. Общая площадь здания составляет 4,8 тыс. кв. м, в машинных залах размещены 640 серверных стоек суммарной ИТ-мощностью 8 МВт. Проект рассчитан на соответствие уровню надёжности Tier III по классификации Uptime Institute.',
          'По данным министерства, строительство заняло 22 месяца, а объём инвестиций составил 118 млн манатов. Часть потребности объекта в электроэнергии будет покрывать солнечная станция мощностью 2 МВт, размещённая на крыше и прилегающей территории.',
          'Новый дата-центр соединён с бакинскими площадками двумя независимыми волоконно-оптическими маршрутами и будет работать одновременно как основная и резервная площадка «Государственного облака» (G-Cloud). На него поэтапно перенесут информационные системы ряда министерств и агентств.',
          'Отдельный зал отведён под вычислительный кластер на графических процессорах, предназначенный для обучения моделей искусственного интеллекта. Приоритетный доступ к нему получат государственные структуры и университеты, условия подключения планируется опубликовать до конца года.',
        ],
      },
      az: {
        title: 'Sumqayıtda Tier III səviyyəli yeni data mərkəzi istifadəyə verilib',
        lead: '640 server şkafı üçün nəzərdə tutulan obyekt dövlət informasiya sistemlərinə və «Dövlət Buludu»na xidmət göstərəcək, Rəqəmsal İnkişaf və Nəqliyyat Nazirliyi bildirib.',
        body: [
          'Sumqayıt Kimya Sənaye Parkında Rəqəmsal İnkişaf və Nəqliyyat Nazirliyinin tabeliyində olan «AzInTelecom» operatorunun sifarişi ilə inşa edilən yeni məlumat emalı mərkəzi istifadəyə verilib. Binanın ümumi sahəsi 4,8 min kvadratmetrdir, maşın zallarında ümumi İT gücü 8 MVt olan 640 server şkafı yerləşdirilib. Layihə «Uptime Institute» təsnifatı üzrə Tier III etibarlılıq səviyyəsinə uyğun hazırlanıb.',
          'Nazirliyin məlumatına görə, tikinti 22 ay çəkib, investisiyanın həcmi 118 milyon manat təşkil edib. Obyektin elektrik enerjisinə olan tələbatının bir hissəsini damda və ətraf ərazidə quraşdırılmış 2 MVt gücündə günəş stansiyası ödəyəcək.',
          'Yeni data mərkəzi Bakıdakı mərkəzlərlə iki müstəqil fiber-optik marşrutla birləşdirilib və «Dövlət Buludu» (G-Cloud) üçün həm əsas, həm də ehtiyat meydança kimi fəaliyyət göstərəcək. Bir sıra nazirlik və agentliklərin informasiya sistemləri mərhələlərlə bura köçürüləcək.',
          'Ayrıca zal süni intellekt modellərinin öyrədilməsi üçün nəzərdə tutulan qrafik prosessorlu hesablama klasterinə ayrılıb. Ona çıxış ilk növbədə dövlət qurumlarına və universitetlərə veriləcək, qoşulma şərtlərinin il sonunadək açıqlanması planlaşdırılır.',
        ],
      },
      en: {
        title: 'New Tier III data centre commissioned in Sumgayit',
        lead: 'The 640-rack facility will serve government information systems and the Government Cloud, the Ministry of Digital Development and Transport said.',
        body: [
          "A new data centre built for AzInTelecom, an operator under the Ministry of Digital Development and Transport, has been commissioned at the Sumgayit Chemical Industrial Park. The building has a total floor area of 4,800 square metres, and its server halls house 640 racks with a combined IT capacity of 8 MW. The facility is designed to meet the Uptime Institute's Tier III reliability standard.",
          "According to the ministry, construction took 22 months and the investment amounted to 118 million manats. Part of the facility's electricity demand will be covered by a 2 MW solar installation on the roof and adjacent land.",
          'The data centre is linked to the Baku sites by two independent fibre-optic routes and will serve as both a primary and a backup site for the Government Cloud (G-Cloud). Information systems of a number of ministries and agencies will be moved there in stages.',
          'A separate hall has been set aside for a GPU computing cluster intended for training artificial intelligence models. Government bodies and universities will be given priority access, and connection terms are due to be published by the end of the year.',
        ],
      },
    },
  },
  {
    key: 'aztu-artificial-intelligence-bachelor-programme',
    category: 'technology',
    author: 'm-ali',
    tags: ['artificial-intelligence', 'education'],
    publishedAt: '2025-10-01T12:10:00+04:00',
    translations: {
      ru: {
        title: 'АзТУ начал подготовку бакалавров в области искусственного интеллекта',
        lead: 'На новую программу «Искусственный интеллект и наука о данных» в этом году зачислены 75 студентов, сообщили в Азербайджанском техническом университете.',
        body: [
          'Азербайджанский технический университет (АзТУ) с нового учебного года начал обучение по бакалаврской программе «Искусственный интеллект и наука о данных», утверждённой Министерством науки и образования. По данным вуза, на первый курс зачислены 75 студентов, из них 50 — на места, финансируемые государством. Средний вступительный балл по результатам экзаменов Государственного экзаменационного центра превысил 620 из 700 возможных.',
          'Четырёхлетняя программа объёмом 240 кредитов ECTS включает углублённую математику, программирование на Python, машинное обучение, компьютерное зрение и обработку естественного языка. Отдельный модуль посвящён обработке текстов и речи на азербайджанском языке, ещё один — этическим и правовым вопросам применения ИИ.',
          'Для занятий в университете открыта лаборатория на 40 рабочих мест с графическими ускорителями. Начиная с третьего курса студенты будут проходить практику в государственных структурах и IT-компаниях.',
          'Со следующего семестра вуз также вводит факультативный курс по основам искусственного интеллекта, доступный студентам всех специальностей. Как сообщили в университете, на него уже записались более 900 человек.',
        ],
      },
      az: {
        title: 'AzTU süni intellekt üzrə bakalavr hazırlığına başlayıb',
        lead: 'Bu il yeni «Süni intellekt və verilənlər elmi» proqramına 75 tələbə qəbul olunub, Azərbaycan Texniki Universitetindən bildiriblər.',
        body: [
          'Azərbaycan Texniki Universiteti (AzTU) yeni tədris ilindən Elm və Təhsil Nazirliyi tərəfindən təsdiq edilmiş «Süni intellekt və verilənlər elmi» bakalavr proqramı üzrə tədrisə başlayıb. Universitetin məlumatına görə, birinci kursa 75 tələbə qəbul edilib, onlardan 50-si dövlət sifarişli yerlərə daxil olub. Dövlət İmtahan Mərkəzinin imtahanlarının nəticələrinə əsasən orta qəbul balı mümkün 700 baldan 620-ni ötüb.',
          'Dördillik proqram 240 ECTS kreditdən ibarətdir və dərinləşdirilmiş riyaziyyatı, Python dilində proqramlaşdırmanı, maşın təlimini, kompüter görməsini və təbii dilin emalını əhatə edir. Ayrıca modul Azərbaycan dilində mətn və nitqin emalına, digər modul isə süni intellektin tətbiqinin etik və hüquqi məsələlərinə həsr olunub.',
          'Dərslər üçün universitetdə qrafik sürətləndiricilərlə təchiz olunmuş 40 iş yerlik laboratoriya açılıb. Üçüncü kursdan başlayaraq tələbələr dövlət qurumlarında və İT şirkətlərində təcrübə keçəcəklər.',
          'Növbəti semestrdən universitet bütün ixtisasların tələbələrinin seçə biləcəyi süni intellektin əsasları üzrə seçmə kurs da tətbiq edir. Universitetdən bildiriblər ki, bu kursa artıq 900-dən çox tələbə yazılıb.',
        ],
      },
      en: {
        title: "AzTU begins training bachelor's students in artificial intelligence",
        lead: 'Seventy-five students have been admitted this year to the new Artificial Intelligence and Data Science programme, Azerbaijan Technical University said.',
        body: [
          "Azerbaijan Technical University (AzTU) has started teaching a bachelor's programme in Artificial Intelligence and Data Science, approved by the Ministry of Science and Education, from the new academic year. According to the university, 75 first-year students have been admitted, 50 of them to state-funded places. The average admission score in the State Examination Centre's exams exceeded 620 out of a possible 700.",
          'The four-year, 240-ECTS-credit programme covers advanced mathematics, Python programming, machine learning, computer vision and natural language processing. A dedicated module focuses on processing Azerbaijani-language text and speech, and another on the ethical and legal aspects of using AI.',
          'The university has opened a laboratory with 40 workstations equipped with graphics accelerators for the programme. From their third year, students will do internships at government bodies and IT companies.',
          'From next semester the university is also introducing an optional course on the fundamentals of artificial intelligence, open to students of all majors. More than 900 students have already signed up, the university said.',
        ],
      },
    },
  },
  {
    key: 'ganja-sumgayit-mingachevir-5g-launch',
    category: 'technology',
    author: 'rashad-mammadov',
    tags: ['telecom'],
    publishedAt: '2025-10-07T16:25:00+04:00',
    translations: {
      ru: {
        title: 'Сети 5G заработали в Гяндже, Сумгайыте и Мингячевире',
        lead: 'Число базовых станций пятого поколения в стране превысило 1 150, а покрытие достигло около 38% населения, сообщили в Министерстве цифрового развития и транспорта.',
        body: [
          'Мобильные операторы запустили коммерческие сети 5G в Гяндже, Сумгайыте и Мингячевире, сообщили в Министерстве цифрового развития и транспорта. До сих пор услуга была доступна только в Баку и на Абшеронском полуострове. Сети работают в диапазоне 3,5 ГГц, частоты в котором были выделены операторам ранее.',
          'По данным министерства, общее число базовых станций 5G в стране превысило 1 150, из них около 870 установлены в Баку. Сети пятого поколения охватывают около 38% населения, а число абонентов, пользующихся 5G, достигло 620 тысяч.',
          'Измерения, проведённые специалистами министерства в новых городах, показали среднюю скорость загрузки около 310 Мбит/с. В Гяндже на первом этапе покрытие охватывает центральную часть города и район железнодорожного вокзала.',
          'В 2026 году сети 5G планируется развернуть в Ширване, Шеки, Ленкорани и Хырдалане. В министерстве также напоминают, что для подключения необходимы смартфон с поддержкой 5G и соответствующий тарифный план оператора.',
        ],
      },
      az: {
        title: '5G şəbəkələri Gəncə, Sumqayıt və Mingəçevirdə istifadəyə verilib',
        lead: 'Ölkədə beşinci nəsil baza stansiyalarının sayı 1 150-ni ötüb, şəbəkə əhalinin təxminən 38 faizini əhatə edir, Rəqəmsal İnkişaf və Nəqliyyat Nazirliyindən bildiriblər.',
        body: [
          'Mobil operatorlar Gəncə, Sumqayıt və Mingəçevirdə kommersiya 5G şəbəkələrini işə salıb, Rəqəmsal İnkişaf və Nəqliyyat Nazirliyindən bildiriblər. Bu vaxtadək xidmət yalnız Bakıda və Abşeron yarımadasında əlçatan idi. Şəbəkələr 3,5 GHz diapazonunda işləyir, bu diapazonda tezliklər operatorlara əvvəlcədən ayrılıb.',
          'Nazirliyin məlumatına görə, ölkədə 5G baza stansiyalarının ümumi sayı 1 150-ni ötüb, onlardan təxminən 870-i Bakıda quraşdırılıb. Beşinci nəsil şəbəkələr əhalinin təxminən 38 faizini əhatə edir, 5G-dən istifadə edən abunəçilərin sayı isə 620 minə çatıb.',
          'Nazirlik mütəxəssislərinin yeni şəhərlərdə apardığı ölçmələr orta yükləmə sürətinin təxminən 310 Mbit/s olduğunu göstərib. Gəncədə ilk mərhələdə şəbəkə şəhərin mərkəzi hissəsini və dəmiryol vağzalı ətrafını əhatə edir.',
          '2026-cı ildə 5G şəbəkələrinin Şirvan, Şəki, Lənkəran və Xırdalanda qurulması planlaşdırılır. Nazirlik həmçinin xatırladır ki, qoşulmaq üçün 5G-ni dəstəkləyən smartfon və operatorun müvafiq tarif planı tələb olunur.',
        ],
      },
      en: {
        title: '5G networks switched on in Ganja, Sumgayit and Mingachevir',
        lead: 'The number of fifth-generation base stations in the country has passed 1,150 and coverage has reached about 38% of the population, the Ministry of Digital Development and Transport said.',
        body: [
          'Mobile operators have launched commercial 5G networks in Ganja, Sumgayit and Mingachevir, the Ministry of Digital Development and Transport said. Until now the service had been available only in Baku and on the Absheron Peninsula. The networks operate in the 3.5 GHz band, where frequencies were previously allocated to the operators.',
          'According to the ministry, the total number of 5G base stations in the country has passed 1,150, about 870 of them in Baku. Fifth-generation networks now cover about 38% of the population, and the number of subscribers using 5G has reached 620,000.',
          'Measurements by ministry specialists in the newly covered cities showed average download speeds of about 310 Mbit/s. In Ganja, the first phase covers the city centre and the area around the railway station.',
          'The networks are due to be rolled out in Shirvan, Shaki, Lankaran and Khirdalan in 2026. The ministry also reminded users that connecting requires a 5G-capable smartphone and a suitable tariff plan from their operator.',
        ],
      },
    },
  },
  {
    key: 'e-gov-portal-ai-virtual-assistant-launch',
    category: 'technology',
    author: 'newsroom',
    tags: ['artificial-intelligence'],
    publishedAt: '2025-10-14T09:30:00+04:00',
    translations: {
      ru: {
        title: 'На портале электронного правительства появился виртуальный помощник на базе ИИ',
        lead: 'За девять месяцев 2025 года к электронным услугам портала e-gov.az и приложения mygov обращались 48,6 млн раз — на 21% больше, чем годом ранее.',
        body: [
          'Центр развития электронного правительства при Министерстве цифрового развития и транспорта запустил в тестовом режиме виртуального помощника на основе искусственного интеллекта. Он отвечает на вопросы пользователей на азербайджанском, русском и английском языках и помогает найти нужную услугу среди более чем 640 доступных на портале e-gov.az. Как уточнили в центре, помощник не получает доступа к персональным данным без согласия пользователя.',
          'По данным центра, в январе–сентябре 2025 года к электронным услугам обращались 48,6 млн раз, что на 21% больше, чем за тот же период прошлого года. Число пользователей мобильного приложения mygov превысило 2,3 млн.',
          'Наиболее востребованными остаются получение справки о месте жительства и справки о наличии или отсутствии судимости, оплата штрафов и коммунальных услуг, а также запись в детские сады. Около 64% всех обращений приходится на мобильное приложение.',
          'Тестовый период продлится до конца года, после чего помощник будет встроен в приложение mygov. Пользователи могут оценивать качество ответов непосредственно в окне чата.',
        ],
      },
      az: {
        title: 'Elektron hökumət portalında süni intellektə əsaslanan virtual köməkçi istifadəyə verilib',
        lead: '2025-ci ilin doqquz ayında e-gov.az portalının və «mygov» tətbiqinin elektron xidmətlərinə 48,6 milyon dəfə müraciət olunub ki, bu da ötən illə müqayisədə 21 faiz çoxdur.',
        body: [
          'Rəqəmsal İnkişaf və Nəqliyyat Nazirliyi yanında Elektron Hökumətin İnkişafı Mərkəzi süni intellektə əsaslanan virtual köməkçini sınaq rejimində istifadəyə verib. Köməkçi istifadəçilərin suallarını Azərbaycan, rus və ingilis dillərində cavablandırır və e-gov.az portalında mövcud olan 640-dan çox xidmət arasından lazım olanı tapmağa kömək edir. Mərkəzdən bildiriblər ki, köməkçi istifadəçinin razılığı olmadan şəxsi məlumatlara çıxış əldə etmir.',
          'Mərkəzin məlumatına görə, 2025-ci ilin yanvar–sentyabr aylarında elektron xidmətlərə 48,6 milyon dəfə müraciət olunub ki, bu da ötən ilin eyni dövrü ilə müqayisədə 21 faiz çoxdur. Mobil «mygov» tətbiqinin istifadəçilərinin sayı 2,3 milyonu ötüb.',
          'Yaşayış yeri haqqında arayışın və məhkumluğun olub-olmaması barədə arayışın alınması, cərimələrin və kommunal xidmətlərin ödənişi, həmçinin uşaq bağçalarına qeydiyyat ən çox tələb olunan xidmətlər olaraq qalır. Bütün müraciətlərin təxminən 64 faizi mobil tətbiqin payına düşür.',
          'Sınaq dövrü ilin sonunadək davam edəcək, bundan sonra köməkçi «mygov» tətbiqinə inteqrasiya olunacaq. İstifadəçilər cavabların keyfiyyətini birbaşa çat pəncərəsində qiymətləndirə bilərlər.',
        ],
      },
      en: {
        title: 'E-government portal launches AI-powered virtual assistant',
        lead: 'Electronic services on the e-gov.az portal and the mygov app were used 48.6 million times in the first nine months of 2025, up 21% year on year.',
        body: [
          "The Electronic Government Development Centre under the Ministry of Digital Development and Transport has launched a trial version of an AI-based virtual assistant. It answers users' questions in Azerbaijani, Russian and English and helps them find the right service among more than 640 available on the e-gov.az portal. The assistant does not access personal data without the user's consent, the centre said.",
          'According to the centre, electronic services were used 48.6 million times in January–September 2025, 21% more than in the same period last year. The number of users of the mygov mobile app has exceeded 2.3 million.',
          'The most requested services remain certificates of residence and criminal record certificates, payment of fines and utility bills, and kindergarten enrolment. The mobile app accounts for about 64% of all requests.',
          'The trial period will run until the end of the year, after which the assistant will be built into the mygov app. Users can rate the quality of answers directly in the chat window.',
        ],
      },
    },
  },
  {
    key: 'sabirabad-saatly-drone-ai-crop-monitoring-pilot',
    category: 'technology',
    author: 'nigar-aliyeva',
    tags: ['agriculture', 'artificial-intelligence'],
    publishedAt: '2025-10-21T14:50:00+04:00',
    translations: {
      ru: {
        title: 'В Сабирабаде и Саатлы испытывают мониторинг полей с помощью дронов и ИИ',
        lead: 'В рамках пилотного проекта Министерства сельского хозяйства беспилотники обследовали около 18 тысяч гектаров посевов хлопчатника и пшеницы.',
        body: [
          'Министерство сельского хозяйства подвело промежуточные итоги пилотного проекта по мониторингу посевов с применением беспилотных летательных аппаратов и искусственного интеллекта в Сабирабадском и Саатлинском районах. С весны дроны с мультиспектральными камерами обследовали около 18 тысяч гектаров хлопчатника и пшеницы. Снимки анализирует модель машинного обучения, которая выявляет очаги поражения вредителями, признаки водного стресса и неравномерные всходы.',
          'Результаты анализа в виде карт с рекомендациями поступают фермерам в личные кабинеты Электронной информационной системы сельского хозяйства (EKTİS). По данным министерства, выборочные полевые проверки агрономов подтвердили выводы системы примерно в 87% случаев.',
          'В проекте участвуют около 1 400 фермерских хозяйств, для которых услуга в пилотный период бесплатна. В министерстве отмечают, что своевременное выявление проблемных участков позволило части хозяйств сократить расход поливной воды и средств защиты растений.',
          'В 2026 году проект планируется распространить на восемь районов, а площадь мониторинга довести до 100 тысяч гектаров. Снимки с дронов будут дополнены данными спутникового наблюдения.',
        ],
      },
      az: {
        title: 'Sabirabad və Saatlıda sahələrin dron və süni intellektlə monitorinqi sınaqdan keçirilir',
        lead: 'Kənd Təsərrüfatı Nazirliyinin pilot layihəsi çərçivəsində pilotsuz uçuş aparatları təxminən 18 min hektar pambıq və buğda sahəsini müşahidədən keçirib.',
        body: [
          'Kənd Təsərrüfatı Nazirliyi Sabirabad və Saatlı rayonlarında pilotsuz uçuş aparatları və süni intellektin tətbiqi ilə əkinlərin monitorinqi üzrə pilot layihənin aralıq nəticələrini açıqlayıb. Yazdan bəri multispektral kameralarla təchiz olunmuş dronlar təxminən 18 min hektar pambıq və buğda sahəsini müşahidədən keçirib. Görüntüləri zərərvericilərin yaratdığı zədələnmə ocaqlarını, su stresi əlamətlərini və qeyri-bərabər cücərtiləri müəyyən edən maşın təlimi modeli təhlil edir.',
          'Təhlilin nəticələri tövsiyələr əks olunmuş xəritələr şəklində fermerlərin Elektron Kənd Təsərrüfatı İnformasiya Sistemindəki (EKTİS) şəxsi kabinetlərinə göndərilir. Nazirliyin məlumatına görə, aqronomların sahələrdə apardığı seçmə yoxlamalar sistemin nəticələrini təxminən 87 faiz hallarda təsdiqləyib.',
          'Layihədə təxminən 1 400 fermer təsərrüfatı iştirak edir və pilot dövründə xidmət onlar üçün ödənişsizdir. Nazirlikdə qeyd edirlər ki, problemli sahələrin vaxtında aşkarlanması bəzi təsərrüfatlara suvarma suyu və bitki mühafizə vasitələri sərfiyyatını azaltmağa imkan verib.',
          '2026-cı ildə layihənin səkkiz rayona genişləndirilməsi və monitorinq sahəsinin 100 min hektara çatdırılması planlaşdırılır. Dron görüntüləri peyk müşahidəsi məlumatları ilə tamamlanacaq.',
        ],
      },
      en: {
        title: 'Drones and AI tested for crop monitoring in Sabirabad and Saatly',
        lead: 'Drones have surveyed around 18,000 hectares of cotton and wheat under a pilot project run by the Ministry of Agriculture.',
        body: [
          'The Ministry of Agriculture has released interim results of a pilot project using drones and artificial intelligence to monitor crops in the Sabirabad and Saatly districts. Since spring, drones fitted with multispectral cameras have surveyed around 18,000 hectares of cotton and wheat. The images are analysed by a machine learning model that detects pest damage, signs of water stress and uneven germination.',
          "The results are sent to farmers' personal accounts in the Electronic Agriculture Information System (EKTIS) as maps with recommendations. According to the ministry, spot checks in the field by agronomists confirmed the system's findings in about 87% of cases.",
          'Around 1,400 farms are taking part in the project, and the service is free of charge for them during the pilot phase. The ministry said early detection of problem areas had allowed some farms to cut their use of irrigation water and crop protection products.',
          'The project is due to be expanded to eight districts in 2026, with the monitored area increased to 100,000 hectares. Drone imagery will be supplemented with satellite observation data.',
        ],
      },
    },
  },
];

export default articles;
