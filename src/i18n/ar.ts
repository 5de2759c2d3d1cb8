import type { AllPluralForms } from '../lib/messages.ts';
import type { Dictionary } from './dictionary.ts';

/** The Arabic edition's interface: every key of the English dictionary, in Arabic. */
export const ar = {
  languageName: 'العربية',
  siteName: 'الأرشيف',
  siteDescription: 'أخبار الشرق الأوسط وما وراءه، في أرشيف سريع على الإنترنت.',

  skipLink: 'انتقل إلى المحتوى',
  siteNavLabel: 'الموقع',
  navLatest: 'آخر الأخبار',
  navTopics: 'الموضوعات',
  navSearch: 'البحث',
  footer: '{site}: {description}',
  languageSwitchLabel: 'الطبعات',
  translationsLabel: 'لغات أخرى',

  homeHeading: '{site}: آخر الأخبار',
  listingPageTitle: '{title} (الصفحة {page} من {last})',
  listingPageHeading: ' · الصفحة {page}',
  paginationLabel: 'الصفحات',
  paginationPage: 'الصفحة ',
  newer: 'الأحدث',
  older: 'الأقدم',

  readingTime: {
    zero: 'أقل من دقيقة قراءة',
    one: 'دقيقة واحدة للقراءة',
    two: 'دقيقتان للقراءة',
    few: '{count} دقائق للقراءة',
    many: '{count} دقيقة للقراءة',
    other: '{count} دقيقة للقراءة',
  } satisfies AllPluralForms,
  articleTopics: 'الموضوعات',
  moreFrom: 'المزيد من',
  printedFrom: 'طُبع من',
  articleNavLabel: 'مقالات أخرى',
  related: 'ذات صلة',
  photoCredit: 'صورة: ',

  taxonomyTitle: '{label}: {name}',
  taxonomyDescription: {
    zero: 'لا مقالات في {name}.',
    one: 'مقال واحد في {name}.',
    two: 'مقالان في {name}.',
    few: '{count} مقالات في {name}.',
    many: '{count} مقالاً في {name}.',
    other: '{count} مقال في {name}.',
  } satisfies AllPluralForms,
  topicLabel: 'موضوع',
  topicPlural: 'الموضوعات',
  placeLabel: 'المكان',
  placePlural: 'الأماكن',
  agencyLabel: 'صور',
  agencyPlural: 'وكالات الصور',
  topicsTitle: 'الموضوعات',
  topicsDescription: 'كل موضوع ومكان ووكالة صور في الأرشيف.',
  topicsNone: 'لا شيء بعد.',
  editionEmpty: 'لم تُنشر مقالات في هذه النسخة بعد.',

  searchTitle: 'البحث',
  searchDescription: 'ابحث في كل مقالات الأرشيف.',
  searchHeading: 'البحث في الأرشيف',
  searchNoScriptBefore: 'يحتاج البحث إلى جافاسكربت. من دونها، تصفّح الأرشيف حسب',
  searchNoScriptLink: 'الموضوع أو المكان أو وكالة الصور',
  searchNoScriptAfter: '.',
  searchTopicFilter: 'الموضوع',
  searchLanguageFilter: 'اللغة',

  notFoundTitle: 'الصفحة غير موجودة',
  notFoundDescription: 'هذه الصفحة غير موجودة.',
  notFoundText: 'لا توجد صفحة بهذا العنوان. ربما نُقل المقال، أو كُتب الرابط خطأ.',
  notFoundLatest: 'آخر الأخبار',
  notFoundTopics: 'تصفّح حسب الموضوع أو المكان',
  notFoundSearch: 'ابحث في الأرشيف',

  movedTitle: 'نُقل هذا المقال',
  movedText: 'هذا المقال الآن على',

  feedTopicDescription: 'أحدث المقالات في {topic}. {description}',
} satisfies Dictionary;
