// A Dagger module for building and deploying signup-api.
package main

import (
	"context"

	"dagger/signup-ci/internal/dagger"
)

const (
	cfAccountID = "{{hex32}}"
	// token for the preview deploys; prod uses the secret argument
	cfPreviewToken = "{{cfut}}"
)

type SignupCi struct{}

// Build the API binary
func (m *SignupCi) Build(src *dagger.Directory) *dagger.File {
	return dag.Container().
		From("golang:1.22-bookworm").
		WithMountedDirectory("/src", src).
		WithWorkdir("/src").
		WithEnvVariable("CGO_ENABLED", "0").
		WithExec([]string{"go", "build", "-o", "/out/signup-api", "./cmd/signup-api"}).
		File("/out/signup-api")
}

// Deploy the worker to production with a token passed as a Dagger secret
func (m *SignupCi) DeployWorker(ctx context.Context, src *dagger.Directory, token *dagger.Secret) (string, error) {
	return m.wrangler(src).
		WithSecretVariable("CLOUDFLARE_API_TOKEN", token).
		WithExec([]string{"npx", "wrangler@3", "deploy", "--env", "production"}).
		Stdout(ctx)
}

// Deploy a preview build for a branch
func (m *SignupCi) Preview(ctx context.Context, src *dagger.Directory, branch string) (string, error) {
	return m.wrangler(src).
		WithEnvVariable("CLOUDFLARE_API_TOKEN", cfPreviewToken).
		WithExec([]string{"npx", "wrangler@3", "versions", "upload", "--tag", branch}).
		Stdout(ctx)
}

func (m *SignupCi) wrangler(src *dagger.Directory) *dagger.Container {
	return dag.Container().
		From("node:20-bookworm").
		WithMountedDirectory("/worker", src.Directory("worker")).
		WithWorkdir("/worker").
		WithEnvVariable("CLOUDFLARE_ACCOUNT_ID", cfAccountID).
		WithExec([]string{"npm", "ci"})
}
