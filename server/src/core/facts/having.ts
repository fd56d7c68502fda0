/**
 * The facts of a fact base that carry a given kind of statement (roles, effects, treatments, causes, …), in
 * fact-base order. Each check reads one or two kinds, which only some facts have (of about a hundred facts,
 * half have roles, a fifth effects, a handful treatments or causes): a check that loops over `factsWith(facts,
 * 'effects')` visits only those, with the same results as looping over all facts and skipping the others.
 * Built once per list of facts, on first use.
 */
import type { FactBase } from './factbase';
import type { FactDef } from './types';

/** The kinds of statement a fact may carry as a list. */
export type FactListKey = 'roles' | 'effects' | 'ranges' | 'intake' | 'treatments' | 'distinct' | 'indicators' | 'causes' | 'cooperativity' | 'spares' | 'signs' | 'poweredBy' | 'rankings' | 'overclaims';

/** Per list of facts: its length when indexed (a fact base is not changed once built; a changed length rebuilds) and the facts by kinds asked. */
const byKind = new WeakMap<FactDef[], { count: number; lists: Map<string, FactDef[]> }>();

/** The facts with at least one non-empty list of the `keys`, in fact-base order. */
export function factsWith(facts: FactBase, ...keys: FactListKey[]): FactDef[] {
  let known = byKind.get(facts.facts);
  if (!known || known.count !== facts.facts.length) byKind.set(facts.facts, (known = { count: facts.facts.length, lists: new Map() }));
  const name = keys.join(' ');
  let list = known.lists.get(name);
  if (!list) known.lists.set(name, (list = facts.facts.filter((f) => keys.some((key) => f[key]?.length))));
  return list;
}
