// Thresholds of the block classifier. The model is jusText (Pomikálek 2011, "Removing Boilerplate
// and Duplicate Content from Web Corpora", ch. 3): a block is classified by length and stop-word
// density, then short and uncertain blocks take the class of their neighbours.

/** Blocks shorter than this (characters) are "short": too small to judge alone (jusText: 70). */
export const LENGTH_LOW = 70;
/** Blocks longer than this with a high stop-word density are certainly prose (jusText: 200). */
export const LENGTH_HIGH = 200;
/**
 * A block this long that ends like a sentence and has a prose-like density is prose too: short
 * articles and blog posts are made of such paragraphs, and without one "good" block nothing would
 * anchor them.
 */
export const LENGTH_SENTENCE_GOOD = 140;
/**
 * Stop-word density (share of tokens in the page language's list, ./stopwords.ts) under which a
 * block is not prose. Lower than jusText's 0.30 / 0.32 because our lists are much shorter.
 */
export const STOPWORDS_LOW = 0.2;
/** Stop-word density above which a long block is certainly prose. */
export const STOPWORDS_HIGH = 0.26;
/**
 * A short block that is a real sentence (final punctuation, this many words, prose-like density)
 * is promoted to "near-good": contributor lines, one-sentence paragraphs, list items in prose.
 */
export const SENTENCE_MIN_WORDS = 4;
/** A page language is chosen only when its stop words make at least this share of all tokens. */
export const PAGE_LANGUAGE_MIN_DENSITY = 0.08;
/** Blocks with fewer words are never judged "foreign" (names, titles of works, short quotes). */
export const FOREIGN_MIN_WORDS = 8;
/** How many times denser another language's stop words must be for a block to be foreign. */
export const FOREIGN_DENSITY_RATIO = 2;
/** Heading rescue: a heading-like block this close (characters) before prose is kept (jusText: 200). */
export const MAX_HEADING_DISTANCE = 200;
/**
 * Header rescue, walking back from the first prose block: title and standfirst are kept while
 * blocks have at least HEADER_MIN_WORDS words (menus and breadcrumbs have one to three), for at
 * most HEADER_MAX_BLOCKS blocks and HEADER_MAX_CHARS characters (bylines and datelines are told
 * apart by their wording; further up come teasers, author boxes and banners).
 */
export const HEADER_MIN_WORDS = 4;
export const HEADER_MAX_BLOCKS = 2;
export const HEADER_MAX_CHARS = 700;
/** Removed blocks of at most this many words outside the article are reported as "navigation". */
export const NAVIGATION_MAX_WORDS = 3;
/** Exact repeats of a kept block are removed when they have at least this many words. */
export const DUPLICATE_MIN_WORDS = 5;
/** A heading-like title is at most this long (characters). */
export const TITLE_MAX_CHARS = 200;
/** A title taken from a sentence is cut at a word boundary near this length. */
export const TITLE_FROM_TEXT_MAX_CHARS = 150;
/** Near-duplicate titles: token Jaccard similarity at least this. */
export const TITLE_SIMILARITY = 0.8;
/** HTML: an <article>/<main>/articleBody container is the page's main one when it holds this share of the text. */
export const MAIN_MIN_SHARE = 0.3;
/** HTML: a boilerplate class or id counts only on elements holding at most this share of the page's text. */
export const BOILERPLATE_CONTAINER_MAX_SHARE = 0.4;
/** HTML: blocks with at least this share of their characters in links are link lists, unless long. */
export const LINK_DENSITY_HIGH = 0.5;
/** HTML: a link-dense block at least this long is still read as prose (a paragraph with many links). */
export const LINK_LIST_MAX_CHARS = 300;
/** A comment-section marker cuts the rest of the page when this share of the kept text lies above it. */
export const COMMENTS_CUT_MIN_SHARE = 0.5;
/** Dropped blocks between two kept ones are kept back when each is at most this long (list items, table rows)… */
export const ENCLOSED_MAX_CHARS = 200;
/** …and all of them together at most this long. */
export const ENCLOSED_RUN_MAX_CHARS = 1000;
/**
 * Corpus mode (./corpus.ts): a block is the site's boilerplate when the same normalised block is
 * seen in at least CORPUS_MIN_DOCUMENTS documents of the site AND in at least CORPUS_MIN_SHARE of
 * them. With fewer documents nothing is called repeated: two articles of one site may share a
 * quote or a standfirst, but a menu, a newsletter box or a legal line recurs on most pages. Half,
 * not less: a subheading that a site's writers often use ("Contexte", "Ce qu'il faut retenir")
 * recurs on a fair share of its articles and is still part of each.
 */
export const CORPUS_MIN_DOCUMENTS = 3;
export const CORPUS_MIN_SHARE = 0.5;
/**
 * A block that reads like prose (at least CORPUS_PROSE_MIN_CHARS characters and ending like a
 * sentence) is more likely a quote or a recurring standfirst of follow-up stories than a template:
 * it is called repeated only when it is on at least CORPUS_PROSE_MIN_SHARE of the site's documents
 * (and in CORPUS_PROSE_MIN_DOCUMENTS of them), as a site-wide disclaimer is.
 */
export const CORPUS_PROSE_MIN_CHARS = 100;
export const CORPUS_PROSE_MIN_SHARE = 0.8;
export const CORPUS_PROSE_MIN_DOCUMENTS = 5;
/**
 * A related-articles heading alone on its line ("Articles en relation", "Related stories", at most
 * RELATED_HEADING_MAX_WORDS words) below COMMENTS_CUT_MIN_SHARE of the kept text opens a list of
 * teasers: the kept blocks after it go while they are shorter than RELATED_TEASER_MAX_CHARS (a
 * headline, a one- or two-sentence teaser); the first longer block is prose again.
 */
export const RELATED_HEADING_MAX_WORDS = 6;
export const RELATED_TEASER_MAX_CHARS = 250;
/**
 * Under an author-box heading ("Über den Autor", "About the author") below COMMENTS_CUT_MIN_SHARE
 * of the kept text come the author's name and a bio: up to AUTHOR_BOX_NAME_LINES short kept lines
 * (at most AUTHOR_BOX_NAME_MAX_WORDS words) and the first paragraph after them, if it is at most
 * AUTHOR_BOX_BIO_MAX_CHARS long, are removed.
 */
export const AUTHOR_BOX_NAME_LINES = 2;
export const AUTHOR_BOX_NAME_MAX_WORDS = 5;
export const AUTHOR_BOX_BIO_MAX_CHARS = 700;
