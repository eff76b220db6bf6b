// `node --import ./tests/support/without-pg.mjs …`: a process in which the PostgreSQL driver
// cannot be imported, as on a machine where it was never installed.
import { register } from 'node:module';

const hooks = `export async function resolve(specifier, context, next) {
  if (specifier === 'pg' || specifier.startsWith('pg/') || specifier.startsWith('pg-')) throw new Error('Cannot find package ' + specifier + ' (blocked: this process has no PostgreSQL driver)');
  return next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);
