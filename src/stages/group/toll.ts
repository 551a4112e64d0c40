import type { Claim } from '../../model/record.js';
import { isOwnHappening } from '../extract/claims/scope.js';

/**
 * A report's toll as grouping reads it: the dead and the wounded it states of its own happening.
 *
 * Two reports of one shooting that share a rare name or two but little else (an early report
 * without the victims' names, a follow-up about an arrest) state the same day and the same toll:
 * "four people were wounded Thursday at the Elm Street vigil" and "4 shot during a
 * vigil". Grouping lowers its thresholds for such a pair (`GroupOptions.sameTollFactor`).
 * A toll tells happenings apart only when it is large enough that two happenings of one day
 * rarely share it (`GroupOptions.minToll`): one dead is the toll of many shootings of a city's day.
 *
 * Read from the report's claims, not reconciled (a reconciliation per report cost about 5% of a
 * build): the largest exact count of each kind in the report's own scope (`isOwnHappening`),
 * a rising toll's last, whether stated as a number or read from a person ("one of them fatally":
 * 1 dead); the wounded from those shot less the dead when no count of the wounded is stated ("Four
 * people were shot, one of them fatally"). The largest, not the sum: people read one by one ("a man
 * ... and a woman ...") are then counted short, which only keeps two reports apart. Measured on
 * gva-dev (reports with a stated event day and a toll of at least 4): 115 pairs of reports share
 * day and toll within an incident, 1 across two incidents (which share no name); with counts
 * stated as numbers only, 98 and 2.
 */
export type Toll = readonly [killed: number, injured: number];

/**
 * The toll a report states (see `Toll`); undefined when it states no exact count of the dead, the
 * wounded or those shot.
 *
 * @example
 * tollOf(claims); // [1, 3] for "Four people were shot, one of them fatally"
 */
export function tollOf(claims: readonly Claim[]): Toll | undefined {
  let killed: number | undefined;
  let injured: number | undefined;
  let shot: number | undefined;
  for (const c of claims) {
    if (c.qualifier !== 'exact' || !isOwnHappening(c.scope)) continue;
    if (c.kind === 'killed') killed = Math.max(killed ?? 0, c.value);
    else if (c.kind === 'injured') injured = Math.max(injured ?? 0, c.value);
    else if (c.kind === 'shot') shot = Math.max(shot ?? 0, c.value);
  }
  if (killed === undefined && injured === undefined && shot === undefined) return undefined;
  return [killed ?? 0, injured ?? Math.max(0, (shot ?? 0) - (killed ?? 0))];
}

/** A toll as one key ("1|3"), or undefined when it is below `minToll` (too common to tell happenings apart). */
export function tollKey(toll: Toll | undefined, minToll: number): string | undefined {
  return toll !== undefined && toll[0] + toll[1] >= minToll ? `${toll[0]}|${toll[1]}` : undefined;
}
