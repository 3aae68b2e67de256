/** How sure the rules are of an event: the trigger row's weight, raised by a clear role rule. */
import type { RoleRule } from './roles';
import type { TriggerPos } from './trigger-index';

const RULE_BONUS: Readonly<Record<RoleRule, number>> = { passive: 0.15, modifier: 0.1, inverted: 0.15, subject: 0.1, after: -0.05, pronoun: -0.1, none: -0.3 };

export function eventConfidence(weight: number, pos: TriggerPos, rule: RoleRule, dated: 'sentence' | 'carried' | 'none'): number {
  const raw = weight + RULE_BONUS[rule] + (pos === 'noun' ? -0.05 : 0) + (dated === 'carried' ? -0.05 : 0);
  return Math.round(Math.min(1, Math.max(0, raw)) * 100) / 100;
}
