// The entities part of the seeds' expectations (seeds/EXPECTED-entities.md): every must-tier
// name is found with its type, nothing of the not-tier is output.
import { describe, expect, it } from 'vitest';
import { seedRecords, type SeedKey } from './helpers/seeds.js';
import type { ArticleRecord } from '../src/types.js';

const records = seedRecords();
type Kind = 'organizations' | 'people' | 'places';

/** Whether some entity of the kind has the surface form as its name or one of its mentions. */
const has = (r: ArticleRecord, kind: Kind, form: string): boolean =>
  r[kind].some((e) => e.name === form || e.mentions.some((m) => m.text === form));
const allForms = (r: ArticleRecord): string[] =>
  [...r.organizations, ...r.people, ...r.places].flatMap((e) => [e.name, ...e.mentions.map((m) => m.text)]);

describe('must-tier entities are found', () => {
  it.each<[SeedKey, Kind, string]>([
    ['000', 'organizations', 'Telegram'],
    ['000', 'organizations', "ministère du Développement numérique, des Innovations et de l'Industrie aérospatiale"],
    ['000', 'organizations', 'Chambre de commerce des États-Unis'],
    ['000', 'organizations', 'Meta'],
    ['000', 'organizations', 'Apple'],
    ['000', 'organizations', 'WhatsApp'],
    ['000', 'organizations', 'TikTok'],
    ['000', 'people', 'Zhaslan Madiyev'],
    ['000', 'people', 'Pavel Durov'],
    ['000', 'places', 'Kazakhstan'],
    ['000', 'places', 'France'],
    ['001', 'organizations', 'Zoom Video Communications Inc.'],
    ['001', 'organizations', 'Tech Coalition'],
    ['001', 'organizations', 'Digital Trust & Safety Partnership'],
    ['001', 'people', 'Marc Jacob'],
    ['001', 'people', 'Emmanuel Macron'],
    ['001', 'people', 'Jacinda Ardern'],
    ['001', 'people', 'Henri Verdier'],
    ['001', 'places', 'Christchurch'],
    ['001', 'places', 'Washington D.C.'],
    ['002', 'organizations', 'Telegram'],
    ['002', 'organizations', 'WhatsApp'],
    ['002', 'organizations', 'Facebook'],
    ['002', 'organizations', 'Sensor Tower'],
    ['002', 'organizations', 'Signal'],
    ['002', 'organizations', 'Telegraph'],
    ['002', 'organizations', 'Twitter'],
    ['002', 'organizations', 'Parler'],
    ['002', 'organizations', 'BiP'],
    ['002', 'organizations', 'Dedi'],
    ['002', 'people', 'Pavel Dourov'],
    ['002', 'people', 'Recep Tayyip Erdogan'],
    ['002', 'people', 'Donald Trump'],
    ['002', 'places', 'Asie'],
    ['002', 'places', 'Europe'],
    ['002', 'places', 'Amérique latine'],
    ['002', 'places', 'Moyen-Orient'],
    ['002', 'places', 'Afrique du Nord'],
    ['002', 'places', 'États-Unis'],
    ['003', 'organizations', 'Google'],
    ['003', 'organizations', 'Facebook'],
    ['003', 'organizations', 'Microsoft'],
    ['003', 'organizations', 'Twitter'],
    ['003', 'organizations', 'YouTube'],
    ['003', 'organizations', 'Unicef'],
    ['003', 'organizations', 'CNBC International'],
    ['003', 'organizations', 'WePROTECT Global Alliance'],
    ['003', 'organizations', 'Technology Coalition'],
    ['003', 'organizations', 'Internet Watch Foundation'],
    ['003', 'people', 'Joanna Shields'],
    ['003', 'people', 'Sheryl Sandberg'],
    ['003', 'people', 'Priti Patel'],
    ['003', 'places', 'JAKARTA'],
    ['003', 'places', 'Royaume-Uni'],
    ['003', 'places', 'Canada'],
    ['003', 'places', 'Australie'],
    ['003', 'places', 'Nouvelle-Zélande'],
    ['004', 'organizations', 'Facebook'],
    ['004', 'organizations', 'Twitter'],
    ['004', 'organizations', 'Google'],
    ['004', 'organizations', 'YouTube'],
    ['004', 'organizations', 'Microsoft'],
    ['004', 'organizations', 'CNN Business'],
    ['004', 'people', 'Jacinda Ardern'],
    ['004', 'people', 'Emmanuel Macron'],
    ['004', 'people', 'Mark Zuckerberg'],
    ['004', 'people', 'Jack Dorsey'],
    ['004', 'people', 'Sundar Pichai'],
    ['004', 'people', 'Barbara Wojazer'],
    ['004', 'places', 'Nouvelle-Zélande'],
    ['004', 'places', 'France'],
    ['004', 'places', 'Paris'],
    ['004', 'places', 'Sri Lanka'],
  ])('%s: %s has %s', (key, kind, form) => {
    expect(has(records[key], kind, form)).toBe(true);
  });

  it('names the place by its short form and the translated Twitter by its ticker', () => {
    expect(records['000'].places.find((e) => e.mentions.some((m) => m.text === 'République du Kazakhstan'))?.name).toBe('Kazakhstan');
    expect(records['004'].organizations.find((e) => e.mentions.some((m) => m.text === 'Gazouillement'))?.name).toBe('Twitter');
  });

  it('groups a person under one entry with the titles left out', () => {
    const durov = records['002'].people.filter((e) => e.mentions.some((m) => m.text.includes('Dourov')));
    expect(durov).toHaveLength(1);
    expect(durov[0]?.mentions.every((m) => !m.text.startsWith('M'))).toBe(true);
  });
});

describe('not-tier strings are not output', () => {
  it.each<[SeedKey, string]>([
    ['000', 'hCaptcha'],
    ['000', 'kazakhs'],
    ['001', 'CTEV'],
    ['001', 'CSEA'],
    ['001', 'NEWSLETTER'],
    ['001', 'Vulnérabilités'],
    ['002', 'Turcs'],
    ['003', 'CSEA'],
    ['003', 'DigitalSiber.id'],
    ['003', 'English'],
    ['004', 'FB'],
    ['004', 'TWTR'],
    ['004', 'GOOG'],
    ['004', 'MSFT'],
  ])('%s: no %s', (key, form) => {
    expect(allForms(records[key])).not.toContain(form);
  });
});
