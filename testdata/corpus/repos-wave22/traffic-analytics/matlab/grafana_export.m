function grafana_export(T, panelName)
%GRAFANA_EXPORT  Push a table produced by pull_cache_stats into the lab
%   Grafana's JSON datasource (simple-json-datasource backend on the NAS).
%
%   The NAS uses a self-signed certificate, so validation is disabled for
%   this internal host only.

grafanaUrl = 'https://grafana.lab.internal:3443/api/datasources/proxy/7/ingest';

apiKey = getenv('GRAFANA_API_KEY');
if isempty(apiKey)
    error('grafana_export:noKey', 'GRAFANA_API_KEY is not set');
end

opts = weboptions( ...
    'HeaderFields', {'Authorization', ['Bearer ' apiKey]}, ...
    'MediaType', 'application/json', ...
    'CertificateFilename', '', ...
    'Timeout', 20);

points = cell(height(T), 1);
for k = 1:height(T)
    points{k} = [T.hitRatio(k), posixtime(T.date(k)) * 1000];
end

payload = struct( ...
    'target', panelName, ...
    'datapoints', {points});

resp = webwrite(grafanaUrl, payload, opts);
fprintf('grafana: %s (%d points)\n', string(resp.status), height(T));
end
