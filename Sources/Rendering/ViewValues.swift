import Templating

// Each view spelled out as the value its templates see, field by field: no reflection and no casts
// while rendering. A field missing here renders as nothing, which the golden tests catch.

extension TypeView {
    var value: TemplateValue {
        [
            "access": .text(access), "name": .text(name), "qualifiedName": .text(qualifiedName),
            "nameLiteral": .text(nameLiteral), "docLines": .texts(docLines), "hasDoc": .flag(hasDoc),
            "markdown": .text(markdown), "pointer": .text(pointer), "deprecated": .flag(deprecated),
            "isStruct": .flag(isStruct), "isEnum": .flag(isEnum), "isStringEnum": .flag(isStringEnum),
            "rawType": .text(rawType),
            "parameterString": .text(parameterString), "isUnion": .flag(isUnion), "isAlias": .flag(isAlias),
            "properties": .list(properties.map(\.value)), "initDocs": .list(initDocs.map(\.value)),
            "initParameters": .text(initParameters), "hasProperties": .flag(hasProperties), "tolerant": .flag(tolerant),
            "cases": .list(cases.map(\.value)), "unionCases": .list(unionCases.map(\.value)),
            "discriminator": .optional(discriminator), "aliasTarget": .text(aliasTarget),
            "nested": .list(nested.map(\.value)),
        ]
    }
}

extension PropertyView {
    var value: TemplateValue {
        [
            "swiftName": .text(swiftName), "keyLiteral": .text(keyLiteral), "type": .text(type),
            "docLines": .texts(docLines), "isIndirect": .flag(isIndirect), "storageName": .text(storageName),
            "codingCase": .text(codingCase), "deprecated": .flag(deprecated), "initParameter": .text(initParameter),
            "initArgument": .text(initArgument), "tableDescription": .text(tableDescription),
            "decodeMethod": .text(decodeMethod), "decodeType": .text(decodeType), "isIdentity": .flag(isIdentity),
            "emptyValue": .text(emptyValue),
            "required": .flag(required), "nullable": .flag(nullable),
        ]
    }
}

extension CaseView {
    var value: TemplateValue { ["swiftName": .text(swiftName), "rawLiteral": .text(rawLiteral)] }
}

extension UnionCaseView {
    var value: TemplateValue {
        ["swiftName": .text(swiftName), "type": .text(type), "discriminatorLiterals": .texts(discriminatorLiterals)]
    }
}

extension TagView {
    var value: TemplateValue {
        [
            "access": .text(access), "name": .text(name), "nameCode": .text(nameCode), "typeName": .text(typeName),
            "propertyName": .text(propertyName), "propertyIdentifier": .text(propertyIdentifier),
            "docLines": .texts(docLines), "hasDoc": .flag(hasDoc), "description": .text(description),
            "operations": .list(operations.map(\.value)), "operationCount": .text(String(operationCount)),
        ]
    }
}

extension OperationView {
    var value: TemplateValue {
        [
            "name": .text(name), "qualifiedName": .text(qualifiedName),
            "qualifiedNameLiteral": .text(qualifiedNameLiteral),
            "method": .text(method), "methodCase": .text(methodCase), "path": .text(path), "pathCode": .text(pathCode),
            "pathExpression": .text(pathExpression), "requestArguments": .text(requestArguments),
            "sendArguments": .text(sendArguments), "pointer": .text(pointer), "docLines": .texts(docLines),
            "deprecated": .flag(deprecated), "signature": .text(signature), "returnType": .optional(returnType),
            "decodesJSON": .flag(decodesJSON), "returnsData": .flag(returnsData), "returnsText": .flag(returnsText),
            "successEnum": .optional(successEnum?.value), "acceptsJSON": .flag(acceptsJSON),
            "throwsDoc": .text(throwsDoc),
            "queryParameters": .list(queryParameters.map(\.value)),
            "headerParameters": .list(headerParameters.map(\.value)),
            "cookieParameters": .list(cookieParameters.map(\.value)),
            "parameterDocs": .list(parameterDocs.map(\.value)),
            "hasParameters": .flag(hasParameters), "hasTableParameters": .flag(hasTableParameters),
            "markdown": .text(markdown),
            "allParameters": .list(allParameters.map(\.value)), "body": .optional(body?.value),
            "requestBinding": .text(requestBinding), "responses": .list(responses.map(\.value)),
            "summary": .text(summary), "usage": .text(usage), "paging": .optional(paging?.value),
        ]
    }
}

extension PagingView {
    var value: TemplateValue {
        [
            "name": .text(name), "operationName": .text(operationName), "itemType": .text(itemType),
            "signature": .text(signature),
            "callArguments": .text(callArguments), "itemsExpression": .text(itemsExpression),
            "totalExpression": .text(totalExpression), "parameterDocs": .list(parameterDocs.map(\.value)),
        ]
    }
}

extension ParameterDoc {
    var value: TemplateValue { ["name": .text(name), "text": .text(text)] }
}

extension ParameterView {
    var value: TemplateValue {
        [
            "name": .text(name), "nameLiteral": .text(nameLiteral), "swiftName": .text(swiftName), "type": .text(type),
            "typeDisplay": .text(typeDisplay), "location": .text(location), "required": .flag(required),
            "isArray": .flag(isArray), "styleCase": .text(styleCase), "explode": .flag(explode),
            "description": .text(description),
        ]
    }
}

extension BodyView {
    var value: TemplateValue {
        [
            "isJSON": .flag(isJSON), "isMultipart": .flag(isMultipart), "isForm": .flag(isForm), "isRaw": .flag(isRaw),
            "isText": .flag(isText), "required": .flag(required), "contentTypeLiteral": .text(contentTypeLiteral),
            "contentType": .text(contentType), "type": .text(type), "fields": .list(fields.map(\.value)),
            "description": .text(description),
        ]
    }
}

extension FieldView {
    var value: TemplateValue {
        [
            "nameLiteral": .text(nameLiteral), "swiftName": .text(swiftName), "isValue": .flag(isValue),
            "isValues": .flag(isValues), "isFile": .flag(isFile), "isJSON": .flag(isJSON),
        ]
    }
}

extension SuccessEnumView {
    var value: TemplateValue {
        [
            "name": .text(name), "qualifiedName": .text(qualifiedName), "cases": .list(cases.map(\.value)),
        ]
    }
}

extension SuccessCaseView {
    var value: TemplateValue {
        [
            "name": .text(name), "status": .text(status), "description": .text(description), "match": .text(match),
            "bodyType": .optional(bodyType), "decodesJSON": .flag(decodesJSON), "returnsData": .flag(returnsData),
            "returnsText": .flag(returnsText),
        ]
    }
}

extension ResponseView {
    var value: TemplateValue {
        [
            "status": .text(status), "description": .text(description), "contentType": .text(contentType),
            "type": .text(type),
        ]
    }
}

extension APIView {
    /// `tags` come already converted, so each tag's view is built once for all templates.
    func value(tags: [TemplateValue]) -> TemplateValue {
        [
            "access": .text(access), "module": .text(module), "title": .text(title), "version": .text(version),
            "description": .text(description), "models": .list(models.map(\.value)), "tags": .list(tags),
            "decodingPolicy": .text(decodingPolicy), "policyHeader": .text(policyHeader),
            "modelNamespace": .optional(modelNamespace), "exampleServerURL": .text(exampleServerURL),
        ]
    }
}

extension ModelSummary {
    var value: TemplateValue { ["name": .text(name), "fileStem": .text(fileStem), "description": .text(description)] }
}
