//go:build unix

package scanner

import (
	"errors"
	"io"
	"io/fs"
	"syscall"
)

// rawFile reads a file through its descriptor with plain system calls. For
// the many small files of a tree, os.Open's extras were a large share of the
// cost: poller registration (four fcntl calls and a failing epoll_ctl per
// regular file), then an os.File with a finalizer and a locked poll.FD.
//
// The walker only lists regular files, but what it listed may be replaced
// before it is opened: the open does not block (O_NONBLOCK: a FIFO without
// a writer opens at once and reads nothing), and once a file has given more
// than specialCheckAfter bytes, Read checks with fstat that it is regular,
// so a device that never ends (/dev/zero) is not read forever. Small files,
// the many, cost no extra system call.
type rawFile struct {
	fd      int
	name    string
	read    int64
	checked bool
}

// specialCheckAfter is how much a file may give before Read asks fstat
// whether it is regular.
const specialCheckAfter = 1 << 20

// errNotRegular is a file that turned out not to be regular when read.
var errNotRegular = errors.New("not a regular file (replaced since it was listed?)")

func openRead(name string) (openFile, error) {
	for {
		fd, err := syscall.Open(name, syscall.O_RDONLY|syscall.O_CLOEXEC|syscall.O_NOCTTY|syscall.O_NONBLOCK, 0)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return nil, &fs.PathError{Op: "open", Path: name, Err: err}
		}
		return &rawFile{fd: fd, name: name}, nil
	}
}

func (f *rawFile) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	if !f.checked && f.read >= specialCheckAfter {
		f.checked = true
		if _, regular := f.regularSize(); !regular {
			return 0, &fs.PathError{Op: "read", Path: f.name, Err: errNotRegular}
		}
	}
	for {
		n, err := syscall.Read(f.fd, p)
		switch {
		case err == syscall.EINTR:
			continue
		case err != nil:
			return 0, &fs.PathError{Op: "read", Path: f.name, Err: err}
		case n == 0:
			return 0, io.EOF
		}
		f.read += int64(n)
		return n, nil
	}
}

func (f *rawFile) ReadAt(p []byte, off int64) (int, error) {
	done := 0
	for done < len(p) {
		n, err := syscall.Pread(f.fd, p[done:], off+int64(done))
		switch {
		case err == syscall.EINTR:
			continue
		case err != nil:
			return done, &fs.PathError{Op: "read", Path: f.name, Err: err}
		case n == 0:
			return done, io.EOF
		}
		done += n
	}
	return done, nil
}

func (f *rawFile) Close() error { return syscall.Close(f.fd) }

func (f *rawFile) regularSize() (int64, bool) {
	var st syscall.Stat_t
	if err := syscall.Fstat(f.fd, &st); err != nil {
		return 0, false
	}
	return st.Size, st.Mode&syscall.S_IFMT == syscall.S_IFREG
}
