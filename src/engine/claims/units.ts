import { table } from './lookup';
import type { Dimension, Token } from '../types';

/** A unit read after a number: the dimension, the SI unit name and how to convert into it. */
export interface UnitMatch {
  dimension: Dimension;
  unit: string;
  factor: number;
  /** Added after scaling (temperatures). */
  offset?: number;
  /** Token index one past the unit. */
  end: number;
}

interface UnitDef {
  seq: string[];
  dimension: Dimension;
  unit: string;
  factor: number;
  offset?: number;
  /** Single letters ("m", "h") are units only with this exact case, never mid-sentence words. */
  exact?: boolean;
}

const DAY = 86400;
const YEAR = 365.25 * DAY;
const MILE = 1609.344;
const NMI = 1852;

const LIGHT_YEAR = 9.4607304725808e15;

// Sequences of token norms; several spellings per unit. "tons" are taken as metric tonnes, which is what
// most news copy means and what keeps "2,000 tons" and "2,000 tonnes" comparable.
const TABLE: Array<[string, Dimension, string, number, number?]> = [
  // length
  ['km', 'length', 'm', 1000], ['kms', 'length', 'm', 1000], ['kilometre', 'length', 'm', 1000],
  ['kilometres', 'length', 'm', 1000], ['kilometer', 'length', 'm', 1000], ['kilometers', 'length', 'm', 1000],
  ['mile', 'length', 'm', MILE], ['miles', 'length', 'm', MILE], ['mi', 'length', 'm', MILE],
  ['nautical mile', 'length', 'm', NMI], ['nautical miles', 'length', 'm', NMI],
  // A spaced "-" in a key is a hyphen glued to both sides.
  ['light - year', 'length', 'm', LIGHT_YEAR], ['light - years', 'length', 'm', LIGHT_YEAR], ['light year', 'length', 'm', LIGHT_YEAR],
  ['light years', 'length', 'm', LIGHT_YEAR],
  ['metre', 'length', 'm', 1], ['metres', 'length', 'm', 1], ['meter', 'length', 'm', 1], ['meters', 'length', 'm', 1],
  ['cm', 'length', 'm', 0.01], ['centimetres', 'length', 'm', 0.01], ['centimeters', 'length', 'm', 0.01],
  ['centimetre', 'length', 'm', 0.01], ['centimeter', 'length', 'm', 0.01],
  ['mm', 'length', 'm', 0.001], ['millimetres', 'length', 'm', 0.001], ['millimeters', 'length', 'm', 0.001],
  ['millimetre', 'length', 'm', 0.001], ['millimeter', 'length', 'm', 0.001],
  ['μm', 'length', 'm', 1e-6], ['µm', 'length', 'm', 1e-6], ['micron', 'length', 'm', 1e-6], ['microns', 'length', 'm', 1e-6],
  ['micrometre', 'length', 'm', 1e-6], ['micrometres', 'length', 'm', 1e-6], ['micrometer', 'length', 'm', 1e-6],
  ['micrometers', 'length', 'm', 1e-6], ['nanometre', 'length', 'm', 1e-9],
  ['nanometres', 'length', 'm', 1e-9], ['nanometer', 'length', 'm', 1e-9], ['nanometers', 'length', 'm', 1e-9],
  ['ft', 'length', 'm', 0.3048], ['feet', 'length', 'm', 0.3048], ['foot', 'length', 'm', 0.3048],
  ['inch', 'length', 'm', 0.0254], ['inches', 'length', 'm', 0.0254], ['yards', 'length', 'm', 0.9144],
  ['yard', 'length', 'm', 0.9144], ['light years', 'length', 'm', 9.4607e15],
  // mass
  ['tonne', 'mass', 'kg', 1000], ['tonnes', 'mass', 'kg', 1000], ['ton', 'mass', 'kg', 1000], ['tons', 'mass', 'kg', 1000],
  ['metric tons', 'mass', 'kg', 1000], ['metric tonnes', 'mass', 'kg', 1000], ['kg', 'mass', 'kg', 1],
  ['kgs', 'mass', 'kg', 1], ['kilogram', 'mass', 'kg', 1], ['kilograms', 'mass', 'kg', 1], ['kilogrammes', 'mass', 'kg', 1],
  ['kilos', 'mass', 'kg', 1], ['kilo', 'mass', 'kg', 1], ['grams', 'mass', 'kg', 0.001], ['gram', 'mass', 'kg', 0.001],
  ['grammes', 'mass', 'kg', 0.001], ['lb', 'mass', 'kg', 0.45359237], ['lbs', 'mass', 'kg', 0.45359237],
  ['pounds', 'mass', 'kg', 0.45359237], ['pound', 'mass', 'kg', 0.45359237], ['ounces', 'mass', 'kg', 0.0283495],
  ['oz', 'mass', 'kg', 0.0283495], ['kilotons', 'mass', 'kg', 1e6], ['kilotonnes', 'mass', 'kg', 1e6],
  ['megatons', 'mass', 'kg', 1e9], ['megatonnes', 'mass', 'kg', 1e9], ['gigatons', 'mass', 'kg', 1e12],
  ['gigatonnes', 'mass', 'kg', 1e12], ['mg', 'mass', 'kg', 1e-6], ['milligrams', 'mass', 'kg', 1e-6],
  ['milligram', 'mass', 'kg', 1e-6], ['milligrammes', 'mass', 'kg', 1e-6],
  // speed
  ['m . p . h', 'speed', 'm/s', MILE / 3600],
  ['km / h', 'speed', 'm/s', 1000 / 3600], ['kmh', 'speed', 'm/s', 1000 / 3600], ['kph', 'speed', 'm/s', 1000 / 3600],
  ['km / hr', 'speed', 'm/s', 1000 / 3600], ['km per hour', 'speed', 'm/s', 1000 / 3600],
  ['km an hour', 'speed', 'm/s', 1000 / 3600], ['kilometres per hour', 'speed', 'm/s', 1000 / 3600],
  ['kilometers per hour', 'speed', 'm/s', 1000 / 3600], ['kilometres an hour', 'speed', 'm/s', 1000 / 3600],
  ['kilometers an hour', 'speed', 'm/s', 1000 / 3600], ['mph', 'speed', 'm/s', MILE / 3600],
  ['miles per hour', 'speed', 'm/s', MILE / 3600], ['miles an hour', 'speed', 'm/s', MILE / 3600],
  ['knots', 'speed', 'm/s', NMI / 3600], ['knot', 'speed', 'm/s', NMI / 3600],
  ['m / s', 'speed', 'm/s', 1], ['metres per second', 'speed', 'm/s', 1], ['meters per second', 'speed', 'm/s', 1],
  ['km / s', 'speed', 'm/s', 1000], ['kilometres per second', 'speed', 'm/s', 1000], ['kilometers per second', 'speed', 'm/s', 1000],
  // area
  ['km²', 'area', 'm2', 1e6], ['km 2', 'area', 'm2', 1e6], ['sq km', 'area', 'm2', 1e6], ['sq . km', 'area', 'm2', 1e6],
  ['square kilometres', 'area', 'm2', 1e6], ['square kilometers', 'area', 'm2', 1e6], ['square km', 'area', 'm2', 1e6],
  ['square miles', 'area', 'm2', MILE * MILE], ['sq miles', 'area', 'm2', MILE * MILE], ['sq mi', 'area', 'm2', MILE * MILE],
  ['square metres', 'area', 'm2', 1], ['square meters', 'area', 'm2', 1], ['sq m', 'area', 'm2', 1], ['m²', 'area', 'm2', 1],
  ['square feet', 'area', 'm2', 0.09290304], ['sq ft', 'area', 'm2', 0.09290304], ['hectares', 'area', 'm2', 1e4],
  ['hectare', 'area', 'm2', 1e4], ['ha', 'area', 'm2', 1e4], ['acres', 'area', 'm2', 4046.8564224], ['acre', 'area', 'm2', 4046.8564224],
  // volume
  ['litres', 'volume', 'm3', 0.001], ['liters', 'volume', 'm3', 0.001], ['litre', 'volume', 'm3', 0.001], ['liter', 'volume', 'm3', 0.001],
  ['millilitres', 'volume', 'm3', 1e-6], ['milliliters', 'volume', 'm3', 1e-6], ['ml', 'volume', 'm3', 1e-6],
  ['cubic metres', 'volume', 'm3', 1], ['cubic meters', 'volume', 'm3', 1], ['m³', 'volume', 'm3', 1], ['m 3', 'volume', 'm3', 1],
  ['cubic feet', 'volume', 'm3', 0.0283168], ['barrels', 'volume', 'm3', 0.158987], ['barrel', 'volume', 'm3', 0.158987],
  ['bbl', 'volume', 'm3', 0.158987], ['gallons', 'volume', 'm3', 0.00378541], ['gallon', 'volume', 'm3', 0.00378541],
  ['bcm', 'volume', 'm3', 1e9], ['billion cubic metres', 'volume', 'm3', 1e9], ['billion cubic meters', 'volume', 'm3', 1e9],
  // duration
  ['seconds', 'duration', 's', 1], ['second', 'duration', 's', 1], ['secs', 'duration', 's', 1], ['minutes', 'duration', 's', 60],
  ['minute', 'duration', 's', 60], ['mins', 'duration', 's', 60], ['min', 'duration', 's', 60], ['hours', 'duration', 's', 3600],
  ['hour', 'duration', 's', 3600], ['hrs', 'duration', 's', 3600], ['hr', 'duration', 's', 3600], ['days', 'duration', 's', DAY],
  ['day', 'duration', 's', DAY], ['weeks', 'duration', 's', 7 * DAY], ['week', 'duration', 's', 7 * DAY],
  ['fortnight', 'duration', 's', 14 * DAY], ['months', 'duration', 's', YEAR / 12], ['month', 'duration', 's', YEAR / 12],
  ['years', 'duration', 's', YEAR], ['year', 'duration', 's', YEAR], ['yrs', 'duration', 's', YEAR],
  ['decades', 'duration', 's', 10 * YEAR], ['decade', 'duration', 's', 10 * YEAR], ['centuries', 'duration', 's', 100 * YEAR],
  ['century', 'duration', 's', 100 * YEAR],
  // temperature (kelvin)
  ['° c', 'temperature', 'K', 1, 273.15], ['°c', 'temperature', 'K', 1, 273.15], ['degrees celsius', 'temperature', 'K', 1, 273.15],
  ['degrees centigrade', 'temperature', 'K', 1, 273.15], ['degrees c', 'temperature', 'K', 1, 273.15], ['celsius', 'temperature', 'K', 1, 273.15],
  ['° f', 'temperature', 'K', 5 / 9, 273.15 - (32 * 5) / 9], ['degrees fahrenheit', 'temperature', 'K', 5 / 9, 273.15 - (32 * 5) / 9],
  ['degrees f', 'temperature', 'K', 5 / 9, 273.15 - (32 * 5) / 9], ['fahrenheit', 'temperature', 'K', 5 / 9, 273.15 - (32 * 5) / 9],
  ['kelvin', 'temperature', 'K', 1, 0], ['degc', 'temperature', 'K', 1, 273.15], ['deg c', 'temperature', 'K', 1, 273.15],
  ['degf', 'temperature', 'K', 5 / 9, 273.15 - (32 * 5) / 9], ['deg f', 'temperature', 'K', 5 / 9, 273.15 - (32 * 5) / 9],
  // percent
  ['%', 'percent', '%', 1], ['per cent', 'percent', '%', 1], ['percent', 'percent', '%', 1], ['pct', 'percent', '%', 1],
  ['pc', 'percent', '%', 1],
  ['percentage points', 'percentage-points', 'pp', 1], ['percentage point', 'percentage-points', 'pp', 1],
  ['per cent points', 'percentage-points', 'pp', 1], ['pp', 'percentage-points', 'pp', 1], ['ppt', 'percentage-points', 'pp', 1],
  ['basis points', 'percentage-points', 'pp', 0.01], ['basis point', 'percentage-points', 'pp', 0.01], ['bps', 'percentage-points', 'pp', 0.01], ['bp', 'percentage-points', 'pp', 0.01],
  // magnitudes are plain numbers on their own scale
  ['magnitude', 'number', '', 1], ['on the richter scale', 'number', '', 1],
  // power and energy have no dimension of their own here; SI units keep them comparable
  ['mw', 'number', 'W', 1e6], ['megawatts', 'number', 'W', 1e6], ['gw', 'number', 'W', 1e9], ['gigawatts', 'number', 'W', 1e9],
  ['kw', 'number', 'W', 1e3], ['kilowatts', 'number', 'W', 1e3], ['kwh', 'number', 'J', 3.6e6], ['mwh', 'number', 'J', 3.6e9],
  ['gwh', 'number', 'J', 3.6e12], ['twh', 'number', 'J', 3.6e15], ['kilowatt - hours', 'number', 'J', 3.6e6],
  ['megawatt', 'number', 'W', 1e6], ['gigawatt', 'number', 'W', 1e9], ['kilowatt', 'number', 'W', 1e3], ['watts', 'number', 'W', 1],
  ['watt', 'number', 'W', 1], ['terawatts', 'number', 'W', 1e12], ['kilowatt - hour', 'number', 'J', 3.6e6],
  ['megawatt - hours', 'number', 'J', 3.6e9], ['megawatt - hour', 'number', 'J', 3.6e9],
  // engine power in watts; torque, frequency, pressure, data and fuel economy keep their usual units
  ['hp', 'number', 'W', 745.7], ['bhp', 'number', 'W', 745.7], ['horsepower', 'number', 'W', 745.7], ['ps', 'number', 'W', 735.5],
  ['newton - metres', 'number', 'N·m', 1], ['lb - ft', 'number', 'N·m', 1.35582], ['pound - feet', 'number', 'N·m', 1.35582],
  ['hz', 'number', 'Hz', 1], ['hertz', 'number', 'Hz', 1], ['khz', 'number', 'Hz', 1e3], ['mhz', 'number', 'Hz', 1e6],
  ['ghz', 'number', 'Hz', 1e9], ['rpm', 'number', 'rpm', 1],
  ['kpa', 'number', 'Pa', 1e3], ['mpa', 'number', 'Pa', 1e6], ['gpa', 'number', 'Pa', 1e9],
  ['gigapascals', 'number', 'Pa', 1e9], ['megapascals', 'number', 'Pa', 1e6], ['psi', 'number', 'Pa', 6894.757],
  ['kb', 'number', 'B', 1e3], ['mb', 'number', 'B', 1e6], ['gb', 'number', 'B', 1e9], ['tb', 'number', 'B', 1e12],
  ['kilobytes', 'number', 'B', 1e3], ['megabytes', 'number', 'B', 1e6], ['gigabytes', 'number', 'B', 1e9], ['terabytes', 'number', 'B', 1e12],
  ['mbps', 'number', 'bit/s', 1e6], ['gbps', 'number', 'bit/s', 1e9], ['mah', 'number', 'Ah', 0.001],
  ['mpg', 'number', 'mpg', 1], ['miles per gallon', 'number', 'mpg', 1], ['volts', 'number', 'V', 1], ['kv', 'number', 'V', 1e3],
  // money written after the amount
  ['cents', 'money', 'USD', 0.01], ['cent', 'money', 'USD', 0.01], ['pence', 'money', 'GBP', 0.01],
  ['dollars', 'money', 'USD', 1], ['dollar', 'money', 'USD', 1], ['us dollars', 'money', 'USD', 1], ['usd', 'money', 'USD', 1],
  ['euros', 'money', 'EUR', 1], ['euro', 'money', 'EUR', 1], ['eur', 'money', 'EUR', 1],
  ['pounds sterling', 'money', 'GBP', 1], ['sterling', 'money', 'GBP', 1], ['gbp', 'money', 'GBP', 1],
  ['roubles', 'money', 'RUB', 1], ['rubles', 'money', 'RUB', 1], ['rouble', 'money', 'RUB', 1], ['ruble', 'money', 'RUB', 1],
  ['rub', 'money', 'RUB', 1], ['belarusian rubles', 'money', 'BYN', 1], ['belarusian roubles', 'money', 'BYN', 1], ['byn', 'money', 'BYN', 1],
  ['yuan', 'money', 'CNY', 1], ['renminbi', 'money', 'CNY', 1], ['cny', 'money', 'CNY', 1], ['rmb', 'money', 'CNY', 1],
  ['yen', 'money', 'JPY', 1], ['jpy', 'money', 'JPY', 1], ['rupees', 'money', 'INR', 1], ['inr', 'money', 'INR', 1],
  ['hryvnias', 'money', 'UAH', 1], ['hryvnia', 'money', 'UAH', 1], ['hryvnas', 'money', 'UAH', 1], ['uah', 'money', 'UAH', 1],
  ['zlotys', 'money', 'PLN', 1], ['zloty', 'money', 'PLN', 1], ['pln', 'money', 'PLN', 1], ['swiss francs', 'money', 'CHF', 1],
  ['francs', 'money', 'CHF', 1], ['chf', 'money', 'CHF', 1], ['cad', 'money', 'CAD', 1], ['aud', 'money', 'AUD', 1],
  ['australian dollars', 'money', 'AUD', 1], ['australian dollar', 'money', 'AUD', 1], ['canadian dollars', 'money', 'CAD', 1],
  ['canadian dollar', 'money', 'CAD', 1], ['new zealand dollars', 'money', 'NZD', 1], ['hong kong dollars', 'money', 'HKD', 1],
  ['singapore dollars', 'money', 'SGD', 1], ['chinese yuan', 'money', 'CNY', 1], ['japanese yen', 'money', 'JPY', 1],
  ['indian rupees', 'money', 'INR', 1], ['pakistani rupees', 'money', 'PKR', 1], ['shekels', 'money', 'ILS', 1],
  ['shekel', 'money', 'ILS', 1], ['ringgit', 'money', 'MYR', 1], ['sen', 'money', 'MYR', 0.01], ['rand', 'money', 'ZAR', 1],
  ['lira', 'money', 'TRY', 1], ['liras', 'money', 'TRY', 1], ['baht', 'money', 'THB', 1], ['naira', 'money', 'NGN', 1],
  ['rupiah', 'money', 'IDR', 1], ['dirhams', 'money', 'AED', 1], ['riyals', 'money', 'SAR', 1], ['kronor', 'money', 'SEK', 1],
  ['euro cents', 'money', 'EUR', 0.01], ['pesos', 'money', 'MXN', 1], ['reais', 'money', 'BRL', 1], ['tenge', 'money', 'KZT', 1],
];

// Units that read as ordinary words or letters, accepted only with this exact spelling.
const EXACT: Array<[string, Dimension, string, number]> = [
  ['m', 'length', 'm', 1], ['h', 'duration', 's', 3600], ['t', 'mass', 'kg', 1000], ['Mt', 'mass', 'kg', 1e9],
  ['kt', 'mass', 'kg', 1e6], ['l', 'volume', 'm3', 0.001], ['L', 'volume', 'm3', 0.001], ['g', 'mass', 'kg', 0.001],
  ['p', 'money', 'GBP', 0.01], ['C', 'temperature', 'K', 1], ['F', 'temperature', 'K', 5 / 9], ['W', 'number', 'W', 1],
  // "Nm" is torque; lower-case "nm" is left alone: nanometres and nautical miles both write it.
  ['Nm', 'number', 'N·m', 1],
  ['″', 'length', 'm', 0.0254],
];

const BY_FIRST = new Map<string, UnitDef[]>();
function add(def: UnitDef): void {
  const list = BY_FIRST.get(def.seq[0]) ?? [];
  list.push(def);
  list.sort((a, b) => b.seq.length - a.seq.length);
  BY_FIRST.set(def.seq[0], list);
}
for (const [words, dimension, unit, factor, offset] of TABLE) {
  add({ seq: words.split(' '), dimension, unit, factor, offset });
}
for (const [word, dimension, unit, factor] of EXACT) {
  add({ seq: [word.toLowerCase()], dimension, unit, factor, exact: true });
}
// Letter units that must be glued to the digits ("24h", "5t", "10s") because spaced they are words.
const GLUED_ONLY = new Set(['h', 't', 'l', 'L', 'g', 'p', 'C', 'F']);

/** True when `norm` can start a unit: the cheap gate before `matchUnit`. */
export function canStartUnit(norm: string): boolean {
  return BY_FIRST.has(norm);
}

/** Matches the longest unit starting at token `j` (just after a number ending at token `j - 1`). */
export function matchUnit(tokens: readonly Token[], j: number): UnitMatch | null {
  const first = tokens[j];
  if (!first) return null;
  const defs = BY_FIRST.get(first.norm);
  if (!defs) return null;
  for (const def of defs) {
    if (j + def.seq.length > tokens.length) continue;
    let ok = true;
    for (let k = 0; k < def.seq.length && ok; k++) {
      const t = tokens[j + k];
      if (t.norm !== def.seq[k]) ok = false;
      // Symbols of a compound unit ("km/h", "°C", "km²") are written without spaces.
      else if (k > 0 && t.kind !== 'word' && t.start !== tokens[j + k - 1].end) ok = false;
      else if (k > 0 && tokens[j + k - 1].kind !== 'word' && t.start !== tokens[j + k - 1].end) ok = false;
    }
    if (!ok) continue;
    const last = tokens[j + def.seq.length - 1];
    if (def.exact) {
      const exactDef = EXACT.find((e) => e[0] === first.text);
      if (!exactDef) continue;
      if (GLUED_ONLY.has(first.text) && tokens[j - 1]?.end !== first.start) continue;
      // A letter unit must end the word: "5 m" yes, "5 ma" is never reached, "5m." fine.
      const next = tokens[j + 1];
      if (next && next.start === first.end && (next.kind === 'word' || next.kind === 'number') && first.text !== 'm') continue;
      // "32m2", "5m³": square and cubic metres written with a glued power.
      if (first.text === 'm' && next && next.start === first.end && (next.text === '2' || next.text === '²')) {
        return { dimension: 'area', unit: 'm2', factor: 1, end: j + 2 };
      }
      if (first.text === 'm' && next && next.start === first.end && (next.text === '3' || next.text === '³')) {
        return { dimension: 'volume', unit: 'm3', factor: 1, end: j + 2 };
      }
      // "40C", "104F": glued temperature letters.
      const offset = exactDef[0] === 'C' ? 273.15 : exactDef[0] === 'F' ? 273.15 - (32 * 5) / 9 : undefined;
      return { dimension: exactDef[1], unit: exactDef[2], factor: exactDef[3], offset, end: j + 1 };
    }
    const next = tokens[j + def.seq.length];
    // "km2" / "km²" glued square markers
    if (next && next.start === last.end && def.dimension === 'length' && (next.text === '²' || next.text === '2') && def.unit === 'm') {
      return { dimension: 'area', unit: 'm2', factor: def.factor * def.factor, end: j + def.seq.length + 1 };
    }
    if (next && next.start === last.end && def.dimension === 'length' && (next.text === '³' || next.text === '3') && def.unit === 'm') {
      return { dimension: 'volume', unit: 'm3', factor: def.factor ** 3, end: j + def.seq.length + 1 };
    }
    return { dimension: def.dimension, unit: def.unit, factor: def.factor, offset: def.offset, end: j + def.seq.length };
  }
  return null;
}

/** Currency written before the amount: "$", "US$", "€", "£", "¥", "₽", "USD", "EUR"... */
const PREFIX_SYMBOLS: Record<string, string> = table({
  $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₽': 'RUB', '₹': 'INR', '₴': 'UAH', '₩': 'KRW', '₺': 'TRY', '₪': 'ILS',
});
const PREFIX_CODES = new Set(['USD', 'EUR', 'GBP', 'RUB', 'JPY', 'CNY', 'INR', 'UAH', 'PLN', 'CHF', 'BYN', 'CAD', 'AUD', 'KRW', 'TRY']);
const DOLLAR_COUNTRIES: Record<string, string> = table({ US: 'USD', C: 'CAD', CA: 'CAD', A: 'AUD', AU: 'AUD', HK: 'HKD', NZ: 'NZD', S: 'SGD' });

/**
 * Letter prefixes that name a currency only when glued to the digits: "RM23.50" (ringgit) and "PS6m", the form "£"
 * takes when news text passes through a Latin-1 to ASCII conversion.
 */
const GLUED_PREFIXES: Record<string, string> = table({ RM: 'MYR', PS: 'GBP' });

/** Currency symbols that some writers put after the amount: "1,200€". */
export function currencySymbolAfter(t: Token | undefined, prev: Token): string | null {
  if (!t || t.start !== prev.end || t.text === '$') return null;
  return PREFIX_SYMBOLS[t.text] ?? null;
}

export interface CurrencyPrefix {
  code: string;
  /** Token index of the first token of the prefix. */
  first: number;
}

/** The currency written just before the number at token `i` (glued or one space apart), if any. */
export function currencyBefore(tokens: readonly Token[], i: number): CurrencyPrefix | null {
  const p = tokens[i - 1];
  if (!p || !tokens[i]) return null;
  const gap = tokens[i].start - p.end;
  if (gap > 1) return null;
  if (p.text === '$') {
    // "US$5", "HK $3.7 billion", "C $6": the country written before the sign, glued or one space apart.
    const c = tokens[i - 2];
    if (c && p.start - c.end <= 1 && c.kind === 'word' && DOLLAR_COUNTRIES[c.text]) return { code: DOLLAR_COUNTRIES[c.text], first: i - 2 };
    return { code: 'USD', first: i - 1 };
  }
  if (PREFIX_SYMBOLS[p.text]) return { code: PREFIX_SYMBOLS[p.text], first: i - 1 };
  // "$US113 trillion", "$A82,615,680": the country written after the sign.
  if (gap === 0 && p.kind === 'word' && DOLLAR_COUNTRIES[p.text] && tokens[i - 2]?.text === '$' && tokens[i - 2].end === p.start) {
    return { code: DOLLAR_COUNTRIES[p.text], first: i - 2 };
  }
  // "PS5" is a console, not five pounds: a one-digit figure needs a scale ("PS6m") to read as money.
  if (gap === 0 && p.kind === 'word' && GLUED_PREFIXES[p.text] && (tokens[i].text.length > 1 || tokens[i + 1]?.start === tokens[i].end)) {
    return { code: GLUED_PREFIXES[p.text], first: i - 1 };
  }
  // "Y=28,030": wire copy writes yen this way.
  if (gap === 0 && p.text === '=' && tokens[i - 2]?.text === 'Y' && tokens[i - 2].end === p.start) return { code: 'JPY', first: i - 2 };
  if (p.kind === 'word' && PREFIX_CODES.has(p.text)) return { code: p.text, first: i - 1 };
  if (p.kind === 'word' && (p.text === 'Rs' || p.text === 'INR')) return { code: 'INR', first: i - 1 };
  if (p.text === '.' && tokens[i - 2]?.text === 'Rs') return { code: 'INR', first: i - 2 };
  return null;
}
