import type { DemoArticle, DemoLiveEntry } from './types';

/** One day's live coverage of a storm over Absheron, in three languages; a few entries exist in fewer languages. */
const day = '2025-10-23';
const at = (time: string) => `${day}T${time}:00+04:00`;

const entries: DemoLiveEntry[] = [
  {
    at: at('06:10'),
    text: {
      ru: 'Доброе утро. Национальная гидрометеослужба объявила на четверг «оранжевый» уровень опасности: северный ветер хазри на Абшероне усилится до 25–30 м/с. Мы будем вести эту трансляцию весь день.',
      az: 'Sabahınız xeyir. Milli Hidrometeorologiya Xidməti cümə axşamı üçün «narıncı» təhlükə səviyyəsi elan edib: Abşeronda şimal küləyi — xəzri saniyədə 25–30 metrə qədər güclənəcək. Bu canlı yayımı bütün gün aparacağıq.',
      en: 'Good morning. The National Hydrometeorology Service has declared an “orange” warning for Thursday: the northern khazri wind over Absheron will strengthen to 25–30 m/s. We will run this live coverage all day.',
    },
  },
  {
    at: at('06:35'),
    text: {
      ru: 'В Баку уже 14 м/с. На Приморском бульваре рабочие снимают временные павильоны и рекламные конструкции.',
      az: 'Bakıda külək artıq saniyədə 14 metrdir. Dənizkənarı bulvarda işçilər müvəqqəti pavilyonları və reklam qurğularını sökürlər.',
      en: 'The wind in Baku has already reached 14 m/s. Workers on the seaside boulevard are taking down temporary pavilions and advertising hoardings.',
    },
  },
  {
    at: at('07:05'),
    text: {
      ru: 'Министерство по чрезвычайным ситуациям просит жителей не оставлять машины под деревьями и рядом со строительными лесами.',
      az: 'Fövqəladə Hallar Nazirliyi sakinlərdən avtomobilləri ağacların altında və tikinti meşələrinin yanında saxlamamağı xahiş edir.',
      en: 'The Ministry of Emergency Situations is asking residents not to leave cars under trees or next to scaffolding.',
    },
  },
  {
    at: at('07:40'),
    key: true,
    title: { ru: 'Паромы и морские рейсы отменены', az: 'Bərə və dəniz reysləri ləğv edilib', en: 'Ferries and sea crossings cancelled' },
    text: {
      ru: 'Каспийское морское пароходство отменило все рейсы паромов из порта Алят до стабилизации погоды. Суда остаются у причалов.',
      az: 'Xəzər Dəniz Gəmiçiliyi hava sabitləşənədək Ələt limanından bütün bərə reyslərini ləğv edib. Gəmilər limanda qalır.',
      en: 'Caspian Shipping has cancelled every ferry sailing from the port of Alat until the weather settles. The ships are staying at their berths.',
    },
  },
  {
    at: at('08:15'),
    text: {
      ru: 'В Сабунчинском районе ветром повалило два дерева, одно упало на линию электропередачи. Аварийные бригады на месте.',
      az: 'Sabunçu rayonunda külək iki ağacı aşırıb, biri elektrik xəttinin üstünə düşüb. Qəza briqadaları yerindədir.',
      en: 'Two trees have been blown down in the Sabunchu district, one onto a power line. Repair crews are on site.',
    },
  },
  {
    at: at('08:50'),
    text: {
      ru: 'Метро работает в обычном режиме. Bakı Metropoliteni советует пассажирам закладывать больше времени: на наземных маршрутах пробки.',
      az: 'Metro adi rejimdə işləyir. Bakı Metropoliteni sərnişinlərə yola daha çox vaxt ayırmağı məsləhət görür: yerüstü marşrutlarda tıxac var.',
      en: 'The metro is running normally. Baku Metro advises passengers to allow extra time, as surface routes are congested.',
    },
  },
  {
    at: at('09:20'),
    key: true,
    pinned: true,
    title: { ru: 'Школы Баку и Сумгайыта закрыты до пятницы', az: 'Bakı və Sumqayıt məktəbləri cüməyədək bağlıdır', en: 'Schools in Baku and Sumgait closed until Friday' },
    text: {
      ru: 'Министерство науки и образования перевело школы Баку, Сумгайыта и Абшеронского района на дистанционное обучение на четверг. Решение о пятнице примут вечером.',
      az: 'Elm və Təhsil Nazirliyi Bakı, Sumqayıt və Abşeron rayonunun məktəblərini cümə axşamı distant təhsilə keçirib. Cümə günü ilə bağlı qərar axşam veriləcək.',
      en: 'The Ministry of Science and Education has moved schools in Baku, Sumgait and the Absheron district to remote lessons for Thursday. A decision on Friday will be taken this evening.',
    },
  },
  {
    at: at('09:55'),
    text: {
      ru: 'Скорость ветра на станции Маштага — 27 м/с, это максимум с начала суток.',
      az: 'Maştağa stansiyasında küləyin sürəti saniyədə 27 metrdir — sutkanın əvvəlindən bəri ən yüksək göstərici.',
      en: 'The Mashtaga station has recorded 27 m/s, the strongest gust since midnight.',
    },
  },
  {
    at: at('10:30'),
    text: {
      ru: 'Читатели присылают фото сорванных вывесок на проспекте Нефтяников. Пожалуйста, не выходите на набережную ради снимков.',
      az: 'Oxucular Neftçilər prospektində qopmuş lövhələrin fotolarını göndərirlər. Xahiş edirik, şəkil çəkmək üçün sahilə çıxmayın.',
    },
  },
  {
    at: at('11:05'),
    key: true,
    title: { ru: 'Задержки рейсов в аэропорту Гейдара Алиева', az: 'Heydər Əliyev aeroportunda reyslər gecikir', en: 'Flights delayed at Heydar Aliyev airport' },
    text: {
      ru: 'Аэропорт сообщает о задержке 11 вылетов и уходе двух прибывающих рейсов на запасной аэродром в Гяндже. Пассажиров просят проверять статус рейса перед выездом.',
      az: 'Aeroport 11 uçuşun gecikdiyini və iki gələn reysin ehtiyat aerodrom kimi Gəncəyə yönləndirildiyini bildirir. Sərnişinlərdən yola çıxmazdan əvvəl reysin statusunu yoxlamaq xahiş olunur.',
      en: 'The airport reports 11 delayed departures and two arriving flights diverted to Ganja. Passengers are asked to check their flight status before setting out.',
    },
  },
  {
    at: at('11:40'),
    text: {
      ru: 'Azərişıq: без электричества остаются около 6 тысяч абонентов в Сабунчинском и Хазарском районах.',
      az: 'Azərişıq: Sabunçu və Xəzər rayonlarında təxminən 6 min abunəçi elektriksiz qalıb.',
      en: 'Azerishiq says about 6,000 customers in the Sabunchu and Khazar districts are without power.',
    },
  },
  {
    at: at('12:15'),
    text: {
      ru: 'Движение по мосту на острове Пираллахи ограничено: пропускают только легковые машины.',
      az: 'Pirallahı adasına gedən körpüdə hərəkət məhdudlaşdırılıb: yalnız minik avtomobillərinə icazə verilir.',
      en: 'Traffic on the bridge to Pirallahi island is restricted to cars only.',
    },
  },
  {
    at: at('12:50'),
    text: {
      ru: 'На Сумгайытском шоссе грузовик-фургон опрокинуло порывом ветра. Водитель не пострадал, одна полоса перекрыта.',
      az: 'Sumqayıt şossesində furqon tipli yük maşını küləyin təsirindən aşıb. Sürücü xəsarət almayıb, bir zolaq bağlanıb.',
      en: 'A box van has been blown over on the Sumgait highway. The driver is unhurt; one lane is closed.',
    },
  },
  {
    at: at('13:25'),
    key: true,
    title: { ru: 'Госкомиссия по ЧС собралась на экстренное заседание', az: 'Fövqəladə hallar üzrə komissiya təcili iclas keçirir', en: 'Emergency commission holds urgent meeting' },
    text: {
      ru: 'Комиссия по чрезвычайным ситуациям обсуждает ночной прогноз: по данным синоптиков, пик шторма придётся на 18:00–22:00.',
      az: 'Fövqəladə hallar üzrə komissiya gecə proqnozunu müzakirə edir: sinoptiklərin məlumatına görə, fırtınanın pik həddi saat 18:00–22:00 arasına düşəcək.',
      en: 'The emergency commission is discussing the overnight forecast: forecasters expect the storm to peak between 18:00 and 22:00.',
    },
  },
  {
    at: at('14:00'),
    text: {
      ru: 'Аварийные службы восстановили электроснабжение для половины отключённых утром домов.',
      az: 'Qəza xidmətləri səhər enerji təchizatı kəsilmiş evlərin yarısına işığı bərpa edib.',
      en: 'Repair crews have restored power to half of the homes cut off this morning.',
    },
  },
  {
    at: at('14:35'),
    text: {
      ru: 'Волна на Каспии у Баку — до 3,5 метра. Рыбаков просят не выходить в море.',
      az: 'Bakı yaxınlığında Xəzərdə dalğanın hündürlüyü 3,5 metrə çatır. Balıqçılardan dənizə çıxmamaq xahiş olunur.',
      en: 'Waves off Baku are up to 3.5 metres high. Fishermen are asked to stay ashore.',
    },
  },
  {
    at: at('15:10'),
    text: {
      ru: 'Bakı Nəqliyyat Agentliyi временно сняло с линии 14 автобусных маршрутов, проходящих через открытые участки у моря.',
      az: 'Bakı Nəqliyyat Agentliyi dəniz kənarındakı açıq sahələrdən keçən 14 avtobus marşrutunu müvəqqəti olaraq xəttdən çıxarıb.',
      en: 'The Baku Transport Agency has temporarily withdrawn 14 bus routes that run along exposed stretches of the seafront.',
    },
  },
  {
    at: at('15:45'),
    text: {
      ru: 'В Хырдалане ветром сорвало часть кровли жилого дома. Жильцы верхнего этажа временно размещены у соседей.',
      az: 'Xırdalanda külək yaşayış binasının damının bir hissəsini qoparıb. Yuxarı mərtəbənin sakinləri müvəqqəti olaraq qonşularda yerləşdirilib.',
      en: 'Part of the roof of a block of flats in Khirdalan has been torn off. Residents of the top floor are staying with neighbours for now.',
    },
  },
  {
    at: at('16:20'),
    text: {
      ru: 'Пожарные потушили возгорание трансформатора в посёлке Бильгях, вызванное замыканием.',
      az: 'Yanğınsöndürənlər Bilgəh qəsəbəsində qısa qapanma nəticəsində transformatorda baş verən yanğını söndürüblər.',
    },
  },
  {
    at: at('16:55'),
    key: true,
    title: { ru: 'Школы закрыты и в пятницу', az: 'Məktəblər cümə günü də bağlı olacaq', en: 'Schools stay closed on Friday too' },
    text: {
      ru: 'Министерство образования продлило дистанционное обучение на пятницу для школ Баку, Сумгайыта и Абшерона. Детские сады работают в дежурном режиме.',
      az: 'Təhsil Nazirliyi Bakı, Sumqayıt və Abşeron məktəbləri üçün distant təhsili cümə gününə də uzadıb. Uşaq bağçaları növbətçi rejimdə işləyir.',
      en: 'The education ministry has extended remote lessons to Friday for schools in Baku, Sumgait and Absheron. Nurseries are open with reduced staff.',
    },
  },
  {
    at: at('17:30'),
    text: {
      ru: 'Ветер в центре Баку — 29 м/с. Полиция перекрыла проход по Приморскому бульвару.',
      az: 'Bakının mərkəzində külək saniyədə 29 metrdir. Polis Dənizkənarı bulvarda keçidi bağlayıb.',
      en: 'The wind in central Baku has reached 29 m/s. Police have closed the seaside boulevard to pedestrians.',
    },
  },
  {
    at: at('18:05'),
    text: {
      ru: 'Начался пик шторма. МЧС напоминает номер горячей линии — 112.',
      az: 'Fırtına pik həddinə çatıb. FHN qaynar xəttin nömrəsini xatırladır — 112.',
      en: 'The storm is at its peak. The emergencies ministry reminds residents that its hotline is 112.',
    },
  },
  {
    at: at('18:40'),
    key: true,
    title: { ru: 'Аэропорт приостановил все вылеты', az: 'Aeroport bütün uçuşları dayandırıb', en: 'Airport halts all departures' },
    text: {
      ru: 'Аэропорт Гейдара Алиева приостановил вылеты до 23:00. Прибывающие рейсы направляют в Гянджу и Нахчыван.',
      az: 'Heydər Əliyev aeroportu uçuşları saat 23:00-dək dayandırıb. Gələn reyslər Gəncəyə və Naxçıvana yönləndirilir.',
      en: 'Heydar Aliyev airport has suspended departures until 23:00. Arriving flights are being sent to Ganja and Nakhchivan.',
    },
  },
  {
    at: at('19:15'),
    text: {
      ru: 'По данным МЧС, за день поступило 340 вызовов, пострадавших с серьёзными травмами нет.',
      az: 'FHN-in məlumatına görə, gün ərzində 340 çağırış daxil olub, ağır xəsarət alan yoxdur.',
      en: 'The emergencies ministry says it has received 340 calls today, with no one seriously injured.',
    },
  },
  {
    at: at('19:50'),
    text: {
      ru: 'Снова без света около 3 тысяч домов в Хазарском районе: оборвана линия у Бузовны.',
      az: 'Xəzər rayonunda təxminən 3 min ev yenidən işıqsız qalıb: Buzovna yaxınlığında xətt qırılıb.',
      en: 'About 3,000 homes in the Khazar district have lost power again after a line came down near Buzovna.',
    },
  },
  {
    at: at('20:25'),
    text: {
      ru: 'Синоптики: ветер начнёт ослабевать после 22:00, к утру — до 12–15 м/с.',
      az: 'Sinoptiklər: külək saat 22:00-dan sonra zəifləməyə başlayacaq, səhərə doğru saniyədə 12–15 metrə enəcək.',
      en: 'Forecasters say the wind will begin to ease after 22:00, falling to 12–15 m/s by morning.',
    },
  },
  {
    at: at('21:00'),
    text: {
      ru: 'Каспийское пароходство: паромы выйдут в рейсы не раньше пятничного полудня.',
      az: 'Xəzər Dəniz Gəmiçiliyi: bərələr cümə günü günortadan tez reysə çıxmayacaq.',
      en: 'Caspian Shipping says ferries will not sail before Friday noon.',
    },
  },
  {
    at: at('21:35'),
    key: true,
    title: { ru: '«Оранжевый» уровень снижен до «жёлтого»', az: '«Narıncı» səviyyə «sarıya» endirilib', en: 'Orange warning lowered to yellow' },
    text: {
      ru: 'Гидрометеослужба снизила уровень опасности до «жёлтого» с 22:00. Порывы до 20 м/с ещё возможны ночью.',
      az: 'Hidrometeorologiya Xidməti saat 22:00-dan təhlükə səviyyəsini «sarıya» endirib. Gecə saniyədə 20 metrə qədər güclü külək mümkündür.',
      en: 'The weather service has lowered the warning to yellow from 22:00. Gusts of up to 20 m/s are still possible overnight.',
    },
  },
  {
    at: at('22:10'),
    text: {
      ru: 'Аэропорт возобновил вылеты. Первым в 22:05 вылетел рейс на Стамбул.',
      az: 'Aeroport uçuşları bərpa edib. Saat 22:05-də ilk olaraq İstanbul reysi havaya qalxıb.',
      en: 'The airport has resumed departures; the first, to Istanbul, took off at 22:05.',
    },
  },
  {
    at: at('22:40'),
    text: {
      ru: 'На этом мы завершаем дневную трансляцию, но продолжим обновлять её, если ночью что-то изменится. Берегите себя.',
      az: 'Gündüz canlı yayımını burada bitiririk, lakin gecə nəsə dəyişsə, yeniləməyə davam edəcəyik. Özünüzü qoruyun.',
      en: 'That is all from us for the day, but we will keep updating this page if anything changes overnight. Stay safe.',
    },
  },
];

export const demoLiveCoverage: DemoArticle = {
  key: 'live-absheron-storm',
  category: 'society',
  author: 'newsroom',
  tags: ['baku', 'climate', 'transport'],
  publishedAt: at('06:05'),
  translations: {
    ru: {
      title: 'Шторм на Абшероне: онлайн',
      lead: 'Северный ветер до 30 м/с, отменённые паромы и рейсы, закрытые школы: как Баку и Абшерон переживают самый сильный шторм осени.',
      body: [],
    },
    az: {
      title: 'Abşeronda fırtına: canlı',
      lead: 'Saniyədə 30 metrə çatan şimal küləyi, ləğv edilən bərə və uçuşlar, bağlanan məktəblər: Bakı və Abşeron payızın ən güclü fırtınasını necə keçirir.',
      body: [],
    },
    en: {
      title: 'Storm over Absheron: live',
      lead: 'Northern winds of up to 30 m/s, cancelled ferries and flights, closed schools: how Baku and Absheron are weathering the strongest storm of the autumn.',
      body: [],
    },
  },
  live: { entries },
};
