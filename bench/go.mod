// The benchmark tools are a module of their own: pre-commit's Go install
// builds every main package of the main module, and users' hook PATHs must
// get only cfauthlint.
module github.com/cfauthlint/cfauthlint/bench

go 1.26.0

require github.com/cfauthlint/cfauthlint v0.0.0

replace github.com/cfauthlint/cfauthlint => ../
