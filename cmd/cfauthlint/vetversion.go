package main

import (
	"crypto/sha256"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"

	"github.com/cfauthlint/cfauthlint/internal/config"
)

// isVersionQuery reports the go command's -V=full question.
func isVersionQuery(args []string) bool {
	return len(args) == 1 && (args[0] == "-V=full" || args[0] == "--V=full")
}

// printVetVersion answers -V=full as unitchecker does ("<exe> version devel
// … buildID=<hash>"), with the config files the analyzers read folded into
// the hash: the go command keys its vet result cache by that line, so an
// edited .cfauthlint.yaml must not be answered from results made with the
// old one.
func printVetVersion(w io.Writer) error {
	exe, err := os.Executable()
	if err != nil {
		return err
	}
	f, err := os.Open(exe)
	if err != nil {
		return err
	}
	h := sha256.New()
	_, err = io.Copy(h, f)
	f.Close()
	if err != nil {
		return err
	}
	for _, p := range configFiles() {
		data, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		fmt.Fprintf(h, "\x00%s\x00%d\x00", p, len(data))
		h.Write(data)
	}
	_, err = fmt.Fprintf(w, "%s version devel cfauthlint-config buildID=%02x\n", exe, h.Sum(nil))
	return err
}

// configFiles lists, sorted, the config files that may govern the packages
// vetted from the working directory: those in the git work tree (tracked or
// not ignored), and those in the directories from here up to its root.
func configFiles() []string {
	seen := map[string]bool{}
	if out, err := exec.Command("git", "ls-files", "-z", "--cached", "--others", "--exclude-standard", "--full-name",
		"--", ":(top,glob)**/"+config.FileNames[0], ":(top,glob)**/"+config.FileNames[1]).Output(); err == nil {
		if top, err := exec.Command("git", "rev-parse", "--show-toplevel").Output(); err == nil {
			root := strings.TrimSpace(string(top))
			for _, p := range strings.Split(string(out), "\x00") {
				if p != "" {
					seen[filepath.Join(root, filepath.FromSlash(p))] = true
				}
			}
		}
	}
	if dir, err := os.Getwd(); err == nil {
		for {
			for _, name := range config.FileNames {
				if _, err := os.Stat(filepath.Join(dir, name)); err == nil {
					seen[filepath.Join(dir, name)] = true
				}
			}
			parent := filepath.Dir(dir)
			if _, err := os.Lstat(filepath.Join(dir, ".git")); err == nil || parent == dir {
				break
			}
			dir = parent
		}
	}
	list := make([]string, 0, len(seen))
	for p := range seen {
		list = append(list, p)
	}
	sort.Strings(list)
	return list
}
