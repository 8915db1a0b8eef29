/**
 * Background sentences other than decisions: figures about a place ("In Velnorivka, 140 households were cut off
 * by flooded cellars"), quotes from residents and short context sentences. A figure's value is fixed per place and
 * counted noun, and the sentence names no other entity, so background figures never disagree with each other.
 */
import type { Edit, Variants } from './events';
import { COUNTED, FACILITIES, GROUPS, PLAN_TOPICS, PROBLEMS, QUOTE_OPENERS, QUOTE_TAILS, ROLES, TIMES } from './lexicon';
import { capital, fixed, grouped, person, village, written } from './names';
import type { Rng } from './prng';
import { rareNouns } from './rare-words';
import { ORGS, PEOPLE, PLACES, WEEKDAYS } from './vocab';

const HIT: Array<[string, string]> = [['hit', 'hit'], ['affected', 'affected'], ['disrupted', 'disrupted'], ['cut off', 'cut off']];

interface Impact {
  place: string;
  noun: string;
  problem: string;
  verb: number;
  time?: { idx: number; day: string };
  role: string;
  extra?: string;
  /** An edited copy's changed figure; otherwise the figure is the one fixed for the place and noun. */
  figure?: number;
}

function renderImpact(f: Impact, form: number, alt: 0 | 1): string {
  const n = grouped(f.figure ?? fixed(`impact:${f.place}:${f.noun}`, 12, 2400));
  const verb = HIT[f.verb][0];
  const time = f.time ? ' ' + TIMES[f.time.idx][alt].replace('{D}', f.time.day) : '';
  const extra = f.extra ? `, ${f.extra}` : '';
  if (form === 0) return `In ${f.place}, ${n} ${f.noun} were ${verb} by ${f.problem}${time}${extra}, ${f.role}, said.`;
  if (form === 1) return `${capital(f.problem)} ${verb} ${n} ${f.noun} in ${f.place}${time}${extra}, according to ${f.role}.`;
  return `${f.role}, said ${f.problem} had ${verb} ${n} ${f.noun} in ${f.place}${time}${extra}.`;
}

/** A figure about a place, in its three versions; the edited one may change the figure's wording, not its value. */
export function impactSentence(rng: Rng): Variants {
  const rare = rareNouns();
  const f: Impact = {
    place: village(rng),
    noun: rng.pick(COUNTED),
    problem: rng.pick(PROBLEMS).replace('{S}', rng.pick(rare).slice(0, -1)),
    verb: rng.int(0, HIT.length - 1),
    // The first eight times fit any event; the later ones ("at a Monday session") only decisions.
    time: rng.chance(0.7) ? { idx: rng.int(0, 7), day: rng.pick(WEEKDAYS) } : undefined,
    role: `${person(rng)}, ${rng.pick(ROLES)}`,
    extra: rng.chance(0.4)
      ? rng.pick([
          () => `and ${rng.pick(rare)} ran out in ${village(rng)}`,
          () => `forcing ${village(rng)} to ration ${rng.pick(rare)}`,
          () => `while ${rng.pick(rare)} piled up in ${village(rng)}`,
        ])()
      : undefined,
  };
  const form = rng.int(0, 2);
  const alt = rng.chance(0.5) ? 1 : 0;
  const text = renderImpact(f, form, alt);
  const edit = (): Edit => {
    let edited = text;
    let changedFigure = false;
    for (let attempt = 0; attempt < 8 && edited === text; attempt++) {
      const e = { ...f };
      const kind = rng.int(0, 3);
      if (kind === 0) e.role = `${person(rng)}${f.role.slice(f.role.indexOf(','))}`;
      else if (kind === 1) e.verb = (f.verb + rng.int(1, HIT.length - 1)) % HIT.length;
      else if (kind === 2) e.time = { idx: f.time?.idx ?? 0, day: WEEKDAYS[(WEEKDAYS.indexOf(f.time?.day ?? 'Monday') + rng.int(1, 6)) % 7] };
      // A copy that changes the figure: mutated reuse, and a real conflict with its source.
      else e.figure = Math.round(fixed(`impact:${f.place}:${f.noun}`, 12, 2400) * rng.pick([0.5, 1.5, 2]));
      changedFigure = kind === 3;
      edited = renderImpact(e, form, alt);
    }
    return { text: edited, changedFigure };
  };
  const restate = () => renderImpact({ ...f, verb: rng.chance(0.5) ? (f.verb + 1) % HIT.length : f.verb }, (form + rng.int(1, 2)) % 3, (1 - alt) as 0 | 1);
  return { text, edit, restate };
}

const QUOTES: Array<[string, string]> = [['“', '”'], ['"', '"']];

/** A resident quoted in curly or straight quotes; the edited copy switches the quote marks and one word. */
export function quoteSentence(rng: Rng): Variants {
  const rare = rareNouns();
  const opener = rng.pick(QUOTE_OPENERS).replace('{D}', rng.pick(WEEKDAYS));
  const object = rng.chance(0.3) ? `${village(rng)}'s ${rng.pick(PLAN_TOPICS).slice(4)}` : `the ${rng.pick(rare)}`;
  const tail = rng.chance(0.5) ? rng.pick(QUOTE_TAILS).replace('{R}', rng.pick(rare)) : '';
  const who = `${person(rng)}, ${rng.pick(ROLES)} in ${village(rng)}`;
  const [open, close] = rng.pick(QUOTES);
  const said = rng.chance(0.5) ? 'said' : 'says';
  // The quote opens on a place, so that a stock opener never follows a stock attribution in two articles.
  const where = rng.pick(['Here in {V}', 'In {V}', 'Out in {V}', 'Around {V}', 'Since {D}, in {V}']).replace('{V}', village(rng)).replace('{D}', rng.pick(WEEKDAYS));
  const open1 = `${where}, ${opener.charAt(0).toLowerCase()}${opener.slice(1)}`.replace(/, i /, ', I ');
  const quote = (o: string, c: string, t: string, verb = said) => (t ? `${o}${open1} ${object}, ${t},${c} ${verb} ${who}.` : `${o}${open1} ${object},${c} ${verb} ${who}.`);
  const [eo, ec] = open === '"' ? QUOTES[0] : QUOTES[1];
  const edit = (): Edit => {
    const t = tail ? tail.replace(/^(and|but|so|yet|while|though)\b/, 'and') : `and nobody ${rng.pick(['listens', 'cares', 'answers'])}`;
    return { text: quote(eo, ec, t, said === 'said' ? 'says' : 'said'), changedFigure: false };
  };
  return { text: quote(open, close, tail), edit };
}

const STATES = ['closed', 'empty', 'unused', 'unheated', 'boarded up', 'flooded', 'padlocked', 'idle', 'abandoned', 'half built', 'silent', 'dark'];
const SINCE = ['arrived', 'stopped', 'ran out', 'doubled', 'were stolen', 'went missing', 'were banned', 'were seized'];

/** A short context sentence ("The quarry in Velnorivka has stood padlocked since bagel deliveries stopped."). */
export function contextSentence(rng: Rng): Variants {
  const topic = rng.chance(0.3) ? rng.pick(PLAN_TOPICS) : `the ${rng.pick(rareNouns()).slice(0, -1)} ${rng.pick(FACILITIES)}`;
  const place = village(rng);
  const stood = rng.pick(['has stood', 'has been', 'has remained', 'has sat']);
  const state = rng.pick(STATES);
  const thing = rng.pick(rareNouns());
  const since = rng.pick(SINCE);
  const text = `${capital(topic)} in ${place} ${stood} ${state} since the ${thing} ${since}.`;
  return { text, edit: () => ({ text: text.replace(` ${state} `, ` ${STATES[(STATES.indexOf(state) + 1) % STATES.length]} `), changedFigure: false }) };
}

/** A resident's short remark for bullet lists. */
export function bulletLine(rng: Rng): string {
  return rng.pick([
    () => `${village(rng)} ${rng.pick(PLAN_TOPICS).slice(4)}: ${rng.pick(['delayed', 'approved', 'under review', 'cancelled', 'on hold'])} until the ${rng.pick(rareNouns())} arrive`,
    () => `${person(rng)} (${rng.pick(ROLES).replace(/^(the|a|an) /, '')}) on ${rng.pick(rareNouns())}`,
    () => `${capital(rng.pick(GROUPS))} in ${village(rng)} still waiting for ${rng.pick(rareNouns())}`,
  ])();
}

/** A table row about a village; its figure is fixed per village, like every background figure. */
export function tableRow(rng: Rng): string {
  const place = village(rng);
  const noun = rng.pick(COUNTED);
  return `| ${place} | ${noun} | ${grouped(fixed(`impact:${place}:${noun}`, 12, 2400))} | ${person(rng)} |`;
}


/**
 * A sentence naming well-known people, cities and organisations, in full or by alias ("Kiev", "NATO", lower-case
 * "moscow"), so the entity stages meet alias merging; a local village and a rare word keep it from repeating.
 */
export function worldSentence(rng: Rng, first: boolean): Variants {
  const who = written(rng.pick(PEOPLE), rng, first);
  const city = written(rng.pick(PLACES), rng, first);
  // Organisations go by their short names here: "the Kiel Institute for the World Economy said" is a run every
  // article citing it would share.
  const org = written(rng.pick(ORGS), rng, false);
  const place = village(rng);
  const day = rng.pick(WEEKDAYS);
  const thing = rng.pick(rareNouns());
  const visit = rng.pick(['inspect', 'discuss', 'see']);
  const text = rng.chance(0.5)
    ? `${who} is due in ${place} near ${city} to ${visit} the ${thing} on ${day}, ${org} officials say.`
    : `${who} would travel to ${place}, outside ${city}, to ${visit} the ${thing} on ${day}, the ${org} said.`;
  return { text, edit: () => ({ text: text.replace(`on ${day}`, `on ${WEEKDAYS[(WEEKDAYS.indexOf(day) + 1) % 7]}`), changedFigure: false }) };
}
