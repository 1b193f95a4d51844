import { gql } from "graphql-request";

/** Cloudflare GraphQL Analytics endpoint; the token comes from the session. */
export const CF_GRAPHQL_ENDPOINT = "https://api.cloudflare.com/client/v4/graphql";

export const ZONE_TRAFFIC_QUERY = gql`
  query ZoneTraffic($zoneTag: string!, $since: Time!, $until: Time!) {
    viewer {
      zones(filter: { zoneTag: $zoneTag }) {
        httpRequests1hGroups(
          limit: 168
          filter: { datetime_geq: $since, datetime_lt: $until }
          orderBy: [datetime_ASC]
        ) {
          dimensions {
            datetime
          }
          sum {
            requests
            cachedRequests
            bytes
            threats
          }
          uniq {
            uniques
          }
        }
      }
    }
  }
`;

export async function fetchZoneTraffic(apiToken: string, zoneTag: string, since: string, until: string) {
  const res = await fetch(CF_GRAPHQL_ENDPOINT, {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${apiToken}` },
    body: JSON.stringify({ query: ZONE_TRAFFIC_QUERY, variables: { zoneTag, since, until } }),
  });
  const json = await res.json();
  if (json.errors?.length) throw new Error(json.errors[0].message);
  return json.data.viewer.zones[0]?.httpRequests1hGroups ?? [];
}
