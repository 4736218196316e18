import Foundation

/// Where a snapshot's bytes come from: memory, or a file read piece by piece straight into
/// the graph's columns so that loading never holds the file and the graph at once.
protocol SnapshotSource {
    /// The total number of bytes.
    var count: Int { get }
    /// Fills `buffer` with the next `buffer.count` bytes; the caller has checked they exist.
    mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws
}

/// Snapshot bytes already in memory.
struct MemorySnapshotSource: SnapshotSource {
    private let data: Data
    private var offset = 0

    init(_ data: Data) { self.data = data }

    var count: Int { data.count }

    mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws {
        let start = data.startIndex + offset
        data.copyBytes(to: buffer.bindMemory(to: UInt8.self), from: start..<start + buffer.count)
        offset += buffer.count
    }
}

/// A snapshot file, read with plain `read` calls.
final class FileSnapshotSource: SnapshotSource {
    private let descriptor: Int32
    let count: Int

    /// Opens `path`; a missing or unreadable file is a `FileError`.
    init(path: String) throws {
        descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw FileError(path: path, message: errno == ENOENT ? "no such file; write one with 'kg extract -o \(path)'" : "cannot be read: \(String(cString: strerror(errno)))")
        }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else {
            close(descriptor)
            throw FileError(path: path, message: "is not a regular file")
        }
        count = Int(status.st_size)
    }

    deinit { close(descriptor) }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws {
        var done = 0
        while done < buffer.count {
            #if canImport(Glibc)
            let got = Glibc.read(descriptor, buffer.baseAddress! + done, buffer.count - done)
            #else
            let got = Darwin.read(descriptor, buffer.baseAddress! + done, buffer.count - done)
            #endif
            if got < 0, errno == EINTR { continue }
            guard got > 0 else { throw SnapshotError.truncated(expected: count, found: done) }
            done += got
        }
    }
}
