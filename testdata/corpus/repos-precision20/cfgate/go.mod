module github.com/lattice-ops/cfgate

go 1.22
