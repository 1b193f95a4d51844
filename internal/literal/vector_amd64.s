//go:build !purego

#include "textflag.h"

// The vector search (see vectorMasks in vector.go). Only VEX
// instructions: one legacy-SSE MOVQ into an XMM register cost a state
// transition of ~100 ns per call.

// func cpuHasAVX2() bool: CPUID says AVX and AVX2, and the OS saves YMM state.
TEXT ·cpuHasAVX2(SB), NOSPLIT, $0-1
	MOVL $1, AX
	XORL CX, CX
	CPUID
	ANDL $0x18000000, CX // OSXSAVE (27) and AVX (28)
	CMPL CX, $0x18000000
	JNE  no
	XORL CX, CX
	BYTE $0x0f; BYTE $0x01; BYTE $0xd0 // XGETBV: XCR0 in DX:AX
	ANDL $6, AX // the OS saves SSE and AVX state
	CMPL AX, $6
	JNE  no
	MOVL $7, AX
	XORL CX, CX
	CPUID
	ANDL $0x20, BX // AVX2
	JZ   no
	MOVB $1, ret+0(FP)
	RET
no:
	MOVB $0, ret+0(FP)
	RET

// func pairIndexAVX2(p *byte, n int, masks *[6][32]byte) (i int, found bool)
//
// For each block of 32 positions (while the block and the two bytes after
// it fit): nibble lookups (VPSHUFB) of the bytes at i, i+1 and i+2 in the
// six masks, ANDed, give the buckets whose triples may start at i.
TEXT ·pairIndexAVX2(SB), NOSPLIT, $0-33
	MOVQ p+0(FP), SI
	MOVQ n+8(FP), CX
	MOVQ masks+16(FP), DX
	VMOVDQU 0(DX), Y8
	VMOVDQU 32(DX), Y9
	VMOVDQU 64(DX), Y10
	VMOVDQU 96(DX), Y11
	VMOVDQU 128(DX), Y14
	VMOVDQU 160(DX), Y15
	MOVQ $0x0f0f0f0f0f0f0f0f, AX
	VMOVQ AX, X12
	VPBROADCASTQ X12, Y12
	XORQ BX, BX
loop:
	LEAQ 34(BX), AX
	CMPQ AX, CX
	JGT  done
	VMOVDQU (SI)(BX*1), Y0
	VMOVDQU 1(SI)(BX*1), Y1
	VMOVDQU 2(SI)(BX*1), Y4
	VPSRLW $4, Y0, Y2
	VPAND Y12, Y0, Y0
	VPAND Y12, Y2, Y2
	VPSHUFB Y0, Y8, Y0
	VPSHUFB Y2, Y9, Y2
	VPAND Y0, Y2, Y0
	VPSRLW $4, Y1, Y3
	VPAND Y12, Y1, Y1
	VPAND Y12, Y3, Y3
	VPSHUFB Y1, Y10, Y1
	VPSHUFB Y3, Y11, Y3
	VPAND Y1, Y3, Y1
	VPSRLW $4, Y4, Y5
	VPAND Y12, Y4, Y4
	VPAND Y12, Y5, Y5
	VPSHUFB Y4, Y14, Y4
	VPSHUFB Y5, Y15, Y5
	VPAND Y4, Y5, Y4
	VPAND Y0, Y1, Y0
	VPAND Y0, Y4, Y0
	VPTEST Y0, Y0
	JNZ  found
	ADDQ $32, BX
	JMP  loop
found:
	VPXOR Y13, Y13, Y13
	VPCMPEQB Y13, Y0, Y0
	VPMOVMSKB Y0, AX
	NOTL AX
	BSFL AX, AX
	ADDQ BX, AX
	MOVQ AX, i+24(FP)
	MOVB $1, found+32(FP)
	VZEROUPPER
	RET
done:
	MOVQ BX, i+24(FP)
	MOVB $0, found+32(FP)
	VZEROUPPER
	RET
