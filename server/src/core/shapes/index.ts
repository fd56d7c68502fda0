/**
 * The registry of relation shapes, in the order claims.ts runs them after the relation words. A new shape is one
 * module (see shape.ts) added here, with a fixture file test/fixtures/shapes/<id>.txt.
 */
import { comparative } from './comparative';
import { conditional } from './conditional';
import { copula } from './copula';
import { label } from './label';
import { listLead } from './list-lead';
import { nominal } from './nominal';
import type { RelationShape } from './shape';
import { treatment } from './treatment';
import { withoutRelationWord } from './without-relation-word';

export const SHAPES: readonly RelationShape[] = [comparative, copula, nominal, conditional, label, listLead, treatment, withoutRelationWord].sort((a, b) => a.order - b.order);
