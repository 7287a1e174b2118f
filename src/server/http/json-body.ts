import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';

/** What @hono/zod-openapi lets through to a JSON route: `application/json` or `+json`, with parameters. */
const JSON_TYPE = /^application\/([a-z-.]+\+)?json(;\s*[a-zA-Z0-9-]+=([^;]+))*$/i;

/**
 * The request body as JSON, for a route that validates it itself (once) instead of through zod-openapi's
 * validator. Same answers as that validator: another content type is 415, a body that is not JSON is 400,
 * no content type and no body is `{}` (so the schema names the missing fields).
 */
export async function readJsonBody(c: Context): Promise<unknown> {
  const type = c.req.header('content-type');
  if (type === undefined) {
    if ((await c.req.text()).length > 0) throw new HTTPException(415, { message: 'Unsupported Media Type' });
    return {};
  }
  if (!JSON_TYPE.test(type)) throw new HTTPException(415, { message: 'Unsupported Media Type' });
  try {
    return await c.req.json();
  } catch {
    throw new HTTPException(400, { message: 'Malformed JSON in request body' });
  }
}
