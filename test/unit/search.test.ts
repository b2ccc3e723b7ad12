import { describe, expect, it } from 'vitest';
import { searchContacts } from '../../main/store/search.js';
import { emptyFields, type ContactFields } from '../../shared/contact.js';

const c = (f: Partial<ContactFields> & { tags?: string[]; event?: string }) => ({ ...emptyFields(), tags: [], event: '', ...f });
const people = [
  c({ name: 'Joanna Smith', company: 'Hanna Foods', emails: ['joanna@hannafoods.example'] }),
  c({ name: 'Анна Кузнецова', company: 'ООО «Прогресс»', phones: [{ value: '+74951234567', kind: 'work' }] }),
  c({ name: 'Anna Berg', company: 'Berg AB', address: 'Annagatan 5, Stockholm' }),
  c({ name: 'Boris Annenkov', company: 'ООО «Ромашка»', notes: 'met at the Anna stand' }),
  c({ name: 'Алексей Петров', company: 'Acme', tags: ['vip'], event: 'Expo 2026' }),
];
const names = (q: string) => searchContacts(people, q).map((p) => p.name);

describe('contact search: token prefixes across scripts, ranked', () => {
  it('matches the start of words only, in Latin and Cyrillic, name matches first', () => {
    // Not Joanna nor Hanna (inside words); Анна by transliteration; the Anna in notes last.
    expect(names('anna')).toEqual(['Анна Кузнецова', 'Anna Berg', 'Boris Annenkov']);
    expect(names('Анна')).toEqual(['Анна Кузнецова', 'Anna Berg', 'Boris Annenkov']);
    expect(names('kuzn')).toEqual(['Анна Кузнецова']);
    expect(names('петров')).toEqual(['Алексей Петров']);
    expect(names('alexey')).toEqual(['Алексей Петров']);
  });

  it('nonsense finds nothing; every word must match', () => {
    expect(names('zzzz')).toEqual([]);
    expect(names('anna berg')).toEqual(['Anna Berg']);
    expect(names('anna zzz')).toEqual([]);
  });

  it('finds by e-mail, part of a phone number, tag and event', () => {
    expect(names('joanna@hannafoods.example')).toEqual(['Joanna Smith']);
    expect(names('1234567')).toEqual(['Анна Кузнецова']);
    expect(names('vip')).toEqual(['Алексей Петров']);
    expect(names('expo')).toEqual(['Алексей Петров']);
  });
});
