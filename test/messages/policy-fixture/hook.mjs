// A module resolve hook for the policy-fixture test: imports of the repository's policy/**/*.json resolve to the
// same file in the fixture folder the test wrote, so the whole program runs on the fixture's numbers.
let from = '';
let to = '';

export function initialize(data) {
  from = data.from;
  to = data.to;
}

export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  if (resolved.url.startsWith(from) && resolved.url.endsWith('.json')) return { ...resolved, url: to + resolved.url.slice(from.length) };
  return resolved;
}
