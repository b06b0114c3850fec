import type { DemoArticle } from '../types';

const articles: DemoArticle[] = [
  {
    key: 'new-school-year-pupils-and-teachers',
    category: 'society',
    author: 'nigar-aliyeva',
    tags: ['education'],
    publishedAt: '2025-09-25T10:30:00+04:00',
    translations: {
      ru: {
        title: 'В новом учебном году в школах Азербайджана учатся более 1,7 млн детей',
        lead: 'В 2025/2026 учебном году в общеобразовательных школах страны обучаются более 1,7 млн учеников, в том числе около 140 тысяч первоклассников, сообщили в Министерстве науки и образования.',
        body: [
          'По данным министерства, занятия проходят в более чем 4300 государственных общеобразовательных учреждениях по всей стране, где работают около 148 тысяч учителей. На Баку приходится примерно четверть всех школьников.',
          'По итогам централизованного конкурса по приёму учителей на работу, проведённого летом, на вакантные должности назначены более 4 тысяч педагогов. Большинство из них направлены в школы регионов, где острее всего ощущается нехватка преподавателей математики, физики и иностранных языков.',
          'К началу учебного года введены в эксплуатацию 12 новых школьных зданий, в том числе на освобождённых территориях, ещё в более чем 60 школах завершён капитальный ремонт. В министерстве отметили, что по мере возвращения бывших жителей сеть школ в Карабахском и Восточно-Зангезурском экономических районах продолжает расширяться.',
          'Учебный год начался 15 сентября и завершится в июне 2026 года. Выпускные экзамены для учащихся 9-х и 11-х классов, как и прежде, проведёт Государственный экзаменационный центр.',
        ],
      },
      az: {
        title: 'Yeni tədris ilində Azərbaycan məktəblərində 1,7 milyondan çox şagird təhsil alır',
        lead: 'Elm və Təhsil Nazirliyinin məlumatına görə, 2025/2026-cı tədris ilində ölkənin ümumtəhsil məktəblərində 1,7 milyondan çox şagird, o cümlədən təxminən 140 min birinci sinif şagirdi təhsil alır.',
        body: [
          'Nazirliyin məlumatına əsasən, dərslər ölkə üzrə 4300-dən çox dövlət ümumi təhsil müəssisəsində keçirilir və bu məktəblərdə təxminən 148 min müəllim çalışır. Şagirdlərin təxminən dörddə biri Bakının payına düşür.',
          'Yayda keçirilən mərkəzləşdirilmiş müəllim işə qəbulu müsabiqəsinin nəticələrinə əsasən, 4 mindən çox müəllim vakant vəzifələrə təyin olunub. Onların əksəriyyəti riyaziyyat, fizika və xarici dil müəllimlərinə ehtiyacın daha çox hiss olunduğu regionlardakı məktəblərə göndərilib.',
          'Tədris ili başlamazdan əvvəl, o cümlədən işğaldan azad edilmiş ərazilərdə 12 yeni məktəb binası istifadəyə verilib, daha 60-dan çox məktəbdə əsaslı təmir işləri başa çatdırılıb. Nazirlikdən bildiriblər ki, keçmiş sakinlərin qayıdışı ilə Qarabağ və Şərqi Zəngəzur iqtisadi rayonlarında məktəb şəbəkəsi genişlənməkdə davam edir.',
          'Tədris ili sentyabrın 15-də başlayıb və 2026-cı ilin iyununda başa çatacaq. IX və XI sinif şagirdləri üçün buraxılış imtahanlarını əvvəlki kimi Dövlət İmtahan Mərkəzi keçirəcək.',
        ],
      },
      en: {
        title: 'More than 1.7 million pupils attend Azerbaijani schools in new academic year',
        lead: 'Azerbaijan’s general education schools are teaching more than 1.7 million pupils in the 2025/2026 academic year, including about 140,000 first-graders, the Ministry of Science and Education said.',
        body: [
          'According to the ministry, classes are being held in more than 4,300 state general education institutions across the country, which employ about 148,000 teachers. Baku accounts for roughly a quarter of all pupils.',
          'More than 4,000 teachers were appointed to vacant posts following the centralised teacher recruitment competition held over the summer. Most of them were sent to schools in the regions, where the shortage of mathematics, physics and foreign language teachers has been most acute.',
          'Twelve new school buildings were commissioned before the start of the year, including in the liberated territories, and major repairs were completed at more than 60 schools. The ministry noted that the school network in the Karabakh and East Zangezur economic regions continues to expand as former residents return.',
          'The academic year began on 15 September and will end in June 2026. Final examinations for 9th and 11th grade pupils will, as before, be conducted by the State Examination Centre.',
        ],
      },
    },
  },
  {
    key: 'ganja-new-multi-profile-hospital-opens',
    category: 'society',
    author: 'm-ali',
    tags: ['health'],
    publishedAt: '2025-10-03T13:45:00+04:00',
    translations: {
      ru: {
        title: 'В Гяндже открылась новая больница на 350 коек',
        lead: 'Во втором по величине городе Азербайджана — Гяндже — открылась новая многопрофильная больница на 350 коек, которая будет обслуживать более 700 тысяч жителей города и соседних районов.',
        body: [
          'Больница, построенная в Кяпазском районе Гянджи, находится в ведении Объединения управления медицинскими территориальными подразделениями (TƏBİB). В ней работают отделения кардиологии, нейрохирургии, общей хирургии, педиатрии и акушерства, 14 операционных и отделение реанимации на 40 коек.',
          'По данным TƏBİB, больница оснащена двумя компьютерными томографами, аппаратом МРТ и ангиографической лабораторией, что позволит проводить катетеризацию сердца и стентирование на месте. До сих пор многих таких пациентов из региона приходилось доставлять в Баку.',
          'В медучреждении будут работать около 1100 сотрудников, в том числе порядка 260 врачей. Часть медицинского персонала переведена из бакинских клиник и прошла дополнительное обучение, сообщили в TƏBİB.',
          'Больница будет принимать пациентов из Гянджи, а также Гёйгёльского, Самухского, Шамкирского и Дашкесанского районов. Лечение в рамках пакета услуг обязательного медицинского страхования будет предоставляться бесплатно.',
        ],
      },
      az: {
        title: 'Gəncədə 350 çarpayılıq yeni xəstəxana açılıb',
        lead: 'Azərbaycanın ikinci ən böyük şəhəri olan Gəncədə 350 çarpayılıq yeni çoxprofilli xəstəxana istifadəyə verilib; xəstəxana şəhərin və qonşu rayonların 700 mindən çox sakininə xidmət göstərəcək.',
        body: [
          'Gəncənin Kəpəz rayonunda inşa edilən xəstəxana Tibbi Ərazi Bölmələrini İdarəetmə Birliyinin (TƏBİB) tabeliyindədir. Burada kardiologiya, neyrocərrahiyyə, ümumi cərrahiyyə, pediatriya və mamalıq şöbələri, 14 əməliyyat otağı və 40 çarpayılıq reanimasiya şöbəsi fəaliyyət göstərir.',
          'TƏBİB-in məlumatına görə, xəstəxana iki kompüter tomoqrafı, maqnit-rezonans tomoqrafiya aparatı və angioqrafiya laboratoriyası ilə təchiz olunub ki, bu da ürək kateterizasiyası və stentləmə əməliyyatlarını yerində aparmağa imkan verəcək. İndiyədək bölgədən belə xəstələrin çoxunu Bakıya aparmaq lazım gəlirdi.',
          'Tibb müəssisəsində 260-a yaxın həkim də daxil olmaqla, təxminən 1100 əməkdaş çalışacaq. TƏBİB-dən bildiriblər ki, tibb heyətinin bir hissəsi Bakı klinikalarından cəlb olunub və əlavə təlim keçib.',
          'Xəstəxana Gəncə ilə yanaşı, Göygöl, Samux, Şəmkir və Daşkəsən rayonlarından olan pasiyentləri qəbul edəcək. İcbari tibbi sığorta üzrə xidmətlər zərfi çərçivəsində müalicə pulsuz olacaq.',
        ],
      },
      en: {
        title: 'New 350-bed hospital opens in Ganja',
        lead: 'A new multi-profile hospital with 350 beds has opened in Ganja, Azerbaijan’s second-largest city, and will serve more than 700,000 residents of the city and neighbouring districts.',
        body: [
          'The hospital, built in Ganja’s Kapaz district, is operated by the Administration of Regional Medical Divisions (TABIB). It has cardiology, neurosurgery, general surgery, paediatrics and obstetrics departments, 14 operating theatres and a 40-bed intensive care unit.',
          'According to TABIB, the hospital is equipped with two computed tomography scanners, an MRI unit and an angiography laboratory, which will allow cardiac catheterisation and stenting to be performed on site. Until now, many such patients from the region had to be taken to Baku.',
          'About 1,100 staff, including some 260 doctors, will work at the facility. Part of the medical personnel transferred from Baku clinics and underwent additional training, TABIB said.',
          'The hospital will admit patients from Ganja as well as the Goygol, Samukh, Shamkir and Dashkasan districts. Treatment covered by the mandatory health insurance benefits package will be free of charge.',
        ],
      },
    },
  },
  {
    key: 'baku-metro-purple-line-extension-tunnelling',
    category: 'society',
    author: 'orkhan-guliyev',
    tags: ['baku', 'transport'],
    publishedAt: '2025-10-10T08:20:00+04:00',
    translations: {
      ru: {
        title: 'Бакинский метрополитен: проходка тоннелей для продления Фиолетовой линии перевалила за половину',
        lead: 'Более половины тоннелей для двух новых станций Фиолетовой линии Бакинского метрополитена уже пройдено, ввести участок в эксплуатацию планируется в 2027 году, сообщили в ЗАО «Бакинский метрополитен».',
        body: [
          'По данным компании, тоннелепроходческие комплексы прошли около 2,4 км из 4,3 км перегонных тоннелей на участке, продолжающем линию за станцию «8 Ноябрь». Параллельно ведётся сооружение котлованов обеих новых станций.',
          'Продление линии должно приблизить метро к густонаселённым жилым кварталам и разгрузить автобусные маршруты в центре города. По оценке метрополитена, после открытия участка пассажиропоток Фиолетовой линии может вырасти в несколько раз.',
          'Сейчас Бакинский метрополитен перевозит в среднем около 650 тысяч пассажиров в будний день на 27 станциях. Одновременно со строительством компания продолжает обновлять подвижной состав: на Красной и Зелёной линиях на маршрут выходят новые пятивагонные поезда.',
          'На время строительства на нескольких улицах вблизи площадок сохраняются ограничения движения. В метрополитене отметили, что схемы объезда согласованы с Агентством наземного транспорта Азербайджана и будут поэтапно отменяться по мере завершения наземных работ.',
        ],
      },
      az: {
        title: 'Bakı Metropoliteni: Bənövşəyi xəttin uzadılması üçün tunellərin yarıdan çoxu qazılıb',
        lead: '“Bakı Metropoliteni” QSC-dən bildiriblər ki, Bənövşəyi xəttdə iki yeni stansiya üçün tunellərin yarıdan çoxu artıq qazılıb, yeni sahənin 2027-ci ildə istismara verilməsi planlaşdırılır.',
        body: [
          'Şirkətin məlumatına görə, tunelqazma kompleksləri xəttin “8 Noyabr” stansiyasından sonrakı hissəsində nəzərdə tutulan 4,3 kilometrlik stansiyalararası tunellərin təxminən 2,4 kilometrini keçib. Paralel olaraq hər iki yeni stansiyanın özül çuxurlarının tikintisi aparılır.',
          'Xəttin uzadılması metronu sıx məskunlaşmış yaşayış massivlərinə yaxınlaşdırmalı və şəhər mərkəzində avtobus marşrutlarının yükünü azaltmalıdır. Metropolitenin hesablamalarına görə, yeni sahə açıldıqdan sonra Bənövşəyi xəttin sərnişin axını bir neçə dəfə arta bilər.',
          'Hazırda Bakı metrosu 27 stansiyada iş günləri orta hesabla təxminən 650 min sərnişin daşıyır. Tikinti ilə yanaşı, şirkət hərəkət tərkibini yeniləməyə davam edir: Qırmızı və Yaşıl xətlərdə yeni beşvaqonlu qatarlar istifadəyə verilir.',
          'Tikinti müddətində meydançaların yaxınlığındakı bir neçə küçədə hərəkət məhdudiyyətləri qüvvədə qalır. Metropolitendən bildiriblər ki, dolama yolların sxemləri Azərbaycan Yerüstü Nəqliyyat Agentliyi ilə razılaşdırılıb və yerüstü işlər başa çatdıqca mərhələlərlə ləğv ediləcək.',
        ],
      },
      en: {
        title: 'Baku Metro: tunnelling for Purple Line extension passes halfway mark',
        lead: 'More than half of the tunnels for two new stations on the Purple Line of the Baku Metro have been completed, and the section is expected to open in 2027, Baku Metro CJSC said.',
        body: [
          'According to the company, tunnel boring machines have completed about 2.4 kilometres of the planned 4.3 kilometres of running tunnels on the section extending the line beyond 8 Noyabr station. Excavation of the station boxes for both new stations is under way in parallel.',
          'The extension is intended to bring the metro closer to densely populated residential areas and to ease the load on bus routes in the city centre. The operator estimates that passenger numbers on the Purple Line could increase several-fold once the section opens.',
          'The Baku Metro currently carries about 650,000 passengers on an average weekday across its 27 stations. Alongside the construction, the company continues to renew its rolling stock, with new five-car trains entering service on the Red and Green lines.',
          'Traffic restrictions remain in place on several streets near the construction sites. Baku Metro said the diversions had been agreed with the Azerbaijan Land Transport Agency and would be lifted in stages as surface works are completed.',
        ],
      },
    },
  },
  {
    key: 'caspian-sea-level-falls-another-30-cm',
    category: 'society',
    author: 'leyla-hasanova',
    tags: ['caspian', 'climate'],
    publishedAt: '2025-10-17T17:35:00+04:00',
    translations: {
      ru: {
        title: 'Уровень Каспийского моря за год опустился ещё на 30 сантиметров',
        lead: 'Уровень Каспийского моря у побережья Азербайджана за последние 12 месяцев снизился примерно на 30 см, сообщили в Министерстве экологии и природных ресурсов. Падение уровня наблюдается с середины 2000-х годов.',
        body: [
          'По данным Национальной службы гидрометеорологии министерства, наблюдения на бакинском гидропосту в начале октября показали уровень моря около минус 29,5 м относительно уровня Мирового океана. За последние пять лет уровень в общей сложности снизился почти на метр.',
          'Специалисты связывают снижение прежде всего с уменьшением стока Волги, на которую приходится около 80% речных вод, поступающих в Каспий, а также с усилением испарения из-за роста температуры воздуха. Сильнее всего затронута мелководная северная часть моря у побережья Казахстана и России.',
          'В Азербайджане отступление береговой линии наиболее заметно на Абшеронском полуострове и в дельте Куры, где появились новые песчаные отмели. В министерстве сообщили, что совместно с другими госструктурами отслеживают влияние этого процесса на прибрежные экосистемы, места нереста рыбы и портовую инфраструктуру.',
          'Вопрос также находится в повестке прикаспийских государств, которые обсуждают совместный мониторинг уровня моря в рамках Тегеранской конвенции по защите морской среды Каспийского моря. Эксперты отмечают, что без скоординированных мер снижение может продолжиться и в ближайшие десятилетия.',
        ],
      },
      az: {
        title: 'Xəzər dənizinin səviyyəsi bir ildə daha 30 santimetr aşağı düşüb',
        lead: 'Ekologiya və Təbii Sərvətlər Nazirliyinin məlumatına görə, son 12 ayda Azərbaycan sahillərində Xəzər dənizinin səviyyəsi təxminən 30 santimetr azalıb. Səviyyənin enməsi 2000-ci illərin ortalarından müşahidə olunur.',
        body: [
          'Nazirliyin Milli Hidrometeorologiya Xidmətinin məlumatına əsasən, oktyabrın əvvəlində Bakı hidroloji məntəqəsində aparılan müşahidələr dəniz səviyyəsinin dünya okeanı səviyyəsinə nisbətən təxminən mənfi 29,5 metr olduğunu göstərib. Son beş ildə səviyyə ümumilikdə təxminən bir metr aşağı düşüb.',
          'Mütəxəssislər bu azalmanı ilk növbədə Xəzərə daxil olan çay sularının təxminən 80 faizini təmin edən Volqa çayının axımının azalması, həmçinin havanın temperaturunun yüksəlməsi nəticəsində buxarlanmanın artması ilə əlaqələndirirlər. Dənizin Qazaxıstan və Rusiya sahillərinə yaxın dayaz şimal hissəsi daha çox təsirə məruz qalıb.',
          'Azərbaycanda sahil xəttinin geri çəkilməsi daha çox Abşeron yarımadasında və Kür çayının deltasında nəzərə çarpır, burada yeni qum dayazlıqları yaranıb. Nazirlikdən bildiriblər ki, digər dövlət qurumları ilə birlikdə bu prosesin sahil ekosistemlərinə, balıqların kürü tökdüyü yerlərə və liman infrastrukturuna təsirini izləyirlər.',
          'Məsələ Xəzəryanı dövlətlərin də gündəmindədir: onlar Xəzər dənizinin dəniz mühitinin mühafizəsi üzrə Tehran Konvensiyası çərçivəsində dəniz səviyyəsinin birgə monitorinqini müzakirə edirlər. Ekspertlər qeyd edirlər ki, əlaqələndirilmiş tədbirlər görülmədən azalma yaxın onilliklərdə də davam edə bilər.',
        ],
      },
      en: {
        title: 'Caspian Sea level falls by another 30 centimetres in a year',
        lead: 'The level of the Caspian Sea off Azerbaijan’s coast has dropped by about 30 centimetres over the past 12 months, the Ministry of Ecology and Natural Resources said. The decline has been observed since the mid-2000s.',
        body: [
          'According to the ministry’s National Hydrometeorological Service, observations at the Baku gauge in early October put the sea level at about minus 29.5 metres relative to the world ocean. Over the past five years, the level has fallen by almost a metre in total.',
          'Specialists attribute the decline mainly to reduced inflow from the Volga, which accounts for about 80 percent of the river water entering the Caspian, and to higher evaporation driven by rising air temperatures. The shallow northern part of the sea, off the coasts of Kazakhstan and Russia, is the most affected.',
          'In Azerbaijan, the retreat of the shoreline is most visible on the Absheron Peninsula and in the Kura river delta, where new sandbanks have emerged. The ministry said it is monitoring the impact on coastal ecosystems, fish spawning grounds and port infrastructure together with other government agencies.',
          'The issue is also on the agenda of the Caspian littoral states, which are discussing joint monitoring of the sea level under the Tehran Convention for the protection of the marine environment of the Caspian Sea. Experts note that without coordinated measures the decline may continue in the coming decades.',
        ],
      },
    },
  },
  {
    key: 'gabala-sheki-hotels-high-autumn-occupancy',
    category: 'society',
    author: 'newsroom',
    tags: ['tourism'],
    publishedAt: '2025-10-23T12:10:00+04:00',
    translations: {
      ru: {
        title: 'Отели Габалы и Шеки сообщают о высокой загрузке в осенний сезон',
        lead: 'Средняя загрузка гостиниц в горных курортных районах Азербайджана в сентябре и первой половине октября составила около 70%, сообщили в Государственном агентстве по туризму. Большинство гостей — внутренние туристы.',
        body: [
          'По данным агентства, самые высокие показатели зафиксированы в Габале, Шеки и Губе, где в выходные загрузка приближалась к 90%. Спрос поддержали тёплая погода и сезон осенней листвы в лесах Большого Кавказа.',
          'На долю внутренних туристов пришлось около 60% гостей региональных отелей. Среди иностранных посетителей больше всего было гостей из России, Турции, стран Персидского залива и Казахстана, сообщили в агентстве.',
          'В Шеки число посетителей Дворца шекинских ханов, входящего в объект Всемирного наследия ЮНЕСКО «Исторический центр Шеки с Ханским дворцом», выросло примерно на 15% по сравнению с прошлой осенью. Владельцы местных гостевых домов сообщают, что места на конец октября также почти полностью забронированы.',
          'В агентстве ожидают, что турпоток в регионы останется стабильным до середины ноября. После этого внимание переключится на зимний сезон на горнолыжных курортах «Шахдаг» и «Туфандаг».',
        ],
      },
      az: {
        title: 'Qəbələ və Şəki otelləri payız mövsümündə yüksək doluluq qeydə alıb',
        lead: 'Dövlət Turizm Agentliyinin məlumatına görə, sentyabrda və oktyabrın birinci yarısında Azərbaycanın dağ kurort bölgələrində otellərin orta doluluğu təxminən 70 faiz olub. Qonaqların əksəriyyətini yerli turistlər təşkil edib.',
        body: [
          'Agentliyin məlumatına görə, ən yüksək göstəricilər Qəbələ, Şəki və Qubada qeydə alınıb, burada həftəsonları doluluq 90 faizə yaxınlaşıb. Tələbatı mülayim hava və Böyük Qafqaz meşələrinin payız rənglərinə büründüyü mövsüm dəstəkləyib.',
          'Regionlardakı otellərin qonaqlarının təxminən 60 faizini yerli turistlər təşkil edib. Agentlikdən bildiriblər ki, xarici qonaqlar arasında ən çox Rusiya, Türkiyə, Körfəz ölkələri və Qazaxıstandan gələnlər olub.',
          'Şəkidə UNESCO-nun Ümumdünya İrs Siyahısına daxil edilmiş “Xan sarayı ilə birlikdə Şəkinin tarixi mərkəzi” obyektinin bir hissəsi olan Şəki Xanlarının Sarayına gələnlərin sayı ötən payızla müqayisədə təxminən 15 faiz artıb. Yerli qonaq evlərinin sahibləri bildirirlər ki, oktyabrın sonu üçün yerlər də demək olar ki, tam rezerv edilib.',
          'Agentlik regionlara turist axınının noyabrın ortalarınadək sabit qalacağını gözləyir. Bundan sonra diqqət “Şahdağ” və “Tufandağ” dağ-xizək kurortlarında qış mövsümünə yönələcək.',
        ],
      },
      en: {
        title: 'Hotels in Gabala and Sheki report high occupancy in autumn season',
        lead: 'Hotels in Azerbaijan’s mountain resort areas recorded average occupancy of about 70 percent in September and the first half of October, the State Tourism Agency said. Domestic travellers made up the majority of guests.',
        body: [
          'According to the agency, the highest figures were registered in Gabala, Sheki and Guba, where occupancy at weekends approached 90 percent. Demand was supported by mild weather and the autumn foliage season in the forests of the Greater Caucasus.',
          'Domestic tourists accounted for about 60 percent of guests at regional hotels. Among foreign visitors, the largest groups came from Russia, Türkiye, the Gulf states and Kazakhstan, the agency said.',
          'In Sheki, the number of visitors to the Palace of the Sheki Khans, part of the UNESCO World Heritage site “Historic Centre of Sheki with the Khan’s Palace”, rose by about 15 percent compared with last autumn. Local guesthouse owners say rooms for the end of October are also almost fully booked.',
          'The agency expects tourist flows to the regions to remain stable until mid-November. After that, attention will shift to the winter season at the Shahdag and Tufandag mountain resorts.',
        ],
      },
    },
  },
];

export default articles;
