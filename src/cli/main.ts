import { Command, CommanderError } from 'commander';
import type { Lang } from '../core/lang.ts';
import { msg } from '../core/message.ts';
import { say } from '../messages/catalogue.ts';
import { registerBatch } from './commands/batch.ts';
import { registerCatalog } from './commands/catalog.ts';
import { registerHukou } from './commands/hukou.ts';
import { registerPlan } from './commands/plan.ts';
import { registerPolicy } from './commands/policy.ts';
import { registerScore } from './commands/score.ts';
import { registerTemplate } from './commands/template.ts';
import { describeError } from './errors.ts';
import { EXIT } from './exit-codes.ts';
import { examples, helpText } from './help.ts';

const VERSION = '0.1.0';

/** The language errors are reported in, read from the raw arguments: an error can come before commander has parsed them. */
function langOf(argv: readonly string[]): Lang {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = i < 0 ? undefined : argv[i]?.includes('=') ? argv[i]?.split('=')[1] : argv[i + 1];
  return value === 'en' ? 'en' : 'zh';
}

export function buildProgram(): Command {
  const program = new Command('hujifen')
    .description(helpText('cli:help.program'))
    .version(VERSION, '-V, --version', helpText('cli:help.version'))
    .enablePositionalOptions()
    .showHelpAfterError(`(${helpText('cli:help.afterError')})`)
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s), writeOut: (s) => process.stdout.write(s) })
    .addHelpText(
      'after',
      `${examples([
        'hujifen score examples/graduate.yaml --date 2025-03-01',
        'hujifen batch examples/batch.csv --out result.xlsx --date 2025-03-01',
        'hujifen template --out template.xlsx',
        'hujifen policy --date 2025-03-01',
        'hujifen plan examples/skilled-worker.json --date 2024-12-16',
        `hujifen catalog ${say('zh', msg('cli:help.catalogExample'))}`,
        'hujifen policy --diff 2017 2022',
        'hujifen hukou examples/hukou-engineer.yaml --date 2024-03-10',
      ])}

${helpText('cli:help.exitCodes')}: 0 ok, 1 internal error, 2 usage, 3 invalid input, 4 file error,
  5 batch done with unreadable rows, 130/143 interrupted. See docs/cli.md.`,
    );
  registerScore(program);
  registerBatch(program);
  registerTemplate(program);
  registerPlan(program);
  registerCatalog(program);
  registerPolicy(program);
  registerHukou(program);
  return program;
}

/** Runs the command line; resolves to the exit code instead of exiting, so tests and the bin share it. */
export async function run(argv: readonly string[]): Promise<number> {
  const lang = langOf(argv);
  const program = buildProgram();
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return process.exitCode === undefined ? EXIT.ok : Number(process.exitCode);
  } catch (error) {
    if (error instanceof CommanderError) {
      // commander has already printed its message; help and --version are not errors.
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' ? EXIT.ok : EXIT.usage;
    }
    const { message, code } = describeError(error, lang);
    process.stderr.write(`${message}\n`);
    return code;
  }
}
