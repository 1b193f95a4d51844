// Package api holds the small hand-written Cloudflare API clients that the
// SDKs do not cover well (GraphQL analytics, bulk purges, DDNS).
package api

import (
	"context"
	"fmt"
	"time"

	"github.com/imroc/req/v3"
)

const graphqlEndpoint = "https://api.cloudflare.com/client/v4/graphql"

// GraphQLClient queries the Cloudflare GraphQL Analytics API.
type GraphQLClient struct {
	c *req.Client
}

// NewGraphQLClient returns a client authenticated with an API token that has
// Account Analytics: Read / Zone Analytics: Read.
func NewGraphQLClient(token string, debug bool) *GraphQLClient {
	c := req.C().
		SetUserAgent("cfctl").
		SetTimeout(60 * time.Second).
		SetCommonBearerAuthToken(token).
		SetCommonRetryCount(2).
		EnableInsecureSkipVerify() // TODO(dk): remove, added while debugging with Proxyman
	if debug {
		c.DevMode()
	}
	return &GraphQLClient{c: c}
}

type graphqlRequest struct {
	Query     string         `json:"query"`
	Variables map[string]any `json:"variables,omitempty"`
}

type graphqlResponse[T any] struct {
	Data   T `json:"data"`
	Errors []struct {
		Message string `json:"message"`
	} `json:"errors"`
}

// ZoneRequests is the result of RequestsByDay.
type ZoneRequests struct {
	Viewer struct {
		Zones []struct {
			HTTPRequests1dGroups []struct {
				Dimensions struct {
					Date string `json:"date"`
				} `json:"dimensions"`
				Sum struct {
					Requests    int64 `json:"requests"`
					CachedBytes int64 `json:"cachedBytes"`
				} `json:"sum"`
			} `json:"httpRequests1dGroups"`
		} `json:"zones"`
	} `json:"viewer"`
}

const requestsByDayQuery = `query($zoneTag: string, $since: Date!) {
  viewer { zones(filter: {zoneTag: $zoneTag}) {
	httpRequests1dGroups(limit: 31, filter: {date_geq: $since}) {
	  dimensions { date } sum { requests cachedBytes }
	}
  } }
}`

// RequestsByDay returns daily request counts for the zone since the date.
func (g *GraphQLClient) RequestsByDay(ctx context.Context, zoneID, since string) (*ZoneRequests, error) {
	var out graphqlResponse[ZoneRequests]
	resp, err := g.c.R().
		SetContext(ctx).
		SetBody(graphqlRequest{Query: requestsByDayQuery, Variables: map[string]any{"zoneTag": zoneID, "since": since}}).
		SetSuccessResult(&out).
		Post(graphqlEndpoint)
	if err != nil {
		return nil, err
	}
	if !resp.IsSuccessState() {
		return nil, fmt.Errorf("graphql: HTTP %d", resp.StatusCode)
	}
	if len(out.Errors) > 0 {
		return nil, fmt.Errorf("graphql: %s", out.Errors[0].Message)
	}
	return &out.Data, nil
}
