/** The package version (bundled from package.json). */
import { version } from '../../../package.json';

/** Version of mineral-claims. */
export const VERSION: string = version;
