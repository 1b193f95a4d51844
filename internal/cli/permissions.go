package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/cfauthlint/cfauthlint/internal/permissions"
)

func runPermissions(args []string, env Env) error {
	fs := flag.NewFlagSet("cfauthlint permissions", flag.ContinueOnError)
	format := fs.String("format", "text", "output format: text, json or terraform (a cloudflare_api_token resource for provider v5)")
	output := fs.String("output", "", "write the report to `FILE`, atomically, instead of standard output")
	tests := fs.Bool("tests", false, "also read Go _test.go files and testdata directories")
	paths, err := parseFlags(fs, args, env, func(w io.Writer) {
		fmt.Fprint(w, "Usage: cfauthlint permissions [flags] [PATH ...]\n\nList the Cloudflare API operations the code calls, with file:line, and the smallest set of\nAPI-token permission groups that covers them. PATH defaults to \".\".\n\nFlags:\n")
		printFlags(w, fs, map[string]string{"format": "text|json|terraform"})
	})
	if errors.Is(err, flag.ErrHelp) {
		return nil
	}
	if err != nil {
		return err
	}
	render := map[string]func(io.Writer, *permissions.Result) error{
		"text": permissions.Text, "json": permissions.JSON, "terraform": permissions.Terraform,
	}[*format]
	if render == nil {
		return usageErr("unknown --format %q (want text, json or terraform)", *format)
	}
	if len(paths) == 0 {
		paths = []string{"."}
	}
	for _, p := range paths {
		if _, err := os.Stat(p); err != nil {
			return usageErr("%v", err)
		}
	}
	res, err := permissions.Find(paths, permissions.Options{Tests: *tests})
	if err != nil {
		return &ExitErr{Code: ExitError, Err: err}
	}
	if err := writeOutput(*output, env, func(w io.Writer) error { return render(w, res) }); err != nil {
		return &ExitErr{Code: ExitError, Err: err}
	}
	return nil
}
