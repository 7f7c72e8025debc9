#!/usr/bin/env python3
"""Synthesizes a large, valid OpenAPI 3.0 spec (many paths and schemas) for scaling measurements.

    python3 Scripts/large-spec.py --mb 50 --out /tmp/large.yaml
    /usr/bin/time -v .build/release/generate --spec /tmp/large.yaml --output /tmp/large-out --no-docs

Each unit is one schema (scalar, enum, array, nested object and $ref properties, an allOf) and one
path with a path-level parameter, a GET (query parameters, JSON response) and a POST (JSON body); units are added until
the file reaches the requested size.
"""
import argparse

def unit(i: int) -> tuple[str, str]:
    prev = f"Model{i - 1}" if i > 0 else "Model0"
    path = f"""  /resources{i}/{{id}}:
    parameters:
      - {{name: id, in: path, required: true, schema: {{type: string}}}}
    get:
      operationId: getResource{i}
      tags: [group{i % 50}]
      summary: Fetch resource {i}
      parameters:
        - {{name: limit, in: query, schema: {{type: integer, format: int32, minimum: 1, maximum: 100}}}}
        - {{name: filter, in: query, schema: {{type: array, items: {{type: string}}}}}}
      responses:
        "200":
          description: The resource.
          content:
            application/json:
              schema: {{$ref: "#/components/schemas/Model{i}"}}
        "404":
          description: Not found.
    post:
      operationId: createResource{i}
      tags: [group{i % 50}]
      requestBody:
        required: true
        content:
          application/json:
            schema: {{$ref: "#/components/schemas/Model{i}"}}
      responses:
        "201":
          description: Created.
          content:
            application/json:
              schema: {{$ref: "#/components/schemas/Model{i}"}}
"""
    schema = f"""    Model{i}:
      type: object
      description: Synthetic model number {i}, with a few kinds of properties.
      required: [id, name]
      properties:
        id: {{type: string, format: uuid}}
        name: {{type: string, maxLength: 200}}
        count: {{type: integer, format: int64}}
        ratio: {{type: number, format: double}}
        active: {{type: boolean}}
        createdAt: {{type: string, format: date-time}}
        status: {{type: string, enum: [active, inactive, pending_review]}}
        tags: {{type: array, items: {{type: string}}}}
        previous: {{$ref: "#/components/schemas/{prev}"}}
        details:
          type: object
          properties:
            note: {{type: string}}
            score: {{type: integer}}
        extra: {{type: object, additionalProperties: {{type: string}}}}
"""
    return path, schema

def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, default=50.0, help="target size in MB (default 50)")
    parser.add_argument("--out", default="/tmp/large.yaml", help="output file (default /tmp/large.yaml)")
    args = parser.parse_args()
    target = int(args.mb * 1_000_000)
    header = 'openapi: 3.0.3\ninfo:\n  title: Large Synthetic\n  version: "1.0"\nservers:\n  - url: https://example.com/api\n'
    paths, schemas, size, i = [], [], len(header) + 40, 0
    while size < target:
        path, schema = unit(i)
        paths.append(path); schemas.append(schema)
        size += len(path) + len(schema)
        i += 1
    with open(args.out, "w") as f:
        f.write(header)
        f.write("paths:\n"); f.writelines(paths)
        f.write("components:\n  schemas:\n"); f.writelines(schemas)
    print(f"{args.out}: {size / 1e6:.1f} MB, {i} paths ({2 * i} operations), {i} schemas")

if __name__ == "__main__":
    main()
