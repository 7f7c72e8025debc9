import GeneratorKit
import IR
import Testing

/// The body encoding comes from the media type without its parameters, whatever its case and spacing.
@Suite struct BodyEncodingTests {
    @Test(arguments: [
        ("Application/JSON; charset=utf-8", BodyEncoding.json),
        ("application/vnd.api+json", .json),
        (" multipart/form-data ; boundary=x", .multipart),
        ("application/x-www-form-urlencoded", .formURLEncoded),
        ("TEXT/plain", .text),
        ("application/octet-stream", .binary),
    ])
    func mediaTypeDecidesTheEncoding(contentType: String, encoding: BodyEncoding) throws {
        let loaded = loadInlineSpec(
            """
            paths:
              /a:
                post:
                  requestBody:
                    content:
                      "\(contentType)": {schema: {type: object, properties: {name: {type: string}}}}
                  responses: {"204": {description: ok}}
            """
        )
        let operation = try #require(loaded.api?.operations.first)
        #expect(operation.body?.encoding == encoding)
    }
}
