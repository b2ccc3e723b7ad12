import { createContext, useContext } from 'react';

const en = {
  capture: 'Capture', review: 'Review', contacts: 'Contacts', settings: 'Settings',
  camera: 'Camera', captureBtn: 'Capture (Space)', autoCapture: 'Auto-capture when the card is still', noCamera: 'No camera available',
  openFiles: 'Open images…', openFolder: 'Open folder…', dropHere: 'Drop card images here, or paste one (Ctrl+V)',
  queue: 'Queue', waiting: 'waiting', scanning: 'recognising', ready: 'to review', failed: 'failed', saved: 'saved', dropped: 'skipped',
  imported: 'recognised', nothingToReview: 'Nothing to review. Capture or import a card.',
  save: 'Save (Enter)', skip: 'Skip', saveAnyway: 'Save anyway', joinPrevious: 'Join with the previous card (back side)',
  duplicateOf: 'Looks like a contact you already have', clickBox: 'Click a text box on the card to put its text into the focused field',
  name: 'Name', title: 'Title', company: 'Company', department: 'Department', phones: 'Phones', emails: 'E-mails', websites: 'Websites', address: 'Address', notes: 'Notes', tags: 'Tags', event: 'Event',
  search: 'Search (Latin or Cyrillic)', allEvents: 'All events', allTags: 'All tags', exportVcf: 'Export vCard', exportCsv: 'Export CSV', edit: 'Edit', delete: 'Delete', confirmDelete: 'Delete this contact?', close: 'Close',
  syncDb: 'Database', syncObjects: 'Images', notConfigured: 'not configured', reachable: 'online', unreachable: 'offline', pending: 'pending', parked: 'parked', retry: 'Retry',
  pgUrl: 'PostgreSQL URL (without password)', password: 'Password', secretKeep: 'leave empty to keep the stored one', tls: 'TLS',
  s3Endpoint: 'S3 host', port: 'Port', accessKey: 'Access key', secretKey: 'Secret key', bucket: 'Bucket', region: 'Region',
  testConnection: 'Test connection', saveSettings: 'Save settings', eventName: 'Event (trade-show mode)', ocrLangs: 'OCR languages', defaultCountry: 'Default country for phone numbers', uiLanguage: 'Interface language', savedOk: 'Saved',
  method: 'read by', ms: 'ms',
};
type Key = keyof typeof en;
const ru: Record<Key, string> = {
  capture: 'Съёмка', review: 'Проверка', contacts: 'Контакты', settings: 'Настройки',
  camera: 'Камера', captureBtn: 'Снять (Пробел)', autoCapture: 'Снимать автоматически, когда карточка неподвижна', noCamera: 'Камера недоступна',
  openFiles: 'Открыть изображения…', openFolder: 'Открыть папку…', dropHere: 'Перетащите сюда изображения визиток или вставьте (Ctrl+V)',
  queue: 'Очередь', waiting: 'ждёт', scanning: 'распознаётся', ready: 'к проверке', failed: 'ошибка', saved: 'сохранено', dropped: 'пропущено',
  imported: 'распознано', nothingToReview: 'Проверять нечего. Снимите или загрузите визитку.',
  save: 'Сохранить (Enter)', skip: 'Пропустить', saveAnyway: 'Всё равно сохранить', joinPrevious: 'Объединить с предыдущей (оборотная сторона)',
  duplicateOf: 'Похоже, такой контакт уже есть', clickBox: 'Щёлкните по тексту на карточке, чтобы вставить его в выбранное поле',
  name: 'Имя', title: 'Должность', company: 'Компания', department: 'Отдел', phones: 'Телефоны', emails: 'Эл. почта', websites: 'Сайты', address: 'Адрес', notes: 'Заметки', tags: 'Метки', event: 'Мероприятие',
  search: 'Поиск (латиница или кириллица)', allEvents: 'Все мероприятия', allTags: 'Все метки', exportVcf: 'Экспорт vCard', exportCsv: 'Экспорт CSV', edit: 'Изменить', delete: 'Удалить', confirmDelete: 'Удалить контакт?', close: 'Закрыть',
  syncDb: 'База', syncObjects: 'Изображения', notConfigured: 'не настроено', reachable: 'на связи', unreachable: 'нет связи', pending: 'в очереди', parked: 'отложено', retry: 'Повторить',
  pgUrl: 'Адрес PostgreSQL (без пароля)', password: 'Пароль', secretKeep: 'пусто — оставить сохранённый', tls: 'TLS',
  s3Endpoint: 'Хост S3', port: 'Порт', accessKey: 'Ключ доступа', secretKey: 'Секретный ключ', bucket: 'Бакет', region: 'Регион',
  testConnection: 'Проверить соединение', saveSettings: 'Сохранить настройки', eventName: 'Мероприятие (режим выставки)', ocrLangs: 'Языки распознавания', defaultCountry: 'Страна по умолчанию для телефонов', uiLanguage: 'Язык интерфейса', savedOk: 'Сохранено',
  method: 'прочитано', ms: 'мс',
};
export type T = (k: Key) => string;
export const dictionaries = { en, ru };
export const I18n = createContext<T>((k) => en[k]);
export const useT = () => useContext(I18n);
export const translator = (lang: 'en' | 'ru'): T => (k) => dictionaries[lang][k] ?? en[k];
