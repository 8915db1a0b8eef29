import type { KnownEntity } from './known-entities';

const org = (name: string, ...aliases: string[]): KnownEntity => ({ name, type: 'organization', aliases });

/**
 * Companies, news agencies, central banks, armed groups and sports bodies that world news names constantly and
 * that the generated organisation list (compromise's lexicon) lacks, often because the name is also a word
 * ("Apple", "Shell", "Meta"): here they count only when capitalised.
 */
export const KNOWN_BUSINESSES: KnownEntity[] = [
  // Technology
  org('Apple', 'Apple Inc.'), org('Amazon', 'Amazon.com'), org('Alphabet'), org('Meta', 'Meta Platforms'),
  org('OpenAI'), org('Anthropic'), org('Tesla', 'Tesla Inc.'), org('Huawei'), org('Alibaba'), org('ByteDance'),
  org('TikTok'), org('Xiaomi'), org('TSMC', 'Taiwan Semiconductor Manufacturing Company'), org('Qualcomm'),
  org('ASML'), org('Oracle'), org('Adobe'), org('Spotify'), org('Uber'), org('X Corp'), org('Foxconn'),
  org('SK Hynix'), org('Broadcom'), org('Micron'),
  // Finance
  org('Morgan Stanley'), org('Bank of America'), org('Citi', 'Citibank'), org('Deutsche Bank'), org('BNP Paribas'),
  org('Barclays'), org('Credit Suisse'), org('UBS'), org('BlackRock'), org('Moody\'s'), org('S&P Global'),
  org('Fitch', 'Fitch Ratings'), org('Santander'), org('Société Générale', 'Societe Generale'), org('Commerzbank'),
  org('Nomura'), org('Visa Inc.'), org('Mastercard'), org('London Stock Exchange'),
  org('New York Stock Exchange', 'NYSE'),
  // Central banks and regulators
  org('Bank of England', 'BoE'), org('Bank of Japan', 'BoJ'), org("People's Bank of China", 'PBOC'),
  org('Bundesbank'), org('Swiss National Bank', 'SNB'), org('Securities and Exchange Commission', 'SEC'),
  org('Federal Trade Commission', 'FTC'), org('Bank for International Settlements', 'BIS'),
  // Energy, industry, defence
  org('Shell'), org('TotalEnergies'), org('Saudi Aramco', 'Aramco'), org('Rosneft'), org('Lukoil'), org('Equinor'),
  org('Naftogaz'), org('Northrop Grumman'), org('BAE Systems'), org('Thales'), org('General Dynamics'),
  org('Almaz-Antey'), org('Rostec'), org('Baykar'), org('Siemens'), org('Stellantis'), org('Renault'),
  org('Volkswagen', 'VW'), org('Mercedes-Benz'), org('BYD'), org('Kia'), org('ArcelorMittal'), org('Maersk'),
  org('Rio Tinto'), org('BHP'),
  // Health and consumer
  org('Moderna'), org('AstraZeneca'), org('BioNTech'), org('Merck'), org('Roche'), org('Sanofi'), org('Novo Nordisk'),
  org('GSK', 'GlaxoSmithKline'), org('Eli Lilly'), org('Walt Disney', 'Disney'), org('Nestlé'), org('Unilever'),
  org('Carrefour'),
  // News organisations
  org('Xinhua'), org('Ukrinform'), org('Al Jazeera'), org('Washington Post'), org('Wall Street Journal', 'WSJ'),
  org('Financial Times', 'FT'), org('The Economist'), org('Politico'), org('Axios'), org('CNBC'), org('Fox News'),
  org('Sky News'), org('Deutsche Welle', 'DW'), org('Le Monde'), org('Der Spiegel'), org('The Guardian'),
  org('New York Times', 'NYT'), org('NPR'), org('Kyiv Independent'), org('Meduza'), org('RT', 'Russia Today'),
  // Wire services quoted as sources all over the world's news.
  org('Yonhap'), org('Kyodo'), org('Itar-Tass', 'ITAR-TASS'), org('Bernama'), org('Antara'), org('Press Trust of India', 'PTI'),
  org('ANSA'), org('EFE'), org('Anadolu Agency', 'Anadolu'), org('IRNA'), org('Prensa Latina'), org('Tanjug'),
  org('London Metal Exchange', 'LME'),
  // Armed and political groups, agencies
  org('al-Qaeda', 'Al Qaeda'), org('MI5'), org('Europol'), org('Frontex'), org('Eurostat'),
  org('International Energy Agency', 'IEA'), org('World Food Programme', 'WFP'),
  org('Doctors Without Borders', 'Médecins Sans Frontières', 'MSF'), org('Greenpeace'),
  org('Transparency International'), org('Supreme Court'), org('Intergovernmental Panel on Climate Change', 'IPCC'),
  // Parliaments
  org('House of Representatives', 'US House'), org('House of Commons'), org('House of Lords'), org('Bundesrat'),
  org('National Assembly'), org('Lok Sabha'), org('Rajya Sabha'), org('Sejm'), org('Federation Council'),
  org('Riksdag'), org('Storting'), org('Folketing'), org('Assemblée nationale'),
  // Sport
  org('UEFA'), org('International Olympic Committee', 'IOC'), org('FIFA'), org('Bundesliga'), org('La Liga'),
  org('Serie A'), org('Manchester United', 'Man United'), org('Liverpool FC'), org('Chelsea FC'), org('Arsenal FC'),
  org('Bayern Munich'), org('Paris Saint-Germain', 'PSG'), org('Juventus'), org('Inter Milan'), org('AC Milan'),
  org('Barcelona FC', 'FC Barcelona'),
];
