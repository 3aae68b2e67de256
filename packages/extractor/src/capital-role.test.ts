import { capitalRole } from './capital-role';
import { tokenize } from './tokens';

const role = (sentence: string, capital: string) => {
  const tokens = tokenize(sentence);
  const i = tokens.findIndex((t) => t.text === capital);
  return capitalRole(tokens, i, i);
};

const CASES: readonly (readonly [string, string, 'city' | 'state'])[] = [
  ['Shells landed in Nairobi overnight.', 'Nairobi', 'city'],
  ['Protesters marched through central Harare late Monday.', 'Harare', 'city'],
  ['The rebels now hold the capital Mogadishu and the port.', 'Mogadishu', 'city'],
  ['The militia vowed to capture Mogadishu within weeks.', 'Mogadishu', 'city'],
  ["Lima's streets were empty.", 'Lima', 'city'],
  ['A Nairobi news conference was held.', 'Nairobi', 'city'],
  ['NAIROBI (Reuters) - Talks resumed.', 'NAIROBI', 'city'],
  ['Nairobi said the border would stay shut.', 'Nairobi', 'state'],
  ['Harare quickly rejected the claim.', 'Harare', 'state'],
  ["Lima's denial came within hours.", 'Lima', 'state'],
  ['The envoy accused Harare of stalling.', 'Harare', 'state'],
  ['The donors urged Lima to act.', 'Lima', 'state'],
  ['Relations with Nairobi have cooled.', 'Nairobi', 'state'],
  ['There was no reaction from Harare.', 'Harare', 'state'],
];

describe('capital role', () => {
  // The city where things happen in it; the state when it acts or is dealt with.
  it.each(CASES)('%s → %s is the %s', (sentence, capital, expected) => {
    expect(role(sentence, capital)).toBe(expected);
  });
});
