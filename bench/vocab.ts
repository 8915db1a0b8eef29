/** Word lists for the synthetic corpus: real-world names with their aliases, outlets, first names, calendar words. */

export interface NamedEntity {
  name: string;
  /** Other ways articles write the same entity; the first is the usual short form. */
  aliases: string[];
}

export const PEOPLE: NamedEntity[] = [
  { name: 'Volodymyr Zelenskyy', aliases: ['Zelensky', 'Zelenskyy'] },
  { name: 'Vladimir Putin', aliases: ['Putin'] },
  { name: 'Alexander Lukashenko', aliases: ['Lukashenko'] },
  { name: 'Donald Tusk', aliases: ['Tusk'] },
  { name: 'Emmanuel Macron', aliases: ['Macron'] },
  { name: 'Olaf Scholz', aliases: ['Scholz'] },
  { name: 'Mark Rutte', aliases: ['Rutte'] },
  { name: 'Ursula von der Leyen', aliases: ['von der Leyen'] },
  { name: 'Recep Tayyip Erdoğan', aliases: ['Erdoğan', 'Erdogan'] },
  { name: 'Antony Blinken', aliases: ['Blinken'] },
  { name: 'Sergei Lavrov', aliases: ['Lavrov'] },
  { name: 'Dmitry Peskov', aliases: ['Peskov'] },
  { name: 'Andrzej Duda', aliases: ['Duda'] },
  { name: 'Gitanas Nausėda', aliases: ['Nausėda'] },
  { name: 'Kaja Kallas', aliases: ['Kallas'] },
  { name: 'Jens Stoltenberg', aliases: ['Stoltenberg'] },
];

export const PLACES: NamedEntity[] = [
  { name: 'Moscow', aliases: ['moscow'] },
  { name: 'Kyiv', aliases: ['Kiev'] },
  { name: 'Minsk', aliases: ['minsk'] },
  { name: 'Warsaw', aliases: ['warsaw'] },
  { name: 'Odesa', aliases: ['Odessa'] },
  { name: 'Kharkiv', aliases: ['Kharkov'] },
  { name: 'Vilnius', aliases: [] },
  { name: 'Riga', aliases: [] },
  { name: 'Berlin', aliases: [] },
  { name: 'Brussels', aliases: [] },
  { name: 'Paris', aliases: [] },
  { name: 'Ankara', aliases: [] },
  { name: 'Zürich', aliases: ['Zurich'] },
  { name: 'Le Havre', aliases: [] },
  { name: 'Gdańsk', aliases: ['Gdansk'] },
  { name: 'Lviv', aliases: ['Lvov'] },
  { name: 'Dnipro', aliases: [] },
  { name: 'Belarus', aliases: [] },
  { name: 'Ukraine', aliases: [] },
  { name: 'Poland', aliases: [] },
  { name: 'Lithuania', aliases: [] },
  { name: 'Germany', aliases: [] },
  { name: 'Romania', aliases: [] },
];

export const ORGS: NamedEntity[] = [
  { name: 'Institute for the Study of War', aliases: ['ISW'] },
  { name: 'North Atlantic Treaty Organization', aliases: ['NATO'] },
  { name: 'European Commission', aliases: ['Commission'] },
  { name: 'International Monetary Fund', aliases: ['IMF'] },
  { name: 'World Food Programme', aliases: ['WFP'] },
  { name: 'International Atomic Energy Agency', aliases: ['IAEA'] },
  { name: 'Organization for Security and Co-operation in Europe', aliases: ['OSCE'] },
  { name: 'Ministry of Defence', aliases: ['MoD'] },
  { name: 'European Central Bank', aliases: ['ECB'] },
  { name: 'Kiel Institute for the World Economy', aliases: ['Kiel Institute'] },
];

export const OUTLETS = ['Baltic Wire', 'Eastern Desk', 'Harbour Press', 'Continental News', 'The Ledger', 'Frontline Daily'];

// Syllables for invented weapon systems, vessels and projects: planted facts need subjects no other article names.
export const SYLLABLES = ['var', 'kes', 'tel', 'nor', 'zan', 'mir', 'obr', 'vol', 'gar', 'tek', 'sar', 'lun', 'dra', 'pek', 'rim', 'ost', 'bel', 'kor', 'han', 'vir'];
export const SYSTEM_KINDS = ['missile', 'drone', 'rocket system', 'radar', 'howitzer', 'interceptor', 'patrol vessel', 'cargo aircraft'];

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export const FIRST_NAMES = ['Anna', 'Oksana', 'Petro', 'Marta', 'Ivan', 'Olena', 'Tomasz', 'Agnieszka', 'Jonas', 'Ruta', 'Dmytro', 'Iryna', 'Pavel', 'Katarzyna', 'Andriy', 'Halyna', 'Marek', 'Lina', 'Yuri', 'Sofia', 'Bogdan', 'Vera', 'Karol', 'Daria'];
