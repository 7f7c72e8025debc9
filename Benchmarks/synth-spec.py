#!/usr/bin/env python3
"""Writes a synthetic OpenAPI 3.0 spec with exactly N_OPERATIONS operations and N_SCHEMAS component schemas.

    python3 Benchmarks/synth-spec.py 2000 1000 > /tmp/synth-2000.yaml

Every family member is built from the same unit shapes, so generation cost per operation can be compared
across sizes. Operations come in pairs on one path (GET with path + query parameters and a JSON response,
POST with a JSON body and a JSON response, an odd count ends with one GET), spread over 40 tags; operation
i uses schema i % N_SCHEMAS. Each schema has scalar, format, enum, array, nested-object, map and $ref
properties; every fifth one is an allOf of its predecessor plus its own properties.
"""
import sys


def path_block(p: int, n_ops: int, n_schemas: int) -> str:
    ops = [2 * p, 2 * p + 1]
    out = [f"  /group{p % 40}/items{p}/{{id}}:\n"
           "    parameters:\n"
           "      - {name: id, in: path, required: true, schema: {type: string}}\n"]
    for op in ops:
        if op >= n_ops:
            break
        model = f"Model{op % n_schemas}"
        if op % 2 == 0:
            out.append(f"""    get:
      operationId: getItem{op}
      tags: [group{p % 40}]
      summary: Fetch item {op}
      parameters:
        - {{name: limit, in: query, schema: {{type: integer, format: int32, minimum: 1, maximum: 100}}}}
        - {{name: cursor, in: query, schema: {{type: string}}}}
        - {{name: fields, in: query, schema: {{type: array, items: {{type: string}}}}}}
        - {{name: X-Request-Id, in: header, schema: {{type: string}}}}
      responses:
        "200":
          description: The item.
          content:
            application/json:
              schema: {{$ref: "#/components/schemas/{model}"}}
        "404":
          description: Not found.
""")
        else:
            out.append(f"""    post:
      operationId: createItem{op}
      tags: [group{p % 40}]
      summary: Create item {op}
      requestBody:
        required: true
        content:
          application/json:
            schema: {{$ref: "#/components/schemas/{model}"}}
      responses:
        "201":
          description: Created.
          content:
            application/json:
              schema: {{$ref: "#/components/schemas/{model}"}}
        "400":
          description: Invalid.
          content:
            application/json:
              schema:
                type: object
                properties:
                  code: {{type: integer}}
                  message: {{type: string}}
""")
    return "".join(out)


def schema_block(i: int) -> str:
    prev = f"Model{i - 1}" if i > 0 else "Model0"
    props = f"""      required: [id, name]
      properties:
        id: {{type: string, format: uuid}}
        name: {{type: string, maxLength: 200}}
        count: {{type: integer, format: int64}}
        ratio: {{type: number, format: double}}
        active: {{type: boolean}}
        created_at: {{type: string, format: date-time}}
        status: {{type: string, enum: [active, inactive, pending_review]}}
        labels: {{type: array, items: {{type: string}}}}
        parent: {{$ref: "#/components/schemas/{prev}"}}
        details:
          type: object
          properties:
            note: {{type: string}}
            score: {{type: integer}}
        extra: {{type: object, additionalProperties: {{type: string}}}}
"""
    if i % 5 == 4:
        indented = "".join("    " + line + "\n" for line in ("type: object\n" + props).rstrip("\n").split("\n"))
        return (f"    Model{i}:\n      description: Synthetic model {i} (allOf).\n      allOf:\n"
                f"        - $ref: \"#/components/schemas/{prev}\"\n        - " + indented.lstrip())
    return f"    Model{i}:\n      type: object\n      description: Synthetic model {i}.\n" + props


def main() -> None:
    if len(sys.argv) != 3:
        sys.exit("usage: synth-spec.py N_OPERATIONS N_SCHEMAS > spec.yaml")
    n_ops, n_schemas = int(sys.argv[1]), int(sys.argv[2])
    if n_ops < 1 or n_schemas < 1:
        sys.exit("N_OPERATIONS and N_SCHEMAS must be positive")
    w = sys.stdout.write
    w(f'openapi: 3.0.3\ninfo:\n  title: Synth{n_ops}\n  version: "1.0"\nservers:\n  - url: https://example.com/api\npaths:\n')
    for p in range((n_ops + 1) // 2):
        w(path_block(p, n_ops, n_schemas))
    w("components:\n  schemas:\n")
    for i in range(n_schemas):
        w(schema_block(i))


if __name__ == "__main__":
    main()
