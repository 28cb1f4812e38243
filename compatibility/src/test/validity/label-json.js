// Labels the JSON Schema validity cases with ajv: a schema is VALID when ajv compiles it under its
// draft (from $schema; draft-07 when absent, as Treaty reads it): the document validates against
// the draft's meta-schema, every pattern compiles, and every $ref resolves. Strict mode is off,
// since unknown keywords and formats are allowed by the drafts. Run by regenerate-labels.sh.
const fs = require("fs");
const path = require("path");
const Ajv = require("ajv").default;
const AjvDraft04 = require("ajv-draft-04").default;
const draft06 = require("ajv/dist/refs/json-schema-draft-06.json");

const options = { strict: false, validateFormats: false, allErrors: false };

function ajvFor(schema) {
  const declared = typeof schema === "object" && schema !== null ? schema.$schema || "" : "";
  if (declared.includes("draft-04")) {
    return new AjvDraft04(options);
  }
  const ajv = new Ajv(options);
  ajv.addMetaSchema(draft06);
  return ajv;
}

const folder = process.argv[2];
for (const file of fs.readdirSync(folder).filter((name) => name.endsWith(".json")).sort()) {
  const name = path.basename(file, ".json");
  const schema = JSON.parse(fs.readFileSync(path.join(folder, file), "utf8"));
  try {
    ajvFor(schema).compile(schema);
    console.log(`${name}\tVALID`);
  } catch (e) {
    console.log(`${name}\tINVALID\t-\t${String(e.message).replace(/\s+/g, " ")}`);
  }
}
