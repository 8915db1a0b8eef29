import type { Claim, Qualifier } from '../types';

/** Human formatting of figures for conflict notes and value tables. Independent of the host's locale. */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2,000", "7.4", "0.25": rounded to `digits` significant digits, thousands separated. */
export function formatNumber(x: number, digits = 4): string {
  if (!Number.isFinite(x)) return String(x);
  if (x === 0) return '0';
  const sign = x < 0 ? '-' : '';
  const abs = Math.abs(x);
  const magnitude = Math.floor(Math.log10(abs));
  // Whole numbers from 100 up: "222 km/h", not the "222.1" a unit conversion leaves behind.
  const decimals = magnitude >= 2 ? 0 : Math.max(0, Math.min(6, digits - 1 - magnitude));
  let text = abs.toFixed(decimals);
  if (text.includes('.')) {
    let cut = text.length;
    while (text[cut - 1] === '0') cut--;
    if (text[cut - 1] === '.') cut--;
    text = text.slice(0, cut);
  }
  const [whole, fraction] = text.split('.');
  let grouped = '';
  for (let i = 0; i < whole.length; i++) {
    if (i > 0 && (whole.length - i) % 3 === 0) grouped += ',';
    grouped += whole[i];
  }
  return sign + grouped + (fraction ? `.${fraction}` : '');
}

/** Large amounts in words ("1.3 billion"), smaller ones with separators. */
function formatAmount(x: number): string {
  const abs = Math.abs(x);
  if (abs >= 1e12) return `${formatNumber(x / 1e12, 3)} trillion`;
  if (abs >= 1e9) return `${formatNumber(x / 1e9, 3)} billion`;
  if (abs >= 1e6) return `${formatNumber(x / 1e6, 3)} million`;
  return formatNumber(x);
}

const CURRENCY_SYMBOLS: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥', INR: '₹', RUB: '₽', UAH: '₴', CNY: 'CN¥' };

/** One value on the claim's scale with its display unit ("2,000 km", "Mach 5", "$1.3 billion", "12%"). */
export function formatValue(claim: Claim, value: number): string {
  switch (claim.dimension) {
    case 'length':
      if (Math.abs(value) >= 1000) return `${formatNumber(value / 1000)} km`;
      return Math.abs(value) >= 1 || value === 0 ? `${formatNumber(value)} m` : `${formatNumber(value * 1000)} mm`;
    case 'mass':
      return Math.abs(value) >= 1000 ? `${formatAmount(value / 1000)} tonnes` : `${formatNumber(value)} kg`;
    case 'speed':
      return `${formatNumber(value * 3.6)} km/h`;
    case 'mach':
      return `Mach ${formatNumber(value)}`;
    case 'area':
      return Math.abs(value) >= 1e6 ? `${formatNumber(value / 1e6)} km²` : `${formatNumber(value)} m²`;
    case 'volume':
      return `${formatNumber(value)} m³`;
    case 'temperature':
      return `${formatNumber(value - 273.15, 3)} °C`;
    case 'duration':
      return formatDuration(value);
    case 'money': {
      const code = claim.unit.toUpperCase();
      const symbol = CURRENCY_SYMBOLS[code];
      return symbol ? `${symbol}${formatAmount(value)}` : `${formatAmount(value)} ${code}`;
    }
    case 'percent':
      return `${formatNumber(value)}%`;
    case 'percentage-points':
      return `${formatNumber(value)} percentage points`;
    case 'count':
      // Counts are "of" something; without a counted noun the attribute names it ("troops", "agreements").
      return `${formatAmount(value)} ${claim.noun ?? claim.attribute}`.trim();
    default:
      return formatAmount(value);
  }
}

/** In the largest unit that gives a whole number or at least two: "1 year", "11 days", "36 hours". */
function formatDuration(seconds: number): string {
  const units: Array<[number, string]> = [
    [365 * 86400, 'year'],
    [7 * 86400, 'week'],
    [86400, 'day'],
    [3600, 'hour'],
    [60, 'minute'],
  ];
  for (const [size, name] of units) {
    const n = seconds / size;
    if (Math.abs(n) >= 2 || (Math.abs(n) >= 1 && Number.isInteger(n))) return `${formatNumber(n, 3)} ${name}${Math.abs(n) === 1 ? '' : 's'}`;
  }
  return `${formatNumber(seconds, 3)} second${seconds === 1 ? '' : 's'}`;
}

const NUMBER_QUALIFIER: Record<Qualifier, string> = {
  approx: 'about',
  'at-most': 'up to',
  'at-least': 'at least',
  'more-than': 'more than',
  'less-than': 'less than',
};

const DATE_QUALIFIER: Record<Qualifier, string> = {
  approx: 'around',
  'at-most': 'by',
  'at-least': 'since',
  'more-than': 'after',
  'less-than': 'before',
};

/** The figure a claim states, qualifier included: "up to 500 km", "1,500–2,000 km", "14 March 2023". */
export function formatClaim(claim: Claim): string {
  // An unresolved relative date ("last year") has no value to format: the article's words are all we know.
  if (claim.relative !== undefined) return claim.text;
  const prefix = claim.qualifier ? `${(claim.dimension === 'date' ? DATE_QUALIFIER : NUMBER_QUALIFIER)[claim.qualifier]} ` : '';
  if (claim.dimension === 'date') return prefix + formatDate(claim);
  if (claim.low !== undefined && claim.high !== undefined && claim.low !== claim.high) {
    const high = formatValue(claim, claim.high);
    const low = formatValue(claim, claim.low);
    // "1,500–2,000 km" rather than "1,500 km–2,000 km" when both ends share the unit suffix.
    const unitAt = high.search(/[^\d,.\-]/);
    const suffix = unitAt > 0 ? high.slice(unitAt) : '';
    const lowBare = suffix && low.endsWith(suffix) ? low.slice(0, low.length - suffix.length) : low;
    const lowText = claim.dimension === 'money' || claim.dimension === 'mach' ? low : lowBare;
    return `${prefix}${lowText}–${high}`;
  }
  return prefix + formatValue(claim, claim.value);
}

const isoParts = (iso: string) => /^(-?\d{1,6})-(\d{2})-(\d{2})/.exec(iso);
const lastDayOfMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** "14 March 2023", "March 2023", "2024", "Q3 2024", "the second half of 2025", or the article's own words. */
export function formatDate(claim: Claim): string {
  if (!claim.interval) {
    const d = new Date(claim.value);
    return Number.isFinite(d.getTime()) ? `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}` : claim.text;
  }
  const a = isoParts(claim.interval[0]);
  const b = isoParts(claim.interval[1]);
  if (!a || !b) return claim.text;
  const [y1, m1, d1] = [Number(a[1]), Number(a[2]), Number(a[3])];
  const [y2, m2, d2] = [Number(b[1]), Number(b[2]), Number(b[3])];
  const wholeMonths = d1 === 1 && d2 === lastDayOfMonth(y2, m2);
  if (y1 === y2 && m1 === m2 && d1 === d2) return `${d1} ${MONTHS[m1 - 1]} ${y1}`;
  if (wholeMonths && y1 === y2) {
    if (m1 === m2) return `${MONTHS[m1 - 1]} ${y1}`;
    if (m1 === 1 && m2 === 12) return String(y1);
    if (m2 - m1 === 2 && (m1 - 1) % 3 === 0) return `Q${(m1 + 2) / 3} ${y1}`;
    if (m1 === 1 && m2 === 6) return `the first half of ${y1}`;
    if (m1 === 7 && m2 === 12) return `the second half of ${y1}`;
  }
  if (isCleanPhrase(claim.text)) return claim.text.trim();
  if (wholeMonths && y1 === y2) return `${MONTHS[m1 - 1]}–${MONTHS[m2 - 1]} ${y1}`;
  return `${d1} ${MONTHS[m1 - 1]} ${y1} – ${d2} ${MONTHS[m2 - 1]} ${y2}`;
}

/** Article wording short and plain enough to quote in a one-line note ("mid-2024", "early 2025"). */
function isCleanPhrase(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= 30 && /\d/.test(t) && /^[\p{L}\d ,.'’\-–]+$/u.test(t);
}

/** "(4× smaller)", "(15% higher)": how this side compares with the other, for measured figures. */
export function describeRatio(mine: number, theirs: number): string {
  if (mine === theirs || !Number.isFinite(mine) || !Number.isFinite(theirs)) return '';
  if (mine <= 0 || theirs <= 0) return mine < theirs ? 'lower' : 'higher';
  if (mine < theirs) {
    const factor = theirs / mine;
    return factor >= 1.5 ? `${formatNumber(factor, 2)}× smaller` : `${formatNumber((1 - mine / theirs) * 100, 2)}% lower`;
  }
  const factor = mine / theirs;
  return factor >= 1.5 ? `${formatNumber(factor, 2)}× larger` : `${formatNumber((factor - 1) * 100, 2)}% higher`;
}

/** "(1 day earlier)", "(about 2 years later)": distance between two day intervals, centre to centre. */
export function describeDateGap(mineDays: number, theirsDays: number, exact: boolean): string {
  const diff = mineDays - theirsDays;
  if (diff === 0) return '';
  const days = Math.abs(diff);
  const direction = diff < 0 ? 'earlier' : 'later';
  let amount: string;
  const months = Math.round(days / 30.44);
  if (days < 60) {
    const n = Math.round(days);
    amount = `${n} day${n === 1 ? '' : 's'}`;
  } else if (months % 12 === 0 || months >= 24) {
    const n = Math.max(1, Math.round(days / 365.25));
    amount = `about ${n} year${n === 1 ? '' : 's'}`;
  } else {
    amount = `about ${months} months`;
  }
  return `${exact || days >= 60 ? '' : 'about '}${amount} ${direction}`;
}
