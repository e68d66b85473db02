import Testing
import TEEABI

@Suite("ParameterTypes packing")
struct ParameterTypesTests {
    @Test("packs as TEE_PARAM_TYPES(t0, t1, t2, t3) = t0 | t1 << 4 | t2 << 8 | t3 << 12")
    func packing() {
        #expect(ParameterTypes().packed == 0)
        #expect(ParameterTypes(.valueInput).packed == 0x0001)
        #expect(ParameterTypes(.none, .valueOutput).packed == 0x0020)
        #expect(ParameterTypes(.none, .none, .memrefInput).packed == 0x0500)
        #expect(ParameterTypes(.none, .none, .none, .memrefInout).packed == 0x7000)
        #expect(ParameterTypes(.valueInput, .memrefOutput, .none, .valueInout).packed == 0x3061)
        #expect(ParameterTypes(.memrefInout, .memrefInout, .memrefInout, .memrefInout).packed == 0x7777)
    }

    @Test("GP's TEE_PARAM_TYPE_* values")
    func rawValues() {
        #expect(ParameterType.none.rawValue == 0)
        #expect(ParameterType.valueInput.rawValue == 1)
        #expect(ParameterType.valueOutput.rawValue == 2)
        #expect(ParameterType.valueInout.rawValue == 3)
        #expect(ParameterType.memrefInput.rawValue == 5)
        #expect(ParameterType.memrefOutput.rawValue == 6)
        #expect(ParameterType.memrefInout.rawValue == 7)
    }

    @Test("every combination of the seven types round trips through the packed word")
    func allCombinations() throws {
        let all = ParameterType.allCases
        for t0 in all { for t1 in all { for t2 in all { for t3 in all {
            let types = ParameterTypes(t0, t1, t2, t3)
            let decoded = try #require(ParameterTypes(packed: types.packed))
            #expect(decoded == types)
            #expect(decoded[0] == t0 && decoded[1] == t1 && decoded[2] == t2 && decoded[3] == t3)
        } } } }
    }

    @Test("packed words with reserved nibbles or high bits do not decode")
    func invalidPacked() {
        for nibble: UInt32 in [4, 8, 0xC, 0xF] {
            for position: UInt32 in 0..<4 {
                #expect(ParameterTypes(packed: nibble << (4 * position)) == nil)
            }
        }
        #expect(ParameterTypes(packed: 0x1_0000) == nil)
        #expect(ParameterTypes(packed: 0xFFFF_FFFF) == nil)
        #expect(ParameterTypes(packed: 0x7777) != nil)
    }

    @Test("the subscript reads and writes each slot")
    func subscripts() {
        var types = ParameterTypes()
        types[2] = .memrefOutput
        types[0] = .valueInout
        #expect(types.packed == 0x0603)
        #expect(types[1] == .none)
        types[3] = .valueOutput
        #expect(types[3] == .valueOutput)
        #expect(types == ParameterTypes(.valueInout, .none, .memrefOutput, .valueOutput))
        #expect(Set([types, ParameterTypes(.valueInout, .none, .memrefOutput, .valueOutput)]).count == 1)
    }

    @Test("direction and kind predicates")
    func predicates() {
        #expect(ParameterType.valueInput.isValue && ParameterType.valueInput.isInput && !ParameterType.valueInput.isOutput)
        #expect(ParameterType.valueOutput.isValue && ParameterType.valueOutput.isOutput && !ParameterType.valueOutput.isInput)
        #expect(ParameterType.valueInout.isInput && ParameterType.valueInout.isOutput)
        #expect(ParameterType.memrefInput.isMemref && ParameterType.memrefInput.isInput && !ParameterType.memrefInput.isOutput)
        #expect(ParameterType.memrefOutput.isMemref && ParameterType.memrefOutput.isOutput && !ParameterType.memrefOutput.isInput)
        #expect(ParameterType.memrefInout.isMemref && ParameterType.memrefInout.isInput && ParameterType.memrefInout.isOutput)
        #expect(!ParameterType.none.isValue && !ParameterType.none.isMemref && !ParameterType.none.isInput && !ParameterType.none.isOutput)
        for t in ParameterType.allCases { #expect(!(t.isValue && t.isMemref)) }
    }
}
