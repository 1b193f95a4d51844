package tablecase

import "testing"

func TestOptions(t *testing.T) {
	tests := []struct {
		name    string
		opts    []Option
		wantErr string
		fails   bool
	}{
		{
			// The case expects the header to be refused: not a header sent.
			name:    "reserved header",
			opts:    []Option{WithHeader("X-Auth-Key", "k")},
			wantErr: `header "X-Auth-Key" is reserved`,
		},
		{
			name: "key header sent",
			opts: []Option{WithHeader("X-Auth-Key", "k")}, // want `X-Auth-Key`
		},
		{
			name:    "an empty wantErr expects success",
			opts:    []Option{WithHeader("X-Auth-Key", "k")}, // want `X-Auth-Key`
			wantErr: "",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// In the case's body the header is set whatever the case expects.
			_ = WithHeader("X-Auth-Key", "k") // want `X-Auth-Key`
			_ = tt
		})
	}
}
