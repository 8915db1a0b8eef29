/**
 * Word pools for the background prose grammar. Words that mean the same thing sit in one group, so a restatement
 * can swap a word for a synonym the way a rewriting reporter does; the pools are large so that two unrelated
 * sentences rarely share more than a function word or two.
 */

/** A verb with the forms the grammar needs: past tense, passive participle and the noun a rewrite turns it into. */
export interface Verb {
  past: string;
  participle: string;
  noun: string;
}

const v = (past: string, participle: string, noun: string): Verb => ({ past, participle, noun });

/** Decisions an institution takes about a plan; each inner list is one meaning. */
export const DECISION_VERBS: Verb[][] = [
  [v('approved', 'approved', 'approval'), v('endorsed', 'endorsed', 'endorsement'), v('backed', 'backed', 'backing')],
  [v('rejected', 'rejected', 'rejection'), v('threw out', 'thrown out', 'rejection'), v('voted down', 'voted down', 'defeat')],
  [v('postponed', 'postponed', 'postponement'), v('delayed', 'delayed', 'delay'), v('put off', 'put off', 'postponement')],
  [v('announced', 'announced', 'announcement'), v('unveiled', 'unveiled', 'unveiling'), v('presented', 'presented', 'presentation')],
  [v('suspended', 'suspended', 'suspension'), v('halted', 'halted', 'halt'), v('froze', 'frozen', 'freeze')],
  [v('extended', 'extended', 'extension'), v('prolonged', 'prolonged', 'extension'), v('renewed', 'renewed', 'renewal')],
  [v('revised', 'revised', 'revision'), v('amended', 'amended', 'amendment'), v('reworked', 'reworked', 'overhaul')],
  [v('signed', 'signed', 'signing'), v('sealed', 'sealed', 'signing'), v('concluded', 'concluded', 'conclusion')],
  [v('investigated', 'investigated', 'investigation'), v('examined', 'examined', 'examination'), v('reviewed', 'reviewed', 'review')],
  [v('cancelled', 'cancelled', 'cancellation'), v('scrapped', 'scrapped', 'scrapping'), v('dropped', 'dropped', 'withdrawal')],
  [v('financed', 'financed', 'financing'), v('funded', 'funded', 'funding'), v('paid for', 'paid for', 'payment')],
  [v('inspected', 'inspected', 'inspection'), v('audited', 'audited', 'audit'), v('checked', 'checked', 'check')],
  [v('completed', 'completed', 'completion'), v('finished', 'finished', 'completion'), v('wrapped up', 'wrapped up', 'completion')],
  [v('defended', 'defended', 'defence'), v('justified', 'justified', 'justification'), v('championed', 'championed', 'support')],
  [v('criticised', 'criticised', 'criticism'), v('condemned', 'condemned', 'condemnation'), v('attacked', 'attacked', 'attack')],
];

/** Things an institution decides about, with their synonyms. */
export const PLAN_NOUNS: string[][] = [
  ['plan', 'proposal', 'scheme'], ['budget', 'spending plan', 'budget draft'], ['contract', 'deal', 'agreement'],
  ['tender', 'procurement round', 'bidding process'], ['permit', 'licence', 'authorisation'], ['reform', 'overhaul', 'shake-up'],
  ['ordinance', 'bylaw', 'regulation'], ['subsidy', 'grant', 'support payment'], ['loan', 'credit line', 'financing package'],
  ['evacuation order', 'evacuation notice', 'evacuation ruling'], ['curfew', 'night curfew', 'curfew order'],
  ['tariff increase', 'rate rise', 'price increase'], ['merger', 'takeover', 'tie-up'], ['lease', 'rental agreement', 'tenancy'],
  ['strategy', 'roadmap', 'blueprint'], ['inquiry', 'investigation', 'probe'], ['timetable', 'schedule', 'calendar'],
  ['ban', 'prohibition', 'embargo'], ['quota', 'allocation', 'ceiling'], ['ceasefire proposal', 'truce offer', 'peace proposal'],
];

/** What a plan is about: concrete, mostly rare nouns, as in the detail of real reporting. */
export const PLAN_TOPICS = [
  'the sewage works', 'the grain elevator', 'the tram depot', 'the maternity ward', 'the ferry terminal', 'the bypass road',
  'the cement plant', 'the border crossing', 'the fish market', 'the rail spur', 'the water tower', 'the quarry',
  'the sawmill', 'the dairy cooperative', 'the orphanage', 'the bus station', 'the lignite mine', 'the pumping station',
  'the municipal stadium', 'the riverside embankment', 'the fertiliser depot', 'the textile mill', 'the customs warehouse',
  'the airstrip', 'the brewery', 'the district clinic', 'the boiler house', 'the tannery', 'the abattoir', 'the canal locks',
  'the glassworks', 'the cold store', 'the shipyard', 'the seed bank', 'the printing works', 'the tram line',
  'the refinery', 'the bakery chain', 'the landfill', 'the ski lift', 'the observatory', 'the cattle market',
  'the chemical works', 'the veterinary station', 'the radio mast', 'the dam', 'the granary', 'the library annex',
  'the ropeway', 'the fire station', 'the tobacco factory', 'the salt mine', 'the wind farm', 'the apple orchards',
  'the forestry office', 'the hydrofoil service', 'the thermal baths', 'the power line', 'the marina', 'the tyre plant',
];

/** Places named after what they handle ("the lobster warehouse"): with a rare word in front, no two read alike. */
export const FACILITIES = ['depot', 'warehouse', 'market', 'plant', 'factory', 'yard', 'terminal', 'cooperative', 'store', 'workshop', 'museum', 'school', 'farm', 'mill'];

export const INSTITUTIONS = [
  'the district council', 'the regional assembly', 'the town hall', 'the energy regulator', 'the port authority',
  'the health inspectorate', 'the transport ministry', 'the finance committee', 'the county court', 'the works council',
  'the farmers union', 'the chamber of commerce', 'the environment agency', 'the housing board', 'the rail operator',
  'the water company', 'the audit office', 'the planning commission', 'the teachers union', 'the customs service',
];

export const ROLES = [
  'the deputy mayor', 'a grain trader', 'a hospital nurse', 'a council leader', 'a lorry driver',
  'a retired engineer', 'the harbour master', 'a shop owner', 'a school headteacher', 'the parish priest', 'a volunteer medic',
  'a union organiser', 'a pensioner', 'the plant manager', 'a ferry captain', 'a civil engineer', 'the station chief',
  'a fisherman', 'a local journalist', 'a beekeeper', 'the district prosecutor', 'a dairy farmer', 'a hotel receptionist',
  'an electrician', 'a taxi driver', 'the stationmaster', 'a customs officer', 'a pharmacist', 'a bus mechanic', 'a baker',
];

export const ADJECTIVES = [
  'disputed', 'long-awaited', 'controversial', 'costly', 'ambitious', 'modest', 'revised', 'stalled', 'overdue', 'scaled-back',
  'provisional', 'sweeping', 'unpopular', 'delayed', 'much-criticised', 'tentative', 'fragile', 'expensive', 'leaked', 'draft',
];

export const ADVERBS = ['quietly', 'narrowly', 'abruptly', 'formally', 'finally', 'unexpectedly', 'reluctantly', 'swiftly', 'again', 'partly', 'provisionally', 'unanimously'];

/** Reasons given for a decision, each in two wordings: `{X}` is filled by the grammar. */
export const REASONS: Array<[string, string]> = [
  ['after a {H} debate', 'after {H} debating'],
  ['despite objections from {G}', 'though {G} objected'],
  ['because of {P}', 'citing {P}'],
  ['after {P} drew complaints', 'as complaints about {P} grew'],
  ['amid protests by {G}', 'as {G} protested'],
  ['to avoid {P}', 'hoping to prevent {P}'],
  ['after {G} threatened to sue', 'as {G} threatened legal action'],
  ['pending a ruling on {P}', 'until judges rule on {P}'],
  ['once {G} signed a petition', 'after {G} petitioned'],
  ['over {P}', 'in a row over {P}'],
  ['as {P} mounted', 'with {P} mounting'],
  ['to placate {G}', 'hoping to calm {G}'],
  ['after an audit found {P}', 'when auditors flagged {P}'],
  ['under pressure from {G}', 'pressed by {G}'],
];

export const GROUPS = [
  'local residents', 'shopkeepers', 'environmental groups', 'taxi drivers', 'parents', 'fishermen', 'pensioners',
  'hospital staff', 'farmers', 'students', 'dock workers', 'church leaders', 'opposition councillors', 'tenants',
  'commuters', 'landlords', 'miners', 'nurses', 'veterans', 'cyclists', 'beekeepers', 'market traders', 'truckers',
  'midwives', 'anglers', 'retired teachers', 'young families', 'seasonal workers', 'builders', 'hunters',
];

/** Problems, each led by a rare word `{S}` (a singular noun), so that two reasons rarely read alike. */
export const PROBLEMS = [
  '{S} shortages', '{S} thefts', '{S} damage', '{S} prices', '{S} delays', 'unpaid {S} bills', '{S} disputes',
  '{S} complaints', 'a {S} fire', '{S} leaks', 'faulty {S} parts', '{S} fraud',
];

/** Times, each in two wordings a rewrite may switch between. */
export const TIMES: Array<[string, string]> = [
  ['on {D}', 'on {D}'], ['late on {D}', 'on {D} evening'], ['early on {D}', 'on {D} morning'], ['last week', 'a week ago'],
  ['this month', 'in recent weeks'], ['on {D} afternoon', 'on {D}'], ['overnight', 'during the night'],
  ['this week', 'in recent days'],
  ['on {D} night', 'late on {D}'], ['before dawn on {D}', 'early on {D}'], ['at a {D} session', 'on {D}'],
  ['at noon on {D}', 'on {D} afternoon'], ['last month', 'a month ago'],
];

/** Counted things for background figures; a figure's value is fixed per place and noun (see `prose.ts`). */
export const COUNTED = [
  'families', 'households', 'pupils', 'beds', 'buses', 'wagons', 'jobs', 'flats', 'patients', 'trucks', 'hectares',
  'apprentices', 'boilers', 'shops', 'cattle', 'boats', 'generators', 'streetlights', 'classrooms', 'volunteers',
];

/** Statements a quoted person makes; first-person, with one rare detail each. */
export const QUOTE_OPENERS = [
  'We still wait for', 'Nobody told us about', 'I have never seen', 'Our street depends on', 'We were promised',
  'People are tired of', 'My children ask about', 'We will fight for', 'Nobody can explain', 'Nobody here believes in',
  'Since {D} we talk only about', 'Everyone is angry about', 'We used to be proud of', 'Forget about',
];

/** Quote endings; `{R}` is a rare word, so that no two quotes end alike. */
export const QUOTE_TAILS = [
  'and nobody mentions the {R}', 'but officials talk about {R}', 'yet we queue for {R}', 'while the {R} rot outside',
  'and the {R} are gone', 'so we collect {R} ourselves', 'though the {R} never came', 'and now even {R} cost more',
];

export const CONNECTIVES = ['Meanwhile,', 'Still,', 'Separately,', 'Elsewhere,', 'Later,', 'Even so,', 'For now,', 'Instead,'];

export const SAID = ['said', 'told reporters', 'told local radio', 'wrote online', 'added', 'told us'];

export const COMPANY_SUFFIXES = ['Logistics', 'Holdings', 'Agro', 'Energy', 'Shipping', 'Transit', 'Steel', 'Foods', 'Construction', 'Pharma'];
