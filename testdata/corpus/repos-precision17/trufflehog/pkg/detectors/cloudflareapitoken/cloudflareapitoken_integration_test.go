//go:build detectors
// +build detectors

package cloudflareapitoken

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/trufflesecurity/trufflehog/v3/pkg/common"
	"github.com/trufflesecurity/trufflehog/v3/pkg/detectors"
	"github.com/trufflesecurity/trufflehog/v3/pkg/pb/detectorspb"
)

func TestCloudflareApiToken_FromChunk(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second*5)
	defer cancel()

	// Live test credentials come from GCP Secret Manager, never from the repo.
	testSecrets, err := common.GetSecret(ctx, "trufflehog-testing", "detectors5")
	if err != nil {
		t.Fatalf("could not get test secrets from GCP: %s", err)
	}
	secret := testSecrets.MustGetField("CLOUDFLARE_API_TOKEN")
	inactiveSecret := testSecrets.MustGetField("CLOUDFLARE_API_TOKEN_INACTIVE")

	type args struct {
		ctx    context.Context
		data   []byte
		verify bool
	}
	tests := []struct {
		name    string
		s       Scanner
		args    args
		want    []detectors.Result
		wantErr bool
	}{
		{
			name: "found, verified",
			s:    Scanner{},
			args: args{
				ctx:    context.Background(),
				data:   []byte(fmt.Sprintf("You can find a cloudflare secret %s within", secret)),
				verify: true,
			},
			want: []detectors.Result{
				{DetectorType: detectorspb.DetectorType_CloudflareApiToken, Verified: true},
			},
		},
		{
			name: "found, unverified",
			s:    Scanner{},
			args: args{
				ctx:    context.Background(),
				data:   []byte(fmt.Sprintf("You can find a cloudflare secret %s within but not valid", inactiveSecret)),
				verify: true,
			},
			want: []detectors.Result{
				{DetectorType: detectorspb.DetectorType_CloudflareApiToken, Verified: false},
			},
		},
		{
			name: "not found",
			s:    Scanner{},
			args: args{ctx: context.Background(), data: []byte("You cannot find the secret within"), verify: true},
			want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.s.FromData(tt.args.ctx, tt.args.verify, tt.args.data)
			if (err != nil) != tt.wantErr {
				t.Fatalf("CloudflareApiToken.FromData() error = %v, wantErr %v", err, tt.wantErr)
			}
			ignoreOpts := cmpopts.IgnoreFields(detectors.Result{}, "Raw", "RawV2", "ExtraData", "verificationError")
			if diff := cmp.Diff(tt.want, got, ignoreOpts); diff != "" {
				t.Errorf("CloudflareApiToken.FromData() %s diff: (-want +got)\n%s", tt.name, diff)
			}
		})
	}
}
