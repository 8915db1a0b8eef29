// Word lists that steer the recogniser. Each list exists because no data package supplies it; keys are lower case.

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

// Function words and discourse markers: capitalised only because they open a sentence, heading or bullet.
export const STOP_CAPITALS = set(`
a an the this that these those there here it its it's he she they we i you his her their our your my me us them
and or but nor so yet if then than when while whereas where whether after before since until unless because as
although though however moreover furthermore meanwhile additionally also still instead nevertheless nonetheless
consequently conversely therefore thus hence indeed overall finally firstly secondly lastly further besides
in on at by for from of to with without within into onto over under about above below between among amid amidst
across along around against toward towards through during despite per via upon beyond near like unlike
what which who whom whose why how all any both each every few many more most much no none not only other some
such one two three four five six seven eight nine ten first second third last next recent several
is are was were be been being has have had do does did will would shall should can could may might must
conclusion introduction summary overview background analysis update updates note notes source sources pros cons
key takeaways related read more photo video advertisement editor editorial opinion breaking live exclusive
table figure chart map details feature features yes ok okay please thanks today yesterday tomorrow tonight
monday tuesday wednesday thursday friday saturday sunday january february march april june july august
september october november december mon tue tues wed thu thurs fri sat sun jan feb mar apr jun jul aug sep sept
oct nov dec mach celsius fahrenheit kelvin richter
`);

// Acronyms that are common nouns, units or time zones, not names of anything.
export const STOP_ACRONYMS = set(`
gdp gnp ceo cfo coo cto ai tv pc pdf id pr it ok am pm utc gmt est edt cet cest bst usd eur gbp rub uah
km kg mph kph mw gw kw twh bn mln dna rna hiv aids covid sars faq pdf ngo ngos ipo vat ev evs suv uav uavs
icbm icbms irbm irbms srbm slbm sam sams mlrs ied ieds hq ap cnn vip ceo mp mps eta asap diy rip lol usb gps
iv cv ii iii vi vii viii ix xi xii xx lng lpg cpi ppi esg ict api sms mou gmo ev hr hq pow pows idp idps
`);

// Titles and roles before a person's name; stripped from the name and taken as evidence of a person.
export const TITLES = set(`
president minister premier chancellor leader secretary secretary-general senator sen rep representative
congressman congresswoman governor gov mayor general gen lt lieutenant colonel col major maj admiral adm
captain capt sgt sergeant commander chief king queen prince princess pope sheikh emir ambassador envoy
spokesman spokeswoman spokesperson mr mrs ms dr prof professor judge justice director chairman chairwoman
marshal patriarch cardinal archbishop bishop rabbi imam ayatollah sir lord lady dame speaker commissioner
founder dictator strongman counterpart emperor tsar czar officer chair chairperson executive
striker midfielder defender goalkeeper winger playmaker batsman bowler pitcher quarterback coach skipper
teammate compatriot novelist author poet actor actress singer journalist correspondent lawyer attorney
businessman businesswoman tycoon billionaire dissident activist
`);

// Words that qualify a title ("Foreign Minister", "Vice President"); stripped with it but no evidence alone.
export const TITLE_MODIFIERS = set(`
vice prime deputy acting former foreign defense defence interior finance economy trade health energy
agriculture justice crown field chief executive first grand supreme opposition senior top state
`);

// Verbs of speech after a name: a person says, a place does not.
export const SPEECH_VERBS = set(`said says told added stated noted wrote argued claimed insisted warned explained
announced tweeted posted declared`);

// Last word of an organisation's name ("Ministry", "Institute", "Party").
export const ORG_SUFFIXES = set(`
ministry institute institution union council agency bank corp corporation inc ltd llc plc gmbh ag sa university
party army forces force navy command committee commission organization organisation group fund court parliament
assembly office department service services association alliance company foundation guard front movement
bureau authority board centre center academy college school times post journal news network airlines airways
railways media corps brigade regiment battalion division congress senate cabinet coalition exchange holdings
industries motors technologies labs laboratory society club federation trust partners tribunal secretariat
wire pact united fc rovers athletic wanderers albion hotspur museum gallery library orchestra theatre theater
hospital clinic observatory brothers
newsroom zeitung gazette herald tribune press broadcasting radio television telecom telecommunications
communications pharmaceutical pharmaceuticals chemical chemicals electric power petroleum steel mining insurance
securities financial bancorp enterprises investments ventures software foods cables controls spa league
international
`);

// First word of an organisation's name, followed by "of"/"for" ("Ministry of Foreign Affairs", "Union State").
export const ORG_HEADS = set(`
ministry institute university bank department council office court committee commission union federation
board bureau agency academy college school centre center embassy government port party league association organization
organisation society alliance
`);

// Nouns after a product name ("Oreshnik missile", "Patriot batteries").
export const PRODUCT_NOUNS = set(`
missile missiles system systems battery batteries drone drones jet jets fighter fighters bomber bombers tank tanks
howitzer howitzers rocket rockets launcher launchers aircraft helicopter helicopters submarine submarines warship
warships frigate frigates destroyer destroyers corvette corvettes cruiser rifle rifles vehicle vehicles interceptor
interceptors radar radars warhead warheads satellite satellites complex complexes munition munitions
chip chips accelerator accelerators processor processors smartphone smartphones
`);

// Modifiers allowed between a product name and its noun ("Oreshnik ballistic missiles").
export const PRODUCT_MODIFIERS = set(`
ballistic cruise hypersonic intercontinental intermediate medium short long range air defense defence anti aircraft
ship tank surface to multiple launch rocket attack stealth combat main battle fighter unmanned armed strike guided
artillery self propelled nuclear capable mobile precision tactical strategic kamikaze loitering munition heavy light
armored armoured infantry fighting jet transport reconnaissance spy early warning mid
`);

// Last word of a place name the gazetteers miss ("Kherson Oblast", "Red Square").
export const PLACE_SUFFIXES = set(`
oblast province region county district street square river sea ocean island islands mountains strait gulf bay
peninsula valley lake canal desert plateau krai republic coast mountain
tower bridge palace cathedral airport station stadium mosque guesthouse airbase
`);

// Last words that belong to a product's own name ("James Webb Space Telescope", "Perseverance Rover").
export const NAMED_PRODUCT_NOUNS = set(`telescope spacecraft rover lander probe`);

// Words that make a capitalised phrase an event ("Munich Security Conference", "Cold War").
export const EVENT_SUFFIXES = set(`war summit conference olympics games election elections cup forum festival
championship championships revolution offensive marathon tournament prix rally regatta expo biennale protests
uprising accords treaty agreement referendum crisis massacre earthquake`);

// Prepositions that put an unknown capitalised word in a place ("in Pokrovsk").
export const PLACE_PREPOSITIONS = set(`in near outside around toward towards across inside`);

// Lower-case particles inside names ("Institute for the Study of War", "Ludwig van Beethoven", "Le Havre").
export const NAME_CONNECTORS = set(`of for the and de da del della der den van von al el bin ibn du la le y on`);

// First word of a place name ("Lake Zürich", "Canton of Zürich", "Mount Everest").
export const PLACE_HEADS = set(`lake mount mt cape canton province county district region isle gulf bay river`);

// First word of an event's name ("Storm Ciarán", "Operation Barbarossa", "Battle of Kursk").
export const EVENT_HEADS = set(`storm hurricane typhoon cyclone operation battle siege`);

// Nouns after an event's name ("the Iron Defender exercise", "Zapad-2021 drills").
export const EVENT_NOUNS = set(`exercise exercises drills drill wargames manoeuvres maneuvers summit offensive
counteroffensive operation`);

// Nouns after a place's name ("the Seine estuary", "the Normandy coast").
export const PLACE_NOUNS = set(`estuary coast coastline river valley delta basin riverbank region state province oblast
county district city town village`);

// Nouns just before an organisation's name ("Turkish manufacturer Baykar", "broadcaster BBC").
export const ORG_CUES = set(`manufacturer manufacturers maker makers firm company group agency broadcaster newspaper
developer contractor operator carrier airline insurer lender bank startup regulator watchdog outlet publisher
producer supplier conglomerate giant`);

// First words of place names the gazetteers miss ("New Jersey", "Western Sahara", "San Marcos").
export const PLACE_PREFIXES = set(`new north south east west northern southern eastern western upper lower central greater
saint st san santa sao los las port fort`);

// People who work "at" an organisation ("analysts at Morgan Stanley").
export const ROLE_NOUNS = set(`analysts analyst economists economist researchers researcher scientists scientist
strategists strategist officials official executives executive engineers engineer staff employees employee workers
experts expert professor professors lawyers`);
