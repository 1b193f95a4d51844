package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/cfauthlint/cfauthlint/internal/suggest"
)

// flagChoices are the values of the enum flags, shown in help.
var flagChoices = map[string]string{
	"format":  "text|json|sarif|github",
	"go":      "auto|off",
	"fail-on": "error|warning|note|none",
	"color":   "auto|always|never",
}

// printFlags writes fs's flags as the README lists them: `--name VALUE`
// (`-j N` for one letter), the choices of an enum flag, the usage and the
// default.
func printFlags(w io.Writer, fs *flag.FlagSet, choices map[string]string) {
	fs.VisitAll(func(fl *flag.Flag) {
		dash := "--"
		if len(fl.Name) == 1 {
			dash = "-"
		}
		name, usage := flag.UnquoteUsage(fl)
		arg := ""
		switch {
		case choices[fl.Name] != "":
			arg = " " + choices[fl.Name]
		case name != "":
			arg = " " + name
		}
		fmt.Fprintf(w, "  %s%s%s\n", dash, fl.Name, arg)
		fmt.Fprintf(w, "        %s", usage)
		if d := fl.DefValue; d != "" && d != "false" && d != "0" && !strings.Contains(usage, "default") {
			fmt.Fprintf(w, " (default %s)", d)
		}
		fmt.Fprintln(w)
	})
}

// parseFlags parses args with fs (flags may follow positional arguments).
// Help (-h, --help) prints usage to stdout and reports flag.ErrHelp; a bad
// flag is a usage error that names the closest flag.
func parseFlags(fs *flag.FlagSet, args []string, env Env, usageText func(io.Writer)) ([]string, error) {
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	pos, err := parseInterspersed(fs, args)
	switch {
	case errors.Is(err, flag.ErrHelp):
		usageText(env.Stdout)
		return nil, err
	case err != nil:
		msg := err.Error()
		if name, ok := strings.CutPrefix(msg, "flag provided but not defined: -"); ok {
			if c := closestFlag(fs, strings.TrimLeft(name, "-")); c != "" {
				msg += fmt.Sprintf(" (did you mean %s?)", c)
			}
		}
		return nil, usageErr("%s: %s; run `%s --help` for the flags", fs.Name(), msg, fs.Name())
	}
	return pos, nil
}

// closestFlag returns the flag of fs nearest to name, spelled as help
// lists it, or "" when none is close.
func closestFlag(fs *flag.FlagSet, name string) string {
	var names []string
	fs.VisitAll(func(fl *flag.Flag) { names = append(names, fl.Name) })
	c := suggest.Closest(name, names)
	switch {
	case c == "":
		return ""
	case len(c) == 1:
		return "-" + c
	}
	return "--" + c
}
