/**
 * ajv, loaded when a file is first validated: most sessions never validate a config or fact file,
 * and loading ajv would add to every server start.
 */
import type Ajv from 'ajv';
import type { Options } from 'ajv';

/** A new ajv instance (the module is loaded on the first call). */
export function newAjv(options: Options): Ajv {
  const { default: AjvClass } = require('ajv') as { default: typeof Ajv };
  return new AjvClass(options);
}
