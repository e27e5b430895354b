/**
 * Word lists the organization recognizer reads its cues from. Data only; matching rules live in
 * src/mentions/organization.ts. Lowercase unless the case itself is the cue (legal suffixes).
 */

/** Written after a name, these make it a company: "Monier Ltd", "Sedio N.V.", "Dixons Group Plc". */
export const LEGAL_SUFFIXES: readonly string[] = [
  'Inc', 'Inc.', 'Incorporated', 'Corp', 'Corp.', 'Corporation', 'Co', 'Co.', 'Cos', 'Cos.', 'Company', 'Companies',
  'Ltd', 'Ltd.', 'Limited', 'Plc', 'PLC', 'plc', 'AG', 'SA', 'S.A.', 'NV', 'N.V.', 'BV', 'B.V.', 'GmbH', 'LLC',
  'L.L.C.', 'LP', 'L.P.', 'LLP', 'Pty', 'Pty.', 'NL', 'N.L.', 'Group', 'Holdings', 'Holding', 'Bancorp',
  'Bancorporation', 'Bancshares', 'SpA', 'S.p.A.', 'AB', 'ASA', 'A/S', 'Oy', 'Oyj', 'KK', 'K.K.', 'SE', 'SAS',
  'Srl', 'Berhad', 'Bhd', 'Trust',
];

/**
 * Legal forms that wire copy sometimes writes in lower case after a name ("Timex corp"): unlike
 * "co" or "group", none of them is an everyday word, so the lower case still ends a name.
 */
export const LOWERCASE_LEGAL_SUFFIXES: readonly string[] = ['corp', 'corp.', 'inc', 'inc.', 'ltd', 'ltd.'];

/** Suffixes that may follow a comma and still belong to the name: "Acme, Inc.". */
export const COMMA_SUFFIXES: readonly string[] = [
  'Inc', 'Inc.', 'Incorporated', 'Ltd', 'Ltd.', 'Limited', 'LLC', 'L.L.C.', 'LP', 'L.P.', 'LLP', 'Corp.', 'Co.', 'S.A.',
];

/**
 * Suffix words that belong to the everyday name ("Dixons Group", "Corvane Holdings", "Coastal
 * Bancorp"): canonical names keep them, and they may sit inside a longer name ("Bankers Trust New
 * York Corp"). The other LEGAL_SUFFIXES are the legal form, which canonical names leave off.
 */
export const DESCRIPTIVE_SUFFIXES: readonly string[] = [
  'group', 'holdings', 'holding', 'trust', 'companies', 'bancorp', 'bancorporation', 'bancshares',
];

/**
 * Last words that mark a multi-word capitalized name as a business ("Ligand Pharmaceuticals",
 * "Texas Instruments" would be caught by the lexicon; these catch the rest).
 */
export const ORG_NAME_WORDS: readonly string[] = [
  'pharmaceuticals', 'technologies', 'technology', 'industries', 'airlines', 'airways', 'laboratories', 'labs',
  'securities', 'ventures', 'partners', 'capital', 'systems', 'bank', 'bancorp', 'bancshares', 'financial',
  'insurance', 'investments', 'properties', 'resources', 'petroleum', 'motors', 'electronics', 'semiconductor',
  'therapeutics', 'biosciences', 'biotech', 'software', 'networks', 'communications', 'telecommunications',
  'enterprises', 'associates', 'brothers', 'mining', 'minerals', 'chemicals', 'steel', 'foods', 'stores',
  'airline', 'bankshares', 'savings', 'realty', 'energy', 'entertainment', 'pictures', 'studios', 'publishing',
  'broadcasting', 'manufacturing', 'instruments', 'devices', 'dynamics', 'robotics', 'aerospace', 'services',
  // Units, associations and publications: "Merrill Lynch Capital Markets", "Air Line Pilots
  // Association", "Hong Kong Economical Journal".
  'markets', 'association', 'journal', 'gazette', 'tribune', 'herald',
];

/** "Bank of America", "University of Tokyo": heads that are joined to the name after "of". */
export const OF_HEADS: readonly string[] = [
  'bank', 'banque', 'banco', 'university', 'institute', 'trust', 'society', 'association', 'federation',
  'commonwealth', 'board', 'council', 'exchange', 'corporation', 'company', 'chamber', 'church', 'museum',
  'college', 'school', 'academy', 'federal home loan bank', 'ministry', 'department', 'government', 'bureau',
  'office', 'court', 'commission', 'authority',
];

/** Lowercase word pairs that "and" joins inside one name: "Metropolitan Federal Savings and Loan". */
export const AND_JOINED_PAIRS: readonly string[] = [
  'savings and loan', 'building and loan', 'loan and trust', 'trust and savings', 'light and power',
  'power and light', 'gas and electric', 'electric and gas', 'water and power', 'power and water',
  'oil and gas', 'gas and oil', 'mining and manufacturing', 'research and development', 'exploration and production',
  'savings and trust', 'trust and banking',
];

/** Weekdays and months (with their news abbreviations): never organizations. */
export const DATE_WORDS: readonly string[] = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'jan.', 'feb', 'feb.', 'mar.', 'apr', 'apr.', 'jun.', 'jul.', 'aug', 'aug.', 'sep', 'sep.',
  'sept', 'sept.', 'oct', 'oct.', 'nov', 'nov.', 'dec', 'dec.',
];

/**
 * Capitalized words and abbreviations that look like names but name no organization in news text.
 * Compared lowercase, whole token or whole name.
 */
export const NON_ORG_WORDS: readonly string[] = [
  'ai', 'a.i.', 'ceo', 'cfo', 'coo', 'cto', 'ipo', 'gdp', 'ev', 'evs', 'api', 'apis', 'llm', 'llms', 'gpu', 'gpus',
  'cpu', 'chatbot', 'internet', 'web', 'the', 'i', 'we', 'he', 'she', 'it', 'they', 'mr', 'mrs', 'ms', 'dr',
  'mr.', 'mrs.', 'ms.', 'dr.', 'inc', 'inc.', 'corp', 'corp.', 'co', 'co.', 'ltd', 'ltd.', 'plc', 'group',
  'company', 'holdings', 'shares', 'share', 'stock', 'pct', 'dlrs', 'mln', 'billion', 'vs', 'shr', 'net', 'revs',
  'qtr', 'avg', 'shrs', 'note', 'notes', 'year', 'quarter', 'q1', 'q2', 'q3', 'q4', 'fiscal', 'st', 'am', 'pm',
  'et', 'gmt', 'est', 'edt', 'pst', 'no', 'yes', 'ok', 'tv', 'pc', 'pcs', 'dow', 'wall street', 'street',
  // Public bodies are organizations (PUBLIC_BODY_HEADS, PUBLIC_BODIES); these words alone name none.
  'house', 'government', 'treasury', 'fed', 'hart-scott-rodino', 'white house',
  'court', 'christmas', 'easter', 'english', 'god', 'chapter', 'section', 'article', 'class',
  'series', 'phase', 'east', 'west', 'north', 'south', 'central', 'northern', 'southern', 'eastern', 'western',
  'bank', 'national', 'federal', 'reserve', 'state', 'development', 'investment', 'international',
  'management', 'department', 'ministry', 'agency', 'commission', 'committee', 'authority', 'new', 'old', 'first', 'last', 'next', 'today', 'tomorrow', 'yesterday', 'analysts', 'analyst', 'shareholders',
  'stockholders', 'ec', 'eec', 'nato', 'un', 'european community', 'european union', 'chairman', 'president',
];

/**
 * Last words of the names of public bodies: regulators, courts, legislatures, ministries and
 * agencies ("Securities and Exchange Commission", "Justice Department", "Maine Bureau of Banking",
 * "House Appropriations Subcommittee"). Such a name is an organization mention marked
 * `kind: 'public_body'`, which never takes a role in a deal. The words before the head must not
 * be a company's name ("the Allegheny Board").
 */
export const PUBLIC_BODY_HEADS: readonly string[] = [
  'commission', 'department', 'ministry', 'bureau', 'board', 'court', 'parliament', 'congress', 'senate',
  'agency', 'authority', 'office', 'committee', 'subcommittee', 'council', 'administration', 'tribunal',
  'legislature', 'assembly',
];

/** Public bodies named by one word, capitalized: "Parliament", "Congress". */
export const PUBLIC_BODY_WORDS: readonly string[] = ['parliament', 'congress', 'senate', 'legislature'];

/**
 * Heads that open a public body's name before "of": "Department of Transportation", "Bureau of
 * Banking", "Court of Appeals", "House of Representatives" (for "house", only with the chambers below).
 */
export const PUBLIC_BODY_OF_HEADS: readonly string[] = [
  'department', 'ministry', 'bureau', 'board', 'office', 'court', 'commission', 'council', 'authority', 'house',
];

/** What follows "House of" in the name of a legislature. */
export const LEGISLATIVE_CHAMBERS: readonly string[] = ['representatives', 'commons', 'lords', 'delegates', 'councillors'];

/**
 * Words that make a name with a public body's head a business, not a government body: "Abu Dhabi
 * Investment Authority", "Kuwait Investment Office" invest; "Kyodo News Agency", "Ogilvy
 * Advertising Agency" are companies; "Board of Directors" is a company's board.
 */
export const NOT_PUBLIC_BODY_WORDS: readonly string[] = [
  'investment', 'investments', 'fund', 'funds', 'capital', 'holding', 'holdings', 'news', 'press', 'advertising',
  'travel', 'employment', 'shipping', 'talent', 'realty', 'marketing', 'directors', 'trustees',
  // Members of an association or union: "National Pork Producers Council", "Council of Trade Unions".
  'producers', 'growers', 'manufacturers', 'dealers', 'bankers', 'builders', 'exporters', 'importers',
  'processors', 'refiners', 'shippers', 'traders', 'employers', 'farmers', 'workers', 'unions', 'union',
];

/**
 * Countries and their common short forms. Before a national body they are left out of its name
 * ("the U.S. Department of Transportation" names the "Department of Transportation"); states and
 * cities stay ("Delaware Insurance Department").
 */
export const COUNTRY_WORDS: readonly string[] = [
  'afghanistan', 'albania', 'algeria', 'angola', 'argentina', 'armenia', 'australia', 'austria', 'azerbaijan',
  'bahrain', 'bangladesh', 'belarus', 'belgium', 'bolivia', 'bosnia', 'botswana', 'brazil', 'britain', 'bulgaria',
  'burma', 'cambodia', 'cameroon', 'canada', 'chile', 'china', 'colombia', 'congo', 'croatia', 'cuba', 'cyprus',
  'czechoslovakia', 'czech republic', 'denmark', 'ecuador', 'egypt', 'england', 'estonia', 'ethiopia', 'finland',
  'france', 'gabon', 'germany', 'west germany', 'east germany', 'ghana', 'greece', 'guatemala',
  'holland', 'honduras', 'hungary', 'iceland', 'india', 'indonesia', 'iran', 'iraq', 'ireland', 'israel', 'italy',
  'jamaica', 'japan', 'jordan', 'kazakhstan', 'kenya', 'korea', 'south korea', 'north korea', 'kuwait', 'laos',
  'latvia', 'lebanon', 'libya', 'lithuania', 'luxembourg', 'malaysia', 'mexico', 'morocco', 'mozambique',
  'namibia', 'nepal', 'netherlands', 'the netherlands', 'new zealand', 'nicaragua', 'niger', 'nigeria', 'norway',
  'oman', 'pakistan', 'panama', 'paraguay', 'peru', 'philippines', 'poland', 'portugal', 'qatar', 'romania',
  'russia', 'rwanda', 'saudi arabia', 'scotland', 'senegal', 'serbia', 'singapore', 'slovakia', 'slovenia',
  'somalia', 'south africa', 'soviet union', 'spain', 'sri lanka', 'sudan', 'sweden', 'switzerland', 'syria',
  'taiwan', 'tanzania', 'thailand', 'tunisia', 'turkey', 'uganda', 'ukraine', 'united arab emirates', 'uae',
  'united kingdom', 'uk', 'u.k.', 'united states', 'us', 'u.s.', 'usa', 'u.s.a.', 'america', 'uruguay', 'ussr',
  'venezuela', 'vietnam', 'wales', 'yemen', 'yugoslavia', 'zaire', 'zambia', 'zimbabwe', 'hong kong', 'macau',
  'puerto rico', 'monaco', 'liechtenstein', 'bermuda', 'bahamas', 'cayman islands', 'antilles',
  'netherlands antilles', 'ivory coast', 'trinidad',
];

/**
 * Places and nationalities: a name made only of these is a place, not an organization
 * ("Britain's", "U.S.", "Sunnyvale, Calif."). Multi-word places are listed whole.
 */
export const PLACE_WORDS: readonly string[] = [
  ...COUNTRY_WORDS,
  'georgia',
  // Regions
  'europe', 'asia', 'africa', 'north america', 'south america', 'latin america', 'middle east', 'far east',
  'gulf', 'persian gulf', 'pacific', 'atlantic', 'scandinavia', 'silicon valley', 'midwest', 'the west',
  'eu', 'e.u.', 'asia pacific', 'asia-pacific', 'southeast asia', 'east asia', 'eastern europe', 'western europe',
  // US states and their news abbreviations
  'alabama', 'ala.', 'alaska', 'arizona', 'ariz.', 'arkansas', 'ark.', 'california', 'calif.', 'colorado', 'colo.',
  'connecticut', 'conn.', 'delaware', 'del.', 'florida', 'fla.', 'ga.', 'hawaii', 'idaho', 'illinois', 'ill.',
  'indiana', 'ind.', 'iowa', 'kansas', 'kan.', 'kentucky', 'ky.', 'louisiana', 'la.', 'maine', 'maryland', 'md.',
  'massachusetts', 'mass.', 'michigan', 'mich.', 'minnesota', 'minn.', 'mississippi', 'miss.', 'missouri', 'mo.',
  'montana', 'mont.', 'nebraska', 'neb.', 'nevada', 'nev.', 'new hampshire', 'n.h.', 'new jersey', 'n.j.',
  'new mexico', 'n.m.', 'new york', 'n.y.', 'north carolina', 'n.c.', 'north dakota', 'n.d.', 'ohio', 'oklahoma',
  'okla.', 'oregon', 'ore.', 'pennsylvania', 'pa.', 'rhode island', 'r.i.', 'south carolina', 's.c.',
  'south dakota', 's.d.', 'tennessee', 'tenn.', 'texas', 'tex.', 'utah', 'vermont', 'vt.', 'virginia', 'va.',
  'washington', 'wash.', 'west virginia', 'w.va.', 'wisconsin', 'wis.', 'wyoming', 'wyo.', 'd.c.',
  // Canadian provinces and Australian states
  'ontario', 'ont.', 'quebec', 'que.', 'alberta', 'alta.', 'british columbia', 'b.c.', 'manitoba', 'saskatchewan',
  'nova scotia', 'new brunswick', 'newfoundland', 'new south wales', 'victoria', 'queensland', 'tasmania',
  // Cities that lead business news
  'new york city', 'los angeles', 'san francisco', 'chicago', 'boston', 'houston', 'dallas', 'atlanta', 'miami',
  'seattle', 'denver', 'detroit', 'philadelphia', 'pittsburgh', 'cleveland', 'minneapolis', 'st. louis',
  'san diego', 'san jose', 'sunnyvale', 'palo alto', 'mountain view', 'cupertino', 'menlo park', 'redmond',
  'austin', 'phoenix', 'baltimore', 'cincinnati', 'milwaukee', 'omaha', 'nashville', 'charlotte', 'tulsa',
  'london', 'paris', 'berlin', 'frankfurt', 'munich', 'hamburg', 'duesseldorf', 'zurich', 'geneva', 'basle',
  'basel', 'lugano', 'amsterdam', 'rotterdam', 'brussels', 'madrid', 'barcelona', 'milan', 'rome', 'turin',
  'vienna', 'stockholm', 'oslo', 'copenhagen', 'helsinki', 'dublin', 'edinburgh', 'glasgow', 'manchester',
  'tokyo', 'osaka', 'beijing', 'peking', 'shanghai', 'shenzhen', 'seoul', 'taipei', 'bangkok', 'jakarta',
  'kuala lumpur', 'manila', 'mumbai', 'bombay', 'new delhi', 'delhi', 'bangalore', 'sydney', 'melbourne',
  'perth', 'brisbane', 'adelaide', 'auckland', 'wellington', 'toronto', 'montreal', 'vancouver', 'calgary',
  'ottawa', 'mexico city', 'sao paulo', 'rio de janeiro', 'buenos aires', 'santiago', 'johannesburg',
  'cape town', 'cairo', 'dubai', 'abu dhabi', 'riyadh', 'tel aviv', 'moscow', 'istanbul',
  // Nationality adjectives
  'american', 'british', 'english', 'scottish', 'welsh', 'irish', 'french', 'german', 'west german', 'east german',
  'italian', 'spanish', 'portuguese', 'dutch', 'belgian', 'swiss', 'austrian', 'swedish', 'norwegian', 'danish',
  'finnish', 'greek', 'turkish', 'russian', 'soviet', 'polish', 'hungarian', 'czech', 'chinese', 'japanese',
  'korean', 'south korean', 'taiwanese', 'indian', 'pakistani', 'indonesian', 'malaysian', 'thai', 'filipino',
  'australian', 'canadian', 'mexican', 'brazilian', 'argentine', 'chilean', 'venezuelan', 'colombian', 'peruvian',
  'israeli', 'saudi', 'iranian', 'iraqi', 'kuwaiti', 'egyptian', 'nigerian', 'south african', 'european', 'asian',
  'african', 'arab', 'latin american', 'nordic', 'scandinavian', 'new zealand', 'emirati', 'singaporean',
  'philippine', 'hungarian', 'romanian', 'bulgarian', 'yugoslav', 'ecuadorean', 'ecuadorian', 'bolivian',
  'uruguayan', 'paraguayan', 'cuban', 'jamaican', 'moroccan', 'algerian', 'tunisian', 'libyan', 'syrian',
  'lebanese', 'jordanian', 'vietnamese', 'cambodian', 'burmese', 'bangladeshi', 'sri lankan', 'nepalese',
  'zambian', 'zimbabwean', 'kenyan', 'ghanaian', 'ethiopian', 'sudanese', 'ugandan', 'tanzanian', 'luxembourg',
  'icelandic', 'cypriot', 'maltese', 'ukrainian', 'estonian', 'latvian', 'lithuanian', 'qatari', 'omani',
  'bahraini', 'yemeni', 'afghan', 'kazakh', 'uzbek', 'gulf arab', 'hong kong', 'taiwan',
];

/** Written before a capitalized name, these make it a person: "Mr Smith", "chairman John Doe". */
export const PERSON_TITLES: readonly string[] = [
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'sir', 'lord', 'lady', 'dame', 'prof', 'prof.', 'professor',
  'president', 'chairman', 'chairwoman', 'chairperson', 'ceo', 'cfo', 'director', 'secretary', 'minister',
  'senator', 'sen.', 'rep.', 'representative', 'gov.', 'governor', 'judge', 'mayor', 'king', 'queen', 'prince',
  'princess', 'pope', 'analyst', 'analysts', 'spokesman', 'spokeswoman', 'spokesperson', 'officer', 'founder',
  'co-founder', 'cofounder', 'financier', 'economist', 'treasurer', 'chancellor', 'premier', 'gen.', 'col.',
  'capt.', 'lt.', 'sgt.', 'attorney', 'lawyer', 'named', 'appointed', 'told', 'chief',
];

/**
 * Verbs that take a company as subject in deal news: "Amazon acquired ...", "Redland may bid".
 * Matched on the token right after the name, after skipping DEAL_AUXILIARIES.
 */
export const SUBJECT_DEAL_VERBS: readonly string[] = [
  'acquired', 'acquires', 'acquire', 'acquiring', 'bought', 'buys', 'buy', 'buying', 'purchased', 'purchases',
  'purchase', 'invested', 'invests', 'invest', 'investing', 'merged', 'merges', 'merge', 'sold', 'sells', 'sell',
  'divested', 'divests', 'bid', 'bids', 'tendered', 'launched', 'raised', 'raises', 'took', 'takes', 'owns', 'owned',
];

/** Words between a name and its deal verb that do not break the link: "Amazon has agreed to buy". */
export const DEAL_AUXILIARIES: readonly string[] = [
  'has', 'had', 'have', 'will', 'would', 'may', 'might', 'could', 'can', 'is', 'was', 'also', 'already', 'recently',
  'previously', 'agreed', 'agrees', 'to', 'plans', 'planned', 'intends', 'wants', 'offered', 'offers', 'said',
  'says', 'it', 'formally', 'definitively', 'tentatively', 'has', 'completed', 'the', 'previously', 'further',
];

/** Verbs whose object is a company: "acquired Gulfex Inc", "bought Cyclops". */
export const OBJECT_DEAL_VERBS: readonly string[] = [
  'acquired', 'acquire', 'acquires', 'acquiring', 'bought', 'buy', 'buys', 'buying', 'purchased', 'purchase',
  'purchasing', 'backed', 'backs', 'funded', 'funds',
];

/**
 * Prepositions that introduce a company after a deal word a few tokens earlier:
 * "a stake in X", "invested $2 billion in X", "takeover of X", "bid for X", "merger with X".
 */
export const DEAL_PREPOSITION_TRIGGERS: Readonly<Record<string, readonly string[]>> = {
  in: ['stake', 'stakes', 'interest', 'interests', 'investment', 'investments', 'invest', 'invested', 'invests',
    'investing', 'holding', 'holdings', 'position', 'shareholding', 'equity'],
  into: ['invest', 'invested', 'investing', 'injecting', 'injected', 'inject', 'merge', 'merged', 'pumped', 'poured'],
  of: ['acquisition', 'takeover', 'purchase', 'buyout', 'control', 'unit', 'subsidiary', 'division', 'affiliate',
    'shares', 'stock', 'stockholders', 'shareholders', 'owner', 'parent', 'sale', 'spinoff', 'spin-off'],
  for: ['bid', 'bids', 'offer', 'offers', 'tender', 'approach', 'proposal'],
  with: ['merger', 'merge', 'merged', 'merging', 'combination', 'combine', 'partnership', 'venture',
    'joint-venture'],
  by: ['acquired', 'bought', 'owned', 'controlled', 'purchased', 'taken', 'backed', 'funded', 'led'],
  from: ['acquired', 'bought', 'purchased', 'investment', 'funding'],
  to: ['sold', 'sell', 'sells', 'selling'],
};

/**
 * Nouns that, in "X, a <...> company", "electronics group X", say X is an organization.
 * Also the heads read by the "its unit X" parent rule.
 */
export const ORG_HEAD_NOUNS: readonly string[] = [
  'company', 'companies', 'firm', 'group', 'maker', 'manufacturer', 'producer', 'bank', 'lender', 'insurer',
  'unit', 'subsidiary', 'division', 'affiliate', 'operator', 'provider', 'developer', 'fabricator', 'retailer',
  'startup', 'start-up', 'concern', 'corporation', 'conglomerate', 'distributor', 'supplier', 'airline',
  'carrier', 'chain', 'fund', 'brokerage', 'partnership', 'venture', 'rival', 'competitor', 'publisher',
  'broadcaster', 'utility', 'refiner', 'miner', 'builder', 'contractor', 'designer', 'processor', 'owner',
  'holding', 'investor', 'incubator', 'lab', 'laboratory', 'studio', 'platform', 'exchange', 'house', 'agency',
  'shipper', 'wholesaler', 'chipmaker', 'automaker', 'carmaker', 'drugmaker', 'steelmaker', 'bancorp',
  // "brokers Kleinwort Grieveson", "Aviation Daily, a leading industry trade magazine".
  'broker', 'brokers', 'stockbroker', 'stockbrokers', 'magazine', 'newspaper', 'newsletter', 'publication',
];

/** Nouns that, in "X, a <...> spokesman", make X a person even when an org noun is near. */
export const PERSON_ROLE_NOUNS: readonly string[] = [
  'spokesman', 'spokeswoman', 'spokesperson', 'analyst', 'executive', 'director', 'official', 'officer',
  'chairman', 'chairwoman', 'president', 'founder', 'co-founder', 'partner', 'lawyer', 'attorney', 'economist',
  'manager', 'trader', 'investor', 'banker', 'professor', 'member', 'employee', 'consultant', 'adviser', 'advisor',
  'son', 'daughter', 'wife', 'husband', 'resident', 'native', 'veteran', 'graduate', 'minister', 'secretary',
];

/**
 * Words after a name (or its possessive) that belong to companies, not people or places:
 * "ChemLawn's shareholders", "Waste Management's tender offer", "Cyclops shares".
 */
export const ORG_ATTRIBUTE_NOUNS: readonly string[] = [
  'shares', 'shareholders', 'stockholders', 'stock', 'board', 'directors', 'subsidiary', 'subsidiaries', 'unit',
  'units', 'division', 'tender', 'takeover', 'valuation', 'earnings', 'revenue', 'revenues', 'stake',
  'common', 'preferred', 'debentures', 'management', 'workforce', 'headquarters', 'bid',
];

/** Stock exchanges written before a ticker: "(NASDAQ: LGND)". */
export const EXCHANGES: readonly string[] = [
  'nasdaq', 'nyse', 'amex', 'nyse american', 'nyse arca', 'nysearca', 'lse', 'tsx', 'tsxv', 'tsx-v', 'tse', 'asx',
  'otc', 'otcqb', 'otcqx', 'otcmkts', 'euronext', 'xetra', 'fra', 'hkex', 'sehk', 'six', 'cse', 'bse', 'nse', 'jse',
  'krx', 'sgx', 'aim', 'nasdaqgs', 'nasdaqgm', 'nasdaqcm', 'ticker', 'symbol',
];

/**
 * Capitalized, non-name words that start headline-style lines in capitals and should split a
 * capitals run: "MONIER SAYS BRITAIN'S REDLAND MAY BID FOR IT".
 */
export const CAPS_BREAK_WORDS: readonly string[] = [
  'a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'and', 'or', 'not', 'no', 'it',
  'its', 'says', 'said', 'say', 'sees', 'see', 'buys', 'buy', 'bought', 'sells', 'sell', 'sold', 'bid', 'bids',
  'may', 'will', 'to', 'unit', 'stake', 'shares', 'share', 'sets', 'set', 'gets', 'get', 'ups', 'up', 'cuts',
  'cut', 'has', 'have', 'had', 'is', 'are', 'was', 'be', 'makes', 'make', 'acquires', 'acquire', 'acquired',
  'completes', 'complete', 'completed', 'agrees', 'agree', 'agreed', 'ends', 'end', 'rejects', 'reject',
  'raises', 'raise', 'offer', 'offers', 'merger', 'talks', 'plans', 'plan', 'sale', 'deal', 'rises', 'falls',
  'files', 'seeks', 'seek', 'wins', 'win', 'takes', 'take', 'holds', 'hold', 'extends', 'extend', 'tender',
  'terminates', 'buyout', 'sells', 'net', 'shr', 'qtr', 'year', 'loss', 'profit', 'vs', 'over', 'after',
  'into', 'out', 'as', 'than', 'more', 'higher', 'lower', 'up', 'down', 'sees', 'study', 'studying',
  'considers', 'consider', 'expects', 'expect', 'report', 'reports', 'reported', 'names', 'named', 'approve',
  'approves', 'approved', 'stockholders', 'shareholders', 'holders', 'control', 'purchase', 'acquisition',
  'holder', 'proposes', 'propose', 'boosts', 'boost', 'favors', 'declares', 'changes', 'hopes', 'urges',
  'opposes', 'weighs', 'eyes', 'mulls', 'seen', 'sues', 'sue', 'wants', 'chief', 'investor', 'investors',
  'stake', 'stakes', 'pact', 'bid', 'rumor', 'rumors', 'unit', 'units', 'drops', 'drop', 'ups', 'lifts',
  'trims', 'lowers', 'boosts', 'buying', 'selling', 'talking', 'point', 'ok', 'okays', 'clears', 'cleared',
];

/**
 * Listed organization names that are also everyday words: at the start of a sentence, where any
 * word is capitalized, they need another cue ("Target prices rose" is not about Target Corp).
 */
export const AMBIGUOUS_ORGANIZATION_NAMES: readonly string[] = [
  'apple', 'target', 'block', 'square', 'shell', 'orange', 'total', 'zoom', 'slack', 'snap', 'visa', 'oracle',
  'meta', 'amazon', 'apollo', 'sequoia', 'fidelity', 'vanguard', 'dow', 'ford', 'lilly', 'travelers', 'arm',
  'sharp', 'vertex', 'lucid', 'dell', 'hanson', 'fox', 'gulf', 'sun', 'citi', 'accel', 'mistral', 'alphabet',
  'perplexity', 'prudential', 'paramount', 'sprint', 'merck', 'kraft', 'carlyle', 'lazard', 'guinness', 'ups',
  'gm', 'ge', 'bt', 'abc', 'arco', 'total', 'coatue', 'index', 'vale', 'eni', 'ing', 'nec', 'abb',
];

/**
 * Common given names: a capitalized run that starts with one is a person unless a suffix, ticker
 * or the lexicon says otherwise ("Donald Trump said he bought ..." but "Charles Schwab Corp").
 */
export const FIRST_NAMES: readonly string[] = [
  'aaron', 'adam', 'alan', 'albert', 'alex', 'alexander', 'alfred', 'alice', 'allen', 'amanda', 'amy', 'andrea',
  'andrew', 'andy', 'angela', 'ann', 'anna', 'anne', 'anthony', 'antonio', 'arnold', 'arthur', 'barbara', 'barry',
  'ben', 'benjamin', 'bernard', 'bill', 'billy', 'bob', 'bobby', 'bonnie', 'brad', 'bradley', 'brenda', 'brian',
  'bruce', 'bryan', 'burt', 'carl', 'carlos', 'carol', 'caroline', 'catherine', 'charles', 'charlie', 'chris',
  'christine', 'christopher', 'claude', 'clifford', 'clyde', 'craig', 'cynthia', 'dale', 'dan', 'daniel', 'david',
  'dean', 'debbie', 'deborah', 'debra', 'denis', 'dennis', 'diane', 'dick', 'don', 'donald', 'donna', 'doug',
  'douglas', 'dwight', 'earl', 'ed', 'eddie', 'edward', 'edwin', 'elaine', 'elizabeth', 'ellen', 'elliott',
  'emily', 'eric', 'ernest', 'eugene', 'evelyn', 'frank', 'fred', 'frederick', 'gary', 'gene', 'geoffrey',
  'george', 'gerald', 'gerard', 'gilbert', 'glenn', 'gordon', 'grace', 'greg', 'gregory', 'harold', 'harry',
  'harvey', 'heinz', 'helen', 'henry', 'herbert', 'howard', 'hugh', 'ian', 'irving', 'ivan', 'jack', 'jacob',
  'jacques', 'james', 'jamie', 'jane', 'janet', 'jason', 'jean', 'jeff', 'jeffrey', 'jennifer', 'jeremy', 'jerry',
  'jessica', 'jim', 'jimmy', 'joan', 'joe', 'joel', 'johan', 'john', 'johnny', 'jon', 'jonathan', 'jose', 'joseph',
  'joshua', 'juan', 'judith', 'judy', 'julia', 'julian', 'julie', 'karen', 'karl', 'kate', 'katherine', 'keith',
  'kenneth', 'kevin', 'kim', 'klaus', 'larry', 'laura', 'lawrence', 'lee', 'leo', 'leon', 'leonard', 'leslie',
  'linda', 'lisa', 'lloyd', 'louis', 'louise', 'lucy', 'luis', 'manuel', 'marc', 'margaret', 'maria', 'marie',
  'mark', 'martha', 'martin', 'marvin', 'mary', 'matthew', 'maurice', 'max', 'melvin', 'michael', 'michel',
  'michelle', 'mike', 'milton', 'mitchell', 'nancy', 'nathan', 'neil', 'nicholas', 'nick', 'nicole', 'norman',
  'oliver', 'oscar', 'pamela', 'patricia', 'patrick', 'paul', 'paula', 'peter', 'philip', 'phillip', 'pierre',
  'rachel', 'ralph', 'randall', 'randy', 'ray', 'raymond', 'rebecca', 'richard', 'rick', 'robert', 'roberto',
  'robin', 'roger', 'ronald', 'rosemarie', 'ross', 'roy', 'ruth', 'ryan', 'sally', 'sam', 'samuel', 'sandra',
  'sarah', 'saul', 'scott', 'sean', 'sharon', 'sheldon', 'shirley', 'simon', 'stephen', 'steve', 'steven',
  'stuart', 'sumner', 'susan', 'ted', 'terry', 'thomas', 'tim', 'timothy', 'todd', 'tom', 'tony', 'victor',
  'vincent', 'walter', 'warren', 'wayne', 'william', 'willie', 'wolfgang', 'yves',
];
