/** The Arabic word lists of the topic tagger: the clitics stripped before a gazetteer lookup and the adjective endings. */

/** Prefixes (conjunction, preposition, article) tried in order; لل is ل + ال. */
export const AR_PREFIXES: readonly string[] = [
  '', 'و', 'ف', 'ب', 'ل', 'ك', 'ال', 'لل', 'وب', 'ول', 'وك', 'فب', 'فل', 'فك',
  'وال', 'فال', 'بال', 'كال', 'ولل', 'فلل', 'وبال', 'وكال', 'فبال', 'فكال',
];

/** Nisba (adjective) endings, longest first, after normalisation (ة → ه). */
export const AR_NISBA_ENDINGS: readonly string[] = ['يين', 'يون', 'يان', 'يه', 'ي'];
