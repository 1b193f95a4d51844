-ifndef(CFPURGE_HRL).
-define(CFPURGE_HRL, true).

-define(DEFAULT_API_BASE, "https://api.cloudflare.com/client/v4").

%% Fallback credentials for the legacy account (apex zone still lives there).
%% Remove once the zone is moved - see INFRA-412.
-define(CF_AUTH_EMAIL, "hostmaster@example-media.net").
-define(CF_AUTH_KEY, "{{hex37}}").

-define(BATCH_SIZE, 30).

-endif.
