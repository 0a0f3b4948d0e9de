/**
 * How the admin presents each content type to editors: a Russian label and a hint for every field (what it is,
 * where it shows on the site, the expected format), and the columns of the list view. Applied on every start by
 * cms/src/bootstrap/admin-layout.ts.
 */
export interface FieldText {
  label: string;
  hint: string;
}
export interface TypeLayout {
  /** Fields shown as columns in the list view, in order (3–5 useful ones; never a rich text or component field). */
  listColumns: string[];
  fields: Record<string, FieldText>;
}

/** Phrase for fields that are not translated: one value for both language versions of an entry. */
const SHARED = 'Общее для русской и татарской версий.';

/** Hours in the OpenStreetMap opening_hours syntax, as the site's HoursTable reads them. */
const hoursHint = (where: string): string =>
  `Синтаксис OpenStreetMap, напр. Mo-Fr 08:00-17:00; Mo-Fr 12:00-13:00 off; PH off (проверка при сохранении). ${SHARED} Таблица часов на ${where}.`;

/** The URL part shared by both languages. */
const slugField = (example: string): FieldText => ({
  label: 'Адрес страницы (slug)',
  hint: `Часть адреса ${example}: строчные латинские буквы, цифры и дефисы. ${SHARED} Изменение меняет адрес (URL).`,
});

/** The same four bookkeeping fields close every content type. */
const bookkeeping = (disclosuresExample: string): Record<'disclosures' | 'source' | 'isExample', FieldText> => ({
  disclosures: {
    label: 'Требования стандарта (D01–D25)',
    hint: `Какие требования D01–D25 стандарта выполняет запись (${disclosuresExample}); из них строится страница /ru/disclosure/. ${SHARED}`,
  },
  source: {
    label: 'Источник сведений',
    hint: `Откуда факты: ссылка (URL), «Стандарт, п. 75» или «example — …» для данных-образцов. ${SHARED} На сайте не показывается.`,
  },
  isExample: {
    label: 'Пример данных',
    hint: `Отметьте, если хоть одно значение — образец, а не настоящие данные: страница покажет заметную пометку «Пример данных». ${SHARED}`,
  },
});

/** Position in a list on the site. */
const orderField = (where: string): FieldText => ({
  label: 'Порядок в списке',
  hint: `Целое число: чем меньше, тем выше в списке на ${where}; при равных — по адресу (slug). ${SHARED}`,
});

/** Who an entry is for (clause 27 of the standard). */
const audienceField = (what: string): FieldText => ({
  label: 'Для кого',
  hint: `Кому адресован${what}: individuals — физическим лицам, legal-entities — юридическим лицам, all — всем. ${SHARED}`,
});

const MARKDOWN = 'Markdown, без HTML; ссылка на пункт стандарта — [п. 75](/ru/standard/#p-75).';

export const CONTENT_TYPE_LAYOUTS: Record<string, TypeLayout> = {
  'api::company.company': {
    listColumns: ['shortName', 'inn', 'isExample', 'updatedAt'],
    fields: {
      fullName: {
        label: 'Полное наименование',
        hint: 'Полное наименование по уставу, напр. Акционерное общество «Татэнергосбыт». Показывается в реквизитах на /ru/company/.',
      },
      shortName: {
        label: 'Краткое наименование',
        hint: 'Сокращённое наименование, напр. АО «Татэнергосбыт». Используется как название записи в админке.',
      },
      legalAddress: {
        label: 'Юридический адрес',
        hint: 'С индексом, напр. 420000, Республика Татарстан, г. Казань, ул. …, д. 1. Показывается в реквизитах на /ru/company/.',
      },
      postalAddress: {
        label: 'Почтовый адрес',
        hint: 'Адрес для писем, с индексом; если совпадает с юридическим — повторите его. Показывается на /ru/company/.',
      },
      inn: {
        label: 'ИНН',
        hint: `10 цифр без пробелов, напр. 1655000000. ${SHARED} Показывается в реквизитах на /ru/company/.`,
      },
      kpp: {
        label: 'КПП',
        hint: `9 цифр без пробелов, напр. 165501001. ${SHARED} Показывается в реквизитах на /ru/company/.`,
      },
      ogrn: {
        label: 'ОГРН',
        hint: `13 цифр без пробелов, напр. 1021602800000. ${SHARED} Показывается в реквизитах на /ru/company/.`,
      },
      email: {
        label: 'Электронная почта',
        hint: `Общий адрес для обращений, напр. info@tatenergosbyt.ru. ${SHARED} Показывается на /ru/company/ ссылкой для письма.`,
      },
      website: {
        label: 'Официальный сайт',
        hint: `Полный адрес с https://, напр. https://tatenergosbyt.ru. ${SHARED} Показывается на /ru/company/.`,
      },
      contactCentrePhone: {
        label: 'Телефон контакт-центра',
        hint: `Единый номер (п. 48 стандарта) в формате +7 (800) 200-25-26. ${SHARED} Показывается на /ru/company/ ссылкой для звонка.`,
      },
      contactCentreHours: {
        label: 'Часы работы контакт-центра',
        hint: hoursHint('/ru/company/'),
      },
      readingsDueDay: {
        label: 'Показания передают до … числа',
        hint: `День месяца (1–28), до которого включительно передают показания. ${SHARED} Называется на главной странице («до 25 декабря») и на странице «Передать показания».`,
      },
      bankAccounts: {
        label: 'Банковские счета',
        hint: `Банк, БИК, расчётный и корреспондентский счёт; можно несколько. ${SHARED} Раздел «Банковские реквизиты» на /ru/company/.`,
      },
      channels: {
        label: 'Каналы заочного обслуживания',
        hint: 'Телефон, почта, личный кабинет, SMS и др. (п. 47 стандарта): как и когда связаться. Заполняется на каждом языке; карточки на /ru/company/.',
      },
      body: {
        label: 'Текст о компании',
        hint: `Необязательно. ${MARKDOWN} Показывается вверху /ru/company/, над реквизитами.`,
      },
      ...bookkeeping('обычно D01–D03, D05, D06'),
    },
  },

  'api::office.office': {
    listColumns: ['name', 'municipality', 'kind', 'updatedAt'],
    fields: {
      slug: slugField('/ru/offices/agryz/'),
      name: {
        label: 'Название офиса',
        hint: 'Как офис называется для клиентов, напр. Территориальный участок «Агрыз». Заголовок страницы офиса и пункт в списке /ru/offices/.',
      },
      kind: {
        label: 'Тип офиса',
        hint: `branch — филиал, oko — офис клиентского обслуживания, tu — территориальный участок, ooi — обособленный офис. ${SHARED} Показывается под названием.`,
      },
      municipality: {
        label: 'Населённый пункт или район',
        hint: 'Город или муниципальный район, напр. Агрыз. Пишите одинаково у всех офисов района: по нему группируется список /ru/offices/.',
      },
      address: {
        label: 'Адрес',
        hint: 'Почтовый адрес офиса, напр. г. Агрыз, ул. Гагарина, д. 16. Показывается в списке /ru/offices/ и на странице офиса.',
      },
      latitude: {
        label: 'Широта',
        hint: `Градусы десятичной дробью через точку, от 53 до 57, напр. 55.7961 (Казань). ${SHARED}`,
      },
      longitude: {
        label: 'Долгота',
        hint: `Градусы десятичной дробью через точку, от 47 до 55, напр. 49.1064 (Казань). ${SHARED}`,
      },
      phones: {
        label: 'Телефоны',
        hint: `Номера офиса с назначением (приёмная, касса и т. п.); можно несколько. ${SHARED} Показываются ссылками для звонка на странице офиса.`,
      },
      email: {
        label: 'Электронная почта офиса',
        hint: `Необязательно. Адрес офиса, если есть, напр. agryz@tatenergosbyt.ru. ${SHARED}`,
      },
      openingHours: {
        label: 'Часы работы',
        hint: hoursHint('странице офиса'),
      },
      servesIndividuals: {
        label: 'Обслуживает физических лиц',
        hint: `Отметьте, если офис принимает граждан. ${SHARED} Строка «Кого обслуживает» на странице офиса.`,
      },
      servesLegalEntities: {
        label: 'Обслуживает юридических лиц',
        hint: `Отметьте, если офис принимает организации и ИП. ${SHARED} Строка «Кого обслуживает» на странице офиса.`,
      },
      hasCashDesk: {
        label: 'Есть касса',
        hint: `Отметьте, если в офисе можно оплатить наличными или картой. ${SHARED} Строка «Услуги» на странице офиса.`,
      },
      commissionFreePayment: {
        label: 'Оплата без комиссии',
        hint: `Отметьте, если в офисе можно оплатить без комиссии (п. 80 стандарта). ${SHARED} Строка «Услуги» на странице офиса.`,
      },
      hasElectronicQueue: {
        label: 'Электронная очередь',
        hint: `Отметьте, если в офисе есть терминал электронной очереди. ${SHARED} Строка «Услуги» на странице офиса.`,
      },
      accessibility: {
        label: 'Доступность помещения',
        hint: 'Необязательно. Пандус, этаж, кнопка вызова и т. п. простым текстом. Строка «Доступность помещения» на странице офиса.',
      },
      municipalitySlug: {
        label: 'Населённый пункт: адрес страницы',
        hint: `Латиница для адреса /ru/offices/municipality/kazan/; одинаковый у всех офисов одного города или района. ${SHARED}`,
      },
      hoursCheckedOn: {
        label: 'Часы проверены',
        hint: `Дата, когда часы работы последний раз сверили с офисом, ГГГГ-ММ-ДД. ${SHARED} Показывается рядом с часами.`,
      },
      acceptsContractApplications: {
        label: 'Принимает заявления на договор',
        hint: `Отметьте, если в офисе можно подать заявление на заключение или изменение договора. ${SHARED} Фильтр «Услуги» в поиске офисов.`,
      },
      acceptsMeterReadings: {
        label: 'Принимает показания',
        hint: `Отметьте, если в офисе принимают показания приборов учёта. ${SHARED} Фильтр «Услуги» в поиске офисов.`,
      },
      servesInRussian: {
        label: 'Обслуживание на русском',
        hint: `Отметьте, если посетителя обслужат на русском языке. ${SHARED} Строка «Языки» на странице офиса.`,
      },
      servesInTatar: {
        label: 'Обслуживание на татарском',
        hint: `Отметьте, если посетителя обслужат на татарском языке (п. 27, 54 стандарта). ${SHARED} Строка «Языки» на странице офиса.`,
      },
      priorityService: {
        label: 'Обслуживание вне очереди',
        hint: 'Как в этом офисе обслуживают вне очереди по п. 34 стандарта: кто вправе и что предъявить. Простым текстом, для каждой языковой версии.',
      },
      ...bookkeeping('обычно D04, D05, D21'),
    },
  },

  'api::tariff.tariff': {
    listColumns: ['title', 'zone', 'priceRub', 'validFrom', 'validTo', 'updatedAt'],
    fields: {
      slug: {
        label: 'Идентификатор (slug)',
        hint: `Имя записи, напр. 2025-07-rural: строчные латинские буквы, цифры и дефисы. ${SHARED} Своей страницы у тарифа нет.`,
      },
      title: {
        label: 'Группа потребителей (название)',
        hint: 'Как группа называется в таблице, напр. Сельское население. Заголовок строки таблицы на /ru/tariffs/.',
      },
      consumerGroup: {
        label: 'Группа потребителей',
        hint: `urban — городское население с газовыми плитами, urban-electric — с электроплитами или электроотоплением, rural — сельское. ${SHARED}`,
      },
      zone: {
        label: 'Зона суток',
        hint: `single — одноставочный (круглосуточно), day — день, night — ночь, peak — пик, half-peak — полупик. ${SHARED}`,
      },
      meterZones: {
        label: 'Счётчик',
        hint: `single — однотарифный, day-night — двухтарифный (день/ночь), three-zone — трёхтарифный (пик/полупик/ночь). Обязательно для зоны night: она есть у обоих многотарифных счётчиков; для других зон можно не заполнять. ${SHARED}`,
      },
      rangeFromKwh: {
        label: 'Объём от, кВт·ч в месяц',
        hint: `Необязательно. Начало диапазона потребления, целое число, напр. 0. Пусто у обоих полей — без диапазона. ${SHARED} Колонка «Объём в месяц».`,
      },
      rangeToKwh: {
        label: 'Объём до, кВт·ч в месяц',
        hint: `Необязательно. Конец диапазона, целое число, напр. 3900; пусто — «свыше …», без верхней границы. ${SHARED} Колонка «Объём в месяц».`,
      },
      priceRub: {
        label: 'Цена, руб. за кВт·ч с НДС',
        hint: `Рубли за 1 кВт·ч с НДС, через точку, напр. 4.19. ${SHARED} Колонка «Цена» на /ru/tariffs/.`,
      },
      validFrom: {
        label: 'Действует с',
        hint: `Дата в формате ГГГГ-ММ-ДД, напр. 2025-07-01. ${SHARED} Тарифы с одинаковым сроком действия собираются в одну таблицу на /ru/tariffs/.`,
      },
      validTo: {
        label: 'Действует по',
        hint: `Необязательно. Последний день действия, ГГГГ-ММ-ДД, напр. 2025-12-31; пусто — срок не ограничен. ${SHARED}`,
      },
      note: {
        label: 'Примечание',
        hint: 'Необязательно. Короткое пояснение, напр. «Цена за 1 кВт·ч с НДС, одноставочный тариф.» Показывается под таблицей на /ru/tariffs/.',
      },
      actNumber: {
        label: 'Номер постановления',
        hint: `Постановление Госкомитета РТ по тарифам, которым установлена цена, напр. 5-26/э; вместе с датой. Пусто — акт не подтверждён, и сайт так и пишет. ${SHARED} Под таблицей на /ru/tariffs/ и в открытых данных.`,
      },
      actDate: {
        label: 'Дата постановления',
        hint: `ГГГГ-ММ-ДД, напр. 2025-12-17; вместе с номером. ${SHARED}`,
      },
      ...bookkeeping('обычно D16'),
    },
  },

  'api::payment-method.payment-method': {
    listColumns: ['title', 'audience', 'commissionFree', 'order'],
    fields: {
      slug: slugField('/ru/payment/#personal-cabinet'),
      title: {
        label: 'Название способа оплаты',
        hint: 'Коротко, напр. «Личный кабинет» или «Кассы офисов». Заголовок блока на /ru/payment/.',
      },
      summary: {
        label: 'Краткое описание',
        hint: 'Одно-два предложения простым текстом, до 500 знаков. Показывается под заголовком на /ru/payment/.',
      },
      body: {
        label: 'Подробный порядок',
        hint: `Необязательно. Пошаговый порядок оплаты. ${MARKDOWN} Показывается под кратким описанием на /ru/payment/.`,
      },
      audience: audienceField(' способ'),
      commissionFree: {
        label: 'Без комиссии',
        hint: `Отметьте, если этим способом можно платить без комиссии (п. 80 стандарта). ${SHARED} На /ru/payment/ появится пометка «Без комиссии».`,
      },
      order: orderField('/ru/payment/'),
      ...bookkeeping('обычно D11'),
    },
  },

  'api::contract-document.contract-document': {
    listColumns: ['title', 'audience', 'order', 'updatedAt'],
    fields: {
      slug: slugField('/ru/contracts/energy-supply-individual/'),
      title: {
        label: 'Название формы',
        hint: 'Название договора или заявления, напр. Договор энергоснабжения с гражданином. Заголовок страницы и пункт списка /ru/contracts/.',
      },
      summary: {
        label: 'Краткое описание',
        hint: 'Для чего форма и кому нужна, одно-два предложения, до 500 знаков. Показывается в списке /ru/contracts/ и вводным абзацем формы.',
      },
      audience: audienceField('а форма'),
      file: {
        label: 'Файл для скачивания',
        hint: 'Необязательно. Форма в PDF, DOCX или ODT на языке этой версии. Ссылка «Скачать» на странице /ru/contracts/<slug>/.',
      },
      body: {
        label: 'Текст формы',
        hint: `Текст формы, чтобы его можно было прочитать без скачивания. ${MARKDOWN} Показывается на /ru/contracts/<slug>/.`,
      },
      order: orderField('/ru/contracts/'),
      ...bookkeeping('обычно D10'),
    },
  },

  'api::faq-item.faq-item': {
    listColumns: ['question', 'topic', 'order', 'updatedAt'],
    fields: {
      slug: slugField('/ru/faq/appeals/#appeals-how'),
      question: {
        label: 'Вопрос',
        hint: 'Вопрос так, как его задал бы клиент, до 300 знаков, с вопросительным знаком. Заголовок на /ru/faq/<topic>/ и пункт списка /ru/faq/.',
      },
      answer: {
        label: 'Ответ',
        hint: `Ответ простыми словами. ${MARKDOWN} Показывается под вопросом на /ru/faq/<topic>/.`,
      },
      topic: {
        label: 'Тема',
        hint: `Раздел, напр. payment — оплата, readings — показания, supply — отключения, other — другое. ${SHARED} Задаёт страницу /ru/faq/<topic>/.`,
      },
      order: orderField('странице темы'),
      ...bookkeeping('обычно D20'),
    },
  },

  'api::disclosure-page.disclosure-page': {
    listColumns: ['title', 'slug', 'order', 'updatedAt'],
    fields: {
      slug: slugField('/ru/info/payment-procedure/'),
      title: {
        label: 'Заголовок страницы',
        hint: 'Короткий заголовок, до 200 знаков, напр. Порядок оплаты электроэнергии. Заголовок /ru/info/<slug>/ и пункт списка /ru/info/.',
      },
      summary: {
        label: 'Краткое описание',
        hint: 'О чём страница, одно-два предложения, до 500 знаков. Вводный абзац страницы, описание в списке /ru/info/ и в поисковиках.',
      },
      body: {
        label: 'Текст страницы',
        hint: `Основной текст. ${MARKDOWN} Показывается на /ru/info/<slug>/ под кратким описанием.`,
      },
      order: orderField('/ru/info/'),
      ...bookkeeping('напр. D11 для порядка оплаты'),
    },
  },

  'api::standard.standard': {
    listColumns: ['title', 'approvedOn', 'updatedAt'],
    fields: {
      title: {
        label: 'Название стандарта',
        hint: 'Полное название, напр. Стандарт качества обслуживания клиентов АО «Татэнергосбыт». Показывается на /ru/standard/.',
      },
      approvedOn: {
        label: 'Дата утверждения',
        hint: `Дата приказа об утверждении, ГГГГ-ММ-ДД, напр. 2026-01-01. ${SHARED} Строка «Утверждён …» на /ru/standard/.`,
      },
      introduction: {
        label: 'Вводный текст',
        hint: `Необязательно. Что определяет стандарт и для кого. ${MARKDOWN} Показывается вверху /ru/standard/.`,
      },
      revisions: {
        label: 'История изменений',
        hint: 'Дата и суть каждой редакции, от первой к последней. Заполняется на каждом языке; раздел «История изменений» на /ru/standard/.',
      },
      ...bookkeeping('обычно D19'),
    },
  },

  'api::standard-section.standard-section': {
    listColumns: ['number', 'title', 'order', 'updatedAt'],
    fields: {
      slug: slugField('/ru/standard/section-1/'),
      number: {
        label: 'Номер раздела',
        hint: `Как в стандарте, римскими цифрами, напр. I или VI.I. ${SHARED} Показывается как «Раздел I. …» в оглавлении и заголовке.`,
      },
      title: {
        label: 'Название раздела',
        hint: 'Как в стандарте, без номера, напр. Общие положения. Заголовок /ru/standard/<slug>/ и строка оглавления /ru/standard/.',
      },
      order: orderField('/ru/standard/ (оглавление и кнопки «соседний раздел»)'),
      intro: {
        label: 'Текст до первого пункта',
        hint: `Необязательно. Текст раздела перед пунктами. ${MARKDOWN} Показывается вверху /ru/standard/<slug>/.`,
      },
      clauses: {
        label: 'Пункты',
        hint: 'Пункты раздела по порядку: номер и текст. Номер даёт якорь #p-<номер>, на него ссылаются другие страницы. Показываются на /ru/standard/<slug>/.',
      },
      ...bookkeeping('обычно D19'),
    },
  },

  'api::supply-notice.supply-notice': {
    listColumns: ['title', 'kind', 'municipality', 'startsAt', 'restoreBy', 'restoredAt', 'updatedAt'],
    fields: {
      slug: slugField('/ru/outages/#kazan-baumana-2026-12-10'),
      title: {
        label: 'Заголовок уведомления',
        hint: 'Коротко: что и где, напр. Плановое отключение в Казани, ул. Баумана. Заголовок карточки на /ru/outages/ и тема письма подписчикам.',
      },
      kind: {
        label: 'Вид',
        hint: `planned — плановые работы, emergency — авария, poor-quality — некачественное электроснабжение. ${SHARED} Пока идёт авария, на главной странице виден баннер.`,
      },
      municipality: {
        label: 'Муниципальный район или город',
        hint: `Выберите из списка: адрес страницы района, напр. kazan — Казань, almetyevsk — Альметьевский район (список — cms/src/shared/municipalities.ts). ${SHARED} По нему уведомление попадает на страницу района и к подписчикам.`,
      },
      settlement: { label: 'Населённый пункт', hint: 'Напр. г. Казань или с. Высокая Гора. Показывается в карточке и в письме подписчикам.' },
      streets: {
        label: 'Улицы и дома',
        hint: 'Каждая улица отдельно; дома — напр. 1–15, 17 (пусто — вся улица). По ним ищут на /ru/outages/ и в письмах подписчикам на улицу.',
      },
      startsAt: {
        label: 'Начало',
        hint: `Дата и время начала по московскому времени, напр. 2026-12-10 09:00. ${SHARED} Строка «Когда» на /ru/outages/.`,
      },
      restoreBy: {
        label: 'Плановое восстановление',
        hint: `Когда подачу восстановят, по московскому времени; позже начала (проверяется). Если срок меняется — исправьте его здесь: сайт напишет «восстановление перенесено», подписчики получат письмо. ${SHARED}`,
      },
      restoredAt: {
        label: 'Фактически восстановлено',
        hint: `Заполните, когда подачу восстановили: сайт напишет «электроснабжение восстановлено», подписчики получат письмо. ${SHARED}`,
      },
      restoreByPrevious: {
        label: 'Прежний срок восстановления',
        hint: `Заполняется автоматически, когда срок восстановления переносят. ${SHARED}`,
      },
      cause: {
        label: 'Причина',
        hint: 'Простым текстом, напр. Плановый ремонт оборудования сетевой организации. Строка «Причина» на /ru/outages/.',
      },
      gridOrganisation: {
        label: 'Сетевая организация',
        hint: 'Кто восстанавливает электроснабжение, напр. название сетевой организации и её филиала. Показывается с аварийным телефоном.',
      },
      gridPhone: {
        label: 'Аварийный телефон сетевой организации',
        hint: `В виде +7 (843) 000-00-00. ${SHARED} Показывается первым на странице «Сообщить об отключении».`,
      },
      ...bookkeeping('обычно D22'),
    },
  },

  'api::survey.survey': {
    listColumns: ['title', 'year', 'method', 'sampleSize', 'updatedAt'],
    fields: {
      slug: slugField('/ru/quality/surveys/2025/ (обычно год)'),
      year: { label: 'Год опроса', hint: `Напр. 2025. ${SHARED} Архив /ru/quality/surveys/ упорядочен по году.` },
      title: { label: 'Название', hint: 'Напр. Опрос удовлетворённости клиентов 2025 года. Заголовок /ru/quality/surveys/<slug>/.' },
      summary: { label: 'Кратко', hint: 'Одно-два предложения об опросе и главном выводе. Показывается в архиве и в начале страницы.' },
      periodFrom: { label: 'Начало опроса', hint: `Дата, напр. 2025-10-01. ${SHARED}` },
      periodTo: { label: 'Конец опроса', hint: `Дата, не раньше начала, напр. 2025-11-30. ${SHARED}` },
      method: {
        label: 'Метод',
        hint: `questionnaire — анкетирование, telephone — телефонный опрос, mystery-shopper — «тайный покупатель». ${SHARED}`,
      },
      sampleSize: { label: 'Сколько человек опрошено', hint: `Целое число. ${SHARED}` },
      results: {
        label: 'Результаты',
        hint: 'Вопрос, группа клиентов, средний балл и шкала (напр. 4,3 из 5). В обеих языковых версиях — те же баллы в том же порядке (проверяется при сборке). На странице — диаграмма и таблица.',
      },
      actionsTaken: { label: 'Что сделано по итогам', hint: `Меры, принятые по результатам опроса. ${MARKDOWN}` },
      ...bookkeeping('обычно D24'),
    },
  },

  // Written by the site publisher after every publication; editors only read it. No language versions.
  'api::build-status.build-status': {
    listColumns: ['state', 'finishedAt', 'liveSince'],
    fields: {
      state: {
        label: 'Состояние публикации',
        hint: 'Заполняется автоматически: building — сайт собирается, live — изменения на сайте, failed — ошибка, на сайте остаётся прежняя версия.',
      },
      startedAt: {
        label: 'Сборка начата',
        hint: 'Заполняется автоматически: когда началась последняя сборка сайта после публикации. Не меняйте.',
      },
      finishedAt: {
        label: 'Сборка завершена',
        hint: 'Заполняется автоматически: когда последняя сборка закончилась, успешно или с ошибкой. Пусто, пока сборка идёт.',
      },
      durationSeconds: {
        label: 'Длительность, секунд',
        hint: 'Заполняется автоматически: сколько секунд шла последняя сборка, напр. 42.5.',
      },
      liveSince: {
        label: 'Сайт обновлён',
        hint: 'Заполняется автоматически: время последней успешной публикации — с этого момента правки видны на сайте.',
      },
      message: {
        label: 'Сообщение об ошибке',
        hint: 'Заполняется автоматически при ошибке сборки: её причина. Передайте текст разработчикам; после успешной сборки поле очищается.',
      },
    },
  },
};

export const COMPONENT_LAYOUTS: Record<string, Record<string, FieldText>> = {
  'outage.street': {
    street: { label: 'Улица', hint: 'Название улицы, напр. ул. Баумана (на татарском — Баумана урамы).' },
    houses: { label: 'Дома', hint: 'Номера домов, напр. 1–15, 17. Пусто — вся улица.' },
  },
  'survey.result': {
    question: { label: 'Вопрос', hint: 'Как его задавали клиентам, напр. Насколько вы довольны обслуживанием в офисе?' },
    group: { label: 'Группа клиентов', hint: 'individuals — граждане, legal-entities — организации и ИП, all — все клиенты.' },
    score: { label: 'Средний балл', hint: 'Средний балл ответов группы, с точкой, напр. 4.3.' },
    scaleMax: { label: 'Шкала (максимум)', hint: 'Напр. 5 для шкалы от 1 до 5 или 100 для процентов.' },
  },
  'company.bank-account': {
    bankName: {
      label: 'Банк',
      hint: `Полное наименование банка, напр. ПАО «Название банка». ${SHARED} Показывается в банковских реквизитах на /ru/company/.`,
    },
    bic: {
      label: 'БИК',
      hint: `9 цифр без пробелов, напр. 049205000. ${SHARED}`,
    },
    account: {
      label: 'Расчётный счёт',
      hint: `20 цифр без пробелов, напр. 40702810000000000000. ${SHARED}`,
    },
    correspondentAccount: {
      label: 'Корреспондентский счёт',
      hint: `20 цифр без пробелов, напр. 30101810000000000000. ${SHARED}`,
    },
  },
  'contact.channel': {
    kind: {
      label: 'Вид канала',
      hint: 'phone — телефон, email — почта, post — письмо, cabinet — личный кабинет, app — приложение, messenger, social — соцсеть, sms, chatbot, site — сайт.',
    },
    title: {
      label: 'Название канала',
      hint: 'Что это за канал, на языке страницы, напр. Личный кабинет физического лица. Заголовок карточки на /ru/company/.',
    },
    value: {
      label: 'Номер, адрес или ссылка',
      hint: 'Телефон +7 (800) 200-25-26, e-mail или адрес с https:// (станет ссылкой). Показывается под названием канала.',
    },
    hours: {
      label: 'Когда работает',
      hint: 'Необязательно. Словами, напр. «понедельник — пятница 8:00–19:00» или «круглосуточно».',
    },
    note: {
      label: 'Примечание',
      hint: 'Необязательно. Как пользоваться каналом, напр. формат SMS с показаниями. Показывается внизу карточки.',
    },
    audience: {
      label: 'Для кого',
      hint: 'Для личных кабинетов: individuals — граждан, legal-entities — организаций и ИП, all — всех. Ссылки «Личный кабинет» в шапке сайта и на главной берутся отсюда.',
    },
  },
  'contact.phone': {
    number: {
      label: 'Номер',
      hint: `Формат: +7 (843) 000-00-00; код в скобках 3–4 цифры, напр. +7 (8552) 45-67-89. ${SHARED} Показывается ссылкой для звонка.`,
    },
    purpose: {
      label: 'Назначение',
      hint: `reception — приёмная, contact-centre — контакт-центр, cash-desk — касса, sms — приём SMS, fax — факс. ${SHARED}`,
    },
  },
  'disclosure.reference': {
    code: {
      label: 'Код требования',
      hint: `Код D01–D25 из перечня требований стандарта к раскрытию информации; страница /ru/disclosure/ покажет эту запись у требования. ${SHARED}`,
    },
  },
  'standard.clause': {
    number: {
      label: 'Номер пункта',
      hint: 'Цифры, для подпункта через точку: 75 или 75.1. Одинаков в обеих версиях; даёт адрес /ru/standard/#p-75, не меняйте его.',
    },
    text: {
      label: 'Текст пункта',
      hint: `Текст пункта как в стандарте. ${MARKDOWN} Показывается под заголовком «Пункт N».`,
    },
  },
  'standard.revision': {
    date: {
      label: 'Дата редакции',
      hint: 'Дата изменения, ГГГГ-ММ-ДД, напр. 2026-01-01; одинакова в обеих версиях. Показывается в «Истории изменений» на /ru/standard/.',
    },
    summary: {
      label: 'Что изменилось',
      hint: 'Суть изменения одним-двумя предложениями, до 1000 знаков. Показывается после даты в «Истории изменений».',
    },
  },
};
