/**
 * Sentences about a decision ("the council approved the tender for the sewage works after a 4-hour debate"),
 * drawn as a frame of slots and written out in one of several shapes. A frame can be written again with a few
 * slots changed (an edited copy) or in another shape with synonyms and reordered clauses (a restatement), the
 * way a reporter reworks a rival's sentence.
 */
import { ADJECTIVES, ADVERBS, DECISION_VERBS, FACILITIES, GROUPS, INSTITUTIONS, PLAN_NOUNS, PLAN_TOPICS, PROBLEMS, REASONS, ROLES, SAID, TIMES } from './lexicon';
import { capital, company, person, village, written } from './names';
import type { Rng } from './prng';
import { rareNouns } from './rare-words';
import { ORGS, PEOPLE, WEEKDAYS } from './vocab';

/** An edited version of a sentence; `changedFigure` when the edit changed a number. */
export interface Edit {
  text: string;
  changedFigure: boolean;
}

/**
 * A background sentence as written, with the means to edit it lightly and (where its shape allows) to restate it.
 * Only planted sentences are edited or restated, so both are made on demand: writing them for every sentence
 * doubled the time to generate a corpus.
 */
export interface Variants {
  text: string;
  edit(): Edit;
  restate?(): string;
}

interface Source {
  name: string;
  role?: string;
  said: string;
}

interface EventFrame {
  agent: string;
  verbs: number;
  verb: number;
  nouns: number;
  noun: number;
  adjective?: string;
  topic: string;
  detail?: [string, string];
  place: string;
  time?: { idx: number; day: string };
  reason?: { idx: number; fill: string };
  adverb?: string;
  source?: Source;
}

interface Style {
  form: 0 | 1 | 2;
  /** 0-2: where the attribution goes; ignored without a source. */
  wrap: 0 | 1 | 2;
  alt: 0 | 1;
  timeFront: boolean;
  swapDetail: boolean;
}

const other = <T>(rng: Rng, items: readonly T[], not: T): T => {
  for (let i = 0; i < 20; i++) {
    const x = rng.pick(items);
    if (x !== not) return x;
  }
  return items[(items.indexOf(not) + 1) % items.length];
};

export function source(rng: Rng, first: boolean): Source {
  if (rng.chance(0.15)) return { name: written(rng.pick(PEOPLE), rng, first), said: rng.pick(SAID) };
  const role = rng.pick(ROLES);
  return { name: person(rng), role: `${role} in ${village(rng)}`, said: rng.pick(SAID) };
}

function reasonFill(rng: Rng, idx: number): string {
  const text = REASONS[idx][0];
  // No figure here: claims would take "board" or "council" for the subject of "a 40-minute debate", and every
  // two such debates would conflict.
  if (text.includes('{H}')) return rng.pick(['lengthy', 'heated', 'short', 'stormy', 'late-night', 'closed-door', 'marathon', 'bitter']);
  if (text.includes('{G}')) return `${rng.pick(GROUPS)} in ${village(rng)}`;
  if (text.includes('{P}')) return rng.pick(PROBLEMS).replace('{S}', rng.pick(rareNouns()).slice(0, -1));
  return '';
}

function drawFrame(rng: Rng, first: boolean): EventFrame {
  // Local bodies go by their town's name, as they do in local reporting ("the Velnorivka water company").
  const roll = rng.next();
  const agent =
    roll < 0.5 ? `the ${village(rng)} ${rng.pick(INSTITUTIONS).slice(4)}` : roll < 0.55 ? rng.pick(INSTITUTIONS) : roll < 0.65 ? `the ${written(rng.pick(ORGS), rng, first)}` : company(rng);
  const verbs = rng.int(0, DECISION_VERBS.length - 1);
  const nouns = rng.int(0, PLAN_NOUNS.length - 1);
  const rare = rareNouns();
  const frame: EventFrame = { agent, verbs, verb: rng.int(0, 2), nouns, noun: rng.int(0, 2), topic: rng.chance(0.15) ? rng.pick(PLAN_TOPICS) : `the ${rng.pick(rareNouns()).slice(0, -1)} ${rng.pick(FACILITIES)}`, place: village(rng) };
  if (rng.chance(0.5)) frame.adjective = rng.pick(ADJECTIVES);
  if (rng.chance(0.6)) frame.detail = [rng.pick(rare), rng.pick(rare)];
  if (rng.chance(0.7)) frame.time = { idx: rng.int(0, TIMES.length - 1), day: rng.pick(WEEKDAYS) };
  if (rng.chance(0.6)) {
    const idx = rng.int(0, REASONS.length - 1);
    frame.reason = { idx, fill: reasonFill(rng, idx) };
  }
  if (rng.chance(0.25)) frame.adverb = rng.pick(ADVERBS);
  if (rng.chance(0.5)) frame.source = source(rng, first);
  return frame;
}

function render(f: EventFrame, s: Style): string {
  const verb = DECISION_VERBS[f.verbs][f.verb];
  const noun = PLAN_NOUNS[f.nouns][f.noun];
  const detail = f.detail ? (s.swapDetail ? ` covering ${f.detail[1]} and ${f.detail[0]}` : ` covering ${f.detail[0]} and ${f.detail[1]}`) : '';
  // The village comes early in the noun phrase: "the tender for the sewage works" alone is a run many articles share.
  const adjective = f.adjective ? f.adjective + ' ' : '';
  const topic = f.topic.slice(4);
  const object = s.alt ? `the ${noun}${detail} in ${f.place} for the ${adjective}${topic}` : `the ${adjective}${noun} for ${f.place}'s ${topic}${detail}`;
  const adverb = f.adverb ? f.adverb + ' ' : '';
  const time = f.time ? TIMES[f.time.idx][s.alt].replace('{D}', f.time.day) : undefined;
  const tail: string[] = [];
  // The reason comes before the time: a stock time ("at a Tuesday session") next to a stock reason opening
  // ("after an audit found") would be a run that unrelated articles share.
  // A time never sits next to a reason either: the sentence leads with it instead.
  if (f.reason) tail.push(REASONS[f.reason.idx][s.alt].replace(/\{[HGP]\}/, f.reason.fill));
  else if (time && !s.timeFront) tail.push(time);
  const timeFront = s.timeFront || (time !== undefined && f.reason !== undefined);
  // "The council's approval of the plan came." needs something after "came"; such frames take the active shape.
  const form = s.form === 2 && tail.length === 0 ? 0 : s.form;
  let core: string;
  if (form === 0) core = `${f.agent} ${adverb}${verb.past} ${object}`;
  else if (form === 1) core = `${object} was ${adverb}${verb.participle} by ${f.agent}`;
  else core = `${f.agent}${f.agent.endsWith('s') ? "'" : "'s"} ${verb.noun} of ${object} came`;
  let clause = [core, ...tail].join(' ');
  if (time && timeFront) clause = `${time}, ${clause}`;
  const src = f.source;
  if (!src) return capital(clause) + '.';
  const who = src.role ? `${src.name}, ${src.role},` : src.name;
  if (s.wrap === 0) return `${who} said ${time && timeFront ? 'that ' : ''}${clause}.`;
  if (s.wrap === 1) return `${capital(clause)}, ${who} ${src.said}.`;
  return `According to ${who.replace(/,$/, '')}, ${clause}.`;
}

type FrameEdit = (rng: Rng, f: EventFrame) => boolean;

const EDITS: FrameEdit[] = [
  (rng, f) => ((f.adverb = f.adverb ? undefined : rng.pick(ADVERBS)), false),
  (rng, f) => ((f.adjective = f.adjective ? (rng.chance(0.5) ? undefined : other(rng, ADJECTIVES, f.adjective)) : rng.pick(ADJECTIVES)), false),
  (rng, f) => ((f.verb = (f.verb + rng.int(1, 2)) % 3), false),
  (rng, f) => {
    if (!f.time) f.time = { idx: 0, day: rng.pick(WEEKDAYS) };
    else f.time = { ...f.time, day: other(rng, WEEKDAYS, f.time.day) };
    return false;
  },
  (rng, f) => {
    if (!f.source) return ((f.place = village(rng)), false);
    f.source = { ...f.source, name: f.source.role ? person(rng) : f.source.name, said: other(rng, SAID, f.source.said) };
    return false;
  },
  (_rng, f) => ((f.noun = (f.noun + 1) % 3), false),
];

/** A decision sentence in its three versions. */
export function eventSentence(rng: Rng, first: boolean): Variants {
  const frame = drawFrame(rng, first);
  const style: Style = {
    form: rng.pick([0, 0, 0, 1, 2] as const),
    wrap: rng.pick([0, 1, 1, 2] as const),
    alt: rng.chance(0.5) ? 1 : 0,
    timeFront: rng.chance(0.15),
    swapDetail: false,
  };
  const text = render(frame, style);
  const edit = (): Edit => {
    // Some edits cancel out or touch nothing this shape writes (a weekday in "last week"); retry until one shows.
    let edited = text;
    let changedFigure = false;
    for (let attempt = 0; attempt < 8 && edited === text; attempt++) {
      const f = { ...frame };
      changedFigure = false;
      const edits = rng.int(1, 2);
      for (let i = 0; i < edits; i++) changedFigure = rng.pick(EDITS)(rng, f) || changedFigure;
      edited = render(f, style);
    }
    return { text: edited, changedFigure };
  };
  const restate = (): string => {
    const restated = { ...frame };
    if (rng.chance(0.6)) restated.verb = (frame.verb + rng.int(1, 2)) % 3;
    if (rng.chance(0.6)) restated.noun = (frame.noun + rng.int(1, 2)) % 3;
    const restyle: Style = {
      form: ((style.form + rng.int(1, 2)) % 3) as Style['form'],
      wrap: ((style.wrap + rng.int(1, 2)) % 3) as Style['wrap'],
      alt: (1 - style.alt) as Style['alt'],
      timeFront: !style.timeFront,
      swapDetail: true,
    };
    return render(restated, restyle);
  };
  return { text, edit, restate };
}
