import type { Request } from 'express';

/** The parameters of a GraphQL GET request. */
export type GetParameters = Partial<
  Record<'query' | 'operationName' | 'variables' | 'extensions', string>
>;
const NAMES = ['query', 'operationName', 'variables', 'extensions'] as const;
/** Each request's parameters, read once: the length limit and the class cache both ask. */
const read = new WeakMap<Request, GetParameters | undefined>();

/**
 * A GET request's GraphQL parameters as Apollo Server reads them: every parameter of the URL's
 * query string (URLSearchParams), a repeated one refused. Express's `req.query` reads only the
 * first 1,000 parameters and makes a repeated one an array, so a URL padded with 1,000 others had
 * other variables for the class cache than for the pipeline, which stored its answer under the key
 * of a request without them, and hid a query from the length limit. Undefined when one of them is
 * repeated: the pipeline refuses that request.
 */
export function getParameters(req: Request): GetParameters | undefined {
  if (read.has(req)) return read.get(req);
  const parameters = parse(req.originalUrl);
  read.set(req, parameters);
  return parameters;
}

function parse(url: string): GetParameters | undefined {
  const start = url.indexOf('?');
  const search = new URLSearchParams(start < 0 ? '' : url.slice(start + 1));
  const parameters: GetParameters = {};
  for (const name of NAMES) {
    const values = search.getAll(name);
    if (values.length > 1) return undefined;
    if (values.length) parameters[name] = values[0];
  }
  return parameters;
}
