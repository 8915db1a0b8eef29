import type { Claim, ClaimRef, Dimension } from '../../../src/engine/types';

const MILE = 1609.344;
const DAY_MS = 86_400_000;

let nextStart = 0;

/** A claim by hand, the way the claims stage would emit it (values already in SI). */
export function claim(doc: string, fields: Partial<Claim> & { dimension: Dimension; value: number }): ClaimRef {
  const start = fields.start ?? (nextStart += 100);
  return {
    doc,
    claim: {
      start,
      end: fields.end ?? start + 10,
      text: fields.text ?? String(fields.value),
      unit: fields.unit ?? '',
      subject: fields.subject ?? 'product:oreshnik',
      attribute: fields.attribute ?? 'range',
      ...fields,
    },
  };
}

export const km = (doc: string, n: number, extra: Partial<Claim> = {}) =>
  claim(doc, { dimension: 'length', value: n * 1000, unit: 'm', text: `${n} km`, ...extra });

export const miles = (doc: string, n: number, extra: Partial<Claim> = {}) =>
  claim(doc, { dimension: 'length', value: n * MILE, unit: 'm', text: `${n} miles`, ...extra });

export const count = (doc: string, n: number, noun: string, extra: Partial<Claim> = {}) =>
  claim(doc, { dimension: 'count', value: n, noun, attribute: noun, subject: 'organization:union-state', text: `${n} ${noun}`, ...extra });

/** A date claim over an inclusive ISO day interval. */
export const date = (doc: string, from: string, to: string, extra: Partial<Claim> = {}) =>
  claim(doc, {
    dimension: 'date',
    value: Date.parse(`${from}T00:00:00Z`),
    unit: 'date',
    interval: [from, to],
    attribute: 'signing date',
    subject: 'event:security-treaty',
    text: from === to ? from : `${from}..${to}`,
    ...extra,
  });

export const dayMs = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS) * DAY_MS;

export const names = (doc: string) => doc;
