/**
 * The municipalities of the Republic of Tatarstan — 43 municipal districts and the urban okrugs of Kazan and
 * Naberezhnye Chelny — in Russian and Tatar, with the slug the site's pages use (/ru/outages/<slug>/). The supply
 * notices name one (checked when an editor saves), subscriptions choose one. Tatar names as on the republic's official
 * Tatar pages (tatarstan.ru/tat); a Tatar-speaking reviewer should check them (content/glossary.md).
 */
export interface Municipality {
  slug: string;
  ru: string;
  tt: string;
}

const district = (slug: string, ru: string, tt: string): Municipality => ({ slug, ru: `${ru} муниципальный район`, tt: `${tt} муниципаль районы` });

export const MUNICIPALITIES: readonly Municipality[] = [
  { slug: 'kazan', ru: 'г. Казань', tt: 'Казан шәһәре' },
  { slug: 'naberezhnye-chelny', ru: 'г. Набережные Челны', tt: 'Яр Чаллы шәһәре' },
  district('agryz', 'Агрызский', 'Әгерҗе'),
  district('aznakaevo', 'Азнакаевский', 'Азнакай'),
  district('aksubaevo', 'Аксубаевский', 'Аксубай'),
  district('aktanysh', 'Актанышский', 'Актаныш'),
  district('alekseevskoe', 'Алексеевский', 'Алексеевск'),
  district('alkeevo', 'Алькеевский', 'Әлки'),
  district('almetyevsk', 'Альметьевский', 'Әлмәт'),
  district('apastovo', 'Апастовский', 'Апас'),
  district('arsk', 'Арский', 'Арча'),
  district('atnya', 'Атнинский', 'Әтнә'),
  district('bavly', 'Бавлинский', 'Баулы'),
  district('baltasi', 'Балтасинский', 'Балтач'),
  district('bugulma', 'Бугульминский', 'Бөгелмә'),
  district('buinsk', 'Буинский', 'Буа'),
  district('verkhniy-uslon', 'Верхнеуслонский', 'Югары Ослан'),
  district('vysokaya-gora', 'Высокогорский', 'Биектау'),
  district('drozhzhanoe', 'Дрожжановский', 'Чүпрәле'),
  district('elabuga', 'Елабужский', 'Алабуга'),
  district('zainsk', 'Заинский', 'Зәй'),
  district('zelenodolsk', 'Зеленодольский', 'Яшел Үзән'),
  district('kaybitsy', 'Кайбицкий', 'Кайбыч'),
  district('kamskoe-ustye', 'Камско-Устьинский', 'Кама Тамагы'),
  district('kukmor', 'Кукморский', 'Кукмара'),
  district('laishevo', 'Лаишевский', 'Лаеш'),
  district('leninogorsk', 'Лениногорский', 'Лениногорск'),
  district('mamadysh', 'Мамадышский', 'Мамадыш'),
  district('mendeleevsk', 'Менделеевский', 'Менделеевск'),
  district('menzelinsk', 'Мензелинский', 'Минзәлә'),
  district('muslyumovo', 'Муслюмовский', 'Мөслим'),
  district('nizhnekamsk', 'Нижнекамский', 'Түбән Кама'),
  district('novosheshminsk', 'Новошешминский', 'Яңа Чишмә'),
  district('nurlat', 'Нурлатский', 'Нурлат'),
  district('pestrechi', 'Пестречинский', 'Питрәч'),
  district('rybnaya-sloboda', 'Рыбно-Слободский', 'Балык Бистәсе'),
  district('sabinsky', 'Сабинский', 'Саба'),
  district('sarmanovo', 'Сармановский', 'Сарман'),
  district('spassky', 'Спасский', 'Спас'),
  district('tetyushi', 'Тетюшский', 'Тәтеш'),
  district('tukaevsky', 'Тукаевский', 'Тукай'),
  district('tyulyachi', 'Тюлячинский', 'Теләче'),
  district('cheremshan', 'Черемшанский', 'Чирмешән'),
  district('chistopol', 'Чистопольский', 'Чистай'),
  district('yutazy', 'Ютазинский', 'Ютазы'),
];

export const MUNICIPALITY_SLUGS = MUNICIPALITIES.map((municipality) => municipality.slug);

export const municipalityOf = (slug: string): Municipality | undefined => MUNICIPALITIES.find((municipality) => municipality.slug === slug);
