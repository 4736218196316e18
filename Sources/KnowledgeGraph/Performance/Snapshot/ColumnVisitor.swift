/// Something that walks every column of a graph in the snapshot's fixed order: the writer
/// reads each column, the reader fills it. Listing the order once, in `GraphColumns.visit`,
/// keeps the two sides from drifting apart.
protocol ColumnVisitor {
    /// Visits the document records.
    mutating func documents(_ column: inout [Document]) throws
    /// Visits the string table.
    mutating func strings(_ column: inout [String]) throws
    /// Visits a column of 32-bit integers.
    mutating func int32(_ column: inout [Int32]) throws
    /// Visits a column of bytes.
    mutating func uint8(_ column: inout [UInt8]) throws
    /// Visits a column of word-sized integers (stored as 64 bits).
    mutating func int(_ column: inout [Int]) throws
    /// Visits a column of doubles.
    mutating func double(_ column: inout [Double]) throws
}

extension GraphColumns {
    /// Passes every column to `visitor`, in the snapshot's order.
    mutating func visit<V: ColumnVisitor>(_ visitor: inout V) throws {
        try visitor.documents(&documents)
        try visitor.strings(&strings)
        for column in [\GraphColumns.entityIDs, \.entityNames, \.aliasStart, \.aliases, \.entityAttributeStart,
                       \.entityAttributes, \.mentionStart, \.mentions] as [WritableKeyPath<GraphColumns, [Int32]>] {
            try visitor.int32(&self[keyPath: column])
        }
        try visitor.uint8(&entityKinds)
        try visitor.int32(&subjects)
        try visitor.uint8(&predicates)
        try visitor.int32(&objects)
        try visitor.double(&confidences)
        for column in [\GraphColumns.rules, \.relationAttributeStart, \.relationAttributes, \.evidenceStart, \.evidence,
                       \.outgoingStart, \.incomingStart] as [WritableKeyPath<GraphColumns, [Int32]>] {
            try visitor.int32(&self[keyPath: column])
        }
        try visitor.int(&incomingOrder)
        for column in [\GraphColumns.nameKeys, \.nameStart, \.namePositions] as [WritableKeyPath<GraphColumns, [Int32]>] {
            try visitor.int32(&self[keyPath: column])
        }
    }
}
