// Uses the generated client against a running service: API_BASE (e.g. http://127.0.0.1:8080) and, for the
// round trip, API_TOKEN (an editor's bearer token; src/dev/mint-token.sh editor prints one for the dev key).
import assert from "node:assert/strict";
import { test } from "node:test";
import { createApiClient } from "../src/client.js";

const base = process.env.API_BASE;
const token = process.env.API_TOKEN;
if (!base) {
    throw new Error("Set API_BASE to the service's URL, e.g. http://127.0.0.1:8080");
}

test("lists costs converted to EUR", async () => {
    const api = createApiClient(base);
    const { data, error, response } = await api.GET("/api/v1/costs", { params: { query: { currency: "EUR", size: 50 } } });
    assert.equal(response.status, 200, JSON.stringify(error));
    assert.ok(data && data.items.length > 0);
    for (const cost of data.items) {
        if (cost.converted) {
            assert.equal(cost.converted.currency, "EUR");
        }
    }
    assert.ok(data.items.some((cost) => cost.converted !== undefined), "at least one price has a rate to EUR");
});

test("reads one cost by its id", async () => {
    const api = createApiClient(base);
    const list = await api.GET("/api/v1/costs", {});
    const first = list.data?.items[0];
    assert.ok(first);
    const { data, response } = await api.GET("/api/v1/costs/{id}", { params: { path: { id: first.id } } });
    assert.equal(response.status, 200);
    assert.equal(data?.id, first.id);
    assert.ok(response.headers.get("ETag"));
});

test("as an editor: GET a note, change one field, PUT it back with its ETag", { skip: !token && "API_TOKEN not set" }, async () => {
    const api = createApiClient(base, token);
    const list = await api.GET("/api/v1/notes", {});
    const note = list.data?.items[0];
    assert.ok(note);
    const read = await api.GET("/api/v1/notes/{id}", { params: { path: { id: note.id } } });
    assert.ok(read.data);
    const etag = read.response.headers.get("ETag");
    assert.ok(etag);
    const original = read.data.title;

    // the read representation is the write body: no mapping, read-only fields are ignored by the server
    const changed = { ...read.data, title: `${original} (checked by the TypeScript client)` };
    const put = await api.PUT("/api/v1/notes/{id}", {
        params: { path: { id: note.id }, header: { "If-Match": etag } },
        body: changed,
    });
    assert.equal(put.response.status, 200, JSON.stringify(put.error));
    assert.equal(put.data?.title, changed.title);
    const after = await api.GET("/api/v1/notes/{id}", { params: { path: { id: note.id } } });
    assert.equal(after.data?.title, changed.title);

    // and back, so that the data is as it was
    const restore = await api.PUT("/api/v1/notes/{id}", {
        params: { path: { id: note.id }, header: { "If-Match": after.response.headers.get("ETag") ?? "" } },
        body: { ...after.data!, title: original },
    });
    assert.equal(restore.response.status, 200, JSON.stringify(restore.error));
});
