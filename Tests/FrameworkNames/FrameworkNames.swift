// Stand-ins for the top-level types of Apple frameworks whose names Budgea's models share (SwiftUI's
// Transaction, Group and Alert; StoreKit's Transaction; Combine's Subscription; the Security module; ObjectiveC's
// Category; SwiftUI's Document-based apps), so Linux CI can prove an app importing both compiles.
public struct Transaction { public init() {} }
public struct Group { public init() {} }
public struct Alert { public init() {} }
public struct Category { public init() {} }
public struct Document { public init() {} }
public struct Security { public init() {} }
public protocol Subscription {}
