import { describe, expect, it } from 'vitest';
import { cleanBlocks } from '../src/clean/index.js';
import { bylineReason, lexiconReason } from '../src/clean/matcher.js';
import { fold, words } from '../src/clean/normalize.js';
import { P1, P2, P3 } from './helpers/prose.js';


const kept = (blocks: string[]) => cleanBlocks({ blocks, title: null }).text.split('\n\n');

describe('newsletter wording', () => {
  it.each([
    ['Newsletter', 'newsletter'],
    ['Newsletter EN', 'newsletter'],
    ['NEWSLETTERS', 'newsletter'],
    ["Lettre d'information", 'newsletter'],
    ['Inscrivez-vous à notre newsletter', 'newsletter'],
  ])('%s is %s', (text, reason) => {
    expect(lexiconReason(fold(text))).toBe(reason);
  });

  it.each([
    ['La newsletter du ministère, cible des pirates'],
    ['Une newsletter payante pour financer la rédaction'],
  ])('a subheading that mentions a newsletter is not boilerplate: %s', (heading) => {
    expect(lexiconReason(fold(heading))).toBeNull();
    expect(kept([P1, heading, P2, P3])).toContain(heading);
  });
});

describe('datelines and pipe menus', () => {
  it.each([
    ['Monday, November 18, 2019', 'dateline'],
    ['Published 7:07 PM EST Nov 19, 2019', 'dateline'],
    ['Publié le 12/01/2021 à 10h30', 'dateline'],
    ['Mis à jour le 3 mars 2023', 'dateline'],
    ['Samstag, 18.11.2019', 'dateline'],
    ['Startseite | Politik | Wirtschaft | Kultur', 'navigation'],
    ['Flux des commentaires | Commentaires fermés | Rétrolien', 'navigation'],
    ['Join our newsletter', 'newsletter'],
  ])('%s is %s', (text, reason) => {
    expect(lexiconReason(fold(text))).toBe(reason);
  });

  it.each([
    ['Le 14 juillet, la ville a tiré un feu d’artifice.'],
    ['Il est 10h30 et la séance reprend.'],
    ['2019'],
    ['Le bilan | une hausse de 3 % sur un an, selon la préfecture, qui parle d’un record historique.'],
    ['juin 2022 par Marc Jacob'],
  ])('not a dateline or a menu: %s', (text) => {
    const reason = lexiconReason(fold(text));
    expect(reason === 'dateline' || reason === 'navigation').toBe(false);
  });
});

describe('comment sections', () => {
  const READER =
    "Bravo pour cet article très complet, j'habite le quartier depuis vingt ans et je n'avais jamais vu les parents aussi mobilisés pour nos écoles.";
  it.each([
    ['Laisser un commentaire'],
    ['3 commentaires'],
    ['Leave a Reply'],
  ])('everything after %j, below the article, is cut', (marker) => {
    const r = cleanBlocks({ blocks: [P1, P2, P3, marker, READER], title: null });
    expect(r.text).toContain(P3);
    expect(r.text).not.toContain(READER);
    expect(r.removed.find((x) => x.text === READER)?.reason).toBe('comments');
  });

  it('a comment counter beside the title cuts nothing', () => {
    const r = cleanBlocks({ blocks: ['Un budget record pour les écoles', '12 commentaires', P1, P2, P3], title: null });
    expect(r.text).toContain(P1);
    expect(r.text).toContain(P3);
  });
});

describe('credits, bracketed counters, article tools', () => {
  it.each([
    ['Le port au petit matin / (C) Jean Martin', 'credit'],
    ['Vue de la place du marché © Marie Durand', 'credit'],
    ['Vos réactions (11)', 'counter'],
    ['Commentaires (3)', 'counter'],
    ['Télécharger au format PDF', 'share-bar'],
    ['Version imprimable', 'share-bar'],
  ])('%s is %s', (text, reason) => {
    expect(lexiconReason(fold(text))).toBe(reason);
  });

  it.each([
    ['La marque déposée © appartient désormais au groupe, qui a racheté la société en 2019 pour un montant non divulgué.'],
    ['Les commentaires des lecteurs (plus de 300) ont été nombreux à saluer la décision.'],
    ['Télécharger des films est illégal, rappelle la Hadopi dans une campagne lancée lundi.'],
  ])('not boilerplate: %s', (text) => {
    expect(lexiconReason(fold(text))).toBeNull();
  });

  it('keeps a list between two paragraphs of the article', () => {
    const items = ['3 kg de farine', '2 litres de lait', '12 œufs'];
    const r = cleanBlocks({ blocks: [P1, ...items, P2, P3], title: null });
    for (const item of items) expect(r.text).toContain(item);
  });

  it('does not keep a flagged block between two paragraphs', () => {
    const r = cleanBlocks({ blocks: [P1, '3 kg de farine', 'Partager', P2, P3], title: null });
    expect(r.text).not.toContain('Partager');
  });

  it('keeps a list item between two paragraphs of the article', () => {
    const item = '3 kg de farine, 2 litres de lait';
    const r = cleanBlocks({ blocks: [P1, item, P2, P3], title: null });
    expect(r.text).toContain(item);
  });
});

describe('calls to action and page tools', () => {
  it.each([
    ['As an Amazon Associate we earn from qualifying purchases.', 'affiliate-disclosure'],
    ['Cet article contient des liens affiliés.', 'affiliate-disclosure'],
    ["L'actualité de la semaine directement dans votre boîte mail", 'newsletter'],
    ['Get the latest stories every morning', 'newsletter'],
    ['Téléchargez notre application pour suivre les résultats', 'app-promo'],
    ['Faire un don', 'donation'],
    ['Ajouter au panier', 'shop'],
    ['Livraison gratuite dès 50 €', 'shop'],
    ['Jump to Recipe', 'share-bar'],
    ['Posted by Anna at 10:12 AM', 'byline'],
    ['Pingback: un autre blog', 'comment-form'],
    ['Lisez notre politique de confidentialité', 'legal'],
    ['Sponsor Message', 'advertising'],
    ['Older Post', 'pagination'],
  ])('%s is %s', (text, reason) => {
    expect(lexiconReason(fold(text))).toBe(reason);
  });

  it.each([
    ["Le député a dénoncé l'usage des liens affiliés par certains influenceurs, qui échappent selon lui à toute règle fiscale et que la commission d'enquête veut mieux encadrer."],
    ["L'association a reçu plus de 2 000 dons depuis le début de la campagne, a indiqué sa présidente."],
    ["La livraison gratuite, généralisée par les géants du commerce en ligne, pèse sur les petits commerçants, selon une étude publiée jeudi par la chambre de commerce."],
  ])('not boilerplate: %s', (text) => {
    expect(lexiconReason(fold(text))).toBeNull();
  });
});

describe('bylines', () => {
  it.each([['Par Marie Durand'], ['By Isaac Butler'], ['Par Jean-Pierre Martin et Anne Lee'], ['Von Jan Berg'], ['PAR MARIE DURAND']])(
    '%s is a byline',
    (text) => {
      expect(bylineReason(text)).toBe('byline');
    },
  );
  it.each([
    ['Par ailleurs, la mairie a promis une concertation.'],
    ['Par Marie Durand, envoyée spéciale à Kiev, qui raconte la vie sous les bombes depuis trois semaines'],
    ['juin 2022 par Marc Jacob'],
    ['by the way'],
    ['Par exemple'],
  ])('%s is not', (text) => {
    expect(bylineReason(text)).toBeNull();
  });
});

describe('disclaimers, comment headings, bracketed caption credits', () => {
  it.each([
    ['Disclaimer: the views expressed here are those of the author alone.', 'legal'],
    ['Vos réactions', 'comment-form'],
    ['Le maire lors de la séance de mardi (Photo : Jean Martin)', 'credit'],
    ['Die Delegation beim Empfang (Bildquelle: Stadtverwaltung)', 'credit'],
  ])('%s is %s', (text, reason) => {
    expect(lexiconReason(fold(text))).toBe(reason);
  });
  it.each([['Le maire a présenté le projet (voir la carte ci-dessous).'], ['Les réactions ont été vives dans la majorité, qui dénonce une manœuvre.']])(
    'not boilerplate: %s',
    (text) => {
      expect(lexiconReason(fold(text))).toBeNull();
    },
  );
});

describe('foreign blocks', () => {
  it('a table row of figures and units is not a foreign-language block', () => {
    const row = 'gsoc-2018\t3.3 GB/s\t0.091 GB/s\t12 s\t4 d';
    const r = cleanBlocks({ blocks: [P1, row, P2, P3], title: null });
    expect(r.removed.find((x) => x.text === row)?.reason ?? 'kept').not.toMatch(/^lang-/u);
  });

  it('an English sentence inside a French page is lang-en', () => {
    const en = 'The opinions expressed in this article are those of the author and do not reflect the views of the publisher.';
    const r = cleanBlocks({ blocks: [P1, P2, en, P3], title: null });
    expect(r.removed.find((x) => x.text === en)?.reason).toBe('lang-en');
  });
});

describe('related sections, contacts, calls to action, thanks, moderation notes', () => {
  it.each([
    ['Artikel zum Thema', 'related-links'],
    ['Das könnte Sie auch interessieren', 'related-links'],
    ['Vous aimerez aussi', 'related-links'],
    ['Featured Video', 'related-links'],
    ['Kontakt:', 'navigation'],
    ['Ansprechpartnerin zum Thema:', 'navigation'],
    ['Talk to Our Experts', 'call-to-action'],
    ['Or call us directly at 555-0100', 'call-to-action'],
    ['Demandez un devis gratuit en ligne', 'call-to-action'],
    ['Remportez un week-end pour deux à la montagne', 'call-to-action'],
    ['Thank you for your support!', 'donation'],
    ['Merci pour votre soutien', 'donation'],
    ['Note: we are temporarily moderating all comments submitted.', 'comment-form'],
  ])('%s is %s', (text, reason) => {
    expect(lexiconReason(fold(text))).toBe(reason);
  });

  it.each([
    ["Le club a remporté jeudi son troisième titre d'affilée après une finale serrée face aux tenants du titre."],
    ['Pour joindre la mairie, les habitants devront désormais passer par un numéro unique mis en place en mars.'],
    ['Kontaktlose Zahlungen nehmen in Deutschland weiter zu, wie eine Studie der Bundesbank zeigt.'],
    ["Les commentaires du ministre sur la réforme ont suscité une vague de critiques dans l'opposition."],
  ])('not boilerplate: %s', (text) => {
    expect(lexiconReason(fold(text))).toBeNull();
  });
});

describe('phrases glued to a neighbouring word', () => {
  it('finds a phrase that overlaps a hit rejected at a word boundary', () => {
    // "talk to our experts" is glued to "schedule" (copied buttons): "free consultation" still counts.
    expect(lexiconReason(fold('Talk to Our ExpertsSchedule Your Free Consultation'))).toBe('call-to-action');
  });

  it('still needs word boundaries', () => {
    expect(lexiconReason(fold('Les recallus du concours'))).toBeNull();
  });
});

describe('teasers under a related-articles heading', () => {
  const H1 = 'La ville lance un plan vélo pour 2025';
  const T1 = "Urbanisme Le conseil municipal a adopté un plan qui prévoit quarante kilomètres de pistes cyclables d'ici à la fin du mandat, pour un coût de douze millions d'euros.";
  const H2 = 'Les cantines passent au bio';
  const T2 = "Écoles Dès la rentrée, la moitié des produits servis dans les cantines de la ville seront issus de l'agriculture biologique, a annoncé l'adjointe chargée de l'éducation.";
  const P4 =
    "Le préfet a rappelé jeudi que les travaux ne pourraient pas commencer avant l'avis de la commission départementale, qui doit se réunir à la fin du mois prochain et dont les conclusions seront rendues publiques dans la foulée, selon un calendrier déjà contesté par l'opposition municipale.";

  it('removes the headlines and teasers after the heading at the end of the article', () => {
    const r = cleanBlocks({ blocks: [P1, P2, P3, 'Articles en relation', H1, T1, H2, T2], title: null });
    expect(r.text).not.toContain(T1);
    expect(r.text).not.toContain(H2);
    expect(r.removed).toContainEqual({ text: T2, reason: 'related-links' });
    expect(r.text).toContain(P3);
  });

  it('stops at the first block long enough to be a paragraph of the article', () => {
    const r = cleanBlocks({ blocks: [P1, P2, P3, 'Articles en relation', H1, T1, P4], title: null });
    expect(r.text).not.toContain(T1);
    expect(r.text).toContain(P4);
  });

  it('cuts nothing under a heading near the top of the article', () => {
    const r = cleanBlocks({ blocks: [P1, 'Articles en relation', H1, T1, P2, P3, P4], title: null });
    expect(r.text).toContain(T1);
    expect(r.text).toContain(P4);
  });

  it('cuts nothing after an inline "Lire aussi : <title>" link', () => {
    const r = cleanBlocks({ blocks: [P1, P2, 'Lire aussi : la ville lance un plan vélo pour les écoliers de tous les quartiers', P3, T1], title: null });
    expect(r.text).toContain(T1);
  });
});

describe('calls to action inside the article', () => {
  it.each([
    ['CLICK HERE TO GET THE NEWS APP', 'call-to-action'],
    ['Cliquez ici pour recevoir nos alertes', 'call-to-action'],
    ['Jede kleine Spende hilft!', 'donation'],
    ['Chaque don compte', 'donation'],
  ])('%s is %s', (text, reason) => {
    expect(lexiconReason(fold(text))).toBe(reason);
  });

  it('a call to action does not vote against the article sentences around it', () => {
    const S = '« Nous tiendrons les délais », a assuré la maire.';
    const r = cleanBlocks({ blocks: [P1, P2, 'CLICK HERE TO GET THE NEWS APP', S, P3], title: null });
    expect(r.text).toContain(S);
    expect(r.removed).toContainEqual({ text: 'CLICK HERE TO GET THE NEWS APP', reason: 'call-to-action' });
  });
});

describe('author boxes below the article', () => {
  const BIO = 'Journaliste depuis vingt ans, passionné de politique locale et de vélo, il a couvert trois campagnes municipales pour le journal avant de rejoindre la rubrique économie en 2019.';
  it.each([['À propos de l’auteur'], ['Über den Autor'], ['Autor'], ['About me']])('removes the name and bio under "%s"', (heading) => {
    const r = cleanBlocks({ blocks: [P1, P2, P3, heading, 'Paul Martin', BIO], title: null });
    expect(r.text).not.toContain(BIO);
    expect(r.text).not.toContain('Paul Martin');
    expect(r.removed).toContainEqual({ text: BIO, reason: 'author-box' });
    expect(r.text).toContain(P3);
  });

  it('takes one bio only: the article prose after it stays', () => {
    const r = cleanBlocks({ blocks: [P1, P2, 'Über den Autor', 'Paul Martin', BIO, P3], title: null });
    expect(r.text).not.toContain(BIO);
    expect(r.text).toContain(P3);
  });

  it('cuts nothing under a heading at the top of the page', () => {
    const r = cleanBlocks({ blocks: ['Autor', 'Paul Martin', P1, P2, P3], title: null });
    expect(r.text).toContain(P1);
  });
});

describe('words(): the ASCII fast path gives the Unicode tokenizer\'s words', () => {
  const unicodeWords = (s: string) => s.match(/[\p{L}\p{N}]+/gu) ?? [];
  it.each([
    ['« bonjour » – dit-il… 3 € · 20 °c'],
    ['l’état — 12‰ “quoted” • item'],
    ['straße und łódź'],
    ['東京 2024'],
    ['x\u00a0y\u2009z'],
  ])('%s', (text) => {
    const folded = fold(text);
    expect(words(folded)).toEqual(unicodeWords(folded));
  });
});
