/**
 * The search-quality query set (issue 16, item 6): questions as customers type them into the site search — short,
 * lower case, colloquial, in the word forms people use — each with the one page that must come among the first three
 * results of its language's Pagefind index (only <main> is indexed; the title is the page's <h1>).
 *
 * How the cases were chosen:
 * - every section a customer looks for: readings, payment, requisites, tariffs and their ranges, outages, contracts,
 *   meters, benefits, appeals and their status, offices by town, debt, the personal cabinet, the requests without it,
 *   the information pages, the standard, quality, accessibility; sitemap and search are not indexed and never expected;
 * - the expected page contains the query's words (checked against its text) and is the page the person wants; where
 *   a question has both a FAQ answer and a form, the form is expected for «сделать» queries («замена счетчика») and the
 *   answer for «узнать» ones («кто меняет счетчик»);
 * - forms the pages do not write: «е» for «ё» («счетчик»), numbers without the space the pages put in them («3900» for
 *   «3 900»: site/lib/search-normalize.ts joins both), other cases and numbers («квитанцию», «счётчики»);
 * - Tatar: the glossary's terms (content/glossary.md) in the forms a reader types, inflected ones included
 *   («шартнамәне», «исәпләгечне алыштыру»: the search page cuts Tatar endings), and the FAQ topics by their names;
 * - example-only pages are expected only when asked for by name (an office list by town, never an address);
 *   no case depends on the seeded example outage notice, whose page leaves the index when the notice expires.
 * `why` says what the match rests on where it is not the plain words of the page.
 */
export interface SearchCase {
  query: string;
  expect: string;
  why?: string;
}

export const RU_QUERIES: SearchCase[] = [
  // Показания
  { query: 'передать показания', expect: '/ru/readings/' },
  { query: 'когда передавать показания', expect: '/ru/info/meter-readings/', why: '«Как и до какого числа передавать показания»; the FAQ answer has no «когда»' },
  { query: 'до какого числа передавать показания', expect: '/ru/faq/readings/' },
  { query: 'показания по sms', expect: '/ru/faq/readings/' },
  { query: 'двухтарифный счетчик показания', expect: '/ru/faq/readings/', why: 'е for ё' },
  { query: 'забыл передать показания', expect: '/ru/faq/readings/', why: '«Забыли передать показания»' },
  { query: 'счётчики', expect: '/ru/info/meter-readings/', why: 'plural; «оснащение счётчиками» in the title' },
  { query: 'кто меняет счетчик', expect: '/ru/faq/readings/', why: 'е for ё' },
  { query: 'умный счетчик', expect: '/ru/faq/readings/', why: '«„умный“ счётчик»' },
  { query: 'сорвали пломбу', expect: '/ru/faq/readings/', why: '«сорвать пломбу»' },
  { query: 'поверка счётчика', expect: '/ru/services/meter-work/' },
  { query: 'замена счетчика', expect: '/ru/services/meter-work/', why: 'е for ё; the form «…на установку, замену или поверку счётчика»' },
  { query: 'норматив потребления', expect: '/ru/info/calculation-methods/' },

  // Оплата
  { query: 'до какого числа платить', expect: '/ru/faq/payment/', why: '«До какого числа нужно оплатить»' },
  { query: 'срок оплаты', expect: '/ru/faq/payment/' },
  { query: 'оплата без комиссии', expect: '/ru/payment/' },
  { query: 'оплата по qr коду', expect: '/ru/payment/', why: '«По QR-коду на квитанции»' },
  { query: 'оплатить заранее', expect: '/ru/payment/', why: '«Оплата заранее (авансом)»' },
  { query: 'оплата за родителей', expect: '/ru/faq/payment/' },
  { query: 'сроки оплаты для организаций', expect: '/ru/faq/payment/' },
  { query: 'электронная квитанция', expect: '/ru/services/e-bill/' },
  { query: 'квитанцию по электронной почте', expect: '/ru/services/e-bill/', why: 'accusative' },

  // Компания и реквизиты
  { query: 'реквизиты', expect: '/ru/company/' },
  { query: 'инн', expect: '/ru/company/', why: 'requisite abbreviation: «ИНН (идентификационный номер налогоплательщика)»' },
  { query: 'огрн', expect: '/ru/company/', why: 'requisite abbreviation' },
  { query: 'кпп', expect: '/ru/company/', why: 'requisite abbreviation' },
  { query: 'бик', expect: '/ru/company/', why: 'bank requisite abbreviation' },
  { query: 'корреспондентский счет', expect: '/ru/company/', why: 'е for ё' },
  { query: 'часы работы контакт-центра', expect: '/ru/company/' },

  // Тарифы
  { query: 'тариф для сельского населения', expect: '/ru/tariffs/' },
  { query: 'тарифы на электроэнергию', expect: '/ru/tariffs/' },
  { query: 'газовая плита', expect: '/ru/tariffs/', why: '«в домах с газовыми плитами»' },
  { query: 'архив тарифов', expect: '/ru/tariffs/' },
  { query: '3 900', expect: '/ru/faq/tariffs/', why: 'the first range bound, as the pages write it' },
  { query: '3900 квт', expect: '/ru/faq/tariffs/', why: 'number without the space the pages write («3 900 кВт·ч»)' },
  { query: '6000 квт', expect: '/ru/faq/tariffs/', why: 'number without the space («свыше 6 000 кВт·ч»)' },
  { query: '7020', expect: '/ru/faq/tariffs/', why: 'number without the space: the seasonal range «до 7 020 кВт·ч»' },
  { query: 'цена квт ч 2026', expect: '/ru/faq/tariffs/', why: '«Сколько стоит 1 кВт·ч электроэнергии в 2026 году?»' },
  { query: 'когда изменятся тарифы', expect: '/ru/faq/tariffs/' },
  { query: 'двухзонный тариф', expect: '/ru/faq/tariffs/' },
  { query: 'сменить тариф', expect: '/ru/services/tariff-variant/' },
  { query: 'тариф по двум зонам', expect: '/ru/services/tariff-variant/' },
  { query: 'многодетная семья льгота', expect: '/ru/services/tariff-benefit/' },
  { query: 'дом с электроотоплением льгота', expect: '/ru/services/tariff-benefit/' },
  { query: 'рассчитать начисление', expect: '/ru/tariffs/estimate/' },
  { query: 'сбытовая надбавка', expect: '/ru/info/price-formation/' },

  // Отключения
  { query: 'отключили свет', expect: '/ru/info/supply-interruptions/', why: 'colloquial «свет»: «Если нет электроэнергии…», «мигание света»' },
  { query: 'пропало электричество', expect: '/ru/faq/supply/' },
  { query: 'напряжение скачет', expect: '/ru/faq/supply/' },
  { query: 'плановые отключения', expect: '/ru/outages/' },
  { query: 'сообщить об отключении', expect: '/ru/outages/report/' },

  // Договор
  { query: 'купили квартиру', expect: '/ru/faq/contract/' },
  { query: 'переоформить лицевой счет', expect: '/ru/faq/contract/', why: 'е for ё' },
  { query: 'наследство', expect: '/ru/faq/contract/', why: '«Дом достался по наследству»' },
  { query: 'переоформить на нового владельца', expect: '/ru/services/contract/' },
  { query: 'договор для юридических лиц', expect: '/ru/info/contract-legal-entities/' },
  { query: 'статус договора', expect: '/ru/info/contract-status/' },
  { query: 'формы договоров', expect: '/ru/contracts/' },
  { query: 'микрогенерация', expect: '/ru/contracts/microgeneration-purchase/' },
  { query: 'заявление о заключении договора', expect: '/ru/contracts/contract-application/' },

  // Задолженность
  { query: 'ограничение подачи электроэнергии', expect: '/ru/faq/debt/' },
  { query: 'задолженность', expect: '/ru/faq/debt/', why: 'FAQ topic «Задолженность»' },
  { query: 'долг частями', expect: '/ru/faq/debt/', why: '«Можно ли погасить долг частями?»' },
  { query: 'последствия неоплаты', expect: '/ru/info/non-payment-consequences/' },

  // Обращения
  { query: 'жалоба', expect: '/ru/faq/appeals/', why: 'FAQ topic «Обращения и жалобы»' },
  { query: 'подать жалобу', expect: '/ru/info/appeals/' },
  { query: 'анонимное обращение', expect: '/ru/faq/appeals/' },
  { query: 'написать обращение', expect: '/ru/appeal/' },
  { query: 'статус обращения', expect: '/ru/appeal/status/' },

  // Офисы
  { query: 'офис в казани', expect: '/ru/offices/municipality/kazan/', why: 'locative «в Казани»; the town page by name' },
  { query: 'офис набережные челны', expect: '/ru/offices/municipality/naberezhnye-chelny/' },
  { query: 'офисы обслуживания клиентов', expect: '/ru/offices/' },
  { query: 'без очереди', expect: '/ru/info/priority-service/' },

  // Личный кабинет и заявки
  { query: 'личный кабинет', expect: '/ru/cabinet/' },
  { query: 'войти в личный кабинет', expect: '/ru/cabinet/', why: '«Войти: Личный кабинет физического лица»' },
  { query: 'забыл пароль', expect: '/ru/faq/cabinet/', why: '«Забыли пароль от личного кабинета»' },
  { query: 'заявки без личного кабинета', expect: '/ru/services/' },

  // Другое
  { query: 'персональные данные', expect: '/ru/info/personal-data/' },
  { query: 'звонят из энергосбыта', expect: '/ru/faq/other/', why: 'FAQ topic «Другие вопросы»: «Мне звонят „из энергосбыта“»' },
  { query: 'стандарт обслуживания', expect: '/ru/standard/' },
  { query: 'телефонный этикет', expect: '/ru/standard/section-7-2/' },
  { query: 'заочное обслуживание', expect: '/ru/info/remote-service/' },
  { query: 'обратная связь', expect: '/ru/info/feedback/' },
  { query: 'показатели качества', expect: '/ru/quality/' },
  { query: 'результаты опроса', expect: '/ru/quality/surveys/' },
  { query: 'версия для слабовидящих', expect: '/ru/accessibility/' },
  { query: 'раскрытие информации', expect: '/ru/disclosure/' },
];

export const TT_QUERIES: SearchCase[] = [
  // Күрсәткечләр һәм исәпләгечләр
  { query: 'күрсәткечләрне тапшыру', expect: '/tt/readings/' },
  { query: 'күрсәткечләр', expect: '/tt/faq/readings/', why: 'FAQ topic «Күрсәткечләр һәм исәпкә алу җайланмалары»' },
  { query: 'исәпләгеч күрсәткечләре', expect: '/tt/readings/', why: '«Исәпләгеч күрсәткечләрен тапшыру»' },
  { query: 'күрсәткечләрне кайчан тапшырырга', expect: '/tt/info/meter-readings/', why: 'the FAQ answer has no «кайчан»' },
  { query: 'күрсәткечләрне тапшырырга оныттым', expect: '/tt/faq/readings/' },
  { query: 'sms аша күрсәткечләр', expect: '/tt/faq/readings/' },
  { query: 'ике тарифлы исәпләгеч', expect: '/tt/faq/readings/' },
  { query: 'исәпләгечне кем алыштыра', expect: '/tt/faq/readings/' },
  { query: 'исәпләгечне алыштыру', expect: '/tt/info/meter-readings/', why: 'accusative; «алыштыруга» on the page (the form says «алмаштыру»)' },
  { query: 'исәпләгечне алмаштыру', expect: '/tt/services/meter-work/', why: '«Исәпләгечне куюга, алмаштыруга…»' },
  { query: 'метрологик тикшерү', expect: '/tt/services/meter-work/', why: 'the glossary: «поверка» in Tatar' },
  { query: 'исәпләгеч ватылды', expect: '/tt/faq/readings/' },
  { query: 'пломба', expect: '/tt/faq/readings/', why: '«Пломбаны өзсәләр…»' },
  { query: 'исәпләгечләр', expect: '/tt/info/meter-readings/', why: 'plural: «исәпләгечләр белән җиһазландыру»' },

  // Түләү
  { query: 'түләү ысуллары', expect: '/tt/payment/' },
  { query: 'комиссиясез түләү', expect: '/tt/faq/payment/', why: '«…комиссиясез кайда түләргә?»' },
  { query: 'кайсы числога кадәр түләргә', expect: '/tt/faq/payment/' },
  { query: 'алдан түләү', expect: '/tt/payment/' },
  { query: 'qr-код буенча түләү', expect: '/tt/payment/' },
  { query: 'белдерү-квитанция', expect: '/tt/faq/payment/' },
  { query: 'электрон квитанция', expect: '/tt/services/e-bill/' },

  // Шартнамә
  { query: 'шартнамә', expect: '/tt/faq/contract/', why: 'FAQ topic «Шартнамә»' },
  { query: 'шартнамәне', expect: '/tt/faq/contract/', why: 'accusative of «шартнамә»' },
  { query: 'шартнамә төзү', expect: '/tt/info/contract-individuals/' },
  { query: 'шартнамә формалары', expect: '/tt/contracts/' },
  { query: 'мирас', expect: '/tt/faq/contract/', why: '«Миңа йорт мирас булып калды»' },
  { query: 'фатир сатып алдым', expect: '/tt/faq/contract/' },
  { query: 'микрогенерация', expect: '/tt/contracts/microgeneration-purchase/' },
  { query: 'юридик затлар', expect: '/tt/info/contract-legal-entities/' },

  // Тарифлар
  { query: 'тарифлар', expect: '/tt/tariffs/' },
  { query: 'авыл халкы', expect: '/tt/tariffs/' },
  { query: 'газ плитәләре', expect: '/tt/tariffs/' },
  { query: '3900', expect: '/tt/faq/tariffs/', why: 'number without the space the pages write («3 900 киловатт-сәгать»)' },
  { query: '7 020', expect: '/tt/faq/tariffs/' },
  { query: 'ике зоналы тариф', expect: '/tt/faq/tariffs/' },
  { query: 'тарифлар кайчан үзгәрә', expect: '/tt/faq/tariffs/', why: '«…кайчан үзгәрәчәк»' },
  { query: 'тариф вариантын алыштыру', expect: '/tt/services/tariff-variant/' },
  { query: 'бәя категориясе', expect: '/tt/info/tariff-change/' },
  { query: 'бәя ничек формалаша', expect: '/tt/info/price-formation/' },
  { query: 'күп балалы гаилә', expect: '/tt/services/tariff-benefit/' },
  { query: 'ташламалар', expect: '/tt/info/tariffs-and-benefits/' },
  { query: 'түләүне исәпләү', expect: '/tt/tariffs/estimate/' },

  // Реквизитлар, шәхси кабинет
  { query: 'реквизитлар', expect: '/tt/company/' },
  { query: 'банк реквизитлары', expect: '/tt/company/' },
  { query: 'инн', expect: '/tt/company/', why: 'requisite abbreviation, as in Russian' },
  { query: 'шәхси кабинет', expect: '/tt/faq/cabinet/', why: 'FAQ topic «Шәхси кабинет»' },
  { query: 'шәхси кабинетка керү', expect: '/tt/cabinet/', why: 'dative; «Керү: Физик затның шәхси кабинеты»' },
  { query: 'серсүз', expect: '/tt/faq/cabinet/', why: '«…кабинетның серсүзен оныттым»' },
  { query: 'шәхси кабинетсыз гаризалар', expect: '/tt/services/' },

  // Бурыч
  { query: 'бурыч', expect: '/tt/faq/debt/', why: 'FAQ topic «Бурыч»' },
  { query: 'бурычны өлешләп түләү', expect: '/tt/faq/debt/' },
  { query: 'кисәтү', expect: '/tt/faq/debt/', why: 'the warning before a restriction' },
  { query: 'түләмәү', expect: '/tt/info/non-payment-consequences/', why: '«Түләмәүнең… нәтиҗәләре»' },

  // Сүндерүләр
  { query: 'сүндерүләр', expect: '/tt/faq/supply/', why: 'FAQ topic «Сүндерүләр һәм электр энергиясе сыйфаты»' },
  { query: 'планлы сүндерүләр', expect: '/tt/faq/supply/' },
  { query: 'электр өзелешләре', expect: '/tt/outages/', why: '«Электр белән тәэмин итүдәге өзелешләр»' },
  { query: 'көчәнеш', expect: '/tt/faq/supply/' },
  { query: 'сүндерү турында хәбәр итү', expect: '/tt/outages/report/' },

  // Мөрәҗәгатьләр
  { query: 'мөрәҗәгать җибәрү', expect: '/tt/appeal/' },
  { query: 'мөрәҗәгатьләр', expect: '/tt/faq/appeals/', why: 'FAQ topic «Мөрәҗәгатьләр һәм шикаятьләр»' },
  { query: 'шикаять', expect: '/tt/faq/appeals/' },
  { query: 'аноним мөрәҗәгать', expect: '/tt/faq/appeals/' },
  { query: 'мөрәҗәгатьнең статусы', expect: '/tt/appeal/status/' },

  // Офислар
  { query: 'хезмәт күрсәтү офислары', expect: '/tt/offices/' },
  { query: 'казан офис', expect: '/tt/offices/municipality/kazan/' },
  { query: 'яр чаллы', expect: '/tt/offices/municipality/naberezhnye-chelny/', why: 'the Tatar name of Набережные Челны' },
  { query: 'чираттан тыш', expect: '/tt/info/priority-service/' },

  // Башка
  { query: 'башка сораулар', expect: '/tt/faq/other/', why: 'FAQ topic «Башка сораулар»' },
  { query: 'энергосбыттан шалтыраталар', expect: '/tt/faq/other/' },
  { query: 'шәхси мәгълүматлар', expect: '/tt/info/personal-data/' },
  { query: 'хезмәт күрсәтү стандарты', expect: '/tt/standard/' },
  { query: 'сыйфат күрсәткечләре', expect: '/tt/quality/' },
  { query: 'сораштыру нәтиҗәләре', expect: '/tt/quality/surveys/' },
  { query: 'кире элемтә', expect: '/tt/info/feedback/' },
  { query: 'читтән торып хезмәт күрсәтү', expect: '/tt/info/remote-service/' },
  { query: 'куллану нормативы', expect: '/tt/info/calculation-methods/' },
  { query: 'мәгълүмат ачу', expect: '/tt/disclosure/' },
  { query: 'үтемлелек', expect: '/tt/accessibility/' },
];
