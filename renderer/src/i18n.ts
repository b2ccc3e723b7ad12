import { createContext, useContext } from 'react';

const en = {
  appTitle: 'BizCard Scanner', capture: 'Capture', review: 'Review', contacts: 'Contacts', settings: 'Settings', mainNav: 'Main',
  staleToken: 'This page’s address is out of date: the app behind it was restarted. Open the address that “bizcard serve” printed last.',
  camera: 'Camera', captureBtn: 'Capture', captureKey: 'Space', autoCapture: 'Auto-capture when the card is still', noCamera: 'No camera found. Import card images instead.',
  cameraError: 'The camera could not start: {detail}', captured: 'Captured: card {n} is in the queue', capturedImage: 'Last capture',
  firstStart: 'Start here: hold a business card in front of the camera (it is captured once held still), press Space, or drop card images below. Then review each card on the Review tab.',
  openFiles: 'Open images…', openFolder: 'Open folder…', dropHere: 'Drop card images here, or paste one (Ctrl+V)', dropNow: 'Release to add these images',
  queue: 'Queue', waiting: 'waiting', scanning: 'recognising', ready: 'to review', failed: 'failed', saved: 'saved', dropped: 'skipped',
  imported: 'recognised', inboxWaiting: '{n} card(s) waiting for review', reviewNow: 'Review now',
  nothingToReview: 'Nothing to review. Capture or import a card.', loadingCard: 'Loading the card…',
  save: 'Save', saveKeys: 'Enter in a one-line field, Ctrl+Enter anywhere', skip: 'Skip', saveAnyway: 'Save anyway',
  duplicateOf: 'Looks like a contact you already have ({reason})', savedContact: 'Saved contact', thisCard: 'This card',
  merge: 'Merge…', mergeTitle: 'Merge this card into “{name}”: choose each field', keepSaved: 'saved', takeCard: 'this card', keepBoth: 'both', mergeConfirm: 'Merge', cancel: 'Cancel',
  joinPrevious: 'Join as back side of “{name}”…', joinManual: 'This is the back of “{name}”…', joinTitle: 'Join this card into “{name}”?',
  joinExplain: 'Its phones, e-mails and websites are added to “{name}” and empty fields are filled in; both images are kept. You can undo.', joinConfirm: 'Join',
  missingTitle: 'Missing: {fields}.', missingAsk: 'Save without them?', saveWithout: 'Save without', fillIn: 'Fill in', missing: 'missing',
  clickBox: 'Click a text box on the card (or Tab to it and press Enter) to put its text into the focused field', zoomIn: 'Zoom in', zoomOut: 'Zoom out', cardImage: 'Card: {file}',
  boxPut: 'Put “{text}” into {field}', method: 'read by', ms: 'ms', confidence: 'confidence {n}%',
  undo: 'Undo', savedToast: 'Saved “{name}”.', joinedToast: 'Joined into “{name}”.', mergedToast: 'Merged into “{name}”.', undone: 'Undone: the card is back in review.', noName: '(no name)',
  reason_email: 'same e-mail', reason_phone: 'same phone', reason_person: 'same name and company',
  kind_work: 'work', kind_mobile: 'mobile', kind_fax: 'fax', kind_other: 'other',
  name: 'Name', title: 'Title', company: 'Company', department: 'Department', phones: 'Phones', emails: 'E-mails', websites: 'Websites', address: 'Address', notes: 'Notes', tags: 'Tags', event: 'Event',
  phonesHint: 'one per line: number (work/mobile/fax)', tagsHint: 'separated by commas',
  search: 'Search (Latin or Cyrillic)', eventFilter: 'Event', tagFilter: 'Tag', allEvents: 'All events', allTags: 'All tags', exportVcf: 'Export vCard', exportCsv: 'Export CSV',
  edit: 'Edit', delete: 'Delete', confirmDelete: 'Delete this contact?', close: 'Close', countOf: '{shown} of {total} contacts',
  emptyContacts: 'No contacts yet. Capture or import a card and review it: it appears here.', noMatch: 'No contact matches.', editContact: 'Edit contact',
  unsaved: 'You have unsaved changes. Discard them?', discard: 'Discard', keepEditing: 'Keep editing', savedEdit: 'Contact saved.', exported: 'Exported {n} contact(s) to {file}.',
  syncDb: 'Database', syncObjects: 'Images', notConfigured: 'not configured', reachable: 'online', unreachable: 'offline', unknown: 'checking', pending: 'pending', parked: 'parked', retry: 'Retry',
  syncNow: 'Sync now', lastSynced: 'last synced {time}', never: 'never', syncDetails: 'Sync details', pgName: 'PostgreSQL', s3Name: 'Object store', noProblems: 'No errors.',
  pgUrl: 'PostgreSQL URL (without password)', password: 'Password', secretKeep: 'leave empty to keep the stored one', tls: 'TLS',
  s3Endpoint: 'S3 host', port: 'Port', accessKey: 'Access key', secretKey: 'Secret key', bucket: 'Bucket', region: 'Region',
  testConnection: 'Test connection', testing: 'Testing…', saveSettings: 'Save settings', eventName: 'Event (trade-show mode)', ocrLangs: 'OCR languages', defaultCountry: 'Default country for phone numbers', uiLanguage: 'Interface language', savedOk: 'Saved', copyDiagnostics: 'Copy diagnostics', diagnosticsCopied: 'Diagnostics copied (versions, paths, server status, last log lines; no passwords)', diagnosticsShown: 'Diagnostics below: select and copy them',
  generalSettings: 'General',
  errPort: 'Port: a whole number from 1 to 65535', errPgUrl: 'PostgreSQL URL: must start with postgresql://', errS3Host: 'S3 host: a host name only, without http:// or a path',
  errCountry: 'Default country: two letters, such as DE', errLangs: 'OCR languages: choose at least one', errEvent: 'Event: at most 200 characters',
  nothingToTest: 'Nothing to test: fill in the PostgreSQL URL or the S3 host first.', errField: '{field}: {detail}',
  conn_connected: 'PostgreSQL: connected', conn_bucket_exists: 'Object store: connected, bucket “{bucket}” exists', conn_bucket_created_later: 'Object store: connected, bucket “{bucket}” will be created',
  conn_refused: '{server}: nothing listens at that address ({detail})', conn_host_not_found: '{server}: host not found ({detail})', conn_bad_password: '{server}: wrong user name or password',
  conn_no_database: '{server}: database does not exist ({detail})', conn_wrong_secret: '{server}: wrong secret key', conn_unknown_key: '{server}: unknown access key',
  conn_access_denied: '{server}: access denied: wrong secret key, or this key may not use the bucket', conn_other: '{server}: {detail}', conn_bad_setting: 'Settings: {detail}',
  err_bad_image: 'not an image, or a damaged one', err_too_large: 'the file is too large', err_unsupported: 'this image format is not supported', err_not_found: 'not found',
  err_invalid_input: 'invalid input', err_internal: 'internal error', err_auth: 'not authorised', err_duplicate: 'duplicate', err_setting: 'bad setting', err_unreachable: 'server unreachable',
  err_rejected: 'rejected by the server', err_missing_language: 'OCR language data missing', err_conflict: 'changed meanwhile',
};
export type Key = keyof typeof en;
const ru: Record<Key, string> = {
  appTitle: 'BizCard Scanner', capture: 'Съёмка', review: 'Проверка', contacts: 'Контакты', settings: 'Настройки', mainNav: 'Разделы',
  staleToken: 'Адрес этой страницы устарел: приложение было перезапущено. Откройте адрес, который «bizcard serve» напечатал последним.',
  camera: 'Камера', captureBtn: 'Снять', captureKey: 'Пробел', autoCapture: 'Снимать автоматически, когда карточка неподвижна', noCamera: 'Камера не найдена. Загрузите изображения визиток.',
  cameraError: 'Камера не запустилась: {detail}', captured: 'Снято: карточка {n} в очереди', capturedImage: 'Последний снимок',
  firstStart: 'С чего начать: поднесите визитку к камере (снимок делается, когда она неподвижна), нажмите Пробел или перетащите изображения ниже. Затем проверьте каждую карточку на вкладке «Проверка».',
  openFiles: 'Открыть изображения…', openFolder: 'Открыть папку…', dropHere: 'Перетащите сюда изображения визиток или вставьте (Ctrl+V)', dropNow: 'Отпустите, чтобы добавить изображения',
  queue: 'Очередь', waiting: 'ждёт', scanning: 'распознаётся', ready: 'к проверке', failed: 'ошибка', saved: 'сохранено', dropped: 'пропущено',
  imported: 'распознано', inboxWaiting: 'Ждут проверки: {n}', reviewNow: 'Проверить',
  nothingToReview: 'Проверять нечего. Снимите или загрузите визитку.', loadingCard: 'Загрузка карточки…',
  save: 'Сохранить', saveKeys: 'Enter в однострочном поле, Ctrl+Enter где угодно', skip: 'Пропустить', saveAnyway: 'Всё равно сохранить',
  duplicateOf: 'Похоже, такой контакт уже есть ({reason})', savedContact: 'Сохранённый контакт', thisCard: 'Эта карточка',
  merge: 'Объединить…', mergeTitle: 'Объединить карточку с «{name}»: выберите каждое поле', keepSaved: 'сохранённое', takeCard: 'с карточки', keepBoth: 'оба', mergeConfirm: 'Объединить', cancel: 'Отмена',
  joinPrevious: 'Присоединить как оборот «{name}»…', joinManual: 'Это оборот «{name}»…', joinTitle: 'Присоединить эту карточку к «{name}»?',
  joinExplain: 'Её телефоны, адреса эл. почты и сайты добавятся к «{name}», пустые поля заполнятся; оба изображения сохранятся. Это можно отменить.', joinConfirm: 'Присоединить',
  missingTitle: 'Не заполнено: {fields}.', missingAsk: 'Сохранить без них?', saveWithout: 'Сохранить без них', fillIn: 'Заполнить', missing: 'пусто',
  clickBox: 'Щёлкните по тексту на карточке (или перейдите к нему Tab и нажмите Enter), чтобы вставить его в выбранное поле', zoomIn: 'Увеличить', zoomOut: 'Уменьшить', cardImage: 'Карточка: {file}',
  boxPut: 'Вставить «{text}» в поле «{field}»', method: 'прочитано', ms: 'мс', confidence: 'уверенность {n}%',
  undo: 'Отменить', savedToast: 'Сохранено: «{name}».', joinedToast: 'Присоединено к «{name}».', mergedToast: 'Объединено с «{name}».', undone: 'Отменено: карточка снова на проверке.', noName: '(без имени)',
  reason_email: 'та же эл. почта', reason_phone: 'тот же телефон', reason_person: 'те же имя и компания',
  kind_work: 'раб.', kind_mobile: 'моб.', kind_fax: 'факс', kind_other: 'др.',
  name: 'Имя', title: 'Должность', company: 'Компания', department: 'Отдел', phones: 'Телефоны', emails: 'Эл. почта', websites: 'Сайты', address: 'Адрес', notes: 'Заметки', tags: 'Метки', event: 'Мероприятие',
  phonesHint: 'по одному в строке: номер (раб./моб./факс)', tagsHint: 'через запятую',
  search: 'Поиск (латиница или кириллица)', eventFilter: 'Мероприятие', tagFilter: 'Метка', allEvents: 'Все мероприятия', allTags: 'Все метки', exportVcf: 'Экспорт vCard', exportCsv: 'Экспорт CSV',
  edit: 'Изменить', delete: 'Удалить', confirmDelete: 'Удалить контакт?', close: 'Закрыть', countOf: '{shown} из {total} контактов',
  emptyContacts: 'Контактов пока нет. Снимите или загрузите визитку и проверьте её — она появится здесь.', noMatch: 'Ничего не найдено.', editContact: 'Изменение контакта',
  unsaved: 'Есть несохранённые изменения. Отбросить их?', discard: 'Отбросить', keepEditing: 'Продолжить правку', savedEdit: 'Контакт сохранён.', exported: 'Экспортировано контактов: {n}, файл {file}.',
  syncDb: 'База', syncObjects: 'Изображения', notConfigured: 'не настроено', reachable: 'на связи', unreachable: 'нет связи', unknown: 'проверка', pending: 'в очереди', parked: 'отложено', retry: 'Повторить',
  syncNow: 'Синхронизировать', lastSynced: 'синхронизировано {time}', never: 'никогда', syncDetails: 'Подробности синхронизации', pgName: 'PostgreSQL', s3Name: 'Хранилище объектов', noProblems: 'Ошибок нет.',
  pgUrl: 'Адрес PostgreSQL (без пароля)', password: 'Пароль', secretKeep: 'пусто — оставить сохранённый', tls: 'TLS',
  s3Endpoint: 'Хост S3', port: 'Порт', accessKey: 'Ключ доступа', secretKey: 'Секретный ключ', bucket: 'Бакет', region: 'Регион',
  testConnection: 'Проверить соединение', testing: 'Проверка…', saveSettings: 'Сохранить настройки', eventName: 'Мероприятие (режим выставки)', ocrLangs: 'Языки распознавания', defaultCountry: 'Страна по умолчанию для телефонов', uiLanguage: 'Язык интерфейса', savedOk: 'Сохранено', copyDiagnostics: 'Скопировать диагностику', diagnosticsCopied: 'Диагностика скопирована (версии, пути, состояние серверов, последние строки журнала; без паролей)', diagnosticsShown: 'Диагностика ниже: выделите и скопируйте',
  generalSettings: 'Общие',
  errPort: 'Порт: целое число от 1 до 65535', errPgUrl: 'Адрес PostgreSQL: должен начинаться с postgresql://', errS3Host: 'Хост S3: только имя хоста, без http:// и пути',
  errCountry: 'Страна по умолчанию: две буквы, например RU', errLangs: 'Языки распознавания: выберите хотя бы один', errEvent: 'Мероприятие: не больше 200 символов',
  nothingToTest: 'Проверять нечего: сначала укажите адрес PostgreSQL или хост S3.', errField: '{field}: {detail}',
  conn_connected: 'PostgreSQL: соединение есть', conn_bucket_exists: 'Хранилище объектов: соединение есть, бакет «{bucket}» существует', conn_bucket_created_later: 'Хранилище объектов: соединение есть, бакет «{bucket}» будет создан',
  conn_refused: '{server}: по этому адресу никто не отвечает ({detail})', conn_host_not_found: '{server}: хост не найден ({detail})', conn_bad_password: '{server}: неверное имя пользователя или пароль',
  conn_no_database: '{server}: базы данных нет ({detail})', conn_wrong_secret: '{server}: неверный секретный ключ', conn_unknown_key: '{server}: неизвестный ключ доступа',
  conn_access_denied: '{server}: доступ запрещён: неверный секретный ключ или у ключа нет прав на бакет', conn_other: '{server}: {detail}', conn_bad_setting: 'Настройки: {detail}',
  err_bad_image: 'не изображение или повреждённый файл', err_too_large: 'файл слишком большой', err_unsupported: 'формат изображения не поддерживается', err_not_found: 'не найдено',
  err_invalid_input: 'неверные данные', err_internal: 'внутренняя ошибка', err_auth: 'нет доступа', err_duplicate: 'дубликат', err_setting: 'неверная настройка', err_unreachable: 'сервер недоступен',
  err_rejected: 'сервер отклонил', err_missing_language: 'нет данных языка распознавания', err_conflict: 'изменено за это время',
};
export type Params = Record<string, string | number>;
export type T = (k: Key, params?: Params) => string;
export type Lang = 'en' | 'ru';
export const dictionaries = { en, ru };
const fill = (s: string, params?: Params) => (params ? s.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m)) : s);
export const translator =
  (lang: Lang): T =>
  (k, params) =>
    fill(dictionaries[lang][k] ?? en[k], params);
export const I18n = createContext<T>(translator('en'));
export const LangContext = createContext<Lang>('en');
export const useT = () => useContext(I18n);
export const useLang = () => useContext(LangContext);

/** An error from main, said in the UI's language: English keeps main's own words, other languages say the code. */
export function errorText(t: T, lang: Lang, e: unknown): string {
  const err = e as { code?: string; message?: string };
  if (lang === 'en' || !err.code) return err.message ?? String(e);
  const key = `err_${err.code}` as Key;
  return key in en ? t(key) : (err.message ?? String(e));
}
