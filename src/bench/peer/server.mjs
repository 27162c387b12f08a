// The peer of the benchmark (BENCHMARKS.md, "alliance-graph against @neo4j/graphql"): the reference
// library serving the same database over Bolt, with type definitions that mirror the stored model
// (typeDefs.graphql). Served by node:http and graphql-js directly, with parsed and validated
// documents kept, so that no web framework adds to the peer's time.
//
//   node server.mjs --bolt bolt://127.0.0.1:7687 [--port 0] [--user neo4j --password secret]
//
// Prints "peer listening on <port>" once it answers; POST /graphql takes {query, variables}.
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import { Neo4jGraphQL } from "@neo4j/graphql";
import { execute, parse, printSchema, validate } from "graphql";
import neo4j from "neo4j-driver";

const { values } = parseArgs({
    options: {
        bolt: { type: "string" },
        port: { type: "string", default: "0" },
        user: { type: "string" },
        password: { type: "string" },
        "print-schema": { type: "boolean", default: false },
    },
});
if (!values.bolt) {
    console.error("usage: node server.mjs --bolt bolt://host:port [--port N] [--user U --password P] [--print-schema]");
    process.exit(2);
}
const auth = values.user ? neo4j.auth.basic(values.user, values.password ?? "") : undefined;
const driver = neo4j.driver(values.bolt, auth, { disableLosslessIntegers: true });
const typeDefs = readFileSync(new URL("./typeDefs.graphql", import.meta.url), "utf8");
const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
if (values["print-schema"]) {
    console.log(printSchema(schema));
    await driver.close();
    process.exit(0);
}

const documents = new Map();
function document(query) {
    let entry = documents.get(query);
    if (!entry) {
        const parsed = parse(query);
        const errors = validate(schema, parsed);
        entry = { parsed, errors };
        documents.set(query, entry);
    }
    return entry;
}

const server = createServer((request, response) => {
    const chunks = [];
    request.on("data", (c) => chunks.push(c));
    request.on("end", async () => {
        let result;
        try {
            const body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
            const { parsed, errors } = document(body.query);
            result = errors.length > 0 ? { errors } : await execute({
                schema, document: parsed, variableValues: body.variables ?? {}, contextValue: {},
            });
        } catch (e) {
            result = { errors: [{ message: String(e?.message ?? e) }] };
        }
        const json = JSON.stringify(result);
        response.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(json) });
        response.end(json);
    });
});
server.keepAliveTimeout = 600_000;
server.listen(Number(values.port), "127.0.0.1", () => {
    console.log(`peer listening on ${server.address().port}`);
});
const stop = async () => { server.close(); await driver.close(); process.exit(0); };
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
