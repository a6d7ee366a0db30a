// Validates agenda files against agenda.schema.json with ajv (JSON Schema draft 2020-12).
// Usage: node check.mjs <schema> <file>...   Prints one JSON line per file: {"file","valid","errors"}.
// A file that JSON.parse refuses is reported as invalid with a "json" error.
import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";

const [schemaPath, ...files] = process.argv.slice(2);
const ajv = new Ajv2020({ allErrors: true, strict: true });
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, "utf8")));
for (const file of files) {
  let document;
  try {
    // TextDecoder with fatal: true refuses invalid UTF-8, as the validator does; BOM is skipped.
    const text = new TextDecoder("utf-8", { fatal: true }).decode(readFileSync(file));
    document = JSON.parse(text);
  } catch (error) {
    console.log(JSON.stringify({ file, valid: false, errors: ["json: " + error.message] }));
    continue;
  }
  const valid = validate(document);
  const errors = valid ? [] : validate.errors.map(e => `${e.instancePath || "/"} ${e.message}`);
  console.log(JSON.stringify({ file, valid, errors }));
}
