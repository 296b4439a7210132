// A typed client for the stem-cell therapy for MS data API: paths, parameters and bodies come from the types
// that `npm run generate` writes from openapi/openapi.yaml, so a call the document does not allow does not compile.
import createClient, { type Middleware } from "openapi-fetch";
import type { components, paths } from "./api.js";

export type { components, paths };
export type Schemas = components["schemas"];

/** A client for the API at `baseUrl` (e.g. http://localhost:8080); with a token, writes are allowed to its roles. */
export function createApiClient(baseUrl: string, token?: string) {
    const client = createClient<paths, "application/json">({ baseUrl });
    if (token) {
        const bearer: Middleware = {
            onRequest({ request }) {
                request.headers.set("Authorization", `Bearer ${token}`);
                return request;
            },
        };
        client.use(bearer);
    }
    return client;
}
