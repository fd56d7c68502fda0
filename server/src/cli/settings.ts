/**
 * The configuration of each checked file: defaults < `.mineral-claims.json` (found upwards, or the
 * `--config` file) < command-line flags; and one checker per distinct configuration.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { SUB_CHECKS, allRuleMeta, createClaimChecker, formatFactFileError, loadFactFiles, resolveConfig, type CheckerConfig, type ClaimChecker, type SeveritySetting } from '../core';
import { formatConfigError, loadConfigFor, parseConfigFile, type LoadedConfig } from '../core/configFile';
import { ConfigIgnores } from '../core/markdownFiles';
import { UsageError } from './io';

const SEVERITIES: SeveritySetting[] = ['off', 'hint', 'info', 'warning', 'error'];

/** Parse repeated `--rule <id>=<severity>` flags; unknown ids or severities are usage errors. */
export function parseRuleFlags(flags: string[]): Record<string, SeveritySetting> {
  const ids = [...allRuleMeta().map((m) => m.id), ...SUB_CHECKS];
  const out: Record<string, SeveritySetting> = {};
  for (const flag of flags) {
    const m = /^([^=]+)=(.*)$/.exec(flag.trim());
    if (!m) throw new UsageError(`--rule expects <id>=<severity>, got "${flag}"`);
    const [, id, sev] = m.map((s) => s.trim());
    if (!ids.includes(id)) throw new UsageError(`--rule: unknown rule "${id}" (rules: ${ids.join(', ')})`);
    if (!SEVERITIES.includes(sev as SeveritySetting)) throw new UsageError(`--rule ${id}: severity must be one of ${SEVERITIES.join(', ')}, got "${sev}"`);
    out[id] = sev as SeveritySetting;
  }
  return out;
}

/** Flags that override every configuration file. */
export interface Overrides {
  /** `--config <file>`: used for every file instead of searching. */
  configFile?: string;
  rules: Record<string, SeveritySetting>;
  /** Extra fact files (`--facts`), added after the configuration's. */
  facts: string[];
  /** Bibliography files (`--bibliography`), replacing the configuration's. */
  bibliography: string[];
}

function throwIfBad(loaded: LoadedConfig): LoadedConfig {
  if (loaded.errors.length) {
    const more = loaded.errors.length > 1 ? ` (and ${loaded.errors.length - 1} more problem${loaded.errors.length > 2 ? 's' : ''})` : '';
    throw new UsageError(`bad configuration: ${formatConfigError(loaded.errors[0])}${more}`);
  }
  return loaded;
}

/** Resolves configurations and checkers for a run; bad configuration throws a {@link UsageError}. */
export class Settings {
  private readonly cache = new Map<string, LoadedConfig>();
  private readonly explicit?: LoadedConfig;
  private readonly checkers = new Map<string, ClaimChecker>();
  private readonly ignores = new ConfigIgnores((file) => this.loaded(file));

  constructor(
    private readonly overrides: Overrides,
    private readonly cwd: string,
  ) {
    if (overrides.configFile) this.explicit = throwIfBad(parseConfigFile(resolve(cwd, overrides.configFile)));
    for (const f of overrides.bibliography) if (!existsSync(resolve(cwd, f))) throw new UsageError(`cannot read bibliography ${f}: not found`);
  }

  /** The configuration file that applies to a file (absolute path). */
  loaded(file: string): LoadedConfig {
    return this.explicit ?? throwIfBad(loadConfigFor(file, { cache: this.cache }));
  }

  /** The resolved configuration of a file, flags applied. */
  configFor(file: string): CheckerConfig {
    const { config } = this.loaded(file);
    const o = this.overrides;
    return resolveConfig(config, {
      rules: o.rules,
      factFiles: [...(config.factFiles ?? []), ...o.facts.map((f) => resolve(this.cwd, f))],
      ...(o.bibliography.length ? { bibliography: o.bibliography.map((f) => resolve(this.cwd, f)) } : {}),
    });
  }

  /** True if the `ignore` list of the file's configuration excludes it. */
  isIgnored(file: string): boolean {
    return this.ignores.ignores(file);
  }

  /** A checker for a configuration, shared by files with equal configurations. */
  checkerFor(config: CheckerConfig, oneShot = false): ClaimChecker {
    const key = `${oneShot ? 'once' : 'kept'}${JSON.stringify(config)}`;
    let checker = this.checkers.get(key);
    if (!checker) {
      let facts;
      if (config.factFiles.length) {
        const loaded = loadFactFiles(config.factFiles);
        if (loaded.errors.length) throw new UsageError(`bad fact file: ${loaded.errors.map(formatFactFileError).join('\nmineral-claims: bad fact file: ')}`);
        facts = loaded.base;
      }
      checker = createClaimChecker({ facts, config, oneShot });
      this.checkers.set(key, checker);
    }
    return checker;
  }
}
