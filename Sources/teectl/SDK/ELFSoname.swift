/// Removes DT_SONAME from an x86-64 shared object. The exported libteec has none, so a
/// program linked against the export records the library's absolute path and runs
/// without LD_LIBRARY_PATH (a library with a SONAME is always recorded by that name).
enum ELFSoname {
    static func removing(from image: [UInt8]) -> [UInt8]? {
        func u16(_ o: Int) -> Int { Int(image[o]) | Int(image[o + 1]) << 8 }
        func u64(_ o: Int) -> UInt64 { (0..<8).reduce(0) { $0 | UInt64(image[o + $1]) << (8 * UInt64($1)) } }
        // ELF64, little endian, ET_DYN, x86-64.
        guard image.count >= 64, image[0..<4].elementsEqual([0x7F, 0x45, 0x4C, 0x46]), image[4] == 2, image[5] == 1,
              u16(16) == 3, u16(18) == 62 else { return nil }
        let phoff = Int(clamping: u64(32)), phentsize = u16(54), phnum = u16(56)
        guard phentsize >= 56, phoff <= image.count, phnum <= (image.count - phoff) / phentsize else { return nil }
        for i in 0..<phnum {
            let ph = phoff + i * phentsize
            guard u64(ph) & 0xFFFF_FFFF == 2 else { continue }  // PT_DYNAMIC
            let offset = Int(clamping: u64(ph + 8)), size = Int(clamping: u64(ph + 32))
            guard offset <= image.count, size <= image.count - offset else { return nil }
            var entries: [[UInt8]] = []
            var at = offset
            while at + 16 <= offset + size {
                let entry = Array(image[at..<at + 16])
                at += 16
                let tag = u64(at - 16)
                if tag == 14 { continue }  // DT_SONAME
                entries.append(entry)
                if tag == 0 { break }      // DT_NULL
            }
            var edited = image
            var write = offset
            for entry in entries {
                edited.replaceSubrange(write..<write + 16, with: entry)
                write += 16
            }
            // The slot freed at the end becomes another DT_NULL.
            while write + 16 <= offset + size && write < at {
                edited.replaceSubrange(write..<write + 16, with: [UInt8](repeating: 0, count: 16))
                write += 16
            }
            return edited
        }
        return nil
    }
}
