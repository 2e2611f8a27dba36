import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { AppError, InputError } from "../../domain/errors.js";

/** The one error body every route answers with: `{error: {code, message, details}}`. */
export interface ErrorBody {
  error: { code: string; message: string; details: unknown };
}

export function errorBody(code: string, message: string, details: unknown = null): ErrorBody {
  return { error: { code, message, details } };
}

/** A request parameter or body field is missing or malformed. */
export function validationError(field: string, problem: string, value?: unknown): AppError {
  return new AppError("validation_error", 400, `${field}: ${problem}`, { field, problem, ...(value === undefined ? {} : { value }) });
}

export function notFound(what: string, id: string): AppError {
  return new AppError("not_found", 404, `${what} ${JSON.stringify(id)} does not exist`, { [what]: id });
}

/** Fastify's own error codes (parsing, limits) mapped to our codes, so clients see one vocabulary. */
const FASTIFY_CODES: Record<string, { code: string; status: number; message?: (e: FastifyError, bodyLimit: number) => string }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: {
    code: "body_too_large",
    status: 413,
    message: (_e, limit) => `request body is larger than the limit of ${limit} bytes`,
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    code: "unsupported_media_type",
    status: 415,
    message: (e) => `${e.message}; send application/json, text/plain or text/html`,
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: "validation_error", status: 400, message: () => "body: a JSON body is required" },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { code: "validation_error", status: 400 },
  FST_ERR_CTP_EMPTY_TYPE: { code: "validation_error", status: 400 },
  FST_ERR_CTP_INVALID_TYPE: { code: "validation_error", status: 400 },
};

export function installErrorHandling(app: FastifyInstance, bodyLimit: number): void {
  app.setErrorHandler((err: FastifyError | Error, request: FastifyRequest, reply: FastifyReply) => {
    if (err instanceof AppError) {
      return reply.status(err.status).send(errorBody(err.code, err.message, err.details));
    }
    if (err instanceof InputError) {
      return reply.status(422).send(errorBody("unprocessable_input", err.message, { input: err.input, problem: err.problem }));
    }
    const fe = err as FastifyError;
    const known = fe.code ? FASTIFY_CODES[fe.code] : undefined;
    if (known) {
      const message = known.message ? known.message(fe, bodyLimit) : fe.message;
      return reply.status(known.status).send(errorBody(known.code, message, null));
    }
    if (err instanceof SyntaxError || (fe.statusCode === 400 && /JSON/i.test(fe.message))) {
      return reply.status(400).send(errorBody("invalid_json", `body is not valid JSON: ${fe.message}`, null));
    }
    if (fe.validation) {
      return reply.status(400).send(errorBody("validation_error", fe.message, fe.validation));
    }
    if (typeof fe.statusCode === "number" && fe.statusCode >= 400 && fe.statusCode < 500) {
      return reply.status(fe.statusCode).send(errorBody("bad_request", fe.message, null));
    }
    request.log.error({ err }, "unhandled error");
    return reply.status(500).send(errorBody("internal_error", "the server failed to handle this request; see the server log", null));
  });

  app.setNotFoundHandler((request, reply) => {
    reply
      .status(404)
      .send(errorBody("route_not_found", `no route for ${request.method} ${request.url.split("?")[0]}; see /api/openapi.json`, { method: request.method, url: request.url }));
  });
}
