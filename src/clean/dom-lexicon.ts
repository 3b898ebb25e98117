// Class and id words that mark page furniture or the article's own container.
//
// Source: the class/id vocabularies of common CMS themes and of the extractors that read them —
// Mozilla Readability's unlikelyCandidates / positive patterns, trafilatura's xpaths.py token
// tuples (comments, share, related, newsletter, consent), jusText's notes on link lists — and the
// WordPress, Drupal and Ghost default theme class names ("entry-content", "post-content",
// "comment-respond", "sharedaddy", "widget"). Not taken from the evaluation pages.
//
// Class and id values are split into words at spaces, "-", "_" and camelCase humps, lower-cased,
// and matched word by word ("post-share-bar" -> post, share, bar), or as a pair of adjacent words
// where a single word would be too vague ("entry content").

/** Word of a class or id -> the reason code reported for the blocks inside such an element. */
export const BOILERPLATE_ATTRIBUTE_TOKENS: ReadonlyMap<string, string> = new Map([
  ...words('comment-form', 'comment comments commentaire commentaires disqus respond replies discussion'),
  ...words('share-bar', 'share shares sharing sharedaddy social sociable addthis sharethis partage sharebar'),
  ...words('related-links', 'related recommended recommendations recommend outbrain taboola popular trending similar'),
  ...words('newsletter', 'newsletter newsletters subscribe subscription signup optin abonnement'),
  ...words('cookie-notice', 'cookie cookies consent gdpr rgpd cmp'),
  ...words('navigation', 'breadcrumb breadcrumbs menu navbar navigation pagination pager skip tags keywords'),
  ...words('advertising', 'ad ads advert adverts advertisement advertising adsense banner sponsor sponsored promo dfp pub publicite'),
  ...words('sidebar', 'sidebar widget widgets'),
  ...words('footer', 'footer masthead topbar'),
  ...words('overlay', 'modal popup overlay'),
  ...words('paywall', 'paywall'),
]);

/** Word or word pair of a class or id that marks the article's own container. */
export const MAIN_ATTRIBUTE_TOKENS: ReadonlySet<string> = new Set([
  'articlebody', 'article body', 'article content', 'article text', 'post content', 'post body', 'post entry',
  'entry content', 'entry body', 'story body', 'story content', 'main content', 'content body', 'single content',
]);

function words(reason: string, list: string): Array<[string, string]> {
  return list.split(/\s+/u).map((w) => [w, reason]);
}
