//go:build !unix

package scanner

import "os"

type osFile struct{ *os.File }

func openRead(name string) (openFile, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	return osFile{f}, nil
}

func (f osFile) regularSize() (int64, bool) {
	fi, err := f.Stat()
	if err != nil {
		return 0, false
	}
	return fi.Size(), fi.Mode().IsRegular()
}
