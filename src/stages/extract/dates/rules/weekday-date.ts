import type { ParsingContext, ParsingResult } from 'chrono-node';
import type { DateRefiner } from './base.js';

/** What may stand between a weekday and its date: "Sunday, August 11", "Sunday August 11", "Monday (6/30)". */
const BETWEEN = /^,?\s*\(?$/;

/**
 * `en/date/weekday-date`: joins a weekday and the date right after it ("Sunday, August 11") into
 * one result that states both. Replaces chrono-node's weekday merge, whose copy of the date dropped
 * the date's tags (and with them our rule id).
 *
 * @example "on Sunday, August 11 at the complex" -> "Sunday, August 11" (weekday 0, month 8, day 11)
 * @example "Monday (6/30) evening the deputies responded" -> "Monday (6/30) evening" (weekday 1, month 6, day 30)
 */
export const weekdayDate: DateRefiner = {
  id: 'en/date/weekday-date',
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    if (results.length < 2) return results;
    const out: ParsingResult[] = [];
    for (let i = 0; i < results.length; i++) {
      const current = results[i] as ParsingResult;
      const next = results[i + 1];
      if (next && current.start.isOnlyWeekdayComponent() && next.start.isCertain('day')) {
        const between = context.text.slice(current.index + current.text.length, next.index);
        if (BETWEEN.test(between)) {
          const weekday = current.start.get('weekday');
          if (weekday !== null) {
            next.start.assign('weekday', weekday);
            next.end?.assign('weekday', weekday);
          }
          // "Monday (6/30)": the closing bracket goes with the opening one.
          const close = between.endsWith('(') && context.text.charAt(next.index + next.text.length) === ')' ? ')' : '';
          next.text = current.text + between + next.text + close;
          next.index = current.index;
          continue;
        }
      }
      out.push(current);
    }
    return out;
  },
};
