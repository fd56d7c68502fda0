/**
 * The fact base: minerals, targets, facts and references, indexed for the rules and hovers.
 * The built-in data is JSON bundled at build time; user fact files are merged on top (by id),
 * see `load.ts`.
 */
import vocabulary from '../../../facts/vocabulary.json';
import factsFile from '../../../facts/facts.json';
import referencesFile from '../../../facts/references.json';
import type { RelationFile } from '../language/relations';
import type { CslItem, FactDef, FactFile, MineralDef, TargetDef } from './types';

/** An indexed fact base. */
export interface FactBase {
  minerals: MineralDef[];
  targets: TargetDef[];
  facts: FactDef[];
  /** References that facts cite and quick fixes may insert (never an item with `verified: false`). */
  references: Map<string, CslItem>;
  /**
   * References to recognise in an article (so citing them is not an unknown key) but never to
   * insert or offer: the `unverifiedReferences` of the fact files and any item marked `verified: false`.
   */
  recognised: Map<string, CslItem>;
  mineralById: Map<string, MineralDef>;
  targetById: Map<string, TargetDef>;
  factById: Map<string, FactDef>;
  /** Relation words the fact files add to the built-in ones (language/relations.json), in file order. */
  relations: RelationFile[];
}

/** The built-in fact files, as data. */
export function builtInFactFiles(): FactFile[] {
  return [vocabulary as FactFile, factsFile as FactFile, referencesFile as FactFile];
}

/** Merge fact files in order; a later item with the same id replaces an earlier one. */
export function createFactBase(files: FactFile[]): FactBase {
  const minerals = new Map<string, MineralDef>();
  const targets = new Map<string, TargetDef>();
  const facts = new Map<string, FactDef>();
  const references = new Map<string, CslItem>();
  const recognised = new Map<string, CslItem>();
  const relations: RelationFile[] = [];
  for (const f of files) {
    if (f.relations?.length) relations.push({ relations: f.relations, irregular: f.irregular });
    for (const m of f.minerals ?? []) minerals.set(m.id, m);
    for (const t of f.targets ?? []) targets.set(t.id, t);
    for (const x of f.facts ?? []) facts.set(x.id, x);
    for (const r of f.references ?? []) {
      if (r.verified === false) {
        references.delete(r.id);
        recognised.set(r.id, r);
      } else {
        recognised.delete(r.id);
        references.set(r.id, r);
      }
    }
    for (const r of f.unverifiedReferences ?? []) {
      references.delete(r.id);
      recognised.set(r.id, { ...r, verified: false });
    }
  }
  return {
    minerals: [...minerals.values()],
    targets: [...targets.values()],
    facts: [...facts.values()],
    references,
    recognised,
    mineralById: minerals,
    targetById: targets,
    factById: facts,
    relations,
  };
}

let builtIn: FactBase | undefined;

/** The built-in fact base (loaded and indexed once). */
export function builtInFactBase(): FactBase {
  builtIn ??= createFactBase(builtInFactFiles());
  return builtIn;
}

/** The heading of facts that name no topic. */
export const OTHER_TOPIC = 'Other';

/**
 * Facts grouped by their `topic`, for browsing (the fact base view, `mineral-claims facts`, docs/facts.md):
 * topics in the order they first appear, facts in their own order within each, facts without a topic last
 * under "Other".
 */
export function factsByTopic<T extends { topic?: string }>(facts: readonly T[]): { topic: string; facts: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const f of facts) if (f.topic) (groups.get(f.topic) ?? groups.set(f.topic, []).get(f.topic)!).push(f);
  const out = [...groups].map(([topic, own]) => ({ topic, facts: own }));
  const rest = facts.filter((f) => !f.topic);
  if (rest.length) out.push({ topic: OTHER_TOPIC, facts: rest });
  return out;
}
