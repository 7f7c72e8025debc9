// Micro-benchmark: Foundation's JSONDecoder reading the same JSON numbers (2 decimals, like Budgea's money
// fields) as Double, Float or Decimal, and whether each keeps the cents.
//
//   numbers [COUNT] [RUNS]     (default 50000 numbers, 15 runs; variants interleaved run by run)
//
// Two shapes: a bare array `[-42.5, 1234567.89, ...]` and the realistic one, each number in an object
// `[{"value": -42.50}, ...]` (keyed container, as in a model). "Double then Decimal" decodes a Double and
// converts it with Decimal(string: "\(double)"): exact for up to 15 significant digits, a candidate when
// decoding Decimal directly is slow. "Decimal(Double)" is Foundation's Decimal(_: Double) initializer.
import Foundation

struct Row<T: Decodable>: Decodable { let value: T }
struct ViaDouble: Decodable {
    let value: Decimal
    enum CodingKeys: String, CodingKey { case value }
    init(from decoder: any Decoder) throws {
        let double = try decoder.container(keyedBy: CodingKeys.self).decode(Double.self, forKey: .value)
        value = Decimal(string: "\(double)") ?? Decimal(double)
    }
}
struct ViaDecimalInit: Decodable {
    let value: Decimal
    enum CodingKeys: String, CodingKey { case value }
    init(from decoder: any Decoder) throws {
        value = Decimal(try decoder.container(keyedBy: CodingKeys.self).decode(Double.self, forKey: .value))
    }
}

struct Generator {
    var state: UInt64 = 20_150_704
    mutating func next(_ bound: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(bound))
    }
}
/// CPU time of the process, in ms (the machine may be shared; wall time is printed too).
func cpuMilliseconds() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &spec)
    return Double(spec.tv_sec) * 1e3 + Double(spec.tv_nsec) / 1e6
}

func benchmark() throws {
    let args = CommandLine.arguments
    let count = args.count > 1 ? Int(args[1]) ?? 50_000 : 50_000
    let runs = args.count > 2 ? Int(args[2]) ?? 15 : 15

    // Deterministic values: mostly card payments and salaries, one in 1000 a seven-figure amount.
    var generator = Generator()
    var cents: [Int] = []
    for _ in 0..<count {
        switch generator.next(1000) {
        case 0: cents.append(generator.next(2 * 123_456_789) - 123_456_789)
        case 1...150: cents.append(100_000 + generator.next(350_000))
        default: cents.append(-(100 + generator.next(25_000)))
        }
    }
    func text(_ cents: Int) -> String {
        let sign = cents < 0 ? "-" : ""
        let whole = abs(cents) / 100
        let fraction = abs(cents) % 100
        return "\(sign)\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
    }
    let texts = cents.map(text)
    let bare = Data(("[" + texts.joined(separator: ",") + "]").utf8)
    let keyed = Data(("[" + texts.map { #"{"value":\#($0)}"# }.joined(separator: ",") + "]").utf8)
    let exact = texts.map { Decimal(string: $0)! }

    /// Values whose cents differ from the text's.
    func wrongCents(_ values: [Double]) -> Int { zip(values, cents).filter { Int(($0 * 100).rounded()) != $1 }.count }
    func wrongDecimals(_ values: [Decimal]) -> Int { zip(values, exact).filter { $0 != $1 }.count }

    let decoder = JSONDecoder()
    /// Each variant decodes, and returns how to check the result: the check runs after the clock stops.
    let variants: [(String, () throws -> () -> Int)] = [
        (
            "bare [Double]",
            {
                let v = try decoder.decode([Double].self, from: bare)
                return { wrongCents(v) }
            }
        ),
        (
            "bare [Float]",
            {
                let v = try decoder.decode([Float].self, from: bare)
                return { wrongCents(v.map(Double.init)) }
            }
        ),
        (
            "bare [Decimal]",
            {
                let v = try decoder.decode([Decimal].self, from: bare)
                return { wrongDecimals(v) }
            }
        ),
        (
            "keyed Double",
            {
                let v = try decoder.decode([Row<Double>].self, from: keyed)
                return { wrongCents(v.map(\.value)) }
            }
        ),
        (
            "keyed Float",
            {
                let v = try decoder.decode([Row<Float>].self, from: keyed)
                return { wrongCents(v.map { Double($0.value) }) }
            }
        ),
        (
            "keyed Decimal",
            {
                let v = try decoder.decode([Row<Decimal>].self, from: keyed)
                return { wrongDecimals(v.map(\.value)) }
            }
        ),
        (
            "keyed Double then Decimal(string:)",
            {
                let v = try decoder.decode([ViaDouble].self, from: keyed)
                return { wrongDecimals(v.map(\.value)) }
            }
        ),
        (
            "keyed Decimal(Double)",
            {
                let v = try decoder.decode([ViaDecimalInit].self, from: keyed)
                return { wrongDecimals(v.map(\.value)) }
            }
        ),
    ]

    var times = Array(repeating: [Double](), count: variants.count)
    var cpuTimes = Array(repeating: [Double](), count: variants.count)
    var wrong = Array(repeating: 0, count: variants.count)
    let clock = ContinuousClock()
    for _ in 0..<runs {
        for (index, variant) in variants.enumerated() {
            let start = clock.now
            let cpuStart = cpuMilliseconds()
            let check = try variant.1()
            let elapsed = clock.now - start
            cpuTimes[index].append(cpuMilliseconds() - cpuStart)
            wrong[index] = check()
            times[index].append(
                Double(elapsed.components.seconds) * 1e3 + Double(elapsed.components.attoseconds) / 1e15
            )
        }
    }
    print("\(count) numbers, \(runs) runs each, interleaved; bare \(bare.count) bytes, keyed \(keyed.count) bytes")
    print(
        "| variant | CPU ms (median) | CPU ns per number | wall ms (median) | values whose cents differ from the JSON text |"
    )
    print("| --- | --: | --: | --: | --: |")
    func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
    for (index, variant) in variants.enumerated() {
        let cpu = median(cpuTimes[index])
        let wall = median(times[index])
        let f = { (value: Double, digits: Int) in String(format: "%.\(digits)f", value) }
        print(
            "| \(variant.0) | \(f(cpu, 1)) | \(f(cpu * 1e6 / Double(count), 0)) | \(f(wall, 1)) | \(wrong[index]) of \(count) |"
        )
    }
}

try benchmark()
