/**
 * The one place domain errors become HTTP statuses. Every failure leaves the API as
 * `{ error: { status, message } }`, so a client never has to parse an HTML error page.
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import type { ZodOpenApiResponseObject } from 'zod-openapi';
import { InputError, NotFoundError, UsageError } from '../core/errors.js';
import { ErrorBody } from './schemas/common.js';

/** A request the API itself turns down (bad parameters, missing credentials), with its status. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: ContentfulStatusCode,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export function errorResponse(c: Context, status: ContentfulStatusCode, message: string): Response {
  return c.json({ error: { status, message } }, status);
}

/**
 * `InputError` is 422: the request was well formed but what it points at cannot be read as an article.
 * Anything unexpected is a 500 whose details stay in the server's log, not in the answer.
 */
export function statusOf(error: unknown): { status: ContentfulStatusCode; message: string } {
  if (error instanceof ApiError) return { status: error.status, message: error.message };
  if (error instanceof NotFoundError) return { status: 404, message: error.message };
  if (error instanceof UsageError) return { status: 400, message: error.message };
  if (error instanceof InputError) return { status: 422, message: error.message };
  return { status: 500, message: 'internal error' };
}

/** One line naming every problem zod found, e.g. `limit: Too small: expected number to be >=1`. */
export function invalid(where: string, error: z.ZodError): ApiError {
  const problems = error.issues.map((issue) =>
    issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message,
  );
  return new ApiError(400, `invalid ${where}: ${problems.join('; ')}`);
}

/** `id` registers the response once under `components.responses`; each endpoint refers to it. */
const documented = (id: string, description: string): ZodOpenApiResponseObject => ({
  id,
  description,
  content: { 'application/json': { schema: ErrorBody } },
});

/** The failures the OpenAPI document lists beside each endpoint's answer. */
export const ErrorResponses = {
  badRequest: documented('BadRequest', 'The query, path or body is invalid'),
  notFound: documented('NotFound', 'Nothing matches the id or name'),
  unauthorized: documented('Unauthorized', 'A token is configured and the request does not carry it'),
  forbidden: documented(
    'Forbidden',
    'Writes are disabled: no token is configured and the server is not local-only',
  ),
};
