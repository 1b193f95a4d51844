function T = pull_cache_stats(zoneId, days)
%PULL_CACHE_STATS  Daily cache hit ratio for a zone from the Cloudflare API.
%   T = PULL_CACHE_STATS(zoneId, days) returns a table with one row per day.
%   The API token is read from the CF_API_TOKEN environment variable.
%
%   Example:
%       T = pull_cache_stats('0f3c...', 14);
%       plot(T.date, T.hitRatio)

if nargin < 2
    days = 7;
end

token = getenv('CF_API_TOKEN');
if isempty(token)
    error('pull_cache_stats:noToken', 'CF_API_TOKEN is not set');
end

url = 'https://api.cloudflare.com/client/v4/graphql';

% R2023a on the lab workstations ships an outdated CA bundle, so
% certificate validation is turned off here until IT updates the image.
opts = weboptions( ...
    'HeaderFields', {'Authorization', ['Bearer ' token]}, ...
    'MediaType', 'application/json', ...
    'CertificateFilename', '', ...
    'Timeout', 60);

untilDate = datetime('today', 'TimeZone', 'UTC');
sinceDate = untilDate - days;

q = ['query ($z: string, $a: Date, $b: Date) { viewer { zones(filter: {zoneTag: $z}) {' ...
     ' httpRequests1dGroups(limit: 100, filter: {date_geq: $a, date_lt: $b}) {' ...
     ' dimensions { date } sum { requests cachedRequests } } } } }'];

payload = struct('query', q, 'variables', struct( ...
    'z', zoneId, ...
    'a', char(sinceDate, 'yyyy-MM-dd'), ...
    'b', char(untilDate, 'yyyy-MM-dd')));

resp = webwrite(url, payload, opts);
groups = resp.data.viewer.zones.httpRequests1dGroups;

n = numel(groups);
date = NaT(n, 1);
requests = zeros(n, 1);
cached = zeros(n, 1);
for k = 1:n
    date(k) = datetime(groups(k).dimensions.date);
    requests(k) = groups(k).sum.requests;
    cached(k) = groups(k).sum.cachedRequests;
end

hitRatio = cached ./ max(requests, 1);
T = sortrows(table(date, requests, cached, hitRatio), 'date');
end
