/**
 * Well-known organization names, as they are usually written in news text. Data only: the
 * recognizer (src/mentions/organization.ts) decides how they are matched.
 *
 * A name listed here is an organization wherever it appears capitalized, so leave out names that
 * are mostly something else in news text (a person's surname, a place, an everyday word). Names
 * that are also common words and are listed anyway (Apple, Target, Shell, ...) are in
 * AMBIGUOUS_ORGANIZATION_NAMES in orgCues.ts: they need more than the capital at a sentence start.
 *
 * Legal suffixes are left off (they are matched separately), except where the bare name would be
 * ambiguous or the suffix is part of how the name is said ("Mistral AI").
 */
export const ORGANIZATIONS: readonly string[] = [
  // AI and software
  'Anthropic', 'OpenAI', 'Mistral AI', 'Mistral', 'Cohere', 'Inflection AI', 'xAI', 'DeepMind', 'Google DeepMind',
  'Hugging Face', 'Stability AI', 'Midjourney', 'Perplexity', 'Perplexity AI', 'Character.AI', 'Scale AI',
  'Databricks', 'Snowflake', 'Palantir', 'Salesforce', 'Oracle', 'SAP', 'Adobe', 'ServiceNow', 'Workday',
  'Atlassian', 'Shopify', 'Zoom', 'Slack', 'Dropbox', 'GitHub', 'GitLab', 'LinkedIn', 'Red Hat', 'VMware',
  'Autodesk', 'Intuit', 'Cisco', 'Cisco Systems', 'IBM', 'International Business Machines', 'Accenture',
  'Infosys', 'Wipro', 'Tata Consultancy Services', 'Capgemini', 'Unisys', 'Sun Microsystems', 'Novell',
  "Moody's", "Moody's Investors Service", "Standard & Poor's", "Standard and Poor's", "Sotheby's", "Christie's",
  "Dillard's", "Kellogg's", 'Lotus Development', 'Ashton-Tate', 'Borland', 'Digital Equipment', 'Wang Laboratories', 'Control Data',
  'Cray Research', 'Data General', 'Prime Computer', 'Apollo Computer', 'Compaq', 'Dell', 'Dell Technologies',
  // Internet and devices
  'Amazon', 'Amazon.com', 'Amazon Web Services', 'AWS', 'Google', 'Alphabet', 'YouTube', 'Waymo', 'Microsoft',
  'Apple', 'Meta', 'Meta Platforms', 'Facebook', 'Instagram', 'WhatsApp', 'Netflix', 'Spotify', 'Uber', 'Lyft',
  'Airbnb', 'Booking Holdings', 'Expedia', 'eBay', 'PayPal', 'Stripe', 'Block', 'Square', 'Coinbase', 'Robinhood',
  'Twitter', 'X Corp', 'Snap', 'Pinterest', 'Reddit', 'TikTok', 'ByteDance', 'Tencent', 'Alibaba', 'Baidu',
  'JD.com', 'Xiaomi', 'Huawei', 'Lenovo', 'Samsung', 'Samsung Electronics', 'LG Electronics', 'Sony', 'Panasonic',
  'Hitachi', 'Toshiba', 'Fujitsu', 'NEC', 'Canon', 'Nikon', 'Nintendo', 'Sharp', 'Philips', 'Siemens', 'Ericsson',
  'Nokia', 'Motorola', 'Hewlett-Packard', 'HP', 'Hewlett Packard Enterprise', 'Xerox', 'Eastman Kodak', 'Kodak',
  'Polaroid', 'Tesla', 'SpaceX', 'Neuralink', 'Rivian', 'Lucid',
  // Chips
  'Nvidia', 'NVIDIA', 'Intel', 'AMD', 'Advanced Micro Devices', 'Qualcomm', 'Broadcom', 'Texas Instruments',
  'Micron', 'Micron Technology', 'TSMC', 'Taiwan Semiconductor Manufacturing', 'ASML', 'Arm', 'Arm Holdings',
  'Applied Materials', 'Lam Research', 'Marvell', 'SK Hynix', 'Infineon', 'STMicroelectronics', 'NXP',
  'National Semiconductor', 'Fairchild Semiconductor', 'Motorola Solutions',
  // Telecoms and media
  'AT&T', 'American Telephone and Telegraph', 'American Telephone & Telegraph', 'Verizon', 'T-Mobile', 'Sprint', 'Comcast', 'Charter Communications', 'Vodafone', 'BT', 'British Telecom',
  'British Telecommunications', 'Deutsche Telekom', 'Orange', 'Telefonica', 'NTT', 'SoftBank', 'GTE', 'MCI',
  'MCI Communications', 'US West', 'BellSouth', 'Ameritech', 'Pacific Telesis', 'NYNEX', 'Bell Atlantic',
  'Southwestern Bell', 'Cable and Wireless', 'Walt Disney', 'Disney', 'Warner Bros', 'Warner Communications', 'Time Warner', 'Time Inc',
  'Paramount', 'Viacom', 'Home Box Office', 'CBS', 'NBC', 'ABC', 'Capital Cities/ABC', 'RCA', 'News Corp', 'Fox', 'Reuters',
  'Thomson Reuters', 'Bloomberg', 'Dow Jones', 'Pearson', 'Gannett', 'Knight-Ridder', 'Times Mirror',
  'New York Times Co', 'Washington Post Co', 'Turner Broadcasting', 'Westinghouse', 'Westinghouse Electric',
  // Industrials, energy, autos
  'General Electric', 'GE', 'Boeing', 'Airbus', 'Lockheed', 'Lockheed Martin', 'McDonnell Douglas', 'Northrop',
  'Northrop Grumman', 'Raytheon', 'General Dynamics', 'Honeywell', 'United Technologies', 'Rockwell',
  'Rockwell International', 'Textron', 'Litton Industries', 'ITT', 'Caterpillar', 'Deere', 'John Deere', '3M',
  'Minnesota Mining and Manufacturing', 'Emerson Electric', 'Siemens Energy', 'ABB', 'Schneider Electric',
  'Rolls-Royce', 'BAE Systems', 'Thales', 'General Motors', 'GM', 'Ford Motor', 'Chrysler', 'Stellantis',
  'Toyota', 'Toyota Motor', 'Honda', 'Honda Motor', 'Nissan', 'Mazda', 'Subaru', 'Mitsubishi', 'Hyundai', 'Kia',
  'Volkswagen', 'BMW', 'Daimler', 'Daimler-Benz', 'Mercedes-Benz', 'Porsche', 'Volvo', 'Saab', 'Fiat', 'Renault',
  'Peugeot', 'Ferrari', 'Exxon', 'Exxon Mobil', 'ExxonMobil', 'Mobil', 'Chevron', 'Texaco', 'Amoco', 'Gulf Oil',
  'Standard Oil', 'Sohio', 'Phillips Petroleum', 'Occidental Petroleum', 'Atlantic Richfield', 'ARCO',
  'Sun Co', 'Unocal', 'Conoco', 'ConocoPhillips', 'Marathon Oil', 'Ashland Oil', 'Pennzoil', 'Royal Dutch Shell',
  'Royal Dutch', 'Shell', 'Shell Oil', 'BP', 'British Petroleum', 'TotalEnergies', 'Total', 'Eni', 'Repsol',
  'Equinor', 'Statoil', 'Petrobras', 'Pemex', 'Saudi Aramco', 'Aramco', 'Gazprom', 'Rosneft', 'Schlumberger',
  'Halliburton', 'Baker Hughes', 'Dresser Industries', 'Du Pont', 'DuPont', 'Dow Chemical', 'Dow', 'Union Carbide',
  'Monsanto', 'BASF', 'Bayer', 'Hoechst', 'Imperial Chemical Industries', 'ICI', 'Akzo', 'Allied-Signal',
  'AlliedSignal', 'USX', 'U.S. Steel', 'Bethlehem Steel', 'Alcoa', 'Aluminum Co of America', 'Alcan',
  'Rio Tinto', 'BHP', 'BHP Billiton', 'Anglo American', 'De Beers', 'Glencore', 'Vale', 'ArcelorMittal',
  'Nippon Steel', 'Broken Hill Proprietary', 'CRA', 'Western Mining', 'Inco', 'Noranda',
  // Consumer and retail
  'Walmart', 'Wal-Mart', 'Wal-Mart Stores', 'Target', 'Costco', 'Home Depot', 'Kroger', 'Safeway', 'Sears',
  'Sears Roebuck', 'K mart', 'Kmart', 'J.C. Penney', 'Macy', "Macy's", 'May Department Stores', 'Federated Department Stores',
  'Best Buy', 'Walgreens', 'CVS', 'Nike', 'Adidas', 'Starbucks', "McDonald's", 'Coca-Cola', 'PepsiCo', 'Pepsi',
  'Nestle', 'Nestlé', 'Unilever', 'Procter & Gamble', 'P&G', 'Johnson & Johnson', 'Colgate-Palmolive', 'Kellogg',
  'General Mills', 'Kraft', 'Kraft Heinz', 'Heinz', 'H.J. Heinz', 'Philip Morris', 'Altria', 'RJR Nabisco',
  'R.J. Reynolds', 'Nabisco', 'BAT Industries', 'British American Tobacco', 'Anheuser-Busch', 'AB InBev',
  'Heineken', 'Diageo', 'Guinness', 'Grand Metropolitan', 'Allied-Lyons', 'Seagram', 'LVMH', 'Kering', "L'Oreal",
  'Estee Lauder', 'Revlon', 'Avon Products', 'Mattel', 'Hasbro', 'Levi Strauss', 'Zara', 'Inditex', 'H&M',
  'IKEA', 'Tesco', 'Sainsbury', "Sainsbury's", 'Marks & Spencer', 'Carrefour', 'Ahold', 'Aldi', 'Lidl',
  'Dixons', 'Woolworth', 'Woolworths', 'Beatrice', 'Borden', 'Campbell Soup', 'Quaker Oats', 'Ralston Purina',
  // Health
  'Pfizer', 'Merck', 'Johnson & Johnson', 'Eli Lilly', 'Lilly', 'AbbVie', 'Abbott', 'Abbott Laboratories',
  'Bristol-Myers Squibb', 'Bristol-Myers', 'Squibb', 'Amgen', 'Gilead', 'Gilead Sciences', 'Biogen', 'Moderna',
  'BioNTech', 'Regeneron', 'Vertex', 'Novartis', 'Roche', 'Sanofi', 'GlaxoSmithKline', 'GSK', 'Glaxo',
  'AstraZeneca', 'Novo Nordisk', 'Bayer', 'Takeda', 'Medtronic', 'UnitedHealth', 'CVS Health', 'Humana',
  'Upjohn', 'Warner-Lambert', 'American Home Products', 'SmithKline Beckman', 'Baxter', 'Baxter Travenol',
  // Banks, insurers, exchanges
  'JPMorgan', 'JPMorgan Chase', 'J.P. Morgan', 'Chase Manhattan', 'Goldman Sachs', 'Morgan Stanley', 'Citigroup',
  'Citi', 'Citicorp', 'Citibank', 'Bank of America', 'BankAmerica', 'Wells Fargo', 'Merrill Lynch', 'Lehman Brothers',
  'Shearson Lehman', 'Shearson Lehman Brothers', 'Salomon Brothers', 'Salomon', 'First Boston', 'Drexel Burnham Lambert',
  'Drexel Burnham', 'Kidder Peabody', 'PaineWebber', 'Paine Webber', 'Dean Witter', 'E.F. Hutton', 'Bear Stearns',
  'Chemical Bank', 'Manufacturers Hanover', 'Bankers Trust', 'First Chicago', 'Continental Illinois',
  'Security Pacific', 'First Interstate', 'Mellon Bank', 'PNC', 'U.S. Bancorp', 'Bank of New York', 'State Street',
  'Charles Schwab', 'American Express', 'Visa', 'Mastercard', 'MasterCard', 'Capital One', 'HSBC', 'Hongkong and Shanghai Banking', 'Barclays',
  'Lloyds', 'Lloyds Bank', 'NatWest', 'National Westminster Bank', 'Midland Bank', 'Royal Bank of Scotland',
  'Standard Chartered', 'Deutsche Bank', 'Commerzbank', 'Dresdner Bank', 'UBS', 'Union Bank of Switzerland',
  'Credit Suisse', 'Swiss Bank Corp', 'BNP Paribas', 'Paribas', 'Societe Generale', 'Credit Agricole',
  'Credit Lyonnais', 'Santander', 'BBVA', 'ING', 'ABN Amro', 'Rabobank', 'UniCredit', 'Intesa Sanpaolo',
  'Nomura', 'Daiwa', 'Nikko', 'Mizuho', 'MUFG', 'Mitsubishi UFJ', 'Sumitomo', 'Sumitomo Mitsui', 'Mitsui',
  'Industrial Bank of Japan', 'Bank of Tokyo', 'Royal Bank of Canada', 'Toronto-Dominion Bank', 'TD Bank',
  'Bank of Montreal', 'Scotiabank', 'Bank of Nova Scotia', 'Canadian Imperial Bank of Commerce', 'ANZ',
  'Westpac', 'Commonwealth Bank', 'National Australia Bank', 'Macquarie', 'Allianz', 'AXA', 'Zurich Insurance',
  'Munich Re', 'Swiss Re', 'Prudential', 'MetLife', 'AIG', 'American International Group', 'Aetna', 'Cigna',
  'Travelers', 'Allstate', 'Aviva', 'Legal & General', 'Nasdaq', 'NASDAQ', 'New York Stock Exchange', 'NYSE',
  'London Stock Exchange', 'Deutsche Boerse', 'CME Group', 'Intercontinental Exchange', 'Chicago Board of Trade',
  'Kansas City Board of Trade', 'Chicago Board Options Exchange', 'Chicago Mercantile Exchange',
  // Investors
  'SoftBank Vision Fund', 'Sequoia Capital', 'Sequoia', 'Andreessen Horowitz', 'a16z', 'Tiger Global',
  'Tiger Global Management', 'Blackstone', 'KKR', 'Kohlberg Kravis Roberts', 'Carlyle', 'Carlyle Group',
  'Apollo Global Management', 'TPG', 'Bain Capital', 'Bain & Co', 'BlackRock', 'Vanguard', 'Fidelity',
  'Fidelity Investments', 'Berkshire Hathaway', 'Temasek', 'GIC', 'Mubadala', 'Abu Dhabi Investment Authority',
  'Qatar Investment Authority', 'Public Investment Fund', 'Norges Bank Investment Management', 'CalPERS',
  'Insight Partners', 'Accel', 'Lightspeed Venture Partners', 'General Catalyst', 'Y Combinator', 'Founders Fund',
  'Thrive Capital', 'Kleiner Perkins', 'Index Ventures', 'Coatue', 'Greylock', 'Khosla Ventures', 'Spark Capital',
  'Menlo Ventures', 'Lux Capital', 'Salesforce Ventures', 'GV', 'Google Ventures', 'Microsoft Ventures',
  'Intel Capital', 'Silver Lake', 'Thoma Bravo', 'Vista Equity Partners', 'Warburg Pincus', 'Permira', 'CVC',
  'EQT', 'Advent International', 'Hellman & Friedman', 'Elliott Management', 'Icahn Enterprises', 'Hanson Trust',
  'Hanson', 'Lazard', 'Rothschild', 'Evercore', 'Jefferies', 'Wasserstein Perella',
  // Airlines and transport
  'Delta Air Lines', 'United Airlines', 'American Airlines', 'Southwest Airlines', 'TWA', 'Trans World Airlines',
  'Pan Am', 'Eastern Airlines', 'Texas Air', 'USAir', 'Northwest Airlines', 'British Airways', 'Lufthansa',
  'Air France', 'KLM', 'Qantas', 'FedEx', 'Federal Express', 'UPS', 'United Parcel Service', 'DHL', 'Maersk',
  'Union Pacific', 'CSX', 'Norfolk Southern', 'Santa Fe Southern Pacific', 'Burlington Northern',
];

/**
 * Well-known public bodies whose names carry no head word of their own ("Federal Reserve",
 * "Bundesbank") or are acronyms ("SEC", "FTC"). Other regulators, courts, legislatures and
 * ministries are recognized by the last word of their name (PUBLIC_BODY_HEADS in orgCues.ts), and
 * their acronyms when the article spells them out. Mentions of these are marked
 * `kind: 'public_body'` and never take a role in a deal.
 */
export const PUBLIC_BODIES: readonly string[] = [
  'Securities and Exchange Commission', 'SEC', 'Federal Trade Commission', 'FTC', 'Federal Communications Commission',
  'FCC', 'Interstate Commerce Commission', 'ICC', 'Federal Reserve', 'Federal Reserve Board',
  'Federal Deposit Insurance Corp', 'Federal Deposit Insurance Corporation', 'FDIC', 'Food and Drug Administration',
  'FDA', 'Environmental Protection Agency', 'EPA', 'Internal Revenue Service', 'IRS', 'Federal Aviation Administration',
  'FAA', 'Justice Department', 'Department of Justice', 'Monopolies and Mergers Commission', 'Office of Fair Trading',
  'Bundesbank', 'Bank of England', 'Bank of Japan', 'European Commission', 'International Monetary Fund', 'IMF',
  'World Bank', 'OPEC',
];

/**
 * Short forms that name the same organization as a full name above. Used to join an article's
 * "IBM" with its "International Business Machines Corp" when both appear.
 */
export const ORGANIZATION_ALIASES: Readonly<Record<string, string>> = {
  AWS: 'Amazon Web Services',
  'Amazon.com': 'Amazon',
  IBM: 'International Business Machines',
  GM: 'General Motors',
  GE: 'General Electric',
  HP: 'Hewlett-Packard',
  'P&G': 'Procter & Gamble',
  AMD: 'Advanced Micro Devices',
  TSMC: 'Taiwan Semiconductor Manufacturing',
  ICI: 'Imperial Chemical Industries',
  AIG: 'American International Group',
  KKR: 'Kohlberg Kravis Roberts',
  TWA: 'Trans World Airlines',
  UPS: 'United Parcel Service',
  GSK: 'GlaxoSmithKline',
  a16z: 'Andreessen Horowitz',
  'Google Ventures': 'GV',
  'Meta Platforms': 'Meta',
  ExxonMobil: 'Exxon Mobil',
  'Wal-Mart': 'Walmart',
  'Wal-Mart Stores': 'Walmart',
  NVIDIA: 'Nvidia',
  'Mistral AI': 'Mistral',
  'Federal Express': 'FedEx',
  'AT&T': 'American Telephone and Telegraph',
  'American Telephone & Telegraph': 'American Telephone and Telegraph',
  'British Telecom': 'British Telecommunications',
  BT: 'British Telecommunications',
  'Mitsubishi UFJ': 'MUFG',
};

/** Subsidiaries and the organization that owns them (as of the lexicon's writing). */
export const ORGANIZATION_PARENTS: Readonly<Record<string, string>> = {
  'Amazon Web Services': 'Amazon',
  AWS: 'Amazon',
  YouTube: 'Google',
  DeepMind: 'Google',
  'Google DeepMind': 'Google',
  Waymo: 'Alphabet',
  GV: 'Alphabet',
  Instagram: 'Meta',
  WhatsApp: 'Meta',
  LinkedIn: 'Microsoft',
  GitHub: 'Microsoft',
  'Microsoft Ventures': 'Microsoft',
  'Red Hat': 'IBM',
  'Intel Capital': 'Intel',
  'Salesforce Ventures': 'Salesforce',
  'SoftBank Vision Fund': 'SoftBank',
  Citibank: 'Citigroup',
  'Shell Oil': 'Royal Dutch Shell',
};
