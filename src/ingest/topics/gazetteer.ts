/** Places and organisations the topic suggester knows by name, in English and Arabic. */

/** A well-known place or organisation, with the spellings that count as mentions of it. */
export interface Entry {
  /** English display name. */
  name: string;
  /** Other English names (nouns and abbreviations). */
  aliases?: string[];
  /** English adjectives (Iraqi, American); peeled off longer phrases ("Lebanese Hezbollah"). */
  demonyms?: string[];
  /** Arabic names; the first one is displayed. */
  ar?: string[];
  /** Arabic nisba stems: the adjective without ال and the ي/ية/يين ending (عراقي → عراق). */
  arNisba?: string[];
}

export const GAZETTEER: readonly Entry[] = [
  { name: 'Iraq', demonyms: ['Iraqi', 'Iraqis'], ar: ['العراق'], arNisba: ['عراق'] },
  {
    name: 'United States',
    aliases: ['US', 'U.S.', 'USA', 'U.S.A.', 'United States of America', 'America'],
    demonyms: ['American', 'Americans'],
    ar: ['الولايات المتحدة', 'أمريكا', 'أميركا'],
    arNisba: ['أمريك', 'أميرك'],
  },
  { name: 'Israel', demonyms: ['Israeli', 'Israelis'], ar: ['إسرائيل'], arNisba: ['إسرائيل'] },
  { name: 'Syria', demonyms: ['Syrian', 'Syrians'], ar: ['سوريا', 'سورية'], arNisba: ['سور'] },
  { name: 'Lebanon', demonyms: ['Lebanese'], ar: ['لبنان'], arNisba: ['لبنان'] },
  { name: 'Iran', demonyms: ['Iranian', 'Iranians'], ar: ['إيران'], arNisba: ['إيران'] },
  {
    name: 'Saudi Arabia',
    aliases: ['KSA', 'Kingdom of Saudi Arabia'],
    demonyms: ['Saudi', 'Saudis'],
    ar: ['السعودية', 'المملكة العربية السعودية'],
    arNisba: ['سعود'],
  },
  { name: 'Egypt', demonyms: ['Egyptian', 'Egyptians'], ar: ['مصر'], arNisba: ['مصر'] },
  {
    name: 'Palestine',
    aliases: ['Palestinian Territories'],
    demonyms: ['Palestinian', 'Palestinians'],
    ar: ['فلسطين'],
    arNisba: ['فلسطين'],
  },
  { name: 'Palestinian Authority', ar: ['السلطة الفلسطينية'] },
  { name: 'Gaza', aliases: ['Gaza Strip'], demonyms: ['Gazan', 'Gazans'], ar: ['غزة', 'قطاع غزة'] },
  { name: 'West Bank', ar: ['الضفة الغربية'] },
  { name: 'Russia', aliases: ['Russian Federation'], demonyms: ['Russian', 'Russians'], ar: ['روسيا'], arNisba: ['روس'] },
  { name: 'Turkey', aliases: ['Türkiye', 'Turkiye'], demonyms: ['Turkish', 'Turks'], ar: ['تركيا'], arNisba: ['ترك'] },
  { name: 'Yemen', demonyms: ['Yemeni', 'Yemenis'], ar: ['اليمن'], arNisba: ['يمن'] },
  { name: 'Jordan', demonyms: ['Jordanian', 'Jordanians'], ar: ['الأردن'], arNisba: ['أردن'] },
  { name: 'Qatar', demonyms: ['Qatari', 'Qataris'], ar: ['قطر'], arNisba: ['قطر'] },
  {
    name: 'United Arab Emirates',
    aliases: ['UAE', 'U.A.E.', 'Emirates'],
    demonyms: ['Emirati', 'Emiratis'],
    ar: ['الإمارات', 'الإمارات العربية المتحدة'],
    arNisba: ['إمارات'],
  },
  { name: 'Kuwait', demonyms: ['Kuwaiti', 'Kuwaitis'], ar: ['الكويت'], arNisba: ['كويت'] },
  { name: 'Bahrain', demonyms: ['Bahraini', 'Bahrainis'], ar: ['البحرين'], arNisba: ['بحرين'] },
  // عمان is also Amman, and السوداني is also a surname (al-Sudani): no loose Arabic forms.
  { name: 'Oman', demonyms: ['Omani', 'Omanis'], ar: ['سلطنة عمان'] },
  { name: 'Sudan', demonyms: ['Sudanese'], ar: ['السودان'] },
  { name: 'Libya', demonyms: ['Libyan', 'Libyans'], ar: ['ليبيا'], arNisba: ['ليب'] },
  { name: 'Tunisia', demonyms: ['Tunisian', 'Tunisians'], ar: ['تونس'], arNisba: ['تونس'] },
  { name: 'Algeria', demonyms: ['Algerian', 'Algerians'], ar: ['الجزائر'], arNisba: ['جزائر'] },
  { name: 'Morocco', demonyms: ['Moroccan', 'Moroccans'], ar: ['المغرب'], arNisba: ['مغرب'] },
  {
    name: 'Kurdistan Region',
    aliases: ['Kurdistan', 'Iraqi Kurdistan', 'Kurdistan Region of Iraq'],
    ar: ['إقليم كردستان', 'كردستان'],
  },
  { name: 'China', demonyms: ['Chinese'], ar: ['الصين'], arNisba: ['صين'] },
  {
    name: 'United Kingdom',
    aliases: ['UK', 'U.K.', 'Britain', 'Great Britain'],
    demonyms: ['British', 'Briton', 'Britons'],
    ar: ['بريطانيا', 'المملكة المتحدة'],
    arNisba: ['بريطان'],
  },
  { name: 'France', demonyms: ['French'], ar: ['فرنسا'], arNisba: ['فرنس'] },
  { name: 'Germany', demonyms: ['German', 'Germans'], ar: ['ألمانيا'], arNisba: ['ألمان'] },
  { name: 'Ukraine', demonyms: ['Ukrainian', 'Ukrainians'], ar: ['أوكرانيا'], arNisba: ['أوكران'] },
  { name: 'Afghanistan', demonyms: ['Afghan', 'Afghans'], ar: ['أفغانستان'] },
  { name: 'Pakistan', demonyms: ['Pakistani', 'Pakistanis'], ar: ['باكستان'], arNisba: ['باكستان'] },
  { name: 'India', demonyms: ['Indian', 'Indians'] },
  { name: 'Japan', demonyms: ['Japanese'], ar: ['اليابان'], arNisba: ['يابان'] },
  { name: 'Baghdad', ar: ['بغداد'] },
  { name: 'Beirut', ar: ['بيروت'] },
  { name: 'Damascus', ar: ['دمشق'] },
  { name: 'Tehran', ar: ['طهران'] },
  { name: 'Jerusalem', ar: ['القدس'] },
  { name: 'Tel Aviv', ar: ['تل أبيب'] },
  { name: 'Cairo', ar: ['القاهرة'] },
  { name: 'Riyadh', ar: ['الرياض'] },
  { name: 'Ankara', ar: ['أنقرة'] },
  { name: 'Moscow', ar: ['موسكو'] },
  { name: 'Washington', ar: ['واشنطن'] },
  { name: 'Erbil', ar: ['أربيل'] },
  { name: 'Mosul', ar: ['الموصل'] },
  { name: 'Basra', ar: ['البصرة'] },
  { name: 'Kyiv', aliases: ['Kiev'], ar: ['كييف'] },
  { name: 'United Nations', aliases: ['UN', 'U.N.'], ar: ['الأمم المتحدة'] },
  {
    name: 'UN Security Council',
    aliases: ['Security Council', 'UNSC', 'U.N. Security Council', 'United Nations Security Council'],
    ar: ['مجلس الأمن', 'مجلس الأمن الدولي'],
  },
  {
    name: 'UN General Assembly',
    aliases: ['General Assembly', 'UNGA', 'United Nations General Assembly'],
    ar: ['الجمعية العامة للأمم المتحدة'],
  },
  { name: 'European Union', aliases: ['EU', 'E.U.'], ar: ['الاتحاد الأوروبي'] },
  { name: 'NATO', aliases: ['North Atlantic Treaty Organization'], ar: ['الناتو', 'حلف شمال الأطلسي'] },
  { name: 'Arab League', ar: ['الجامعة العربية', 'جامعة الدول العربية'] },
  { name: 'Gulf Cooperation Council', aliases: ['GCC'], ar: ['مجلس التعاون الخليجي'] },
  { name: 'Hezbollah', aliases: ['Hizbollah', 'Hizballah'], ar: ['حزب الله'] },
  { name: 'Kata’ib Hezbollah', aliases: ['Kataib Hezbollah'], ar: ['كتائب حزب الله'] },
  { name: 'Hamas', ar: ['حماس'] },
  { name: 'Houthis', aliases: ['Houthi', 'Ansar Allah'], ar: ['الحوثيون', 'أنصار الله'], arNisba: ['حوث'] },
  {
    name: 'ISIS',
    aliases: ['ISIL', 'Daesh', 'Islamic State', 'Islamic State of Iraq'],
    ar: ['داعش', 'الدولة الإسلامية'],
  },
  { name: 'Al-Qaeda', aliases: ['Al Qaeda', 'Al-Qaida', 'Al Qaida'], ar: ['تنظيم القاعدة'] },
  {
    name: 'Popular Mobilization Forces',
    aliases: ['PMF', 'Popular Mobilisation Forces', 'Popular Mobilization Units', 'Hashd al-Shaabi'],
    ar: ['الحشد الشعبي'],
  },
  {
    name: 'IRGC',
    aliases: ['Islamic Revolutionary Guard Corps', 'Revolutionary Guard', 'Revolutionary Guards'],
    ar: ['الحرس الثوري'],
  },
  { name: 'Israel Defense Forces', aliases: ['IDF', 'Israeli Defense Forces', 'Israel Defence Forces'] },
  { name: 'Pentagon', ar: ['البنتاغون'] },
  { name: 'White House', ar: ['البيت الأبيض'] },
  { name: 'Kremlin', ar: ['الكرملين'] },
  { name: 'OPEC', ar: ['أوبك'] },
  { name: 'IAEA', aliases: ['International Atomic Energy Agency'], ar: ['الوكالة الدولية للطاقة الذرية'] },
];
