/// Recursive-descent parser for the RFC 9535 subset overlays use:
///
///     query      = "$" *(S segment) [S]
///     segment    = "." (name | "*") | ".." (name | "*" | bracket) | bracket
///     bracket    = "[" S selector *(S "," S selector) S "]"
///     selector   = quoted-name | "*" | int | [int] ":" [int] [":" [int]] | "?" or-expr
///     or-expr    = and-expr *(S "||" S and-expr)
///     and-expr   = basic *(S "&&" S basic)
///     basic      = "(" or-expr ")" | "!" S ("(" or-expr ")" | query) | operand [S op S operand]
///     operand    = ("@" | "$") *segment | 'string' | "string" | number | true | false | null
///     op         = "==" | "!=" | "<" | "<=" | ">" | ">="
///
/// Leniency beyond RFC 9535: dot names may also contain `-` and start with a digit
/// (`$.info.x-logo`, `$.responses.200`), and `\"` / `\'` are accepted in either quote style.
/// Function extensions (`length()`, `match()`, ...) are not supported.
struct JSONPathParser {
    private let chars: [Character]
    private var pos = 0

    init(_ text: String) { chars = Array(text) }

    mutating func parseQuery() throws(JSONPathError) -> [PathSegment] {
        guard peek == "$" else { throw error("expected '$' (the document root)") }
        pos += 1
        let segments = try parseSegments()
        skipSpaces()
        if let char = peek {
            throw error("unexpected '\(char)'; expected '.', '..' or '['")
        }
        return segments
    }

    // MARK: Segments

    private mutating func parseSegments() throws(JSONPathError) -> [PathSegment] {
        var segments: [PathSegment] = []
        while true {
            let save = pos
            skipSpaces()
            if peek == "[" {
                segments.append(PathSegment(isDescendant: false, selectors: try parseBracket()))
            } else if peek == ".", peek(at: 1) == "." {
                pos += 2
                segments.append(try parseAfterDoubleDot())
            } else if peek == "." {
                pos += 1
                if peek == "*" {
                    pos += 1
                    segments.append(PathSegment(isDescendant: false, selectors: [.wildcard]))
                } else if let name = parseShorthandName() {
                    segments.append(PathSegment(isDescendant: false, selectors: [.name(name)]))
                } else {
                    throw error("expected a name or '*' after '.'")
                }
            } else {
                pos = save
                return segments
            }
            if segments.isEmpty == false { segments[segments.count - 1].end = pos }
        }
    }

    private mutating func parseAfterDoubleDot() throws(JSONPathError) -> PathSegment {
        if peek == "[" { return PathSegment(isDescendant: true, selectors: try parseBracket()) }
        if peek == "*" {
            pos += 1
            return PathSegment(isDescendant: true, selectors: [.wildcard])
        }
        if let name = parseShorthandName() { return PathSegment(isDescendant: true, selectors: [.name(name)]) }
        throw error("expected a name, '*' or '[' after '..'")
    }

    private mutating func parseShorthandName() -> String? {
        let start = pos
        while let char = peek, Self.isNameChar(char) { pos += 1 }
        return pos > start ? String(chars[start..<pos]) : nil
    }

    private static func isNameChar(_ char: Character) -> Bool {
        if char == "_" || char == "-" { return true }
        guard char.isASCII else { return true }
        return char.isLetter || char.isNumber
    }

    private mutating func parseBracket() throws(JSONPathError) -> [Selector] {
        pos += 1  // "["
        var selectors: [Selector] = []
        while true {
            skipSpaces()
            selectors.append(try parseSelector())
            skipSpaces()
            if peek == "," {
                pos += 1
                continue
            }
            guard peek == "]" else { throw error("expected ']' or ','") }
            pos += 1
            return selectors
        }
    }

    private mutating func parseSelector() throws(JSONPathError) -> Selector {
        switch peek {
        case "'", "\"":
            return .name(try parseString())
        case "*":
            pos += 1
            return .wildcard
        case "?":
            pos += 1
            skipSpaces()
            return .filter(try parseOr())
        case let char? where char.isASCII && (char.isNumber || char == "-" || char == ":"):
            return try parseIndexOrSlice()
        default:
            throw error("expected a quoted name, '*', an index, a slice or a '?' filter")
        }
    }

    private mutating func parseIndexOrSlice() throws(JSONPathError) -> Selector {
        var start: Int?
        if peek != ":" { start = try parseInteger() }
        skipSpaces()
        guard peek == ":" else {
            guard let start else { throw error("expected an index") }
            return .index(start)
        }
        pos += 1
        skipSpaces()
        var end: Int?
        if peek == "-" || peek?.isWholeNumber == true { end = try parseInteger() }
        skipSpaces()
        var step: Int?
        if peek == ":" {
            pos += 1
            skipSpaces()
            if peek == "-" || peek?.isWholeNumber == true { step = try parseInteger() }
        }
        return .slice(start: start, end: end, step: step)
    }

    private mutating func parseInteger() throws(JSONPathError) -> Int {
        let start = pos
        if peek == "-" { pos += 1 }
        let digitsStart = pos
        while let char = peek, char.isASCII, char.isNumber { pos += 1 }
        guard pos > digitsStart else { throw error("expected a digit") }
        guard let value = Int(String(chars[start..<pos])) else {
            throw JSONPathError("index out of range", position: start + 1)
        }
        return value
    }

    // MARK: Filters

    private mutating func parseOr() throws(JSONPathError) -> FilterExpression {
        var lhs = try parseAnd()
        while true {
            skipSpaces()
            guard peek == "|", peek(at: 1) == "|" else { return lhs }
            pos += 2
            skipSpaces()
            lhs = .or(lhs, try parseAnd())
        }
    }

    private mutating func parseAnd() throws(JSONPathError) -> FilterExpression {
        var lhs = try parseBasic()
        while true {
            skipSpaces()
            guard peek == "&", peek(at: 1) == "&" else { return lhs }
            pos += 2
            skipSpaces()
            lhs = .and(lhs, try parseBasic())
        }
    }

    private mutating func parseParenthesized() throws(JSONPathError) -> FilterExpression {
        pos += 1  // "("
        skipSpaces()
        let inner = try parseOr()
        skipSpaces()
        guard peek == ")" else { throw error("expected ')'") }
        pos += 1
        return inner
    }

    private mutating func parseBasic() throws(JSONPathError) -> FilterExpression {
        skipSpaces()
        if peek == "(" { return try parseParenthesized() }
        if peek == "!" {
            pos += 1
            skipSpaces()
            if peek == "(" { return .not(try parseParenthesized()) }
            guard peek == "@" || peek == "$" else { throw error("expected '(', '@' or '$' after '!'") }
            return .not(.exists(try parseFilterQuery()))
        }
        let lhsStart = pos
        let lhs = try parseOperand()
        skipSpaces()
        guard let op = try parseOperator() else {
            if case .query(let query) = lhs { return .exists(query) }
            throw error("expected a comparison operator ('==', '!=', '<', '<=', '>', '>=') after the literal")
        }
        try requireSingular(lhs, at: lhsStart)
        skipSpaces()
        let rhsStart = pos
        let rhs = try parseOperand()
        try requireSingular(rhs, at: rhsStart)
        return .compare(lhs, op, rhs)
    }

    private func requireSingular(_ operand: Operand, at start: Int) throws(JSONPathError) {
        if case .query(let query) = operand, !query.isSingular {
            throw JSONPathError(
                "a query compared with '==' and the like must be singular (names and indices only)",
                position: start + 1
            )
        }
    }

    private mutating func parseOperator() throws(JSONPathError) -> ComparisonOperator? {
        let two = String(chars[pos..<min(pos + 2, chars.count)])
        if let op = ComparisonOperator(rawValue: two), two.count == 2 {
            pos += 2
            return op
        }
        if peek == "=" { throw error("expected '==' (a single '=' is not a comparison)") }
        if let char = peek, let op = ComparisonOperator(rawValue: String(char)) {
            pos += 1
            return op
        }
        return nil
    }

    private mutating func parseFilterQuery() throws(JSONPathError) -> FilterQuery {
        let isRelative = peek == "@"
        pos += 1
        return FilterQuery(isRelative: isRelative, segments: try parseSegments())
    }

    private mutating func parseOperand() throws(JSONPathError) -> Operand {
        switch peek {
        case "@", "$":
            return .query(try parseFilterQuery())
        case "'", "\"":
            return .literal(.string(try parseString()))
        case let char? where char == "-" || (char.isASCII && char.isNumber):
            return .literal(.number(try parseNumber()))
        default:
            for (word, literal) in [("true", Literal.bool(true)), ("false", .bool(false)), ("null", .null)]
            where matches(word) {
                pos += word.count
                return .literal(literal)
            }
            let start = pos
            while let char = peek, char.isASCII, char.isLetter || char == "_" { pos += 1 }
            if pos > start, peek == "(" {
                let name = String(chars[start..<pos])
                throw JSONPathError("function extensions such as '\(name)()' are not supported", position: start + 1)
            }
            pos = start
            throw error("expected '@', '$', a string, a number, true, false, null, '(' or '!'")
        }
    }

    private func matches(_ word: String) -> Bool {
        let end = pos + word.count
        guard end <= chars.count, String(chars[pos..<end]) == word else { return false }
        guard end < chars.count else { return true }
        return !Self.isNameChar(chars[end])
    }

    private mutating func parseNumber() throws(JSONPathError) -> Double {
        let start = pos
        if peek == "-" { pos += 1 }
        try digits()
        if peek == "." {
            pos += 1
            try digits()
        }
        if peek == "e" || peek == "E" {
            pos += 1
            if peek == "+" || peek == "-" { pos += 1 }
            try digits()
        }
        guard let value = Double(String(chars[start..<pos])) else {
            throw JSONPathError("invalid number", position: start + 1)
        }
        return value
    }

    private mutating func digits() throws(JSONPathError) {
        let start = pos
        while let char = peek, char.isASCII, char.isNumber { pos += 1 }
        if pos == start { throw error("expected a digit") }
    }

    // MARK: Strings

    private mutating func parseString() throws(JSONPathError) -> String {
        let start = pos
        guard let quote = peek else { throw error("expected a quoted string") }
        pos += 1
        var result = ""
        while true {
            guard let char = peek else {
                throw JSONPathError("unterminated string (expected a closing \(quote))", position: start + 1)
            }
            pos += 1
            if char == quote { return result }
            guard char == "\\" else {
                result.append(char)
                continue
            }
            guard let escape = peek else {
                throw JSONPathError("unterminated string (expected a closing \(quote))", position: start + 1)
            }
            pos += 1
            switch escape {
            case "b": result.append("\u{08}")
            case "f": result.append("\u{0C}")
            case "n": result.append("\n")
            case "r": result.append("\r")
            case "t": result.append("\t")
            case "/", "\\", "'", "\"": result.append(escape)
            case "u": result.unicodeScalars.append(try parseUnicodeEscape())
            default:
                throw JSONPathError("invalid escape '\\\(escape)'", position: pos - 1)
            }
        }
    }

    private mutating func parseUnicodeEscape() throws(JSONPathError) -> Unicode.Scalar {
        let escapeStart = pos - 1
        let high = try hex4()
        var value = high
        if (0xD800...0xDBFF).contains(high) {
            guard peek == "\\", peek(at: 1) == "u" else { throw error("expected a low surrogate '\\uDC00'-'\\uDFFF'") }
            pos += 2
            let low = try hex4()
            guard (0xDC00...0xDFFF).contains(low) else {
                throw JSONPathError("invalid low surrogate", position: pos - 4)
            }
            value = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
        }
        guard let scalar = Unicode.Scalar(value) else {
            throw JSONPathError("invalid unicode escape", position: escapeStart)
        }
        return scalar
    }

    private mutating func hex4() throws(JSONPathError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let char = peek, let digit = char.hexDigitValue, char.isASCII else {
                throw error("expected 4 hex digits")
            }
            value = value * 16 + UInt32(digit)
            pos += 1
        }
        return value
    }

    // MARK: Helpers

    private var peek: Character? { pos < chars.count ? chars[pos] : nil }

    private func peek(at offset: Int) -> Character? {
        pos + offset < chars.count ? chars[pos + offset] : nil
    }

    private mutating func skipSpaces() {
        while let char = peek, char == " " || char == "\t" || char == "\n" || char == "\r" { pos += 1 }
    }

    private func error(_ reason: String) -> JSONPathError {
        JSONPathError(reason, position: pos + 1)
    }
}
