import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cleanBlocks } from '../src/clean/index.js';
import { lexiconReason } from '../src/clean/matcher.js';
import { fold } from '../src/clean/normalize.js';
import { titleFromSentence } from '../src/clean/title.js';
import { P1, P2, P3 } from './helpers/prose.js';


const clean = (blocks: string[], title: string | null = null) => cleanBlocks({ blocks, title });
const reasonOf = (blocks: string[], text: string) => clean(blocks).removed.find((r) => r.text === text)?.reason;

describe('lexiconReason: boilerplate by wording', () => {
  it.each([
    ['Abonnez-vous à notre lettre d’information', 'newsletter'],
    ['Inscrivez-vous à notre newsletter hebdomadaire', 'newsletter'],
    ['Se désabonner', 'newsletter'],
    ['Ajouter un commentaire', 'comment-form'],
    ['Leave a Reply', 'comment-form'],
    ['Your email address will not be published. Required fields are marked *', 'comment-form'],
    ['Cette page est protégée par reCAPTCHA et Google.', 'captcha'],
    ['Nous utilisons des cookies pour améliorer votre expérience sur notre site.', 'cookie-notice'],
    ['Tout accepter', 'cookie-notice'],
    ['Partager :', 'share-bar'],
    ['Facebook Twitter LinkedIn E-mail', 'share-bar'],
    ['Crédit photo : Jean Martin', 'credit'],
    ['© Marie Durand', 'credit'],
    ['Un manifestant devant la préfecture / AFP', 'credit'],
    ['© 2023 Groupe Exemple. Tous droits réservés.', 'copyright'],
    ['Copyright 2021 Example Media', 'copyright'],
    ['Mentions légales', 'legal'],
    ['Lire aussi : la mairie renonce au projet de parking', 'related-links'],
    ['À lire : le bilan de la saison', 'related-links'],
    ['Article suivant', 'pagination'],
    ['Publicité', 'advertising'],
    ['Se connecter', 'account'],
    ['Accueil', 'navigation'],
    ['Retour en haut de page', 'navigation'],
    ['Suivez-nous sur Instagram', 'social'],
    ['This text was machine translated and may contain inaccuracies.', 'translation-disclaimer'],
    ['12 commentaires', 'counter'],
    ['42', 'counter'],
    ['\u00a0', 'empty'],
    ['• | •', 'empty'],
  ])('%s -> %s', (block, reason) => {
    expect(lexiconReason(fold(block))).toBe(reason);
  });

  it.each([
    'Le Crédit Agricole a annoncé une hausse de ses bénéfices.',
    'À voir les chiffres, la reprise est encore fragile.',
    'Il vous a fallu du courage pour partager cette histoire.',
    'Les cookies tiers seront bientôt bloqués par la plupart des navigateurs.',
    "Le maire a partagé la lettre d'un habitant sur les réseaux de la ville. " + P1,
    'Développer des outils innovants,',
    'Importance de la présence locale',
    'juin 2022 par Marc Dupont',
  ])('not boilerplate: %s', (block) => {
    expect(lexiconReason(fold(block))).toBeNull();
  });
});

describe('cleanBlocks: must remove', () => {
  it.each([
    // menus above the title
    [['Accueil', 'Politique', 'Économie', 'Un budget record pour les écoles', P1, P2], 'Économie', 'navigation'],
    [['Menu', 'Sport', 'Un budget record pour les écoles', P1, P2, P3], 'Sport', 'navigation'],
    // furniture after the article
    [['Un budget record pour les écoles', P1, P2, 'Laissez un commentaire', 'Annuler la réponse'], 'Annuler la réponse', 'comment-form'],
    [['Un budget record pour les écoles', P1, P2, 'Tags', 'école', 'budget'], 'école', 'navigation'],
    // a list of other headlines after the article
    [
      ['Un budget record pour les écoles', P1, P2, P3, 'Les plus lus', 'Le tramway prolongé jusqu’à la gare en 2026', 'Une nouvelle piscine pour le quartier nord'],
      'Une nouvelle piscine pour le quartier nord',
      'related-links',
    ],
    // an English block inside a French page
    [
      ['Un budget record pour les écoles', P1, P2, 'This page is also available in English and it is updated every day by our editors.'],
      'This page is also available in English and it is updated every day by our editors.',
      'lang-en',
    ],
    // a comment counter between title and body
    [['Un budget record pour les écoles', '3', P1, P2], '3', 'counter'],
  ])('%#: removes "%1$s"', (blocks, text, reason) => {
    const r = clean(blocks as string[]);
    expect(r.text.split('\n\n')).not.toContain(text);
    expect(reasonOf(blocks as string[], text)).toBe(reason);
  });

  it('removes a later copy of the title found in the text', () => {
    const r = clean(['Un budget record pour les écoles', '0', 'Un budget record pour les écoles', P1, P2]);
    expect(r.title).toBe('Un budget record pour les écoles');
    expect(r.text.startsWith('Un budget record pour les écoles\n\n' + P1)).toBe(true);
    expect(r.removed.map((x) => x.reason)).toEqual(['counter', 'duplicate-title']);
  });

  it('removes a later copy of a given title, even with the site name around it', () => {
    const r = clean(['Un budget record pour les écoles', P1, P2, 'Partager', 'Un budget record pour les écoles'], 'Un budget record pour les écoles | Le Journal de la Ville');
    expect(r.title).toBe('Un budget record pour les écoles | Le Journal de la Ville');
    expect(r.text.split('\n\n')).toEqual(['Un budget record pour les écoles', P1, P2]);
    expect(r.removed.at(-1)).toEqual({ text: 'Un budget record pour les écoles', reason: 'duplicate-title' });
  });

  it('removes exact repeats of a paragraph', () => {
    const r = clean(['Un budget record pour les écoles', P1, P2, P1, P3]);
    expect(r.removed).toEqual([{ text: P1, reason: 'duplicate' }]);
  });
});

describe('cleanBlocks: must keep', () => {
  it.each([
    ['a subheading between paragraphs', ['Un budget record', P1, 'Un chantier de deux ans', P2, P3], 'Un chantier de deux ans'],
    ['a question as subheading', ['Un budget record', P1, 'Quel calendrier pour les travaux?', P2], 'Quel calendrier pour les travaux?'],
    ['short list items inside the article', ['Un budget record', P1, 'La mairie promet :', 'Des fenêtres neuves,', 'Des toitures isolées,', P2], 'Des toitures isolées,'],
    ['a contributor line before the comment form', ['Un budget record', P1, P2, 'Jeanne Martin a contribué à cet article.', 'Laisser un commentaire'], 'Jeanne Martin a contribué à cet article.'],
    ['a byline under the title', ['Accueil', 'Société', 'Un budget record pour les écoles', 'mars 2024 par Paul Durand', P1, P2], 'mars 2024 par Paul Durand'],
    ['the title under a menu', ['Accueil', 'Société', 'Un budget record pour les écoles', 'mars 2024 par Paul Durand', P1, P2], 'Un budget record pour les écoles'],
    ['a quote', ['Un budget record', P1, '« Nous tiendrons les délais », a assuré la maire.', P2], '« Nous tiendrons les délais », a assuré la maire.'],
    ['a one-line text', ['Le conseil municipal a voté le budget.'], 'Le conseil municipal a voté le budget.'],
  ])('%s', (_name, blocks, text) => {
    const r = clean(blocks);
    expect(r.text.split('\n\n')).toContain(text);
    expect(r.removed.map((x) => x.text)).not.toContain(text);
  });
});

describe('cleanBlocks: title and warnings', () => {
  it('takes the first kept heading as title and keeps it in the text', () => {
    const r = clean(['Menu', 'Un budget record pour les écoles', P1, P2]);
    expect(r.title).toBe('Un budget record pour les écoles');
    expect(r.text.startsWith('Un budget record pour les écoles\n\n')).toBe(true);
    expect(r.warnings).toEqual([]);
  });

  it('falls back to the first sentence, with TITLE_FROM_TEXT', () => {
    const r = clean(['Partager', 'Le conseil a voté. ' + P1, P2]);
    expect(r.title).toBe('Le conseil a voté.');
    expect(r.warnings.map((w) => w.code)).toEqual(['TITLE_FROM_TEXT']);
  });

  it('keeps the given title', () => {
    expect(clean([P1, P2], 'Budget').title).toBe('Budget');
  });

  it('warns when nothing is left', () => {
    const r = clean(['Accueil', 'Newsletter', 'Mentions légales']);
    expect(r.text).toBe('');
    expect(r.title).toBeNull();
    expect(r.warnings.map((w) => w.code)).toEqual(['TEXT_EMPTY_AFTER_CLEANING']);
  });

  it('reports removed blocks in document order, as given', () => {
    const r = clean(['Accueil', '\u00a0', 'Un budget record pour les écoles', P1, P2, 'Publicité']);
    expect(r.removed).toEqual([
      { text: 'Accueil', reason: 'navigation' },
      { text: '\u00a0', reason: 'empty' },
      { text: 'Publicité', reason: 'advertising' },
    ]);
  });

  it.each([
    ['M. Dupont est arrivé. Il a parlé.', 'M. Dupont est arrivé.'],
    ['Une phrase sans fin', 'Une phrase sans fin'],
  ])('titleFromSentence(%s)', (text, title) => {
    expect(titleFromSentence(text)).toBe(title);
  });

  it('cuts a long first sentence at a word boundary', () => {
    const t = titleFromSentence(P1);
    expect(t.length).toBeLessThanOrEqual(150);
    expect(P1.startsWith(t)).toBe(true);
    expect(P1[t.length]).toBe(' ');
  });
});

// The five seed articles shared by the project: every piece of boilerplate goes, the article stays.
const SEEDS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared', 'seeds');
const seedFiles = (() => {
  try {
    return readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
  } catch {
    return [];
  }
})();
const seedLines = (prefix: string): string[] => {
  const file = seedFiles.find((f) => f.startsWith(prefix));
  if (!file) throw new Error(`seed ${prefix} not found in ${SEEDS}`);
  return readFileSync(join(SEEDS, file), 'utf8').split('\n').filter((l) => l.length > 0);
};

describe.runIf(seedFiles.length > 0)('cleanBlocks on the seed articles', () => {
  it.each([
    [
      '000',
      ['Laisser un commentaire', 'Tous les commentaires sont modérés', 'protégé par hCaptcha'],
      ['Telegram renforce la conformité réglementaire au Kazakhstan', 'Importance de la présence locale', "L'avenir de la messagerie au Kazakhstan"],
    ],
    [
      '001',
      ['Rechercher', 'Suivez-nous sur Twitter', 'NEWSLETTER', 'Newsletter FR', 'Newsletter EN', 'Vulnérabilités', 'Se désabonner', 'Voir les articles'],
      ['Zoom répond à l’appel du gouvernement français', 'juin 2022 par Marc Jacob', 'Développer des outils innovants,', 'Lutter contre les racines du terrorisme', 'Plus d’informations sur France Diplomatie'],
    ],
    [
      '002',
      ['© Sputnik', 'Poster un Commentaire'],
      ['Nouvelles règles de WhatsApp en cause?', 'Le Président turc parmi les nouveaux utilisateurs de Telegram', 'Erdogan est maintenant sur BiP et Telegram'],
    ],
    ['003', ['Partager:', 'automatically generated', 'Indonesian'], ['JAKARTA - Les abus sexuels', 'Five Eyes']],
    [
      '004',
      ['Laisser un commentaire', 'Votre adresse e-mail ne sera pas publiée'],
      ['Barbara Wojazer a contribué à ce rapport.', "L'interdiction des médias sociaux au Sri Lanka", 'La Nouvelle-Zélande a besoin de faire plus'],
    ],
  ])('seed %s', (prefix, gone, stay) => {
    const lines = seedLines(prefix);
    const r = cleanBlocks({ blocks: lines, title: null });
    for (const g of gone) expect(r.text, g).not.toContain(g);
    for (const s of stay) expect(r.text, s).toContain(s);
    // Nothing of substance is lost: every removed line is short or matched by the lexicon.
    for (const x of r.removed) expect(['footer', 'low-content', 'header'], x.text).not.toContain(x.reason);
  });

  it('seed 004: the duplicated title and the lone counter go, the first title stays', () => {
    const lines = seedLines('004');
    const r = cleanBlocks({ blocks: lines, title: null });
    expect(r.title).toBe(lines[0]);
    expect(r.text.startsWith(lines[0]! + '\n\n')).toBe(true);
    expect(r.text.split('\n\n').filter((b) => b === lines[0])).toHaveLength(1);
    expect(r.removed.slice(0, 2).map((x) => x.reason)).toEqual(['counter', 'duplicate-title']);
  });

  it('keeps every line of substance in every seed', () => {
    for (const f of seedFiles) {
      const lines = readFileSync(join(SEEDS, f), 'utf8').split('\n').filter((l) => l.trim().length > 0);
      const r = cleanBlocks({ blocks: lines, title: null });
      for (const l of lines) if (l.length > 150 && !/automatically generated/.test(l)) expect(r.text).toContain(l.trim());
    }
  });
});
