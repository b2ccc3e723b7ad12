/** Words that mark a line's role on a card, English and Russian, lower case stems. */
export const LEGAL_FORM =
  /(^|[\s,])(inc|llc|l\.l\.c|ltd|limited|gmbh|ag|corp|corporation|plc|llp|lp|co|company|s\.?a|b\.?v|pty|oy|ab|sarl|srl)\.?($|[\s,])|(^|\s)(ооо|оао|зао|пао|ао|ип|нко|гк|фгуп|муп|гуп|ано)(\s|$)|[«"].+[»"]/iu;

export const TITLE_WORDS = [
  'ceo', 'cto', 'cfo', 'coo', 'cio', 'cmo', 'vp', 'svp', 'evp', 'president', 'vice', 'chief', 'officer', 'director', 'manager',
  'head', 'lead', 'leader', 'engineer', 'developer', 'designer', 'architect', 'consultant', 'specialist', 'analyst',
  'executive', 'partner', 'founder', 'co-founder', 'owner', 'associate', 'assistant', 'coordinator', 'administrator',
  'representative', 'advisor', 'adviser', 'accountant', 'attorney', 'counsel', 'lawyer', 'scientist', 'researcher',
  'professor', 'editor', 'producer', 'agent', 'broker', 'supervisor', 'principal', 'chairman', 'secretary', 'officer',
  'intern', 'technician', 'programmer', 'strategist', 'recruiter',
  'директор', 'генеральный', 'менеджер', 'руководитель', 'начальник', 'инженер', 'инженер-программист', 'специалист',
  'главный', 'ведущий', 'старший', 'младший', 'заместитель', 'аналитик', 'разработчик', 'программист', 'бухгалтер',
  'консультант', 'президент', 'вице-президент', 'председатель', 'юрист', 'дизайнер', 'эксперт', 'партнер', 'партнёр',
  'основатель', 'администратор', 'координатор', 'представитель', 'помощник', 'ассистент', 'секретарь', 'архитектор',
  'технолог', 'мастер', 'агент', 'советник', 'продюсер', 'редактор', 'управляющий', 'коммерческий', 'исполнительный',
  'финансовый', 'технический',
];

export const DEPT_LINE =
  /(^|\s)(department|dept\.?|division|team|unit|group|office of|department of|research and development|r&d)(\s|$)|^(отдел|департамент|управление|служба|дирекция|подразделение|сектор|лаборатория)(\s|$)/iu;

export const ADDRESS_CUES: RegExp[] = [
  /\b\d+[A-Za-z]?\s+[\p{L}.' -]+\b(street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|way|court|ct|place|pl|square|sq|parkway|pkwy|highway|hwy|plaza|terrace|crescent|close)\b\.?/iu,
  /\b(suite|ste|floor|fl|unit|building|bldg|p\.?\s?o\.?\s?box|room)\b\.?\s*#?\d+/i,
  /,\s*[A-Z]{2}\s+\d{5}(-\d{4})?\b/,
  /\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b/,
  /(^|[\s,])(ул|пр|пр-т|просп|пер|наб|ш|пл|б-р|д|оф|стр|корп|г|обл|р-н|мкр|пос|кв)\.(\s|,|$)/iu,
  /(^|[\s,])(улица|проспект|переулок|набережная|шоссе|площадь|бульвар|дом|офис|строение|корпус|город|область|район)(\s|,|$)/iu,
  /(^|[\s,])\d{6}(,|\s|$)/,
  /\b(usa|united states|united kingdom|uk|germany|россия|russia|казахстан|беларусь)\b/iu,
];

/** Russian patronymic endings: a word with one of them makes the name Russian-ordered. */
export const PATRONYMIC = /(вич|вна|ична|инична|ьич)$/iu;
export const RU_SURNAME = /(ов|ев|ёв|ин|ын|ский|цкий|ова|ева|ёва|ина|ына|ская|цкая|ко|ук|юк|их|ых)$/iu;
