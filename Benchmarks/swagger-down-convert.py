#!/usr/bin/env python3
"""Benchmark input only: writes an OpenAPI 3.0 spec and its Swagger 2.0 form as JSON, so the two runs time
the same API through the same parser and differ only by the Swagger conversion stage. Covers what the Budgea
spec uses (servers, schemas, shared request bodies, form and JSON bodies, responses), nothing more.

    python3 Benchmarks/swagger-down-convert.py spec/biapi.pro-2.0.openapi.yaml OUT.openapi.json OUT.swagger.json
"""
import json, sys
from urllib.parse import urlsplit
import yaml

FORMS = ("multipart/form-data", "application/x-www-form-urlencoded")


def schema2(node):
    """3.0 schema -> 2.0: nullable -> x-nullable, discriminator object -> property name (recursively)."""
    if isinstance(node, list):
        return [schema2(item) for item in node]
    if not isinstance(node, dict):
        return node
    out = {}
    for key, value in node.items():
        if key == "nullable":
            out["x-nullable"] = value
        elif key == "discriminator" and isinstance(value, dict):
            out[key] = value.get("propertyName")
        elif key in ("properties",) and isinstance(value, dict):
            out[key] = {name: schema2(item) for name, item in value.items()}
        elif key in ("items", "additionalProperties", "not", "allOf", "anyOf", "oneOf"):
            out[key] = schema2(value)
        else:
            out[key] = value
    return out


def resolve(doc, node):
    while isinstance(node, dict) and "$ref" in node and node["$ref"].startswith("#/components/"):
        _, _, kind, name = node["$ref"].split("/", 3)
        node = doc["components"][kind][name]
    return node


def parameter2(doc, param):
    param = resolve(doc, param)
    out = {k: v for k, v in param.items() if k not in ("schema", "style", "explode")}
    out.update(schema2(param.get("schema", {"type": "string"})))
    return out


def operation2(doc, op):
    out = {k: v for k, v in op.items() if k not in ("parameters", "requestBody", "responses")}
    params = [parameter2(doc, p) for p in op.get("parameters", [])]
    body = resolve(doc, op.get("requestBody"))
    if body:
        content = body.get("content", {})
        out["consumes"] = list(content)
        form = next((t for t in content if t in FORMS), None)
        if form:
            schema = resolve(doc, content[form].get("schema", {}))
            required = set(schema.get("required", []))
            for name, prop in schema.get("properties", {}).items():
                field = {"in": "formData", "name": name, **schema2(prop)}
                if name in required:
                    field["required"] = True
                if field.get("format") == "binary":
                    field["type"] = "file"; field.pop("format")
                params.append(field)
        else:
            media = next(iter(content.values()), {})
            params.append({"in": "body", "name": "body", "required": body.get("required", False),
                           "schema": schema2(media.get("schema", {}))})
    if params:
        out["parameters"] = params
    produces, responses = [], {}
    for status, response in op.get("responses", {}).items():
        response = resolve(doc, response)
        converted = {k: v for k, v in response.items() if k != "content"}
        for media_type, media in response.get("content", {}).items():
            if media_type not in produces:
                produces.append(media_type)
            if "schema" in media and "schema" not in converted:
                converted["schema"] = schema2(media["schema"])
            for example in media.get("examples", {}).values():  # kept, so both files carry the same text
                converted.setdefault("examples", {})[media_type] = example.get("value")
        responses[status] = converted
    out["responses"] = responses
    if produces:
        out["produces"] = produces
    return out


def main(source, openapi_out, swagger_out):
    doc = yaml.safe_load(open(source))
    json.dump(doc, open(openapi_out, "w"), indent=1, default=str)  # YAML dates as their text
    url = urlsplit(doc.get("servers", [{}])[0].get("url", "/"))
    swagger = {"swagger": "2.0", "info": doc["info"], "host": url.netloc, "basePath": url.path or "/"}
    swagger.update({k: v for k, v in doc.items() if k.startswith("x-") or k == "tags"})
    swagger["paths"] = {}
    for path, item in doc["paths"].items():
        swagger["paths"][path] = {m: operation2(doc, op) if isinstance(op, dict) and m != "parameters" else op
                                  for m, op in item.items()}
    swagger["definitions"] = {name: schema2(s) for name, s in doc["components"].get("schemas", {}).items()}
    text = json.dumps(swagger, indent=1, default=str).replace('"#/components/schemas/', '"#/definitions/')
    open(swagger_out, "w").write(text)


if __name__ == "__main__":
    main(*sys.argv[1:4])
