/** The output formats of `mineral-claims check --format`. */
import { github } from './github';
import { json } from './json';
import type { Formatter } from './report';
import { sarif } from './sarif';
import { stylish } from './stylish';

/** Formatters by name; the first is the default. */
export const FORMATTERS: Record<string, Formatter> = { stylish, json, sarif, github };
